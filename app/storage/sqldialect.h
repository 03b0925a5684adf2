// The one place where SQL differs between the embedded SQLite workspace and a shared PostgreSQL workspace (QPSQL,
// planned). Everything else in app/storage writes portable SQL: TEXT ids, INTEGER 0/1 booleans, DOUBLE PRECISION,
// ISO 8601 UTC times as TEXT, positional '?' placeholders.
#pragma once

#include <QString>

enum class SqlDialect { Sqlite, Postgres };

namespace Sql {
/// Statement that starts a short write transaction holding the write lock from its first statement.
QString beginWrite(SqlDialect d);
/// The Qt driver name for a dialect.
QString driverName(SqlDialect d);
/// Whether an error text from the driver means "another connection holds the lock".
bool isLockError(SqlDialect d, const QString &driverText);
}
