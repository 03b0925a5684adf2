#include "export/bundle.h"

#include "core/logging.h"
#include "interchange/interchange.h"
#include "interchange/jsonwriter.h"
#include "storage/blobstore.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <zip.h>

#include <algorithm>
#include <memory>

namespace Bundle {
namespace {
// A definition or manifest larger than this is not one we wrote; refusing it keeps a hostile zip from exhausting
// memory before anything is validated.
constexpr zip_uint64_t MaxJsonEntrySize = 256 * 1024 * 1024;

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Bundle", text, nullptr, n);
}

QString zipErrorText(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

struct ZipDiscard {
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
using ZipHandle = std::unique_ptr<zip_t, ZipDiscard>;

Error unusable(const QString &zipPath, const QString &problem)
{
    return Error{ErrorKind::Validation,
                 tr("Cannot import the bundle “%1”: %2. Nothing was imported.").arg(QFileInfo(zipPath).fileName(), problem),
                 {}};
}

/// The hex SHA-256 of a file's bytes, read in chunks; empty when the file cannot be read.
QString hashFile(const QString &path, qint64 *size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    *size = file.size();
    return QString::fromLatin1(hash.result().toHex());
}

QString contentEntry(const WorkspaceFile &f)
{
    return QStringLiteral("files/%1/%2").arg(f.id, f.name);
}

/// Reads one entry completely; `expectedSize` < 0 accepts any size up to MaxJsonEntrySize.
Result<QByteArray> readEntry(zip_t *archive, const QString &zipPath, const QString &name, qint64 expectedSize)
{
    const QByteArray utf8 = name.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive, utf8.constData(), 0, &stat) != 0)
        return unusable(zipPath, tr("%1 is missing").arg(name));
    if (!(stat.valid & ZIP_STAT_SIZE))
        return unusable(zipPath, tr("the size of %1 is unknown").arg(name));
    if (expectedSize >= 0 ? stat.size != zip_uint64_t(expectedSize) : stat.size > MaxJsonEntrySize)
        return unusable(zipPath, tr("%1 does not have the expected size").arg(name));
    zip_file_t *entry = zip_fopen_index(archive, stat.index, 0);
    if (!entry)
        return unusable(zipPath, tr("cannot read %1 (%2)").arg(name, QString::fromUtf8(zip_strerror(archive))));
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    qsizetype done = 0;
    while (done < bytes.size()) {
        const zip_int64_t n = zip_fread(entry, bytes.data() + done, zip_uint64_t(bytes.size() - done));
        if (n <= 0)
            break;
        done += qsizetype(n);
    }
    // A damaged entry fails here: libzip checks the CRC once the whole entry was read.
    char probe = 0;
    const bool failed = done != bytes.size() || zip_fread(entry, &probe, 1) != 0;
    const QString why = failed ? QString::fromUtf8(zip_error_strerror(zip_file_get_error(entry))) : QString();
    zip_fclose(entry);
    if (failed)
        return unusable(zipPath, tr("cannot read %1 (%2)").arg(name, why));
    return bytes;
}

/// Adds `bytes` under `name`; the bytes must live until zip_close.
bool addBuffer(zip_t *archive, const QString &name, const QByteArray &bytes, time_t mtime)
{
    zip_source_t *source = zip_source_buffer(archive, bytes.constData(), zip_uint64_t(bytes.size()), 0);
    if (!source)
        return false;
    const zip_int64_t index = zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
        zip_source_free(source);
        return false;
    }
    return zip_file_set_mtime(archive, zip_uint64_t(index), mtime, 0) == 0;
}
} // namespace

bool looksLikeZip(const QByteArray &head)
{
    return head.startsWith(QByteArrayLiteral("PK\x03\x04")) || head.startsWith(QByteArrayLiteral("PK\x05\x06"));
}

Result<WorkspaceData> familyData(const Workspace &workspace, const QString &assistantId)
{
    auto record = workspace.assistant(assistantId);
    if (!record)
        return record.error();
    const QString workingId = record->isVersion() ? record->workingVersionId : record->id;
    auto working = record->isVersion() ? workspace.assistant(workingId) : record;
    if (!working)
        return working.error();
    WorkspaceData data;
    data.assistants << working.value() << workspace.versions(workingId);
    if (const QList<Check> checks = workspace.checks(workingId); !checks.isEmpty())
        data.checks.insert(workingId, checks);
    QStringList fileIds;
    QSet<QString> seen;
    for (const Assistant &a : std::as_const(data.assistants))
        for (const QStringList *ids : {&a.codeInterpreterFiles, &a.fileSearchFiles})
            for (const QString &id : *ids)
                if (!seen.contains(id)) {
                    seen.insert(id);
                    fileIds << id;
                }
    data.files = workspace.filesByIds(fileIds);
    return data;
}

Result<Written> write(Workspace &workspace, const QString &assistantId, const QString &zipPath, const QDateTime &createdAt)
{
    auto family = familyData(workspace, assistantId);
    if (!family)
        return family.error();
    const WorkspaceData &data = family.value();
    const Assistant &working = data.assistants.first();
    const auto cannotWrite = [&](const QString &why) {
        return Error{ErrorKind::Storage, tr("Cannot write the bundle “%1”: %2").arg(QFileInfo(zipPath).fileName(), why), {}};
    };

    Written written;
    written.assistantId = working.id;
    written.name = working.name;
    written.versions = int(data.assistants.size()) - 1;
    written.files = int(data.files.size());

    // Which local copies go in: the content-addressed copy, else the recorded path; either must still hash to the
    // record's sha256, so a damaged copy is never passed off as the file.
    QList<WorkspaceFile> files = data.files;   // in id order, as the interchange file lists them
    std::sort(files.begin(), files.end(), [](const WorkspaceFile &a, const WorkspaceFile &b) { return a.id < b.id; });
    QHash<QString, QString> copyPaths;   // file id → path on disk
    for (const WorkspaceFile &f : std::as_const(files)) {
        QString found;
        if (f.sha256) {
            // A team workspace's copy lives in its database: fetched into the local file cache first.
            const auto fetched = workspace.localCopy(f);
            for (const QString &candidate : {workspace.blobs().pathFor(*f.sha256), f.localPath,
                                             fetched ? fetched.value() : QString()}) {
                qint64 size = -1;
                if (!candidate.isEmpty() && hashFile(candidate, &size) == *f.sha256 && size == f.size) {
                    found = candidate;
                    break;
                }
            }
        }
        if (found.isEmpty())
            written.withoutContent << f.name;
        else
            copyPaths.insert(f.id, found);
    }

    QList<Assistant> versions = data.assistants.mid(1);
    JsonWriter m;
    m.beginObject();
    m.key(QStringLiteral("format"));
    m.value(QString::fromLatin1(Format));
    m.key(QStringLiteral("format_version"));
    m.value(FormatVersion);
    m.key(QStringLiteral("created_at"));
    m.value(createdAt.toUTC().toString(Qt::ISODate));
    m.key(QStringLiteral("assistant"));
    m.beginObject();
    m.key(QStringLiteral("id"));
    m.value(working.id);
    m.key(QStringLiteral("name"));
    m.value(working.name);
    m.key(QStringLiteral("versions"));
    QStringList versionIds;
    for (const Assistant &v : versions)
        versionIds << v.id;
    m.stringArray(versionIds);
    m.endObject();
    m.key(QStringLiteral("definition"));
    m.value(QString::fromLatin1(DefinitionEntry));
    m.key(QStringLiteral("files"));
    m.beginArray();
    for (const WorkspaceFile &f : files) {
        m.beginObject();
        m.key(QStringLiteral("id"));
        m.value(f.id);
        m.key(QStringLiteral("name"));
        m.value(f.name);
        m.key(QStringLiteral("size"));
        m.value(f.size);
        m.key(QStringLiteral("sha256"));
        m.value(f.sha256);
        m.key(QStringLiteral("remote_file_id"));
        m.value(f.remoteFileId);
        m.key(QStringLiteral("uploaded_sha256"));
        m.value(f.uploadedSha256);
        m.key(QStringLiteral("content"));
        if (copyPaths.contains(f.id))
            m.value(contentEntry(f));
        else
            m.null();
        m.endObject();
    }
    m.endArray();
    m.endObject();
    const QByteArray manifest = m.finish();
    const QByteArray definition = Interchange::write(data, false, createdAt);

    int code = 0;
    ZipHandle archive(zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code));
    if (!archive)
        return cannotWrite(zipErrorText(code));
    const time_t mtime = time_t(createdAt.toSecsSinceEpoch());
    if (!addBuffer(archive.get(), QString::fromLatin1(ManifestEntry), manifest, mtime)
        || !addBuffer(archive.get(), QString::fromLatin1(DefinitionEntry), definition, mtime))
        return cannotWrite(QString::fromUtf8(zip_strerror(archive.get())));
    for (const WorkspaceFile &f : files) {
        const auto it = copyPaths.constFind(f.id);
        if (it == copyPaths.cend())
            continue;
        // Streamed from disk at zip_close, so a big file is never held in memory whole.
        zip_source_t *source = zip_source_file(archive.get(), QFile::encodeName(*it).constData(), 0, -1);
        const zip_int64_t index = source ? zip_file_add(archive.get(), contentEntry(f).toUtf8().constData(), source,
                                                        ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE)
                                         : -1;
        if (index < 0) {
            if (source)
                zip_source_free(source);
            return cannotWrite(QString::fromUtf8(zip_strerror(archive.get())));
        }
        zip_file_set_mtime(archive.get(), zip_uint64_t(index), mtime, 0);
    }
    if (zip_close(archive.get()) != 0)
        return cannotWrite(QString::fromUtf8(zip_strerror(archive.get())));   // the handle is still open: discarded
    archive.release();   // zip_close freed it
    qCInfo(lcDb) << "bundle written:" << working.id << written.versions << "versions," << written.files << "files,"
                 << written.withoutContent.size() << "without content";
    return written;
}

Result<Imported> importInto(Workspace &workspace, const QString &zipPath)
{
    int code = 0;
    ZipHandle archive(zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code));
    if (!archive) {
        if (code == ZIP_ER_NOENT || code == ZIP_ER_OPEN || code == ZIP_ER_READ)
            return Error{ErrorKind::Storage,
                         tr("Cannot read the bundle “%1”: %2").arg(QFileInfo(zipPath).fileName(), zipErrorText(code)), {}};
        return unusable(zipPath, tr("it is not a readable zip archive (%1)").arg(zipErrorText(code)));
    }

    auto manifestBytes = readEntry(archive.get(), zipPath, QString::fromLatin1(ManifestEntry), -1);
    if (!manifestBytes)
        return manifestBytes.error();
    const QJsonObject manifest = QJsonDocument::fromJson(manifestBytes.value()).object();
    if (manifest.value(QStringLiteral("format")).toString() != QLatin1String(Format)
        || manifest.value(QStringLiteral("format_version")).toInt() != FormatVersion)
        return unusable(zipPath, tr("manifest.json is not an Assistant Desk bundle manifest (version %1)").arg(FormatVersion));

    auto definition = readEntry(archive.get(), zipPath, QString::fromLatin1(DefinitionEntry), -1);
    if (!definition)
        return definition.error();
    const Interchange::Existing existing{workspace.localIds(), workspace.linkedRemoteIds(), workspace.linkedRemoteFileIds()};
    auto parsed = Interchange::parse(definition.value(), existing);
    if (!parsed) {
        Error e = parsed.error();
        const QString workingId = manifest.value(QStringLiteral("assistant")).toObject().value(QStringLiteral("id")).toString();
        auto present = workingId.isEmpty() ? Result<Assistant>(Error{}) : workspace.assistant(workingId);
        e.message = present ? tr("Bundle “%1” not imported. Already in the workspace as “%2”.")
                                  .arg(QFileInfo(zipPath).fileName(), present->name)
                            : tr("Cannot import the bundle “%1”: its definition has problems. Nothing was imported.")
                                  .arg(QFileInfo(zipPath).fileName());
        return e;
    }
    WorkspaceData data = std::move(parsed).value();

    Imported imported;
    for (const Assistant &a : std::as_const(data.assistants)) {
        if (a.isVersion()) {
            ++imported.versions;
        } else if (imported.assistants++ == 0) {
            imported.assistantId = a.id;
            imported.name = a.name;
        }
    }
    imported.files = int(data.files.size());

    QHash<QString, WorkspaceFile> records;
    for (const WorkspaceFile &f : std::as_const(data.files))
        records.insert(f.id, f);
    const QJsonArray manifestFiles = manifest.value(QStringLiteral("files")).toArray();
    for (const QJsonValue &value : manifestFiles) {
        const QJsonObject entry = value.toObject();
        const QString id = entry.value(QStringLiteral("id")).toString();
        const QJsonValue content = entry.value(QStringLiteral("content"));
        if (content.isNull() || content.isUndefined())
            continue;
        const auto record = records.constFind(id);
        if (record == records.cend() || !content.isString())
            return unusable(zipPath, tr("manifest.json lists a file that is not in the definition (%1)").arg(id));
        const QString name = content.toString();
        auto bytes = readEntry(archive.get(), zipPath, name, record->size);
        if (!bytes)
            return bytes.error();
        if (!record->sha256 || BlobStore::sha256Hex(bytes.value()) != *record->sha256)
            return unusable(zipPath, tr("the copy of “%1” (%2) does not match its SHA-256").arg(record->name, name));
        data.fileContents.insert(id, bytes.value());
    }
    imported.contents = int(data.fileContents.size());

    if (Status s = workspace.importData(data); !s)
        return s.error();
    qCInfo(lcDb) << "bundle imported:" << imported.assistantId << imported.versions << "versions," << imported.files
                 << "files," << imported.contents << "contents";
    return imported;
}

} // namespace Bundle
