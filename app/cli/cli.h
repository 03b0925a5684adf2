// assistant-desk-cli commands (../shared/docs/cli.md), usable in-process by tests.
//
// Exit codes: 0 success; 1 failed or refused; 2 usage error; 3 blocked; 4 network or server error after retries.
// With --json stdout holds exactly one JSON document; messages and progress go to stderr.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Cli {
enum ExitCode { Ok = 0, Failed = 1, Usage = 2, Blocked = 3, NetworkError = 4 };

/// Runs one command line (without the program name). Never reads stdin unless a command needs it.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
}
