// Whole numbers read from JSON that a server or a file supplied ("bytes", "created_at", "size"): any double the
// JSON can hold (1e300, -1e300) converts without undefined behaviour. A plain qint64(v.toDouble()) is undefined
// outside the qint64 range (found by tests/fuzz).
#pragma once

#include <QJsonValue>

#include <cmath>
#include <limits>

/// `v` as a whole number: truncated toward zero and clamped to the qint64 range; `fallback` when `v` is not a number.
inline qint64 jsonInteger(const QJsonValue &v, qint64 fallback = 0)
{
    if (!v.isDouble())
        return fallback;
    const double d = v.toDouble();
    if (std::isnan(d))
        return fallback;
    constexpr double limit = 9223372036854775808.0;   // 2^63: the first double above the qint64 range
    if (d >= limit)
        return std::numeric_limits<qint64>::max();
    if (d < -limit)
        return std::numeric_limits<qint64>::min();
    return static_cast<qint64>(d);
}
