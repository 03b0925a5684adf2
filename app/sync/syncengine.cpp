#include "sync/syncengine.h"

#include "core/jsonnumber.h"
#include "sync/servercapabilities.h"

#include "sync/createguard.h"

#include "core/logging.h"
#include "domain/validation.h"
#include "openai/apierror.h"
#include "openai/assistantwire.h"
#include "openai/openaiclient.h"
#include "storage/workspace.h"
#include "domain/remotemapping.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SyncEngine", text);
}

bool isHttp404(const Error &e)
{
    return e.api && e.api->failure == OpenAi::ApiError::Failure::Http && e.api->httpStatus == 404;
}

bool isCancelled(const Error &e)
{
    return e.kind == ErrorKind::Cancelled;
}

using PoolJob = std::function<QCoro::Task<void>(int index)>;

// The bounded pool every bulk operation (check, import, upload) runs in: job(0) … job(count - 1), at most `width`
// at once, each started as soon as a slot is free. Once `cancel` is set no further job starts. Returns how many
// jobs were started. The client's own limiter still bounds the requests in flight (and shrinks under 429s).
QCoro::Task<int> runPool(int count, int width, OpenAi::CancelToken *cancel, PoolJob job)
{
    int next = 0;
    const auto worker = [&]() -> QCoro::Task<void> {
        while (next < count) {
            if (cancel && cancel->isCancelled())
                co_return;
            const int index = next++;
            co_await job(index);
        }
    };
    std::vector<QCoro::Task<void>> workers;
    const int n = std::clamp(std::min(width, count), 1, 32);
    for (int i = 0; i < n; ++i)
        workers.push_back(worker());
    for (auto &w : workers)
        co_await w;
    co_return next;
}

QHash<QString, RemoteFileInfo> fileIndex(const QList<QJsonObject> &listed)
{
    QHash<QString, RemoteFileInfo> known;
    known.reserve(listed.size());
    for (const auto &f : listed) {
        const QString id = f.value(QStringLiteral("id")).toString();
        known.insert(id, RemoteFileInfo{id, f.value(QStringLiteral("filename")).toString(),
                                        jsonInteger(f.value(QStringLiteral("bytes"))), true});
    }
    return known;
}
} // namespace

QString CheckAllSummary::text() const
{
    QStringList parts{tr("In sync %1").arg(inSync), tr("Out of sync %1").arg(outOfSync)};
    if (missing)
        parts << tr("Missing remotely %1").arg(missing);
    if (failed)
        parts << tr("Check failed %1").arg(failed);
    if (notRun)
        parts << tr("Not checked %1").arg(notRun);
    if (neverPushed)
        parts << tr("Never pushed %1").arg(neverPushed);
    return parts.join(QStringLiteral(" · "));
}

struct SyncEngine::Fetch {
    enum Outcome { Ok, MissingRemote, NoAssistantsApi, Failed, Cancelled } outcome = Failed;
    RemoteSnapshot snapshot;
    Error error;
};

SyncEngine::SyncEngine(Workspace &workspace, OpenAi::OpenAiClient &client, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_client(client)
{
}

QCoro::Task<SyncEngine::Fetch> SyncEngine::fetchSnapshot(QString remoteId, const QHash<QString, RemoteFileInfo> *knownFiles,
                                                         OpenAi::CancelToken *cancel, bool knownIsComplete)
{
    Fetch fetch;
    auto remote = co_await m_client.retrieveAssistant(remoteId, cancel);
    if (!remote) {
        fetch.error = remote.error();
        if (isCancelled(fetch.error)) {
            fetch.outcome = Fetch::Cancelled;
        } else if (isHttp404(fetch.error)) {
            // Tell a deleted assistant from a server without the Assistants API (§4 "missing_remote").
            auto probe = co_await m_client.probeAssistantsApi(cancel);
            if (probe) {
                fetch.outcome = Fetch::MissingRemote;
            } else if (isHttp404(probe.error())) {
                fetch.outcome = Fetch::NoAssistantsApi;
                fetch.error.message = tr("%1 does not offer the Assistants API (404). Point the base URL at an "
                                         "Assistants-v2-compatible server.")
                                          .arg(m_client.connection().baseUrl);
            } else {
                fetch.outcome = isCancelled(probe.error()) ? Fetch::Cancelled : Fetch::Failed;
                fetch.error = probe.error();
            }
        } else {
            fetch.outcome = Fetch::Failed;
        }
        co_return fetch;
    }
    fetch.snapshot.assistant = remote.value();
    const QJsonObject &a = fetch.snapshot.assistant;
    const QJsonObject resources = a.value(QStringLiteral("tool_resources")).toObject();
    QStringList fileIds;
    for (const auto &v : resources.value(QStringLiteral("code_interpreter")).toObject().value(QStringLiteral("file_ids")).toArray())
        fileIds << v.toString();
    // Stores are read whether or not file search is on, so a Pull can adopt them; the comparison decides what counts.
    for (const auto &v : resources.value(QStringLiteral("file_search")).toObject().value(QStringLiteral("vector_store_ids")).toArray()) {
        RemoteStore store;
        store.id = v.toString();
        auto files = co_await m_client.listVectorStoreFiles(store.id, cancel);
        if (!files) {
            if (isHttp404(files.error())) {
                store.found = false;
            } else {
                fetch.error = files.error();
                fetch.outcome = isCancelled(fetch.error) ? Fetch::Cancelled : Fetch::Failed;
                co_return fetch;
            }
        } else {
            for (const auto &f : files.value()) {
                store.files << RemoteStoreFile{f.value(QStringLiteral("id")).toString(), f.value(QStringLiteral("status")).toString()};
                fileIds << store.files.last().fileId;
            }
        }
        fetch.snapshot.stores << store;
    }
    fileIds.removeDuplicates();
    for (const QString &id : std::as_const(fileIds)) {
        if (knownFiles) {
            const auto it = knownFiles->constFind(id);
            if (it != knownFiles->cend()) {
                fetch.snapshot.files.insert(id, *it);
                continue;
            }
            if (knownIsComplete) {   // the listing names every file: one it lacks is gone
                fetch.snapshot.files.insert(id, RemoteFileInfo{id, {}, 0, false});
                continue;
            }
        }
        auto info = co_await m_client.retrieveFile(id, cancel);
        if (info) {
            fetch.snapshot.files.insert(id, RemoteFileInfo{id, info->value(QStringLiteral("filename")).toString(),
                                                           jsonInteger(info->value(QStringLiteral("bytes"))), true});
        } else if (isHttp404(info.error())) {
            fetch.snapshot.files.insert(id, RemoteFileInfo{id, {}, 0, false});
        } else {
            fetch.error = info.error();
            fetch.outcome = isCancelled(fetch.error) ? Fetch::Cancelled : Fetch::Failed;
            co_return fetch;
        }
    }
    fetch.snapshot.fetchedAt = utcNowIso();
    fetch.outcome = Fetch::Ok;
    co_return fetch;
}

QCoro::Task<Result<SyncState>> SyncEngine::check(QString assistantId, OpenAi::CancelToken *cancel)
{
    co_return co_await checkWith(assistantId, nullptr, cancel);
}

QCoro::Task<Result<SyncState>> SyncEngine::checkWith(QString assistantId, const QHash<QString, RemoteFileInfo> *knownFiles,
                                                     OpenAi::CancelToken *cancel, bool knownIsComplete)
{
    auto a = m_workspace.assistant(assistantId);
    if (!a)
        co_return a.error();
    if (!a->remoteId)
        co_return m_workspace.syncState(assistantId);   // never pushed: no request
    emit checkStarted(assistantId);
    const Fetch fetch = co_await fetchSnapshot(*a->remoteId, knownFiles, cancel, knownIsComplete);
    Status stored;
    switch (fetch.outcome) {
    case Fetch::Ok: {
        auto state = m_workspace.storeCheckResult(assistantId, fetch.snapshot);
        stored = state ? Status() : Status(state.error());
        break;
    }
    case Fetch::MissingRemote:
        stored = m_workspace.storeMissingRemote(assistantId, utcNowIso());
        break;
    case Fetch::NoAssistantsApi:
        stored = m_workspace.storeCheckFailure(assistantId, fetch.error.message, true);
        break;
    case Fetch::Failed:
        stored = m_workspace.storeCheckFailure(assistantId, fetch.error.message);
        break;
    case Fetch::Cancelled:
        emit checkFinished(assistantId);
        co_return fetch.error;
    }
    emit checkFinished(assistantId);
    if (!stored)
        co_return stored.error();
    qCInfo(lcSync) << "checked" << assistantId << syncStatusWireName(m_workspace.syncState(assistantId).current.status);
    co_return m_workspace.syncState(assistantId);
}

QCoro::Task<CheckAllSummary> SyncEngine::checkAll(int concurrency, OpenAi::CancelToken *cancel)
{
    QStringList ids;
    for (const auto &s : m_workspace.assistantSummaries())
        if (!s.archived && s.remoteId)
            ids << s.id;
    co_return co_await checkMany(ids, concurrency, cancel);
}

QCoro::Task<CheckAllSummary> SyncEngine::checkMany(QStringList assistantIds, int concurrency, OpenAi::CancelToken *cancel)
{
    CheckAllSummary summary;
    summary.total = int(assistantIds.size());
    emit progress(0, summary.total);
    if (assistantIds.isEmpty())
        co_return summary;

    // One listing of every file, so no check needs GET /files/{id} (§4 "Check all"); none when no record is in
    // OpenAI (a never-pushed record is answered from the workspace, without a request).
    bool anyRemote = false;
    for (const QString &id : std::as_const(assistantIds))
        if (auto a = m_workspace.assistant(id); a && a->remoteId)
            anyRemote = true;
    std::optional<QHash<QString, RemoteFileInfo>> known;
    if (anyRemote) {
        auto listed = co_await m_client.listFiles(cancel);
        if (listed)
            known = fileIndex(listed.value());
    }

    int done = 0;
    const PoolJob job = [&](int index) -> QCoro::Task<void> {
        const QString id = assistantIds.at(index);
        auto state = co_await checkWith(id, known ? &*known : nullptr, cancel);
        if (state) {
            switch (state->current.status) {
            case SyncStatus::InSync:
                ++summary.inSync;
                break;
            case SyncStatus::OutOfSync:
                ++summary.outOfSync;
                break;
            case SyncStatus::MissingRemote:
                ++summary.missing;
                break;
            case SyncStatus::NeverPushed:
                ++summary.neverPushed;
                break;
            default:
                ++summary.failed;
            }
        } else if (state.error().kind == ErrorKind::Cancelled) {
            ++summary.notRun;
        } else {
            ++summary.failed;
        }
        emit progress(++done, int(assistantIds.size()));
    };
    const int started = co_await runPool(int(assistantIds.size()), concurrency, cancel, job);
    summary.notRun += int(assistantIds.size()) - started;
    summary.cancelled = cancel && cancel->isCancelled();
    co_return summary;
}

QHash<QString, std::pair<QString, QString>> SyncEngine::linkedRemoteIds() const
{
    QHash<QString, std::pair<QString, QString>> linked;
    for (const auto &s : m_workspace.assistantSummaries())
        if (s.remoteId)
            linked.insert(*s.remoteId, {s.id, s.name});
    return linked;
}

QCoro::Task<ImportOutcome> SyncEngine::importRemote(QString remoteId, OpenAi::CancelToken *cancel)
{
    ImportContext context;
    context.linked = linkedRemoteIds();
    co_return co_await importOne(remoteId, context, cancel);
}

QCoro::Task<ImportOutcome> SyncEngine::importOne(QString remoteId, const ImportContext &context,
                                                 OpenAi::CancelToken *cancel)
{
    ImportOutcome outcome;
    outcome.remoteId = remoteId;
    const QHash<QString, RemoteFileInfo> *known = context.files ? &*context.files : nullptr;
    if (const auto it = context.linked.constFind(remoteId); it != context.linked.cend()) {
        outcome.alreadyLinked = true;
        outcome.localId = it->first;
        outcome.message = tr("Already in the workspace as “%1”.").arg(it->second);
        auto refreshed = co_await checkWith(it->first, known, cancel, false);
        outcome.ok = refreshed.ok();
        outcome.cancelled = !refreshed && isCancelled(refreshed.error());
        if (!refreshed) {
            outcome.errorKind = refreshed.error().kind;
        } else if (refreshed->current.status == SyncStatus::CheckFailed) {
            // Linked already, but the server did not answer the refresh: a failure of the server, not a success.
            outcome.ok = false;
            outcome.errorKind = ErrorKind::Network;
            outcome.message = refreshed->error;
        }
        co_return outcome;
    }
    // The listing names files by id; GET /files/{id} only for an id it lacks (§4).
    const Fetch fetch = co_await fetchSnapshot(remoteId, known, cancel, false);
    if (fetch.outcome != Fetch::Ok) {
        outcome.message = fetch.outcome == Fetch::MissingRemote ? tr("No assistant %1 in OpenAI.").arg(remoteId) : fetch.error.message;
        outcome.cancelled = fetch.outcome == Fetch::Cancelled;
        outcome.errorKind = fetch.outcome == Fetch::MissingRemote ? ErrorKind::NotFound : fetch.error.kind;
        co_return outcome;
    }
    // Map and adopt with no suspension in between, so concurrent imports sharing a file reuse one record.
    const QList<WorkspaceFile> existing = m_workspace.filesByRemoteIds(fetch.snapshot.files.keys());
    Assistant base;
    auto mapping = RemoteMap::map(base, fetch.snapshot, existing);
    if (!mapping) {
        outcome.message = mapping.error().message;
        outcome.errorKind = mapping.error().kind;
        co_return outcome;
    }
    auto adopted = m_workspace.adoptRemote(mapping->assistant, mapping->newFiles, fetch.snapshot);
    if (!adopted) {
        outcome.message = adopted.error().message;
        outcome.errorKind = adopted.error().kind;
        co_return outcome;
    }
    outcome.ok = true;
    outcome.localId = adopted->id;
    outcome.warnings = mapping->warnings;
    co_return outcome;
}

QCoro::Task<QList<ImportOutcome>> SyncEngine::importMany(QStringList remoteIds, OpenAi::CancelToken *cancel,
                                                         bool emitImportProgress)
{
    remoteIds.removeDuplicates();   // two workers importing one id at once would race for its record
    const int total = int(remoteIds.size());
    ImportContext context;
    context.linked = linkedRemoteIds();
    // One paged listing of /files names every file; without it (it failed) each file is read by id.
    if (total > 0) {
        auto listed = co_await m_client.listFiles(cancel);
        if (listed)
            context.files = fileIndex(listed.value());
        else if (isCancelled(listed.error()))
            co_return {};
        else
            qCWarning(lcSync) << "import: cannot list files, reading each by id:" << listed.error().message;
    }
    std::vector<std::optional<ImportOutcome>> results(size_t(remoteIds.size()));
    int done = 0;
    const auto report = [&] {
        if (emitImportProgress)
            emit importProgress(done, total);
        else
            emit progress(done, total);
    };
    report();
    const PoolJob job = [&](int index) -> QCoro::Task<void> {
        ImportOutcome outcome = co_await importOne(remoteIds.at(index), context, cancel);
        if (outcome.cancelled)
            co_return;   // aborted by the cancel: it made nothing, and is not reported as done
        results[size_t(index)] = std::move(outcome);
        ++done;
        report();
    };
    co_await runPool(total, m_client.concurrency(), cancel, job);
    QList<ImportOutcome> outcomes;
    for (auto &r : results)
        if (r)
            outcomes << std::move(*r);
    co_return outcomes;
}

QCoro::Task<Result<QList<ImportOutcome>>> SyncEngine::importAll(OpenAi::CancelToken *cancel)
{
    auto listed = co_await m_client.listAssistants(cancel);
    if (!listed)
        co_return listed.error();
    QStringList ids;
    for (const auto &remote : listed.value())
        ids << remote.value(QStringLiteral("id")).toString();
    co_return co_await importMany(ids, cancel, false);
}

QCoro::Task<Result<QList<RemoteListingRow>>> SyncEngine::listForImport(OpenAi::CancelToken *cancel)
{
    auto listed = co_await m_client.listAssistants(cancel);
    if (!listed)
        co_return listed.error();
    ImportListing::Cached listing;
    listing.fetchedAt = utcNowIso();
    listing.baseUrl = m_client.connection().baseUrl;
    for (const QJsonObject &remote : listed.value())
        listing.rows << ImportListing::rowFromRemote(remote);
    listing.rows = ImportListing::relink(m_workspace, std::move(listing.rows));
    if (Status s = ImportListing::save(m_workspace, listing); !s)
        qCWarning(lcSync) << "cannot keep the import listing:" << s.error().message;
    co_return listing.rows;
}

QCoro::Task<QList<ImportOutcome>> SyncEngine::importSelected(QStringList remoteIds, OpenAi::CancelToken *cancel)
{
    co_return co_await importMany(remoteIds, cancel, true);
}

QCoro::Task<Result<SyncState>> SyncEngine::pull(QString assistantId, OpenAi::CancelToken *cancel)
{
    auto a = m_workspace.assistant(assistantId);
    if (!a)
        co_return a.error();
    if (a->isVersion())
        co_return Error{ErrorKind::Refused, tr("Assistant versions are read-only. Edit the working assistant instead."), {}};
    if (!a->remoteId)
        co_return Error{ErrorKind::Refused, tr("“%1” was never pushed; there is nothing to update from.").arg(a->name), {}};
    const Fetch fetch = co_await fetchSnapshot(*a->remoteId, nullptr, cancel);
    if (fetch.outcome != Fetch::Ok) {
        if (fetch.outcome == Fetch::MissingRemote)
            co_return Error{ErrorKind::NotFound, tr("This assistant no longer exists in OpenAI (%1).").arg(*a->remoteId), {}};
        Error e = fetch.error;
        if (e.kind != ErrorKind::Cancelled)
            e.kind = ErrorKind::Network;
        co_return e;
    }
    auto mapping = RemoteMap::map(a.value(), fetch.snapshot, m_workspace.files());
    if (!mapping)
        co_return mapping.error();
    if (Status s = m_workspace.applyPull(mapping->assistant, mapping->newFiles, fetch.snapshot); !s)
        co_return s.error();
    co_return m_workspace.syncState(assistantId);
}

namespace {
QHash<QString, WorkspaceFile> fileMap(const Workspace &ws)
{
    QHash<QString, WorkspaceFile> out;
    for (const auto &f : ws.files())
        out.insert(f.id, f);
    return out;
}
} // namespace

QCoro::Task<Result<PushPlan>> SyncEngine::planPush(QString assistantId, OpenAi::CancelToken *cancel)
{
    auto a = m_workspace.assistant(assistantId);
    if (!a)
        co_return a.error();
    if (a->archived)
        co_return Error{ErrorKind::Refused, tr("Archived assistants cannot be pushed."), {}};
    if (auto problems = validateAssistant(a.value()); !problems.isEmpty())
        co_return Error::validation(problemTexts(problems));
    std::optional<RemoteSnapshot> snapshot;
    bool missing = false;
    std::optional<QStringList> storeFiles;
    if (a->remoteId) {
        auto state = co_await check(assistantId, cancel);
        if (!state)
            co_return state.error();
        if (state->current.status == SyncStatus::MissingRemote) {
            missing = true;
        } else if (state->current.status == SyncStatus::CheckFailed) {
            co_return Error{ErrorKind::Network, state->error, {}};
        } else {
            snapshot = m_workspace.snapshot(assistantId);
        }
    }
    if (a->fileSearch && a->vectorStoreId && (!snapshot || !snapshot->assistant.contains(QStringLiteral("id")))) {
        auto listed = co_await m_client.listVectorStoreFiles(*a->vectorStoreId, cancel);
        if (listed) {
            storeFiles = QStringList();
            for (const auto &f : listed.value())
                storeFiles->append(f.value(QStringLiteral("id")).toString());
        } else if (!isHttp404(listed.error())) {
            co_return listed.error();
        }
    }
    co_return Push::plan(a.value(), fileMap(m_workspace), snapshot, missing, storeFiles);
}

QCoro::Task<Status> SyncEngine::addToStore(QString storeId, QStringList remoteFileIds, PushOutcome &outcome,
                                           OpenAi::CancelToken *cancel)
{
    if (remoteFileIds.isEmpty())
        co_return Status();
    // File batches when the server has them (the capabilities probe knows); concurrent single adds when it has not.
    // Not probed yet: try a batch, and a route the server does not know falls back to single adds.
    const auto capabilities = Capabilities::load(m_workspace, m_client.connection().baseUrl);
    bool batches = !capabilities || capabilities->fileBatches != ServerCapabilities::Support::No;
    for (qsizetype at = 0; batches && at < remoteFileIds.size(); at += 500) {
        const QStringList chunk = remoteFileIds.mid(at, 500);
        auto batch = co_await m_client.createFileBatchAndWait(storeId, chunk, cancel);
        if (!batch) {
            const Error &e = batch.error();
            const bool unknownRoute = at == 0 && (!capabilities || capabilities->fileBatches == ServerCapabilities::Support::Unknown)
                && isHttp404(e) && e.api && e.api->message.startsWith(QLatin1String("Invalid URL"));
            if (!unknownRoute)
                co_return e;
            qCInfo(lcSync) << "the server has no file batches: adding" << remoteFileIds.size() << "files one by one";
            batches = false;
            break;
        }
        const int failed = batch->value(QStringLiteral("file_counts")).toObject().value(QStringLiteral("failed")).toInt();
        if (failed > 0)
            outcome.failedFiles << (failed == 1 ? tr("1 file failed to index in vector store %1")
                                      : tr("%n files failed to index in vector store %1", nullptr, failed)).arg(storeId);
    }
    if (batches)
        co_return Status();

    // Single adds are independent of each other: they run in the pool; the first failure in file order is reported.
    const int count = int(remoteFileIds.size());
    std::vector<std::optional<Status>> results(static_cast<size_t>(count));
    int failedToIndex = 0;
    bool anyFailed = false;
    const PoolJob job = [&](int k) -> QCoro::Task<void> {
        if (anyFailed)
            co_return;
        auto added = co_await m_client.addVectorStoreFile(storeId, remoteFileIds.at(k), cancel);
        if (added && added->value(QStringLiteral("status")).toString() == QLatin1String("failed"))
            ++failedToIndex;
        anyFailed = anyFailed || !added;
        results[size_t(k)] = added ? Status() : Status(added.error());
    };
    co_await runPool(count, m_client.concurrency(), cancel, job);
    for (int k = 0; k < count; ++k)
        if (results[size_t(k)] && !results[size_t(k)]->ok())
            co_return *results[size_t(k)];
    for (int k = 0; k < count; ++k)
        if (!results[size_t(k)])
            co_return Error{ErrorKind::Cancelled, QCoreApplication::translate("OpenAi", "Cancelled."), {}};
    if (failedToIndex > 0)
        outcome.failedFiles << (failedToIndex == 1 ? tr("1 file failed to index in vector store %1")
                                  : tr("%n files failed to index in vector store %1", nullptr, failedToIndex)).arg(storeId);
    co_return Status();
}

QCoro::Task<Status> SyncEngine::runStep(const Assistant &stale, const PushStep &step, PushOutcome &outcome,
                                        OpenAi::CancelToken *cancel, std::function<void(qint64, qint64)> progress)
{
    // Earlier steps stored ids: always work from the stored record and files.
    const Assistant a = m_workspace.assistant(stale.id).value();
    const auto remoteIdsOf = [&](const QStringList &localIds) {
        QStringList ids;
        for (const auto &f : m_workspace.filesByIds(localIds))
            if (f.remoteFileId)
                ids << *f.remoteFileId;
        return ids;
    };
    switch (step.kind) {
    case PushStep::Kind::Upload: {
        const WorkspaceFile f = m_workspace.file(step.fileIds.first()).value();
        // Another program uploaded this content meanwhile: nothing to send.
        if (f.remoteFileId && f.uploadedSha256 && f.uploadedSha256 == f.sha256)
            co_return Status();
        CreateGuard guard(m_workspace, m_client);
        // Named, not inline: GCC 12 mishandles lambda temporaries inside a co_await expression.
        const CreateGuard::Store link = [&](const QJsonObject &o) {
            return m_workspace.linkFile(f.id, o.value(QStringLiteral("id")).toString(), f.sha256);
        };
        const QString purpose = QStringLiteral("push");
        const CreateGuard::LinkCheck unchanged{true, f.remoteFileId.value_or(QString())};
        auto uploaded = co_await guard.uploadFile(f, link, purpose, cancel, progress, unchanged);
        if (!uploaded)
            co_return uploaded.error();
        // The reply describes the file: the check after the push needs no GET /files/{id} for it.
        const QString remoteId = uploaded->value(QStringLiteral("id")).toString();
        outcome.uploadedFiles.insert(remoteId, RemoteFileInfo{remoteId, uploaded->value(QStringLiteral("filename")).toString(),
                                                              jsonInteger(uploaded->value(QStringLiteral("bytes"))), true});
        co_return Status();
    }
    case PushStep::Kind::UseStore:
        co_return m_workspace.linkVectorStore(a.id, step.storeId);
    case PushStep::Kind::CreateStore: {
        const QStringList ids = remoteIdsOf(step.fileIds);
        QJsonObject body{{QStringLiteral("name"), Push::fileSearchStoreName(a.name)},
                         {QStringLiteral("file_ids"), QJsonArray::fromStringList(ids.mid(0, 100))},
                         {QStringLiteral("metadata"), QJsonObject{{QLatin1String(ReservedMetadataKey), a.id}}}};
        CreateGuard guard(m_workspace, m_client);
        const CreateGuard::Store link = [&](const QJsonObject &o) {
            return m_workspace.linkVectorStore(a.id, o.value(QStringLiteral("id")).toString());
        };
        const QString purpose = QStringLiteral("push");
        // As planned: the store the plan replaces (or none), not one another program made meanwhile.
        const CreateGuard::LinkCheck unchanged{true, stale.vectorStoreId.value_or(QString())};
        auto created = co_await guard.createVectorStore(a.id, body, link, purpose, cancel, unchanged);
        if (!created)
            co_return created.error();
        const QString storeId = created->value(QStringLiteral("id")).toString();
        co_return co_await addToStore(storeId, ids.mid(100), outcome, cancel);
    }
    case PushStep::Kind::AddStoreFiles:
        co_return co_await addToStore(step.storeId, remoteIdsOf(step.fileIds), outcome, cancel);
    case PushStep::Kind::RemoveStoreFiles:
        for (const QString &rid : step.remoteFileIds) {
            Status removed = co_await m_client.removeVectorStoreFile(step.storeId, rid, cancel);
            if (!removed && !isHttp404(removed.error()))
                co_return removed;
        }
        co_return Status();
    case PushStep::Kind::CreateAssistant:
    case PushStep::Kind::RecreateAssistant:
    case PushStep::Kind::UpdateAssistant: {
        QHash<QString, QString> remoteByLocal;
        for (const auto &f : m_workspace.files())
            if (f.remoteFileId)
                remoteByLocal.insert(f.id, *f.remoteFileId);
        auto body = AssistantWire::requestBody(a, remoteByLocal);
        if (!body)
            co_return body.error();
        if (step.kind == PushStep::Kind::UpdateAssistant) {
            auto modified = co_await m_client.modifyAssistant(*a.remoteId, body.value(), cancel);
            co_return modified ? Status() : Status(modified.error());
        }
        CreateGuard guard(m_workspace, m_client);
        const CreateGuard::Store link = [&](const QJsonObject &o) {
            return m_workspace.linkAssistant(a.id, o.value(QStringLiteral("id")).toString());
        };
        const QString purpose = QStringLiteral("push");
        const CreateGuard::LinkCheck unchanged{true, stale.remoteId.value_or(QString())};
        auto created = co_await guard.createAssistant(a.id, body.value(), link, purpose, cancel, unchanged);
        co_return created ? Status() : Status(created.error());
    }
    }
    co_return Status();
}

QCoro::Task<PushOutcome> SyncEngine::push(QString assistantId, OpenAi::CancelToken *cancel)
{
    PushOutcome outcome;
    outcome.plan.assistantId = assistantId;
    // A push killed mid-create left intents: adopt what it made before planning, so nothing is made twice (§5.6).
    if (auto record = m_workspace.assistant(assistantId); record && !record->archived) {
        QStringList fileIds = record->codeInterpreterFiles;
        fileIds << record->fileSearchFiles;
        CreateGuard guard(m_workspace, m_client);
        const QStringList assistantIds{assistantId};
        const Status resolved = co_await guard.resolveLeftovers(assistantIds, fileIds, cancel);
        if (!resolved) {
            outcome.error = resolved.error().message;
            outcome.cause = resolved.error();
            co_return outcome;
        }
    }
    auto plan = co_await planPush(assistantId, cancel);
    if (!plan) {
        outcome.error = plan.error().message;
        outcome.cause = plan.error();
        co_return outcome;
    }
    outcome.plan = plan.value();
    const Assistant a = m_workspace.assistant(assistantId).value();
    const QList<PushStep> &steps = outcome.plan.steps;
    int failedAt = -1;
    Status failure;
    // Upload progress: each file's bytes (from its local copy) and, over all of them, the push's total.
    QHash<int, qint64> uploadBytes;
    QHash<int, qint64> uploadSent;
    qint64 uploadTotal = 0;
    qint64 uploadSentTotal = 0;
    for (int i = 0; i < steps.size(); ++i)
        if (steps.at(i).kind == PushStep::Kind::Upload)
            if (auto f = m_workspace.file(steps.at(i).fileIds.value(0))) {
                uploadBytes.insert(i, f->size);
                uploadTotal += uploadBytes.value(i);
            }
    if (uploadTotal > 0)
        emit pushUploadTotal(0, uploadTotal);
    for (int i = 0; i < steps.size() && failedAt < 0;) {
        if (steps.at(i).kind != PushStep::Kind::Upload) {
            emit pushStepStarted(i, steps.at(i).text);
            const Status s = co_await runStep(a, steps.at(i), outcome, cancel);
            emit pushStepFinished(i, s.ok());
            if (!s) {
                failedAt = i;
                failure = s;
            } else {
                ++outcome.stepsDone;
                ++i;
            }
            continue;
        }
        // A run of uploads: independent of each other, so they go through the pool (each still guarded by its
        // own create intent); the plan's order decides which failure is reported.
        int end = i;
        while (end < steps.size() && steps.at(end).kind == PushStep::Kind::Upload)
            ++end;
        const int count = end - i;
        std::vector<std::optional<Status>> results(static_cast<size_t>(count));
        bool anyFailed = false;
        const PoolJob job = [&](int k) -> QCoro::Task<void> {
            if (anyFailed)
                co_return;   // after a failure no further upload starts; those already running finish
            emit pushStepStarted(i + k, steps.at(i + k).text);
            const int index = i + k;
            const qint64 fileBytes = uploadBytes.value(index);
            const std::function<void(qint64, qint64)> progress = [this, index, fileBytes, &uploadSent,
                                                                  &uploadSentTotal, uploadTotal](qint64 sent, qint64 total) {
                // The body is the file plus its multipart framing: report the file's share of it.
                const qint64 now = total > 0 ? qint64(double(fileBytes) * double(qMin(sent, total)) / double(total)) : 0;
                qint64 &was = uploadSent[index];
                if (now <= was)
                    return;
                uploadSentTotal += now - was;
                was = now;
                emit pushUploadProgress(index, now, fileBytes);
                emit pushUploadTotal(uploadSentTotal, uploadTotal);
            };
            const Status s = co_await runStep(a, steps.at(i + k), outcome, cancel, progress);
            if (s && uploadSent.value(index) < fileBytes) {   // small bodies may report no progress at all
                uploadSentTotal += fileBytes - uploadSent.value(index);
                uploadSent[index] = fileBytes;
                emit pushUploadProgress(index, fileBytes, fileBytes);
                emit pushUploadTotal(uploadSentTotal, uploadTotal);
            }
            emit pushStepFinished(index, s.ok());
            anyFailed = anyFailed || !s;
            results[size_t(k)] = s;
        };
        co_await runPool(count, m_client.concurrency(), cancel, job);
        for (int k = 0; k < count && failedAt < 0; ++k) {
            if (results[size_t(k)] && results[size_t(k)]->ok())
                continue;
            failedAt = i + k;
            if (results[size_t(k)]) {
                failure = *results[size_t(k)];
            } else {   // not started: cancelled, or an upload before it failed
                failure = Error{ErrorKind::Cancelled, QCoreApplication::translate("OpenAi", "Cancelled."), {}};
                for (int later = k + 1; later < count; ++later)
                    if (results[size_t(later)] && !results[size_t(later)]->ok()) {
                        failedAt = i + later;
                        failure = *results[size_t(later)];
                        break;
                    }
            }
        }
        for (int k = 0; k < count && (failedAt < 0 || i + k < failedAt); ++k)
            ++outcome.stepsDone;
        i = end;
    }
    if (failedAt >= 0) {
        const PushStep &step = steps.at(failedAt);
        outcome.failedStep = failedAt;
        // <message> without its own final period, so the sentence does not read "try again later.. Your…".
        QString message = failure.error().message.trimmed();
        while (message.endsWith(QLatin1Char('.')))
            message.chop(1);
        outcome.error = tr("Push failed at “%1”: %2. Your changes are saved and marked Not pushed.")
                            .arg(step.text, message);
        outcome.cause = failure.error();
        qCWarning(lcSync) << "push of" << assistantId << "failed at step" << failedAt;
        if (failure.error().kind != ErrorKind::Cancelled) {
            // The badge comes from a fresh check, never from the attempt.
            auto state = co_await checkWith(assistantId, &outcome.uploadedFiles, cancel, false);
            if (state)
                outcome.state = state.value();
        }
        co_return outcome;
    }
    if (Status s = m_workspace.markPushed(assistantId); !s) {
        outcome.error = s.error().message;
        outcome.cause = s.error();
        co_return outcome;
    }
    auto state = co_await checkWith(assistantId, &outcome.uploadedFiles, cancel, false);
    if (state) {
        outcome.state = state.value();
        // Differences left on fields the push just sent: the server accepted them but did not keep them.
        if (!outcome.plan.steps.isEmpty())
            for (const auto &d : state->current.differences)
                if (!d.isFiles)
                    outcome.notKept << (d.field.contains(QLatin1Char('.')) ? d.field.section(QLatin1Char('.'), 0, 0) : d.field);
        outcome.notKept.removeDuplicates();
        // What the server keeps is a capability of the server, shown under Settings → Connection.
        if (!outcome.plan.steps.isEmpty())
            if (Status s = Capabilities::recordFieldsKept(m_workspace, m_client.connection().baseUrl, outcome.notKept); !s)
                qCWarning(lcSync) << "cannot record the fields the server keeps:" << s.error().message;
    }
    outcome.ok = true;
    co_return outcome;
}
