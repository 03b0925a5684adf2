#include "core/buildinfo.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QtGlobal>

#ifdef ADESK_HAVE_LIBZIP
#include <zip.h>
#endif

#ifndef ADESK_LICENSE
#define ADESK_LICENSE "LicenseRef-proprietary"
#endif
#ifndef ADESK_QTKEYCHAIN_VERSION
#define ADESK_QTKEYCHAIN_VERSION ""
#endif
#ifndef ADESK_QCORO_VERSION
#define ADESK_QCORO_VERSION ""
#endif

namespace {
/// The version of the SQLite library Qt's driver runs on ("3.40.1"), asked at run time; empty without the driver.
QString sqliteVersion()
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
} // namespace

namespace BuildInfo {

QString version()
{
    return QStringLiteral(ADESK_VERSION);
}

QString licenseId()
{
    return QStringLiteral(ADESK_LICENSE);
}

QString licenseText()
{
    if (licenseId() == QLatin1String("LicenseRef-proprietary"))
        return QCoreApplication::translate("BuildInfo", "All rights reserved (no open-source licence has been chosen yet)");
    return licenseId();
}

QList<Component> components()
{
    const QString unknown = QCoreApplication::translate("BuildInfo", "unknown");
    const auto orUnknown = [&unknown](const QString &v) { return v.isEmpty() ? unknown : v; };
    QList<Component> list;
    list.append({QStringLiteral("Qt"), QString::fromLatin1(qVersion())});
    list.append({QStringLiteral("QtKeychain"), orUnknown(QStringLiteral(ADESK_QTKEYCHAIN_VERSION))});
    list.append({QStringLiteral("QCoro"), orUnknown(QStringLiteral(ADESK_QCORO_VERSION))});
    list.append({QStringLiteral("SQLite"), orUnknown(sqliteVersion())});
#ifdef ADESK_HAVE_LIBZIP
    list.append({QStringLiteral("libzip"), orUnknown(QString::fromLatin1(zip_libzip_version()))});
#endif
    return list;
}

} // namespace BuildInfo
