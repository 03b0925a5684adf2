// The one place where SQL differs between the embedded SQLite workspace and a shared PostgreSQL workspace (QPSQL).
// Everything else in app/storage writes portable SQL: TEXT ids, INTEGER 0/1 booleans, BIGINT, DOUBLE PRECISION,
// ISO 8601 UTC times as TEXT, positional '?' placeholders, INSERT … ON CONFLICT, subqueries for sequence numbers.
#pragma once

#include <QString>
#include <QStringList>

class QSqlError;

enum class SqlDialect { Sqlite, Postgres };

namespace Sql {
/// Statement that starts a short write transaction: SQLite holds the write lock from its first statement,
/// PostgreSQL runs it SERIALIZABLE.
QString beginWrite(SqlDialect d);
/// The Qt driver name for a dialect.
QString driverName(SqlDialect d);
/// A schema statement as the dialect needs it. PostgreSQL: text columns compare and sort by code point (COLLATE "C",
/// as SQLite's BINARY does), BLOB is BYTEA.
QString adaptDdl(SqlDialect d, const QString &statement);
/// Statements that number the existing rows of `table` in creation order into `column` (a migration adding an
/// explicit sequence). SQLite: its rowid order; PostgreSQL workspaces start at the current schema, so none.
QStringList numberRowsInCreationOrder(SqlDialect d, const QString &table, const QString &column);
/// Whether an error text from the driver means "another connection holds the lock".
bool isLockError(SqlDialect d, const QString &driverText);
/// PostgreSQL: the transaction lost a race (serialization failure, deadlock) and may simply be run again.
bool isRetryable(SqlDialect d, const QSqlError &error);
/// The connection to the database server is gone (server stopped, network down).
bool isConnectionLost(SqlDialect d, const QSqlError &error);
/// The workspace schema version: reading it, and the statements that set it.
QString readSchemaVersion(SqlDialect d);
QStringList writeSchemaVersion(SqlDialect d, int version, int applicationId);
/// PostgreSQL: serialises migrations of one database (two desktops opening a workspace that needs one).
QString migrationLock(SqlDialect d);
/// SQLite: the statement whose answer changes when another connection committed (a cheap read).
QString dataVersion(SqlDialect d);
/// The names of the workspace's tables (the database's own bookkeeping tables excluded).
QString listTables(SqlDialect d);
/// The notification channel of a team workspace and the statement that wakes its listeners (empty: none).
inline constexpr const char *ChangeChannel = "adesk_changes";
QString notifyChange(SqlDialect d);
} // namespace Sql
