#include "pipelinelistmodel.h"

#include "domain/recordlabels.h"
#include "storage/workspace.h"

PipelineListModel::PipelineListModel(QObject *parent)
    : RecordListModel(ColumnCount, {&Workspace::pipelinesChanged}, parent)
{
}

QString PipelineListModel::versionLabel(const Pipeline &p)
{
    return RecordLabel::pipelineVersion(p);
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
            return versionLabel(p);
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
