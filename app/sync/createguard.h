// CreateGuard: every create a push or release sends (file upload, vector store, assistant), made safe across
// crashes (domain.md §5.6). Around each create it records a CreateIntent before the request and clears it once the
// result is stored. A leftover intent — the app was killed mid-request — is resolved before anything is created
// again: the object it may have made is looked for exactly as a retry does, and adopted when found.
//
// Promises:
// - A create's result is handed to `store` (which links the returned id in the workspace); the intent is cleared
//   only after `store` succeeded. A create that certainly made nothing (an HTTP 4xx answer other than 408/409/429)
//   clears its intent; an unknown outcome (timeout, connection lost, 5xx, cancel) keeps it for the next run.
// - resolveLeftovers() adopts found objects only into an empty slot (record without remote id / store / remote file
//   id); an intent whose slot holds another id is kept, so the create step that replaces that id adopts it.
// - Several programs on one workspace: a create another live program has under way is refused, not repeated; a
//   leftover of a program that is gone is taken over (CreateIntents::takeOver) and resolved as above.
// Lifetime: the workspace and the client must outlive the tasks.
#pragma once

#include "core/result.h"
#include "domain/workspacefile.h"
#include "openai/canceltoken.h"
#include "storage/createintents.h"

#include <QCoro/QCoroTask>
#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <optional>

class Workspace;
namespace OpenAi {
class OpenAiClient;
using ProgressCallback = std::function<void(qint64 sent, qint64 total)>;   // as in openai/openaiclient.h
}

/// What a record's link (remote id, vector store, remote file id) must still be when a create is recorded, so a
/// create planned before another program linked an object is not sent (Error{Conflict}).
struct CreateLinkCheck {
    bool check = false;
    QString expected;   // empty: no link
};

class CreateGuard
{
    Q_DECLARE_TR_FUNCTIONS(CreateGuard)
public:
    using Store = std::function<Status(const QJsonObject &created)>;
    using LinkCheck = CreateLinkCheck;

    CreateGuard(Workspace &workspace, OpenAi::OpenAiClient &client) : m_workspace(workspace), m_client(client) {}

    /// POST /assistants for record `recordId`; body.metadata.assistant_desk_id is the lookup marker.
    QCoro::Task<Result<QJsonObject>> createAssistant(QString recordId, QJsonObject body, Store store, QString purpose,
                                                     OpenAi::CancelToken *cancel = nullptr, LinkCheck link = {});
    /// POST /vector_stores for record `recordId`; body.metadata.assistant_desk_id is the lookup marker.
    QCoro::Task<Result<QJsonObject>> createVectorStore(QString recordId, QJsonObject body, Store store,
                                                       QString purpose, OpenAi::CancelToken *cancel = nullptr,
                                                       LinkCheck link = {});
    /// POST /files with the file's local copy (Workspace::localCopy), sent under its name.
    /// `progress`: the client's upload progress (bytes sent of the file's request body; never goes backwards).
    QCoro::Task<Result<QJsonObject>> uploadFile(WorkspaceFile file, Store store, QString purpose,
                                                OpenAi::CancelToken *cancel = nullptr,
                                                OpenAi::ProgressCallback progress = {}, LinkCheck link = {});

    /// Push start: resolves the leftover push intents of these assistant and file records. Found objects are linked
    /// when their slot is empty; intents whose object is not found (or already linked) are cleared.
    QCoro::Task<Status> resolveLeftovers(QStringList assistantIds, QStringList fileIds,
                                         OpenAi::CancelToken *cancel = nullptr);

    /// Looks for the object a leftover intent may have made (since its started_at).
    QCoro::Task<Result<std::optional<QJsonObject>>> lookFor(CreateIntent intent, OpenAi::CancelToken *cancel = nullptr);
    /// Release: the intents of assistant and vector-store creates stay open after their result is stored (the
    /// release holds the ids only in memory until it commits); Workspace::commitRelease clears them in its transaction.
    void keepIntentsUntilCommit(bool keep) { m_keepIntents = keep; }

private:
    /// Leftover intents of the same kind and record: the object one of them made, if any; the rest are cleared.
    QCoro::Task<Result<std::optional<QJsonObject>>> adoptLeftover(QString kind, QString recordId,
                                                                  OpenAi::CancelToken *cancel);
    Result<QJsonObject> finish(const QString &intentId, const Result<QJsonObject> &created, const Store &store,
                               bool keepIntent = false);
    /// The one create step of every kind: adopt what a leftover intent of the same kind and record made, else record
    /// `intent`, `send` the create request, and store its result (finish()).
    using Send = std::function<QCoro::Task<Result<QJsonObject>>()>;
    QCoro::Task<Result<QJsonObject>> guarded(CreateIntent intent, Send send, Store store, bool keepIntent,
                                             OpenAi::CancelToken *cancel);

    Workspace &m_workspace;
    OpenAi::OpenAiClient &m_client;
    bool m_keepIntents = false;
};
