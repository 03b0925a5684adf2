#include "pipelinelistmodel.h"

#include "columntitles.h"
#include "domain/recordlabels.h"
#include "storage/workspace.h"

PipelineListModel::PipelineListModel(QObject *parent)
    : RecordListModel(&Workspace::pipelines, &RecordLabel::pipelineVersion, {&Workspace::pipelinesChanged}, parent)
{
}

QString PipelineListModel::referenceText(const Pipeline &p) const
{
    QStringList labels;
    for (const auto &n : p.nodes)
        if (n.type == QLatin1String("assistant"))
            labels << (n.assistantId.isEmpty() ? tr("(no assistant)") : assistantLabel(n.assistantId));
    return labels.isEmpty() ? tr("none") : labels.join(QStringLiteral(", "));
}

QVariant PipelineListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return ColumnTitles::header({tr("Pipeline"), tr("Version"), tr("Assistant nodes"), tr("State")}, section,
                                orientation, role);
}
