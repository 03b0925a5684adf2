// assistant-desk: the composition root. Everything else lives in adesk_core, adesk_models and adesk_ui.
#include "core/logging.h"
#include "dialogs.h"
#include "mainwindow.h"
#include "openai/openaiclient.h"
#include "secrets/secretstore.h"
#include "storage/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("assistant-desk"));
    QApplication::setApplicationName(QStringLiteral("assistant-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Assistant Desk"));
    QApplication::setApplicationVersion(QStringLiteral(ADESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("assistant-desk"));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddTHH:mm:ss.zzz} %{category} %{type}: %{message}"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    // Without a translation for the locale, English: its .ts holds the plural forms of the "%n …" texts.
    if (appTranslator.load(QLocale(), QStringLiteral("assistantdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || appTranslator.load(QStringLiteral(":/i18n/assistantdesk_en")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Edit OpenAI Assistants and keep them in sync."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
                                             QApplication::translate("main", "Open the workspace file <path>."),
                                             QStringLiteral("path"));
    parser.addOption(workspaceOption);
    parser.process(app);

    // The app's services, created once and injected (style.md): one network manager for the whole app, the OpenAI
    // client on it, and the OS keychain for API keys. They outlive the window.
    QNetworkAccessManager network;
    OpenAi::OpenAiClient client(&network);
    KeychainSecretStore secrets;
    Dialogs dialogs;
    MainWindow window(&dialogs, SyncServices{&network, &client, &secrets});
    window.show();
    // On failure the message is shown and the window stays usable: the welcome page offers other choices.
    window.openWorkspace(parser.isSet(workspaceOption) ? parser.value(workspaceOption) : QString());
    return QApplication::exec();
}
