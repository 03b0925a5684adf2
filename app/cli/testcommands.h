// The CLI command that runs saved conversation checks (cli.md, domain.md §12):
// `test (ID… | --all) [--via assistants|responses] [--json]`.
//
// Each named working assistant's checks run one after another with CheckRunner against the workspace's server (key
// from OPENAI_API_KEY, then the keychain), by the Responses way unless --via says otherwise; each result is stored as
// the check's last result by that way. --all takes every non-archived working assistant with checks.
//
// Output: one line per check (PASS/FAIL, then the reasons of a failure and its answer) and a summary on stderr; with
// --json one document on stdout, its shape in README.md ("test --json"). Progress goes to stderr when it is a
// terminal; Ctrl-C stops after the running check's conversation is closed (its result is not stored).
// Exit status: 0 every check passed; 1 a check failed, was cancelled, or an assistant is unknown or has no checks;
// 2 usage error; 4 a check could not run because of a network or server error (after the retries).
#pragma once

#include "cli/synccommands.h"

#include <QTextStream>

namespace Cli {

int testCommand(const CommandContext &c, QTextStream &out, QTextStream &err);

} // namespace Cli
