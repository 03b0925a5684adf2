// The sync badge: every status has its own symbol and word (colour is never the only signal), the delegate paints
// the badge and the "Not pushed" tag, and sizeHint leaves room for what paint draws.
#include "assistantlistmodel.h"
#include "badgedelegate.h"
#include "domain/syncstatus.h"

#include <QHeaderView>
#include <QImage>
#include <QSet>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

class tst_BadgeDelegate : public QObject
{
    Q_OBJECT

private slots:
    void badgeForEveryStatus_data();
    void badgeForEveryStatus();
    void symbolsAreDistinct();
    void notPushedMarker();
    void paintsWithinSizeHint();
};

void tst_BadgeDelegate::badgeForEveryStatus_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("word");
    QTest::newRow("in sync") << u"in_sync"_s << u"✓"_s << u"In sync"_s;
    QTest::newRow("out of sync") << u"out_of_sync"_s << u"●"_s << u"Out of sync"_s;
    QTest::newRow("never pushed") << u"never_pushed"_s << u"○"_s << u"Never pushed"_s;
    QTest::newRow("not checked") << u"not_checked"_s << u"◌"_s << u"Not checked yet"_s;
    QTest::newRow("missing") << u"missing_remote"_s << u"✕"_s << u"Missing remotely"_s;
    QTest::newRow("failed") << u"check_failed"_s << u"⚠"_s << u"Check failed"_s;
    QTest::newRow("unknown") << u"bogus"_s << u"◌"_s << u"Not checked yet"_s;
}

void tst_BadgeDelegate::badgeForEveryStatus()
{
    QFETCH(QString, wire);
    QFETCH(QString, symbol);
    QFETCH(QString, word);
    const BadgeDelegate::Badge badge = BadgeDelegate::badgeFor(syncStatusFromWireName(wire));
    QCOMPARE(badge.symbol, symbol);
    QCOMPARE(badge.word, word);
    QVERIFY(badge.color.isValid());
}

void tst_BadgeDelegate::symbolsAreDistinct()
{
    QSet<QString> symbols;
    for (SyncStatus s : {SyncStatus::NeverPushed, SyncStatus::NotChecked, SyncStatus::InSync, SyncStatus::OutOfSync,
                         SyncStatus::MissingRemote, SyncStatus::CheckFailed})
        symbols.insert(BadgeDelegate::badgeFor(s).symbol);
    QCOMPARE(symbols.size(), 6);
}

namespace {
QStandardItemModel *makeModel(QObject *parent)
{
    auto *model = new QStandardItemModel(2, AssistantListModel::ColumnCount, parent);
    const QString statuses[] = {u"out_of_sync"_s, u"never_pushed"_s};
    // As AssistantListModel: the status column's display text is the badge word with its count.
    const QString words[] = {u"Out of sync (2)"_s, u"Never pushed"_s};
    for (int row = 0; row < 2; ++row) {
        for (int c = 0; c < AssistantListModel::ColumnCount; ++c) {
            auto *item = new QStandardItem(c == AssistantListModel::NameColumn     ? u"Helpdesk"_s
                                           : c == AssistantListModel::StatusColumn ? words[row]
                                                                                   : u"x"_s);
            item->setData(statuses[row], AssistantListModel::SyncStatusRole);
            item->setData(true, AssistantListModel::NotPushedRole);
            model->setItem(row, c, item);
        }
    }
    return model;
}
} // namespace

void tst_BadgeDelegate::notPushedMarker()
{
    QObject owner;
    auto *m = makeModel(&owner);
    QVERIFY(BadgeDelegate::showsNotPushed(m->index(0, AssistantListModel::NameColumn)));
    // A never-pushed record is not marked twice.
    QVERIFY(!BadgeDelegate::showsNotPushed(m->index(1, AssistantListModel::NameColumn)));
}

void tst_BadgeDelegate::paintsWithinSizeHint()
{
    QTreeView view;
    auto *model = makeModel(&view);
    view.setModel(model);
    BadgeDelegate delegate;
    view.setItemDelegate(&delegate);
    view.resize(600, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QStyleOptionViewItem option;
    option.initFrom(view.viewport());
    option.fontMetrics = view.fontMetrics();
    option.font = view.font();
    const QModelIndex status = model->index(0, AssistantListModel::StatusColumn);
    const QModelIndex name = model->index(0, AssistantListModel::NameColumn);
    const QModelIndex plainName = model->index(1, AssistantListModel::NameColumn);
    const QSize badgeSize = delegate.sizeHint(option, status);
    QVERIFY(badgeSize.width() > view.fontMetrics().horizontalAdvance(u"Out of sync (2)"_s));
    QCOMPARE(BadgeDelegate::badgeLabel(status), u"●"_s + QChar(0x2009) + u"Out of sync (2)"_s);
    QVERIFY(delegate.sizeHint(option, name).width() > delegate.sizeHint(option, plainName).width());

    // Painted in a real view: the badge colour (amber) appears in the status cell.
    view.header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const QImage image = view.viewport()->grab(view.visualRect(status)).toImage();
    if (qEnvironmentVariableIsSet("ADESK_DUMP_BADGE"))
        image.save(qEnvironmentVariable("ADESK_DUMP_BADGE"));
    const QColor expected = BadgeDelegate::badgeFor(syncStatusFromWireName(u"out_of_sync"_s)).color;
    bool amber = false;
    for (int y = 0; y < image.height() && !amber; ++y)
        for (int x = 0; x < image.width() && !amber; ++x) {
            const QColor c = image.pixelColor(x, y);
            amber = qAbs(c.red() - expected.red()) < 30 && qAbs(c.green() - expected.green()) < 30
                && qAbs(c.blue() - expected.blue()) < 30;
        }
    QVERIFY(amber);
}

QTEST_MAIN(tst_BadgeDelegate)
#include "tst_badgedelegate.moc"
