#include "versionstab.h"

#include "assistantlistmodel.h"
#include "badgedelegate.h"
#include "domain/family.h"
#include "domain/recordlabels.h"
#include "experimentlistmodel.h"
#include "rebind.h"
#include "referencecombos.h"
#include "storage/workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

VersionsTab::VersionsTab(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("versionsTab"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("versionsTable"));
    m_table->setHorizontalHeaderLabels({tr("Version"), tr("Name"), tr("Remote id"), tr("Status"), tr("Used by")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_emptyLabel = new QLabel(tr("No versions yet. Releasing an experiment that uses this assistant creates one."), this);
    m_emptyLabel->setObjectName(QStringLiteral("noVersionsLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_table, 1);

    // Activation is a double click (or a single one, where the style says so) or Return.
    connect(m_table, &QTableWidget::activated, this, [this](const QModelIndex &index) {
        if (QTableWidgetItem *item = m_table->item(index.row(), VersionColumn))
            emit openRequested(item->data(Qt::UserRole).toString());
    });
}

void VersionsTab::setWorkspace(Workspace *workspace)
{
    if (rebind(m_workspace, workspace, this)) {
        for (auto signal : {&Workspace::experimentsChanged, &Workspace::pipelinesChanged, &Workspace::reset})
            connect(m_workspace, signal, this, &VersionsTab::refresh);
        // A check reports every record it checked; only this family's records change what the tab shows.
        connect(m_workspace, &Workspace::assistantChanged, this, [this](const QString &id) {
            if (id == m_workingId || m_shownIds.contains(id))
                refresh();
        });
    }
    m_workingId.clear();
    refresh();
}

void VersionsTab::setWorkingAssistant(const QString &workingId)
{
    m_workingId = workingId;
    refresh();
}

int VersionsTab::versionCount() const
{
    return m_table->rowCount();
}

QString VersionsTab::title() const
{
    return versionCount() == 0 ? tr("Versions") : tr("Versions (%1)").arg(versionCount());
}

namespace {
/// For each assistant version id: the experiment rows using it, directly or through their pipeline record.
QHash<QString, QStringList> usersByAssistant(const Workspace &workspace)
{
    QHash<QString, QStringList> out;
    const QList<Experiment> experiments = workspace.experiments();
    const FamilyIndex<Experiment> families(experiments);
    QHash<QString, Pipeline> pipelines;
    for (const Pipeline &p : workspace.pipelines())
        pipelines.insert(p.id, p);
    const QHash<QString, QString> pipelineLabels = ReferenceCombos::pipelineLabels(workspace);
    for (const Experiment &e : experiments) {
        if (families.isArchived(e))
            continue;
        const QString row = RecordLabel::experimentRow(e.name, e);
        if (!e.assistantId.isEmpty())
            out[e.assistantId] << row;
        const auto p = pipelines.constFind(e.pipelineId);
        if (p == pipelines.cend())
            continue;
        QStringList seen;
        for (const PipelineNode &n : p->nodes) {
            if (n.type != QLatin1String("assistant") || n.assistantId.isEmpty() || seen.contains(n.assistantId))
                continue;
            seen << n.assistantId;
            out[n.assistantId] << VersionsTab::tr("%1 (via %2)").arg(row, pipelineLabels.value(p->id));
        }
    }
    return out;
}
} // namespace

void VersionsTab::refresh()
{
    QList<AssistantSummary> versions;
    if (m_workspace && !m_workingId.isEmpty()) {
        for (const AssistantSummary &s : m_workspace->assistantSummaries())
            if (s.workingVersionId == m_workingId)
                versions << s;
    }
    std::sort(versions.begin(), versions.end(),
              [](const AssistantSummary &a, const AssistantSummary &b) { return a.versionNumber > b.versionNumber; });
    const QHash<QString, QStringList> users =
        versions.isEmpty() ? QHash<QString, QStringList>{} : usersByAssistant(*m_workspace);
    m_shownIds.clear();
    for (const AssistantSummary &v : std::as_const(versions))
        m_shownIds.insert(v.id);
    m_table->setRowCount(int(versions.size()));
    for (int row = 0; row < versions.size(); ++row) {
        const AssistantSummary &v = versions.at(row);
        const QString status = v.archived
            ? tr("Archived")
            : BadgeDelegate::badgeLabel(v.syncStatus, AssistantListModel::badgeText(v), v.stale);
        QStringList usedBy = users.value(v.id);
        usedBy.sort(Qt::CaseInsensitive);
        const QString cells[ColumnCount] = {tr("v%1").arg(v.versionNumber), v.name, v.remoteId.value_or(tr("—")),
                                            status, usedBy.isEmpty() ? tr("no experiment") : usedBy.join(QLatin1Char('\n'))};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, v.id);
            m_table->setItem(row, c, item);
        }
        if (!v.archived)
            m_table->item(row, StatusColumn)->setForeground(BadgeDelegate::badgeFor(v.syncStatus, palette()).color);
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_emptyLabel->setVisible(versions.isEmpty() && !m_workingId.isEmpty());
    m_table->setVisible(!versions.isEmpty());
    emit refreshed();
}
