#include "conversation/conversation.h"

#include "conversation/streamreader.h"
#include "core/logging.h"
#include "domain/validation.h"
#include "export/responsesexport.h"
#include "openai/apierror.h"
#include "sync/servercapabilities.h"

#include <QCoro/QCoroSignal>

#include <QHash>
#include <QJsonDocument>
#include <QTimer>

namespace {
Error refused(const QString &message)
{
    Error e;
    e.kind = ErrorKind::Refused;
    e.message = message;
    e.details = {message};
    return e;
}

Error cancelled()
{
    Error e;
    e.kind = ErrorKind::Cancelled;
    e.message = QCoreApplication::translate("Conversation", "Cancelled.");
    e.details = {e.message};
    return e;
}

bool atRest(ConversationState state)
{
    return state != ConversationState::Streaming && state != ConversationState::WaitingForFunctionResult;
}
} // namespace

Conversation::Conversation(OpenAi::OpenAiClient &client, Target target, ConversationWay way, QObject *parent)
    : QObject(parent), m_client(client), m_target(std::move(target)), m_way(way)
{
    if (m_way == ConversationWay::Responses) {
        const ResponsesExport::Config config = ResponsesExport::exportAssistant(m_target.assistant, m_target.files);
        m_config = QJsonDocument::fromJson(config.json).object();
        m_warnings = config.warnings;
        QJsonArray include;
        for (const QJsonValue &tool : m_config.value(QLatin1String("tools")).toArray()) {
            const QString type = tool.toObject().value(QLatin1String("type")).toString();
            if (type == QLatin1String("file_search"))
                include.append(QStringLiteral("file_search_call.results"));
            else if (type == QLatin1String("code_interpreter"))
                include.append(QStringLiteral("code_interpreter_call.outputs"));
        }
        if (!include.isEmpty())
            m_config.insert(QStringLiteral("include"), include);
    } else if (m_target.assistant.remoteId && m_target.assistant.notPushed) {
        m_warnings << tr("This assistant has changes that are not pushed; the Assistants way runs it as the server "
                         "has it.");
    }
    setFileNameLookup({});
}

Conversation::~Conversation()
{
    m_destroying = true;
    if (m_cancel)
        m_cancel->cancel();
}

QString Conversation::unavailableReason(ConversationWay way, const Assistant &assistant,
                                        const ServerCapabilities *capabilities)
{
    if (way != ConversationWay::Assistants)
        return {};
    if (capabilities && capabilities->assistants == ServerCapabilities::Support::No)
        return tr("This server does not offer the Assistants API.");
    if (!assistant.remoteId || assistant.remoteId->isEmpty())
        return tr("Push the assistant first: the Assistants way runs it as the server has it.");
    return {};
}

void Conversation::setFileNameLookup(FileNameLookup lookup)
{
    if (lookup) {
        m_lookup = std::move(lookup);
        return;
    }
    QHash<QString, QString> names;
    for (const WorkspaceFile &f : std::as_const(m_target.files))
        if (f.remoteFileId && !f.remoteFileId->isEmpty())
            names.insert(*f.remoteFileId, f.name);
    m_lookup = [names](const QString &remoteFileId) { return names.value(remoteFileId); };
}

QList<FunctionCall> Conversation::pendingFunctionCalls() const
{
    QList<FunctionCall> calls;
    if (m_state != ConversationState::WaitingForFunctionResult || m_turns.isEmpty())
        return calls;
    for (const FunctionCall &call : m_turns.last().functionCalls)
        if (m_pendingCallIds.contains(call.callId) && !call.output)
            calls << call;
    return calls;
}

std::optional<Error> Conversation::refusal(bool forRetry) const
{
    switch (m_state) {
    case ConversationState::Closed:
        return refused(tr("This conversation is closed."));
    case ConversationState::Streaming:
        return refused(tr("Wait for the answer or stop it first."));
    case ConversationState::WaitingForFunctionResult:
        if (!forRetry)
            return refused(tr("The assistant waits for a function result: give it or stop the turn first."));
        break;
    case ConversationState::Incomplete:
    case ConversationState::Failed:
    case ConversationState::Stopped:
        return std::nullopt;
    case ConversationState::Idle:
    case ConversationState::Done:
        if (!forRetry)
            return std::nullopt;
        break;
    }
    return refused(tr("There is nothing to retry."));
}

QCoro::Task<Result<ConversationState>> Conversation::send(QString text)
{
    if (auto e = refusal(false))
        co_return *e;
    QPointer<Conversation> self(this);
    co_await settled();
    if (!self)
        co_return cancelled();
    if (auto e = refusal(false))
        co_return *e;
    if (const QList<FieldProblem> problems = validateAssistant(m_target.assistant); !problems.isEmpty())
        co_return Error::validation(problemTexts(problems));
    if (const QString reason = unavailableReason(m_way, m_target.assistant); !reason.isEmpty())
        co_return refused(reason);
    Turn turn;
    turn.userMessage = text;
    m_turns.append(turn);
    m_turnStart = turn;
    m_stepStart = turn;
    m_turnStartResponseId = m_previousResponseId;
    m_messageCreated = false;
    m_pendingCallIds.clear();
    emit turnStarted(int(m_turns.size() - 1));
    co_return co_await runStep(Step::Message);
}

QCoro::Task<Result<ConversationState>> Conversation::submitFunctionResult(QString callId, QString output)
{
    if (m_state != ConversationState::WaitingForFunctionResult)
        co_return refused(tr("No function call is waiting for a result."));
    Turn &turn = m_turns.last();
    FunctionCall *call = nullptr;
    for (FunctionCall &c : turn.functionCalls)
        if (c.callId == callId && m_pendingCallIds.contains(callId) && !c.output)
            call = &c;
    if (!call)
        co_return refused(tr("No call %1 is waiting for a result.").arg(callId));
    call->output = output;
    if (!pendingFunctionCalls().isEmpty())
        co_return ConversationState::WaitingForFunctionResult;
    m_stepStart = turn;
    co_return co_await runStep(Step::ToolOutputs);
}

QCoro::Task<Result<ConversationState>> Conversation::retry()
{
    if (auto e = refusal(true))
        co_return *e;
    QPointer<Conversation> self(this);
    co_await settled();
    if (!self)
        co_return cancelled();
    if (auto e = refusal(true))
        co_return *e;
    // Assistants start a new run, which answers the turn from its beginning; Responses resend the last request.
    m_turns.last() = m_way == ConversationWay::Assistants ? m_turnStart : m_stepStart;
    if (m_way == ConversationWay::Assistants)
        m_pendingCallIds.clear();
    emit answerChanged(int(m_turns.size() - 1));
    co_return co_await runStep(Step::Retry);
}

void Conversation::stop()
{
    if (atRest(m_state))
        return;
    m_stopRequested = true;
    if (m_way == ConversationWay::Assistants && m_runRequested && m_runId.isEmpty() && m_cancel) {
        // The run was asked for but its id is not here yet: aborting now would leave it answering at the server.
        // Read on quietly until the id arrives (cancelRunOnceKnown), or give up after a while.
        qCInfo(lcChat) << "stopped before the run id arrived: cancelling the run once it does";
        m_cancelWhenRunKnown = true;
        QTimer::singleShot(StopGraceMs, m_cancel.data(), [token = m_cancel] {
            if (token)
                token->cancel();
        });
    } else if (m_cancel) {
        m_cancel->cancel();
    }
    if (m_way == ConversationWay::Assistants && m_runActive && !m_runId.isEmpty()) {
        qCInfo(lcChat).noquote() << "stopped: cancelling run" << m_runId;
        m_runCancel = cancelRunQuietly(m_client, m_threadId, m_runId);
        m_runActive = false;
    }
    // A response whose function calls stay unanswered cannot be continued: the next turn goes on from before.
    if (m_way == ConversationWay::Responses && m_state == ConversationState::WaitingForFunctionResult)
        m_previousResponseId = m_turnStartResponseId;
    endTurn(ConversationState::Stopped, {});
}

QCoro::Task<Status> Conversation::close()
{
    QPointer<Conversation> self(this);
    if (m_state == ConversationState::Closed)
        co_return Status{};
    stop();
    co_await settled();
    if (!self)
        co_return cancelled();
    Status result;
    if (m_runCancel) {
        QCoro::Task<> pending = std::move(*m_runCancel);
        m_runCancel.reset();
        co_await std::move(pending);
        if (!self)
            co_return cancelled();
    }
    if (!m_threadId.isEmpty()) {
        const QString threadId = m_threadId;
        auto deleted = co_await m_client.deleteThread(threadId);
        if (!self)
            co_return cancelled();
        if (deleted)
            m_threadId.clear();
        else
            result = deleted.error();
    }
    const QStringList responseIds = m_responseIds;
    for (const QString &id : responseIds) {
        auto deleted = co_await m_client.deleteResponse(id);
        if (!self)
            co_return cancelled();
        if (!deleted && deleted.error().kind != ErrorKind::NotFound && result.ok())
            result = deleted.error();
    }
    m_responseIds.clear();
    setState(ConversationState::Closed);
    co_return result;
}

// --- one step: a request and its stream ------------------------------------------------------------------------

QCoro::Task<Result<ConversationState>> Conversation::runStep(Step step)
{
    QPointer<Conversation> self(this);
    m_stopRequested = false;
    m_cancelWhenRunKnown = false;
    m_stepRunning = true;
    m_turns.last().state = ConversationState::Streaming;
    m_turns.last().error.clear();
    m_turns.last().errorKind.reset();
    setState(ConversationState::Streaming);
    StreamReader reader(m_way);
    Result<OpenAi::StreamOutcome> outcome = cancelled();
    if (m_way == ConversationWay::Assistants)
        outcome = co_await assistantsStep(step, reader);
    else
        outcome = co_await responsesStep(step, reader);
    if (!self || m_destroying)
        co_return cancelled();
    m_stepRunning = false;
    m_runRequested = false;
    m_cancelWhenRunKnown = false;
    emit stepEnded();
    if (m_stopRequested)
        co_return ConversationState::Stopped;   // stop() has ended the turn
    co_return finishStep(outcome, reader);
}

QCoro::Task<Result<OpenAi::StreamOutcome>> Conversation::assistantsStep(Step step, StreamReader &reader)
{
    QPointer<Conversation> self(this);
    OpenAi::CancelToken *token = freshToken();
    // A stopped run's cancel goes first: until it has landed the thread takes no message and no run.
    if (m_runCancel) {
        QCoro::Task<> pending = std::move(*m_runCancel);
        m_runCancel.reset();
        co_await std::move(pending);
        if (!self)
            co_return cancelled();
    }
    if (step == Step::Retry && m_runActive && !m_runId.isEmpty()) {
        co_await cancelRunQuietly(m_client, m_threadId, m_runId);
        if (!self)
            co_return cancelled();
        m_runActive = false;
    }
    if (token->isCancelled())
        co_return cancelled();
    const auto handler = [this, &reader](const OpenAi::SseEvent &event) { onEvent(reader, event); };
    if (step == Step::ToolOutputs) {
        QJsonArray outputs;
        for (const FunctionCall &call : m_turns.last().functionCalls)
            if (m_pendingCallIds.contains(call.callId))
                outputs.append(QJsonObject{{QStringLiteral("tool_call_id"), call.callId},
                                           {QStringLiteral("output"), call.output.value_or(QString())}});
        co_return co_await m_client.submitToolOutputsStreamed(m_threadId, m_runId, outputs, handler, token);
    }
    if (m_threadId.isEmpty()) {
        auto thread = co_await m_client.createThread(QJsonObject{}, token);
        if (!self)
            co_return cancelled();
        if (!thread)
            co_return thread.error();
        m_threadId = thread->value(QLatin1String("id")).toString();
        qCInfo(lcChat).noquote() << "thread" << m_threadId << "for" << m_target.assistant.id;
    }
    // Bodies are built before the co_await: GCC 12 cannot keep an initializer list's array in a coroutine frame.
    if (!m_messageCreated) {
        const QJsonObject body{{QStringLiteral("role"), QStringLiteral("user")},
                               {QStringLiteral("content"), m_turns.last().userMessage}};
        auto message = co_await m_client.createMessage(m_threadId, body, token);
        if (!self)
            co_return cancelled();
        if (!message)
            co_return message.error();
        m_messageCreated = true;
    }
    m_runId.clear();
    m_runActive = false;
    m_runRequested = true;
    const QJsonObject run{{QStringLiteral("assistant_id"), m_target.assistant.remoteId.value_or(QString())}};
    co_return co_await m_client.createRunStreamed(m_threadId, run, handler, token);
}

QCoro::Task<Result<OpenAi::StreamOutcome>> Conversation::responsesStep(Step step, StreamReader &reader)
{
    OpenAi::CancelToken *token = freshToken();
    QJsonObject body = m_lastRequest;
    if (step != Step::Retry) {
        body = m_config;
        QJsonArray input;
        if (step == Step::Message) {
            input.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                                     {QStringLiteral("role"), QStringLiteral("user")},
                                     {QStringLiteral("content"), m_turns.last().userMessage}});
        } else {
            for (const FunctionCall &call : m_turns.last().functionCalls)
                if (m_pendingCallIds.contains(call.callId))
                    input.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("function_call_output")},
                                             {QStringLiteral("call_id"), call.callId},
                                             {QStringLiteral("output"), call.output.value_or(QString())}});
        }
        body.insert(QStringLiteral("input"), input);
        if (!m_previousResponseId.isEmpty())
            body.insert(QStringLiteral("previous_response_id"), m_previousResponseId);
        m_lastRequest = body;
    }
    const auto handler = [this, &reader](const OpenAi::SseEvent &event) { onEvent(reader, event); };
    co_return co_await m_client.createResponseStreamed(body, handler, token);
}

void Conversation::onEvent(StreamReader &reader, const OpenAi::SseEvent &event)
{
    if (m_cancelWhenRunKnown && !m_destroying) {
        cancelRunOnceKnown(reader, event);
        return;
    }
    if (m_destroying || m_stopRequested || m_turns.isEmpty())
        return;
    const int index = int(m_turns.size() - 1);
    Turn &turn = m_turns[index];
    const StreamReader::Changes c = reader.apply(event, turn);
    if (m_way == ConversationWay::Assistants && !reader.runId().isEmpty()) {
        m_runId = reader.runId();
        m_runActive = reader.runActive();
    }
    if (m_way == ConversationWay::Responses && !reader.responseId().isEmpty()
        && !m_responseIds.contains(reader.responseId()))
        m_responseIds << reader.responseId();
    // A slot may stop the turn; nothing more is reported then.
    const auto going = [this] { return !m_stopRequested && !m_destroying; };
    if (!c.textDelta.isEmpty())
        emit textDelta(index, c.textDelta);
    if (c.answerReplaced && going())
        emit answerChanged(index);
    for (const int i : c.newCitations) {
        if (!going())
            return;
        Citation &citation = turn.citations[i];
        if (const QString name = m_lookup ? m_lookup(citation.fileId) : QString(); !name.isEmpty())
            citation.fileName = name;
        else if (citation.fileName.isEmpty())
            citation.fileName = citation.fileId;
        emit citationAdded(index, citation);
    }
    for (const int i : c.changedCode)
        if (going())
            emit codeActivityChanged(index, i);
    if (c.usageChanged && going())
        emit usageChanged(index, turn.usage);
}

ConversationState Conversation::finishStep(const Result<OpenAi::StreamOutcome> &outcome, const StreamReader &reader)
{
    if (reader.ignored() > 0)
        qCInfo(lcChat) << "ignored" << reader.ignored() << "malformed or unknown events";
    if (!outcome) {
        const bool wasCancelled = outcome.error().kind == ErrorKind::Cancelled;
        if (!wasCancelled)
            m_turns.last().errorKind = outcome.error().kind;
        endTurn(wasCancelled ? ConversationState::Stopped : ConversationState::Failed,
                wasCancelled ? QString() : outcome.error().message);
        return m_state;
    }
    ConversationState state = ConversationState::Incomplete;
    QString error;
    if (const auto finished = reader.finished()) {
        // The run or response reached its end; whatever the connection did afterwards lost nothing.
        state = *finished;
        error = reader.error();
    } else if (!outcome->complete) {
        error = tr("The answer broke off: %1").arg(outcome->problem);
        m_turns.last().errorKind = ErrorKind::Network;
    } else {
        error = tr("The answer ended before it was complete.");
    }
    if (m_way == ConversationWay::Responses && !reader.responseId().isEmpty()
        && (state == ConversationState::Done || state == ConversationState::WaitingForFunctionResult))
        m_previousResponseId = reader.responseId();
    QList<int> newCalls;
    if (state == ConversationState::WaitingForFunctionResult) {
        newCalls = reader.newCalls();
        m_pendingCallIds.clear();
        for (const int i : std::as_const(newCalls))
            m_pendingCallIds << m_turns.last().functionCalls.at(i).callId;
    }
    endTurn(state, error, newCalls);
    return state;
}

void Conversation::endTurn(ConversationState state, const QString &error, const QList<int> &newCalls)
{
    const int index = int(m_turns.size() - 1);
    if (index < 0)
        return;
    Turn &turn = m_turns[index];
    turn.state = state;
    turn.error = error;
    if (!error.isEmpty())
        qCInfo(lcChat).noquote() << "turn" << index << "ended" << int(state) << ":" << error;
    setState(state);
    for (const int i : newCalls)
        emit functionCallRequested(index, m_turns[index].functionCalls.at(i));
    emit turnFinished(index, state);
}

void Conversation::setState(ConversationState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

OpenAi::CancelToken *Conversation::freshToken()
{
    if (m_cancel)
        m_cancel->deleteLater();
    m_cancel = new OpenAi::CancelToken(this);
    return m_cancel;
}

void Conversation::cancelRunOnceKnown(StreamReader &reader, const OpenAi::SseEvent &event)
{
    // The stopped turn keeps what it showed: the event goes to a scratch copy, only the run id is wanted.
    Turn scratch = m_turns.isEmpty() ? Turn{} : m_turns.last();
    reader.apply(event, scratch);
    if (reader.runId().isEmpty())
        return;
    m_cancelWhenRunKnown = false;
    m_runId = reader.runId();
    if (m_cancel)
        m_cancel->cancel();
    if (reader.runActive()) {
        qCInfo(lcChat).noquote() << "stopped: cancelling run" << m_runId << "now that its id is known";
        m_runCancel = cancelRunQuietly(m_client, m_threadId, m_runId);
    }
    m_runActive = false;
}

QCoro::Task<> Conversation::settled()
{
    if (m_stepRunning)
        co_await qCoro(this, &Conversation::stepEnded);
}

QCoro::Task<> Conversation::cancelRunQuietly(OpenAi::OpenAiClient &client, QString threadId, QString runId)
{
    // The run may have ended meanwhile (400 "Cannot cancel run with status …"); either way it no longer runs.
    auto result = co_await client.cancelRun(threadId, runId);
    if (!result)
        qCInfo(lcChat).noquote() << "cancelling run" << runId << ":" << result.error().message;
}
