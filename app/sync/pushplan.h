// The push plan of domain.md §5.2: the ordered steps a Push will run, computed from the local record, its files and
// the fresh snapshot, shown to the user (dialog, `push --dry-run`) before anything changes on the server.
// Pure functions, no I/O.
#pragma once

#include "core/result.h"
#include "domain/assistant.h"
#include "domain/workspacefile.h"
#include "domain/snapshot.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

struct PushStep {
    enum class Kind { Upload, UseStore, CreateStore, AddStoreFiles, RemoveStoreFiles, CreateAssistant, RecreateAssistant, UpdateAssistant };
    Kind kind;
    QString text;              // "Upload prices.csv (10 bytes)", "Update assistant asst_1"
    QStringList lines;         // per-item lines of an update: "Name: “Help desk” → “Helpdesk”"
    QList<bool> lineRemovesRemote;   // per line: removes something that exists only in OpenAI
    bool removesRemote = false;      // the step removes something that exists only in OpenAI
    QStringList fileIds;       // local file ids (uploads, store additions)
    QStringList remoteFileIds; // remote ids (store removals)
    QString storeId;           // UseStore / AddStoreFiles / RemoveStoreFiles

    QJsonObject toJson() const;
};

struct PushPlan {
    QString assistantId;
    QList<PushStep> steps;
    bool nothingToDo() const { return steps.isEmpty(); }
    /// "Nothing to push: already in sync" or one line per step (with its item lines indented).
    QStringList textLines() const;
    QJsonObject toJson() const;
};

namespace Push {
/// `snapshot` is the fresh remote state (null for a record never pushed); `remoteMissing` when the remote assistant
/// answered 404; `storeFiles` the current file ids of the local vector store when it is not in the snapshot (null:
/// unknown or absent). Fails with the §10 message for a file with neither local copy nor remote id.
Result<PushPlan> plan(const Assistant &local, const QHash<QString, WorkspaceFile> &files,
                      const std::optional<RemoteSnapshot> &snapshot, bool remoteMissing,
                      const std::optional<QStringList> &storeFiles = std::nullopt);

/// "10 bytes", "18.0 KB", "3.4 MB".
QString sizeText(qint64 bytes);

/// The name a created vector store gets on the server, "<assistant name> - File Search" (§3.3): a wire value,
/// the same in every language.
QString fileSearchStoreName(const QString &assistantName);
}
