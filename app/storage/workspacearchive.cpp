#include "storage/workspacearchive.h"

#include "storage/workspace.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
Status setArchived(Database &db, const QString &table, const QString &id)
{
    // Table names come from the fixed list below, never from data.
    return db.change(u"UPDATE %1 SET is_archived = 1 WHERE id = ?"_s.arg(table), {id});
}

Status writeArchive(Database &db, const ArchivePlan &plan, QStringList &jobIds)
{
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
    const QString now = utcNowIso();
    for (const auto &deletion : plan.deletions) {
        const QString jobId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QVariantList values{jobId, plan.assistantId, deletion.kindName(), deletion.remoteId, deletion.label, now};
        if (Status s = db.change(u"INSERT INTO deletion_jobs (id, owner, kind, remote_id, label, state, attempts, "
                                 u"last_error, updated_at) VALUES (?, ?, ?, ?, ?, 'pending', 0, NULL, ?)"_s,
                                 values);
            !s)
            return s;
        jobIds << jobId;
    }
    return {};
}
} // namespace

Result<ArchiveOutcome> archiveFamily(Workspace &workspace, const QString &workingAssistantId)
{
    ArchiveOutcome outcome;
    const Status written = workspace.database().write([&]() -> Status {
        auto plan = planArchive(workspace.exportData(), workingAssistantId);
        if (!plan)
            return plan.error();
        outcome.plan = std::move(plan).value();
        if (!outcome.plan.archivable())
            return {};   // nothing to write; the caller shows the blockers again
        outcome.jobIds.clear();
        if (Status s = writeArchive(workspace.database(), outcome.plan, outcome.jobIds); !s)
            return s;
        outcome.archived = true;
        return {};
    });
    if (!written)
        return written.error();
    if (outcome.archived)
        Q_EMIT workspace.reset();
    return outcome;
}
