// Fuzz target: what the app builds from the server's assistant, vector-store and file replies (domain.md §1.4,
// §3.5, §4). The input is one JSON object
//   {"assistant": <AssistantObject>, "stores": <snapshot stores JSON>, "files": <snapshot files JSON>,
//    "existing": [{"id": "f-1", "remote_file_id": "file-1"}, …]}
// from which it builds a RemoteSnapshot (storesFromJson / filesFromJson, as the cache tables are read back), maps it
// onto a local record (RemoteMap::map, as Pull and Import do), builds the push body of the result
// (AssistantWire::requestBody) and compares record and snapshot (SyncDiff::compare).
//
// Checks: the snapshot's stores and files survive their JSON round trip; a mapped record gets a push body (every file
// it names has a remote id); the differences survive their JSON round trip (they are cached that way).
#include "fuzztarget.h"

#include "domain/validation.h"
#include "openai/assistantwire.h"
#include "domain/remotemapping.h"
#include "domain/snapshot.h"
#include "domain/syncdiff.h"

#include <QJsonDocument>
#include <QSet>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(Fuzz::bytes(data, size));
    if (!doc.isObject())
        return 0;
    const QJsonObject root = doc.object();

    RemoteSnapshot snapshot;
    snapshot.assistant = root.value(QStringLiteral("assistant")).toObject();
    snapshot.stores = RemoteSnapshot::storesFromJson(root.value(QStringLiteral("stores")).toArray());
    snapshot.files = RemoteSnapshot::filesFromJson(root.value(QStringLiteral("files")).toObject());
    snapshot.fetchedAt = QStringLiteral("2026-11-25T16:00:00Z");
    if (RemoteSnapshot::storesFromJson(snapshot.storesJson()) != snapshot.stores)
        Fuzz::fail("stores JSON round trip", QJsonDocument(snapshot.storesJson()).toJson());
    if (RemoteSnapshot::filesFromJson(snapshot.filesJson()) != snapshot.files)
        Fuzz::fail("files JSON round trip", QJsonDocument(snapshot.filesJson()).toJson());

    // The workspace's file records (valid, distinct local ids, as the workspace guarantees).
    QList<WorkspaceFile> existing;
    QSet<QString> existingIds;
    for (const QJsonValue &v : root.value(QStringLiteral("existing")).toArray()) {
        WorkspaceFile f;
        f.id = v.toObject().value(QStringLiteral("id")).toString();
        if (!isValidLocalId(f.id) || existingIds.contains(f.id))
            continue;
        existingIds.insert(f.id);
        f.name = f.id + QStringLiteral(".txt");
        const QJsonValue remote = v.toObject().value(QStringLiteral("remote_file_id"));
        if (remote.isString())
            f.remoteFileId = remote.toString();
        existing << f;
    }

    // Pull onto an existing record, then Import into a fresh one.
    Assistant pulled;
    pulled.id = QStringLiteral("a-pulled");
    for (const Assistant &base : {pulled, Assistant{}}) {
        const Result<RemoteMapping> mapped = RemoteMap::map(base, snapshot, existing);
        if (!mapped) {
            if (mapped.error().kind != ErrorKind::Validation || mapped.error().message.isEmpty())
                Fuzz::fail("a refused mapping must say why");
            continue;
        }
        QHash<QString, QString> remoteIdByLocalId;
        QHash<QString, WorkspaceFile> files;
        for (const WorkspaceFile &f : existing + mapped->newFiles) {
            files.insert(f.id, f);
            if (f.remoteFileId)
                remoteIdByLocalId.insert(f.id, *f.remoteFileId);
        }
        const Result<QJsonObject> body = AssistantWire::requestBody(mapped->assistant, remoteIdByLocalId);
        if (!body)
            Fuzz::fail("a mapped record must have a push body", body.error().message.toUtf8());

        const QList<Difference> differences = SyncDiff::compare(mapped->assistant, files, snapshot);
        const QJsonArray json = SyncDiff::toJson(differences);
        if (SyncDiff::fromJson(json) != differences)
            Fuzz::fail("differences JSON round trip", QJsonDocument(json).toJson());
        for (const Difference &d : differences)
            (void)d.summary();
    }
    return 0;
}
