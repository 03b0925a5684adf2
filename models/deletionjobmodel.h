// The remote deletion jobs (domain.md §7) as a table for the "Remote cleanup" panel: one row per job, in the order
// DeletionJobs::list() gives (assistants, vector stores, files, each in creation order).
// Columns: Kind | Label | Remote ID | State | Attempts | Error. The model holds plain DeletionJob values; whoever owns
// it reads the workspace and calls setJobs(). StateRole returns the stored state ("pending", "running", "done",
// "failed"), so tests and delegates need no display text; the State column shows "Queued" for pending jobs.
#pragma once

#include "storage/deletionjobs.h"

#include <QAbstractTableModel>
#include <QList>

class DeletionJobModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, LabelColumn, RemoteIdColumn, StateColumn, AttemptsColumn, ErrorColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StateRole, KindRole, RemoteIdRole };

    struct Counts {
        int done = 0;
        int pending = 0;   // pending and running
        int failed = 0;
    };

    explicit DeletionJobModel(QObject *parent = nullptr);

    /// Replaces the rows. When the same jobs are listed in the same order (a state change), only the changed rows
    /// emit dataChanged, so selections survive; otherwise the model resets.
    void setJobs(const QList<DeletionJob> &jobs);
    const QList<DeletionJob> &jobs() const { return m_jobs; }
    const DeletionJob &jobAt(int row) const { return m_jobs.at(row); }
    QModelIndex indexOf(const QString &jobId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static Counts count(const QList<DeletionJob> &jobs);
    /// "Remote cleanup: done", "Remote cleanup: 3 pending", "Remote cleanup: 1 failed" (both counts when both).
    static QString summaryText(const QList<DeletionJob> &jobs);
    /// "Assistant", "Vector store", "File".
    static QString kindText(const QString &kind);
    /// "Queued" (pending), "Running", "Done", "Failed".
    static QString stateText(const QString &state);

private:
    QList<DeletionJob> m_jobs;
};
