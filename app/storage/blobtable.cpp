#include "storage/blobtable.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <functional>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("BlobTable", text);
}

Error missing(const QString &sha256)
{
    return Error{ErrorKind::NotFound, tr("The workspace holds no copy of the content %1.").arg(sha256.left(12)), {}};
}

Error damaged(const QString &sha256)
{
    return Error{ErrorKind::Storage,
                 tr("The workspace's copy of the content %1 is damaged (its SHA-256 does not match).").arg(sha256.left(12)),
                 {}};
}

/// Stores a content given chunk by chunk by `next` (which returns false at the end, or an error), in one transaction:
/// the blob row, then its chunks; `sha256` is checked against what was read.
Status store(Database &db, const QString &sha256, qint64 size,
             const std::function<Result<bool>(QByteArray &chunk)> &next)
{
    return db.write([&]() -> Status {
        auto has = BlobTable::contains(db, sha256);
        if (!has)
            return has.error();
        if (has.value())
            return {};
        const int chunks = int(qMax<qint64>(1, (size + BlobTable::ChunkSize - 1) / BlobTable::ChunkSize));
        if (Status s = db.change(QStringLiteral("INSERT INTO blobs (sha256, size, chunk_count) VALUES (?, ?, ?)"),
                                 {sha256, size, chunks});
            !s)
            return s;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 total = 0;
        int n = 0;
        QByteArray chunk;
        for (;;) {
            auto more = next(chunk);
            if (!more)
                return more.error();
            if (!more.value())
                break;
            hash.addData(chunk);
            total += chunk.size();
            if (Status s = db.change(QStringLiteral("INSERT INTO blob_chunks (sha256, n, data) VALUES (?, ?, ?)"),
                                     {sha256, n++, chunk});
                !s)
                return s;
        }
        if (n == 0) {
            if (Status s = db.change(QStringLiteral("INSERT INTO blob_chunks (sha256, n, data) VALUES (?, ?, ?)"),
                                     {sha256, 0, QByteArray("")});
                !s)
                return s;
            n = 1;
        }
        if (total != size || n != chunks || QString::fromLatin1(hash.result().toHex()) != sha256)
            return Error{ErrorKind::Validation,
                         tr("The content does not match its SHA-256 %1; nothing was stored.").arg(sha256.left(12)), {}};
        return {};
    });
}

/// Reads the chunks of `sha256` in order and hands each to `sink`; checks size, count and hash.
Status readChunks(Database &db, const QString &sha256, const std::function<Status(const QByteArray &)> &sink)
{
    auto head = db.exec(QStringLiteral("SELECT size, chunk_count FROM blobs WHERE sha256 = ?"), {sha256});
    if (!head)
        return head.error();
    if (!(*head)->next())
        return missing(sha256);
    const qint64 size = (*head)->value(0).toLongLong();
    const int chunks = (*head)->value(1).toInt();
    (*head)->finish();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    // One chunk per query, so only one chunk is in memory at a time whatever the driver buffers.
    for (int n = 0; n < chunks; ++n) {
        auto q = db.exec(QStringLiteral("SELECT data FROM blob_chunks WHERE sha256 = ? AND n = ?"), {sha256, n});
        if (!q)
            return q.error();
        if (!(*q)->next())
            return damaged(sha256);
        const QByteArray data = (*q)->value(0).toByteArray();
        (*q)->finish();
        hash.addData(data);
        total += data.size();
        if (Status s = sink(data); !s)
            return s;
    }
    if (total != size || QString::fromLatin1(hash.result().toHex()) != sha256)
        return damaged(sha256);
    return {};
}
} // namespace

namespace BlobTable {
Result<bool> contains(Database &db, const QString &sha256)
{
    auto q = db.exec(QStringLiteral("SELECT 1 FROM blobs WHERE sha256 = ?"), {sha256});
    if (!q)
        return q.error();
    const bool found = (*q)->next();
    (*q)->finish();
    return found;
}

Status put(Database &db, const QString &sha256, const QByteArray &content)
{
    qint64 offset = 0;
    return store(db, sha256, content.size(), [&](QByteArray &chunk) -> Result<bool> {
        if (offset >= content.size())
            return false;
        chunk = content.mid(offset, ChunkSize);
        offset += chunk.size();
        return true;
    });
}

Status putFile(Database &db, const QString &sha256, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorKind::Storage, tr("Cannot read the local copy %1: %2").arg(path, file.errorString()), {}};
    return store(db, sha256, file.size(), [&](QByteArray &chunk) -> Result<bool> {
        chunk = file.read(ChunkSize);
        if (file.error() != QFileDevice::NoError)
            return Error{ErrorKind::Storage, tr("Cannot read the local copy %1: %2").arg(path, file.errorString()), {}};
        return !chunk.isEmpty();
    });
}

Status copyToFile(Database &db, const QString &sha256, const QString &path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{ErrorKind::Storage, tr("Cannot create the folder %1").arg(QFileInfo(path).absolutePath()), {}};
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error{ErrorKind::Storage, tr("Cannot write %1: %2").arg(path, out.errorString()), {}};
    const Status read = readChunks(db, sha256, [&out, &path](const QByteArray &data) -> Status {
        if (out.write(data) != data.size())
            return Error{ErrorKind::Storage, tr("Cannot write %1: %2").arg(path, out.errorString()), {}};
        return {};
    });
    if (!read) {
        out.cancelWriting();
        return read;
    }
    if (!out.commit())
        return Error{ErrorKind::Storage, tr("Cannot write %1: %2").arg(path, out.errorString()), {}};
    return {};
}

Result<QByteArray> readAll(Database &db, const QString &sha256)
{
    QByteArray all;
    if (Status s = readChunks(db, sha256, [&all](const QByteArray &data) -> Status {
            all += data;
            return {};
        });
        !s)
        return s.error();
    return all;
}
} // namespace BlobTable
