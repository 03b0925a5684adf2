// The CLI commands that talk to the server or set up the connection (cli.md): `connect` and `remote list`.
//
// Exit codes as Cli: 0 success, 1 refused or failed (invalid URL, no key, keychain unavailable), 2 usage error,
// 4 network or server error after retries. The key is read from standard input only, stored only in the keychain,
// and never printed or logged.
#pragma once

#include <QStringList>
#include <QTextStream>

class SecretStore;

namespace Cli {

struct RemoteContext {
    QString workspace;
    bool json = false;
    bool quiet = false;
    QStringList args;   // the command's arguments, options included
};

/// connect --base-url URL [--organization ID] [--project ID] [--no-key]
int connectCommand(const RemoteContext &context, QTextStream &out, QTextStream &err);
/// remote list [--json]
int remoteCommand(const RemoteContext &context, QTextStream &out, QTextStream &err);

/// Test seams: the secret store (default: the OS keychain) and where `connect` reads the key (default: stdin).
/// Null restores the default. Not owned.
void setSecretStoreForTesting(SecretStore *store);
void setKeyInputForTesting(QTextStream *input);

} // namespace Cli
