// Content-addressed local copies of file contents (domain.md §1.2): <root>/<first two hex chars>/<sha256>.
// Writing is atomic (QSaveFile); the same content is stored once whatever its name.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

class BlobStore
{
public:
    explicit BlobStore(QString root);
    /// The default root: "files" under the app's data directory (QStandardPaths::AppDataLocation).
    static QString defaultRoot();

    QString root() const { return m_root; }
    QString pathFor(const QString &sha256) const;
    bool contains(const QString &sha256) const;
    /// Stores `content` and returns its path; `sha256` must be the content's hash.
    Result<QString> put(const QString &sha256, const QByteArray &content);
    Result<QByteArray> get(const QString &sha256) const;

    static QString sha256Hex(const QByteArray &content);

private:
    QString m_root;
};
