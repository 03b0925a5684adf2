// Releaser: "Release" of an experiment (domain.md §6) — assistant versions in OpenAI and in the workspace, an
// experiment version, and a pipeline version when the experiment uses a pipeline.
//
// Promises:
// - Steps 1–2 (collect W, validate every member and its files) send no request; a refusal there leaves everything
//   as it was. With W empty nothing is sent at all and no connection is needed.
// - Step 3, for each A in W by name: N = A.version_number; a version id is generated; files of A's enabled tools
//   that need it are uploaded (ids stored on the shared file records at once, and kept on failure); vector store
//   "<A.name> vN - File Search" is created with the file-search files (file search on and with files only); the
//   remote assistant "<A.name> vN" is created from a copy of A with metadata assistant_desk_id = the version id.
//   Every create goes through CreateGuard (intent recorded first, purpose "release"), so retries and crashes never
//   leave duplicates: a release killed mid-request leaves intents whose objects the next release looks for and
//   deletes (they belong to no version).
// - Step 4 is Workspace::commitRelease(): one transaction.
// - Step 5: on any failure (cancel included) every assistant, then every vector store this release created is
//   deleted (uncancellable; 404 counts as deleted); nothing is committed; the message is "Release failed: <error>.
//   Nothing was released." and, when K objects could not be deleted, they become failed deletion jobs (owner = the
//   working assistant) and the message adds "<K> objects created in OpenAI could not be deleted; see Remote cleanup."
// Lifetime: the workspace and client must outlive the task; one release at a time per Releaser.
#pragma once

#include "core/result.h"
#include "openai/canceltoken.h"
#include "storage/workspace.h"

#include <QCoro/QCoroTask>

#include <QObject>
#include <QStringList>

#include <optional>

namespace OpenAi {
class OpenAiClient;
}

struct ReleaseOutcome {
    bool ok = false;
    QString experimentId;
    std::optional<ReleasedRecords> records;   // what was committed (ok only)
    QStringList warnings;                     // e.g. files that failed to index in a new vector store
    QString error;                            // "Release failed: …. Nothing was released." (+ the cleanup sentence)
    ErrorKind errorKind = ErrorKind::Storage; // of the failure behind `error` (CLI exit codes)
    int undeleted = 0;                        // created objects that could not be deleted (failed deletion jobs)
    QStringList deletionJobIds;               // those jobs
};

class Releaser : public QObject
{
    Q_OBJECT
public:
    /// `client` may be null: then only a release whose W is empty can run.
    Releaser(Workspace &workspace, OpenAi::OpenAiClient *client, QObject *parent = nullptr);

    QCoro::Task<ReleaseOutcome> release(QString experimentId, bool publish, OpenAi::CancelToken *cancel = nullptr);

    /// The version name of domain.md §6: "<name> vN".
    static QString versionName(const QString &name, int versionNumber);

signals:
    /// A step starts: "Upload faq.txt (5 bytes)", "Create vector store “Helpdesk v1 - File Search” with 1 file",
    /// "Create assistant “Helpdesk v1”", "Save the release", and on failure "Delete assistant asst_…".
    void stepStarted(const QString &text);
    /// The step that started last failed; what follows (if anything) deletes what the release created.
    void stepFailed(const QString &error);

private:
    struct Created {
        QString kind;       // assistant, vector_store
        QString remoteId;
        QString label;
        QString owner;      // the working assistant
    };
    struct Run {
        QList<Created> created;
        QHash<QString, QString> ownerOfVersion;   // version id → working assistant id
        QHash<QString, QString> labelOfVersion;   // version id → version name
    };

    QCoro::Task<Status> resolveLeftoverIntents(OpenAi::CancelToken *cancel);
    QCoro::Task<Result<Assistant>> createVersion(Assistant working, Run &run, QStringList &warnings,
                                                 OpenAi::CancelToken *cancel);
    /// Step 5: deletes what `run` created; returns the ids of the failed deletion jobs made for what remained.
    QCoro::Task<QStringList> undo(Run &run);

    Workspace &m_workspace;
    OpenAi::OpenAiClient *m_client;
};
