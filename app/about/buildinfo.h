// What this build of Assistant Desk is: its version, its licence and the libraries it runs on, for the About dialog
// and bug reports. Library versions are the ones running where they can be asked at run time (Qt, SQLite, libzip),
// otherwise the ones built against (QtKeychain, QCoro). Thread-safe; components() asks storage for the SQLite version
// (a private in-memory connection), so call it when needed, not in a loop.
#pragma once

#include <QList>
#include <QString>

namespace BuildInfo {

struct Component {
    QString name;      // "Qt"
    QString version;   // "6.4.2"
};

/// The application version ("0.1.0").
QString version();
/// The licence as an SPDX expression ("LicenseRef-proprietary" until the project chooses one).
QString licenseId();
/// The licence for people: the SPDX id, or a translated sentence for the proprietary placeholder.
QString licenseText();
/// Qt, QtKeychain, QCoro, SQLite and, when linked, libzip, in that order.
QList<Component> components();

} // namespace BuildInfo
