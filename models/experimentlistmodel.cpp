#include "experimentlistmodel.h"

#include "storage/workspace.h"

ExperimentListModel::ExperimentListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ExperimentListModel::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace) {
        connect(m_workspace, &Workspace::reset, this, &ExperimentListModel::reload);
        connect(m_workspace, &Workspace::assistantChanged, this, &ExperimentListModel::reload);
        connect(m_workspace, &Workspace::experimentsChanged, this, &ExperimentListModel::reload);
        connect(m_workspace, &Workspace::pipelinesChanged, this, &ExperimentListModel::reload);
    }
    reload();
}

void ExperimentListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_assistantNames.clear();
    m_pipelineLabels.clear();
    m_workingArchived.clear();
    if (m_workspace) {
        QList<Experiment> all = m_workspace->experiments();
        for (const auto &e : all)
            if (!e.isVersion())
                m_workingArchived.insert(e.id, e.archived);
        // Family by family (working record first, then versions descending), families by name.
        std::sort(all.begin(), all.end(), [](const Experiment &a, const Experiment &b) {
            const QString fa = a.isVersion() ? a.workingId : a.id;
            const QString fb = b.isVersion() ? b.workingId : b.id;
            if (fa != fb) {
                const int c = a.name.compare(b.name, Qt::CaseInsensitive);
                return c != 0 ? c < 0 : fa < fb;
            }
            if (a.isVersion() != b.isVersion())
                return !a.isVersion();
            return a.versionNumber > b.versionNumber;
        });
        m_rows = all;
        for (const auto &s : m_workspace->assistantSummaries())
            m_assistantNames.insert(s.id, s.isVersion() ? s.name : tr("%1 (working)").arg(s.name));
        for (const auto &p : m_workspace->pipelines())
            m_pipelineLabels.insert(p.id, p.isVersion() ? tr("%1 · v%2").arg(p.name).arg(p.versionNumber)
                                                        : tr("%1 · working").arg(p.name));
    }
    endResetModel();
}

QString ExperimentListModel::versionLabel(const Experiment &e)
{
    if (!e.isVersion())
        return tr("unreleased");
    return e.published ? tr("v%1 [published]").arg(e.versionNumber) : tr("v%1").arg(e.versionNumber);
}

bool ExperimentListModel::isArchived(const Experiment &e) const
{
    return e.archived || (e.isVersion() && m_workingArchived.value(e.workingId, false));
}

int ExperimentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExperimentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QModelIndex ExperimentListModel::indexOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return index(i, NameColumn);
    return {};
}

QVariant ExperimentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Experiment &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return e.name;
        case VersionColumn:
            return versionLabel(e);
        case UsesColumn: {
            QStringList uses;
            if (!e.assistantId.isEmpty())
                uses << tr("Assistant: %1").arg(m_assistantNames.value(e.assistantId, e.assistantId));
            if (!e.pipelineId.isEmpty())
                uses << tr("Pipeline: %1").arg(m_pipelineLabels.value(e.pipelineId, e.pipelineId));
            return uses.isEmpty() ? tr("nothing") : uses.join(QStringLiteral("; "));
        }
        case StateColumn:
            return isArchived(e) ? tr("Archived") : tr("Live");
        }
        return {};
    case IdRole:
        return e.id;
    case WorkingIdRole:
        return e.workingId;
    case ArchivedRole:
        return isArchived(e);
    case PublishedRole:
        return e.published;
    }
    return {};
}

QVariant ExperimentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Experiment");
    case VersionColumn:
        return tr("Version");
    case UsesColumn:
        return tr("Uses");
    case StateColumn:
        return tr("State");
    }
    return {};
}
