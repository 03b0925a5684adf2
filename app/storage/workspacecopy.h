// Copying a whole workspace between an SQLite file and a team workspace on PostgreSQL, in either direction (CLI
// `workspace copy FROM TO`, File → Move workspace to a server…, the offline copy of a team workspace): every record,
// cached remote state, remote job, setting, the change history and every file content the source holds.
//
// Promises:
// - All or nothing: the target is written in one transaction; a failure leaves it as it was.
// - The target must be an empty workspace of the same schema (both are migrated to the current one when opened);
//   a target with records is refused, naming it.
// - File contents follow the target's way of keeping them: a team workspace gets them into its database (from the
//   source's local copies or its database), an SQLite file keeps them in its database too, where the app fetches
//   them into the local file cache when it needs a file on disk (Workspace::localCopy). Nothing is held in memory
//   as a whole: rows are copied one at a time, contents a chunk at a time.
// - `export-workspace` of the source and of the target give the same bytes (apart from exported_at).
#pragma once

#include "core/result.h"

#include <functional>

class Workspace;

namespace WorkspaceCopy {
/// `progress(done, total)` counts tables.
Status copy(Workspace &from, Workspace &to, const std::function<void(int done, int total)> &progress = {});
} // namespace WorkspaceCopy
