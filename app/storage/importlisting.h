// What "Import all from OpenAI…" lists (domain.md §5.5) and keeps for the offline view (§8): every remote assistant
// with name, model and creation date, and the workspace record already linked to it, if any.
//
// Promises: the last listing is kept in the remote_listings table under the kind "import_all", with its fetch time
// and the server it came from; a newer listing replaces it; saving is one short transaction. relink() recomputes the
// link of each row against the workspace as it is now (archived records and versions included), without any request,
// so a listing read back after an import shows the imported rows as already in the workspace.
// Threading: the workspace's thread.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class QJsonObject;
class Workspace;

/// One remote assistant of an Import all listing.
struct RemoteListingRow {
    QString remoteId;
    QString name;          // §3.5: a null remote name is "Untitled assistant"
    QString model;
    qint64 createdAt = 0;  // Unix seconds, as the server sends it
    QString linkedId;      // the workspace record linked to remoteId; empty when the assistant is new
    QString linkedName;

    bool isNew() const { return linkedId.isEmpty(); }
    friend bool operator==(const RemoteListingRow &, const RemoteListingRow &) = default;
};

namespace ImportListing {

struct Cached {
    QList<RemoteListingRow> rows;
    QString fetchedAt;   // ISO 8601 UTC
    QString baseUrl;     // the server the listing came from
};

/// The row of one remote assistant object (GET /assistants item), not yet linked.
RemoteListingRow rowFromRemote(const QJsonObject &assistant);
/// Sets linkedId / linkedName of every row from the workspace now; the first record linked to a remote id wins, as in
/// SyncEngine::importRemote.
QList<RemoteListingRow> relink(const Workspace &workspace, QList<RemoteListingRow> rows);

QByteArray toJson(const Cached &listing);
std::optional<Cached> fromJson(const QByteArray &json);

Status save(Workspace &workspace, const Cached &listing);
/// The last saved listing, relinked against the workspace now; nullopt when none was saved (or it is unreadable).
std::optional<Cached> load(Workspace &workspace);

}
