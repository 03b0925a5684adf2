#include "cleanup/orphanscan.h"

#include "core/jsonnumber.h"
#include "core/logging.h"
#include "openai/apierror.h"
#include "openai/openaiclient.h"
#include "openai/connection.h"
#include "storage/orphanstore.h"
#include "storage/workspace.h"
#include "sync/pushplan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <memory>
#include <vector>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("OrphanScan", text, disambiguation, n);
}

bool isHttp404(const Error &e)
{
    return e.api && e.api->failure == OpenAi::ApiError::Failure::Http && e.api->httpStatus == 404;
}

qint64 unixValue(const QJsonValue &v)
{
    return jsonInteger(v);
}

std::optional<qint64> optionalUnix(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    return unixValue(v);
}

QJsonValue optionalJson(const std::optional<qint64> &v)
{
    return v ? QJsonValue(double(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalIso(const std::optional<qint64> &v)
{
    return v ? QJsonValue(OrphanScan::isoFromUnix(*v)) : QJsonValue(QJsonValue::Null);
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    return out;
}

/// Which workspace records use which remote ids, split by archived and not (domain.md §9).
struct LocalUse {
    QSet<QString> liveFiles;
    QSet<QString> liveStores;
    QHash<QString, QList<OrphanUser>> archivedFiles;
    QHash<QString, QList<OrphanUser>> archivedStores;
    QSet<QString> linkedAssistants;

    LocalUse(const QList<Assistant> &assistants, const QList<WorkspaceFile> &files)
    {
        QHash<QString, QString> remoteOfFile;
        for (const WorkspaceFile &f : files)
            if (f.remoteFileId)
                remoteOfFile.insert(f.id, *f.remoteFileId);
        QHash<QString, QString> workingName;
        for (const Assistant &a : assistants)
            if (!a.isVersion())
                workingName.insert(a.id, a.name);
        const auto addUser = [](QList<OrphanUser> &users, const OrphanUser &user) {
            if (!users.contains(user))
                users << user;
        };
        for (const Assistant &a : assistants) {
            if (a.remoteId)
                linkedAssistants.insert(*a.remoteId);
            const QString familyId = a.isVersion() ? a.workingVersionId : a.id;
            const OrphanUser user{familyId, workingName.value(familyId, a.name)};
            for (const QStringList *list : {&a.codeInterpreterFiles, &a.fileSearchFiles}) {
                for (const QString &localId : *list) {
                    const QString remote = remoteOfFile.value(localId);
                    if (remote.isEmpty())
                        continue;
                    if (a.archived)
                        addUser(archivedFiles[remote], user);
                    else
                        liveFiles.insert(remote);
                }
            }
            if (a.vectorStoreId && !a.vectorStoreId->isEmpty()) {
                if (a.archived)
                    addUser(archivedStores[*a.vectorStoreId], user);
                else
                    liveStores.insert(*a.vectorStoreId);
            }
        }
    }
};

struct RemoteUse {
    QSet<QString> files;
    QSet<QString> stores;

    explicit RemoteUse(const QList<OrphanListing::RemoteAssistant> &assistants)
    {
        for (const auto &a : assistants) {
            for (const QString &f : a.codeInterpreterFileIds)
                files.insert(f);
            for (const QString &s : a.vectorStoreIds)
                stores.insert(s);
        }
    }
};
} // namespace

// --- OrphanListing ---------------------------------------------------------------------------------------------------

OrphanListing OrphanListing::without(const QStringList &remoteIds) const
{
    const QSet<QString> gone(remoteIds.cbegin(), remoteIds.cend());
    OrphanListing out = *this;
    out.files.removeIf([&gone](const RemoteFile &f) { return gone.contains(f.id); });
    out.stores.removeIf([&gone](const RemoteStore &s) { return gone.contains(s.id); });
    out.assistants.removeIf([&gone](const RemoteAssistant &a) { return gone.contains(a.id); });
    for (RemoteStore &s : out.stores)
        s.fileIds.removeIf([&gone](const QString &id) { return gone.contains(id); });
    return out;
}

OrphanListing::RemoteAssistant OrphanListing::assistantFromWire(const QJsonObject &o)
{
    const QJsonObject resources = o.value(QLatin1String("tool_resources")).toObject();
    return RemoteAssistant{
        o.value(QLatin1String("id")).toString(),
        o.value(QLatin1String("name")).toString(),
        o.value(QLatin1String("model")).toString(),
        unixValue(o.value(QLatin1String("created_at"))),
        stringList(resources.value(QLatin1String("code_interpreter")).toObject().value(QLatin1String("file_ids"))),
        stringList(resources.value(QLatin1String("file_search")).toObject().value(QLatin1String("vector_store_ids")))};
}

OrphanListing::RemoteFile OrphanListing::fileFromWire(const QJsonObject &o)
{
    return RemoteFile{o.value(QLatin1String("id")).toString(), o.value(QLatin1String("filename")).toString(),
                      unixValue(o.value(QLatin1String("bytes"))), unixValue(o.value(QLatin1String("created_at"))),
                      optionalUnix(o.value(QLatin1String("expires_at")))};
}

OrphanListing::RemoteStore OrphanListing::storeFromWire(const QJsonObject &o, const QStringList &fileIds)
{
    return RemoteStore{o.value(QLatin1String("id")).toString(),
                       o.value(QLatin1String("name")).toString(),
                       unixValue(o.value(QLatin1String("usage_bytes"))),
                       unixValue(o.value(QLatin1String("created_at"))),
                       optionalUnix(o.value(QLatin1String("last_active_at"))),
                       optionalUnix(o.value(QLatin1String("expires_at"))),
                       fileIds};
}

QJsonObject OrphanListing::toJson() const
{
    QJsonArray assistantArray, fileArray, storeArray;
    for (const auto &a : assistants)
        assistantArray.append(QJsonObject{{QStringLiteral("id"), a.id},
                                          {QStringLiteral("name"), a.name},
                                          {QStringLiteral("model"), a.model},
                                          {QStringLiteral("created_at"), double(a.createdAt)},
                                          {QStringLiteral("code_interpreter_file_ids"),
                                           QJsonArray::fromStringList(a.codeInterpreterFileIds)},
                                          {QStringLiteral("vector_store_ids"), QJsonArray::fromStringList(a.vectorStoreIds)}});
    for (const auto &f : files)
        fileArray.append(QJsonObject{{QStringLiteral("id"), f.id},
                                     {QStringLiteral("filename"), f.filename},
                                     {QStringLiteral("bytes"), double(f.bytes)},
                                     {QStringLiteral("created_at"), double(f.createdAt)},
                                     {QStringLiteral("expires_at"), optionalJson(f.expiresAt)}});
    for (const auto &s : stores)
        storeArray.append(QJsonObject{{QStringLiteral("id"), s.id},
                                      {QStringLiteral("name"), s.name},
                                      {QStringLiteral("usage_bytes"), double(s.usageBytes)},
                                      {QStringLiteral("created_at"), double(s.createdAt)},
                                      {QStringLiteral("last_active_at"), optionalJson(s.lastActiveAt)},
                                      {QStringLiteral("expires_at"), optionalJson(s.expiresAt)},
                                      {QStringLiteral("file_ids"), QJsonArray::fromStringList(s.fileIds)}});
    return QJsonObject{{QStringLiteral("scanned_at"), scannedAt},
                       {QStringLiteral("base_url"), baseUrl},
                       {QStringLiteral("assistants_api"), assistantsApi},
                       {QStringLiteral("vector_stores_api"), vectorStoresApi},
                       {QStringLiteral("assistants"), assistantArray},
                       {QStringLiteral("files"), fileArray},
                       {QStringLiteral("vector_stores"), storeArray}};
}

std::optional<OrphanListing> OrphanListing::fromJson(const QJsonObject &json)
{
    if (!json.value(QLatin1String("scanned_at")).isString() || !json.value(QLatin1String("files")).isArray()
        || !json.value(QLatin1String("vector_stores")).isArray() || !json.value(QLatin1String("assistants")).isArray())
        return std::nullopt;
    OrphanListing l;
    l.scannedAt = json.value(QLatin1String("scanned_at")).toString();
    l.baseUrl = json.value(QLatin1String("base_url")).toString();
    l.assistantsApi = json.value(QLatin1String("assistants_api")).toBool(true);
    l.vectorStoresApi = json.value(QLatin1String("vector_stores_api")).toBool(true);
    for (const QJsonValue &v : json.value(QLatin1String("assistants")).toArray()) {
        const QJsonObject o = v.toObject();
        l.assistants << RemoteAssistant{o.value(QLatin1String("id")).toString(),
                                        o.value(QLatin1String("name")).toString(),
                                        o.value(QLatin1String("model")).toString(),
                                        unixValue(o.value(QLatin1String("created_at"))),
                                        stringList(o.value(QLatin1String("code_interpreter_file_ids"))),
                                        stringList(o.value(QLatin1String("vector_store_ids")))};
    }
    for (const QJsonValue &v : json.value(QLatin1String("files")).toArray())
        l.files << fileFromWire(v.toObject());
    for (const QJsonValue &v : json.value(QLatin1String("vector_stores")).toArray()) {
        const QJsonObject o = v.toObject();
        l.stores << storeFromWire(o, stringList(o.value(QLatin1String("file_ids"))));
    }
    return l;
}

// --- OrphanItem / OrphanReport ---------------------------------------------------------------------------------------

QString OrphanItem::kindName() const
{
    return kind == Kind::File ? QStringLiteral("file") : QStringLiteral("vector_store");
}

QString OrphanItem::wasUsedByText() const
{
    if (wasUsedBy.isEmpty())
        return {};
    QStringList names;
    for (const OrphanUser &u : wasUsedBy)
        names << tr("“%1”").arg(u.name);
    return tr("was used by archived %1").arg(names.join(QStringLiteral(", ")));
}

qint64 OrphanReport::fileBytes() const
{
    qint64 sum = 0;
    for (const auto &f : files)
        sum += f.bytes;
    return sum;
}

qint64 OrphanReport::storeBytes() const
{
    qint64 sum = 0;
    for (const auto &s : vectorStores)
        sum += s.bytes;
    return sum;
}

QString OrphanReport::totalsText() const
{
    return tr("%1 · %2")
        .arg(tr("%n file(s) (%1)", nullptr, int(files.size())).arg(Push::sizeText(fileBytes())),
             tr("%n vector store(s) (%1)", nullptr, int(vectorStores.size())).arg(Push::sizeText(storeBytes())));
}

QJsonObject OrphanReport::toJson() const
{
    const auto usedBy = [](const OrphanItem &item) {
        QJsonArray array;
        for (const OrphanUser &u : item.wasUsedBy)
            array.append(QJsonObject{{QStringLiteral("id"), u.id}, {QStringLiteral("name"), u.name}});
        return array;
    };
    QJsonArray fileArray, storeArray, assistantArray;
    for (const auto &f : files)
        fileArray.append(QJsonObject{{QStringLiteral("remote_id"), f.remoteId},
                                     {QStringLiteral("name"), f.name},
                                     {QStringLiteral("bytes"), double(f.bytes)},
                                     {QStringLiteral("created_at"), OrphanScan::isoFromUnix(f.createdAt)},
                                     {QStringLiteral("expires_at"), optionalIso(f.expiresAt)},
                                     {QStringLiteral("was_used_by"), usedBy(f)}});
    for (const auto &s : vectorStores)
        storeArray.append(QJsonObject{{QStringLiteral("remote_id"), s.remoteId},
                                      {QStringLiteral("name"), s.name},
                                      {QStringLiteral("usage_bytes"), double(s.bytes)},
                                      {QStringLiteral("file_count"), s.fileCount},
                                      {QStringLiteral("created_at"), OrphanScan::isoFromUnix(s.createdAt)},
                                      {QStringLiteral("last_active_at"), optionalIso(s.lastActiveAt)},
                                      {QStringLiteral("expires_at"), optionalIso(s.expiresAt)},
                                      {QStringLiteral("was_used_by"), usedBy(s)}});
    for (const auto &a : assistantsNotInWorkspace)
        assistantArray.append(QJsonObject{{QStringLiteral("remote_id"), a.id},
                                          {QStringLiteral("name"), a.name},
                                          {QStringLiteral("model"), a.model},
                                          {QStringLiteral("created_at"), OrphanScan::isoFromUnix(a.createdAt)}});
    return QJsonObject{{QStringLiteral("scanned_at"), scannedAt},
                       {QStringLiteral("assistants_api"), assistantsApi},
                       {QStringLiteral("files"), fileArray},
                       {QStringLiteral("vector_stores"), storeArray},
                       {QStringLiteral("assistants_not_in_workspace"), assistantArray},
                       {QStringLiteral("totals"),
                        QJsonObject{{QStringLiteral("files"), files.size()},
                                    {QStringLiteral("file_bytes"), double(fileBytes())},
                                    {QStringLiteral("vector_stores"), vectorStores.size()},
                                    {QStringLiteral("vector_store_bytes"), double(storeBytes())},
                                    {QStringLiteral("assistants_not_in_workspace"), assistantsNotInWorkspace.size()}}}};
}

// --- scanning and classifying ----------------------------------------------------------------------------------------

namespace OrphanScan {

Status saveListing(Workspace &workspace, const OrphanListing &listing)
{
    return OrphanStore::saveScan(workspace, QJsonDocument(listing.toJson()).toJson(QJsonDocument::Compact),
                                 listing.scannedAt);
}

std::optional<OrphanListing> cachedListing(Workspace &workspace)
{
    const auto cached = OrphanStore::loadScan(workspace);
    if (!cached)
        return std::nullopt;
    auto listing = OrphanListing::fromJson(QJsonDocument::fromJson(cached->json).object());
    if (!listing)
        return std::nullopt;
    // Remote ids mean something only on the server that made them (§0).
    const auto connection = OpenAi::Connection::load(workspace);
    if (connection && connection->baseUrl != listing->baseUrl)
        return std::nullopt;
    return listing;
}

std::optional<OrphanReport> cachedReport(Workspace &workspace)
{
    const auto listing = cachedListing(workspace);
    if (!listing)
        return std::nullopt;
    return classify(*listing, workspace.assistants(), workspace.files());
}

QString jobLabel(const OrphanItem &item)
{
    return item.name.isEmpty() ? item.remoteId : item.name;
}

QString skippedNote()
{
    return tr("skipped: now in use");
}

Result<QStringList> queueDeletions(Workspace &workspace, const QList<OrphanItem> &items)
{
    QList<OrphanStore::JobRequest> requests;
    for (const OrphanItem &item : items)
        requests << OrphanStore::JobRequest{item.kindName(), item.remoteId, jobLabel(item)};
    return OrphanStore::createJobs(workspace, requests);
}

QString isoFromUnix(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

QCoro::Task<Result<OrphanListing>> scan(OpenAi::OpenAiClient &client, Progress progress, OpenAi::CancelToken *cancel)
{
    const auto report = [&progress](int done, int total, const QString &step) {
        if (progress)
            progress(done, total, step);
    };
    OrphanListing listing;
    listing.baseUrl = client.connection().baseUrl;
    const QString startedAt = utcNowIso();

    report(0, 3, tr("Listing assistants…"));
    auto assistants = co_await client.listAssistants(cancel);
    if (!assistants) {
        if (!isHttp404(assistants.error()))
            co_return assistants.error();
        listing.assistantsApi = false;   // still worth scanning files and stores (§9)
    } else {
        for (const QJsonObject &o : assistants.value())
            listing.assistants << OrphanListing::assistantFromWire(o);
    }

    report(1, 3, tr("Listing files…"));
    auto files = co_await client.listFiles(cancel);
    if (!files)
        co_return files.error();
    for (const QJsonObject &o : files.value())
        listing.files << OrphanListing::fileFromWire(o);

    report(2, 3, tr("Listing vector stores…"));
    auto stores = co_await client.listVectorStores(cancel);
    QList<QJsonObject> storeObjects;
    if (!stores) {
        if (!isHttp404(stores.error()))
            co_return stores.error();
        listing.vectorStoresApi = false;
    } else {
        storeObjects = std::move(stores).value();
    }

    // The files of each store, a few stores at a time (the client caps requests in flight anyway).
    const int total = 3 + int(storeObjects.size());
    report(3, total, tr("Listing the files of %n vector store(s)…", nullptr, int(storeObjects.size())));
    struct Shared {
        qsizetype next = 0;
        int done = 0;
        std::optional<Error> error;
        QList<std::optional<QStringList>> fileIds;   // per store; nullopt: the store is gone
    };
    auto shared = std::make_shared<Shared>();
    shared->fileIds.resize(storeObjects.size());
    const auto worker = [&client, &storeObjects, shared, cancel, &report, total]() -> QCoro::Task<void> {
        while (shared->next < storeObjects.size() && !shared->error) {
            const qsizetype i = shared->next++;
            const QString id = storeObjects.at(i).value(QLatin1String("id")).toString();
            auto listed = co_await client.listVectorStoreFiles(id, cancel);
            if (listed) {
                QStringList ids;
                for (const QJsonObject &f : listed.value())
                    ids << f.value(QLatin1String("id")).toString();
                shared->fileIds[i] = ids;
            } else if (!isHttp404(listed.error())) {
                if (!shared->error)
                    shared->error = listed.error();
                co_return;
            }
            ++shared->done;
            report(3 + shared->done, total,
                   tr("Listed the files of vector store %1 of %2…").arg(shared->done).arg(storeObjects.size()));
        }
    };
    std::vector<QCoro::Task<void>> workers;
    for (int i = 0; i < 4; ++i)
        workers.push_back(worker());
    for (auto &w : workers)
        co_await w;
    if (shared->error)
        co_return *shared->error;
    for (qsizetype i = 0; i < storeObjects.size(); ++i)
        if (shared->fileIds.at(i))
            listing.stores << OrphanListing::storeFromWire(storeObjects.at(i), *shared->fileIds.at(i));
    listing.scannedAt = startedAt;
    qCInfo(lcSync) << "orphan scan:" << listing.assistants.size() << "assistants," << listing.files.size() << "files,"
                   << listing.stores.size() << "vector stores";
    co_return listing;
}

OrphanReport classify(const OrphanListing &listing, const QList<Assistant> &assistants, const QList<WorkspaceFile> &files)
{
    const LocalUse local(assistants, files);
    const RemoteUse remote(listing.assistants);
    OrphanReport report;
    report.scannedAt = listing.scannedAt;
    report.assistantsApi = listing.assistantsApi;
    report.vectorStoresApi = listing.vectorStoresApi;

    QSet<QString> heldByLiveStore;
    for (const auto &s : listing.stores) {
        const bool orphan = !local.liveStores.contains(s.id) && !remote.stores.contains(s.id);
        if (!orphan) {
            for (const QString &f : s.fileIds)
                heldByLiveStore.insert(f);
            continue;
        }
        OrphanItem item;
        item.kind = OrphanItem::Kind::VectorStore;
        item.remoteId = s.id;
        item.name = s.name;
        item.bytes = s.usageBytes;
        item.createdAt = s.createdAt;
        item.expiresAt = s.expiresAt;
        item.lastActiveAt = s.lastActiveAt;
        item.fileCount = int(s.fileIds.size());
        item.wasUsedBy = local.archivedStores.value(s.id);
        report.vectorStores << item;
    }
    for (const auto &f : listing.files) {
        if (local.liveFiles.contains(f.id) || remote.files.contains(f.id) || heldByLiveStore.contains(f.id))
            continue;
        OrphanItem item;
        item.kind = OrphanItem::Kind::File;
        item.remoteId = f.id;
        item.name = f.filename;
        item.bytes = f.bytes;
        item.createdAt = f.createdAt;
        item.expiresAt = f.expiresAt;
        item.wasUsedBy = local.archivedFiles.value(f.id);
        report.files << item;
    }
    for (const auto &a : listing.assistants)
        if (!local.linkedAssistants.contains(a.id))
            report.assistantsNotInWorkspace << a;
    return report;
}

QCoro::Task<Result<bool>> stillOrphan(Workspace &workspace, OpenAi::OpenAiClient &client, QString kind,
                                      QString remoteId, OpenAi::CancelToken *cancel)
{
    const bool isFile = kind == QLatin1String("file");
    if (!isFile && kind != QLatin1String("vector_store"))
        co_return true;
    LocalUse local(workspace.assistants(), workspace.files());
    if ((isFile && local.liveFiles.contains(remoteId)) || (!isFile && local.liveStores.contains(remoteId)))
        co_return false;
    auto listed = co_await client.listAssistants(cancel);
    QList<OrphanListing::RemoteAssistant> remoteAssistants;
    if (listed) {
        for (const QJsonObject &o : listed.value())
            remoteAssistants << OrphanListing::assistantFromWire(o);
    } else if (!isHttp404(listed.error())) {
        co_return listed.error();
    }
    const RemoteUse remote(remoteAssistants);
    if (!isFile)
        co_return !remote.stores.contains(remoteId);
    if (remote.files.contains(remoteId))
        co_return false;
    // The workspace may have changed while the assistants were listed.
    local = LocalUse(workspace.assistants(), workspace.files());
    if (local.liveFiles.contains(remoteId))
        co_return false;
    // Only the stores in use can protect the file; an orphan store holding it does not.
    QSet<QString> inUse = local.liveStores;
    inUse.unite(remote.stores);
    QStringList storeIds(inUse.cbegin(), inUse.cend());
    storeIds.sort();
    for (const QString &storeId : storeIds) {
        auto files = co_await client.listVectorStoreFiles(storeId, cancel);
        if (!files) {
            if (isHttp404(files.error()))
                continue;
            co_return files.error();
        }
        for (const QJsonObject &f : files.value())
            if (f.value(QLatin1String("id")).toString() == remoteId)
                co_return false;
    }
    co_return true;
}

} // namespace OrphanScan
