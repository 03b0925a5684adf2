#include "storage/database.h"

#include "core/logging.h"
#include "storage/schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
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

/// The operating-system user an SQLite workspace records as the author of a change.
QString osUserName()
{
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}

/// What went wrong when connecting to a team workspace, for people (never the password).
Error postgresOpenError(const WorkspaceLocation &l, const QSqlError &error)
{
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    const QString server = l.host.isEmpty() ? l.socketDir : QStringLiteral("%1:%2").arg(l.host).arg(l.port);
    const auto has = [&text](const char *needle) { return text.contains(QLatin1String(needle), Qt::CaseInsensitive); };
    if (has("password authentication failed"))
        return Error{ErrorKind::Unauthorized,
                     tr("The server %1 rejected the password of the role “%2”. Nothing was changed.").arg(server, l.user),
                     {}};
    if (has("no password supplied") || has("password is required"))
        return Error{ErrorKind::Unauthorized,
                     tr("The server %1 needs the password of the role “%2”. Set PGPASSWORD or store it in the system "
                        "keychain (Assistant Desk asks for it once).")
                         .arg(server, l.user),
                     {}};
    if (has("does not exist") && has("database"))
        return Error{ErrorKind::NotFound,
                     tr("The database “%1” does not exist on %2. Ask its administrator to create it (createdb), then "
                        "create the workspace in it: assistant-desk-cli workspace init %3")
                         .arg(l.database, server, l.toString()),
                     {}};
    if (has("does not exist") && has("role"))
        return Error{ErrorKind::Unauthorized, tr("The role “%1” does not exist on %2.").arg(l.user, server), {}};
    if (has("permission denied"))
        return Error{ErrorKind::Refused,
                     tr("The role “%1” may not connect to the database “%2” on %3.").arg(l.user, l.database, server),
                     {}};
    if (has("ssl") || has("certificate"))
        return Error{ErrorKind::Network,
                     tr("The TLS connection to %1 failed (sslmode=%2): %3").arg(server, l.sslMode, error.databaseText().trimmed()),
                     {}};
    return Error{ErrorKind::Network,
                 tr("Cannot reach the workspace server %1: %2").arg(server, error.databaseText().trimmed()),
                 {error.text()}};
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

Database::Database(WorkspaceLocation location, QString connectionName, SqlDialect dialect)
    : m_location(std::move(location)),
      m_connectionName(std::move(connectionName)),
      m_dialect(dialect),
      m_userName(osUserName()),
      m_sessionId(QUuid::createUuid().toString(QUuid::WithoutBraces)),
      m_claimantPid(QCoreApplication::applicationPid())
{
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlDriver *Database::driver() const
{
    return connection().driver();
}

Result<std::unique_ptr<Database>> Database::open(const WorkspaceLocation &location, const OpenOptions &options)
{
    if (location.isTeam())
        return openPostgres(location, options);
    return openSqlite(location.path, options);
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
    std::unique_ptr<Database> database(new Database(WorkspaceLocation::file(info.absoluteFilePath()), name, SqlDialect::Sqlite));
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
    database->m_readOnly = options.readOnly;
    database->m_readOnlyReason = options.readOnlyReason;
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

Result<std::unique_ptr<Database>> Database::openPostgres(const WorkspaceLocation &l, const OpenOptions &options)
{
    const QString where = l.displayName();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return openError(where, tr("the PostgreSQL driver of Qt is not installed (Debian: libqt6sql6-psql)"));
    const QString name = QStringLiteral("adesk-") + QUuid::createUuid().toString(QUuid::Id128);
    std::unique_ptr<Database> database(new Database(l, name, SqlDialect::Postgres));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(l.host.isEmpty() ? l.socketDir : l.host);
        db.setPort(l.port);
        db.setDatabaseName(l.database);
        db.setUserName(l.user);
        db.setPassword(options.password);
        QStringList connectOptions{QStringLiteral("sslmode=") + l.sslMode,
                                   QStringLiteral("connect_timeout=%1").arg(l.connectTimeoutSeconds),
                                   QStringLiteral("application_name=assistant-desk")};
        if (!l.sslRootCert.isEmpty())
            connectOptions << QStringLiteral("sslrootcert=") + l.sslRootCert;
        db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
        if (!db.open())
            return postgresOpenError(l, db.lastError());
    }
    Database &d = *database;
    auto who = d.exec(QStringLiteral("SELECT current_user, to_regclass('adesk_meta') IS NOT NULL, "
                                     "to_regclass('local_ids') IS NOT NULL, pg_backend_pid()"));
    if (!who || !(*who)->next())
        return who ? openError(where, tr("the server did not answer")) : who.error();
    d.m_userName = (*who)->value(0).toString();
    d.m_claimantPid = (*who)->value(3).toLongLong();
    const bool hasMeta = (*who)->value(1).toBool();
    const bool hasTables = (*who)->value(2).toBool();
    (*who)->finish();

    if (!hasMeta) {
        if (hasTables)
            return openError(where, tr("the database holds tables of another program, not an Assistant Desk workspace. "
                                       "Nothing was changed."));
        if (options.createSchema == OpenOptions::Schema::Never)
            return Error{ErrorKind::NotFound,
                         tr("The database “%1” holds no Assistant Desk workspace yet. Create one with: "
                            "assistant-desk-cli workspace init %2")
                             .arg(l.database, l.toString()),
                         {}};
        const Status created = d.write([&]() -> Status {
            if (auto lock = d.exec(Sql::migrationLock(d.m_dialect)); !lock)
                return lock.error();
            return d.migrate(0, options.migrateTo);
        });
        if (!created) {
            const Error &e = created.error();
            if (e.details.join(QLatin1Char(' ')).contains(QLatin1String("permission denied"), Qt::CaseInsensitive))
                return Error{ErrorKind::Refused,
                             tr("The role “%1” may not create tables in the database “%2”. Ask the database owner to "
                                "run workspace init, or to grant CREATE on its schema. Nothing was changed.")
                                 .arg(d.m_userName, l.database),
                             e.details};
            return e;
        }
    } else {
        if (options.createSchema == OpenOptions::Schema::Required)
            return Error{ErrorKind::Refused,
                         tr("The database “%1” already holds an Assistant Desk workspace (format %2). Nothing was changed.")
                             .arg(l.database)
                             .arg(d.schemaVersion()),
                         {}};
        const int version = d.schemaVersion();
        if (version > CurrentSchemaVersion)
            return openError(where, tr("it was written by a newer version of Assistant Desk (workspace format %1; this "
                                       "version reads up to %2). Update Assistant Desk. Nothing was changed.")
                                        .arg(version)
                                        .arg(CurrentSchemaVersion));
        if (version < options.migrateTo) {
            const Status migrated = d.write([&]() -> Status {
                if (auto lock = d.exec(Sql::migrationLock(d.m_dialect)); !lock)
                    return lock.error();
                const int now = d.schemaVersion();   // another desktop may have migrated meanwhile
                return now < options.migrateTo ? d.migrate(now, options.migrateTo) : Status{};
            });
            if (!migrated)
                return migrated.error();
        }
    }

    // A role with only SELECT opens the workspace read-only (every write refused before it starts).
    auto rights = d.exec(QStringLiteral(
        "SELECT bool_and(has_table_privilege(c.oid, 'SELECT')), "
        "bool_and(has_table_privilege(c.oid, 'INSERT') AND has_table_privilege(c.oid, 'UPDATE') "
        "AND has_table_privilege(c.oid, 'DELETE')) "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname IN ('local_ids', 'assistants', "
        "'assistant_files', 'assistant_functions', 'files', 'experiments', 'pipelines', 'pipeline_nodes', "
        "'remote_snapshots', 'sync_states', 'deletion_jobs', 'create_intents', 'remote_listings', "
        "'workspace_settings', 'changes', 'blobs', 'blob_chunks')"));
    if (!rights || !(*rights)->next())
        return rights ? openError(where, tr("the server did not answer")) : rights.error();
    const bool canRead = (*rights)->value(0).toBool();
    d.m_readOnly = !(*rights)->value(1).toBool();
    (*rights)->finish();
    if (!canRead)
        return Error{ErrorKind::Refused,
                     tr("The role “%1” may not read the workspace in “%2”. Ask the database owner for access.")
                         .arg(d.m_userName, l.database),
                     {}};
    qCInfo(lcDb) << "opened team workspace" << l.toString() << "schema" << d.schemaVersion() << "as" << d.m_userName
                 << (d.m_readOnly ? "(read-only)" : "");
    return database;
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(Sql::readSchemaVersion(m_dialect)) && q.next())
        return q.value(0).toInt();
    return m_dialect == SqlDialect::Sqlite ? -1 : 0;
}

Status Database::setSchemaVersion(int version)
{
    for (const QString &sql : Sql::writeSchemaVersion(m_dialect, version, ApplicationId)) {
        QSqlQuery q(connection());
        if (!q.exec(sql))
            return storageError(tr("updating the workspace format to %1").arg(version), q.lastError());
    }
    return {};
}

Status Database::migrate(int from, int to)
{
    for (int v = from + 1; v <= to; ++v) {
        const QStringList statements = Schema::migrationTo(v, m_dialect);
        for (const QString &sql : statements) {
            QSqlQuery q(connection());
            if (!q.exec(Sql::adaptDdl(m_dialect, sql)))
                return storageError(tr("updating the workspace format to %1").arg(v), q.lastError());
        }
        if (Status s = setSchemaVersion(v); !s)
            return s;
        m_schemaVersion = -1;
        qCInfo(lcDb) << "migrated workspace" << path() << "to schema" << v;
    }
    return {};
}

void Database::noteChange(const QString &kind, const QString &recordId, const QString &action, const QStringList &fields)
{
    if (m_transactionDepth == 0) {
        qCWarning(lcDb) << "noteChange outside a write transaction:" << kind << recordId;
        return;
    }
    const QString key = kind + QLatin1Char('\x1f') + recordId + QLatin1Char('\x1f') + action + QLatin1Char('\x1f')
        + fields.join(QLatin1Char(','));
    if (m_changeKeys.contains(key))
        return;
    m_changeKeys.insert(key);
    m_changes.append({kind, recordId, action, fields});
}

Status Database::appendChanges()
{
    if (m_changes.isEmpty())
        return {};
    if (m_schemaVersion < 0)
        m_schemaVersion = schemaVersion();
    if (m_schemaVersion < 5)
        return {};
    // A change of the whole workspace (import, release, copy) stands for every record change it made.
    QList<NotedChange> rows;
    for (const NotedChange &c : std::as_const(m_changes))
        if (c.kind == QLatin1String("workspace"))
            rows << c;
    if (rows.isEmpty())
        rows = m_changes;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const NotedChange &c : std::as_const(rows)) {
        if (Status s = change(QStringLiteral("INSERT INTO changes (seq, record_kind, record_id, action, fields, changed_by, "
                                             "changed_at, session_id) VALUES ((SELECT COALESCE(MAX(seq), 0) + 1 FROM changes), "
                                             "?, ?, ?, ?, ?, ?, ?)"),
                              {c.kind, c.id.isNull() ? QString::fromLatin1("") : c.id, c.action,
                               c.fields.join(QLatin1Char(',')), m_userName, now, m_sessionId});
            !s)
            return s;
    }
    if (const QString notify = Sql::notifyChange(m_dialect); !notify.isEmpty())
        if (auto q = exec(notify); !q)
            return q.error();
    return {};
}

QString Database::readOnlyReason() const
{
    if (!m_readOnly)
        return {};
    if (!m_readOnlyReason.isEmpty())
        return m_readOnlyReason;
    return tr("This team workspace is read-only for the role “%1”. Ask the database owner for write access.").arg(m_userName);
}

Status Database::write(const std::function<Status()> &body)
{
    if (m_readOnly)
        return Error{ErrorKind::Refused, readOnlyReason(), {}};
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status s = body();
        --m_transactionDepth;
        return s;
    }
    constexpr int MaxAttempts = 12;
    for (int attempt = 1;; ++attempt) {
        QSqlDatabase db = connection();
        m_changes.clear();
        m_changeKeys.clear();
        m_retryable = false;
        QSqlQuery begin(db);
        if (!begin.exec(Sql::beginWrite(m_dialect)))
            return storageError(tr("starting a change"), begin.lastError());
        ++m_transactionDepth;
        Status result = body();
        if (result.ok())
            result = appendChanges();
        --m_transactionDepth;
        QSqlQuery end(db);
        if (result.ok()) {
            if (end.exec(QStringLiteral("COMMIT")))
                return {};
            m_retryable = Sql::isRetryable(m_dialect, end.lastError());
            result = storageError(tr("saving the change"), end.lastError());
        }
        QSqlQuery rollback(db);
        if (!rollback.exec(QStringLiteral("ROLLBACK")) && result.ok())
            qCWarning(lcDb) << "rollback failed:" << rollback.lastError().text();
        m_changes.clear();
        m_changeKeys.clear();
        if (!m_retryable || attempt >= MaxAttempts)
            return result;
        // Lost a race with another desktop: run the body again on the state it committed.
        qCDebug(lcDb) << "write transaction lost a race; attempt" << attempt + 1;
        QThread::msleep(QRandomGenerator::global()->bounded(2u, 10u) * unsigned(attempt));
    }
}

Result<QSqlQuery *> Database::exec(const QString &sql, const QVariantList &bindings)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto q = std::make_unique<QSqlQuery>(connection());
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            return storageError(tr("preparing a query"), q->lastError());
        it = m_statements.emplace(sql, std::move(q)).first;
    }
    QSqlQuery &q = *it->second;
    q.finish();
    for (int i = 0; i < bindings.size(); ++i)
        q.bindValue(i, bindings.at(i));
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        if (Sql::isRetryable(m_dialect, error))
            m_retryable = true;
        if (Sql::isConnectionLost(m_dialect, error))
            m_statements.clear();   // prepared on a connection that is gone
        return storageError(tr("running a query"), error);
    }
    return &q;
}

Status Database::change(const QString &sql, const QVariantList &bindings)
{
    auto n = changeCount(sql, bindings);
    if (!n)
        return n.error();
    return {};
}

Result<int> Database::changeCount(const QString &sql, const QVariantList &bindings)
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
    const int rows = (*q)->numRowsAffected();
    (*q)->finish();
    return rows;
}

Error Database::storageError(const QString &what, const QSqlError &error) const
{
    if (Sql::isConnectionLost(m_dialect, error)) {
        qCWarning(lcDb) << "lost the workspace server while" << what << ":" << error.text();
        const QString server = m_location.host.isEmpty() ? m_location.socketDir
                                                         : QStringLiteral("%1:%2").arg(m_location.host).arg(m_location.port);
        return Error{ErrorKind::Network,
                     tr("Cannot reach the workspace server %1 (%2). Nothing was saved; try again when it is back.")
                         .arg(server, error.databaseText().trimmed().isEmpty() ? error.driverText() : error.databaseText().trimmed()),
                     {error.text()}};
    }
    return storageError(what, error.text());
}

Error Database::storageError(const QString &what, const QString &driverText) const
{
    qCWarning(lcDb) << "storage error while" << what << ":" << driverText;
    return Error{ErrorKind::Storage, tr("Workspace error while %1: %2").arg(what, driverText), {driverText}};
}
