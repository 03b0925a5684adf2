// Fuzz target: the wait a 429/5xx answer asks for, from its `retry-after-ms` and `Retry-After` headers
// (OpenAi::RetryPolicy, domain.md §5.6). The input is "<retry-after-ms>\n<Retry-After>".
//
// Checks: a wait the server asks for is between 0 and maxServerDelay (60 s); every wait, asked for or not, is
// between 0 and the longest the policy allows.
#include "fuzztarget.h"

#include "openai/retrypolicy.h"

#include <QTimeZone>

#include <algorithm>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QByteArray retryAfterMs = newline < 0 ? input : input.left(newline);
    const QByteArray retryAfter = newline < 0 ? QByteArray() : input.mid(newline + 1);
    static const QDateTime now(QDate(2026, 11, 25), QTime(16, 0), QTimeZone::utc());
    const OpenAi::RetryPolicy policy;
    if (const auto asked = policy.serverDelay(retryAfterMs, retryAfter, now)) {
        if (asked->count() < 0 || *asked > policy.maxServerDelay)
            Fuzz::fail("server delay outside [0, maxServerDelay]", QByteArray::number(qint64(asked->count())));
    }
    const qint64 longest = std::max<qint64>(policy.maxServerDelay.count(),
                                            qint64(double(policy.maxBackoff.count()) * (1.0 + policy.maxJitter)) + 1);
    for (int retry = 0; retry < 5; ++retry) {
        const auto wait = policy.delay(retry, retryAfterMs, retryAfter, now, 0.999);
        if (wait.count() < 0 || wait.count() > longest)
            Fuzz::fail("delay outside the policy's range", QByteArray::number(qint64(wait.count())));
    }
    return 0;
}
