// `orphans [--json] [--cached] [--delete --yes]` (cli.md, domain.md §9): remote files and vector stores that no
// workspace assistant and no remote assistant uses, and remote assistants linked to no workspace record.
//
// Without --cached it scans the server (read only) and keeps the scan in the workspace; --cached prints the last
// scan classified against the workspace as it is now, with no request. --delete --yes queues one deletion job per
// listed orphan (owner "orphan cleanup"), runs them (each re-checks that its object is still an orphan) and prints
// what was deleted, skipped, failed or left queued. --delete without --yes is a usage error (exit 2).
// Exit codes: 0 success; 1 refused (e.g. no cached scan); 2 usage; 4 network or server error, or a deletion that
// failed or could not run.
#pragma once

#include "cli/synccommands.h"

namespace Cli {
int orphansCommand(const CommandContext &c, QTextStream &out, QTextStream &err);
}
