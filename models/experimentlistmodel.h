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
    enum OwnColumn { UsesColumn = ReferenceColumn };
    enum OwnRole { PublishedRole = FirstOwnRole };

    explicit ExperimentListModel(QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString referenceText(const Experiment &e) const override;
    QVariant ownRoleData(const Experiment &e, int role) const override;
    void readReferences(const Workspace &workspace) override;
    void clearReferences() override { m_pipelineLabels.clear(); }

    QHash<QString, QString> m_pipelineLabels;
};
