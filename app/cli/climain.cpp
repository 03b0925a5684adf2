// assistant-desk-cli: the command-line companion. All logic lives in adesk_cli / adesk_core.
#include "cli/cli.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("assistant-desk"));
    QCoreApplication::setApplicationName(QStringLiteral("assistant-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ADESK_VERSION));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddTHH:mm:ss.zzz} %{category} %{type}: %{message}"));
    // Log lines would mix with --json output on stdout; Qt logs to stderr, and routine info is off by default.
    QLoggingCategory::setFilterRules(QStringLiteral("assistantdesk.*.info=false"));

    // The system's language when there is a translation for it, else English (whose .qm holds the plural forms of
    // the "%n …" texts). --json keys and machine values (statuses, ids, kinds) are never translated.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("assistantdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || appTranslator.load(QStringLiteral(":/i18n/assistantdesk_en")))
        QCoreApplication::installTranslator(&appTranslator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = Cli::run(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
