// The CLI commands that edit records from a script and create or move whole workspaces (cli.md):
//
// - `set (ID… | --all) FIELD=VALUE…` changes only the named fields (name, description, instructions — `@PATH` reads
//   a file —, model, temperature, top_p, metadata.KEY; an empty metadata value removes the key) of the working
//   assistants named, all of them or none, in one transaction (Workspace::setAssistantFields), so two writers editing
//   different fields of one assistant both keep their change. `--all` names every working assistant that is not
//   archived. Versions and archived assistants are refused (read-only), naming them. Exit 1 for an unknown id, a
//   refused record or a value that breaks a rule (one line per problem, each naming its field); exit 2 for an unknown
//   field or a malformed argument. `--json`: {"changed": [{"id", "name", "fields", "row_version", "changed_by",
//   "changed_at", "not_pushed"}]}.
// - `workspace init URL` creates the schema of a team workspace in an existing, empty PostgreSQL database; a database
//   that already holds one is refused, and so is anything but a postgresql:// URL. `--json`: {"workspace",
//   "schema_version", "user"}.
// - `workspace copy FROM TO` copies a whole workspace (records, cached state, jobs, settings, history and file
//   contents) between SQLite files and PostgreSQL databases in any direction (WorkspaceCopy): all or nothing into an
//   empty TO — a missing file is created (and removed again when the copy fails), a PostgreSQL database without the
//   schema gets it; a TO holding records is refused, naming it. `--json`: {"from", "to", "copied": {"assistants",
//   "files", "experiments", "pipelines"}}.
//
// A team workspace's password comes from PGPASSWORD or the keychain (WorkspaceOpener), never from an argument.
#pragma once

#include "cli/synccommands.h"

#include <QTextStream>

namespace Cli {
int setCommand(const CommandContext &c, QTextStream &out, QTextStream &err);
/// `workspace init URL` and `workspace copy FROM TO`.
int workspaceCommand(const CommandContext &c, QTextStream &out, QTextStream &err);
} // namespace Cli
