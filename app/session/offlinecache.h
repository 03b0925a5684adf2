// The offline copy of a team workspace (domain.md §8 for a team): the last state the app read from the PostgreSQL
// server, kept as a read-only SQLite file in the app's cache folder with its "as of" time. With the server
// unreachable the app opens it instead, so the user still sees every assistant, its cached sync state and when it
// was checked; nothing can be changed there (writes wait until the server is back).
#pragma once

#include "core/result.h"
#include "storage/workspacelocation.h"

#include <QString>

#include <memory>

class Workspace;

namespace OfflineCache {
/// Where the copy of `location` is kept (one file per team workspace; its name never holds the password).
QString pathFor(const WorkspaceLocation &location);
/// Replaces the copy with the current state of `team` (a new file renamed over the old one: a crash keeps the old).
Status refresh(Workspace &team);
/// The copy of `location`, read-only, and its "as of" time (ISO 8601 UTC) in `asOf`. NotFound when there is none.
Result<std::unique_ptr<Workspace>> open(const WorkspaceLocation &location, QString *asOf = nullptr);
} // namespace OfflineCache
