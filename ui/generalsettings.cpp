#include "generalsettings.h"

#include "openai/openaiclient.h"

#include <QSettings>

#include <algorithm>
#include <chrono>

namespace GeneralSettings {
namespace {
const QString ConcurrencyKey = QStringLiteral("general/concurrency");
const QString TimeoutKey = QStringLiteral("general/timeoutSeconds");
const QString LanguageKey = QStringLiteral("general/language");

int readInt(const QString &key, int fallback, int min, int max)
{
    bool ok = false;
    const int value = QSettings().value(key, fallback).toInt(&ok);
    return ok ? std::clamp(value, min, max) : fallback;
}
} // namespace

int concurrency()
{
    return readInt(ConcurrencyKey, DefaultConcurrency, MinConcurrency, MaxConcurrency);
}

void setConcurrency(int concurrency)
{
    QSettings().setValue(ConcurrencyKey, std::clamp(concurrency, MinConcurrency, MaxConcurrency));
}

int timeoutSeconds()
{
    return readInt(TimeoutKey, DefaultTimeoutSeconds, MinTimeoutSeconds, MaxTimeoutSeconds);
}

void setTimeoutSeconds(int seconds)
{
    QSettings().setValue(TimeoutKey, std::clamp(seconds, MinTimeoutSeconds, MaxTimeoutSeconds));
}

QStringList languages()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("de")};
}

QString language()
{
    const QString stored = QSettings().value(LanguageKey).toString();
    return languages().contains(stored) ? stored : QString();
}

void setLanguage(const QString &language)
{
    if (language.isEmpty() || !languages().contains(language))
        QSettings().remove(LanguageKey);
    else
        QSettings().setValue(LanguageKey, language);
}

QString startupLanguage()
{
    static const QString atStart = language();
    return atStart;
}

QLocale translationLocale()
{
    const QString chosen = startupLanguage();
    return chosen.isEmpty() ? QLocale() : QLocale(chosen);
}

void applyTo(OpenAi::OpenAiClient &client)
{
    client.setConcurrency(concurrency());
    client.setTimeout(std::chrono::seconds(timeoutSeconds()));
}

} // namespace GeneralSettings
