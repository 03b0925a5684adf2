// Pipelines with their versions: one row per record. Columns: Name | Version ("working", "v2") | Assistant nodes | State.
#pragma once

#include "domain/experiment.h"
#include "recordlistmodel.h"

class PipelineListModel : public RecordListModel<Pipeline>
{
    Q_OBJECT
public:
    enum Column { NameColumn, VersionColumn, NodesColumn, StateColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, WorkingIdRole, ArchivedRole };

    explicit PipelineListModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Pipeline &pipelineAt(int row) const { return m_rows.at(row); }
    /// "working" or "v2".
    static QString versionLabel(const Pipeline &p);

private:
    QList<Pipeline> records(const Workspace &workspace) const override { return workspace.pipelines(); }
};
