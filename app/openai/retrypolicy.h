// When and how long the OpenAI client waits before repeating a request (domain.md §5.6).
//
// Promises: pure functions, no I/O, no clock of their own (the caller passes "now" and a random number), so tests
// can assert every wait exactly.
// - Retried: connection errors, timeouts, HTTP 408, 409, 429 and every 5xx; never any other status.
// - At most maxRetries repeats (default 3, i.e. 4 attempts).
// - The wait is the server's `retry-after-ms` or `Retry-After` (seconds or an HTTP date) when it is sent and
//   parseable, capped at 60 s; otherwise 0.5 s · 2^retry (at most 8 s) plus up to 25 % jitter.
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace OpenAi {

struct RetryPolicy {
    int maxRetries = 3;
    std::chrono::milliseconds initialDelay{500};
    std::chrono::milliseconds maxBackoff{8000};
    std::chrono::milliseconds maxServerDelay{60000};
    double maxJitter = 0.25;

    int maxAttempts() const { return maxRetries + 1; }

    /// True for the HTTP statuses §5.6 retries: 408, 409, 429 and 5xx.
    static bool isRetryableStatus(int httpStatus);

    /// The server's requested wait from `retry-after-ms` (preferred) or `Retry-After` (delta seconds or an
    /// HTTP date, relative to `now`), capped at maxServerDelay; nullopt when neither is present or parseable.
    std::optional<std::chrono::milliseconds> serverDelay(const QByteArray &retryAfterMs, const QByteArray &retryAfter,
                                                         const QDateTime &now) const;

    /// Exponential backoff before retry number `retry` (0 = the first retry) with `random01` ∈ [0, 1) scaling
    /// the jitter: initialDelay · 2^retry capped at maxBackoff, times (1 + maxJitter · random01).
    std::chrono::milliseconds backoff(int retry, double random01) const;

    /// serverDelay() when the server asked for one, else backoff().
    std::chrono::milliseconds delay(int retry, const QByteArray &retryAfterMs, const QByteArray &retryAfter,
                                    const QDateTime &now, double random01) const;
};

} // namespace OpenAi
