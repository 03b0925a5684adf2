#include "storage/orphanstore.h"

#include "storage/deletionjobs.h"
#include "storage/storageaccess.h"


namespace OrphanStore {
namespace {
const QString ScanKind = QStringLiteral("orphan_scan");
}

Status saveScan(Workspace &workspace, const QByteArray &json, const QString &fetchedAt)
{
    Database &db = StorageAccess::database(workspace);
    return db.write([&]() -> Status {
        if (Status s = db.change(QStringLiteral("DELETE FROM remote_listings WHERE kind = ?"), {ScanKind}); !s)
            return s;
        return db.change(QStringLiteral("INSERT INTO remote_listings (kind, listing_json, fetched_at) VALUES (?, ?, ?)"),
                         {ScanKind, QString::fromUtf8(json), fetchedAt});
    });
}

std::optional<CachedScan> loadScan(Workspace &workspace)
{
    auto q = StorageAccess::database(workspace).exec(
        QStringLiteral("SELECT listing_json, fetched_at FROM remote_listings WHERE kind = ?"), {ScanKind});
    if (!q || !(*q)->next())
        return std::nullopt;
    return CachedScan{(*q)->value(0).toString().toUtf8(), (*q)->value(1).toString()};
}

Result<QStringList> createJobs(Workspace &workspace, const QList<JobRequest> &requests)
{
    QList<JobRequest> ordered;
    for (const JobRequest &r : requests)
        if (r.kind == QLatin1String("vector_store"))
            ordered << r;
    for (const JobRequest &r : requests)
        if (r.kind != QLatin1String("vector_store"))
            ordered << r;
    Database &db = StorageAccess::database(workspace);
    const QString owner = QString::fromLatin1(DeletionJobs::OrphanCleanupOwner);
    QStringList ids;
    const Status written = db.write([&]() -> Status {
        ids.clear();
        QList<DeletionJob> fresh;
        QList<int> freshAt;   // where each new job's id goes in `ids`
        for (const JobRequest &r : ordered) {
            auto existing = db.exec(QStringLiteral("SELECT id FROM deletion_jobs WHERE owner = ? AND remote_id = ? "
                                                   "AND state IN ('pending', 'running')"),
                                    {owner, r.remoteId});
            if (!existing)
                return existing.error();
            if ((*existing)->next()) {
                ids << (*existing)->value(0).toString();
                continue;
            }
            freshAt << int(ids.size());
            ids << QString();
            DeletionJob job;
            job.owner = owner;
            job.kind = r.kind;
            job.remoteId = r.remoteId;
            job.label = r.label;
            fresh << job;
        }
        auto inserted = DeletionJobs::insert(workspace, fresh);
        if (!inserted)
            return inserted.error();
        for (int i = 0; i < freshAt.size(); ++i)
            ids[freshAt.at(i)] = inserted->at(i);
        return {};
    });
    if (!written)
        return written.error();
    return ids;
}

Status markSkipped(Workspace &workspace, const QString &jobId, const QString &note)
{
    Database &db = StorageAccess::database(workspace);
    return db.write([&] {
        db.noteChange(QStringLiteral("job"), jobId);
        return db.change(QStringLiteral("UPDATE deletion_jobs SET state = 'done', last_error = ?, updated_at = ?, "
                                        "claimed_by = NULL WHERE id = ? AND (claimed_by IS NULL OR claimed_by = ?)"),
                         {note, utcNowIso(), jobId, db.sessionId()});
    });
}

} // namespace OrphanStore
