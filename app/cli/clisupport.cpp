#include "cli/clisupport.h"

#include "interchange/jsonwriter.h"
#include "openai/apikey.h"
#include "openai/connection.h"
#include "secrets/secretstore.h"
#include "session/workspaceopener.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace Cli {
namespace {
int s_interruptPipe[2] = {-1, -1};

extern "C" void onInterrupt(int)
{
    const int savedErrno = errno;
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_interruptPipe[1], &byte, 1);   // non-blocking: never hangs here
    errno = savedErrno;
}
} // namespace

InterruptCancels::InterruptCancels(OpenAi::CancelToken &token)
{
    if (::pipe2(s_interruptPipe, O_NONBLOCK | O_CLOEXEC) != 0)
        return;
    m_notifier = std::make_unique<QSocketNotifier>(s_interruptPipe[0], QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, &token, [&token] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(s_interruptPipe[0], &byte, 1);
        token.cancel();
    });
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    m_installed = ::sigaction(SIGINT, &action, &m_previous) == 0;
}

InterruptCancels::~InterruptCancels()
{
    if (m_installed)
        ::sigaction(SIGINT, &m_previous, nullptr);
    m_notifier.reset();
    for (int &fd : s_interruptPipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

bool confirm(QTextStream &err, const QString &question)
{
    err << question << ' ' << QCoreApplication::translate("Cli", "[y/N]") << ' ' << Qt::flush;
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes")
           || answer == QCoreApplication::translate("Cli", "y", "the short yes answer to a [y/N] question").toLower();
}

int printError(QTextStream &err, const Error &e)
{
    err << e.message << '\n';
    for (qsizetype i = 1; i < e.details.size(); ++i)
        err << e.details.at(i) << '\n';
    return exitStatus(e);
}

int exitStatus(const Error &e)
{
    switch (e.kind) {
    case ErrorKind::Network:
        return 4;
    case ErrorKind::Blocked:
        return 3;
    default:
        return 1;
    }
}

int printUsage(QTextStream &err, const QString &message)
{
    err << message << '\n' << QCoreApplication::translate("Cli", "Run 'assistant-desk-cli --help' for usage.") << '\n';
    return 2;
}

void printJson(QTextStream &out, const QJsonValue &value)
{
    JsonWriter w;
    w.value(value);
    out << QString::fromUtf8(w.finish());
}

namespace {
KeychainSecretStore &processKeychain()
{
    static KeychainSecretStore keychain;
    return keychain;
}
} // namespace

Result<std::unique_ptr<Workspace>> openWorkspace(const QString &spec, bool mustExist)
{
    return runSync(WorkspaceOpener::open(spec, &processKeychain(), mustExist));
}

Result<Session> openSession(const QString &path, bool withClient, SecretStore *secrets)
{
    // The session owns its client (made on its own network manager); the keychain is the process's.
    KeychainSecretStore &keychain = processKeychain();
    auto ws = openWorkspace(path, true);
    if (!ws)
        return ws.error();
    Session session = WorkspaceSession::create(std::move(ws).value(), {nullptr, nullptr, secrets ? secrets : &keychain});
    if (withClient)
        if (Status s = attachClient(session); !s)
            return s.error();
    return session;
}

Status attachClient(const Session &session)
{
    return runSync(session->attachKey());
}

} // namespace Cli
