// Test helpers for coroutine-based APIs: run a task to completion on the current event loop, and a Sleeper that
// records every wait the client asks for (instantly, or for real).
#pragma once

#include "openai/sleeper.h"

#include <QCoro/QCoroTask>

#include <QList>

#include <optional>

namespace TestWait {

/// QCoro::waitFor for any T (it needs a default-constructible one; Result<T> is not).
template<typename T>
T run(QCoro::Task<T> &&task)
{
    std::optional<T> result;
    QCoro::waitFor([](QCoro::Task<T> t, std::optional<T> &out) -> QCoro::Task<> {
        out.emplace(co_await std::move(t));
    }(std::move(task), result));
    return std::move(*result);
}

class RecordingSleeper final : public OpenAi::Sleeper
{
public:
    explicit RecordingSleeper(bool realWaits = false) : m_real(realWaits) {}
    QCoro::Task<bool> sleep(std::chrono::milliseconds duration, QPointer<OpenAi::CancelToken> cancel) override
    {
        waits.append(duration.count());
        if (m_real)
            co_return co_await m_timer.sleep(duration, cancel);
        co_return !(cancel && cancel->isCancelled());
    }
    QList<qint64> waits;

private:
    bool m_real;
    OpenAi::TimerSleeper m_timer;
};

} // namespace TestWait
