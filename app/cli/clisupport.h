// Shared plumbing of the CLI commands: exit codes, error output, JSON output, waiting for a coroutine, and a
// session (workspace + connection + key + client) for the commands that talk to the server.
#pragma once

#include "core/result.h"
#include "openai/openaiclient.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"

#include <QCoro/QCoroTask>

#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>

#include <memory>
#include <optional>

class SecretStore;

namespace Cli {

/// Prints the error (message, then details) and returns its exit code: 4 for network/server errors, 3 blocked, else 1.
int printError(QTextStream &err, const Error &e);
/// The exit status for an error (cli.md): 4 network or server error after retries, 3 blocked, 1 anything else.
int exitStatus(const Error &e);
int printUsage(QTextStream &err, const QString &message);

/// Asks `question` on stderr and reads the answer from stdin (--interactive only): true for “y”/“yes” (or the
/// translated short answer), false for anything else and at end of input.
bool confirm(QTextStream &err, const QString &question);

/// While alive, Ctrl-C (SIGINT) cancels `token` instead of killing the process, so a long command stops cleanly:
/// work done so far is kept and recorded (cli.md).
class InterruptCancels
{
public:
    explicit InterruptCancels(OpenAi::CancelToken &token);
    ~InterruptCancels();
    InterruptCancels(const InterruptCancels &) = delete;
    InterruptCancels &operator=(const InterruptCancels &) = delete;

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_previous = {};
    bool m_installed = false;
};
/// One JSON document on stdout, 2-space indented.
void printJson(QTextStream &out, const QJsonValue &value);

// The CLI is a synchronous entry point without a UI thread to keep responsive, so it is the one place outside tests
// that waits for a coroutine with QCoro::waitFor.
template<typename T>
T runSync(QCoro::Task<T> &&task)
{
    // QCoro::waitFor needs a default-constructible T; Result<T> is not.
    std::optional<T> result;
    QCoro::waitFor([](QCoro::Task<T> t, std::optional<T> &out) -> QCoro::Task<> {
        out.emplace(co_await std::move(t));
    }(std::move(task), result));
    return std::move(*result);
}

/// The CLI's session: one WorkspaceSession (app/session), the same as the GUI's, with its own client.
using Session = std::shared_ptr<WorkspaceSession>;

/// Opens the workspace `spec` (a file path or a postgresql:// URL; a team workspace's password from PGPASSWORD or the
/// keychain). A missing file is Error{NotFound} when `mustExist`, else created.
Result<std::unique_ptr<Workspace>> openWorkspace(const QString &spec, bool mustExist);
/// Opens the workspace `spec` (a file path or a postgresql:// URL; a team workspace's password from PGPASSWORD or the
/// keychain). A missing file is Error{NotFound} when `mustExist`, else created.
Result<std::unique_ptr<Workspace>> openWorkspace(const QString &spec, bool mustExist);
/// Opens an existing workspace in a session; with `withClient`, also looks the key up (OPENAI_API_KEY, then the
/// keychain) and fails without one.
Result<Session> openSession(const QString &workspacePath, bool withClient, SecretStore *secrets = nullptr);
/// Gives an open session its connection and key (OPENAI_API_KEY, then the keychain).
Status attachClient(const Session &session);

} // namespace Cli
