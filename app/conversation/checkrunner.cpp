#include "conversation/checkrunner.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>

#include <algorithm>

namespace CheckRunner {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CheckRunner", text);
}

// Why the turn that `state` ended cannot be checked (and the kind of error); empty when it was answered.
QString failureOf(const Result<ConversationState> &state, const Conversation &conversation,
                  std::optional<ErrorKind> *kind)
{
    if (!state) {
        *kind = state.error().kind;
        return state.error().message;
    }
    const QString error = conversation.turns().isEmpty() ? QString() : conversation.turns().last().error;
    if (!conversation.turns().isEmpty())
        *kind = conversation.turns().last().errorKind;
    switch (*state) {
    case ConversationState::Done:
    case ConversationState::WaitingForFunctionResult:
        kind->reset();
        return {};
    case ConversationState::Stopped:
        *kind = ErrorKind::Cancelled;
        return tr("Cancelled.");
    case ConversationState::Incomplete:
        return error.isEmpty() ? tr("The answer broke off.") : error;
    default:
        return error.isEmpty() ? tr("The conversation failed.") : error;
    }
}
} // namespace

CheckOutcome outcome(const CheckResult &result)
{
    CheckOutcome o;
    o.checkId = result.checkId;
    o.checkName = result.checkName;
    o.way = wayWireName(result.way);
    o.passed = result.passed;
    o.expectations = result.expectations;
    o.failure = result.failure;
    o.answer = result.answer;
    o.calls = result.calledFunctions;
    o.inputTokens = result.usage.input;
    o.outputTokens = result.usage.output;
    o.durationMs = result.durationMs;
    o.ranAt = result.startedAt.toUTC().toString(Qt::ISODate);
    return o;
}

QCoro::Task<CheckResult> run(OpenAi::OpenAiClient &client, Conversation::Target target, ConversationWay way, Check check,
                             OpenAi::CancelToken *cancel)
{
    CheckResult result;
    result.checkId = check.id;
    result.checkName = check.name;
    result.way = way;
    result.startedAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer elapsed;
    elapsed.start();

    Conversation conversation(client, std::move(target), way);
    QPointer<OpenAi::CancelToken> token(cancel);
    QObject scope;
    if (token)
        QObject::connect(token.data(), &OpenAi::CancelToken::cancelled, &scope, [&conversation] { conversation.stop(); });

    for (const QString &message : std::as_const(check.messages)) {
        if (token && token->isCancelled()) {
            result.failure = tr("Cancelled.");
            result.failureKind = ErrorKind::Cancelled;
            break;
        }
        Result<ConversationState> state = co_await conversation.send(message);
        while (state && *state == ConversationState::WaitingForFunctionResult && result.failure.isEmpty()) {
            for (const FunctionCall &call : conversation.pendingFunctionCalls()) {
                const auto answer = check.functionResults.constFind(call.name);
                if (answer == check.functionResults.cend()) {
                    result.failure = tr("no result for function %1").arg(call.name);
                    conversation.stop();
                    break;
                }
                state = co_await conversation.submitFunctionResult(call.callId, *answer);
                if (!state || *state != ConversationState::WaitingForFunctionResult)
                    break;
            }
        }
        if (result.failure.isEmpty())
            result.failure = failureOf(state, conversation, &result.failureKind);
        if (!result.failure.isEmpty())
            break;
    }

    for (const Turn &turn : conversation.turns()) {
        for (const FunctionCall &call : turn.functionCalls)
            result.calledFunctions << call.name;
        result.usage.input += turn.usage.input;
        result.usage.output += turn.usage.output;
    }
    if (!conversation.turns().isEmpty())
        result.answer = conversation.turns().last().answer;
    if (result.failure.isEmpty()) {
        result.expectations = Checks::evaluate(check, Checks::Transcript{result.answer, result.calledFunctions});
        result.passed = std::all_of(result.expectations.cbegin(), result.expectations.cend(),
                                    [](const Checks::ExpectationResult &e) { return e.passed; });
    }
    if (const Status closed = co_await conversation.close(); !closed)
        qCInfo(lcChat).noquote() << "check" << check.id << ": closing its conversation:" << closed.error().message;
    result.durationMs = elapsed.elapsed();
    co_return result;
}

} // namespace CheckRunner
