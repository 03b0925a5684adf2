#include "storage/sqldialect.h"

#include <QRegularExpression>
#include <QSqlError>

namespace Sql {
QString beginWrite(SqlDialect d)
{
    return d == SqlDialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                   : QStringLiteral("BEGIN ISOLATION LEVEL SERIALIZABLE");
}

QString driverName(SqlDialect d)
{
    return d == SqlDialect::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QString adaptDdl(SqlDialect d, const QString &statement)
{
    if (d == SqlDialect::Sqlite)
        return statement;
    static const QRegularExpression text(QStringLiteral("\\bTEXT\\b"));
    static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
    QString s = statement;
    s.replace(text, QStringLiteral("TEXT COLLATE \"C\""));
    s.replace(blob, QStringLiteral("BYTEA"));
    return s;
}

QStringList numberRowsInCreationOrder(SqlDialect d, const QString &table, const QString &column)
{
    if (d == SqlDialect::Sqlite)
        return {QStringLiteral("UPDATE %1 SET %2 = rowid").arg(table, column)};
    return {};
}

bool isLockError(SqlDialect d, const QString &text)
{
    if (d == SqlDialect::Sqlite)
        return text.contains(QLatin1String("locked"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("busy"), Qt::CaseInsensitive);
    return text.contains(QLatin1String("lock"), Qt::CaseInsensitive);
}

bool isRetryable(SqlDialect d, const QSqlError &error)
{
    if (d != SqlDialect::Postgres)
        return false;
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("40001") || code == QLatin1String("40P01")
        || error.databaseText().contains(QLatin1String("could not serialize access"));
}

bool isConnectionLost(SqlDialect d, const QSqlError &error)
{
    if (d != SqlDialect::Postgres)
        return false;
    if (error.type() == QSqlError::ConnectionError)
        return true;
    const QString code = error.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") || code == QLatin1String("57P02")
        || code == QLatin1String("57P03"))
        return true;
    const QString text = error.text();
    return text.contains(QLatin1String("server closed the connection"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("no connection to the server"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("terminating connection"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("could not connect"), Qt::CaseInsensitive)
        || text.contains(QLatin1String("connection to server"), Qt::CaseInsensitive);
}

QString readSchemaVersion(SqlDialect d)
{
    if (d == SqlDialect::Sqlite)
        return QStringLiteral("PRAGMA user_version");
    return QStringLiteral("SELECT CAST(value AS INTEGER) FROM adesk_meta WHERE key = 'schema_version'");
}

QStringList writeSchemaVersion(SqlDialect d, int version, int applicationId)
{
    // PRAGMA takes no bound parameters; both values are integers we control.
    if (d == SqlDialect::Sqlite)
        return {QStringLiteral("PRAGMA user_version = %1").arg(version),
                QStringLiteral("PRAGMA application_id = %1").arg(applicationId)};
    QStringList statements;
    if (version == 1)   // the first migration of a new team workspace
        statements << QStringLiteral("CREATE TABLE adesk_meta (key TEXT COLLATE \"C\" PRIMARY KEY, value TEXT NOT NULL)")
                   << QStringLiteral("INSERT INTO adesk_meta (key, value) VALUES ('application', 'assistant-desk')");
    statements << QStringLiteral("INSERT INTO adesk_meta (key, value) VALUES ('schema_version', '%1') "
                                 "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value")
                      .arg(version);
    return statements;
}

QString migrationLock(SqlDialect d)
{
    return d == SqlDialect::Postgres ? QStringLiteral("SELECT pg_advisory_xact_lock(1094996811)") : QString();
}

QString listTables(SqlDialect d)
{
    if (d == SqlDialect::Sqlite)
        return QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    return QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                          "AND table_type = 'BASE TABLE'");
}

QString dataVersion(SqlDialect d)
{
    return d == SqlDialect::Sqlite ? QStringLiteral("PRAGMA data_version") : QString();
}

QString notifyChange(SqlDialect d)
{
    // pg_notify() rather than NOTIFY: a function call can be a prepared statement.
    return d == SqlDialect::Postgres ? QStringLiteral("SELECT pg_notify('%1', '')").arg(QLatin1String(ChangeChannel)) : QString();
}
} // namespace Sql
