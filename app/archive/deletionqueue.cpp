#include "archive/deletionqueue.h"

#include "cleanup/orphanscan.h"
#include "storage/orphanstore.h"

#include "core/logging.h"
#include "openai/apierror.h"
#include "openai/openaiclient.h"
#include "storage/workspace.h"

#include <QCoreApplication>

DeletionQueue::DeletionQueue(Workspace &workspace, OpenAi::OpenAiClient &client, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_client(client)
{
}

void DeletionQueue::bindToSession(std::function<std::shared_ptr<void>()> keepAlive, OpenAi::CancelToken *sessionCancel)
{
    m_keepAlive = std::move(keepAlive);
    m_sessionCancel = sessionCancel;
}

QCoro::Task<DeletionRunSummary> DeletionQueue::runPending(OpenAi::CancelToken *cancel, QStringList onlyJobIds)
{
    DeletionRunSummary summary;
    if (m_running)
        co_return summary;
    // Held until the run has ended: the session that owns this queue (and its workspace) stays alive that long.
    const std::shared_ptr<void> anchor = m_keepAlive ? m_keepAlive() : nullptr;
    // The caller's token and the session's both stop the run.
    OpenAi::CancelToken runCancel;
    for (OpenAi::CancelToken *token : {cancel, m_sessionCancel.data()}) {
        if (!token)
            continue;
        if (token->isCancelled())
            runCancel.cancel();
        connect(token, &OpenAi::CancelToken::cancelled, &runCancel, &OpenAi::CancelToken::cancel);
    }
    cancel = &runCancel;
    m_running = true;
    // Jobs a program left running when it died are pending again; those of live programs stay theirs.
    if (Status s = DeletionJobs::resumeInterrupted(m_workspace); !s)
        summary.error = s.error().message;
    const QList<DeletionJob> jobs = DeletionJobs::list(m_workspace);
    for (const DeletionJob &job : jobs) {
        if (job.state != QLatin1String("pending") || (!onlyJobIds.isEmpty() && !onlyJobIds.contains(job.id)))
            continue;
        if (cancel && cancel->isCancelled()) {
            ++summary.pending;
            continue;
        }
        // Claimed by one program at a time: a job another desktop or script claimed first is theirs to run.
        auto claimed = DeletionJobs::claim(m_workspace, job.id);
        if (!claimed) {
            qCWarning(lcSync) << "cannot start deletion job" << job.id << claimed.error().message;
            summary.error = claimed.error().message;
            ++summary.pending;
            continue;
        }
        if (!claimed.value()) {
            ++summary.elsewhere;
            continue;
        }
        emit jobChanged(job.id);
        Status result;
        if (job.owner == QLatin1String(OrphanScan::JobOwner)) {
            // §9: an orphan may have found a user since the scan; look again just before deleting it.
            auto still = co_await OrphanScan::stillOrphan(m_workspace, m_client, job.kind, job.remoteId, cancel);
            if (still && !still.value()) {
                if (Status s = OrphanStore::markSkipped(m_workspace, job.id, OrphanScan::skippedNote()); !s) {
                    qCWarning(lcSync) << "cannot record deletion job" << job.id << s.error().message;
                    summary.error = s.error().message;
                }
                ++summary.done;
                ++summary.skipped;
                emit jobChanged(job.id);
                continue;
            }
            if (!still)
                result = still.error();
        }
        // A failed re-check is handled below like a failed deletion.
        if (result.ok() && job.kind == QLatin1String("assistant"))
            result = co_await m_client.deleteAssistant(job.remoteId, cancel);
        else if (result.ok() && job.kind == QLatin1String("vector_store"))
            result = co_await m_client.deleteVectorStore(job.remoteId, cancel);
        else if (result.ok())
            result = co_await m_client.deleteFile(job.remoteId, cancel);

        const auto api = result.ok() ? nullptr : result.error().api;
        Status stored;
        if (result.ok() || (api && api->failure == OpenAi::ApiError::Failure::Http && api->httpStatus == 404)) {
            stored = DeletionJobs::markDone(m_workspace, job);
            ++summary.done;
        } else if (result.error().kind == ErrorKind::Cancelled
                   || (api && (api->failure == OpenAi::ApiError::Failure::Connection || api->failure == OpenAi::ApiError::Failure::Refused))) {
            // Offline or no key yet: the job waits ("Queued").
            stored = DeletionJobs::markPending(m_workspace, job.id);
            ++summary.pending;
            if (result.error().kind != ErrorKind::Cancelled)
                summary.waitReason = result.error().message;
        } else {
            stored = DeletionJobs::markFailed(m_workspace, job.id,
                                     QCoreApplication::translate("DeletionQueue", "%1 %2: %3")
                                         .arg(job.kind, job.remoteId, result.error().message));
            ++summary.failed;
        }
        if (!stored) {
            qCWarning(lcSync) << "cannot record deletion job" << job.id << stored.error().message;
            summary.error = stored.error().message;
        }
        emit jobChanged(job.id);
    }
    m_running = false;
    qCInfo(lcSync) << "deletion queue: done" << summary.done << "failed" << summary.failed << "pending" << summary.pending;
    co_return summary;
}
