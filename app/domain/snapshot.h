// The remote state of one assistant record as last fetched (domain.md §1.4 "Snapshot"): the remote assistant JSON,
// the file list of each vector store it names, and name/size of every file id it mentions. Stored in the
// workspace's cache tables so badges and differences are available offline.
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

struct RemoteFileInfo {
    QString id;
    QString filename;
    qint64 bytes = 0;
    bool found = true;          // false: GET /files/{id} answered 404 ("(unknown file)")
    friend bool operator==(const RemoteFileInfo &, const RemoteFileInfo &) = default;
};

struct RemoteStoreFile {
    QString fileId;
    QString status;             // in_progress, completed, failed, cancelled
    friend bool operator==(const RemoteStoreFile &, const RemoteStoreFile &) = default;
};

struct RemoteStore {
    QString id;
    bool found = true;          // false: the store answered 404
    QList<RemoteStoreFile> files;
    friend bool operator==(const RemoteStore &, const RemoteStore &) = default;
};

struct RemoteSnapshot {
    QJsonObject assistant;      // the AssistantObject as the server returned it
    QList<RemoteStore> stores;
    QHash<QString, RemoteFileInfo> files;
    QString fetchedAt;          // ISO 8601 UTC

    QJsonArray storesJson() const;
    QJsonObject filesJson() const;
    static QList<RemoteStore> storesFromJson(const QJsonArray &array);
    static QHash<QString, RemoteFileInfo> filesFromJson(const QJsonObject &object);
    friend bool operator==(const RemoteSnapshot &, const RemoteSnapshot &) = default;
};
