#include "storage/workspacecopy.h"

#include "storage/blobtable.h"
#include "storage/storageaccess.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("WorkspaceCopy", text);
}

/// Tables in an order that satisfies their references (records before what names them); tables not listed (added by
/// later schema versions) follow in name order.
const QStringList KnownOrder{
    QStringLiteral("local_ids"), QStringLiteral("workspace_settings"), QStringLiteral("files"),
    QStringLiteral("assistants"), QStringLiteral("assistant_functions"), QStringLiteral("assistant_files"),
    QStringLiteral("pipelines"), QStringLiteral("pipeline_nodes"), QStringLiteral("experiments"),
    QStringLiteral("remote_snapshots"), QStringLiteral("sync_states"), QStringLiteral("deletion_jobs"),
    QStringLiteral("create_intents"), QStringLiteral("remote_listings"), QStringLiteral("changes"),
    QStringLiteral("blobs"), QStringLiteral("blob_chunks")};

/// Within a table: working records before their versions (a version references its working record).
QString orderOf(const QString &table)
{
    if (table == QLatin1String("assistants"))
        return QStringLiteral(" ORDER BY CASE WHEN working_version_id IS NULL THEN 0 ELSE 1 END, id");
    if (table == QLatin1String("pipelines") || table == QLatin1String("experiments"))
        return QStringLiteral(" ORDER BY CASE WHEN working_id IS NULL THEN 0 ELSE 1 END, id");
    return {};
}

Result<QStringList> tablesOf(Database &db)
{
    auto q = db.exec(Sql::listTables(db.dialect()));
    if (!q)
        return q.error();
    QStringList names;
    while ((*q)->next())
        names << (*q)->value(0).toString();
    (*q)->finish();
    names.removeAll(QStringLiteral("adesk_meta"));
    QStringList ordered;
    for (const QString &t : KnownOrder)
        if (names.contains(t))
            ordered << t;
    names.sort();
    for (const QString &t : std::as_const(names))
        if (!ordered.contains(t))
            ordered << t;
    return ordered;
}

Result<QStringList> columnsOf(Database &db, const QString &table)
{
    // Table names come from the schema itself, never from user input.
    auto q = db.exec(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table));
    if (!q)
        return q.error();
    const QSqlRecord record = (*q)->record();
    (*q)->finish();
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    return columns;
}

Status copyRows(Database &from, Database &to, const QString &table, const QStringList &columns,
                const std::function<void(QVariantList &row)> &adjust)
{
    const QString marks = QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "));
    const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns.join(QStringLiteral(", ")), marks);
    auto q = from.exec(QStringLiteral("SELECT %1 FROM %2%3").arg(columns.join(QStringLiteral(", ")), table, orderOf(table)));
    if (!q)
        return q.error();
    // Read all rows of this table first: the source's statement must not be re-run while it is being read, and
    // rows other than file contents are small.
    QList<QVariantList> rows;
    while ((*q)->next()) {
        QVariantList row;
        for (int i = 0; i < columns.size(); ++i)
            row << (*q)->value(i);
        rows << row;
    }
    (*q)->finish();
    for (QVariantList &row : rows) {
        if (adjust)
            adjust(row);
        if (Status s = to.change(insert, row); !s)
            return s;
    }
    return {};
}

/// Contents chunk by chunk: only the keys are listed, each chunk is read and written on its own.
Status copyChunks(Database &from, Database &to)
{
    auto keys = from.exec(QStringLiteral("SELECT sha256, n FROM blob_chunks ORDER BY sha256, n"));
    if (!keys)
        return keys.error();
    QList<QPair<QString, int>> all;
    while ((*keys)->next())
        all << qMakePair((*keys)->value(0).toString(), (*keys)->value(1).toInt());
    (*keys)->finish();
    for (const auto &[sha, n] : std::as_const(all)) {
        auto q = from.exec(QStringLiteral("SELECT data FROM blob_chunks WHERE sha256 = ? AND n = ?"), {sha, n});
        if (!q)
            return q.error();
        if (!(*q)->next())
            continue;
        const QByteArray data = (*q)->value(0).toByteArray();
        (*q)->finish();
        if (Status s = to.change(QStringLiteral("INSERT INTO blob_chunks (sha256, n, data) VALUES (?, ?, ?)"), {sha, n, data});
            !s)
            return s;
    }
    return {};
}
} // namespace

namespace WorkspaceCopy {
Status copy(Workspace &from, Workspace &to, const std::function<void(int, int)> &progress)
{
    Database &source = StorageAccess::database(from);
    Database &target = StorageAccess::database(to);
    if (source.schemaVersion() != target.schemaVersion())
        return Error{ErrorKind::Refused,
                     tr("The two workspaces have different formats (%1 and %2). Open both with this version first.")
                         .arg(source.schemaVersion())
                         .arg(target.schemaVersion()),
                     {}};
    if (!to.isEmpty())
        return Error{ErrorKind::Refused,
                     tr("The target workspace “%1” is not empty. Copy into a new file or an empty database.")
                         .arg(to.location().displayName()),
                     {}};
    auto tables = tablesOf(source);
    if (!tables)
        return tables.error();
    const QList<WorkspaceFile> files = from.files();
    int done = 0;
    const int total = int(tables->size()) + 1;
    return target.write([&]() -> Status {
        done = 0;
        for (const QString &table : tables.value()) {
            if (table == QLatin1String("blob_chunks")) {
                if (Status s = copyChunks(source, target); !s)
                    return s;
            } else {
                auto columns = columnsOf(source, table);
                if (!columns)
                    return columns.error();
                const qsizetype localPath = columns->indexOf(QStringLiteral("local_path"));
                const auto adjust = [localPath](QVariantList &row) {
                    // A path names a file on one machine; the target keeps contents in its own way (below).
                    if (localPath >= 0)
                        row[localPath] = QVariant(QMetaType(QMetaType::QString));
                };
                if (Status s = copyRows(source, target, table, columns.value(),
                                        table == QLatin1String("files") ? std::function<void(QVariantList &)>(adjust)
                                                                        : std::function<void(QVariantList &)>());
                    !s)
                    return s;
            }
            if (progress)
                progress(++done, total);
        }
        // Contents the source keeps as local files (an SQLite workspace) go into the target's database.
        for (const WorkspaceFile &f : files) {
            if (!f.sha256)
                continue;
            auto stored = BlobTable::contains(target, *f.sha256);
            if (!stored)
                return stored.error();
            if (stored.value())
                continue;
            auto path = from.localCopy(f);
            if (!path)
                continue;   // no content anywhere: the record says "Contents not available"
            if (Status s = BlobTable::putFile(target, *f.sha256, path.value()); !s)
                return s;
        }
        target.noteChange(QStringLiteral("workspace"), QString(), QStringLiteral("copy"));
        if (progress)
            progress(++done, total);
        return {};
    });
}
} // namespace WorkspaceCopy
