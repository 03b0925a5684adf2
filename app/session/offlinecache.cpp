#include "session/offlinecache.h"

#include "storage/workspace.h"
#include "storage/workspacecopy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdio>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("OfflineCache", text);
}

const QString AsOfKey = QStringLiteral("offline_copy_as_of");
} // namespace

namespace OfflineCache {
QString pathFor(const WorkspaceLocation &location)
{
    const QByteArray key = QCryptographicHash::hash(location.keychainAccount().toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/team/")
        + QString::fromLatin1(key.left(32)) + QStringLiteral(".adesk");
}

Status refresh(Workspace &team)
{
    if (!team.isTeam())
        return {};
    const QString path = pathFor(team.location());
    const QString fresh = path + QStringLiteral(".new");
    QDir().mkpath(QFileInfo(path).absolutePath());
    for (const QString &f : {fresh, fresh + QStringLiteral("-wal"), fresh + QStringLiteral("-shm")})
        QFile::remove(f);
    {
        Workspace::OpenOptions options;
        options.blobRoot = team.blobs().root();
        auto copy = Workspace::open(WorkspaceLocation::file(fresh), options);
        if (!copy)
            return copy.error();
        if (Status s = WorkspaceCopy::copy(team, *copy.value()); !s)
            return s;
        if (Status s = copy.value()->setSetting(AsOfKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)); !s)
            return s;
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    if (std::rename(QFile::encodeName(fresh).constData(), QFile::encodeName(path).constData()) != 0)
        return Error{ErrorKind::Storage, tr("Cannot keep the offline copy at %1.").arg(path), {}};
    return {};
}

Result<std::unique_ptr<Workspace>> open(const WorkspaceLocation &location, QString *asOf)
{
    const QString path = pathFor(location);
    if (!QFileInfo::exists(path))
        return Error{ErrorKind::NotFound, tr("No offline copy of %1 on this computer yet.").arg(location.displayName()), {}};
    QString when;
    {
        auto peek = Workspace::open(WorkspaceLocation::file(path), Workspace::OpenOptions{});
        if (!peek)
            return peek.error();
        when = peek.value()->setting(AsOfKey);
    }
    Workspace::OpenOptions options;
    options.database.readOnly = true;
    const QDateTime local = QDateTime::fromString(when, Qt::ISODate).toLocalTime();
    options.database.readOnlyReason =
        tr("The server of %1 cannot be reached. This is its offline copy as of %2: read-only until the server is back.")
            .arg(location.displayName(), QLocale().toString(local, QLocale::ShortFormat));
    auto ws = Workspace::open(WorkspaceLocation::file(path), options);
    if (!ws)
        return ws.error();
    if (asOf)
        *asOf = when;
    return ws;
}
} // namespace OfflineCache
