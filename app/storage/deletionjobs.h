// The remote deletion jobs of the workspace (domain.md §1.4, §7): reading them and moving them between states.
// Each change is its own short transaction. A job is run by the one program that claimed it (claim(), storage/claims.h). Jobs are created (insert) by archive, orphan cleanup and release; each
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
/// Jobs left `running` by a program that is gone (killed, crashed; Claims::isAlive) become `pending` again; jobs a
/// live program runs stay as they are. Called at start-up and before every run.
Status resumeInterrupted(Workspace &workspace);
/// Claims a `pending` job for this program (it becomes `running`, with this program as its claimant). False when
/// another program claimed it first or it is no longer pending: then it is not this program's to run.
Result<bool> claim(Workspace &workspace, const QString &jobId);
/// `failed` jobs (all, or the given ids) become `pending`.
Status retryFailed(Workspace &workspace, const QStringList &ids = {});
/// `running` without a claimant: what a program killed mid-job leaves behind (resumeInterrupted() takes it back).
Status markRunning(Workspace &workspace, const QString &jobId);
/// The state changes below apply only to a job this program claimed (or one nobody claims).
/// `done`; for a file job the file record's remote_file_id and uploaded_sha256 are cleared in the same transaction.
Status markDone(Workspace &workspace, const DeletionJob &job);
Status markFailed(Workspace &workspace, const QString &jobId, const QString &error);
/// A job back to `pending` without counting an attempt (cancelled or offline).
Status markPending(Workspace &workspace, const QString &jobId);
}
