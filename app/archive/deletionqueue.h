// Runs the remote deletion jobs (domain.md §7): assistants, then vector stores, then files; the client's retry
// rules apply; 404 counts as done; any other final error makes the job `failed` with its message; a connection
// failure leaves the job `pending` (offline: "Queued"). Each state change is stored at once, so jobs survive
// restarts (each run first takes back jobs their program left running when it died). Each job is claimed before it
// runs (DeletionJobs::claim), so several programs on one workspace never send the same DELETE twice. A job of owner "orphan cleanup" first checks that its
// object is still an orphan (OrphanScan::stillOrphan, domain.md §9); if not, it ends `done` with the note
// "skipped: now in use" and nothing is deleted.
// Lifetime: the workspace and client must outlive every task. A queue owned by a WorkspaceSession is bound to it
// (bindToSession): each run then holds the session until it has ended, and closing the session cancels the run.
#pragma once

#include "openai/canceltoken.h"
#include "storage/deletionjobs.h"

#include <QCoro/QCoroTask>

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class Workspace;
namespace OpenAi {
class OpenAiClient;
}

struct DeletionRunSummary {
    int done = 0;        // includes the skipped ones
    int skipped = 0;     // orphan jobs whose object was in use again
    int failed = 0;
    int pending = 0;     // left pending (offline, cancelled)
    int elsewhere = 0;   // pending jobs another program claimed first (it runs them)
    QString waitReason;  // why the last job left pending waits: the connection error (empty when cancelled)
    QString error;       // a workspace write that failed (the run could not record or claim a job); empty when none
};

class DeletionQueue : public QObject
{
    Q_OBJECT
public:
    DeletionQueue(Workspace &workspace, OpenAi::OpenAiClient &client, QObject *parent = nullptr);

    /// Runs every pending job once, in order (with `onlyJobIds`: only those of them). A call while a run is under
    /// way returns at once (nothing done twice).
    QCoro::Task<DeletionRunSummary> runPending(OpenAi::CancelToken *cancel = nullptr, QStringList onlyJobIds = {});
    bool isRunning() const { return m_running; }
    /// `keepAlive` returns a reference a run holds until it ends; `sessionCancel` (kept by QPointer) cancels runs.
    void bindToSession(std::function<std::shared_ptr<void>()> keepAlive, OpenAi::CancelToken *sessionCancel);

signals:
    void jobChanged(const QString &jobId);

private:
    Workspace &m_workspace;
    OpenAi::OpenAiClient &m_client;
    bool m_running = false;
    std::function<std::shared_ptr<void>()> m_keepAlive;
    QPointer<OpenAi::CancelToken> m_sessionCancel;
};
