// Settings → General, as stored in QSettings (never the API key): how many requests run at once (Check all and the
// OpenAiClient's limit, domain.md §4), the per-request timeout (§5.6) and the language of the interface.
//
// Keys: "general/concurrency" (1–32, default 8), "general/timeoutSeconds" (5–600, default 60), "general/language"
// ("" = system default, "en", "de"). Out-of-range stored values are clamped when read. Reads and writes go to the
// application's default QSettings, so QCoreApplication's organization and application names must be set first.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace OpenAi {
class OpenAiClient;
}

namespace GeneralSettings {

constexpr int MinConcurrency = 1;
constexpr int MaxConcurrency = 32;
constexpr int DefaultConcurrency = 8;
constexpr int MinTimeoutSeconds = 5;
constexpr int MaxTimeoutSeconds = 600;
constexpr int DefaultTimeoutSeconds = 60;

int concurrency();
void setConcurrency(int concurrency);
int timeoutSeconds();
void setTimeoutSeconds(int seconds);
/// "" (system default), "en" or "de".
QString language();
void setLanguage(const QString &language);
/// The languages offered, in this order: "" (system default), "en", "de".
QStringList languages();

/// The language the running app was started with: language() as read by the first call (main() calls it through
/// translationLocale() before any window exists). A changed setting takes effect only after a restart.
QString startupLanguage();
/// The locale the translators load: the system's for "", else startupLanguage().
QLocale translationLocale();
/// Gives the client the stored concurrency limit and timeout (at start and after the dialog was saved).
void applyTo(OpenAi::OpenAiClient &client);

}
