// The CLI's `release EXPERIMENT_ID [--publish] [--json]` (cli.md, domain.md §6).
//
// Exit codes: 0 released; 1 refused or failed (unknown or archived experiment, validation, a storage failure,
// cancelled); 2 usage error; 4 network or server error after retries. A release whose W is empty needs no key and
// sends nothing. With --json, stdout holds
//   {"experiment": id, "version": "vM", "experiment_version_id": id, "published": bool,
//    "assistant_versions": [{"id", "name", "working_id", "remote_id", "vector_store_id"}],
//    "pipeline_version_id": id | null}
// on success; on failure stdout stays empty and stderr has the §6 message.
#pragma once

#include "cli/synccommands.h"

#include <QTextStream>

namespace Cli {

int releaseCommand(const CommandContext &c, QTextStream &out, QTextStream &err);

} // namespace Cli
