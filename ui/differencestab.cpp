#include "differencestab.h"

#include "appearance.h"
#include "badgedelegate.h"
#include "sync/pushplan.h"
#include "domain/syncdiff.h"
#include "widgets.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int LocalRole = Qt::UserRole + 1;
constexpr int RemoteRole = Qt::UserRole + 2;
constexpr int MaxCellChars = 120;

QString timeText(const QString &isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate).toLocalTime();
    if (!t.isValid())
        return QString();
    if (t.date() == QDate::currentDate())
        return t.toString(QStringLiteral("HH:mm"));
    return QLocale().toString(t, QStringLiteral("d MMM HH:mm"));
}

QString prettyText(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    return DifferencesTab::valueText(v);
}

QString oneLine(const QString &text)
{
    QString line = text;
    line.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    return line.size() > MaxCellChars ? line.left(MaxCellChars - 1) + QStringLiteral("…") : line;
}
} // namespace

DifferencesTab::DifferencesTab(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("differencesTab"));
    m_statusLabel = Widgets::label(QStringLiteral("differencesStatusLabel"), Widgets::WordWrap | Widgets::PlainText, this);
    m_errorLabel = Widgets::label(QStringLiteral("differencesErrorLabel"),
                                  Widgets::WordWrap | Widgets::PlainText | Widgets::Selectable, this);
    Appearance::setTextColor(m_errorLabel, BadgeDelegate::badgeFor(SyncStatus::CheckFailed).color);
    m_staleLabel = Widgets::label(QStringLiteral("differencesStaleLabel"), Widgets::PlainText, this);
    m_staleLabel->setForegroundRole(QPalette::PlaceholderText);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("differencesTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Field"), tr("Workspace"), tr("OpenAI"), tr("Resolve")});
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(WorkspaceColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(OpenAiColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ResolveColumn, QHeaderView::ResizeToContents);

    m_applyBar = new QWidget(this);
    m_applyBar->setObjectName(QStringLiteral("differencesApplyBar"));
    m_applyHint = new QLabel(tr("Choose per row whether to keep the workspace value or take the OpenAI value, then Apply. "
                                "Apply works offline; what is still different can be pushed afterwards."),
                             m_applyBar);
    m_applyHint->setWordWrap(true);
    m_applyHint->setForegroundRole(QPalette::PlaceholderText);
    m_applyButton = new QPushButton(tr("Apply"), m_applyBar);
    m_applyButton->setObjectName(QStringLiteral("differencesApplyButton"));
    m_applyButton->setToolTip(tr("Write the values of the rows set to “Take OpenAI” into the workspace"));
    auto *applyLayout = new QHBoxLayout(m_applyBar);
    applyLayout->setContentsMargins(0, 0, 0, 0);
    applyLayout->addWidget(m_applyHint, 1);
    applyLayout->addWidget(m_applyButton);
    connect(m_applyButton, &QPushButton::clicked, this, [this] {
        const QStringList fields = takenFields();
        if (!fields.isEmpty())
            emit applyRequested(fields);
    });

    m_diffView = new QPlainTextEdit(this);
    m_diffView->setObjectName(QStringLiteral("differenceDiffView"));
    m_diffView->setReadOnly(true);
    m_diffView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diffView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diffView->setPlaceholderText(tr("Select a row to compare its workspace and OpenAI values line by line."));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("differencesSplitter"));
    splitter->addWidget(m_tree);
    splitter->addWidget(m_diffView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_staleLabel);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_applyBar);

    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { showDiffOf(current); });
    clear();
}

void DifferencesTab::clear()
{
    m_tree->clear();
    m_diffView->clear();
    m_statusLabel->clear();
    m_errorLabel->hide();
    m_staleLabel->hide();
    m_count = 0;
    m_applyBar->hide();
}

void DifferencesTab::setResolvable(bool resolvable)
{
    m_resolvable = resolvable;
    m_tree->setColumnHidden(ResolveColumn, !resolvable);
    m_applyBar->setVisible(resolvable && m_count > 0);
}

QStringList DifferencesTab::takenFields() const
{
    QStringList fields;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        const auto *combo = qobject_cast<QComboBox *>(m_tree->itemWidget(item, ResolveColumn));
        if (combo && combo->currentIndex() == 1)
            fields << item->data(FieldColumn, Qt::UserRole).toString();
    }
    return fields;
}

bool DifferencesTab::setTaken(const QString &field, bool take)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        auto *combo = qobject_cast<QComboBox *>(m_tree->itemWidget(item, ResolveColumn));
        if (combo && item->data(FieldColumn, Qt::UserRole).toString() == field) {
            combo->setCurrentIndex(take ? 1 : 0);
            return true;
        }
    }
    return false;
}

void DifferencesTab::updateApply()
{
    const int taken = int(takenFields().size());
    m_applyButton->setEnabled(taken > 0);
    m_applyButton->setText(taken > 0 ? tr("Apply (%n)", nullptr, taken) : tr("Apply"));
}

QString DifferencesTab::title() const
{
    return m_count > 0 ? tr("Differences (%1)").arg(m_count) : tr("Differences");
}

void DifferencesTab::setState(const SyncState &state, const QString &remoteId)
{
    clear();
    const SyncResult &current = state.current;
    const QString checked = timeText(current.checkedAt);
    switch (current.status) {
    case SyncStatus::NeverPushed:
        m_statusLabel->setText(tr("Never pushed: this assistant is not in OpenAI yet. Push it to create it."));
        break;
    case SyncStatus::NotChecked:
        m_statusLabel->setText(tr("Not checked yet. Use Check to compare it with OpenAI."));
        break;
    case SyncStatus::InSync:
        m_statusLabel->setText(checked.isEmpty() ? tr("In sync") : tr("In sync · checked %1").arg(checked));
        break;
    case SyncStatus::OutOfSync:
        m_statusLabel->setText(tr("%1 · checked %2").arg(state.badgeText(), checked));
        break;
    case SyncStatus::MissingRemote:
        m_statusLabel->setText(tr("This assistant no longer exists in OpenAI (%1). Push re-creates it.").arg(remoteId));
        break;
    case SyncStatus::CheckFailed:
        m_statusLabel->setText(state.noAssistantsApi ? tr("No Assistants API") : tr("Check failed"));
        m_errorLabel->setText(state.error);
        m_errorLabel->setVisible(!state.error.isEmpty());
        if (state.lastKnown) {
            SyncState known;
            known.current = *state.lastKnown;
            m_staleLabel->setText(tr("Last known: %1, checked %2 (stale)")
                                      .arg(known.badgeText(),
                                           QLocale().toString(QDateTime::fromString(state.lastKnown->checkedAt,
                                                                                    Qt::ISODate)
                                                                  .toLocalTime(),
                                                              QStringLiteral("d MMM HH:mm"))));
            m_staleLabel->show();
            addDifferences(state.lastKnown->differences);
            m_tree->setEnabled(true);
        }
        break;
    }
    if (current.status == SyncStatus::OutOfSync)
        addDifferences(current.differences);
    m_tree->setVisible(m_count > 0);
    m_diffView->setVisible(m_count > 0);
    m_applyBar->setVisible(m_resolvable && m_count > 0);
    updateApply();
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

void DifferencesTab::addDifferences(const QList<Difference> &differences)
{
    m_count = int(differences.size());
    for (const Difference &d : differences) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(FieldColumn, SyncDiff::fieldLabel(d.field));
        item->setData(FieldColumn, Qt::UserRole, d.field);
        if (d.isFiles) {
            if (!d.onlyLocal.isEmpty())
                item->setText(WorkspaceColumn, tr("Only in the workspace: %1").arg(d.onlyLocal.size()));
            if (!d.onlyRemote.isEmpty())
                item->setText(OpenAiColumn, tr("Only in OpenAI: %1").arg(d.onlyRemote.size()));
            addFileRows(item, d.onlyLocal, true);
            addFileRows(item, d.onlyRemote, false);
            item->setExpanded(true);
        } else if (!d.note.isEmpty()) {
            item->setText(WorkspaceColumn, valueText(d.local));
            item->setText(OpenAiColumn, d.note);
        } else {
            item->setText(WorkspaceColumn, oneLine(valueText(d.local)));
            item->setText(OpenAiColumn, oneLine(valueText(d.remote)));
            item->setData(WorkspaceColumn, LocalRole, prettyText(d.local));
            item->setData(OpenAiColumn, RemoteRole, prettyText(d.remote));
            item->setToolTip(WorkspaceColumn, prettyText(d.local));
            item->setToolTip(OpenAiColumn, prettyText(d.remote));
        }
        auto *choice = new QComboBox(m_tree);
        choice->addItem(tr("Keep workspace"));
        choice->addItem(tr("Take OpenAI"));
        choice->setAccessibleName(tr("Resolve %1").arg(SyncDiff::fieldLabel(d.field)));
        choice->setToolTip(tr("Keep the workspace value (pushed later), or take the OpenAI value into the workspace"));
        m_tree->setItemWidget(item, ResolveColumn, choice);
        connect(choice, &QComboBox::currentIndexChanged, this, &DifferencesTab::updateApply);
    }
}

void DifferencesTab::addFileRows(QTreeWidgetItem *parent, const QList<DifferenceFile> &files, bool onlyLocal)
{
    for (const DifferenceFile &f : files) {
        auto *row = new QTreeWidgetItem(parent);
        row->setText(FieldColumn, onlyLocal ? tr("only in the workspace") : tr("only in OpenAI"));
        const QString id = f.remoteId.isEmpty() ? tr("no remote id") : f.remoteId;
        QString text = tr("%1 · %2 · %3").arg(f.name, Push::sizeText(f.size), id);
        if (!f.note.isEmpty())
            text = tr("%1 — %2").arg(text, f.note);
        row->setText(onlyLocal ? WorkspaceColumn : OpenAiColumn, text);
        row->setToolTip(onlyLocal ? WorkspaceColumn : OpenAiColumn, text);
    }
}

void DifferencesTab::showDiffOf(QTreeWidgetItem *item)
{
    m_diffView->clear();
    if (!item || !item->data(WorkspaceColumn, LocalRole).isValid())
        return;
    const QStringList lines =
        lineDiff(item->data(WorkspaceColumn, LocalRole).toString(), item->data(OpenAiColumn, RemoteRole).toString());
    m_diffView->setPlainText(QStringList{tr("- workspace"), tr("+ OpenAI"), QString()}.join(QLatin1Char('\n'))
                             + lines.join(QLatin1Char('\n')));
    // Colour the changed lines; the "-"/"+" prefix keeps the meaning without colour.
    const QColor removed = BadgeDelegate::badgeFor(SyncStatus::MissingRemote).color;
    const QColor added = BadgeDelegate::badgeFor(SyncStatus::InSync).color;
    QList<QTextEdit::ExtraSelection> marks;
    for (QTextBlock block = m_diffView->document()->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        if (!text.startsWith(QLatin1String("- ")) && !text.startsWith(QLatin1String("+ ")))
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(block);
        mark.cursor.select(QTextCursor::LineUnderCursor);
        mark.format.setForeground(text.startsWith(QLatin1Char('-')) ? removed : added);
        marks << mark;
    }
    m_diffView->setExtraSelections(marks);
}

QString DifferencesTab::valueText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return tr("(none)");
    if (v.isString())
        return v.toString().isEmpty() ? tr("(empty)") : v.toString();
    if (v.isBool())
        return v.toBool() ? tr("on") : tr("off");
    if (v.isDouble())
        return QLocale::c().toString(v.toDouble(), 'g', 10);
    if (v.isArray() && v.toArray().isEmpty())
        return tr("(none)");
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

QStringList DifferencesTab::lineDiff(const QString &workspace, const QString &openAi)
{
    const QStringList a = workspace.split(QLatin1Char('\n'));
    const QStringList b = openAi.split(QLatin1Char('\n'));
    // Longest common subsequence over lines; texts here are instructions and JSON, a few hundred lines at most.
    const qsizetype n = a.size(), m = b.size();
    QStringList out;
    if (n * m > 4'000'000) {   // too large to align cheaply: show both sides whole
        for (const QString &line : a)
            out << QStringLiteral("- ") + line;
        for (const QString &line : b)
            out << QStringLiteral("+ ") + line;
        return out;
    }
    QList<QList<int>> lcs(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : qMax(lcs[i + 1][j], lcs[i][j + 1]);
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[i] == b[j]) {
            out << QStringLiteral("  ") + a[i++];
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            out << QStringLiteral("+ ") + b[j++];
        } else {
            out << QStringLiteral("- ") + a[i++];
        }
    }
    return out;
}
