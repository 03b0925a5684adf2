#include "sync/createguard.h"

#include "core/logging.h"
#include "openai/apierror.h"
#include "openai/openaiclient.h"
#include "openai/retrypolicy.h"
#include "storage/workspace.h"

#include <QDateTime>
#include <QFileInfo>

namespace {
const QString KindAssistant = QStringLiteral("assistant");
const QString KindVectorStore = QStringLiteral("vector_store");
const QString KindFile = QStringLiteral("file");

/// The server answered, and the answer says the create did not happen.
bool certainlyNotCreated(const Error &e)
{
    const OpenAi::ApiError *api = OpenAi::apiError(e);
    if (!api)
        return e.kind != ErrorKind::Cancelled;
    if (api->failure == OpenAi::ApiError::Failure::Refused)
        return true;
    return api->failure == OpenAi::ApiError::Failure::Http && api->httpStatus >= 400 && api->httpStatus < 500
           && !OpenAi::RetryPolicy::isRetryableStatus(api->httpStatus);
}

QString idOf(const QJsonObject &o) { return o.value(QLatin1String("id")).toString(); }
} // namespace

QCoro::Task<Result<std::optional<QJsonObject>>> CreateGuard::lookFor(CreateIntent intent, OpenAi::CancelToken *cancel)
{
    using Kind = OpenAi::OpenAiClient::CreatedKind;
    const Kind kind = intent.kind == KindAssistant     ? Kind::Assistant
                      : intent.kind == KindVectorStore ? Kind::VectorStore
                                                       : Kind::File;
    QDateTime since = QDateTime::fromString(intent.startedAt, Qt::ISODate);
    if (!since.isValid())
        since = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    co_return co_await m_client.lookForCreated(kind, intent.marker, intent.bytes, since, cancel);
}

QCoro::Task<Result<std::optional<QJsonObject>>> CreateGuard::adoptLeftover(QString kind, QString recordId,
                                                                           OpenAi::CancelToken *cancel)
{
    const QList<CreateIntent> leftovers = CreateIntents::list(m_workspace, kind, recordId);
    std::optional<QJsonObject> found;
    for (const CreateIntent &intent : leftovers) {
        // Another live program is creating this object right now: it is not a leftover, and not ours to repeat.
        auto mine = intent.heldElsewhere ? Result<bool>(false) : CreateIntents::takeOver(m_workspace, intent.id);
        if (!mine)
            co_return mine.error();
        if (!mine.value())
            co_return Error{ErrorKind::Refused,
                            tr("Another program on this workspace is creating this %1 in OpenAI right now. Try again "
                               "when it has finished.")
                                .arg(kind),
                            {}};
        if (!found) {
            auto looked = co_await lookFor(intent, cancel);
            if (!looked)
                co_return looked.error();
            found = looked.value();
            if (found) {
                qCInfo(lcSync).noquote() << "adopting" << idOf(*found) << "left by an interrupted" << intent.purpose
                                         << "of" << kind << recordId;
                continue;   // cleared once the caller stored it
            }
        }
        if (!found)
            if (Status s = CreateIntents::end(m_workspace, intent.id); !s)
                co_return s.error();
    }
    co_return found;
}

Result<QJsonObject> CreateGuard::finish(const QString &intentId, const Result<QJsonObject> &created, const Store &store,
                                        bool keepIntent)
{
    if (!created) {
        if (certainlyNotCreated(created.error()))
            (void)CreateIntents::end(m_workspace, intentId);
        return created.error();
    }
    if (Status s = store(created.value()); !s)
        return s.error();   // the intent stays: the next run finds and adopts the object
    if (keepIntent)
        return created.value();
    if (Status s = CreateIntents::end(m_workspace, intentId); !s)
        qCWarning(lcSync) << "could not clear a create intent:" << s.error().message;
    return created.value();
}

namespace {
/// Clears the leftover intents of kind + record after their object was stored.
void clearAll(Workspace &ws, const QString &kind, const QString &recordId)
{
    for (const CreateIntent &i : CreateIntents::list(ws, kind, recordId))
        (void)CreateIntents::end(ws, i.id);
}
} // namespace

QCoro::Task<Result<QJsonObject>> CreateGuard::guarded(CreateIntent intent, Send send, Store store, bool keepIntent,
                                                      OpenAi::CancelToken *cancel)
{
    auto leftover = co_await adoptLeftover(intent.kind, intent.recordId, cancel);
    if (!leftover)
        co_return leftover.error();
    if (leftover.value()) {
        if (Status s = store(*leftover.value()); !s)
            co_return s.error();
        clearAll(m_workspace, intent.kind, intent.recordId);
        co_return *leftover.value();
    }
    auto id = CreateIntents::begin(m_workspace, intent);
    if (!id)
        co_return id.error();
    auto created = co_await send();
    co_return finish(id.value(), created, store, keepIntent);
}

namespace {
CreateIntent intentFor(const QString &kind, const QString &recordId, const QJsonObject &body, const QString &purpose)
{
    CreateIntent intent;
    intent.kind = kind;
    intent.recordId = recordId;
    intent.marker = body.value(QLatin1String("metadata")).toObject().value(QLatin1String("assistant_desk_id")).toString();
    intent.purpose = purpose;
    return intent;
}
} // namespace

QCoro::Task<Result<QJsonObject>> CreateGuard::createAssistant(QString recordId, QJsonObject body, Store store,
                                                              QString purpose, OpenAi::CancelToken *cancel,
                                                              LinkCheck link)
{
    CreateIntent intent = intentFor(KindAssistant, recordId, body, purpose);
    intent.checkLink = link.check;
    intent.expectedLink = link.expected;
    Send send = [this, body = std::move(body), cancel] { return m_client.createAssistant(body, cancel); };
    return guarded(std::move(intent), std::move(send), std::move(store), m_keepIntents, cancel);
}

QCoro::Task<Result<QJsonObject>> CreateGuard::createVectorStore(QString recordId, QJsonObject body, Store store,
                                                                QString purpose, OpenAi::CancelToken *cancel,
                                                                LinkCheck link)
{
    CreateIntent intent = intentFor(KindVectorStore, recordId, body, purpose);
    intent.checkLink = link.check;
    intent.expectedLink = link.expected;
    Send send = [this, body = std::move(body), cancel] { return m_client.createVectorStore(body, cancel); };
    return guarded(std::move(intent), std::move(send), std::move(store), m_keepIntents, cancel);
}

QCoro::Task<Result<QJsonObject>> CreateGuard::uploadFile(WorkspaceFile file, Store store, QString purpose,
                                                         OpenAi::CancelToken *cancel, OpenAi::ProgressCallback progress,
                                                         LinkCheck link)
{
    // The content as a local file: a team workspace fetches it from its database into the local cache first.
    auto path = m_workspace.localCopy(file);
    if (!path)
        co_return path.error();
    CreateIntent intent;
    intent.kind = KindFile;
    intent.recordId = file.id;
    intent.marker = file.name;
    intent.bytes = QFileInfo(path.value()).size();
    intent.purpose = purpose;
    intent.checkLink = link.check;
    intent.expectedLink = link.expected;
    // Uploads never keep their intent: a file is stored on its workspace record the moment it exists.
    Send send = [this, path = path.value(), name = file.name, cancel, progress = std::move(progress)] {
        return m_client.uploadFile(path, name, progress, cancel);
    };
    co_return co_await guarded(std::move(intent), std::move(send), std::move(store), false, cancel);
}

QCoro::Task<Status> CreateGuard::resolveLeftovers(QStringList assistantIds, QStringList fileIds,
                                                  OpenAi::CancelToken *cancel)
{
    QList<CreateIntent> leftovers;
    for (const QString &id : assistantIds) {
        leftovers << CreateIntents::list(m_workspace, KindAssistant, id, QStringLiteral("push"));
        leftovers << CreateIntents::list(m_workspace, KindVectorStore, id, QStringLiteral("push"));
    }
    for (const QString &id : fileIds)
        leftovers << CreateIntents::list(m_workspace, KindFile, id);
    for (const CreateIntent &intent : leftovers) {
        // Intents of live programs are their creates under way; a gone program's leftover becomes ours to resolve.
        if (intent.heldElsewhere)
            continue;
        auto mine = CreateIntents::takeOver(m_workspace, intent.id);
        if (!mine)
            co_return mine.error();
        if (!mine.value())
            continue;
        auto looked = co_await lookFor(intent, cancel);
        if (!looked)
            co_return looked.error();
        if (!looked.value()) {
            if (Status s = CreateIntents::end(m_workspace, intent.id); !s)
                co_return s;
            continue;
        }
        const QString found = idOf(*looked.value());
        std::optional<QString> slot;   // the id now linked where the object would go
        Status linked;
        if (intent.kind == KindFile) {
            auto f = m_workspace.file(intent.recordId);
            if (!f) {
                (void)CreateIntents::end(m_workspace, intent.id);
                continue;
            }
            slot = f->remoteFileId;
            if (!slot)
                linked = m_workspace.linkFile(f->id, found, f->sha256);
        } else {
            auto a = m_workspace.assistant(intent.recordId);
            if (!a) {
                (void)CreateIntents::end(m_workspace, intent.id);
                continue;
            }
            slot = intent.kind == KindAssistant ? a->remoteId : a->vectorStoreId;
            if (!slot)
                linked = intent.kind == KindAssistant ? m_workspace.linkAssistant(a->id, found)
                                                      : m_workspace.linkVectorStore(a->id, found);
        }
        if (!linked)
            co_return linked;
        if (slot && *slot != found)
            continue;   // another id is linked: the step that replaces it adopts this object
        qCInfo(lcSync).noquote() << (slot ? "already linked:" : "adopted") << found << "left by an interrupted"
                                 << intent.purpose << "of" << intent.kind << intent.recordId;
        if (Status s = CreateIntents::end(m_workspace, intent.id); !s)
            co_return s;
    }
    co_return Status();
}
