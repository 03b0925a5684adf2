#include "experimentlistmodel.h"

#include "domain/recordlabels.h"
#include "storage/workspace.h"

ExperimentListModel::ExperimentListModel(QObject *parent)
    : RecordListModel(ColumnCount, {&Workspace::experimentsChanged, &Workspace::pipelinesChanged}, parent)
{
}

void ExperimentListModel::readReferences(const Workspace &workspace)
{
    for (const auto &p : workspace.pipelines())
        m_pipelineLabels.insert(p.id, RecordLabel::pipelineRow(p.name, p));
}

QString ExperimentListModel::versionLabel(const Experiment &e)
{
    return RecordLabel::experimentVersion(e);
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
                uses << tr("Assistant: %1").arg(assistantLabel(e.assistantId));
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
