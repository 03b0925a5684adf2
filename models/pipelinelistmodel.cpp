#include "pipelinelistmodel.h"

#include "storage/workspace.h"

PipelineListModel::PipelineListModel(QObject *parent) : QAbstractTableModel(parent) {}

void PipelineListModel::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace) {
        connect(m_workspace, &Workspace::reset, this, &PipelineListModel::reload);
        connect(m_workspace, &Workspace::assistantChanged, this, &PipelineListModel::reload);
        connect(m_workspace, &Workspace::pipelinesChanged, this, &PipelineListModel::reload);
    }
    reload();
}

void PipelineListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_assistantNames.clear();
    m_workingArchived.clear();
    if (m_workspace) {
        QList<Pipeline> all = m_workspace->pipelines();
        for (const auto &p : all)
            if (!p.isVersion())
                m_workingArchived.insert(p.id, p.archived);
        std::sort(all.begin(), all.end(), [](const Pipeline &a, const Pipeline &b) {
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
    }
    endResetModel();
}

QString PipelineListModel::assistantLabel(const QString &assistantId) const
{
    return m_assistantNames.value(assistantId, assistantId);
}

bool PipelineListModel::isArchived(const Pipeline &p) const
{
    return p.archived || (p.isVersion() && m_workingArchived.value(p.workingId, false));
}

int PipelineListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PipelineListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QModelIndex PipelineListModel::indexOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return index(i, NameColumn);
    return {};
}

QVariant PipelineListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Pipeline &p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return p.name;
        case VersionColumn:
            return p.isVersion() ? tr("v%1").arg(p.versionNumber) : tr("working");
        case NodesColumn: {
            QStringList labels;
            for (const auto &n : p.nodes)
                if (n.type == QLatin1String("assistant"))
                    labels << (n.assistantId.isEmpty() ? tr("(no assistant)") : assistantLabel(n.assistantId));
            return labels.isEmpty() ? tr("none") : labels.join(QStringLiteral(", "));
        }
        case StateColumn:
            return isArchived(p) ? tr("Archived") : tr("Live");
        }
        return {};
    case IdRole:
        return p.id;
    case WorkingIdRole:
        return p.workingId;
    case ArchivedRole:
        return isArchived(p);
    }
    return {};
}

QVariant PipelineListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Pipeline");
    case VersionColumn:
        return tr("Version");
    case NodesColumn:
        return tr("Assistant nodes");
    case StateColumn:
        return tr("State");
    }
    return {};
}
