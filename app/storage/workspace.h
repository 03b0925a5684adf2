// The workspace: every record of domain.md §1 behind one interface, whatever database holds it.
//
// Promises:
// - Every write method is one short transaction: it either applies completely or not at all (a crash, an injected
//   failure or a rule violation leaves the previous state).
// - Every write validates first (domain.md §1) and refuses with Error{Validation} naming the field.
// - Assistant versions are read-only here, not only in the UI: any change to a record whose working_version_id is
//   set is refused with "Assistant versions are read-only. Edit the working assistant instead."
// - Times are stored in UTC (ISO 8601); ids are strings.
// Threading: lives in the thread that opened it. Signals fire after the transaction committed.
#pragma once

#include "core/result.h"
#include "domain/assistant.h"
#include "domain/experiment.h"
#include "domain/workspacedata.h"
#include "domain/workspacefile.h"
#include "storage/blobstore.h"
#include "storage/database.h"
#include "sync/snapshot.h"
#include "sync/syncstate.h"

#include <QObject>
#include <QSet>

#include <memory>

class Workspace : public QObject
{
    Q_OBJECT
public:
    struct OpenOptions {
        Database::OpenOptions database;
        QString blobRoot;   // empty: BlobStore::defaultRoot()
    };

    static Result<std::unique_ptr<Workspace>> open(const QString &path, const OpenOptions &options);
    static Result<std::unique_ptr<Workspace>> open(const QString &path) { return open(path, OpenOptions{}); }
    /// The default workspace file in the XDG data directory.
    static QString defaultPath();
    ~Workspace() override;

    QString path() const { return m_db->path(); }
    Database &database() { return *m_db; }
    BlobStore &blobs() { return m_blobs; }

    // --- reads -------------------------------------------------------------------------------------------------
    bool isEmpty() const;
    QList<AssistantSummary> assistantSummaries() const;   // every record, versions and archived ones included
    Result<AssistantSummary> assistantSummary(const QString &id) const;
    Result<Assistant> assistant(const QString &id) const;
    QList<Assistant> assistants() const;                  // every record, full
    QList<Assistant> versions(const QString &workingId) const;
    QList<WorkspaceFile> files() const;
    Result<WorkspaceFile> file(const QString &id) const;
    QList<WorkspaceFile> filesByIds(const QStringList &ids) const;
    QList<Experiment> experiments() const;
    QList<Pipeline> pipelines() const;
    /// Everything, as the interchange export writes it; contents only when asked for.
    WorkspaceData exportData(bool withContents = false) const;
    QSet<QString> localIds() const;
    QSet<QString> linkedRemoteIds() const;
    QSet<QString> linkedRemoteFileIds() const;

    // --- cached remote state (domain.md §1.4, §4); see workspacesync.cpp -----------------------------------------
    std::optional<RemoteSnapshot> snapshot(const QString &assistantId) const;
    SyncState syncState(const QString &assistantId) const;
    /// Stores a fresh snapshot and the status computed from it, in one transaction.
    Result<SyncState> storeCheckResult(const QString &assistantId, const RemoteSnapshot &snapshot);
    /// The remote assistant answered 404 while the Assistants endpoint works.
    Status storeMissingRemote(const QString &assistantId, const QString &checkedAt);
    /// A check failed: keeps the last successful result as "last known" (never yields In sync).
    Status storeCheckFailure(const QString &assistantId, const QString &error, bool noAssistantsApi = false);
    /// After the connection changed (domain.md §0): drops every snapshot and status, so every linked record is
    /// "Not checked yet". One transaction.
    Status clearRemoteCache();
    /// Import (§5.5): a new working record from a mapped remote assistant, its new file records and its snapshot,
    /// in one transaction. The record's id is generated when empty.
    Result<Assistant> adoptRemote(const Assistant &mapped, const QList<WorkspaceFile> &newFiles, const RemoteSnapshot &snapshot);
    /// Pull (§5.3): the record takes the mapped remote state (files no longer remote are detached, never deleted),
    /// not_pushed = false, snapshot and status stored — one transaction. Refused for versions and archived records.
    Status applyPull(const Assistant &mapped, const QList<WorkspaceFile> &newFiles, const RemoteSnapshot &snapshot);

    // Remote ids are stored the moment the server returns them (§5.2), each in its own transaction. These are
    // link writes, allowed on versions too ("Restore in OpenAI").
    Status linkFile(const QString &fileId, const QString &remoteFileId, const std::optional<QString> &uploadedSha256);
    Status linkAssistant(const QString &assistantId, const std::optional<QString> &remoteId);
    Status linkVectorStore(const QString &assistantId, const std::optional<QString> &vectorStoreId);
    /// After a successful push: not_pushed = false.
    Status markPushed(const QString &assistantId);
    /// "Apply" of the "Take OpenAI" rows (§5.4): the record takes those differences' values from the stored
    /// snapshot (TakeRemote::apply; files attach or detach as in Pull, new file records are made) and every other
    /// value stays — one transaction, no request, so it works offline. not_pushed becomes false when no difference
    /// is left, else true. Refused for versions, archived records and records without a snapshot. Returns the
    /// differences left.
    Result<QList<Difference>> takeRemote(const QString &assistantId, const QStringList &fields);

    QString setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);

    // --- writes (each one transaction) ---------------------------------------------------------------------------
    /// Creates a working assistant from `draft` (id generated when empty; not_pushed = true).
    Result<Assistant> createAssistant(Assistant draft);
    /// Saves a working assistant's edit. Sets not_pushed when anything the server receives changed.
    Status saveAssistant(const Assistant &assistant);
    /// A copy of a working assistant or version as a new, never-pushed working assistant named "<name> (copy)".
    Result<Assistant> duplicateAssistant(const QString &id);
    /// Adds a file with its content (local copy, size and sha256 computed); reuses a record with the same name and
    /// sha256.
    Result<WorkspaceFile> addFile(const QString &name, const QByteArray &content);
    /// Imports validated interchange data (see Interchange): all records in one transaction.
    Status importData(const WorkspaceData &data);

signals:
    void assistantAdded(const QString &id);
    void assistantChanged(const QString &id);
    void filesChanged();
    /// Many records changed at once (import).
    void reset();

private:
    Workspace(std::unique_ptr<Database> db, BlobStore blobs);
    QList<Assistant> loadAssistants(const QString &where, const QVariantList &bindings) const;
    QList<AssistantSummary> loadSummaries(const QString &where, const QVariantList &bindings) const;
    Status checkAssistantRules(const Assistant &assistant) const;
    QList<WorkspaceFile> loadFiles(const QString &where, const QVariantList &bindings) const;
    Status insertAssistant(const Assistant &a);
    Status writeAssistantParts(const Assistant &a);
    Status insertFile(const WorkspaceFile &f);
    Status insertPipeline(const Pipeline &p);
    Status insertExperiment(const Experiment &e);
    Status registerId(const QString &id, const char *kind);
    Status writeSyncState(const QString &assistantId, const SyncState &state);
    Status writeSnapshot(const QString &assistantId, const RemoteSnapshot &snapshot);
    /// After a local edit: the status recomputed against the stored snapshot, with no request (§4).
    Status recomputeSyncState(const Assistant &assistant);

    std::unique_ptr<Database> m_db;
    BlobStore m_blobs;
};

/// The current time as stored: ISO 8601 UTC with seconds ("2026-11-25T16:00:00Z").
QString utcNowIso();
