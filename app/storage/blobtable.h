// File contents kept in the workspace database itself (team workspaces, domain.md §1.2 "local copy"): content-
// addressed by SHA-256 in the tables `blobs` and `blob_chunks`, in chunks of ChunkSize bytes, written and read one
// chunk at a time, so a large file is never held in memory as a whole. Every member of the team can push and bundle
// them. Writes join the caller's transaction (Database::write).
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

class Database;

namespace BlobTable {
inline constexpr qint64 ChunkSize = 1024 * 1024;

/// Whether the content `sha256` is stored.
Result<bool> contains(Database &db, const QString &sha256);
/// Stores `content` (whose hash is `sha256`) unless it is stored already.
Status put(Database &db, const QString &sha256, const QByteArray &content);
/// Stores the content of the file at `path`, read a chunk at a time; `sha256` must be its hash (checked while
/// reading: a mismatch stores nothing).
Status putFile(Database &db, const QString &sha256, const QString &path);
/// Writes the content `sha256` to `path` a chunk at a time (atomically: a temporary file renamed at the end) and
/// checks its hash; a damaged or missing content leaves no file.
Status copyToFile(Database &db, const QString &sha256, const QString &path);
/// The whole content (interchange export with contents, which embeds it anyway).
Result<QByteArray> readAll(Database &db, const QString &sha256);
} // namespace BlobTable
