#include "importalldialog.h"

#include "messagebanner.h"
#include "openai/canceltoken.h"
#include "openai/connection.h"
#include "storage/importlisting.h"
#include "storage/workspace.h"
#include "synccontroller.h"

#include <QCoro/QCoroTask>

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QString timeText(const QString &isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate).toLocalTime();
    if (!t.isValid())
        return QString();
    if (t.date() == QDate::currentDate())
        return t.toString(u"HH:mm"_s);
    return QLocale().toString(t, u"d MMM HH:mm"_s);
}

/// Sorts the Created column by time, not by its text.
class ListingItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        if (column == ImportAllDialog::CreatedColumn)
            return data(0, ImportAllDialog::CreatedAtRole).toLongLong()
                   < other.data(0, ImportAllDialog::CreatedAtRole).toLongLong();
        return text(column).localeAwareCompare(other.text(column)) < 0;
    }
};
} // namespace

ImportAllDialog::ImportAllDialog(SyncController *controller, Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_controller(controller), m_workspace(workspace)
{
    setObjectName(u"importAllDialog"_s);
    setWindowTitle(tr("Import all from OpenAI"));

    m_listingLabel = new QLabel(this);
    m_listingLabel->setObjectName(u"importListingLabel"_s);
    m_listingLabel->setWordWrap(true);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(u"importBanner"_s);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"importTree"_s);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Name"), tr("Model"), tr("Created"), tr("In the workspace")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setAccessibleName(tr("Assistants in OpenAI"));
    m_tree->header()->setStretchLastSection(true);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(CreatedColumn, Qt::AscendingOrder);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (column != NameColumn || !(item->flags() & Qt::ItemIsUserCheckable))
            return;
        const QString id = item->data(0, RemoteIdRole).toString();
        if (item->checkState(0) == Qt::Checked)
            m_checked.insert(id);
        else
            m_checked.remove(id);
        updateState();
    });

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setTextVisible(true);
    m_progress->hide();

    m_selectAllNewButton = new QPushButton(tr("Select all &new"), this);
    m_selectAllNewButton->setObjectName(u"selectAllNewButton"_s);
    connect(m_selectAllNewButton, &QPushButton::clicked, this, &ImportAllDialog::selectAllNew);
    m_selectNoneButton = new QPushButton(tr("Select n&one"), this);
    m_selectNoneButton->setObjectName(u"selectNoneButton"_s);
    connect(m_selectNoneButton, &QPushButton::clicked, this, &ImportAllDialog::selectNone);
    m_listButton = new QPushButton(QIcon::fromTheme(u"view-refresh"_s), tr("&List again"), this);
    m_listButton->setObjectName(u"listButton"_s);
    connect(m_listButton, &QPushButton::clicked, this, &ImportAllDialog::list);

    m_buttons = new QDialogButtonBox(this);
    m_importButton = m_buttons->addButton(tr("Import"), QDialogButtonBox::ActionRole);
    m_importButton->setObjectName(u"importButton"_s);
    m_importButton->setDefault(true);
    connect(m_importButton, &QPushButton::clicked, this, &ImportAllDialog::importChecked);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancelImportButton"_s);
    // The box would reject the dialog on Cancel; here it only stops the running job.
    m_buttons->removeButton(m_cancelButton);
    m_buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportAllDialog::cancel);
    m_closeButton = m_buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(u"closeButton"_s);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportAllDialog::reject);

    auto *selection = new QHBoxLayout;
    selection->addWidget(m_selectAllNewButton);
    selection->addWidget(m_selectNoneButton);
    selection->addStretch();
    selection->addWidget(m_listButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_listingLabel);
    layout->addWidget(m_banner);
    layout->addWidget(m_tree, 1);
    layout->addLayout(selection);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    resize(820, 480);

    if (m_controller) {
        connect(m_controller, &SyncController::modeChanged, this, &ImportAllDialog::updateState);
        connect(m_controller, &SyncController::importProgress, this, &ImportAllDialog::onImportProgress);
    }
    loadCachedListing();
}

ImportAllDialog::~ImportAllDialog()
{
    if (m_cancel)
        m_cancel->cancel();
}

bool ImportAllDialog::isOnline() const
{
    return m_controller && m_workspace && m_controller->canChange();
}

void ImportAllDialog::loadCachedListing()
{
    if (!m_workspace)
        return;
    const auto cached = ImportListing::load(*m_workspace);
    const auto connection = OpenAi::Connection::load(*m_workspace);
    // Remote ids mean something only on the server they came from (domain.md §0).
    if (cached && connection && cached->baseUrl == connection->baseUrl) {
        m_rows = cached->rows;
        m_listedAt = cached->fetchedAt;
        m_hasListing = true;
        for (const RemoteListingRow &row : std::as_const(m_rows))
            if (row.isNew())
                m_checked.insert(row.remoteId);
    }
    showRows();
}

void ImportAllDialog::list()
{
    if (isBusy() || !isOnline())
        return;
    m_banner->dismiss();
    m_cancel = std::make_shared<OpenAi::CancelToken>();
    setStage(Stage::Listing);
    QCoro::connect(m_controller->listForImport(m_cancel), this,
                   [this](const Result<QList<RemoteListingRow>> &rows) { onListed(rows); });
}

void ImportAllDialog::onListed(const Result<QList<RemoteListingRow>> &rows)
{
    m_cancel.reset();
    setStage(Stage::Idle);
    if (!rows) {
        m_listFailed = rows.error().kind != ErrorKind::Cancelled;
        if (m_listFailed)
            m_banner->showError(tr("Could not list the assistants in OpenAI: %1").arg(rows.error().message),
                                rows.error().details);
        updateState();
        emit listed(false);
        return;
    }
    m_listFailed = false;
    m_rows = rows.value();
    m_listedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m_hasListing = true;
    m_checked.clear();
    for (const RemoteListingRow &row : std::as_const(m_rows))
        if (row.isNew())
            m_checked.insert(row.remoteId);   // §5.5: new ones are preselected
    showRows();
    emit listed(true);
}

void ImportAllDialog::showRows()
{
    const QSignalBlocker blocker(m_tree);
    m_tree->setSortingEnabled(false);
    m_tree->clear();
    QSet<QString> stillNew;
    QPixmap checkSpace(m_tree->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, m_tree),
                       m_tree->style()->pixelMetric(QStyle::PM_IndicatorHeight, nullptr, m_tree));
    checkSpace.fill(Qt::transparent);
    for (const RemoteListingRow &row : std::as_const(m_rows)) {
        auto *item = new ListingItem(m_tree);
        item->setData(0, RemoteIdRole, row.remoteId);
        item->setData(0, CreatedAtRole, row.createdAt);
        item->setText(NameColumn, row.name);
        item->setToolTip(NameColumn, tr("%1 (%2)").arg(row.name, row.remoteId));
        item->setText(ModelColumn, row.model);
        const QDateTime created = QDateTime::fromSecsSinceEpoch(row.createdAt).toLocalTime();
        item->setText(CreatedColumn, QLocale().toString(created.date(), QLocale::ShortFormat));
        item->setToolTip(CreatedColumn, QLocale().toString(created, QLocale::LongFormat));
        if (row.isNew()) {
            stillNew.insert(row.remoteId);
            item->setText(StateColumn, tr("New"));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(NameColumn, m_checked.contains(row.remoteId) ? Qt::Checked : Qt::Unchecked);
        } else {
            const QString already = tr("Already in the workspace as “%1”").arg(row.linkedName);
            item->setText(StateColumn, already);
            item->setToolTip(StateColumn, already);
            item->setFlags(Qt::NoItemFlags);   // shown, never selectable or checkable (§5.5)
            item->setData(NameColumn, Qt::DecorationRole, checkSpace);   // names line up with the checkable rows
        }
    }
    m_checked.intersect(stillNew);
    m_tree->setSortingEnabled(true);
    for (int c = 0; c < StateColumn; ++c)
        m_tree->resizeColumnToContents(c);
    updateState();
}

QStringList ImportAllDialog::checkedRemoteIds() const
{
    QStringList ids;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        const QString id = item->data(0, RemoteIdRole).toString();
        if (m_checked.contains(id))
            ids << id;
    }
    return ids;
}

void ImportAllDialog::setChecked(const QString &remoteId, bool checked)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(0, RemoteIdRole).toString() == remoteId && (item->flags() & Qt::ItemIsUserCheckable))
            item->setCheckState(NameColumn, checked ? Qt::Checked : Qt::Unchecked);   // itemChanged updates m_checked
    }
}

void ImportAllDialog::selectAllNew()
{
    for (const RemoteListingRow &row : std::as_const(m_rows))
        if (row.isNew())
            setChecked(row.remoteId, true);
}

void ImportAllDialog::selectNone()
{
    for (const QString &id : QStringList(m_checked.cbegin(), m_checked.cend()))
        setChecked(id, false);
}

void ImportAllDialog::importChecked()
{
    const QStringList ids = checkedRemoteIds();
    if (isBusy() || !isOnline() || ids.isEmpty())
        return;
    m_banner->dismiss();
    m_summary.clear();
    m_failures.clear();
    m_cancel = std::make_shared<OpenAi::CancelToken>();
    setStage(Stage::Importing);
    onImportProgress(0, int(ids.size()));
    emit importStarted();
    QCoro::connect(m_controller->importSelected(ids, m_cancel), this,
                   [this, ids](const QList<ImportOutcome> &outcomes) { onImported(outcomes, ids); });
}

void ImportAllDialog::onImportProgress(int done, int total)
{
    if (m_stage != Stage::Importing)
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(tr("Importing %1 of %2").arg(std::min(done + 1, total)).arg(total));
}

QString ImportAllDialog::rowLabel(const QString &remoteId) const
{
    for (const RemoteListingRow &row : m_rows)
        if (row.remoteId == remoteId)
            return tr("“%1” (%2)").arg(row.name, remoteId);
    return remoteId;
}

void ImportAllDialog::onImported(const QList<ImportOutcome> &outcomes, const QStringList &requested)
{
    const bool cancelled = m_cancel && m_cancel->isCancelled();
    m_cancel.reset();
    int imported = 0, already = 0, notRun = int(requested.size() - outcomes.size());
    for (const RemoteListingRow &row : std::as_const(m_rows))
        already += row.isNew() ? 0 : 1;
    for (const ImportOutcome &o : outcomes) {
        if (o.cancelled)
            ++notRun;
        else if (o.ok && o.alreadyLinked)
            ++already;
        else if (o.ok)
            ++imported;
        else
            m_failures << tr("%1: %2").arg(rowLabel(o.remoteId), o.message);
    }
    for (const ImportOutcome &o : outcomes)
        if (o.ok)
            m_checked.remove(o.remoteId);
    m_summary = tr("Imported %1 · already in the workspace %2 · failed %3")
                    .arg(imported)
                    .arg(already)
                    .arg(m_failures.size());
    if (cancelled || notRun > 0)
        m_summary = tr("Import cancelled: %1 · not imported %2").arg(m_summary).arg(notRun);
    m_banner->showMessage(m_failures.isEmpty() && !cancelled ? MessageBanner::Kind::Positive
                                                             : MessageBanner::Kind::Warning,
                          m_summary, m_failures);
    if (m_workspace)
        m_rows = ImportListing::relink(*m_workspace, m_rows);
    setStage(Stage::Idle);
    showRows();
    emit importFinished(outcomes);
}

void ImportAllDialog::cancel()
{
    if (m_cancel)
        m_cancel->cancel();
}

void ImportAllDialog::reject()
{
    // Closing stops what runs; imports already finished are kept.
    cancel();
    QDialog::reject();
}

void ImportAllDialog::setStage(Stage stage)
{
    m_stage = stage;
    if (stage == Stage::Listing) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Listing assistants in OpenAI…"));
    }
    m_progress->setVisible(stage != Stage::Idle);
    updateState();
}

QString ImportAllDialog::listingText() const
{
    return m_listingLabel->text();
}

void ImportAllDialog::updateState()
{
    const bool online = isOnline();
    const bool busy = isBusy();
    const QString offlineTip = tr("Not available offline");

    int newCount = 0;
    for (const RemoteListingRow &row : std::as_const(m_rows))
        newCount += row.isNew() ? 1 : 0;
    QString text;
    if (m_stage == Stage::Listing) {
        text = tr("Listing every assistant in OpenAI…");
    } else if (!m_hasListing) {
        text = online ? tr("Not listed yet.") : tr("Not listed yet. Listing needs a connection to the server.");
    } else {
        const QString when = timeText(m_listedAt);
        if (!online)
            text = tr("Listed %1 — offline, import not available").arg(when);
        else if (m_listFailed)
            text = tr("Listed %1 (listing again failed) · %2 in OpenAI, %3 new").arg(when).arg(m_rows.size()).arg(newCount);
        else
            text = tr("Listed %1 · %2 in OpenAI, %3 new").arg(when).arg(m_rows.size()).arg(newCount);
    }
    m_listingLabel->setText(text);

    const int checked = int(m_checked.size());
    m_importButton->setText(tr("Import %1").arg(checked));
    m_importButton->setEnabled(online && !busy && checked > 0);
    m_importButton->setToolTip(online ? tr("Import the checked assistants into the workspace") : offlineTip);
    m_listButton->setEnabled(online && !busy);
    m_listButton->setToolTip(online ? tr("List the assistants in OpenAI again") : offlineTip);
    m_selectAllNewButton->setEnabled(!busy && newCount > 0);
    m_selectNoneButton->setEnabled(!busy && checked > 0);
    m_tree->setEnabled(!busy);
    m_cancelButton->setVisible(busy);
    m_closeButton->setVisible(!busy);
}
