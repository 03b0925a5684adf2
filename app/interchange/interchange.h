// The workspace interchange file (domain.md §2): parse + validate (all or nothing, errors carry JSON paths) and
// write (fixed key order, every default written, records sorted by id, versions by number, 2-space indent, final
// newline). Export → import into an empty workspace → export reproduces the same bytes apart from exported_at.
#pragma once

#include "core/result.h"
#include "domain/workspacedata.h"

#include <QByteArray>
#include <QDateTime>
#include <QSet>

class Workspace;

namespace Interchange {
inline constexpr char Format[] = "assistant-desk-workspace";
inline constexpr int FormatVersion = 1;
inline constexpr int MaxReportedErrors = 100;

/// What the target workspace already holds; ids and links in the file must not collide with it.
struct Existing {
    QSet<QString> localIds;
    QSet<QString> remoteIds;
    QSet<QString> remoteFileIds;
};

/// Parses and validates a whole file. On failure the Error's details hold one "<JSONPath>: <message>" line per
/// problem in document order (at most 100, then "…and N more").
Result<WorkspaceData> parse(const QByteArray &json, const Existing &existing = {});

/// Writes data as an interchange document. Contents (content_base64) are written only when `withContents`.
QByteArray write(const WorkspaceData &data, bool withContents, const QDateTime &exportedAt);

/// Parses `json` against `workspace` and imports it in one transaction; the workspace is unchanged on any error.
Status importInto(Workspace &workspace, const QByteArray &json);
/// The whole workspace as an interchange document.
QByteArray exportFrom(const Workspace &workspace, bool withContents, const QDateTime &exportedAt);
} // namespace Interchange
