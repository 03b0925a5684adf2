// Runs a saved check (domain/check.h, domain.md §12) against a server: plays its messages through a Conversation,
// answers every function call from the check's function_results, evaluates the expectations against the finished
// conversation and closes it (its thread or responses are deleted again).
//
// Promises:
// - A call of a function that has no entry in function_results ends the run: the check fails with "no result for
//   function X" (the conversation is stopped and closed).
// - A turn that ends Failed, Incomplete or Stopped ends the run: the check fails with the turn's error and its
//   expectations are not evaluated.
// - Otherwise the check passes when every expectation holds (none: when every turn was answered).
// - The result keeps the last answer, the way, the tokens of all turns, every function called, when it started
//   and how long it took. Nothing is written anywhere; the only server objects made are deleted again.
// - Cancelling `cancel` stops the conversation at once; the result then fails with "Cancelled." (failureKind
//   Cancelled).
// - failureKind tells why a run could not finish: Network for a server that could not be reached or answered with
//   errors after the retries, or a stream that broke off; Refused when the way cannot run the target (not pushed).
// Lifetime: the client (and `cancel`, when given) must outlive the task. Threading: the client's thread.
#pragma once

#include "conversation/conversation.h"
#include "domain/check.h"

#include <QCoro/QCoroTask>

#include <QDateTime>

struct CheckResult {
    QString checkId;
    QString checkName;
    ConversationWay way = ConversationWay::Responses;
    bool passed = false;
    QList<Checks::ExpectationResult> expectations;   // evaluated only when the conversation finished
    QString failure;               // why the run could not finish (translated); empty when it did
    std::optional<ErrorKind> failureKind;   // the error behind `failure` when there was one (Network: cut off too)
    QString answer;                // the last answer
    QStringList calledFunctions;   // every function called, in order
    TokenUsage usage;              // all turns together
    QDateTime startedAt;           // UTC
    qint64 durationMs = 0;
};

namespace CheckRunner {
/// The result as the workspace keeps it (ran_at = startedAt, to the second).
CheckOutcome outcome(const CheckResult &result);

QCoro::Task<CheckResult> run(OpenAi::OpenAiClient &client, Conversation::Target target, ConversationWay way, Check check,
                             OpenAi::CancelToken *cancel = nullptr);
} // namespace CheckRunner
