// FakeOpenAiServer: an in-process, stateful Assistants-v2 server on 127.0.0.1 for tests, the benchmark and
// trying the app without an account (assistant-desk-fake-server).
//
// It speaks HTTP/1.1 over QTcpServer (keep-alive, in-order answers to pipelined requests, Content-Length and
// chunked bodies) and behaves like the real API where the app depends on it:
// - ids asst_…, file-…, vs_…, vsfb_…; created_at in Unix seconds; `x-request-id` on every answer;
// - lists with limit / order / after / before (no before on /files) and {object, data, first_id, last_id,
//   has_more}, first_id / last_id null on an empty page;
// - `Authorization: Bearer <key>` required (401 without or with a wrong key); `OpenAI-Beta: assistants=v2` required
//   on /assistants… and /vector_stores… (400 code invalid_beta); unknown body fields and wrong types → 400 with
//   `param`; unknown ids → 404 envelopes;
// - multipart uploads keep the exact bytes; GET /files/{id}/content returns them;
// - threads, messages and runs (Assistants v2, `OpenAI-Beta` required) and `POST /responses`, both streamed as
//   server-sent events when asked (`stream: true`), answered by a deterministic model:
//   - the answer echoes the last user message: "Echo: <text>";
//   - "call <function> <json-args>" makes the assistant call that function when it has a function tool of that name
//     (a run then ends in `requires_action`, a response with a `function_call` item); after the tool output the
//     answer is "Result: <output>";
//   - with file search on and a vector store holding files, the answer cites the store's first file (a
//     `file_citation` annotation; Assistants: the marker "【4:0†<filename>】" ends the text and the delta carries a
//     quote, the first line of the file; Responses: a `file_search_call` item, its results when `include` asks);
//   - a message containing "run code" with the code interpreter on runs code: a `code_interpreter` tool-call step
//     (Assistants) or a `code_interpreter_call` item (Responses) with input `print(<text>)` and the text as its log;
//   - usage counts words (whitespace-separated): prompt/input = the instructions, every message of the thread or
//     response chain so far and the tool outputs; completion/output = the answer and any function arguments;
//   - a run answers 400 while another run of its thread is active, messages cannot be added meanwhile, tool outputs
//     must answer every pending call; a cancelled run ends `cancelled`; a run or response whose stream broke off
//     stays in progress (the model is "still thinking") until it is cancelled.
// Fault injection (addFault) answers the next N matching requests with a status, a malformed or HTML body, a delay,
// a dropped connection, or performs the request and then drops or stalls the answer (an "unknown outcome");
// addStreamFault cuts, holds or spoils the next N streamed answers after a number of events.
// With the environment variable ADESK_FAKE_WIRE_LOG=<file> every request body, JSON answer and streamed event is
// appended to <file> as one JSON object per line ({"kind": "request" | "response" | "event", …}), so the traffic of a
// test run can be checked against the OpenAPI description outside the build.
// Threading: the thread that created it; it runs on that thread's event loop.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>

class QFile;
class QTcpServer;
class QTcpSocket;

class FakeOpenAiServer : public QObject
{
    Q_OBJECT
public:
    struct LoggedRequest {
        QByteArray method;
        QString path;        // e.g. "/v1/assistants"
        QString query;       // without '?'
        QHash<QByteArray, QByteArray> headers;   // lower-case names
        qint64 bodySize = 0;
        QByteArray body;     // kept for bodies up to 64 KiB
        int status = 0;      // the status answered (0 when the connection was dropped)

        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    };

    struct Fault {
        enum class Action {
            Status,           // answer `status` with an error envelope (and Retry-After headers if set); no effect
            Malformed,        // answer 200 with a truncated JSON body; no effect
            Html,             // answer `status` with an HTML error page; no effect
            Drop,             // close the connection without a byte of answer; no effect
            Delay,            // perform the request normally, answer after delayMs
            PerformThenDrop,  // perform the request, then send the head and half the body and close
            PerformThenStall, // perform the request, never answer (the client times out); closed after delayMs
        };
        QByteArray method;              // empty: any method
        QRegularExpression path;        // matched against the path after /v1, e.g. "^/assistants$"
        int count = 1;                  // how many matching requests it affects
        Action action = Action::Status;
        int status = 500;
        QByteArray retryAfter;          // Retry-After header value
        QByteArray retryAfterMs;        // retry-after-ms header value
        int delayMs = 0;
        QString message;                // error.message (default per status)
    };

    /// A streamed answer's fault (addStreamFault).
    struct StreamFault {
        enum class Action {
            Cut,            // close the connection after `afterEvents` events, without ending the stream
            Hold,           // send `afterEvents` events, then nothing more until the client goes away
            MalformedLines, // after `afterEvents` events, lines that are no valid events (no colon, broken JSON)
            UnknownEvent,   // after `afterEvents` events, an event of a type the API does not have
        };
        QRegularExpression path;        // matched against the path after /v1, e.g. "^/threads/[^/]+/runs$"
        Action action = Action::Cut;
        int afterEvents = 0;
        int count = 1;                  // how many streamed answers it affects
    };

    /// One event the server streamed (for assertions).
    struct StreamedEvent {
        QString path;                   // the request's path after /v1
        QByteArray event;
        QByteArray data;
    };

    explicit FakeOpenAiServer(QObject *parent = nullptr);
    ~FakeOpenAiServer() override;

    /// Listens on 127.0.0.1 (port 0: any free port).
    bool listen(quint16 port = 0);
    quint16 port() const;
    QString baseUrl() const;   // "http://127.0.0.1:<port>/v1"

    void setApiKey(const QString &key) { m_apiKey = key; }
    QString apiKey() const { return m_apiKey; }
    /// Delay added to every answer (the benchmark's "added latency").
    void setLatency(int ms) { m_latencyMs = ms; }
    /// Answers 404 on every /assistants… path, like a server without the Assistants API.
    void setAssistantsApiMissing(bool missing) { m_assistantsMissing = missing; }
    /// How many GETs of a file batch still answer in_progress before it completes (default 1).
    void setBatchPollsUntilDone(int polls) { m_batchPolls = polls; }
    /// Assistant fields the server accepts on create and modify but does not keep (e.g. "top_p", "metadata"): the
    /// request succeeds and the stored assistant keeps its default or previous value.
    void setDroppedFields(const QStringList &fields) { m_droppedFields = fields; }
    /// Answers 404 "Invalid URL" on every /vector_stores/{id}/file_batches… path, like a server without batches.
    void setFileBatchesMissing(bool missing) { m_batchesMissing = missing; }

    /// Adds `count` assistants ("Seed assistant N") and `count` small files, created_at in the past.
    void seed(int count);
    void addFault(const Fault &fault);
    /// Shorthand: answer the next `count` requests matching method + path with `status`.
    void failNext(const QByteArray &method, const QString &pathPattern, int count, int status,
                  const QByteArray &retryAfter = {}, const QByteArray &retryAfterMs = {});
    void clearFaults() { m_faults.clear(); }
    /// Answers each request, at random (seeded, so a run can be replayed), with 429 (retry-after-ms 20) at
    /// `rate429` and with 500 at `rate500` instead of performing it; 0 and 0 turn it off.
    void setRandomFaults(double rate429, double rate500, quint32 seed = 1);
    /// Like a server that limits requests in flight: one that arrives while `limit` others are being answered
    /// gets 429 with `retry-after-ms: 20` and is not performed; 0 turns it off.
    void setConcurrencyLimit(int limit) { m_concurrencyLimit = limit; }
    /// Requests answered 429 or 500 by setRandomFaults() or setConcurrencyLimit() so far.
    int injectedFaults() const { return m_injected; }
    /// Applies to the next `count` streamed answers whose path matches; several faults may apply to one answer.
    void addStreamFault(const StreamFault &fault);
    /// Milliseconds between two events of a streamed answer (default 0: as fast as the socket takes them).
    void setStreamEventDelay(int ms);

    // --- state, for assertions ---------------------------------------------------------------------------------
    QList<QJsonObject> assistants() const { return m_assistants; }
    QList<QJsonObject> files() const { return m_files; }
    QList<QJsonObject> vectorStores() const { return m_vectorStores; }
    QList<QJsonObject> vectorStoreFiles(const QString &vectorStoreId) const;
    QByteArray fileContent(const QString &fileId) const { return m_fileContents.value(fileId); }
    QString addAssistant(const QJsonObject &fields);   // returns the new id (fields may carry an "id")
    /// A file with purpose `assistants` (id generated when empty); returns its id.
    QString addFile(const QString &filename, const QByteArray &content, const QString &id = {});
    /// A vector store holding `fileIds` with the given usage_bytes (id generated when empty); returns its id.
    QString addVectorStore(const QString &name, const QStringList &fileIds, qint64 usageBytes = 0,
                           const QString &id = {});
    /// Sets created_at (and last_active_at of a store) of any object to `daysAgo` days before now.
    void backdate(const QString &id, int daysAgo);
    /// The orphan scenario that tests/data/orphans-workspace.json describes from the workspace side:
    /// - asst_LIVE (linked to the workspace's live "Helpdesk"): code interpreter file-LIVECI, store vs_LIVE;
    /// - asst_STRAY ("Stray assistant", in no workspace): code interpreter file-STRAYCI, store vs_STRAY;
    /// - vs_LIVE {file-SHARED, file-INLIVE}; vs_STRAY {file-INSTRAY}; vs_OLD {file-OLDFS, file-SHARED} (120 MB, used
    ///   by the archived "Old helper"); vs_LOOSE {file-LOOSE2} (used by nothing);
    /// - files file-LIVECI, file-SHARED, file-INLIVE, file-STRAYCI, file-INSTRAY, file-OLDCI, file-OLDFS, file-LOOSE,
    ///   file-LOOSE2 (purpose assistants) and file-TUNE (purpose fine-tune).
    /// Orphans: files file-OLDCI, file-OLDFS, file-LOOSE, file-LOOSE2; stores vs_OLD, vs_LOOSE.
    void seedOrphanScenario();

    /// Threads, their messages (oldest first) and runs (oldest first); responses (oldest first).
    QList<QJsonObject> threads() const;
    QList<QJsonObject> messages(const QString &threadId) const;
    QList<QJsonObject> runs(const QString &threadId = {}) const;
    QJsonObject run(const QString &runId) const;      // empty when unknown
    QList<QJsonObject> responses() const;
    QJsonObject response(const QString &responseId) const;   // empty when unknown
    /// Every event streamed so far, in order.
    QList<StreamedEvent> streamedEvents() const;
    /// Streamed answers whose connection is still open (held or being written).
    int openStreams() const { return m_openStreams; }

    const QList<LoggedRequest> &requests() const { return m_log; }
    void clearRequests() { m_log.clear(); }
    /// Most requests in flight at once since the last reset (a request counts from its full receipt to its answer).
    int maxConcurrent() const { return m_maxInFlight; }
    void resetMaxConcurrent() { m_maxInFlight = m_inFlight; }

    // Defined in fakeserverinternal.h, for the server's own source files.
    struct Request;
    struct Response;
    struct ChatState;

signals:
    /// The head of a request arrived (its body may still be on its way).
    void requestStarted(const QByteArray &method, const QString &path);
    /// A request was fully received and logged.
    void requestLogged(int index);

private:
    struct Connection;

    void onNewConnection();
    void onReadyRead(Connection *c);
    bool parseOne(Connection *c);
    void dispatch(Connection *c, Request request);
    void flush(Connection *c);
    Response handle(const Request &request);
    Response route(const Request &request);

    Response assistantsRoute(const Request &r, const QStringList &segments);
    Response filesRoute(const Request &r, const QStringList &segments);
    Response vectorStoresRoute(const Request &r, const QStringList &segments);
    Response modelsRoute(const Request &r, const QStringList &segments);
    Response uploadFile(const Request &r);
    // fakethreads.cpp, fakeresponses.cpp: the conversations
    Response threadsRoute(const Request &r, const QStringList &segments);
    Response createRun(const Request &r, const QString &threadId);
    Response submitToolOutputs(const Request &r, const QString &runId);
    Response cancelRun(const QString &threadId, const QString &runId);
    Response responsesRoute(const Request &r, const QStringList &segments);
    Response createResponse(const Request &r);
    void applyStreamFaults(const QString &apiPath, Response &response);
    void pumpStream(Connection *c);

    QString newId(const char *prefix);
    qint64 nextCreatedAt();

    std::unique_ptr<QTcpServer> m_server;
    QList<Connection *> m_connections;
    QString m_apiKey = QStringLiteral("sk-fake-test-key");
    int m_latencyMs = 0;
    bool m_assistantsMissing = false;
    int m_batchPolls = 1;
    QStringList m_droppedFields;
    bool m_batchesMissing = false;
    QList<Fault> m_faults;
    double m_rate429 = 0;
    double m_rate500 = 0;
    quint32 m_seed = 1;
    QHash<QString, int> m_draws;   // request → how often it was drawn for
    int m_concurrencyLimit = 0;
    int m_injected = 0;
    QList<LoggedRequest> m_log;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    quint64 m_counter = 0;
    qint64 m_lastCreatedAt = 0;

    QList<QJsonObject> m_assistants;
    QList<QJsonObject> m_files;
    QHash<QString, QByteArray> m_fileContents;
    QList<QJsonObject> m_vectorStores;
    QHash<QString, QList<QJsonObject>> m_vectorStoreFiles;
    QHash<QString, QJsonObject> m_batches;       // batch id → object
    QHash<QString, int> m_batchPollsLeft;
    std::unique_ptr<ChatState> m_chat;           // threads, messages, runs, responses, stream faults
    std::unique_ptr<QFile> m_wireLog;            // ADESK_FAKE_WIRE_LOG
    void logWire(const QJsonObject &record);
    int m_openStreams = 0;
};
