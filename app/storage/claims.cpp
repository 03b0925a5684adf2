#include "storage/claims.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSysInfo>

#include <cerrno>
#include <csignal>

namespace Claims {
Claimant me(Database &db)
{
    return Claimant{db.sessionId(), db.claimantPid(), QSysInfo::machineHostName()};
}

bool isAlive(Database &db, const Claimant &c, const QString &touchedAt)
{
    if (c.session.isEmpty())
        return false;
    if (c.session == db.sessionId())
        return true;
    if (db.dialect() == SqlDialect::Postgres) {
        // The claimant's connection is a backend of this server: it is alive exactly while that backend exists.
        auto q = db.exec(QStringLiteral("SELECT 1 FROM pg_stat_activity WHERE pid = ?"), {c.pid});
        if (!q)
            return true;   // cannot tell: do not take it over
        const bool alive = (*q)->next();
        (*q)->finish();
        return alive;
    }
    if (c.host == QSysInfo::machineHostName() && c.pid > 0) {
        if (::kill(pid_t(c.pid), 0) == 0)
            return true;
        return errno == EPERM;   // exists, owned by someone else
    }
    const QDateTime touched = QDateTime::fromString(touchedAt, Qt::ISODate);
    return touched.isValid() && touched.secsTo(QDateTime::currentDateTimeUtc()) < StaleAfterSeconds;
}
} // namespace Claims
