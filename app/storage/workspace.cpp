#include "storage/workspace.h"

#include "core/logging.h"
#include "domain/validation.h"
#include "storage/blobtable.h"
#include "storage/workspaceinternal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QSqlDriver>
#include <QTimer>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Workspace", text);
}

const QString ToolCodeInterpreter = QStringLiteral("code_interpreter");
const QString ToolFileSearch = QStringLiteral("file_search");

Error versionReadOnly()
{
    return Error{ErrorKind::Refused, tr("Assistant versions are read-only. Edit the working assistant instead."), {}};
}

const char AssistantColumns[] =
    "id, name, description, instructions, model, temperature, top_p, code_interpreter, file_search, vector_store_id, "
    "metadata, include_file_info, allow_file_search_attachments, allow_code_interpreter_attachments, "
    "allow_file_downloads, remote_id, working_version_id, version_number, is_archived, not_pushed";

const char FileColumns[] = "id, name, size, sha256, remote_file_id, uploaded_sha256, local_path";
/// FileColumns as read, plus whether the workspace database holds the content (team workspaces).
const char FileReadColumns[] = "id, name, size, sha256, remote_file_id, uploaded_sha256, local_path, "
                               "(SELECT COUNT(*) FROM blobs b WHERE b.sha256 = files.sha256)";

/// The kind of record a table holds, as the change history names it.
QString kindOfTable(const QString &table)
{
    if (table == QLatin1String("assistants"))
        return QStringLiteral("assistant");
    if (table == QLatin1String("experiments"))
        return QStringLiteral("experiment");
    return QStringLiteral("pipeline");
}
} // namespace

namespace WorkspaceInternal {
QString metadataToJson(const QMap<QString, QString> &metadata)
{
    QJsonObject o;
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> metadataFromJson(const QString &json)
{
    QMap<QString, QString> out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}
} // namespace WorkspaceInternal

using WorkspaceInternal::metadataFromJson;
using WorkspaceInternal::metadataToJson;

QString utcNowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

Workspace::Workspace(std::unique_ptr<Database> db, BlobStore blobs) : m_db(std::move(db)), m_blobs(std::move(blobs)) {}

Workspace::~Workspace() = default;

QString Workspace::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspace.adesk");
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &spec, const OpenOptions &options)
{
    auto location = WorkspaceLocation::parse(spec);
    if (!location)
        return location.error();
    return open(location.value(), options);
}

Result<std::unique_ptr<Workspace>> Workspace::open(const WorkspaceLocation &location, const OpenOptions &options)
{
    auto db = Database::open(location, options.database);
    if (!db)
        return db.error();
    BlobStore blobs(options.blobRoot.isEmpty() ? BlobStore::defaultRoot() : options.blobRoot);
    std::unique_ptr<Workspace> ws(new Workspace(std::move(db).value(), std::move(blobs)));
    // The change feed starts at what is committed now: what others did before is already in the records.
    if (auto q = ws->m_db->exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes")); q && (*q)->next()) {
        ws->m_lastSeq = (*q)->value(0).toLongLong();
        (*q)->finish();   // an SQLite statement left open holds its snapshot (and blocks writing on a newer one)
    }
    return ws;
}

// --- reads -----------------------------------------------------------------------------------------------------

bool Workspace::isEmpty() const
{
    auto q = m_db->exec(QStringLiteral("SELECT count(*) FROM local_ids"));
    return q && (*q)->next() && (*q)->value(0).toLongLong() == 0;
}

QList<AssistantSummary> Workspace::assistantSummaries() const
{
    return loadSummaries(QString(), {});
}

QList<AssistantSummary> Workspace::loadSummaries(const QString &where, const QVariantList &bindings) const
{
    QList<AssistantSummary> out;
    auto q = m_db->exec(QStringLiteral(
        "SELECT a.id, a.name, a.model, a.remote_id, a.working_version_id, a.version_number, a.is_archived, "
        "a.not_pushed, COALESCE(v.n, 0), s.status, s.checked_at, s.differences, s.last_known "
        "FROM assistants a "
        "LEFT JOIN (SELECT working_version_id AS wid, count(*) AS n FROM assistants "
        "           WHERE working_version_id IS NOT NULL GROUP BY working_version_id) v ON v.wid = a.id "
        "LEFT JOIN sync_states s ON s.assistant_id = a.id %1").arg(where), bindings);
    if (!q)
        return out;
    QSqlQuery &r = **q;
    while (r.next()) {
        AssistantSummary s;
        s.id = r.value(0).toString();
        s.name = r.value(1).toString();
        s.model = r.value(2).toString();
        s.remoteId = optionalString(r.value(3));
        s.workingVersionId = r.value(4).toString();
        s.versionNumber = r.value(5).toInt();
        s.archived = r.value(6).toBool();
        s.notPushed = r.value(7).toBool();
        s.versionCount = r.value(8).toInt();
        if (!s.remoteId) {
            s.syncStatus = SyncStatus::NeverPushed;
        } else if (r.value(9).isNull()) {
            s.syncStatus = SyncStatus::NotChecked;
        } else {
            const QString stored = r.value(9).toString();
            s.checkedAt = r.value(10).toString();
            // A failed check against a server without the Assistants API is stored under its own name.
            s.noAssistantsApi = stored == QLatin1String("no_assistants_api");
            s.syncStatus = s.noAssistantsApi ? SyncStatus::CheckFailed : syncStatusFromWireName(stored);
            if (s.syncStatus == SyncStatus::OutOfSync)
                s.differenceCount = int(QJsonDocument::fromJson(r.value(11).toString().toUtf8()).array().size());
            s.stale = s.syncStatus == SyncStatus::CheckFailed && !r.value(12).isNull();
        }
        out << s;
    }
    return out;
}

Result<AssistantSummary> Workspace::assistantSummary(const QString &id) const
{
    const auto one = loadSummaries(QStringLiteral("WHERE a.id = ?"), {id});
    if (one.isEmpty())
        return Error{ErrorKind::NotFound, tr("No assistant with id “%1” in this workspace.").arg(id), {}};
    return one.first();
}

QList<Assistant> Workspace::loadAssistants(const QString &where, const QVariantList &bindings) const
{
    QList<Assistant> out;
    QHash<QString, qsizetype> index;
    auto q = m_db->exec(QStringLiteral("SELECT %1 FROM assistants %2 ORDER BY id").arg(QLatin1String(AssistantColumns), where),
                        bindings);
    if (!q)
        return out;
    QSqlQuery &r = **q;
    while (r.next()) {
        Assistant a;
        a.id = r.value(0).toString();
        a.name = r.value(1).toString();
        a.description = optionalString(r.value(2));
        a.instructions = r.value(3).toString();
        a.model = r.value(4).toString();
        a.temperature = r.value(5).toDouble();
        a.topP = r.value(6).toDouble();
        a.codeInterpreter = r.value(7).toBool();
        a.fileSearch = r.value(8).toBool();
        a.vectorStoreId = optionalString(r.value(9));
        a.metadata = metadataFromJson(r.value(10).toString());
        a.includeFileInfo = r.value(11).toBool();
        a.allowFileSearchAttachments = r.value(12).toBool();
        a.allowCodeInterpreterAttachments = r.value(13).toBool();
        a.allowFileDownloads = r.value(14).toBool();
        a.remoteId = optionalString(r.value(15));
        a.workingVersionId = r.value(16).toString();
        a.versionNumber = r.value(17).toInt();
        a.archived = r.value(18).toBool();
        a.notPushed = r.value(19).toBool();
        index.insert(a.id, out.size());
        out << a;
    }
    if (out.isEmpty())
        return out;
    const QString sub = QStringLiteral("(SELECT id FROM assistants %1)").arg(where);
    auto fq = m_db->exec(QStringLiteral("SELECT assistant_id, name, description, parameters, strict FROM assistant_functions "
                                        "WHERE assistant_id IN %1 ORDER BY assistant_id, position").arg(sub),
                         bindings);
    if (fq) {
        QSqlQuery &f = **fq;
        while (f.next()) {
            const auto it = index.constFind(f.value(0).toString());
            if (it == index.cend())
                continue;
            FunctionTool tool;
            tool.name = f.value(1).toString();
            tool.description = f.value(2).toString();
            tool.parameters = QJsonDocument::fromJson(f.value(3).toString().toUtf8()).object();
            tool.strict = f.value(4).toBool();
            out[*it].functions << tool;
        }
    }
    auto aq = m_db->exec(QStringLiteral("SELECT assistant_id, tool, file_id FROM assistant_files "
                                        "WHERE assistant_id IN %1 ORDER BY assistant_id, tool, position").arg(sub),
                         bindings);
    if (aq) {
        QSqlQuery &f = **aq;
        while (f.next()) {
            const auto it = index.constFind(f.value(0).toString());
            if (it == index.cend())
                continue;
            if (f.value(1).toString() == ToolCodeInterpreter)
                out[*it].codeInterpreterFiles << f.value(2).toString();
            else
                out[*it].fileSearchFiles << f.value(2).toString();
        }
    }
    return out;
}

Result<Assistant> Workspace::assistant(const QString &id) const
{
    const auto list = loadAssistants(QStringLiteral("WHERE id = ?"), {id});
    if (list.isEmpty())
        return Error{ErrorKind::NotFound, tr("No assistant with id “%1” in this workspace.").arg(id), {}};
    return list.first();
}

QList<Assistant> Workspace::assistants() const
{
    return loadAssistants(QString(), {});
}

QList<Assistant> Workspace::versions(const QString &workingId) const
{
    auto list = loadAssistants(QStringLiteral("WHERE working_version_id = ?"), {workingId});
    std::sort(list.begin(), list.end(), [](const Assistant &a, const Assistant &b) { return a.versionNumber < b.versionNumber; });
    return list;
}

QList<WorkspaceFile> Workspace::loadFiles(const QString &where, const QVariantList &bindings) const
{
    QList<WorkspaceFile> out;
    auto q = m_db->exec(QStringLiteral("SELECT %1 FROM files %2 ORDER BY id").arg(QLatin1String(FileReadColumns), where),
                        bindings);
    if (!q)
        return out;
    QSqlQuery &r = **q;
    while (r.next()) {
        WorkspaceFile f;
        f.id = r.value(0).toString();
        f.name = r.value(1).toString();
        f.size = r.value(2).toLongLong();
        f.sha256 = optionalString(r.value(3));
        f.remoteFileId = optionalString(r.value(4));
        f.uploadedSha256 = optionalString(r.value(5));
        f.localPath = r.value(6).toString();
        // A team workspace keeps contents in its database; this machine's copy goes in the local file cache.
        if (f.localPath.isEmpty() && f.sha256 && r.value(7).toLongLong() > 0)
            f.localPath = m_blobs.pathFor(*f.sha256);
        out << f;
    }
    return out;
}

QList<WorkspaceFile> Workspace::files() const
{
    return loadFiles(QString(), {});
}

Result<WorkspaceFile> Workspace::file(const QString &id) const
{
    const auto list = loadFiles(QStringLiteral("WHERE id = ?"), {id});
    if (list.isEmpty())
        return Error{ErrorKind::NotFound, tr("No file with id “%1” in this workspace.").arg(id), {}};
    return list.first();
}

QList<WorkspaceFile> Workspace::filesByIds(const QStringList &ids) const
{
    QList<WorkspaceFile> out;
    for (const QString &id : ids) {
        auto f = file(id);
        if (f)
            out << f.value();
    }
    return out;
}

QList<WorkspaceFile> Workspace::filesByRemoteIds(const QStringList &remoteFileIds) const
{
    QList<WorkspaceFile> out;
    constexpr qsizetype Chunk = 500;   // well below the bound-parameter limits of SQLite and PostgreSQL
    for (qsizetype i = 0; i < remoteFileIds.size(); i += Chunk) {
        const QStringList part = remoteFileIds.mid(i, Chunk);
        const QStringList marks(part.size(), QStringLiteral("?"));
        const QVariantList bindings(part.cbegin(), part.cend());
        out << loadFiles(QStringLiteral("WHERE remote_file_id IN (%1)").arg(marks.join(u',')), bindings);
    }
    return out;
}

QList<WorkspaceFile> Workspace::filesForCompare(const Assistant &a, const RemoteSnapshot &snapshot) const
{
    QList<WorkspaceFile> out;
    QSet<QString> seen;
    // Chunks keep every statement well below the bound-parameter limits of SQLite and PostgreSQL.
    constexpr qsizetype Chunk = 500;
    const auto load = [&](const char *column, const QStringList &values) {
        for (qsizetype i = 0; i < values.size(); i += Chunk) {
            const QStringList part = values.mid(i, Chunk);
            QStringList marks(part.size(), QStringLiteral("?"));
            const QVariantList bindings(part.cbegin(), part.cend());
            for (auto &f : loadFiles(QStringLiteral("WHERE %1 IN (%2)").arg(QLatin1String(column), marks.join(u',')), bindings))
                if (!seen.contains(f.id)) {
                    seen.insert(f.id);
                    out << std::move(f);
                }
        }
    };
    QStringList local = a.codeInterpreterFiles + a.fileSearchFiles;
    local.removeDuplicates();
    load("id", local);
    load("remote_file_id", snapshot.files.keys());
    return out;
}

QList<Experiment> Workspace::experiments() const
{
    QList<Experiment> out;
    auto q = m_db->exec(QStringLiteral(
        "SELECT e.id, COALESCE(w.name, e.name), e.working_id, e.version_number, e.published, e.is_archived, "
        "e.assistant_id, e.pipeline_id FROM experiments e LEFT JOIN experiments w ON w.id = e.working_id ORDER BY e.id"));
    if (!q)
        return out;
    QSqlQuery &r = **q;
    while (r.next()) {
        Experiment e;
        e.id = r.value(0).toString();
        e.name = r.value(1).toString();
        e.workingId = r.value(2).toString();
        e.versionNumber = r.value(3).toInt();
        e.published = r.value(4).toBool();
        e.archived = r.value(5).toBool();
        e.assistantId = r.value(6).toString();
        e.pipelineId = r.value(7).toString();
        out << e;
    }
    return out;
}

QList<Pipeline> Workspace::pipelines() const
{
    QList<Pipeline> out;
    QHash<QString, qsizetype> index;
    auto q = m_db->exec(QStringLiteral("SELECT p.id, COALESCE(w.name, p.name), p.working_id, p.version_number, p.is_archived "
                                       "FROM pipelines p LEFT JOIN pipelines w ON w.id = p.working_id ORDER BY p.id"));
    if (!q)
        return out;
    QSqlQuery &r = **q;
    while (r.next()) {
        Pipeline p;
        p.id = r.value(0).toString();
        p.name = r.value(1).toString();
        p.workingId = r.value(2).toString();
        p.versionNumber = r.value(3).toInt();
        p.archived = r.value(4).toBool();
        index.insert(p.id, out.size());
        out << p;
    }
    auto nq = m_db->exec(QStringLiteral("SELECT pipeline_id, node_id, type, label, assistant_id FROM pipeline_nodes "
                                        "ORDER BY pipeline_id, position"));
    if (nq) {
        QSqlQuery &n = **nq;
        while (n.next()) {
            const auto it = index.constFind(n.value(0).toString());
            if (it == index.cend())
                continue;
            out[*it].nodes << PipelineNode{n.value(1).toString(), n.value(2).toString(), n.value(3).toString(),
                                           n.value(4).toString()};
        }
    }
    return out;
}

WorkspaceData Workspace::exportData(bool withContents) const
{
    WorkspaceData data;
    data.files = files();
    data.assistants = assistants();
    data.experiments = experiments();
    data.pipelines = pipelines();
    data.checks = allChecks();
    if (withContents) {
        for (const auto &f : std::as_const(data.files)) {
            if (!f.sha256)
                continue;
            if (m_blobs.contains(*f.sha256)) {
                auto content = m_blobs.get(*f.sha256);
                if (content)
                    data.fileContents.insert(f.id, content.value());
            } else if (auto has = BlobTable::contains(*m_db, *f.sha256); has && has.value()) {
                auto content = BlobTable::readAll(*m_db, *f.sha256);
                if (content)
                    data.fileContents.insert(f.id, content.value());
            }
        }
    }
    return data;
}

QSet<QString> Workspace::localIds() const
{
    QSet<QString> out;
    auto q = m_db->exec(QStringLiteral("SELECT id FROM local_ids"));
    if (q)
        while ((*q)->next())
            out.insert((*q)->value(0).toString());
    return out;
}

QSet<QString> Workspace::linkedRemoteIds() const
{
    QSet<QString> out;
    auto q = m_db->exec(QStringLiteral("SELECT remote_id FROM assistants WHERE remote_id IS NOT NULL"));
    if (q)
        while ((*q)->next())
            out.insert((*q)->value(0).toString());
    return out;
}

QSet<QString> Workspace::linkedRemoteFileIds() const
{
    QSet<QString> out;
    auto q = m_db->exec(QStringLiteral("SELECT remote_file_id FROM files WHERE remote_file_id IS NOT NULL"));
    if (q)
        while ((*q)->next())
            out.insert((*q)->value(0).toString());
    return out;
}

QString Workspace::setting(const QString &key, const QString &fallback) const
{
    auto q = m_db->exec(QStringLiteral("SELECT value FROM workspace_settings WHERE key = ?"), {key});
    if (q && (*q)->next())
        return (*q)->value(0).toString();
    return fallback;
}

Status Workspace::setSetting(const QString &key, const QString &value)
{
    return m_db->write([&]() -> Status {
        if (Status s = m_db->change(QStringLiteral("DELETE FROM workspace_settings WHERE key = ?"), {key}); !s)
            return s;
        note(QStringLiteral("settings"), key);
        return m_db->change(QStringLiteral("INSERT INTO workspace_settings (key, value) VALUES (?, ?)"), {key, value});
    });
}

void Workspace::note(const QString &kind, const QString &id, const QString &action, const QStringList &fields)
{
    m_db->noteChange(kind, id, action, fields);
}

Status Workspace::touch(const QString &table, const QString &id, const QStringList &fields)
{
    // Table names come from this file's fixed list, never from data.
    if (Status s = m_db->change(QStringLiteral("UPDATE %1 SET row_version = row_version + 1, updated_by = ?, updated_at = ? "
                                               "WHERE id = ?")
                                    .arg(table),
                                {m_db->userName(), utcNowIso(), id});
        !s)
        return s;
    note(kindOfTable(table), id, QStringLiteral("update"), fields);
    return {};
}

Result<RecordStamp> Workspace::stamp(const QString &id) const
{
    for (const char *table : {"assistants", "experiments", "pipelines"}) {
        auto q = m_db->exec(QStringLiteral("SELECT row_version, COALESCE(updated_by, ''), COALESCE(updated_at, '') "
                                           "FROM %1 WHERE id = ?")
                                .arg(QLatin1String(table)),
                            {id});
        if (!q)
            return q.error();
        if ((*q)->next()) {
            RecordStamp st{(*q)->value(0).toLongLong(), (*q)->value(1).toString(), (*q)->value(2).toString()};
            (*q)->finish();
            return st;
        }
    }
    return Error{ErrorKind::NotFound, tr("No record with id “%1” in this workspace.").arg(id), {}};
}

Result<QString> Workspace::localCopy(const WorkspaceFile &f)
{
    const auto noCopy = [&f] {
        return Error{ErrorKind::NotFound,
                     tr("File “%1” has no local copy and was never uploaded. Add it again.").arg(f.name), {}};
    };
    if (!f.sha256)
        return f.localPath.isEmpty() || !QFileInfo::exists(f.localPath) ? Result<QString>(noCopy()) : Result<QString>(f.localPath);
    const QString cached = m_blobs.pathFor(*f.sha256);
    if (QFileInfo(cached).isFile() && QFileInfo(cached).size() == f.size)
        return cached;
    if (!f.localPath.isEmpty() && f.localPath != cached && QFileInfo(f.localPath).isFile())
        return f.localPath;
    auto has = BlobTable::contains(*m_db, *f.sha256);
    if (!has)
        return has.error();
    if (!has.value())
        return noCopy();
    if (Status s = BlobTable::copyToFile(*m_db, *f.sha256, cached); !s)
        return s.error();
    return cached;
}

// --- writes ----------------------------------------------------------------------------------------------------

Status Workspace::registerId(const QString &id, const char *kind)
{
    auto q = m_db->exec(QStringLiteral("SELECT kind FROM local_ids WHERE id = ?"), {id});
    if (q && (*q)->next())
        return Error{ErrorKind::Validation, tr("Id: “%1” already exists").arg(id), {}};
    return m_db->change(QStringLiteral("INSERT INTO local_ids (id, kind) VALUES (?, ?)"), {id, QString::fromLatin1(kind)});
}

Status Workspace::insertAssistant(const Assistant &a)
{
    if (Status s = registerId(a.id, "assistant"); !s)
        return s;
    const QString sql = QStringLiteral("INSERT INTO assistants (%1, updated_at) VALUES "
                                       "(?, COALESCE(?, ''), ?, COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                            .arg(QLatin1String(AssistantColumns));
    const QString description = a.description.value_or(QString());
    if (Status s = m_db->change(sql, {a.id, a.name, nullableIfEmpty(description), a.instructions, a.model, a.temperature,
                                      a.topP, int(a.codeInterpreter), int(a.fileSearch), nullable(a.vectorStoreId),
                                      metadataToJson(a.metadata), int(a.includeFileInfo),
                                      int(a.allowFileSearchAttachments), int(a.allowCodeInterpreterAttachments),
                                      int(a.allowFileDownloads), nullable(a.remoteId), nullableIfEmpty(a.workingVersionId),
                                      a.versionNumber, int(a.archived), int(a.notPushed), utcNowIso()});
        !s)
        return s;
    return writeAssistantParts(a);
}

Status Workspace::writeAssistantParts(const Assistant &a)
{
    if (Status s = m_db->change(QStringLiteral("DELETE FROM assistant_functions WHERE assistant_id = ?"), {a.id}); !s)
        return s;
    if (Status s = m_db->change(QStringLiteral("DELETE FROM assistant_files WHERE assistant_id = ?"), {a.id}); !s)
        return s;
    for (int i = 0; i < a.functions.size(); ++i) {
        const FunctionTool &f = a.functions.at(i);
        const QString params = QString::fromUtf8(QJsonDocument(f.parameters).toJson(QJsonDocument::Compact));
        if (Status s = m_db->change(QStringLiteral("INSERT INTO assistant_functions (assistant_id, position, name, "
                                                   "description, parameters, strict) VALUES (?, ?, COALESCE(?, ''), COALESCE(?, ''), ?, ?)"),
                                    {a.id, i, f.name, f.description, params, int(f.strict)});
            !s)
            return s;
    }
    const auto writeFiles = [&](const QString &tool, const QStringList &ids) -> Status {
        for (int i = 0; i < ids.size(); ++i) {
            if (Status s = m_db->change(QStringLiteral("INSERT INTO assistant_files (assistant_id, tool, position, file_id) "
                                                       "VALUES (?, ?, ?, ?)"),
                                        {a.id, tool, i, ids.at(i)});
                !s)
                return s;
        }
        return {};
    };
    if (Status s = writeFiles(ToolCodeInterpreter, a.codeInterpreterFiles); !s)
        return s;
    return writeFiles(ToolFileSearch, a.fileSearchFiles);
}

/// Validation plus the rules that need the stored records; only the referenced rows are read, so a save costs the
/// same in a workspace of 10 or 10,000 assistants.
Status Workspace::checkAssistantRules(const Assistant &a) const
{
    QList<FieldProblem> problems = validateAssistant(a);
    for (const QString &id : a.codeInterpreterFiles + a.fileSearchFiles) {
        auto q = m_db->exec(QStringLiteral("SELECT 1 FROM files WHERE id = ?"), {id});
        if (q && !(*q)->next())
            problems << FieldProblem{QStringLiteral("files"), QCoreApplication::translate("Validation", "Files"),
                                     QCoreApplication::translate("Validation", "unknown file id “%1”").arg(id)};
    }
    if (a.remoteId) {
        auto q = m_db->exec(QStringLiteral("SELECT name FROM assistants WHERE remote_id = ? AND id <> ?"), {*a.remoteId, a.id});
        if (q && (*q)->next())
            problems << FieldProblem{QStringLiteral("remote_id"), QCoreApplication::translate("Validation", "Remote id"),
                                     QCoreApplication::translate("Validation", "“%1” is already linked to “%2”")
                                         .arg(*a.remoteId, (*q)->value(0).toString())};
    }
    if (!problems.isEmpty())
        return Error::validation(problemTexts(problems));
    return {};
}

Result<Assistant> Workspace::createAssistant(Assistant a)
{
    if (a.id.isEmpty())
        a.id = generateLocalId(QStringLiteral("a-"));
    a.workingVersionId.clear();
    a.versionNumber = qMax(1, a.versionNumber);
    a.archived = false;
    a.notPushed = true;
    if (a.description && a.description->isEmpty())
        a.description.reset();
    if (Status s = checkAssistantRules(a); !s)
        return s.error();
    if (Status s = m_db->write([&] {
            note(QStringLiteral("assistant"), a.id, QStringLiteral("insert"));
            if (Status inserted = insertAssistant(a); !inserted)
                return inserted;
            // Who created it, for the editor's "Changed by … at …" until the first edit.
            return m_db->change(QStringLiteral("UPDATE assistants SET updated_by = ?, updated_at = ? WHERE id = ?"),
                                {m_db->userName(), utcNowIso(), a.id});
        });
        !s)
        return s.error();
    emit assistantAdded(a.id);
    return a;
}

Status Workspace::saveAssistant(const Assistant &edited, std::optional<qint64> baseRowVersion)
{
    Assistant a;
    const Status s = m_db->write([&]() -> Status {
        // Read inside the transaction: the checks and the row version are those of the state this save replaces.
        auto stored = assistant(edited.id);
        if (!stored)
            return stored.error();
        if (stored->isVersion())
            return versionReadOnly();
        if (stored->archived)
            return Error{ErrorKind::Refused, tr("Archived assistants are read-only."), {}};
        if (baseRowVersion) {
            auto current = stamp(edited.id);
            if (!current)
                return current.error();
            if (current->rowVersion != *baseRowVersion)
                return Error{ErrorKind::Conflict,
                             tr("“%1” was changed by %2 at %3 while you edited it. Nothing was saved; choose what to "
                                "keep.")
                                 .arg(stored->name, current->changedBy, current->changedAt),
                             {current->changedBy, current->changedAt}};
        }
        a = edited;
        // Identity and lifecycle fields are not editable through a save.
        a.workingVersionId.clear();
        a.versionNumber = stored->versionNumber;
        a.archived = stored->archived;
        if (a.description && a.description->isEmpty())
            a.description.reset();
        a.notPushed = stored->notPushed || !a.sameRemoteConfiguration(stored.value());
        if (Status c = checkAssistantRules(a); !c)
            return c;
        const QString description = a.description.value_or(QString());
        if (Status u = m_db->change(
                QStringLiteral("UPDATE assistants SET name = COALESCE(?, ''), description = ?, instructions = COALESCE(?, ''), "
                               "model = COALESCE(?, ''), "
                               "temperature = ?, top_p = ?, code_interpreter = ?, file_search = ?, vector_store_id = ?, "
                               "metadata = ?, include_file_info = ?, allow_file_search_attachments = ?, "
                               "allow_code_interpreter_attachments = ?, allow_file_downloads = ?, remote_id = ?, "
                               "not_pushed = ? WHERE id = ?"),
                {a.name, nullableIfEmpty(description), a.instructions, a.model, a.temperature, a.topP,
                 int(a.codeInterpreter), int(a.fileSearch), nullable(a.vectorStoreId), metadataToJson(a.metadata),
                 int(a.includeFileInfo), int(a.allowFileSearchAttachments), int(a.allowCodeInterpreterAttachments),
                 int(a.allowFileDownloads), nullable(a.remoteId), int(a.notPushed), a.id});
            !u)
            return u;
        if (Status p = writeAssistantParts(a); !p)
            return p;
        if (Status t = touch(QStringLiteral("assistants"), a.id, AssistantFields::changed(stored.value(), a)); !t)
            return t;
        return recomputeSyncState(a);
    });
    if (s)
        emit assistantChanged(a.id);
    return s;
}

Status Workspace::setAssistantFields(const QStringList &ids, const QList<FieldEdit> &edits)
{
    QStringList changed;
    const Status s = m_db->write([&]() -> Status {
        changed.clear();
        QStringList problems;
        QList<Assistant> updated;
        for (const QString &id : ids) {
            auto stored = assistant(id);
            if (!stored)
                return stored.error();
            if (stored->isVersion())
                return versionReadOnly();
            if (stored->archived)
                return Error{ErrorKind::Refused, tr("Archived assistants are read-only."), {}};
            Assistant a = stored.value();
            const QString who = ids.size() > 1 ? tr("%1: ").arg(id) : QString();
            for (const FieldEdit &e : edits) {
                if (Status applied = AssistantFields::apply(a, e); !applied) {
                    problems << who + applied.error().message;
                    continue;
                }
            }
            if (a.description && a.description->isEmpty())
                a.description.reset();
            a.notPushed = stored->notPushed || !a.sameRemoteConfiguration(stored.value());
            if (Status c = checkAssistantRules(a); !c)
                for (const QString &line : c.error().details.isEmpty() ? QStringList{c.error().message} : c.error().details)
                    problems << who + line;
            updated << a;
        }
        if (!problems.isEmpty())
            return Error::validation(problems);
        for (int i = 0; i < updated.size(); ++i) {
            const Assistant &a = updated.at(i);
            // Only the named columns change, so a concurrent edit of other fields is kept.
            QStringList sets;
            QVariantList values;
            QStringList fields;
            for (const FieldEdit &e : edits) {
                const QString column = e.field.startsWith(QLatin1String("metadata.")) ? QStringLiteral("metadata") : e.field;
                fields << e.field;   // every named field goes into the history, several metadata keys too
                if (sets.contains(column + QStringLiteral(" = ?")))
                    continue;
                sets << column + QStringLiteral(" = ?");
                if (column == QLatin1String("name"))
                    values << a.name;
                else if (column == QLatin1String("description"))
                    values << nullableIfEmpty(a.description.value_or(QString()));
                else if (column == QLatin1String("instructions"))
                    values << a.instructions;
                else if (column == QLatin1String("model"))
                    values << a.model;
                else if (column == QLatin1String("temperature"))
                    values << a.temperature;
                else if (column == QLatin1String("top_p"))
                    values << a.topP;
                else
                    values << metadataToJson(a.metadata);
            }
            values << int(a.notPushed) << a.id;
            if (Status u = m_db->change(QStringLiteral("UPDATE assistants SET %1, not_pushed = ? WHERE id = ?")
                                            .arg(sets.join(QStringLiteral(", "))),
                                        values);
                !u)
                return u;
            if (Status t = touch(QStringLiteral("assistants"), a.id, fields); !t)
                return t;
            if (Status r = recomputeSyncState(a); !r)
                return r;
            changed << a.id;
        }
        return {};
    });
    if (s)
        for (const QString &id : std::as_const(changed))
            emit assistantChanged(id);
    return s;
}

Result<Assistant> Workspace::duplicateAssistant(const QString &id)
{
    auto source = assistant(id);
    if (!source)
        return source.error();
    Assistant copy = source.value();
    copy.id.clear();
    copy.name = tr("%1 (copy)").arg(copy.name).left(Limits::NameMax);
    copy.remoteId.reset();
    copy.vectorStoreId.reset();
    copy.workingVersionId.clear();
    copy.versionNumber = 1;
    return createAssistant(copy);
}

Status Workspace::insertFile(const WorkspaceFile &f)
{
    if (Status s = registerId(f.id, "file"); !s)
        return s;
    note(QStringLiteral("file"), f.id, QStringLiteral("insert"));
    return m_db->change(QStringLiteral("INSERT INTO files (%1) VALUES (?, COALESCE(?, ''), ?, ?, ?, ?, ?)").arg(QLatin1String(FileColumns)),
                        {f.id, f.name, f.size, nullable(f.sha256), nullable(f.remoteFileId), nullable(f.uploadedSha256),
                         nullableIfEmpty(f.localPath)});
}

Result<WorkspaceFile> Workspace::addFile(const QString &name, const QByteArray &content)
{
    WorkspaceFile f;
    f.id = generateLocalId(QStringLiteral("f-"));
    f.name = name;
    f.size = content.size();
    f.sha256 = BlobStore::sha256Hex(content);
    if (auto problems = validateFile(f); !problems.isEmpty())
        return Error::validation(problemTexts(problems));
    for (const auto &existing : loadFiles(QStringLiteral("WHERE name = ? AND sha256 = ?"), {name, *f.sha256})) {
        if (!existing.hasLocalCopy()) {
            // Known by name and hash but without content (e.g. pulled): keep the content now.
            auto path = m_blobs.put(*f.sha256, content);
            if (!path)
                return path.error();
            WorkspaceFile updated = existing;
            updated.localPath = path.value();
            if (Status s = m_db->write([&]() -> Status {
                    note(QStringLiteral("file"), updated.id);
                    if (isTeam())
                        return BlobTable::put(*m_db, *f.sha256, content);
                    return m_db->change(QStringLiteral("UPDATE files SET local_path = ? WHERE id = ?"),
                                        {updated.localPath, updated.id});
                });
                !s)
                return s.error();
            emit filesChanged();
            return updated;
        }
        return existing;
    }
    auto path = m_blobs.put(*f.sha256, content);
    if (!path)
        return path.error();
    f.localPath = path.value();
    if (Status s = m_db->write([&]() -> Status {
            note(QStringLiteral("file"), f.id, QStringLiteral("insert"));
            if (isTeam()) {
                // Every member can push and bundle it: the content goes into the workspace; no machine's path does.
                if (Status b = BlobTable::put(*m_db, *f.sha256, content); !b)
                    return b;
                WorkspaceFile stored = f;
                stored.localPath.clear();
                return insertFile(stored);
            }
            return insertFile(f);
        });
        !s)
        return s.error();
    emit filesChanged();
    return f;
}

Status Workspace::insertPipeline(const Pipeline &p)
{
    if (Status s = registerId(p.id, "pipeline"); !s)
        return s;
    if (Status s = m_db->change(QStringLiteral("INSERT INTO pipelines (id, name, working_id, version_number, is_archived) "
                                               "VALUES (?, ?, ?, ?, ?)"),
                                {p.id, p.isVersion() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(p.name),
                                 nullableIfEmpty(p.workingId), p.versionNumber, int(p.archived)});
        !s)
        return s;
    return {};
}

Status Workspace::insertExperiment(const Experiment &e)
{
    if (Status s = registerId(e.id, "experiment"); !s)
        return s;
    return m_db->change(QStringLiteral("INSERT INTO experiments (id, name, working_id, version_number, published, "
                                       "is_archived, assistant_id, pipeline_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                        {e.id, e.isVersion() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(e.name),
                         nullableIfEmpty(e.workingId), e.versionNumber, int(e.published), int(e.archived),
                         nullableIfEmpty(e.assistantId), nullableIfEmpty(e.pipelineId)});
}

Status Workspace::importData(const WorkspaceData &data)
{
    // Contents first: a stored blob without a record is harmless, a record pointing at no blob is not.
    QHash<QString, QString> blobPaths;
    for (const auto &f : data.files) {
        const auto it = data.fileContents.constFind(f.id);
        if (it == data.fileContents.cend())
            continue;
        auto path = m_blobs.put(f.sha256.value_or(BlobStore::sha256Hex(*it)), *it);
        if (!path)
            return path.error();
        blobPaths.insert(f.id, path.value());
    }
    const Status s = m_db->write([&]() -> Status {
        note(QStringLiteral("workspace"), QString(), QStringLiteral("import"));
        for (WorkspaceFile f : data.files) {
            if (isTeam()) {
                // Contents live in the workspace database; a path means something only on one machine.
                const auto content = data.fileContents.constFind(f.id);
                if (content != data.fileContents.cend())
                    if (Status b = BlobTable::put(*m_db, f.sha256.value_or(BlobStore::sha256Hex(*content)), *content); !b)
                        return b;
                f.localPath.clear();
            } else {
                if (f.localPath.isEmpty())
                    f.localPath = blobPaths.value(f.id);
                if (f.localPath.isEmpty() && f.sha256 && m_blobs.contains(*f.sha256))
                    f.localPath = m_blobs.pathFor(*f.sha256);
            }
            if (Status r = insertFile(f); !r)
                return r;
        }
        // Working records before versions (versions reference them), assistants before the records naming them.
        for (int pass = 0; pass < 2; ++pass) {
            for (const auto &a : data.assistants)
                if (a.isVersion() == (pass == 1))
                    if (Status r = insertAssistant(a); !r)
                        return r;
        }
        for (int pass = 0; pass < 2; ++pass) {
            for (const auto &p : data.pipelines)
                if (p.isVersion() == (pass == 1))
                    if (Status r = insertPipeline(p); !r)
                        return r;
        }
        for (const auto &p : data.pipelines) {
            for (int i = 0; i < p.nodes.size(); ++i) {
                const PipelineNode &n = p.nodes.at(i);
                if (Status r = m_db->change(QStringLiteral("INSERT INTO pipeline_nodes (pipeline_id, position, node_id, "
                                                           "type, label, assistant_id) VALUES (?, ?, COALESCE(?, ''), COALESCE(?, ''), ?, ?)"),
                                            {p.id, i, n.id, n.type, nullableIfEmpty(n.label), nullableIfEmpty(n.assistantId)});
                    !r)
                    return r;
            }
        }
        for (int pass = 0; pass < 2; ++pass) {
            for (const auto &e : data.experiments)
                if (e.isVersion() == (pass == 1))
                    if (Status r = insertExperiment(e); !r)
                        return r;
        }
        for (auto it = data.checks.cbegin(); it != data.checks.cend(); ++it)
            for (int i = 0; i < it.value().size(); ++i)
                if (Status r = insertCheck(it.key(), i, it.value().at(i)); !r)
                    return r;
        return {};
    });
    if (s) {
        qCInfo(lcDb) << "imported" << data.assistants.size() << "assistant records," << data.files.size() << "files,"
                     << data.experiments.size() << "experiment records," << data.pipelines.size() << "pipeline records";
        emit reset();
    }
    return s;
}

// --- who did what, and the other desktops' changes -------------------------------------------------------------

namespace {
ChangeEntry changeFrom(const QSqlQuery &r, const QString &mySession)
{
    ChangeEntry c;
    c.seq = r.value(0).toLongLong();
    c.kind = r.value(1).toString();
    c.recordId = r.value(2).toString();
    c.action = r.value(3).toString();
    const QString fields = r.value(4).toString();
    c.fields = fields.isEmpty() ? QStringList{} : fields.split(QLatin1Char(','));
    c.changedBy = r.value(5).toString();
    c.changedAt = r.value(6).toString();
    c.mine = r.value(7).toString() == mySession;
    return c;
}
} // namespace

QList<ChangeEntry> Workspace::history(const QStringList &recordIds, int limit) const
{
    QList<ChangeEntry> out;
    QString where;
    QVariantList bindings;
    if (!recordIds.isEmpty()) {
        where = QStringLiteral("WHERE record_id IN (%1)").arg(QStringList(recordIds.size(), QStringLiteral("?")).join(u','));
        for (const QString &id : recordIds)
            bindings << id;
    }
    bindings << limit;
    auto q = m_db->exec(QStringLiteral("SELECT seq, record_kind, record_id, action, fields, changed_by, changed_at, "
                                       "session_id FROM changes %1 ORDER BY seq DESC LIMIT ?")
                            .arg(where),
                        bindings);
    if (!q)
        return out;
    while ((*q)->next())
        out << changeFrom(**q, m_db->sessionId());
    (*q)->finish();
    return out;
}

int Workspace::pollChanges()
{
    m_db->releaseReads();   // read what is committed now, not an open query's old snapshot
    QList<ChangeEntry> fresh;
    auto q = m_db->exec(QStringLiteral("SELECT seq, record_kind, record_id, action, fields, changed_by, changed_at, "
                                       "session_id FROM changes WHERE seq > ? ORDER BY seq"),
                        {m_lastSeq});
    if (!q)
        return 0;
    while ((*q)->next())
        fresh << changeFrom(**q, m_db->sessionId());
    (*q)->finish();
    if (!fresh.isEmpty())
        m_lastSeq = fresh.last().seq;
    int theirs = 0;
    bool many = false;
    for (const ChangeEntry &c : std::as_const(fresh)) {
        if (c.mine)
            continue;
        ++theirs;
        many = many || c.kind == QLatin1String("workspace");
    }
    if (theirs == 0)
        return 0;
    qCDebug(lcDb) << "change feed:" << theirs << "change(s) by other programs";
    for (const ChangeEntry &c : std::as_const(fresh))
        if (!c.mine)
            emit externalChange(c);
    if (many || theirs > 200) {
        emit reset();
        return theirs;
    }
    for (const ChangeEntry &c : std::as_const(fresh))
        if (!c.mine)
            emitChange(c);
    return theirs;
}

void Workspace::emitChange(const ChangeEntry &c)
{
    if (c.kind == QLatin1String("assistant")) {
        if (c.action == QLatin1String("insert"))
            emit assistantAdded(c.recordId);
        else
            emit assistantChanged(c.recordId);
    } else if (c.kind == QLatin1String("experiment")) {
        emit experimentsChanged();
    } else if (c.kind == QLatin1String("pipeline")) {
        emit pipelinesChanged();
    } else if (c.kind == QLatin1String("file")) {
        emit filesChanged();
    } else if (c.kind == QLatin1String("job")) {
        emit deletionJobsChanged();
    } else if (c.kind == QLatin1String("check")) {
        emit checksChanged(QString());
    } else if (c.kind != QLatin1String("settings")) {
        emit reset();
    }
}

int Workspace::readDataVersion()
{
    m_db->releaseReads();   // an open read keeps its snapshot, in which data_version never moves
    auto q = m_db->exec(Sql::dataVersion(m_db->dialect()));
    if (!q || !(*q)->next())
        return -1;
    const int version = (*q)->value(0).toInt();
    (*q)->finish();
    return version;
}

void Workspace::watchChanges(bool on)
{
    if (!on) {
        if (m_watchTimer)
            m_watchTimer->stop();
        if (m_listening) {
            m_db->driver()->unsubscribeFromNotification(QLatin1String(Sql::ChangeChannel));
            disconnect(m_db->driver(), nullptr, this, nullptr);
            m_listening = false;
        }
        return;
    }
    if (isTeam()) {
        // LISTEN: the server wakes us when another desktop commits (the NOTIFY of Database::write).
        if (!m_listening && m_db->driver()->subscribeToNotification(QLatin1String(Sql::ChangeChannel))) {
            connect(m_db->driver(), &QSqlDriver::notification, this,
                    [this](const QString &, QSqlDriver::NotificationSource, const QVariant &) { pollChanges(); });
            m_listening = true;
        }
        pollChanges();   // what others committed since this workspace was opened
        return;
    }
    // SQLite: another connection's commit changes PRAGMA data_version; reading it costs no I/O when nothing changed.
    if (!m_watchTimer) {
        m_watchTimer = new QTimer(this);
        m_watchTimer->setInterval(250);
        connect(m_watchTimer, &QTimer::timeout, this, [this] {
            const int version = readDataVersion();
            if (version >= 0 && version != m_dataVersion) {
                m_dataVersion = version;
                pollChanges();
            }
        });
    }
    // The version now, then what others committed since this workspace was opened: nothing falls in between.
    m_dataVersion = readDataVersion();
    pollChanges();
    m_watchTimer->start();
}
