#include "storage/importlisting.h"

#include "core/jsonnumber.h"
#include "storage/storageaccess.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ImportListing {
namespace {
const QString ListingKind = QStringLiteral("import_all");
}

RemoteListingRow rowFromRemote(const QJsonObject &assistant)
{
    RemoteListingRow row;
    row.remoteId = assistant.value(QStringLiteral("id")).toString();
    const QJsonValue name = assistant.value(QStringLiteral("name"));
    row.name = name.isString() ? name.toString() : QCoreApplication::translate("SyncEngine", "Untitled assistant");
    row.model = assistant.value(QStringLiteral("model")).toString();
    row.createdAt = jsonInteger(assistant.value(QStringLiteral("created_at")));
    return row;
}

QList<RemoteListingRow> relink(const Workspace &workspace, QList<RemoteListingRow> rows)
{
    QHash<QString, std::pair<QString, QString>> linked;   // remote id → (local id, name), first record wins
    for (const AssistantSummary &s : workspace.assistantSummaries())
        if (s.remoteId && !linked.contains(*s.remoteId))
            linked.insert(*s.remoteId, {s.id, s.name});
    for (RemoteListingRow &row : rows) {
        const auto it = linked.constFind(row.remoteId);
        row.linkedId = it != linked.cend() ? it->first : QString();
        row.linkedName = it != linked.cend() ? it->second : QString();
    }
    return rows;
}

QByteArray toJson(const Cached &listing)
{
    QJsonArray rows;
    for (const RemoteListingRow &r : listing.rows)
        rows.append(QJsonObject{{QStringLiteral("id"), r.remoteId},
                                {QStringLiteral("name"), r.name},
                                {QStringLiteral("model"), r.model},
                                {QStringLiteral("created_at"), double(r.createdAt)}});
    const QJsonObject root{{QStringLiteral("base_url"), listing.baseUrl},
                           {QStringLiteral("fetched_at"), listing.fetchedAt},
                           {QStringLiteral("assistants"), rows}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<Cached> fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    Cached listing;
    listing.baseUrl = root.value(QStringLiteral("base_url")).toString();
    listing.fetchedAt = root.value(QStringLiteral("fetched_at")).toString();
    for (const QJsonValue &v : root.value(QStringLiteral("assistants")).toArray()) {
        const QJsonObject o = v.toObject();
        RemoteListingRow row;
        row.remoteId = o.value(QStringLiteral("id")).toString();
        row.name = o.value(QStringLiteral("name")).toString();
        row.model = o.value(QStringLiteral("model")).toString();
        row.createdAt = jsonInteger(o.value(QStringLiteral("created_at")));
        listing.rows << row;
    }
    return listing;
}

Status save(Workspace &workspace, const Cached &listing)
{
    Database &db = StorageAccess::database(workspace);
    const QString json = QString::fromUtf8(toJson(listing));
    return db.write([&]() -> Status {
        if (Status s = db.change(QStringLiteral("DELETE FROM remote_listings WHERE kind = ?"), {ListingKind}); !s)
            return s;
        return db.change(QStringLiteral("INSERT INTO remote_listings (kind, listing_json, fetched_at) VALUES (?, ?, ?)"),
                         {ListingKind, json, listing.fetchedAt});
    });
}

std::optional<Cached> load(Workspace &workspace)
{
    auto q = StorageAccess::database(workspace).exec(
        QStringLiteral("SELECT listing_json, fetched_at FROM remote_listings WHERE kind = ?"), {ListingKind});
    if (!q || !(*q)->next())
        return std::nullopt;
    auto listing = fromJson((*q)->value(0).toString().toUtf8());
    if (!listing)
        return std::nullopt;
    listing->fetchedAt = (*q)->value(1).toString();
    listing->rows = relink(workspace, std::move(listing->rows));
    return listing;
}

} // namespace ImportListing
