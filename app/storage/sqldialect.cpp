#include "storage/sqldialect.h"

namespace Sql {
QString beginWrite(SqlDialect d)
{
    return d == SqlDialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

QString driverName(SqlDialect d)
{
    return d == SqlDialect::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
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
} // namespace Sql
