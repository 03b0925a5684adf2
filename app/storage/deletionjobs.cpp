#include "storage/deletionjobs.h"

#include "storage/claims.h"
#include "storage/storageaccess.h"

#include <QUuid>

namespace DeletionJobs {
namespace {
int kindOrder(const QString &kind)
{
    if (kind == QLatin1String("assistant"))
        return 0;
    if (kind == QLatin1String("vector_store"))
        return 1;
    return 2;
}

Status setState(Workspace &ws, const QString &jobId, const QString &state, bool countAttempt, const QVariant &error)
{
    Database &db = StorageAccess::database(ws);
    return db.write([&] {
        db.noteChange(QStringLiteral("job"), jobId);
        // Only the claimant moves its job on (a program taken for gone must not overwrite its successor's work).
        return db.change(QStringLiteral("UPDATE deletion_jobs SET state = ?, attempts = attempts + ?, last_error = ?, "
                                        "updated_at = ?, claimed_by = NULL WHERE id = ? "
                                        "AND (claimed_by IS NULL OR claimed_by = ?)"),
                         {state, countAttempt ? 1 : 0, error, utcNowIso(), jobId, db.sessionId()});
    });
}
} // namespace

Result<QStringList> insert(Workspace &ws, const QList<DeletionJob> &jobs)
{
    Database &db = StorageAccess::database(ws);
    QStringList ids;
    const Status written = db.write([&]() -> Status {
        ids.clear();
        const QString now = utcNowIso();
        for (const DeletionJob &job : jobs) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString state = job.state.isEmpty() ? QStringLiteral("pending") : job.state;
            db.noteChange(QStringLiteral("job"), id, QStringLiteral("insert"));
            if (Status s = db.change(QStringLiteral("INSERT INTO deletion_jobs (id, seq, owner, kind, remote_id, label, "
                                                    "state, attempts, last_error, updated_at) VALUES (?, "
                                                    "(SELECT COALESCE(MAX(seq), 0) + 1 FROM deletion_jobs), "
                                                    "?, ?, ?, ?, ?, ?, ?, ?)"),
                                     {id, job.owner, job.kind, job.remoteId, job.label, state, job.attempts,
                                      nullableIfEmpty(job.lastError), now});
                !s)
                return s;
            ids << id;
        }
        return {};
    });
    if (!written)
        return written.error();
    return ids;
}

QList<DeletionJob> list(Workspace &ws, const QString &owner)
{
    QList<DeletionJob> out;
    // seq keeps creation order within a kind; the plan inserted them in order.
    auto q = StorageAccess::database(ws).exec(
        QStringLiteral("SELECT id, owner, kind, remote_id, label, state, attempts, last_error, updated_at "
                       "FROM deletion_jobs WHERE (COALESCE(?, '') = '' OR owner = ?) ORDER BY seq"),
        {owner, owner});
    if (!q)
        return out;
    while ((*q)->next()) {
        QSqlQuery &r = **q;
        out << DeletionJob{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
                           r.value(4).toString(), r.value(5).toString(), r.value(6).toInt(), r.value(7).toString(),
                           r.value(8).toString()};
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const DeletionJob &a, const DeletionJob &b) { return kindOrder(a.kind) < kindOrder(b.kind); });
    return out;
}

Status resumeInterrupted(Workspace &ws)
{
    Database &db = StorageAccess::database(ws);
    return db.write([&]() -> Status {
        auto q = db.exec(QStringLiteral("SELECT id, COALESCE(claimed_by, ''), COALESCE(claim_pid, 0), "
                                        "COALESCE(claim_host, ''), updated_at FROM deletion_jobs WHERE state = 'running'"));
        if (!q)
            return q.error();
        struct Running {
            QString id;
            Claims::Claimant claimant;
            QString touchedAt;
        };
        QList<Running> running;
        while ((*q)->next())
            running << Running{(*q)->value(0).toString(),
                               {(*q)->value(1).toString(), (*q)->value(2).toLongLong(), (*q)->value(3).toString()},
                               (*q)->value(4).toString()};
        (*q)->finish();
        for (const Running &r : std::as_const(running)) {
            if (Claims::isAlive(db, r.claimant, r.touchedAt))
                continue;
            db.noteChange(QStringLiteral("job"), r.id);
            if (Status s = db.change(QStringLiteral("UPDATE deletion_jobs SET state = 'pending', claimed_by = NULL, "
                                                    "updated_at = ? WHERE id = ? AND state = 'running'"),
                                     {utcNowIso(), r.id});
                !s)
                return s;
        }
        return {};
    });
}

Result<bool> claim(Workspace &ws, const QString &jobId)
{
    Database &db = StorageAccess::database(ws);
    const Claims::Claimant me = Claims::me(db);
    bool claimed = false;
    const Status s = db.write([&]() -> Status {
        auto n = db.changeCount(QStringLiteral("UPDATE deletion_jobs SET state = 'running', claimed_by = ?, claim_pid = ?, "
                                               "claim_host = ?, updated_at = ? WHERE id = ? AND state = 'pending'"),
                                {me.session, me.pid, me.host, utcNowIso(), jobId});
        if (!n)
            return n.error();
        claimed = n.value() == 1;
        if (claimed)
            db.noteChange(QStringLiteral("job"), jobId);
        return {};
    });
    if (!s)
        return s.error();
    return claimed;
}

Status retryFailed(Workspace &ws, const QStringList &ids)
{
    Database &db = StorageAccess::database(ws);
    return db.write([&]() -> Status {
        if (ids.isEmpty())
            return db.change(QStringLiteral("UPDATE deletion_jobs SET state = 'pending', updated_at = ? WHERE state = 'failed'"),
                             {utcNowIso()});
        for (const QString &id : ids)
            if (Status s = db.change(QStringLiteral("UPDATE deletion_jobs SET state = 'pending', updated_at = ? "
                                                    "WHERE state = 'failed' AND id = ?"),
                                     {utcNowIso(), id});
                !s)
                return s;
        return {};
    });
}

Status markRunning(Workspace &ws, const QString &jobId)
{
    return setState(ws, jobId, QStringLiteral("running"), false, QVariant(QMetaType(QMetaType::QString)));
}

Status markPending(Workspace &ws, const QString &jobId)
{
    return setState(ws, jobId, QStringLiteral("pending"), false, QVariant(QMetaType(QMetaType::QString)));
}

Status markFailed(Workspace &ws, const QString &jobId, const QString &error)
{
    return setState(ws, jobId, QStringLiteral("failed"), true, error);
}

Status markDone(Workspace &ws, const DeletionJob &job)
{
    Database &db = StorageAccess::database(ws);
    const Status s = db.write([&]() -> Status {
        db.noteChange(QStringLiteral("job"), job.id);
        auto n = db.changeCount(QStringLiteral("UPDATE deletion_jobs SET state = 'done', attempts = attempts + 1, "
                                               "last_error = NULL, updated_at = ?, claimed_by = NULL WHERE id = ? "
                                               "AND (claimed_by IS NULL OR claimed_by = ?)"),
                                {utcNowIso(), job.id, db.sessionId()});
        if (!n)
            return n.error();
        if (n.value() == 0)
            return Status{};   // not ours (any more): the program that has it records the outcome
        if (job.kind == QLatin1String("file"))
            return db.change(QStringLiteral("UPDATE files SET remote_file_id = NULL, uploaded_sha256 = NULL WHERE remote_file_id = ?"),
                             {job.remoteId});
        return {};
    });
    if (s && job.kind == QLatin1String("file"))
        emit ws.filesChanged();
    return s;
}
} // namespace DeletionJobs
