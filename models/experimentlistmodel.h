// Experiments (chatbots) with their versions: one row per record, working record first within its family.
// Columns: Name | Version ("unreleased", "v3 [published]") | Uses (assistant or pipeline) | State.
#pragma once

#include "domain/experiment.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include "storage/workspace.h"

class ExperimentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, VersionColumn, UsesColumn, StateColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, WorkingIdRole, ArchivedRole, PublishedRole };

    explicit ExperimentListModel(QObject *parent = nullptr);
    void setWorkspace(Workspace *workspace);
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Experiment &experimentAt(int row) const { return m_rows.at(row); }
    QModelIndex indexOf(const QString &id) const;
    /// "unreleased", "v3", "v3 [published]" (domain.md §1.3).
    static QString versionLabel(const Experiment &e);
    /// True when the record or its family's working record is archived.
    bool isArchived(const Experiment &e) const;

private:
    QPointer<Workspace> m_workspace;
    QList<Experiment> m_rows;
    QHash<QString, QString> m_assistantNames;
    QHash<QString, QString> m_pipelineLabels;
    QHash<QString, bool> m_workingArchived;
};
