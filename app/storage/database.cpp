#include "storage/database.h"

#include "core/logging.h"
#include "storage/schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QUuid>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

Error openError(const QString &path, const QString &reason)
{
    return Error{ErrorKind::Storage, tr("Cannot open workspace “%1”: %2").arg(path, reason), {}};
}

Error lockedError(const QString &path)
{
    return openError(path, tr("it is locked by another program. Close the other program and try again. The file "
                              "was left untouched."));
}

/// Reads PRAGMA values from an existing file without changing it: read-only connection, no WAL switch.
struct Probe {
    int userVersion = 0;
    int applicationId = 0;
    int tableCount = 0;
};

Result<Probe> probeExisting(const QString &path, int busyTimeoutMs)
{
    const QString name = QStringLiteral("adesk-probe-") + QUuid::createUuid().toString(QUuid::Id128);
    Result<Probe> result = Error{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        if (!db.open()) {
            result = openError(path, db.lastError().text());
        } else {
            Probe probe;
            QSqlQuery q(db);
            bool ok = q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
            if (ok) {
                probe.userVersion = q.value(0).toInt();
                ok = q.exec(QStringLiteral("PRAGMA application_id")) && q.next();
            }
            if (ok) {
                probe.applicationId = q.value(0).toInt();
                ok = q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next();
            }
            if (ok) {
                probe.tableCount = q.value(0).toInt();
                result = probe;
            } else {
                const QString text = q.lastError().text();
                if (Sql::isLockError(SqlDialect::Sqlite, text))
                    result = lockedError(path);
                else
                    result = openError(path, tr("it is not an Assistant Desk workspace (%1). The file was left "
                                                "untouched.").arg(text));
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}
} // namespace

QVariant nullable(const std::optional<QString> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::QString));
}

QVariant nullableIfEmpty(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

std::optional<QString> optionalString(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toString();
}

Database::Database(QString path, QString connectionName, SqlDialect dialect)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_dialect(dialect)
{
}

Database::~Database()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path, const OpenOptions &options)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return openError(path, tr("the SQLite driver of Qt is not installed"));

    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir())
            return openError(path, tr("it is a folder"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return openError(path, file.errorString());
        const QByteArray header = file.read(16);
        file.close();
        if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
            return openError(path, tr("it is not an Assistant Desk workspace (not an SQLite database). The file was "
                                      "left untouched."));
        if (!header.isEmpty()) {
            auto probe = probeExisting(path, options.busyTimeoutMs);
            if (!probe)
                return probe.error();
            if (probe->userVersion > CurrentSchemaVersion)
                return openError(path, tr("it was written by a newer version of Assistant Desk (workspace format "
                                          "%1; this version reads up to %2). Update Assistant Desk. The file was "
                                          "left untouched.")
                                           .arg(probe->userVersion)
                                           .arg(CurrentSchemaVersion));
            const bool ours = probe->applicationId == ApplicationId;
            if (!ours && (probe->userVersion != 0 || probe->tableCount != 0))
                return openError(path, tr("it is an SQLite database of another program, not an Assistant Desk "
                                          "workspace. The file was left untouched."));
        }
    } else if (!info.absoluteDir().exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return openError(path, tr("cannot create the folder %1").arg(info.absolutePath()));
    }

    const QString name = QStringLiteral("adesk-") + QUuid::createUuid().toString(QUuid::Id128);
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), name, SqlDialect::Sqlite));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (!db.open())
            return openError(path, db.lastError().text());
        QSqlQuery q(db);
        for (const auto *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
            if (!q.exec(QString::fromLatin1(pragma))) {
                const QString text = q.lastError().text();
                return Sql::isLockError(SqlDialect::Sqlite, text) ? lockedError(path) : openError(path, text);
            }
        }
    }

    // Take the write lock once at open: it tells a locked workspace apart before the user edits anything, and it
    // makes the version check and the migration one atomic step.
    int version = 0;
    const Status migrated = database->write([&]() -> Status {
        version = database->schemaVersion();
        if (version > CurrentSchemaVersion)
            return openError(path, tr("it was written by a newer version of Assistant Desk. The file was left "
                                      "untouched."));
        if (version < options.migrateTo)
            return database->migrate(version, options.migrateTo);
        return {};
    });
    if (!migrated) {
        const Error &e = migrated.error();
        if (Sql::isLockError(SqlDialect::Sqlite, e.details.join(QLatin1Char(' '))))
            return lockedError(path);
        return e;
    }
    qCInfo(lcDb) << "opened workspace" << database->path() << "schema" << database->schemaVersion();
    return database;
}

QString Database::sqliteVersion()
{
    const QString name = QStringLiteral("adesk-version-") + QUuid::createUuid().toString(QUuid::Id128);
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                version = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

int Database::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Database::migrate(int from, int to)
{
    for (int v = from + 1; v <= to; ++v) {
        const QStringList statements = Schema::migrationTo(v, m_dialect);
        for (const QString &sql : statements) {
            QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
            if (!q.exec(sql))
                return storageError(tr("updating the workspace format to %1").arg(v), q.lastError().text());
        }
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        // PRAGMA takes no bound parameters; v is an integer we control.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v))
            || !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)))
            return storageError(tr("updating the workspace format to %1").arg(v), q.lastError().text());
        qCInfo(lcDb) << "migrated workspace" << m_path << "to schema" << v;
    }
    return {};
}

Status Database::write(const std::function<Status()> &body)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status s = body();
        --m_transactionDepth;
        return s;
    }
    QSqlQuery begin(db);
    if (!begin.exec(Sql::beginWrite(m_dialect)))
        return storageError(tr("starting a change"), begin.lastError().text());
    ++m_transactionDepth;
    Status result = body();
    --m_transactionDepth;
    QSqlQuery end(db);
    if (result.ok()) {
        if (end.exec(QStringLiteral("COMMIT")))
            return {};
        const Error e = storageError(tr("saving the change"), end.lastError().text());
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        return e;
    }
    if (!end.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcDb) << "rollback failed:" << end.lastError().text();
    return result;
}

Result<QSqlQuery *> Database::exec(const QString &sql, const QVariantList &bindings)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            return storageError(tr("preparing a query"), q->lastError().text());
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    QSqlQuery &q = *it->second;
    q.finish();
    for (int i = 0; i < bindings.size(); ++i)
        q.bindValue(i, bindings.at(i));
    if (!q.exec())
        return storageError(tr("running a query"), q.lastError().text());
    return &q;
}

Status Database::change(const QString &sql, const QVariantList &bindings)
{
    if (m_failAfter >= 0) {
        if (m_failAfter == 0) {
            m_failAfter = -1;
            return storageError(tr("writing"), QStringLiteral("injected failure"));
        }
        --m_failAfter;
    }
    auto q = exec(sql, bindings);
    if (!q)
        return q.error();
    (*q)->finish();
    return {};
}

Error Database::storageError(const QString &what, const QString &driverText) const
{
    qCWarning(lcDb) << "storage error while" << what << ":" << driverText;
    return Error{ErrorKind::Storage, tr("Workspace error while %1: %2").arg(what, driverText), {driverText}};
}
