// Pipelines with their versions: one row per record. Columns: Name | Version ("working", "v2") | Assistant nodes | State.
#pragma once

#include "domain/experiment.h"
#include "recordlistmodel.h"

class PipelineListModel : public RecordListModel<Pipeline>
{
    Q_OBJECT
public:
    enum OwnColumn { NodesColumn = ReferenceColumn };

    explicit PipelineListModel(QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString referenceText(const Pipeline &p) const override;
};
