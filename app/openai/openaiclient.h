// OpenAiClient: every call Assistant Desk makes to an Assistants-v2 server (../shared/spec/README.md).
//
// Style: each operation is a QCoro coroutine returning QCoro::Task<Result<T>>; co_await it from another coroutine,
// or use QCoro::connect(task, context, callback) from widgets. Objects are returned as the server's JSON
// (QJsonObject), exactly as the wire carries them.
//
// Promises:
// - One QNetworkAccessManager, given by the caller and shared by the whole app; the client never creates another.
// - Every request carries `Authorization: Bearer <key>`, `User-Agent: AssistantDesk/<version>`, and when set
//   `OpenAI-Organization` / `OpenAI-Project`; every /assistants…, /vector_stores… and /threads… request also carries
//   `OpenAI-Beta: assistants=v2`. Without a key nothing is sent (Error{Refused}).
// - Retries follow domain.md §5.6 (RetryPolicy): connection errors, timeouts, 408, 409, 429, 5xx; at most 3 repeats.
//   Waits go through the Sleeper seam. A create (assistant, vector store, file) whose outcome is unknown (timeout,
//   dropped connection, 5xx) is repeated only after looking for the object it may have made — an assistant or
//   vector store whose metadata.assistant_desk_id matches, a file with the same filename and size created since
//   the first attempt — and that object is adopted instead (so retries never leave duplicates).
// - Every request has a timeout (default 60 s; an upload times out only after that long without progress).
// - At most `concurrency` requests (default 8, 1–32) are in flight at once across all calls of this client;
//   the others wait in FIFO order. Retry delays do not hold a slot. Under rate limits the number shrinks: a 429
//   halves it (once per round of requests in flight together), each success grows it back by 1/current (additive
//   increase, multiplicative decrease), never above `concurrency`; a 429 with Retry-After / retry-after-ms also
//   holds every new request until that time, so the workers back off together.
// - Lists are read to the end: `limit=100&order=asc` (files: `limit=10000`), then `after=<last_id>` while
//   `has_more`, stopping on an empty page or a repeated last_id; each object is returned once.
// - Cancelling (CancelToken::cancel) aborts the request in flight at once, ends waits, and yields
//   Error{Cancelled}; a cancelled upload leaves nothing on the server (its body was never completed).
// - Errors carry an OpenAi::ApiError (Error::api) with status, message, param, code and x-request-id; messages are
//   those of domain.md §10 and never contain the key.
// - Streamed calls (runs, tool outputs, responses: `stream: true`) deliver the server-sent events to a handler as
//   they arrive, from the client's thread, while the call runs. Before the first byte of the stream they are retried
//   like any request (429, 5xx, connection errors, timeouts; same policy, pauses and concurrency slots — a stream
//   holds its slot until it ends). From the first byte on they are never repeated. A stream is complete once its
//   last event arrived (runs: `done` or `error`; responses: `response.completed`, `.incomplete`, `.failed` or
//   `error`); one that ends before it — the connection broke, an event passed the parser's cap, nothing came for
//   the timeout — gives a StreamOutcome that is not complete, and what arrived has been delivered. Cancelling aborts the stream at once (Error{Cancelled});
//   no event is delivered after the token was cancelled.
// Lifetime and threading: the client, its QNetworkAccessManager and any CancelToken passed in must outlive the
// calls' tasks. Use from the thread that owns the QNetworkAccessManager only. Arguments are taken by value, so
// temporaries passed to a call are safe.
#pragma once

#include "core/result.h"
#include "openai/canceltoken.h"
#include "openai/connection.h"
#include "openai/retrypolicy.h"
#include "openai/sleeper.h"
#include "openai/sse.h"

#include <QCoro/QCoroTask>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace OpenAi {

struct ClientOptions {
    std::chrono::milliseconds timeout{60000};           // per attempt; for uploads: without progress
    RetryPolicy retry;
    int concurrency = 8;                                 // clamped to 1–32
    std::chrono::seconds clockSkew{120};                 // widens the "created since the first attempt" window
    std::chrono::milliseconds batchPollInterval{1000};
    std::chrono::milliseconds batchPollLimit{60000};
};

/// Upload progress of one call: bytes of the request body sent so far and its total. Reported values never go
/// backwards, also across retries.
using ProgressCallback = std::function<void(qint64 sent, qint64 total)>;

/// Receives each event of a streamed call as it arrives. It may cancel the call's token (no further event follows)
/// but must not destroy the client.
using StreamHandler = std::function<void(const SseEvent &event)>;

/// How a streamed call ended once its stream had begun (a 2xx answer of type text/event-stream).
struct StreamOutcome {
    bool complete = true;   // false: the stream broke off before its last event; the events before were delivered
    QString problem;        // why it is not complete (translated), e.g. the transport error
    int events = 0;         // events delivered
    int attempts = 1;       // attempts it took to start the stream
    QString requestId;      // x-request-id of the streaming answer
};

class OpenAiClient : public QObject
{
    Q_OBJECT
public:
    explicit OpenAiClient(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~OpenAiClient() override;

    void setConnection(const Connection &connection);
    const Connection &connection() const { return m_connection; }
    /// The key lives only here, in memory. It is redacted from every message the client produces.
    void setApiKey(const QString &key);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }

    void setOptions(const ClientOptions &options);
    const ClientOptions &options() const { return m_options; }
    void setTimeout(std::chrono::milliseconds timeout) { m_options.timeout = timeout; }
    void setConcurrency(int concurrency);
    int concurrency() const;
    /// Seams for tests. The sleeper is not owned (null restores the timer); clock and random default to
    /// QDateTime::currentDateTimeUtc and QRandomGenerator.
    void setSleeper(Sleeper *sleeper);
    void setClock(std::function<QDateTime()> clock);
    void setRandom(std::function<double()> random01);

    /// How many requests may be in flight now: concurrency() or less while the server rate-limits us.
    int effectiveConcurrency() const;
    /// Requests in flight and calls waiting for a slot, for progress displays and tests.
    int activeRequests() const;
    int waitingRequests() const;

    // --- models --------------------------------------------------------------------------------------------------
    QCoro::Task<Result<QList<QJsonObject>>> listModels(CancelToken *cancel = nullptr);

    // --- assistants ----------------------------------------------------------------------------------------------
    /// POST /assistants with `body` (see AssistantWire). body.metadata.assistant_desk_id identifies the object for
    /// the no-duplicate lookup; without it an unknown outcome is not retried.
    QCoro::Task<Result<QJsonObject>> createAssistant(QJsonObject body, CancelToken *cancel = nullptr);
    QCoro::Task<Result<QJsonObject>> retrieveAssistant(QString assistantId, CancelToken *cancel = nullptr);
    /// GET /assistants?limit=1: one page, to learn whether the server offers the Assistants API (domain.md §4, §8).
    QCoro::Task<Result<QJsonObject>> probeAssistantsApi(CancelToken *cancel = nullptr);
    QCoro::Task<Result<QJsonObject>> modifyAssistant(QString assistantId, QJsonObject body,
                                                     CancelToken *cancel = nullptr);
    QCoro::Task<Status> deleteAssistant(QString assistantId, CancelToken *cancel = nullptr);
    QCoro::Task<Result<QList<QJsonObject>>> listAssistants(CancelToken *cancel = nullptr);

    // --- files ---------------------------------------------------------------------------------------------------
    /// POST /files, multipart: `purpose=assistants` and part `file` named `filename`, streamed from `localPath`.
    QCoro::Task<Result<QJsonObject>> uploadFile(QString localPath, QString filename, ProgressCallback progress = {},
                                                CancelToken *cancel = nullptr);
    QCoro::Task<Result<QJsonObject>> retrieveFile(QString fileId, CancelToken *cancel = nullptr);
    /// GET /files?purpose=assistants&limit=10000, all pages.
    QCoro::Task<Result<QList<QJsonObject>>> listFiles(CancelToken *cancel = nullptr);
    QCoro::Task<Status> deleteFile(QString fileId, CancelToken *cancel = nullptr);
    QCoro::Task<Result<QByteArray>> downloadFileContent(QString fileId, CancelToken *cancel = nullptr);

    // --- vector stores -------------------------------------------------------------------------------------------
    /// POST /vector_stores; body.metadata.assistant_desk_id serves the no-duplicate lookup as for assistants.
    QCoro::Task<Result<QJsonObject>> createVectorStore(QJsonObject body, CancelToken *cancel = nullptr);
    QCoro::Task<Result<QJsonObject>> retrieveVectorStore(QString vectorStoreId, CancelToken *cancel = nullptr);
    QCoro::Task<Result<QJsonObject>> modifyVectorStore(QString vectorStoreId, QJsonObject body,
                                                       CancelToken *cancel = nullptr);
    QCoro::Task<Status> deleteVectorStore(QString vectorStoreId, CancelToken *cancel = nullptr);
    QCoro::Task<Result<QList<QJsonObject>>> listVectorStores(CancelToken *cancel = nullptr);

    QCoro::Task<Result<QJsonObject>> addVectorStoreFile(QString vectorStoreId, QString fileId,
                                                        CancelToken *cancel = nullptr);
    QCoro::Task<Result<QList<QJsonObject>>> listVectorStoreFiles(QString vectorStoreId, CancelToken *cancel = nullptr);
    QCoro::Task<Status> removeVectorStoreFile(QString vectorStoreId, QString fileId, CancelToken *cancel = nullptr);

    /// POST /vector_stores/{vs}/file_batches with `file_ids` (1–500 ids; more is refused before sending).
    QCoro::Task<Result<QJsonObject>> createFileBatch(QString vectorStoreId, QStringList fileIds,
                                                     CancelToken *cancel = nullptr);
    QCoro::Task<Result<QJsonObject>> retrieveFileBatch(QString vectorStoreId, QString batchId,
                                                       CancelToken *cancel = nullptr);
    /// Creates a batch and polls it every batchPollInterval while `in_progress`, for at most batchPollLimit.
    /// Returns the last batch object seen (its `status` may still be `in_progress` when the limit was reached).
    QCoro::Task<Result<QJsonObject>> createFileBatchAndWait(QString vectorStoreId, QStringList fileIds,
                                                            CancelToken *cancel = nullptr);

    // --- threads, messages and runs (Assistants v2; streamed runs) -----------------------------------------------
    /// POST /threads with `body` (CreateThreadRequest; `{}` for an empty thread).
    QCoro::Task<Result<QJsonObject>> createThread(QJsonObject body = {}, CancelToken *cancel = nullptr);
    QCoro::Task<Status> deleteThread(QString threadId, CancelToken *cancel = nullptr);
    /// POST /threads/{id}/messages with `body` (CreateMessageRequest, e.g. {"role": "user", "content": "…"}).
    QCoro::Task<Result<QJsonObject>> createMessage(QString threadId, QJsonObject body, CancelToken *cancel = nullptr);
    /// GET /threads/{id}/messages, all pages, oldest first.
    QCoro::Task<Result<QList<QJsonObject>>> listMessages(QString threadId, CancelToken *cancel = nullptr);
    /// POST /threads/{id}/runs with `body` (CreateRunRequest; `stream: true` is set here), streamed to `onEvent`.
    QCoro::Task<Result<StreamOutcome>> createRunStreamed(QString threadId, QJsonObject body, StreamHandler onEvent,
                                                         CancelToken *cancel = nullptr);
    /// POST /threads/{id}/runs/{run}/submit_tool_outputs with {"tool_outputs": toolOutputs, "stream": true}; the
    /// run continues on the returned stream.
    QCoro::Task<Result<StreamOutcome>> submitToolOutputsStreamed(QString threadId, QString runId,
                                                                 QJsonArray toolOutputs, StreamHandler onEvent,
                                                                 CancelToken *cancel = nullptr);
    /// POST /threads/{id}/runs/{run}/cancel; returns the run (status `cancelling` or `cancelled`).
    QCoro::Task<Result<QJsonObject>> cancelRun(QString threadId, QString runId, CancelToken *cancel = nullptr);

    // --- Responses API ------------------------------------------------------------------------------------------
    /// POST /responses with `body` (CreateResponse; `stream: true` is set here), streamed to `onEvent`.
    QCoro::Task<Result<StreamOutcome>> createResponseStreamed(QJsonObject body, StreamHandler onEvent,
                                                              CancelToken *cancel = nullptr);
    /// DELETE /responses/{id}: a stored response.
    QCoro::Task<Status> deleteResponse(QString responseId, CancelToken *cancel = nullptr);

    // --- no duplicates across crashes (domain.md §5.6) -----------------------------------------------------------
    enum class CreatedKind { Assistant, VectorStore, File };
    /// Looks for an object an earlier create may have made, the same way a retry does: an assistant or vector
    /// store whose metadata.assistant_desk_id is `marker` (newest first, stopping at objects older than `since`),
    /// or a file named `marker` with `bytes` bytes created since `since`. Empty when none is found.
    QCoro::Task<Result<std::optional<QJsonObject>>> lookForCreated(CreatedKind kind, QString marker, qint64 bytes,
                                                                   QDateTime since, CancelToken *cancel = nullptr);

private:
    struct Request;
    struct Attempt;
    struct StreamState;
    class Limiter;

    QCoro::Task<quint64> acquireSlot(QPointer<CancelToken> cancel);   // 0 when cancelled while waiting
    void releaseSlot();
    QNetworkRequest networkRequest(const Request &request) const;
    Attempt finishAttempt(const Request &request, QNetworkReply *reply, quint64 ticket, bool cancelled, bool timedOut,
                          qint64 elapsedMs);
    Error noKeyError(const Request &request) const;
    QCoro::Task<bool> waitBeforeAttempt(const Request &request, int attempt, const Attempt &last,
                                        QPointer<CancelToken> cancel);
    QCoro::Task<Result<StreamOutcome>> executeStream(Request request, StreamHandler onEvent,
                                                     std::function<bool(const SseEvent &)> isLast,
                                                     QPointer<CancelToken> cancel);
    QCoro::Task<Attempt> sendStreamOnce(const Request &request, QPointer<CancelToken> cancel, StreamState &stream);

    QCoro::Task<Result<QJsonObject>> executeJson(Request request, QPointer<CancelToken> cancel,
                                                 ProgressCallback progress = {});
    /// `requestId`, when given, receives the x-request-id of the answer the body came from (it must outlive the call).
    QCoro::Task<Result<QByteArray>> execute(Request request, QPointer<CancelToken> cancel, ProgressCallback progress,
                                            QString *requestId = nullptr);
    QCoro::Task<Attempt> sendOnce(const Request &request, QPointer<CancelToken> cancel,
                                  const std::function<void(qint64, qint64)> &onProgress);
    QCoro::Task<Result<std::optional<QJsonObject>>> findCreated(const Request &request, QDateTime firstAttempt,
                                                                QPointer<CancelToken> cancel);
    QCoro::Task<Result<QList<QJsonObject>>> listAll(QString path, QUrlQuery query, QPointer<CancelToken> cancel,
                                                    std::function<bool(const QJsonObject &)> stopBefore = {});
    Error errorFor(const Request &request, const Attempt &attempt, int attempts) const;

    QNetworkAccessManager *m_nam;
    Connection m_connection;
    QString m_apiKey;
    ClientOptions m_options;
    std::unique_ptr<Limiter> m_limiter;
    TimerSleeper m_timerSleeper;
    Sleeper *m_sleeper = &m_timerSleeper;
    std::function<QDateTime()> m_clock;
    std::function<double()> m_random;
    QDateTime m_pausedUntil;   // after a 429 with Retry-After: no request is sent before it
};

} // namespace OpenAi
