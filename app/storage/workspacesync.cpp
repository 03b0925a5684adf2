// Workspace: the cached remote state — snapshots and sync statuses (domain.md §1.4, §4, §8).
#include "storage/workspace.h"

#include "core/logging.h"
#include "domain/validation.h"
#include "storage/workspaceinternal.h"
#include "domain/takeremote.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString json(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject resultJson(const SyncResult &r)
{
    return QJsonObject{{QStringLiteral("status"), syncStatusWireName(r.status)},
                       {QStringLiteral("differences"), SyncDiff::toJson(r.differences)},
                       {QStringLiteral("checked_at"), r.checkedAt}};
}

SyncResult resultFromJson(const QJsonObject &o)
{
    return SyncResult{syncStatusFromWireName(o.value(QStringLiteral("status")).toString()),
                      SyncDiff::fromJson(o.value(QStringLiteral("differences")).toArray()),
                      o.value(QStringLiteral("checked_at")).toString()};
}

SyncResult computeResult(const Assistant &a, const QList<WorkspaceFile> &fileList, const RemoteSnapshot &snapshot)
{
    QHash<QString, WorkspaceFile> files;
    for (const auto &f : fileList)
        files.insert(f.id, f);
    SyncResult r;
    r.differences = SyncDiff::compare(a, files, snapshot);
    r.status = r.differences.isEmpty() ? SyncStatus::InSync : SyncStatus::OutOfSync;
    r.checkedAt = snapshot.fetchedAt;
    return r;
}
} // namespace

std::optional<RemoteSnapshot> Workspace::snapshot(const QString &assistantId) const
{
    auto q = m_db->exec(QStringLiteral("SELECT assistant_json, stores_json, files_json, fetched_at FROM remote_snapshots "
                                       "WHERE assistant_id = ?"),
                        {assistantId});
    if (!q || !(*q)->next())
        return std::nullopt;
    QSqlQuery &r = **q;
    RemoteSnapshot s;
    s.assistant = QJsonDocument::fromJson(r.value(0).toString().toUtf8()).object();
    s.stores = RemoteSnapshot::storesFromJson(QJsonDocument::fromJson(r.value(1).toString().toUtf8()).array());
    s.files = RemoteSnapshot::filesFromJson(QJsonDocument::fromJson(r.value(2).toString().toUtf8()).object());
    s.fetchedAt = r.value(3).toString();
    return s;
}

SyncState Workspace::syncState(const QString &assistantId) const
{
    SyncState state;
    auto a = assistant(assistantId);
    if (a && !a->remoteId) {
        state.current.status = SyncStatus::NeverPushed;
        return state;
    }
    auto q = m_db->exec(QStringLiteral("SELECT status, differences, checked_at, last_error, last_error_at, last_known "
                                       "FROM sync_states WHERE assistant_id = ?"),
                        {assistantId});
    if (!q || !(*q)->next()) {
        state.current.status = SyncStatus::NotChecked;
        return state;
    }
    QSqlQuery &r = **q;
    const QString status = r.value(0).toString();
    state.noAssistantsApi = status == QLatin1String("no_assistants_api");
    state.current.status = state.noAssistantsApi ? SyncStatus::CheckFailed : syncStatusFromWireName(status);
    state.current.differences = SyncDiff::fromJson(QJsonDocument::fromJson(r.value(1).toString().toUtf8()).array());
    state.current.checkedAt = r.value(2).toString();
    state.error = r.value(3).toString();
    state.errorAt = r.value(4).toString();
    if (!r.value(5).isNull())
        state.lastKnown = resultFromJson(QJsonDocument::fromJson(r.value(5).toString().toUtf8()).object());
    return state;
}

Status Workspace::writeSyncState(const QString &assistantId, const SyncState &state)
{
    const QString status = state.noAssistantsApi ? QStringLiteral("no_assistants_api") : syncStatusWireName(state.current.status);
    if (Status s = m_db->change(QStringLiteral("DELETE FROM sync_states WHERE assistant_id = ?"), {assistantId}); !s)
        return s;
    note(QStringLiteral("assistant"), assistantId, QStringLiteral("status"));
    return m_db->change(QStringLiteral("INSERT INTO sync_states (assistant_id, status, differences, checked_at, last_error, "
                                       "last_error_at, last_known) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        {assistantId, status, json(SyncDiff::toJson(state.current.differences)),
                         nullableIfEmpty(state.current.checkedAt), nullableIfEmpty(state.error), nullableIfEmpty(state.errorAt),
                         state.lastKnown ? QVariant(json(resultJson(*state.lastKnown))) : QVariant(QMetaType(QMetaType::QString))});
}

Result<SyncState> Workspace::storeCheckResult(const QString &assistantId, const RemoteSnapshot &snapshot)
{
    auto a = assistant(assistantId);
    if (!a)
        return a.error();
    SyncState state;
    state.current = computeResult(a.value(), filesForCompare(a.value(), snapshot), snapshot);
    const Status s = m_db->write([&]() -> Status {
        if (Status w = writeSnapshot(assistantId, snapshot); !w)
            return w;
        return writeSyncState(assistantId, state);
    });
    if (!s)
        return s.error();
    emit assistantChanged(assistantId);
    return state;
}

Status Workspace::writeSnapshot(const QString &assistantId, const RemoteSnapshot &snapshot)
{
    if (Status d = m_db->change(QStringLiteral("DELETE FROM remote_snapshots WHERE assistant_id = ?"), {assistantId}); !d)
        return d;
    return m_db->change(QStringLiteral("INSERT INTO remote_snapshots (assistant_id, assistant_json, stores_json, "
                                       "files_json, fetched_at) VALUES (?, ?, ?, ?, ?)"),
                        {assistantId, json(snapshot.assistant), json(snapshot.storesJson()), json(snapshot.filesJson()),
                         snapshot.fetchedAt});
}

Result<Assistant> Workspace::adoptRemote(const Assistant &mapped, const QList<WorkspaceFile> &newFiles,
                                         const RemoteSnapshot &snapshot)
{
    Assistant a = mapped;
    if (a.id.isEmpty())
        a.id = generateLocalId(QStringLiteral("a-"));
    a.workingVersionId.clear();
    a.versionNumber = 1;
    a.archived = false;
    a.notPushed = false;
    QList<WorkspaceFile> allFiles = filesForCompare(a, snapshot);   // only the rows this record needs
    allFiles << newFiles;
    SyncState state;
    state.current = computeResult(a, allFiles, snapshot);
    const Status s = m_db->write([&]() -> Status {
        for (const auto &f : newFiles)
            if (Status r = insertFile(f); !r)
                return r;
        note(QStringLiteral("assistant"), a.id, QStringLiteral("insert"));
        if (Status r = insertAssistant(a); !r)
            return r;
        if (Status r = writeSnapshot(a.id, snapshot); !r)
            return r;
        return writeSyncState(a.id, state);
    });
    if (!s)
        return s.error();
    if (!newFiles.isEmpty())
        emit filesChanged();
    emit assistantAdded(a.id);
    return a;
}

Status Workspace::applyPull(const Assistant &mapped, const QList<WorkspaceFile> &newFiles, const RemoteSnapshot &snapshot)
{
    auto stored = assistant(mapped.id);
    if (!stored)
        return stored.error();
    if (stored->isVersion())
        return Error{ErrorKind::Refused,
                     QCoreApplication::translate("Workspace", "Assistant versions are read-only. Edit the working assistant instead."), {}};
    if (stored->archived)
        return Error{ErrorKind::Refused, QCoreApplication::translate("Workspace", "Archived assistants are read-only."), {}};
    Assistant a = mapped;
    a.workingVersionId.clear();
    a.versionNumber = stored->versionNumber;
    a.archived = false;
    a.notPushed = false;
    // Local-only flags are not part of the remote state.
    a.includeFileInfo = stored->includeFileInfo;
    a.allowFileSearchAttachments = stored->allowFileSearchAttachments;
    a.allowCodeInterpreterAttachments = stored->allowCodeInterpreterAttachments;
    a.allowFileDownloads = stored->allowFileDownloads;
    QList<WorkspaceFile> allFiles = files();
    allFiles << newFiles;
    SyncState state;
    state.current = computeResult(a, allFiles, snapshot);
    const QString description = a.description.value_or(QString());
    const Status s = m_db->write([&]() -> Status {
        for (const auto &f : newFiles)
            if (Status r = insertFile(f); !r)
                return r;
        if (Status u = m_db->change(
                QStringLiteral("UPDATE assistants SET name = COALESCE(?, ''), description = ?, instructions = COALESCE(?, ''), "
                               "model = COALESCE(?, ''), temperature = ?, top_p = ?, code_interpreter = ?, file_search = ?, "
                               "vector_store_id = ?, metadata = ?, remote_id = ?, not_pushed = 0, updated_at = ? WHERE id = ?"),
                {a.name, nullableIfEmpty(description), a.instructions, a.model, a.temperature, a.topP, int(a.codeInterpreter),
                 int(a.fileSearch), nullable(a.vectorStoreId), WorkspaceInternal::metadataToJson(a.metadata), nullable(a.remoteId), utcNowIso(), a.id});
            !u)
            return u;
        if (Status r = writeAssistantParts(a); !r)
            return r;
        if (Status r = touch(QStringLiteral("assistants"), a.id, AssistantFields::changed(stored.value(), a)); !r)
            return r;
        if (Status r = writeSnapshot(a.id, snapshot); !r)
            return r;
        return writeSyncState(a.id, state);
    });
    if (s) {
        if (!newFiles.isEmpty())
            emit filesChanged();
        emit assistantChanged(a.id);
    }
    return s;
}

Status Workspace::storeMissingRemote(const QString &assistantId, const QString &checkedAt)
{
    SyncState state;
    state.current.status = SyncStatus::MissingRemote;
    state.current.checkedAt = checkedAt;
    state.error = QCoreApplication::translate("Workspace", "This assistant no longer exists in OpenAI (%1).")
                      .arg(assistant(assistantId).value().remoteId.value_or(QString()));
    const Status s = m_db->write([&] { return writeSyncState(assistantId, state); });
    if (s)
        emit assistantChanged(assistantId);
    return s;
}

Status Workspace::storeCheckFailure(const QString &assistantId, const QString &error, bool noAssistantsApi)
{
    const SyncState previous = syncState(assistantId);
    SyncState state;
    state.current.status = SyncStatus::CheckFailed;
    state.error = error;
    state.errorAt = utcNowIso();
    state.noAssistantsApi = noAssistantsApi;
    if (previous.current.status == SyncStatus::CheckFailed)
        state.lastKnown = previous.lastKnown;
    else if (previous.current.status != SyncStatus::NotChecked && previous.current.status != SyncStatus::NeverPushed)
        state.lastKnown = previous.current;
    // The badge keeps the time of the last successful check.
    state.current.checkedAt = state.lastKnown ? state.lastKnown->checkedAt : QString();
    const Status s = m_db->write([&] { return writeSyncState(assistantId, state); });
    if (s)
        emit assistantChanged(assistantId);
    return s;
}

Status Workspace::recomputeSyncState(const Assistant &a)
{
    if (!a.remoteId)
        return {};
    const auto snap = snapshot(a.id);
    if (!snap)
        return {};
    SyncState state = syncState(a.id);
    const SyncResult fresh = computeResult(a, filesForCompare(a, *snap), *snap);
    if (state.current.status == SyncStatus::InSync || state.current.status == SyncStatus::OutOfSync)
        state.current = fresh;
    else if (state.current.status == SyncStatus::CheckFailed && state.lastKnown)
        state.lastKnown = fresh;
    else
        return {};
    return writeSyncState(a.id, state);
}

Status Workspace::linkFile(const QString &fileId, const QString &remoteFileId, const std::optional<QString> &uploadedSha256)
{
    const Status s = m_db->write([&] {
        note(QStringLiteral("file"), fileId, QStringLiteral("update"), {QStringLiteral("remote_file_id")});
        return m_db->change(QStringLiteral("UPDATE files SET remote_file_id = ?, uploaded_sha256 = ? WHERE id = ?"),
                            {remoteFileId, nullable(uploadedSha256), fileId});
    });
    if (s)
        emit filesChanged();
    return s;
}

Status Workspace::linkAssistant(const QString &assistantId, const std::optional<QString> &remoteId)
{
    const Status s = m_db->write([&]() -> Status {
        if (Status u = m_db->change(QStringLiteral("UPDATE assistants SET remote_id = ? WHERE id = ?"),
                                    {nullable(remoteId), assistantId});
            !u)
            return u;
        return touch(QStringLiteral("assistants"), assistantId, {QStringLiteral("remote_id")});
    });
    if (s)
        emit assistantChanged(assistantId);
    return s;
}

Status Workspace::linkVectorStore(const QString &assistantId, const std::optional<QString> &vectorStoreId)
{
    const Status s = m_db->write([&]() -> Status {
        if (Status u = m_db->change(QStringLiteral("UPDATE assistants SET vector_store_id = ? WHERE id = ?"),
                                    {nullable(vectorStoreId), assistantId});
            !u)
            return u;
        return touch(QStringLiteral("assistants"), assistantId, {QStringLiteral("vector_store_id")});
    });
    if (s)
        emit assistantChanged(assistantId);
    return s;
}

Status Workspace::markPushed(const QString &assistantId)
{
    const Status s = m_db->write([&]() -> Status {
        note(QStringLiteral("assistant"), assistantId, QStringLiteral("pushed"));
        return m_db->change(QStringLiteral("UPDATE assistants SET not_pushed = 0 WHERE id = ?"), {assistantId});
    });
    if (s)
        emit assistantChanged(assistantId);
    return s;
}

Status Workspace::clearRemoteCache()
{
    const Status s = m_db->write([&]() -> Status {
        note(QStringLiteral("workspace"), QString(), QStringLiteral("connection"));
        if (Status d = m_db->change(QStringLiteral("DELETE FROM sync_states")); !d)
            return d;
        return m_db->change(QStringLiteral("DELETE FROM remote_snapshots"));
    });
    if (s)
        emit reset();
    return s;
}

Result<QList<Difference>> Workspace::takeRemote(const QString &assistantId, const QStringList &fields)
{
    auto stored = assistant(assistantId);
    if (!stored)
        return stored.error();
    if (stored->isVersion())
        return Error{ErrorKind::Refused,
                     QCoreApplication::translate("Workspace", "Assistant versions are read-only. Edit the working assistant instead."), {}};
    if (stored->archived)
        return Error{ErrorKind::Refused, QCoreApplication::translate("Workspace", "Archived assistants are read-only."), {}};
    const auto snap = snapshot(assistantId);
    if (!snap || !stored->remoteId)
        return Error{ErrorKind::Refused,
                     QCoreApplication::translate("Workspace", "“%1” has no fetched OpenAI state to take values from. Check it first.")
                         .arg(stored->name),
                     {}};
    QList<WorkspaceFile> allFiles = files();
    auto taken = TakeRemote::apply(stored.value(), *snap, allFiles, fields);
    if (!taken)
        return taken.error();
    allFiles << taken->newFiles;
    const SyncResult left = computeResult(taken->assistant, allFiles, *snap);
    const bool noneLeft = left.differences.isEmpty() && left.status == SyncStatus::InSync;
    const Status s = m_db->write([&]() -> Status {
        for (const auto &f : taken->newFiles)
            if (Status r = insertFile(f); !r)
                return r;
        if (Status r = saveAssistant(taken->assistant); !r)
            return r;
        return m_db->change(QStringLiteral("UPDATE assistants SET not_pushed = ? WHERE id = ?"),
                            {noneLeft ? 0 : 1, assistantId});
    });
    if (!s)
        return s.error();
    if (!taken->newFiles.isEmpty())
        emit filesChanged();
    emit assistantChanged(assistantId);
    return left.differences;
}
