// The workspace: every record of domain.md §1 behind one interface, whatever database holds it.
//
// Promises:
// - Every write method is one short transaction: it either applies completely or not at all (a crash, an injected
//   failure or a rule violation leaves the previous state).
// - Every write validates first (domain.md §1) and refuses with Error{Validation} naming the field.
// - Assistant versions are read-only here, not only in the UI: any change to a record whose working_version_id is
//   set is refused with "Assistant versions are read-only. Edit the working assistant instead."
// - Times are stored in UTC (ISO 8601); ids are strings.
// - A workspace is an SQLite file or a team workspace on PostgreSQL (WorkspaceLocation); both behave the same. Each
//   write records who made it (userName()) and when, bumps the changed record's row version, and is announced to the
//   other programs on the workspace through the change feed (pollChanges(), watchChanges()).
// Threading: lives in the thread that opened it. Signals fire after the transaction committed.
#pragma once

#include "core/result.h"
#include "core/settingsstore.h"
#include "domain/assistant.h"
#include "domain/assistantfields.h"
#include "domain/check.h"
#include "domain/experiment.h"
#include "domain/workspacedata.h"
#include "domain/workspacefile.h"
#include "storage/blobstore.h"
#include "storage/database.h"
#include "storage/workspacelocation.h"
#include "domain/snapshot.h"
#include "domain/syncstate.h"

#include <QObject>
#include <QSet>

#include <memory>

/// What Workspace::commitRelease() wrote (domain.md §6 step 4).
struct ReleasedRecords {
    QList<Assistant> assistantVersions;        // as inserted, in the order given
    Experiment experimentVersion;              // version M of the experiment family
    std::optional<Pipeline> pipelineVersion;   // when the release made a pipeline version
};

/// Who changed a record last, and its row version: a save made on an older version is refused (no lost update).
struct RecordStamp {
    qint64 rowVersion = 0;
    QString changedBy;   // the database role or operating-system user
    QString changedAt;   // ISO 8601 UTC

    friend bool operator==(const RecordStamp &, const RecordStamp &) = default;
};

/// One entry of the workspace's change history (who did what; the change feed of the other desktops).
struct ChangeEntry {
    qint64 seq = 0;
    QString kind;        // assistant, experiment, pipeline, file, job, settings, workspace
    QString recordId;
    QString action;      // insert, update, …
    QStringList fields;  // the changed fields when known
    QString changedBy;
    QString changedAt;
    bool mine = false;   // made through this Workspace
};

class Workspace : public QObject, public SettingsStore
{
    Q_OBJECT
public:
    struct OpenOptions {
        Database::OpenOptions database;   // a team workspace's password goes in database.password
        QString blobRoot;   // empty: BlobStore::defaultRoot()
    };

    /// Opens the workspace named by `spec`: a file path (created when missing) or a postgresql:// URL (see
    /// WorkspaceLocation; a URL of another scheme is refused).
    static Result<std::unique_ptr<Workspace>> open(const QString &spec, const OpenOptions &options);
    static Result<std::unique_ptr<Workspace>> open(const QString &spec) { return open(spec, OpenOptions{}); }
    static Result<std::unique_ptr<Workspace>> open(const WorkspaceLocation &location, const OpenOptions &options);
    /// The default workspace file in the XDG data directory.
    static QString defaultPath();
    ~Workspace() override;

    /// The file path, or the URL of a team workspace.
    QString path() const { return m_db->path(); }
    const WorkspaceLocation &location() const { return m_db->location(); }
    bool isTeam() const { return m_db->location().isTeam(); }
    /// A team workspace whose role may only read: every write is refused before it starts.
    bool isReadOnly() const { return m_db->isReadOnly(); }
    /// Why it is read-only, for the banner; empty when it is not.
    QString readOnlyReason() const { return m_db->readOnlyReason(); }
    /// Who this workspace records as the author of its writes.
    QString userName() const { return m_db->userName(); }
    BlobStore &blobs() { return m_blobs; }
    /// A readable local file holding `file`'s content: the local copy, fetched from the workspace database into the
    /// local file cache first when it lives there (team workspaces). Error when the workspace has no copy.
    Result<QString> localCopy(const WorkspaceFile &file);

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
    /// The file records linked to any of `remoteFileIds` (one query per 500 ids; order unspecified).
    QList<WorkspaceFile> filesByRemoteIds(const QStringList &remoteFileIds) const;
    /// The records a compare of `a` against `snapshot` needs: the files `a` names and those holding a remote id the
    /// snapshot names. A check reads these, never every file of the workspace.
    QList<WorkspaceFile> filesForCompare(const Assistant &a, const RemoteSnapshot &snapshot) const;
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

    QString setting(const QString &key, const QString &fallback = {}) const override;
    Status setSetting(const QString &key, const QString &value) override;

    // --- writes (each one transaction) ---------------------------------------------------------------------------
    /// Creates a working assistant from `draft` (id generated when empty; not_pushed = true).
    Result<Assistant> createAssistant(Assistant draft);
    /// Saves a working assistant's edit. Sets not_pushed when anything the server receives changed. With
    /// `baseRowVersion` (the version the edit started from) the save is refused with Error{Conflict} — nothing
    /// written — when the record has changed since; the caller merges (domain/merge.h) and saves again.
    Status saveAssistant(const Assistant &assistant, std::optional<qint64> baseRowVersion = std::nullopt);
    /// The row version of record `id` and who changed it last (assistants, experiments, pipelines).
    Result<RecordStamp> stamp(const QString &id) const;
    /// `set` (cli.md): changes only the named fields of the working assistants `ids`, all of them or none, in one
    /// transaction that reads the records it changes, so two writers editing different fields both keep their change.
    /// Errors name the field (and the assistant when there are several).
    Status setAssistantFields(const QStringList &ids, const QList<FieldEdit> &edits);
    /// A copy of a working assistant or version as a new, never-pushed working assistant named "<name> (copy)".
    Result<Assistant> duplicateAssistant(const QString &id);
    /// Adds a file with its content (local copy, size and sha256 computed); reuses a record with the same name and
    /// sha256.
    Result<WorkspaceFile> addFile(const QString &name, const QByteArray &content);
    /// Imports validated interchange data (see Interchange): all records in one transaction.
    Status importData(const WorkspaceData &data);

    // --- experiments and pipelines: edits (domain.md §1.3, §7 "Open"); see workspaceexperiments.cpp --------------
    // Every write below is one transaction that re-reads, inside it, the records it checks; it applies completely or
    // not at all. After the commit it emits experimentsChanged() or pipelinesChanged(). Refusals:
    // - Error{NotFound}: no such experiment / pipeline record, or no such node in the pipeline.
    // - Error{Validation}, one "<Field>: <problem>" line per problem: "Name: must not be empty", "Name: at most 256
    //   characters (now 300)", "Assistant: no assistant “x” in this workspace", "Assistant: “Helpdesk v1” is
    //   archived", "Pipeline: …", "Node: type must not be empty", "Node: only nodes of type "assistant" may name an
    //   assistant". A reference (direct assistant, pipeline, node assistant) may name a working record or a version,
    //   but it must exist and must not be archived (its own flag or its family's); an empty id clears it.
    // - Error{Refused}: a released version ("Released experiment versions are read-only. Edit the unreleased
    //   experiment instead." / "Pipeline versions are read-only. Edit the working pipeline instead."), except that
    //   publish, unpublish and archive are allowed on experiment versions and archive on pipeline versions; any
    //   change to an archived record ("Archived experiments are read-only." / "Archived pipelines are read-only.");
    //   publishing or unpublishing a working record.
    // - Error{Blocked}: archivePipeline while a non-archived experiment record uses the pipeline (see there).
    // Experiment and Pipeline values returned or read here carry the record's *own* is_archived flag, as
    // experiments() and pipelines() do; a version also counts as archived when its working record is.
    Result<Experiment> experiment(const QString &id) const;
    Result<Pipeline> pipeline(const QString &id) const;
    /// A new working experiment ("unreleased"): no references, next version 1. Id generated ("e-…").
    Result<Experiment> createExperiment(const QString &name);
    /// Renames the family (working record only; versions show their working record's name).
    Status renameExperiment(const QString &id, const QString &name);
    /// The direct assistant reference of a working experiment; empty = none ("Remove assistant").
    Status setExperimentAssistant(const QString &id, const QString &assistantId);
    /// The pipeline reference of a working experiment; empty = none.
    Status setExperimentPipeline(const QString &id, const QString &pipelineId);
    /// Publishes a released version and clears `published` on the family's other versions (§1.3: at most one).
    Status publishExperiment(const QString &versionId);
    /// Clears `published` on a released version (nothing to do when it is not published).
    Status unpublishExperiment(const QString &versionId);
    /// Archives one experiment record: a working record (its versions then count as archived too) or one version.
    /// There is no unarchive; `published` is left as it was (archived records are never considered, §7).
    Status archiveExperiment(const QString &id);
    /// A new working pipeline without nodes. Id generated ("p-…").
    Result<Pipeline> createPipeline(const QString &name);
    Status renamePipeline(const QString &id, const QString &name);
    /// Appends a node to a working pipeline; its id ("n<k>", unique within the record) is generated. `label` is
    /// optional (≤ 256 characters); `assistantId` only for type "assistant".
    Result<PipelineNode> addPipelineNode(const QString &pipelineId, const QString &type, const QString &label,
                                         const QString &assistantId = {});
    Status removePipelineNode(const QString &pipelineId, const QString &nodeId);
    /// Removes several nodes in one transaction (all or none).
    Status removePipelineNodes(const QString &pipelineId, const QStringList &nodeIds);
    /// Points an "assistant" node at another assistant record; empty = no assistant chosen.
    Status setNodeAssistant(const QString &pipelineId, const QString &nodeId, const QString &assistantId);
    /// Archives a working pipeline (its versions count as archived too) or one pipeline version. Refused with
    /// Error{Blocked} while a non-archived experiment record references the record (or, for a working pipeline, any
    /// record of its family): "“Triage flow” is still used by Sales bot · unreleased, Sales bot · v1 [published].
    /// Change their pipeline or archive them first." (details: one line per experiment record).
    Status archivePipeline(const QString &id);

    // --- saved checks (domain.md §2 "Check", §12); see workspacechecks.cpp ------------------------------------------
    // A working assistant keeps its checks in order; a check's id is a local id, unique across the workspace. Every
    // write below is one transaction that reads, inside it, the records it checks, and emits checksChanged() after the
    // commit. Refusals: Error{NotFound} (no such assistant or check); Error{Refused} for a version ("Assistant versions
    // are read-only. Edit the working assistant instead.") and for an archived assistant ("Archived assistants are
    // read-only."); Error{Validation} with one "<Field>: <problem>" line each (Checks::problems), or "Id: “x” already
    // exists" when the id names another record.
    /// The checks of working assistant `assistantId`, in their order (empty for versions and unknown ids).
    QList<Check> checks(const QString &assistantId) const;
    /// The working assistants that have at least one check (archived ones included), sorted by id.
    QStringList assistantsWithChecks() const;
    /// Adds `check` after the assistant's other checks (id generated, "c-…", when empty) or, when the assistant has a
    /// check with that id, replaces it in place. Returns the check as stored.
    Result<Check> saveCheck(const QString &assistantId, Check check);
    /// Removes a check and its results; its id becomes free again.
    Status deleteCheck(const QString &checkId);
    /// Keeps `outcome` as the last result of its check by its way, replacing the previous one. Also on archived
    /// assistants: running checks changes nothing but their results (§12).
    Status storeCheckOutcome(const CheckOutcome &outcome);
    /// The last results of the assistant's checks (every way), in the checks' order, "assistants" before "responses".
    QList<CheckOutcome> checkOutcomes(const QString &assistantId) const;

    // --- release (domain.md §6 step 4); see workspacerelease.cpp ----------------------------------------------------
    /// One transaction: inserts `versions` (complete assistant version records: id, working_version_id = their
    /// working record, version_number = its current version_number, remote ids set; stored with not_pushed = false),
    /// sets each working record's version_number to N+1, creates version M of the working experiment `experimentId`
    /// with its references to those working records rewritten to the versions and, when the experiment uses a
    /// pipeline, a pipeline version with node references rewritten (see workspacerelease.cpp for which). The
    /// family's first release is published; later ones only when `publish` (publishing clears `published` on the
    /// family's other versions). Refuses, writing nothing, when the records changed since the versions were made
    /// (another assistant to release, a version number that moved, something archived). Emits reset() after commit.
    Result<ReleasedRecords> commitRelease(const QString &experimentId, const QList<Assistant> &versions, bool publish);

    // --- who did what, and the other desktops' changes -----------------------------------------------------------
    /// The history of records `recordIds` (every record when empty), newest first, at most `limit` entries.
    QList<ChangeEntry> history(const QStringList &recordIds = {}, int limit = 200) const;
    /// Reads what other programs committed since the last call and emits it: externalChange() for each entry, then
    /// the signals below as if the change had been made here (assistantChanged, experimentsChanged, …; reset() for a
    /// change of many records). Returns how many entries it read.
    int pollChanges();
    /// Follows other programs' commits on its own: PostgreSQL LISTEN/NOTIFY for a team workspace, SQLite's
    /// data_version (checked every 250 ms, a cheap read) for a file. The GUI turns it on; scripts need not.
    void watchChanges(bool on);

signals:
    /// Another program (a teammate's desktop, a script) changed the workspace.
    void externalChange(const ChangeEntry &change);
    /// Deletion jobs were created or changed by another program.
    void deletionJobsChanged();
    void assistantAdded(const QString &id);
    void assistantChanged(const QString &id);
    void filesChanged();
    /// An experiment record was created or changed by one of the edits above (not by import: that is reset()).
    void experimentsChanged();
    /// A pipeline record or its nodes were created or changed by one of the edits above.
    void pipelinesChanged();
    /// Many records changed at once (import).
    void reset();
    /// The checks of working assistant `assistantId`, or their results, changed; empty when not known which
    /// (another program changed a check).
    void checksChanged(const QString &assistantId);

private:
    friend class StorageAccess;
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
    /// Inside a write: inserts a check of `assistantId` at `position` (its id registered, the change noted).
    Status insertCheck(const QString &assistantId, int position, const Check &check);
    /// Every working assistant's checks, in order (export).
    QHash<QString, QList<Check>> allChecks() const;
    Status writeSyncState(const QString &assistantId, const SyncState &state);
    /// Inside a write: bumps the record's row version, stamps who changed it and when, and notes the change.
    Status touch(const QString &table, const QString &id, const QStringList &fields);
    /// SQLite: PRAGMA data_version on a fresh snapshot (-1 when it cannot be read).
    int readDataVersion();
    void note(const QString &kind, const QString &id, const QString &action = QStringLiteral("update"),
              const QStringList &fields = {});
    void emitChange(const ChangeEntry &change);
    Status writeSnapshot(const QString &assistantId, const RemoteSnapshot &snapshot);
    /// After a local edit: the status recomputed against the stored snapshot, with no request (§4).
    Status recomputeSyncState(const Assistant &assistant);

    std::unique_ptr<Database> m_db;
    BlobStore m_blobs;
    qint64 m_lastSeq = 0;
    int m_dataVersion = -1;
    class QTimer *m_watchTimer = nullptr;
    bool m_listening = false;
};

/// The current time as stored: ISO 8601 UTC with seconds ("2026-11-25T16:00:00Z").
QString utcNowIso();
