// A conversation with an assistant (domain.md §12), the core the Try tab, Compare and the CLI's `test` share: one
// target (an assistant record as plain values, possibly unsaved) and one way, chosen when it is made.
//
// Ways:
// - Assistants: the assistant as the server holds it (Target::assistant.remoteId; the record must be pushed). The
//   first message makes a thread (POST /threads); each message is added to it and answered by a streamed run; a
//   function call ends the run's stream in requires_action and submitFunctionResult() continues it
//   (submit_tool_outputs, streamed). close() deletes the thread.
// - Responses: POST /responses, streamed, with the record's Responses configuration (ResponsesExport: model,
//   instructions, temperature, top_p, tools), `include` asking for file-search results and code-interpreter outputs
//   when those tools are on, and the conversation carried by previous_response_id; a function call's result is sent
//   as a function_call_output item. Works for unsaved and never-pushed records. close() deletes the responses the
//   conversation made.
//
// Promises:
// - send() starts a turn (the state becomes Streaming at once) and resolves once the turn is at rest: Done,
//   WaitingForFunctionResult, Incomplete, Failed or Stopped (also in state()). It is refused (Error{Refused},
//   nothing sent) while a turn streams or waits for a function result, after close(), or when the way cannot run the
//   target (see unavailableReason()); an invalid record is refused with its validation problems (domain.md §1.1).
// - While streaming, the signals report each text delta, citation (its file name resolved through the lookup),
//   code-interpreter activity and usage as they arrive, from the client's thread. functionCallRequested() is emitted
//   for each call once the turn waits for results.
// - Faults: errors before the answer began are retried by the client (429, 5xx, connection errors); if they persist
//   the turn is Failed with the error's message. A stream that breaks off after it began leaves the turn Incomplete,
//   keeping the partial text; retry() resends the turn (Assistants: a new run on the same thread, after cancelling the
//   broken one if it may still run; Responses: the same request again). Malformed or unknown events are ignored.
// - stop() takes effect at once: the turn is Stopped and nothing more of its answer is reported. The request is
//   aborted, and (Assistants) the run is cancelled at the server in the background (POST …/runs/{id}/cancel). When
//   the run was asked for but its id has not arrived yet, the stream is read on quietly until the id arrives (at most
//   StopGraceMs), then aborted and the run cancelled, so no run is left answering at the server. The next send(),
//   retry() and close() wait for that.
// - close() stops what runs, deletes the thread (Assistants) or the stored responses (Responses) and ends in Closed;
//   it reports the first deletion error but is Closed anyway. Call it before dropping a conversation that sent
//   something: the destructor only cancels (nothing can be awaited there).
// Lifetime and threading: the client must outlive the conversation; use from the client's thread. Destroying the
// conversation cancels its requests; tasks still pending then end with Error{Cancelled} and must not use it.
#pragma once

#include "conversation/turn.h"
#include "core/result.h"
#include "domain/assistant.h"
#include "domain/workspacefile.h"
#include "openai/canceltoken.h"
#include "openai/openaiclient.h"

#include <QCoro/QCoroTask>

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

struct ServerCapabilities;
class StreamReader;

class Conversation : public QObject
{
    Q_OBJECT
public:
    /// What a conversation talks to.
    struct Target {
        Assistant assistant;              // the working copy (possibly unsaved) or a version
        QList<WorkspaceFile> files;       // the workspace's files the record names (code-interpreter remote ids; names)
    };
    /// The workspace's name of a server file id; empty when unknown.
    using FileNameLookup = std::function<QString(const QString &remoteFileId)>;

    Conversation(OpenAi::OpenAiClient &client, Target target, ConversationWay way, QObject *parent = nullptr);
    ~Conversation() override;

    /// Why `way` cannot run `assistant` (translated), or empty when it can. `capabilities` (may be null) are the
    /// probed server's; an unknown capability does not rule a way out.
    static QString unavailableReason(ConversationWay way, const Assistant &assistant,
                                     const ServerCapabilities *capabilities = nullptr);

    /// Names for citations; by default the Target's files (remote file id → name) are used.
    void setFileNameLookup(FileNameLookup lookup);

    ConversationWay way() const { return m_way; }
    ConversationState state() const { return m_state; }
    const QList<Turn> &turns() const { return m_turns; }
    /// The calls the last turn waits for (WaitingForFunctionResult), without a result yet.
    QList<FunctionCall> pendingFunctionCalls() const;
    /// What this way leaves out or changes (translated), e.g. the Responses export's warnings.
    QStringList warnings() const { return m_warnings; }
    QString threadId() const { return m_threadId; }
    /// The response the next turn continues from (Responses).
    QString lastResponseId() const { return m_previousResponseId; }

    /// Sends `text` as the user's next message; resolves to the state the turn came to rest in.
    QCoro::Task<Result<ConversationState>> send(QString text);
    /// Answers the waiting call `callId`; once every call of the turn has its result the answer goes on.
    QCoro::Task<Result<ConversationState>> submitFunctionResult(QString callId, QString output);
    /// Resends the last turn after it ended Incomplete, Failed or Stopped; its partial answer is dropped.
    QCoro::Task<Result<ConversationState>> retry();
    /// Stops the streaming (or waiting) turn at once.
    void stop();
    QCoro::Task<Status> close();

signals:
    void stateChanged(ConversationState state);
    void turnStarted(int turn);
    void textDelta(int turn, const QString &delta);
    /// The answer of `turn` was replaced (its final text differs from what the deltas built).
    void answerChanged(int turn);
    void citationAdded(int turn, const Citation &citation);
    void codeActivityChanged(int turn, int index);
    void functionCallRequested(int turn, const FunctionCall &call);
    void usageChanged(int turn, const TokenUsage &usage);
    void turnFinished(int turn, ConversationState state);
    /// A step (a request and its stream) has returned; after a stop this may come later than turnFinished (see
    /// stop()). Internal: send(), retry() and close() wait for it.
    void stepEnded();

private:
    /// How long a stop waits for the id of a run that was asked for (see stop()).
    static constexpr int StopGraceMs = 10000;

    enum class Step { Message, ToolOutputs, Retry };

    QCoro::Task<Result<ConversationState>> runStep(Step step);
    QCoro::Task<Result<OpenAi::StreamOutcome>> assistantsStep(Step step, StreamReader &reader);
    QCoro::Task<Result<OpenAi::StreamOutcome>> responsesStep(Step step, StreamReader &reader);
    void onEvent(StreamReader &reader, const OpenAi::SseEvent &event);
    ConversationState finishStep(const Result<OpenAi::StreamOutcome> &outcome, const StreamReader &reader);
    void endTurn(ConversationState state, const QString &error, const QList<int> &newCalls = {});
    void setState(ConversationState state);
    std::optional<Error> refusal(bool forRetry) const;
    OpenAi::CancelToken *freshToken();
    static QCoro::Task<> cancelRunQuietly(OpenAi::OpenAiClient &client, QString threadId, QString runId);
    /// Waits until no step runs (a stopped one may still read its stream for the run id).
    QCoro::Task<> settled();
    void cancelRunOnceKnown(StreamReader &reader, const OpenAi::SseEvent &event);


    OpenAi::OpenAiClient &m_client;
    Target m_target;
    ConversationWay m_way;
    QJsonObject m_config;                  // Responses: the request config
    QStringList m_warnings;
    FileNameLookup m_lookup;
    ConversationState m_state = ConversationState::Idle;
    QList<Turn> m_turns;
    QPointer<OpenAi::CancelToken> m_cancel;   // the running step's
    bool m_destroying = false;
    bool m_stopRequested = false;
    bool m_stepRunning = false;

    // Assistants
    QString m_threadId;
    QString m_runId;
    bool m_runActive = false;
    bool m_messageCreated = false;         // the last turn's message is in the thread
    bool m_runRequested = false;           // a run was asked for in this step; its id may not be known yet
    bool m_cancelWhenRunKnown = false;     // stopped before the run id arrived: cancel the run once it does
    std::optional<QCoro::Task<>> m_runCancel;
    // Responses
    QString m_previousResponseId;
    QString m_turnStartResponseId;         // m_previousResponseId when the last turn began
    QJsonObject m_lastRequest;             // the last step's body, for retry()
    QStringList m_responseIds;
    // Where the last turn and its last step began, for retry()
    Turn m_turnStart;
    Turn m_stepStart;
    QStringList m_pendingCallIds;          // the calls the turn waits (or waited) for
};
