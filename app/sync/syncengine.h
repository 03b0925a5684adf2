// SyncEngine: the sync operations that talk to the server — check, check all, import by id and import all, pull —
// on top of OpenAiClient and Workspace (domain.md §4, §5.3, §5.5).
//
// Promises:
// - A check stores the fetched snapshot and the computed status in one transaction; a failed check stores
//   "check failed" with the error and keeps the last successful result (never "in sync").
// - Check and import only read from the server. Pull writes only the workspace, in one transaction.
// - Check all checks every non-archived record with a remote id, with at most `concurrency` checks at a time,
//   listing /files once first so no per-file request is needed; cancel starts no new checks and aborts running ones
//   (aborted records keep their previous status).
// - Import never duplicates: a remote id already linked (archived records and versions included) only refreshes
//   that record's snapshot.
// Lifetime: the workspace and client must outlive every task. Signals fire on the owning thread.
#pragma once

#include "core/result.h"
#include "openai/canceltoken.h"
#include "storage/importlisting.h"
#include "sync/pushplan.h"
#include "domain/syncstate.h"

#include <QCoro/QCoroTask>

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>
#include <utility>

class Workspace;
namespace OpenAi {
class OpenAiClient;
}

struct CheckAllSummary {
    int total = 0;
    int inSync = 0;
    int outOfSync = 0;
    int missing = 0;
    int failed = 0;
    int notRun = 0;            // cancelled before they ran
    int neverPushed = 0;       // records not in OpenAI: nothing to check, no request (§4)
    bool cancelled = false;
    /// "In sync 30 · Out of sync 5 · Missing remotely 1 · Check failed 2"
    QString text() const;
};

struct ImportOutcome {
    QString remoteId;
    QString localId;           // the record created or refreshed
    bool alreadyLinked = false;
    QString message;           // "Already in the workspace as “<name>”." or the error
    QStringList warnings;
    bool ok = false;
    bool cancelled = false;    // aborted by the cancel token (message is the cancellation)
    ErrorKind errorKind = ErrorKind::Storage;   // of the failure behind `message` when !ok (CLI exit status)
};

struct PushOutcome {
    PushPlan plan;
    int stepsDone = 0;
    int failedStep = -1;          // index into plan.steps, -1 when none failed
    QString error;                // "Push failed at “<step>”: <message>. Your changes are saved and marked Not pushed."
    QStringList notKept;          // fields the server accepted but did not keep
    QStringList failedFiles;      // files that failed to index in the vector store
    std::optional<SyncState> state;   // from the check after the push
    /// Files this push uploaded, as their upload replies described them (the check after the push reads no
    /// GET /files/{id} for them).
    QHash<QString, RemoteFileInfo> uploadedFiles;
    bool ok = false;
    /// What made `error`: its kind and, for a server's answer, the ApiError (the CLI's exit status: 4 for network
    /// and server errors, 1 otherwise).
    Error cause;
};

class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(Workspace &workspace, OpenAi::OpenAiClient &client, QObject *parent = nullptr);

    /// Checks one record. Returns the stored state; an Error only when nothing could be stored (unknown id,
    /// cancelled, storage failure) — a server failure is a stored "check failed" state, returned as a value.
    QCoro::Task<Result<SyncState>> check(QString assistantId, OpenAi::CancelToken *cancel = nullptr);
    QCoro::Task<CheckAllSummary> checkAll(int concurrency = 8, OpenAi::CancelToken *cancel = nullptr);
    QCoro::Task<CheckAllSummary> checkMany(QStringList assistantIds, int concurrency = 8, OpenAi::CancelToken *cancel = nullptr);

    QCoro::Task<ImportOutcome> importRemote(QString remoteId, OpenAi::CancelToken *cancel = nullptr);
    /// Every remote assistant (all pages): each imported on its own; a failure does not stop the others. Like
    /// importSelected it lists /files once (one paged listing) and then imports at most client.concurrency()
    /// assistants at a time (retrieve + the stores' file listings; GET /files/{id} only for ids the listing lacks).
    /// Emits progress() after each.
    QCoro::Task<Result<QList<ImportOutcome>>> importAll(OpenAi::CancelToken *cancel = nullptr);
    /// "Import all from OpenAI…", step 1 (§5.5): every remote assistant (all pages, §3.4) with the workspace record
    /// already linked to it (archived records and versions included). Only reads from the server. The listing is kept
    /// with its time for the offline view (ImportListing::save); failing to keep it is logged, not returned.
    QCoro::Task<Result<QList<RemoteListingRow>>> listForImport(OpenAi::CancelToken *cancel = nullptr);
    /// Step 2: imports each of `remoteIds` on its own, at most client.concurrency() at a time; a failure does not
    /// stop the others; each import is one transaction. Emits importProgress() after each. Cancel starts no new
    /// import and aborts the running ones, which make nothing: the outcomes (in the order of `remoteIds`) hold only
    /// the imports that finished.
    QCoro::Task<QList<ImportOutcome>> importSelected(QStringList remoteIds, OpenAi::CancelToken *cancel = nullptr);

    /// Pull ("Update from OpenAI"): fetch as a check does and take the remote state into the working record.
    QCoro::Task<Result<SyncState>> pull(QString assistantId, OpenAi::CancelToken *cancel = nullptr);

    /// Validates (no request on failure), refreshes the snapshot and computes the plan (domain.md §5.2 steps 1–3).
    QCoro::Task<Result<PushPlan>> planPush(QString assistantId, OpenAi::CancelToken *cancel = nullptr);
    /// Plans and runs the push; each returned remote id is stored at once; the record is checked again afterwards.
    QCoro::Task<PushOutcome> push(QString assistantId, OpenAi::CancelToken *cancel = nullptr);

signals:
    void pushStepStarted(int index, const QString &text);
    /// A push step ended (`ok` false: it failed). Uploads run concurrently, so steps may end out of order.
    void pushStepFinished(int index, bool ok);
    /// Upload step `index` has sent `sent` of its file's `total` bytes.
    void pushUploadProgress(int index, qint64 sent, qint64 total);
    /// All uploads of the running push together: `sent` of `total` bytes (total 0: the push uploads nothing).
    void pushUploadTotal(qint64 sent, qint64 total);
    void checkStarted(const QString &assistantId);
    void checkFinished(const QString &assistantId);
    void progress(int done, int total);
    /// importSelected(): `done` of `total` imports have finished.
    void importProgress(int done, int total);

private:
    struct Fetch;
    /// What the imports of one run share: the remote ids already linked (→ local id and name) and, when the one
    /// /files listing succeeded, every file's name and size.
    struct ImportContext {
        QHash<QString, std::pair<QString, QString>> linked;
        std::optional<QHash<QString, RemoteFileInfo>> files;
    };
    /// Remote id → (local id, name) of every linked record, archived ones and versions included.
    QHash<QString, std::pair<QString, QString>> linkedRemoteIds() const;
    QCoro::Task<ImportOutcome> importOne(QString remoteId, const ImportContext &context, OpenAi::CancelToken *cancel);
    /// The bounded pool of imports behind importAll and importSelected (at most client.concurrency() at a time).
    QCoro::Task<QList<ImportOutcome>> importMany(QStringList remoteIds, OpenAi::CancelToken *cancel,
                                                 bool emitImportProgress);
    /// `progress`: for an Upload step, the bytes of its file sent so far.
    QCoro::Task<Status> runStep(const Assistant &assistant, const PushStep &step, PushOutcome &outcome,
                                OpenAi::CancelToken *cancel, std::function<void(qint64 sent, qint64 total)> progress = {});
    QCoro::Task<Status> addToStore(QString storeId, QStringList remoteFileIds, PushOutcome &outcome,
                                   OpenAi::CancelToken *cancel);
    /// `knownFiles`: file names and sizes already known by id. When `knownIsComplete` it names every file that
    /// exists (Check all's listing) and an id it lacks is taken as gone; otherwise such an id is read with
    /// GET /files/{id}.
    QCoro::Task<Fetch> fetchSnapshot(QString remoteId, const QHash<QString, RemoteFileInfo> *knownFiles,
                                     OpenAi::CancelToken *cancel, bool knownIsComplete = true);
    QCoro::Task<Result<SyncState>> checkWith(QString assistantId, const QHash<QString, RemoteFileInfo> *knownFiles,
                                             OpenAi::CancelToken *cancel, bool knownIsComplete = true);

    Workspace &m_workspace;
    OpenAi::OpenAiClient &m_client;
};
