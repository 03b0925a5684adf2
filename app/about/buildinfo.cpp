#include "about/buildinfo.h"

#include "storage/database.h"

#include <QCoreApplication>
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
    list.append({QStringLiteral("SQLite"), orUnknown(Database::sqliteVersion())});
#ifdef ADESK_HAVE_LIBZIP
    list.append({QStringLiteral("libzip"), orUnknown(QString::fromLatin1(zip_libzip_version()))});
#endif
    return list;
}

} // namespace BuildInfo
