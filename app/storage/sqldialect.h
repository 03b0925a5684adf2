// The one place where SQL differs between the embedded SQLite workspace and a shared PostgreSQL workspace (QPSQL,
// planned). Everything else in app/storage writes portable SQL: TEXT ids, INTEGER 0/1 booleans, DOUBLE PRECISION,
// ISO 8601 UTC times as TEXT, positional '?' placeholders.
#pragma once

#include <QString>
#include <QStringList>

enum class SqlDialect { Sqlite, Postgres };

namespace Sql {
/// Statement that starts a short write transaction holding the write lock from its first statement.
QString beginWrite(SqlDialect d);
/// The Qt driver name for a dialect.
QString driverName(SqlDialect d);
/// Statements that number the existing rows of `table` in creation order into `column` (a migration adding an
/// explicit sequence). SQLite: its rowid order; PostgreSQL workspaces start at the current schema, so none.
QStringList numberRowsInCreationOrder(SqlDialect d, const QString &table, const QString &column);
/// Whether an error text from the driver means "another connection holds the lock".
bool isLockError(SqlDialect d, const QString &driverText);
}
