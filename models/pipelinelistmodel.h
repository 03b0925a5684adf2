// Pipelines with their versions: one row per record. Columns: Name | Version ("working", "v2") | Assistant nodes | State.
#pragma once

#include "domain/experiment.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include "storage/workspace.h"

class PipelineListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, VersionColumn, NodesColumn, StateColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, WorkingIdRole, ArchivedRole };

    explicit PipelineListModel(QObject *parent = nullptr);
    void setWorkspace(Workspace *workspace);
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Pipeline &pipelineAt(int row) const { return m_rows.at(row); }
    QModelIndex indexOf(const QString &id) const;
    QString assistantLabel(const QString &assistantId) const;
    bool isArchived(const Pipeline &p) const;

private:
    QPointer<Workspace> m_workspace;
    QList<Pipeline> m_rows;
    QHash<QString, QString> m_assistantNames;
    QHash<QString, bool> m_workingArchived;
};
