#include "experimentlistmodel.h"

#include "columntitles.h"
#include "domain/recordlabels.h"
#include "storage/workspace.h"

ExperimentListModel::ExperimentListModel(QObject *parent)
    : RecordListModel(&Workspace::experiments, &RecordLabel::experimentVersion,
                      {&Workspace::experimentsChanged, &Workspace::pipelinesChanged}, parent)
{
}

void ExperimentListModel::readReferences(const Workspace &workspace)
{
    for (const auto &p : workspace.pipelines())
        m_pipelineLabels.insert(p.id, RecordLabel::pipelineRow(p.name, p));
}

QString ExperimentListModel::referenceText(const Experiment &e) const
{
    QStringList uses;
    if (!e.assistantId.isEmpty())
        uses << tr("Assistant: %1").arg(assistantLabel(e.assistantId));
    if (!e.pipelineId.isEmpty())
        uses << tr("Pipeline: %1").arg(m_pipelineLabels.value(e.pipelineId, e.pipelineId));
    return uses.isEmpty() ? tr("nothing") : uses.join(QStringLiteral("; "));
}

QVariant ExperimentListModel::ownRoleData(const Experiment &e, int role) const
{
    return role == PublishedRole ? QVariant(e.published) : QVariant();
}

QVariant ExperimentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return ColumnTitles::header({tr("Experiment"), tr("Version"), tr("Uses"), tr("State")}, section, orientation, role);
}
