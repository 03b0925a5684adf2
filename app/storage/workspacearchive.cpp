#include "storage/workspacearchive.h"

#include "storage/deletionjobs.h"
#include "storage/storageaccess.h"

using namespace Qt::StringLiterals;

namespace {
Status setArchived(Database &db, const QString &table, const QString &id)
{
    // Table names come from the fixed list below, never from data.
    return db.change(u"UPDATE %1 SET is_archived = 1 WHERE id = ?"_s.arg(table), {id});
}

Status writeArchive(Workspace &workspace, const ArchivePlan &plan, QStringList &jobIds)
{
    Database &db = StorageAccess::database(workspace);
    for (const QString &id : plan.family) {
        if (Status s = setArchived(db, u"assistants"_s, id); !s)
            return s;
    }
    for (const auto &record : plan.autoArchived) {
        const QString table =
            record.kind == ArchiveAutoRecord::Kind::ExperimentVersion ? u"experiments"_s : u"pipelines"_s;
        if (Status s = setArchived(db, table, record.id); !s)
            return s;
    }
    QList<DeletionJob> jobs;
    for (const auto &deletion : plan.deletions) {
        DeletionJob job;
        job.owner = plan.assistantId;
        job.kind = deletion.kindName();
        job.remoteId = deletion.remoteId;
        job.label = deletion.label;
        jobs << job;
    }
    auto inserted = DeletionJobs::insert(workspace, jobs);
    if (!inserted)
        return inserted.error();
    jobIds = inserted.value();
    return {};
}
} // namespace

Result<ArchiveOutcome> archiveFamily(Workspace &workspace, const QString &workingAssistantId)
{
    ArchiveOutcome outcome;
    Database &db = StorageAccess::database(workspace);
    const Status written = db.write([&]() -> Status {
        outcome = ArchiveOutcome{};   // a repeated run (a lost race on PostgreSQL) starts afresh
        // The plan is made inside the transaction from everyone's records, so a reference added meanwhile by another
        // desktop either blocks it here or is refused there — never both.
        auto plan = planArchive(workspace.exportData(), workingAssistantId);
        if (!plan)
            return plan.error();
        outcome.plan = std::move(plan).value();
        if (!outcome.plan.archivable())
            return {};   // nothing to write; the caller shows the blockers again
        outcome.jobIds.clear();
        if (Status s = writeArchive(workspace, outcome.plan, outcome.jobIds); !s)
            return s;
        db.noteChange(QStringLiteral("workspace"), workingAssistantId, QStringLiteral("archive"));
        outcome.archived = true;
        return {};
    });
    if (!written)
        return written.error();
    if (outcome.archived)
        Q_EMIT workspace.reset();
    return outcome;
}
