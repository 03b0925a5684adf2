// The orphan view's core (domain.md §9): an online scan of what the account holds, and the pure classification of
// which remote files and vector stores no workspace assistant and no remote assistant uses any more.
//
// Promises:
// - scan() only reads: every remote assistant, every file with purpose `assistants`, every vector store and the
//   files of each store, all pages (OpenAiClient lists to the end). It reports progress as (done, total, step text)
//   — the total grows once the stores are known (3 listings + one per store) — and stops with Error{Cancelled} when
//   the token is cancelled. A 404 on /assistants (a server without the Assistants API) or on /vector_stores is not
//   an error: the listing says so (assistantsApi / vectorStoresApi false) and holds no such objects. A store that
//   disappears while its files are listed is left out. Any other failure ends the scan with the client's error.
// - classify() is pure: the same listing and workspace records give the same report. A vector store is an orphan
//   when no non-archived workspace assistant (working record or version) has it as vector_store_id and no remote
//   assistant lists it; a file when no non-archived workspace assistant has it attached (either tool, enabled or
//   not), no remote assistant lists it in code_interpreter.file_ids, and no non-orphan store holds it. Objects that
//   archived workspace assistants used name those families (their working record) in wasUsedBy. Remote assistants
//   that no workspace record (archived ones and versions included) links are listed apart.
// - stillOrphan() is the re-check a deletion job runs just before deleting (§9): it reads the workspace afresh and
//   asks the server for the assistants and for the files of the stores that are in use. It never changes anything.
// Threading and lifetime: the client's thread; client and token must outlive the tasks. The report and listing are
// plain values.
#pragma once

#include "core/result.h"
#include "domain/assistant.h"
#include "domain/workspacefile.h"
#include "openai/canceltoken.h"
#include "storage/deletionjobs.h"

#include <QCoro/QCoroTask>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class Workspace;
namespace OpenAi {
class OpenAiClient;
}

/// What one scan read from the server; stored as the offline cache (domain.md §8). Times are Unix seconds as the
/// server sends them.
struct OrphanListing {
    struct RemoteAssistant {
        QString id;
        QString name;
        QString model;
        qint64 createdAt = 0;
        QStringList codeInterpreterFileIds;
        QStringList vectorStoreIds;
        friend bool operator==(const RemoteAssistant &, const RemoteAssistant &) = default;
    };
    struct RemoteFile {
        QString id;
        QString filename;
        qint64 bytes = 0;
        qint64 createdAt = 0;
        std::optional<qint64> expiresAt;
        friend bool operator==(const RemoteFile &, const RemoteFile &) = default;
    };
    struct RemoteStore {
        QString id;
        QString name;
        qint64 usageBytes = 0;
        qint64 createdAt = 0;
        std::optional<qint64> lastActiveAt;
        std::optional<qint64> expiresAt;
        QStringList fileIds;
        friend bool operator==(const RemoteStore &, const RemoteStore &) = default;
    };

    QString scannedAt;            // ISO 8601 UTC
    QString baseUrl;              // the server it came from
    bool assistantsApi = true;    // false: GET /assistants answered 404
    bool vectorStoresApi = true;  // false: GET /vector_stores answered 404
    QList<RemoteAssistant> assistants;
    QList<RemoteFile> files;
    QList<RemoteStore> stores;

    /// The listing without the given remote ids (objects deleted since), for the cache after a deletion.
    OrphanListing without(const QStringList &remoteIds) const;

    QJsonObject toJson() const;
    static std::optional<OrphanListing> fromJson(const QJsonObject &json);
    static RemoteAssistant assistantFromWire(const QJsonObject &o);
    static RemoteFile fileFromWire(const QJsonObject &o);
    static RemoteStore storeFromWire(const QJsonObject &o, const QStringList &fileIds);
    friend bool operator==(const OrphanListing &, const OrphanListing &) = default;
};

/// An archived workspace assistant family that used an orphan: its working record.
struct OrphanUser {
    QString id;
    QString name;
    friend bool operator==(const OrphanUser &, const OrphanUser &) = default;
};

/// One row of the orphan view: a file or a vector store.
struct OrphanItem {
    enum class Kind { File, VectorStore };
    Kind kind = Kind::File;
    QString remoteId;
    QString name;                       // filename or store name (may be empty for a store)
    qint64 bytes = 0;                   // `bytes` of a file, `usage_bytes` of a store
    qint64 createdAt = 0;               // Unix seconds
    std::optional<qint64> expiresAt;
    std::optional<qint64> lastActiveAt; // stores only
    int fileCount = 0;                  // stores only
    QList<OrphanUser> wasUsedBy;

    /// "file" or "vector_store" (the deletion job kinds).
    QString kindName() const;
    /// "was used by archived “Helpdesk”" (several: "…“A”, “B”"); empty when no archived assistant used it.
    QString wasUsedByText() const;
    friend bool operator==(const OrphanItem &, const OrphanItem &) = default;
};

struct OrphanReport {
    QString scannedAt;
    bool assistantsApi = true;
    bool vectorStoresApi = true;
    QList<OrphanItem> files;            // in listing order (oldest first)
    QList<OrphanItem> vectorStores;
    QList<OrphanListing::RemoteAssistant> assistantsNotInWorkspace;

    qint64 fileBytes() const;
    qint64 storeBytes() const;
    bool isEmpty() const { return files.isEmpty() && vectorStores.isEmpty(); }
    /// "12 files (34.5 MB) · 3 vector stores (120.0 MB)".
    QString totalsText() const;
    /// The `orphans --json` object of cli.md (times ISO 8601 UTC or null).
    QJsonObject toJson() const;
};

namespace OrphanScan {
/// The owner of every deletion job the orphan view creates (domain.md §1.4).
inline constexpr const char *JobOwner = DeletionJobs::OrphanCleanupOwner;

/// (done, total, step) — e.g. (4, 9, "Listing the files of vector store 2 of 6…").
using Progress = std::function<void(int done, int total, const QString &step)>;

QCoro::Task<Result<OrphanListing>> scan(OpenAi::OpenAiClient &client, Progress progress = {},
                                        OpenAi::CancelToken *cancel = nullptr);

OrphanReport classify(const OrphanListing &listing, const QList<Assistant> &assistants,
                      const QList<WorkspaceFile> &files);

/// True when the object (`kind` "file" or "vector_store") is still an orphan; other kinds are always true.
QCoro::Task<Result<bool>> stillOrphan(Workspace &workspace, OpenAi::OpenAiClient &client, QString kind,
                                      QString remoteId, OpenAi::CancelToken *cancel = nullptr);

// --- the cache and the deletion jobs (storage/orphanstore.h underneath) ---------------------------------------------
/// Keeps `listing` as the workspace's last orphan scan (one transaction).
Status saveListing(Workspace &workspace, const OrphanListing &listing);
/// The last scan, when one was made on the workspace's current server (base URL); else nullopt.
std::optional<OrphanListing> cachedListing(Workspace &workspace);
/// The last scan classified against the workspace as it is now (shown offline, §8).
std::optional<OrphanReport> cachedReport(Workspace &workspace);
/// Creates the deletion jobs (owner "orphan cleanup") for `items`; returns their ids, stores first.
Result<QStringList> queueDeletions(Workspace &workspace, const QList<OrphanItem> &items);
/// The label of an item's deletion job: the file or store name, or the remote id when it has none.
QString jobLabel(const OrphanItem &item);
/// The note of a job whose object found a user again before it ran.
QString skippedNote();

/// "2026-11-25T16:00:00Z" for Unix seconds.
QString isoFromUnix(qint64 seconds);
} // namespace OrphanScan
