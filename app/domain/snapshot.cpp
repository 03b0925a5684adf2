#include "domain/snapshot.h"

#include "core/jsonnumber.h"

QJsonArray RemoteSnapshot::storesJson() const
{
    QJsonArray out;
    for (const auto &s : stores) {
        QJsonArray files;
        for (const auto &f : s.files)
            files.append(QJsonObject{{QStringLiteral("id"), f.fileId}, {QStringLiteral("status"), f.status}});
        out.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("found"), s.found}, {QStringLiteral("files"), files}});
    }
    return out;
}

QJsonObject RemoteSnapshot::filesJson() const
{
    QJsonObject out;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        out.insert(it.key(), QJsonObject{{QStringLiteral("filename"), it->filename},
                                         {QStringLiteral("bytes"), double(it->bytes)},
                                         {QStringLiteral("found"), it->found}});
    return out;
}

QList<RemoteStore> RemoteSnapshot::storesFromJson(const QJsonArray &array)
{
    QList<RemoteStore> out;
    for (const auto &v : array) {
        const QJsonObject o = v.toObject();
        RemoteStore s;
        s.id = o.value(QStringLiteral("id")).toString();
        s.found = o.value(QStringLiteral("found")).toBool(true);
        for (const auto &f : o.value(QStringLiteral("files")).toArray())
            s.files << RemoteStoreFile{f.toObject().value(QStringLiteral("id")).toString(),
                                       f.toObject().value(QStringLiteral("status")).toString()};
        out << s;
    }
    return out;
}

QHash<QString, RemoteFileInfo> RemoteSnapshot::filesFromJson(const QJsonObject &object)
{
    QHash<QString, RemoteFileInfo> out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        out.insert(it.key(), RemoteFileInfo{it.key(), o.value(QStringLiteral("filename")).toString(),
                                            jsonInteger(o.value(QStringLiteral("bytes"))),
                                            o.value(QStringLiteral("found")).toBool(true)});
    }
    return out;
}
