#include "storage/blobstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

BlobStore::BlobStore(QString root) : m_root(std::move(root)) {}

QString BlobStore::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/files");
}

QString BlobStore::pathFor(const QString &sha256) const
{
    return m_root + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256;
}

bool BlobStore::contains(const QString &sha256) const
{
    return QFileInfo::exists(pathFor(sha256));
}

Result<QString> BlobStore::put(const QString &sha256, const QByteArray &content)
{
    const QString path = pathFor(sha256);
    if (QFileInfo(path).size() == content.size() && QFileInfo::exists(path))
        return path;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{ErrorKind::Storage,
                     QCoreApplication::translate("BlobStore", "Cannot create the folder for file copies: %1")
                         .arg(QFileInfo(path).absolutePath()),
                     {}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return Error{ErrorKind::Storage,
                     QCoreApplication::translate("BlobStore", "Cannot store a copy of the file: %1").arg(file.errorString()),
                     {}};
    return path;
}

Result<QByteArray> BlobStore::get(const QString &sha256) const
{
    QFile file(pathFor(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorKind::NotFound,
                     QCoreApplication::translate("BlobStore", "The local copy is missing: %1").arg(file.fileName()),
                     {}};
    return file.readAll();
}

QString BlobStore::sha256Hex(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}
