// assistant-desk: the composition root. Everything else lives in adesk_core, adesk_models and adesk_ui.
#include "appearance.h"
#include "core/logging.h"
#include "dialogs.h"
#include "generalsettings.h"
#include "mainwindow.h"
#include "openai/openaiclient.h"
#include "secrets/secretstore.h"
#include "storage/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTranslator>

namespace {
/// --help and --version only print. Answer them without a display too (a terminal over SSH, a package check):
/// QApplication would abort there for lack of a windowing platform.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all")
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv) && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "minimal");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("assistant-desk"));
    QApplication::setApplicationName(QStringLiteral("assistant-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Assistant Desk"));
    QApplication::setApplicationVersion(QStringLiteral(ADESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("assistant-desk"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("assistant-desk"),
                                                 QIcon(QStringLiteral(":/icons/assistant-desk.svg"))));
    // Light or dark follows the system's palette; ADESK_PALETTE=dark|light forces Fusion with that palette.
    Appearance::applyPaletteFromEnvironment(app);
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddTHH:mm:ss.zzz} %{category} %{type}: %{message}"));

    // Settings → General → Language: the system's locale unless the user chose one (read once, at start).
    const QLocale uiLocale = GeneralSettings::translationLocale();
    QTranslator qtTranslator;
    if (qtTranslator.load(uiLocale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    // Without a translation for the locale, English: its .ts holds the plural forms of the "%n …" texts.
    if (appTranslator.load(uiLocale, QStringLiteral("assistantdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
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
    GeneralSettings::applyTo(client);   // Settings → General: concurrent requests and timeout
    KeychainSecretStore secrets;
    Dialogs dialogs;
    MainWindow window(&dialogs, SyncServices{&network, &client, &secrets});
    window.show();
    // On failure the message is shown and the window stays usable: the welcome page offers other choices.
    window.openWorkspace(parser.isSet(workspaceOption) ? parser.value(workspaceOption) : QString());
    return QApplication::exec();
}
