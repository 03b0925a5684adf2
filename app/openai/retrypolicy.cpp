#include "openai/retrypolicy.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace OpenAi {

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    return httpStatus == 408 || httpStatus == 409 || httpStatus == 429 || httpStatus >= 500;
}

namespace {
QDateTime parseHttpDate(const QByteArray &value)
{
    const QString text = QString::fromLatin1(value).simplified();
    // RFC 9110: IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), and the obsolete RFC 850 and asctime forms.
    // (Qt 6.4's RFC 2822 parser rejects the "GMT" zone name, so the formats are spelled out.)
    const QLocale c = QLocale::c();
    for (const auto *format : {"ddd, dd MMM yyyy HH:mm:ss 'GMT'", "dddd, dd-MMM-yy HH:mm:ss 'GMT'",
                               "ddd MMM d HH:mm:ss yyyy"}) {
        QDateTime dt = c.toDateTime(text, QString::fromLatin1(format));
        if (dt.isValid()) {
            dt.setTimeSpec(Qt::UTC);
            return dt;
        }
    }
    return QDateTime::fromString(text, Qt::RFC2822Date);
}
} // namespace

std::optional<std::chrono::milliseconds> RetryPolicy::serverDelay(const QByteArray &retryAfterMs,
                                                                  const QByteArray &retryAfter,
                                                                  const QDateTime &now) const
{
    using std::chrono::milliseconds;
    std::optional<double> ms;
    bool ok = false;
    if (!retryAfterMs.trimmed().isEmpty()) {
        const double v = retryAfterMs.trimmed().toDouble(&ok);
        if (ok && std::isfinite(v) && v >= 0)
            ms = v;
    }
    if (!ms && !retryAfter.trimmed().isEmpty()) {
        const double seconds = retryAfter.trimmed().toDouble(&ok);
        if (ok && std::isfinite(seconds) && seconds >= 0) {
            ms = seconds * 1000.0;
        } else if (const QDateTime when = parseHttpDate(retryAfter); when.isValid()) {
            ms = double(std::max<qint64>(0, now.msecsTo(when)));
        }
    }
    if (!ms)
        return std::nullopt;
    // Capped before the conversion: "retry-after-ms: 1e30" must wait the longest, not overflow into a negative wait.
    return milliseconds(qint64(std::llround(std::min(*ms, double(maxServerDelay.count())))));
}

std::chrono::milliseconds RetryPolicy::backoff(int retry, double random01) const
{
    const double base = std::min(double(initialDelay.count()) * std::pow(2.0, std::max(0, retry)),
                                 double(maxBackoff.count()));
    const double jitter = std::clamp(random01, 0.0, 1.0) * maxJitter;
    return std::chrono::milliseconds(qint64(std::llround(base * (1.0 + jitter))));
}

std::chrono::milliseconds RetryPolicy::delay(int retry, const QByteArray &retryAfterMs, const QByteArray &retryAfter,
                                             const QDateTime &now, double random01) const
{
    if (auto server = serverDelay(retryAfterMs, retryAfter, now))
        return *server;
    return backoff(retry, random01);
}

} // namespace OpenAi
