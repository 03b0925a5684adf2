#include "versions/releaser.h"

#include "core/logging.h"
#include "domain/syncdiff.h"
#include "domain/validation.h"
#include "openai/apierror.h"
#include "openai/assistantwire.h"
#include "openai/openaiclient.h"
#include "storage/createintents.h"
#include "storage/deletionjobs.h"
#include "storage/releasescope.h"
#include "sync/createguard.h"
#include "sync/pushplan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Release", text, disambiguation, n);
}

const QString KindAssistant = QStringLiteral("assistant");
const QString KindVectorStore = QStringLiteral("vector_store");
const QString Purpose = QStringLiteral("release");
const QString OrphanOwner = QStringLiteral("orphan cleanup");
constexpr int StoreCreateFiles = 100;   // file_ids accepted by POST /vector_stores
constexpr int BatchFiles = 500;         // file_ids accepted by one file batch

bool isHttp404(const Error &e)
{
    return e.api && e.api->failure == OpenAi::ApiError::Failure::Http && e.api->httpStatus == 404;
}

Error cancelled()
{
    return Error{ErrorKind::Cancelled, QCoreApplication::translate("OpenAi", "Cancelled."), {}};
}

/// "Release failed: <error>. Nothing was released." — <error> without its own final period.
QString failureText(QString error)
{
    error = error.trimmed();
    while (error.endsWith(QLatin1Char('.')))
        error.chop(1);
    return tr("Release failed: %1. Nothing was released.").arg(error);
}

/// A created object that could not be deleted: a failed deletion job, shown in Remote cleanup (§6 step 5).
Result<QString> addFailedDeletionJob(Workspace &ws, const QString &owner, const QString &kind, const QString &remoteId,
                                     const QString &label, const QString &message)
{
    DeletionJob job;
    job.owner = owner;
    job.kind = kind;
    job.remoteId = remoteId;
    job.label = label;
    job.state = QStringLiteral("failed");
    job.attempts = 1;
    job.lastError = QCoreApplication::translate("DeletionQueue", "%1 %2: %3").arg(kind, remoteId, message);
    auto ids = DeletionJobs::insert(ws, {job});
    if (!ids)
        return ids.error();
    return ids->first();
}
} // namespace

Releaser::Releaser(Workspace &workspace, OpenAi::OpenAiClient *client, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_client(client)
{
}

QString Releaser::versionName(const QString &name, int versionNumber)
{
    return QStringLiteral("%1 v%2").arg(name).arg(versionNumber);
}

QCoro::Task<ReleaseOutcome> Releaser::release(QString experimentId, bool publish, OpenAi::CancelToken *cancel)
{
    ReleaseOutcome outcome;
    outcome.experimentId = experimentId;
    const auto refuse = [&outcome](const Error &e) {
        outcome.error = failureText(e.message);
        outcome.errorKind = e.kind;
        return outcome;
    };

    // 1. W.
    auto scope = collectReleaseScope(m_workspace, experimentId);
    if (!scope)
        co_return refuse(scope.error());

    // 2. Validate every member of W and its files, before any request.
    QList<Assistant> working;
    for (const QString &id : std::as_const(scope->workingAssistants)) {
        auto a = m_workspace.assistant(id);
        if (!a)
            co_return refuse(a.error());
        Assistant copy = a.value();
        copy.name = versionName(a->name, a->versionNumber);
        QList<FieldProblem> problems = validateAssistant(a.value());
        if (problems.isEmpty())
            problems = validateAssistant(copy);   // the version's name is longer
        if (!problems.isEmpty()) {
            Error e = Error::validation(problemTexts(problems));
            e.message = tr("“%1”: %2").arg(a->name, e.message);
            co_return refuse(e);
        }
        QStringList enabledFiles;
        if (a->codeInterpreter)
            enabledFiles << a->codeInterpreterFiles;
        if (a->fileSearch)
            enabledFiles << a->fileSearchFiles;
        for (const QString &fileId : std::as_const(enabledFiles)) {
            auto f = m_workspace.file(fileId);
            if (!f)
                co_return refuse(f.error());
            if (!f->remoteFileId && !f->hasLocalCopy())
                co_return refuse(Error{ErrorKind::Refused,
                                       tr("File “%1” has no local copy and was never uploaded. Add it again.").arg(f->name), {}});
        }
        working << a.value();
    }

    if (working.isEmpty()) {
        // Nothing to create in OpenAI: no connection needed.
        emit stepStarted(tr("Save the release"));
        auto committed = m_workspace.commitRelease(experimentId, {}, publish);
        if (!committed)
            co_return refuse(committed.error());
        outcome.records = committed.value();
        outcome.ok = true;
        co_return outcome;
    }
    if (!m_client)
        co_return refuse(Error{ErrorKind::Refused, tr("Not available offline"), {}});

    // Objects made by a release that was killed mid-request belong to no version: remove them first.
    if (Status s = co_await resolveLeftoverIntents(cancel); !s)
        co_return refuse(s.error());

    // 3. The remote objects, assistant by assistant.
    Run run;
    QList<Assistant> versions;
    Status failure;
    for (const Assistant &a : std::as_const(working)) {
        auto version = co_await createVersion(a, run, outcome.warnings, cancel);
        if (!version) {
            failure = version.error();
            break;
        }
        versions << version.value();
    }

    // 4. One transaction.
    if (failure.ok()) {
        if (cancel && cancel->isCancelled()) {
            failure = cancelled();
        } else {
            emit stepStarted(tr("Save the release"));
            auto committed = m_workspace.commitRelease(experimentId, versions, publish);
            if (committed) {
                outcome.records = committed.value();
                outcome.ok = true;
                qCInfo(lcSync).noquote() << "released" << experimentId << "with" << versions.size() << "assistant version(s)";
                co_return outcome;
            }
            failure = committed.error();
        }
    }

    // 5. Undo what was created.
    qCWarning(lcSync).noquote() << "release of" << experimentId << "failed:" << failure.error().message;
    emit stepFailed(failure.error().message);
    outcome.error = failureText(failure.error().message);
    outcome.errorKind = failure.error().kind;
    outcome.deletionJobIds = co_await undo(run);
    outcome.undeleted = int(outcome.deletionJobIds.size());
    if (outcome.undeleted > 0)
        outcome.error += QLatin1Char(' ')
                         + tr("%n objects created in OpenAI could not be deleted; see Remote cleanup.", nullptr, outcome.undeleted);
    co_return outcome;
}

QCoro::Task<Result<Assistant>> Releaser::createVersion(Assistant a, Run &run, QStringList &warnings,
                                                       OpenAi::CancelToken *cancel)
{
    CreateGuard guard(m_workspace, *m_client);
    // Until commitRelease the new ids live only in `run`: their intents stay open so a crash before the commit
    // leaves them to resolveLeftoverIntents (domain.md §5.6), which deletes what they made.
    guard.keepIntentsUntilCommit(true);
    Assistant version = a;
    version.id = generateLocalId(QStringLiteral("a-"));
    version.name = versionName(a.name, a.versionNumber);
    version.workingVersionId = a.id;
    version.versionNumber = a.versionNumber;
    version.remoteId.reset();
    version.vectorStoreId.reset();
    version.archived = false;
    version.notPushed = false;
    run.ownerOfVersion.insert(version.id, a.id);
    run.labelOfVersion.insert(version.id, version.name);

    // Uploads: files of enabled tools that need it; ids go onto the shared file records at once.
    QStringList enabledFiles;
    if (a.codeInterpreter)
        enabledFiles << a.codeInterpreterFiles;
    if (a.fileSearch)
        enabledFiles << a.fileSearchFiles;
    enabledFiles.removeDuplicates();
    for (const QString &fileId : std::as_const(enabledFiles)) {
        if (cancel && cancel->isCancelled())
            co_return cancelled();
        auto f = m_workspace.file(fileId);
        if (!f)
            co_return f.error();
        if (!SyncDiff::needsUpload(f.value()) || !f->hasLocalCopy())
            continue;   // uploaded already, or only its remote id is known (checked in step 2)
        emit stepStarted(tr("Upload %1 (%2)").arg(f->name, Push::sizeText(f->size)));
        const WorkspaceFile file = f.value();
        // Named, not a temporary in the co_await expression: GCC 12 may destroy such temporaries twice.
        const CreateGuard::Store link = [this, file](const QJsonObject &o) {
            return m_workspace.linkFile(file.id, o.value(QStringLiteral("id")).toString(), file.sha256);
        };
        auto uploaded = co_await guard.uploadFile(file, link, Purpose, cancel);
        if (!uploaded)
            co_return uploaded.error();
    }

    QHash<QString, QString> remoteByLocal;
    for (const WorkspaceFile &f : m_workspace.filesByIds(enabledFiles))
        if (f.remoteFileId)
            remoteByLocal.insert(f.id, *f.remoteFileId);

    // The vector store of the version, with the same file-search files.
    if (a.fileSearch && !a.fileSearchFiles.isEmpty()) {
        if (cancel && cancel->isCancelled())
            co_return cancelled();
        QStringList ids;
        for (const QString &fileId : std::as_const(a.fileSearchFiles))
            ids << remoteByLocal.value(fileId);
        const QString storeName = Push::fileSearchStoreName(version.name);
        emit stepStarted(ids.size() == 1 ? tr("Create vector store “%1” with 1 file").arg(storeName)
                                         : tr("Create vector store “%1” with %n files", nullptr, int(ids.size())).arg(storeName));
        const QJsonObject body{{QStringLiteral("name"), storeName},
                               {QStringLiteral("file_ids"), QJsonArray::fromStringList(ids.mid(0, StoreCreateFiles))},
                               {QStringLiteral("metadata"), QJsonObject{{QLatin1String(ReservedMetadataKey), version.id}}}};
        const CreateGuard::Store keep = [&run, &version, &storeName](const QJsonObject &o) {
            const QString id = o.value(QStringLiteral("id")).toString();
            run.created << Created{KindVectorStore, id, storeName, version.workingVersionId};
            version.vectorStoreId = id;
            return Status();
        };
        auto created = co_await guard.createVectorStore(version.id, body, keep, Purpose, cancel);
        if (!created)
            co_return created.error();
        for (qsizetype at = StoreCreateFiles; at < ids.size(); at += BatchFiles) {
            const QStringList chunk = ids.mid(at, BatchFiles);
            auto batch = co_await m_client->createFileBatchAndWait(*version.vectorStoreId, chunk, cancel);
            if (!batch)
                co_return batch.error();
            const int failed = batch->value(QStringLiteral("file_counts")).toObject().value(QStringLiteral("failed")).toInt();
            if (failed > 0)
                warnings << tr("%n file(s) failed to index in vector store %1", nullptr, failed).arg(*version.vectorStoreId);
        }
    }

    // The remote assistant "<A.name> vN", assistant_desk_id = the version id.
    if (cancel && cancel->isCancelled())
        co_return cancelled();
    auto body = AssistantWire::requestBody(version, remoteByLocal);
    if (!body)
        co_return body.error();
    emit stepStarted(tr("Create assistant “%1”").arg(version.name));
    const CreateGuard::Store keep = [&run, &version](const QJsonObject &o) {
        const QString id = o.value(QStringLiteral("id")).toString();
        run.created << Created{KindAssistant, id, version.name, version.workingVersionId};
        version.remoteId = id;
        return Status();
    };
    auto created = co_await guard.createAssistant(version.id, body.value(), keep, Purpose, cancel);
    if (!created)
        co_return created.error();
    co_return version;
}

QCoro::Task<Status> Releaser::resolveLeftoverIntents(OpenAi::CancelToken *cancel)
{
    CreateGuard guard(m_workspace, *m_client);
    QList<CreateIntent> leftovers = CreateIntents::list(m_workspace, KindAssistant, {}, Purpose);
    leftovers << CreateIntents::list(m_workspace, KindVectorStore, {}, Purpose);
    if (leftovers.isEmpty())
        co_return Status();
    // What the workspace links is never deleted here, whatever an intent says: a committed version's assistant or
    // store belongs to it (only Archive removes those).
    QSet<QString> linked;
    for (const Assistant &x : m_workspace.assistants()) {
        if (x.remoteId)
            linked.insert(*x.remoteId);
        if (x.vectorStoreId)
            linked.insert(*x.vectorStoreId);
    }
    Run run;
    for (const CreateIntent &intent : std::as_const(leftovers)) {
        auto found = co_await guard.lookFor(intent, cancel);
        if (!found)
            co_return found.error();
        if (found.value() && !linked.contains(found.value()->value(QStringLiteral("id")).toString())) {
            const QJsonObject o = *found.value();
            run.created << Created{intent.kind, o.value(QStringLiteral("id")).toString(),
                                   o.value(QStringLiteral("name")).toString(), OrphanOwner};
        }
        if (Status s = CreateIntents::end(m_workspace, intent.id); !s)
            co_return s;
    }
    qCInfo(lcSync) << "an interrupted release left" << run.created.size() << "object(s) in OpenAI; deleting them";
    (void)co_await undo(run);   // what cannot be deleted is a failed job in Remote cleanup
    co_return Status();
}

QCoro::Task<QStringList> Releaser::undo(Run &run)
{
    // Creates whose outcome stayed unknown (timeout, dropped connection, cancel) left intents: look for their objects.
    if (m_client) {
        CreateGuard guard(m_workspace, *m_client);
        for (auto it = run.ownerOfVersion.cbegin(); it != run.ownerOfVersion.cend(); ++it) {
            for (const CreateIntent &intent : CreateIntents::list(m_workspace, {}, it.key(), Purpose)) {
                auto found = co_await guard.lookFor(intent, nullptr);
                if (!found)
                    continue;   // the intent stays; the next release looks again
                if (found.value()) {
                    const QString id = found.value()->value(QStringLiteral("id")).toString();
                    const bool known = std::any_of(run.created.cbegin(), run.created.cend(),
                                                   [&](const Created &c) { return c.remoteId == id; });
                    if (!known)
                        run.created << Created{intent.kind, id, found.value()->value(QStringLiteral("name")).toString(),
                                               it.value()};
                }
                (void)CreateIntents::end(m_workspace, intent.id);
            }
        }
    }

    QStringList jobIds;
    for (const QString &kind : {KindAssistant, KindVectorStore}) {
        for (const Created &c : std::as_const(run.created)) {
            if (c.kind != kind)
                continue;
            Status deleted;
            if (!m_client) {
                deleted = Error{ErrorKind::Refused, tr("Not available offline"), {}};
            } else if (kind == KindAssistant) {
                emit stepStarted(tr("Delete assistant %1").arg(c.remoteId));
                deleted = co_await m_client->deleteAssistant(c.remoteId, nullptr);
            } else {
                emit stepStarted(tr("Delete vector store %1").arg(c.remoteId));
                deleted = co_await m_client->deleteVectorStore(c.remoteId, nullptr);
            }
            if (deleted || isHttp404(deleted.error()))
                continue;
            qCWarning(lcSync).noquote() << "could not delete" << c.kind << c.remoteId << "after a failed release:"
                                        << deleted.error().message;
            auto job = addFailedDeletionJob(m_workspace, c.owner, c.kind, c.remoteId, c.label, deleted.error().message);
            if (job)
                jobIds << job.value();
            else
                qCWarning(lcSync).noquote() << "could not record the deletion job:" << job.error().message;
        }
    }
    co_return jobIds;
}
