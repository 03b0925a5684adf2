// How the OpenAI client waits between attempts and polls: a seam so tests can record (or skip) the waits.
//
// Promises: sleep() resumes after `duration`, or as soon as `cancel` fires (then it returns false). Implementations
// must never block the thread. Threading: the client's thread.
#pragma once

#include "openai/canceltoken.h"

#include <QCoro/QCoroTask>

#include <QPointer>

#include <chrono>

namespace OpenAi {

class Sleeper
{
public:
    virtual ~Sleeper() = default;
    /// Returns true after the full wait, false when cancelled.
    virtual QCoro::Task<bool> sleep(std::chrono::milliseconds duration, QPointer<CancelToken> cancel) = 0;
};

/// The production sleeper: a precise single-shot QTimer.
class TimerSleeper final : public Sleeper
{
public:
    QCoro::Task<bool> sleep(std::chrono::milliseconds duration, QPointer<CancelToken> cancel) override;
};

} // namespace OpenAi
