// What the orphan view keeps in the workspace (domain.md §8, §9): the last orphan scan, with its time, for the
// offline view; and the deletion jobs of "orphan cleanup" with their "skipped: now in use" outcome.
//
// Promises: every write is one short transaction. The scan is kept in the remote_listings table under the kind
// "orphan_scan" as the JSON the caller gives (OrphanListing::toJson); a newer scan replaces it. Threading: the
// workspace's thread.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Workspace;

namespace OrphanStore {

struct CachedScan {
    QByteArray json;
    QString fetchedAt;   // ISO 8601 UTC
};

Status saveScan(Workspace &workspace, const QByteArray &json, const QString &fetchedAt);
std::optional<CachedScan> loadScan(Workspace &workspace);

struct JobRequest {
    QString kind;       // "file" or "vector_store"
    QString remoteId;
    QString label;
};

/// One `pending` job per request, owner "orphan cleanup", in one transaction, stores before files. A remote id that
/// already has a pending or running orphan-cleanup job is not queued twice: its existing job id is returned instead.
Result<QStringList> createJobs(Workspace &workspace, const QList<JobRequest> &requests);

/// The job ends `done` without deleting anything, `note` (e.g. "skipped: now in use") kept in its error column.
Status markSkipped(Workspace &workspace, const QString &jobId, const QString &note);

}
