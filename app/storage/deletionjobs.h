// The remote deletion jobs of the workspace (domain.md §1.4, §7): reading them and moving them between states.
// Each change is its own short transaction. Jobs are created (insert) by archive, orphan cleanup and release; each
// job gets the next number of the workspace's job sequence, which keeps creation order on every database.
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

class Workspace;

struct DeletionJob {
    QString id;
    QString owner;          // the archived family's working assistant id, or "orphan cleanup"
    QString kind;           // assistant, vector_store, file
    QString remoteId;
    QString label;
    QString state;          // pending, running, done, failed
    int attempts = 0;
    QString lastError;
    QString updatedAt;      // ISO 8601 UTC

    friend bool operator==(const DeletionJob &, const DeletionJob &) = default;
};

namespace DeletionJobs {
/// Inserts `jobs` in the given order, each with a generated id and the next sequence number; `state` (default
/// `pending`), `attempts` and `lastError` as given, `updatedAt` = now. One transaction (joins an outer one). Returns
/// the new ids in order.
Result<QStringList> insert(Workspace &workspace, const QList<DeletionJob> &jobs);
/// The owner of every deletion job the orphan view creates (domain.md §1.4); other jobs are owned by the archived
/// family's working assistant id.
inline constexpr const char *OrphanCleanupOwner = "orphan cleanup";
/// Every job (of `owner` when given), assistants first, then stores, then files, each in creation order.
QList<DeletionJob> list(Workspace &workspace, const QString &owner = {});
/// At start-up: jobs left `running` by a crash become `pending` again.
Status resumeInterrupted(Workspace &workspace);
/// `failed` jobs (all, or the given ids) become `pending`.
Status retryFailed(Workspace &workspace, const QStringList &ids = {});
Status markRunning(Workspace &workspace, const QString &jobId);
/// `done`; for a file job the file record's remote_file_id and uploaded_sha256 are cleared in the same transaction.
Status markDone(Workspace &workspace, const DeletionJob &job);
Status markFailed(Workspace &workspace, const QString &jobId, const QString &error);
/// A job back to `pending` without counting an attempt (cancelled or offline).
Status markPending(Workspace &workspace, const QString &jobId);
}
