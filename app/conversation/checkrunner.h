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
// - Cancelling `cancel` stops the conversation at once; the result then fails with "Cancelled.".
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
    QString answer;                // the last answer
    QStringList calledFunctions;   // every function called, in order
    TokenUsage usage;              // all turns together
    QDateTime startedAt;           // UTC
    qint64 durationMs = 0;
};

namespace CheckRunner {
QCoro::Task<CheckResult> run(OpenAi::OpenAiClient &client, Conversation::Target target, ConversationWay way, Check check,
                             OpenAi::CancelToken *cancel = nullptr);
} // namespace CheckRunner
