// Experiments (chatbots) with their versions: one row per record, working record first within its family.
// Columns: Name | Version ("unreleased", "v3 [published]") | Uses (assistant or pipeline) | State.
#pragma once

#include "domain/experiment.h"
#include "recordlistmodel.h"

#include <QHash>

class ExperimentListModel : public RecordListModel<Experiment>
{
    Q_OBJECT
public:
    enum Column { NameColumn, VersionColumn, UsesColumn, StateColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, WorkingIdRole, ArchivedRole, PublishedRole };

    explicit ExperimentListModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Experiment &experimentAt(int row) const { return m_rows.at(row); }
    /// "unreleased", "v3", "v3 [published]" (domain.md §1.3).
    static QString versionLabel(const Experiment &e);

private:
    QList<Experiment> records(const Workspace &workspace) const override { return workspace.experiments(); }
    void readReferences(const Workspace &workspace) override;
    void clearReferences() override { m_pipelineLabels.clear(); }

    QHash<QString, QString> m_pipelineLabels;
};
