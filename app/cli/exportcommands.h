// The export CLI commands (cli.md): `export-responses ID [--json]`, `bundle ID OUT.zip`, and the bundle branch of
// `import-workspace` (a FILE whose first bytes are a zip signature is read as a bundle, anything else as interchange
// JSON).
//
// Exit codes as Cli: 0 success, 1 refused or failed (unknown id, unusable bundle, ids already in the workspace,
// file not writable), 2 usage error. Nothing here talks to the server; all of it works offline.
#pragma once

#include "cli/synccommands.h"

#include <QTextStream>

namespace Cli {

/// export-responses ID [--json]. Without --json: the config JSON on stdout, each warning on stderr ("Warning: …").
/// With --json: {"config": {…}, "warnings": […], "not_carried_over": […]} on stdout.
int exportResponsesCommand(const CommandContext &c, QTextStream &out, QTextStream &err);
/// bundle ID OUT.zip — the archive bundle of ID's family (ID may name a version; the whole family is bundled).
int bundleCommand(const CommandContext &c, QTextStream &out, QTextStream &err);
/// import-workspace BUNDLE.zip — restores a bundle; creates the workspace when missing, like the JSON import.
int importBundleFile(const CommandContext &c, const QString &zipPath, QTextStream &out, QTextStream &err);

} // namespace Cli
