// The archive bundle of one assistant family: one zip file that holds everything needed to restore the
// family into a workspace, even after the server is gone.
//
// Layout (entry names are UTF-8):
//   manifest.json               {"format": "assistant-desk-bundle", "format_version": 1, "created_at", "assistant":
//                                {id, name, versions: [ids]}, "definition": "workspace.json", "files": [{id, name,
//                                size, sha256, remote_file_id, uploaded_sha256, content}]} — `content` is the entry
//                                holding the local copy, or null when the workspace has none
//   workspace.json              the family as a workspace interchange document (domain.md §2): the working record
//                                with every version, its saved checks and the file records they name; no
//                                experiments, no pipelines, no content_base64
//   files/<file id>/<name>      the local copy of each file the workspace holds one of
//
// Promises:
// - write() changes nothing in the workspace and replaces `zipPath` atomically (libzip writes a temporary file and
//   renames it on success); on failure the previous file, if any, is left as it was. A local copy whose bytes no
//   longer match the record's sha256 is left out (listed in Written::withoutContent), never written under that hash.
// - importInto() is the interchange import of workspace.json plus the local copies, in one transaction: all or
//   nothing. Every copy must match its record's size and sha256. Ids and remote ids already in the target workspace
//   refuse the whole import (interchange rules 3 and 7); nothing is renamed or merged.
// - Errors are Error{Validation} for a bundle that cannot be used (not a zip, damaged, not a bundle, invalid
//   definition, a copy that does not match), with the problems in `details` (message not repeated there);
//   Error{NotFound} for an unknown assistant id; Error{Storage} when a file cannot be written.
// Threading: call from the workspace's thread. Blocking file I/O; bundles of big files take time.
#pragma once

#include "core/result.h"
#include "domain/workspacedata.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

class Workspace;

namespace Bundle {
inline constexpr char Format[] = "assistant-desk-bundle";
inline constexpr int FormatVersion = 1;
inline constexpr char ManifestEntry[] = "manifest.json";
inline constexpr char DefinitionEntry[] = "workspace.json";

/// True when `head` (the first bytes of a file) starts like a zip archive ("PK\3\4", or "PK\5\6" when empty).
bool looksLikeZip(const QByteArray &head);

/// The family of `assistantId` (a working record or any of its versions): every record of the family and the file
/// records they name (attached to either tool, enabled or not). Contents are not read.
Result<WorkspaceData> familyData(const Workspace &workspace, const QString &assistantId);

struct Written {
    QString assistantId;           // the family's working record
    QString name;                  // its name
    int versions = 0;
    int files = 0;                 // file records in the bundle
    QStringList withoutContent;    // names of the files with no (usable) local copy, in file id order
};

/// Writes the bundle of the family of `assistantId` to `zipPath`.
Result<Written> write(Workspace &workspace, const QString &assistantId, const QString &zipPath,
                      const QDateTime &createdAt = QDateTime::currentDateTimeUtc());

struct Imported {
    QString assistantId;           // the family's working record
    QString name;
    int assistants = 0;            // working records (a bundle written by write() holds one)
    int versions = 0;
    int files = 0;
    int contents = 0;              // local copies restored
};

/// Restores the bundle at `zipPath` into `workspace` (see the promises above).
Result<Imported> importInto(Workspace &workspace, const QString &zipPath);

} // namespace Bundle
