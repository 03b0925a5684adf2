#include "synccontroller.h"

#include "core/logging.h"
#include "openai/apierror.h"
#include "openai/apikey.h"
#include "openai/connection.h"
#include "openai/openaiclient.h"
#include "secrets/secretstore.h"
#include "storage/workspace.h"
#include "sync/servercapabilities.h"

#include <QCoro/QCoroTask>

#include <QTimer>

SyncController::SyncController(SyncServices services, QObject *parent) : QObject(parent), m_services(services) {}

SyncController::~SyncController()
{
    if (m_session)
        m_session->close();
}

void SyncController::setWorkspace(Workspace *workspace)
{
    setSession(workspace ? WorkspaceSession::borrow(*workspace, m_services) : nullptr);
}

void SyncController::setSession(std::shared_ptr<WorkspaceSession> session)
{
    ++m_generation;
    if (m_checkAllCancel)
        m_checkAllCancel->cancel();
    m_checkAllCancel = nullptr;
    if (m_session) {
        disconnect(m_session.get(), nullptr, this, nullptr);
        m_session->close();
    }
    m_session = std::move(session);
    if (m_session) {
        connect(m_session.get(), &WorkspaceSession::modeChanged, this, [this](Mode mode) {
            if (mode == m_lastMode)
                return;
            m_lastMode = mode;
            emit modeChanged(mode);
        });
        connect(m_session.get(), &WorkspaceSession::messageRaised, this, &SyncController::messageRaised);
        connect(m_session.get(), &WorkspaceSession::capabilitiesChanged, this, &SyncController::capabilitiesChanged);
        if (SyncEngine *engine = m_session->engine()) {
            connect(engine, &SyncEngine::progress, this, [this](int done, int total) {
                if (isCheckingAll())   // import all reports through the same signal
                    emit checkAllProgress(done, total);
            });
            connect(engine, &SyncEngine::importProgress, this, &SyncController::importProgress);
        }
        m_session->setWorkOffline(m_workOffline);
    }
    reconnect();
    if (mode() != m_lastMode) {
        m_lastMode = mode();
        emit modeChanged(m_lastMode);
    }
}

void SyncController::reconnect()
{
    if (m_session)
        m_session->connectToServer();
}

void SyncController::probe()
{
    if (m_session)
        m_session->probe();
}

bool SyncController::canCheck() const
{
    return m_session && m_session->engine() && !m_workOffline && mode() != Mode::Unavailable;
}

void SyncController::setWorkOffline(bool on)
{
    if (on == m_workOffline)
        return;
    m_workOffline = on;
    if (on)
        cancelCheckAll();
    if (m_session)
        m_session->setWorkOffline(on);
}

QString SyncController::host() const
{
    return m_session ? m_session->host() : QString();
}

QString SyncController::offlineText() const
{
    switch (mode()) {
    case Mode::Unreachable:
        return tr("Offline: cannot reach %1. Showing OpenAI state as last fetched.").arg(host());
    case Mode::WorkOffline:
        return tr("Working offline. Showing OpenAI state as last fetched.");
    default:
        return {};
    }
}

QString SyncController::conversationUnavailableReason() const
{
    if (!isAvailable() || !m_session)
        return tr("This window has no server connection.");
    switch (mode()) {
    case Mode::Online:
        return {};
    case Mode::NoKey:
        return tr("No API key: add one in Settings → Connection.");
    case Mode::Connecting:
        return tr("Connecting to the server…");
    default:
        return tr("Not available offline.");
    }
}

std::optional<ServerCapabilities> SyncController::capabilities() const
{
    if (!m_session || !m_services.client)
        return std::nullopt;
    return Capabilities::load(m_session->workspace(), m_services.client->connection().baseUrl);
}

SyncEngine *SyncController::engine() const
{
    return m_session ? m_session->engine() : nullptr;
}

void SyncController::check(const QString &assistantId)
{
    if (!canCheck())
        return;
    auto task = [](std::shared_ptr<WorkspaceSession> s, QString id) -> QCoro::Task<Result<SyncState>> {
        co_return co_await s->engine()->check(id, s->cancelToken());
    }(m_session, assistantId);
    const quint64 generation = m_generation;
    QCoro::connect(std::move(task), this, [this, generation, assistantId](const Result<SyncState> &state) {
        if (generation != m_generation)
            return;
        if (!state && state.error().kind != ErrorKind::Cancelled)
            emit messageRaised(state.error().message);
        emit checkFinished(assistantId);
    });
}

void SyncController::checkAll()
{
    if (!canCheck() || isCheckingAll())
        return;
    auto *token = new OpenAi::CancelToken(this);
    m_checkAllCancel = token;
    // The session's token cancels this run too (workspace switched).
    m_session->cancelWithSession(token);
    // At most as many checks at a time as the client lets requests run (Settings → General, domain.md §4).
    auto task = [](std::shared_ptr<WorkspaceSession> s, QPointer<OpenAi::CancelToken> cancel,
                   int concurrency) -> QCoro::Task<CheckAllSummary> {
        co_return co_await s->engine()->checkAll(concurrency, cancel.data());
    }(m_session, QPointer<OpenAi::CancelToken>(token), m_services.client->concurrency());
    emit checkAllStarted();
    const quint64 generation = m_generation;
    QCoro::connect(std::move(task), this, [this, generation, token](const CheckAllSummary &summary) {
        token->deleteLater();
        if (generation != m_generation)
            return;
        m_checkAllCancel = nullptr;
        emit checkAllFinished(summary);
    });
}

void SyncController::cancelCheckAll()
{
    if (m_checkAllCancel)
        m_checkAllCancel->cancel();
}

QCoro::Task<Result<PushPlan>> SyncController::planPush(QString assistantId)
{
    auto s = m_session;
    if (!s || !s->engine())
        co_return Error{ErrorKind::Refused, tr("No workspace is open."), {}};
    co_return co_await s->engine()->planPush(assistantId, s->cancelToken());
}

QCoro::Task<PushOutcome> SyncController::push(QString assistantId)
{
    auto s = m_session;
    if (!s || !s->engine()) {
        PushOutcome none;
        none.error = tr("No workspace is open.");
        co_return none;
    }
    co_return co_await s->engine()->push(assistantId, s->cancelToken());
}

QCoro::Task<Result<SyncState>> SyncController::pull(QString assistantId)
{
    auto s = m_session;
    if (!s || !s->engine())
        co_return Error{ErrorKind::Refused, tr("No workspace is open."), {}};
    co_return co_await s->engine()->pull(assistantId, s->cancelToken());
}

QCoro::Task<Result<QList<ImportOutcome>>> SyncController::importAll()
{
    auto s = m_session;
    if (!s || !s->engine())
        co_return Error{ErrorKind::Refused, tr("No workspace is open."), {}};
    co_return co_await s->engine()->importAll(s->cancelToken());
}

QCoro::Task<Result<QList<RemoteListingRow>>> SyncController::listForImport(std::shared_ptr<OpenAi::CancelToken> cancel)
{
    auto s = m_session;
    if (!s || !s->engine())
        co_return Error{ErrorKind::Refused, tr("No workspace is open."), {}};
    // The session's token cancels this run too (workspace switched).
    connect(s->cancelToken(), &OpenAi::CancelToken::cancelled, cancel.get(), &OpenAi::CancelToken::cancel);
    co_return co_await s->engine()->listForImport(cancel.get());
}

QCoro::Task<QList<ImportOutcome>> SyncController::importSelected(QStringList remoteIds,
                                                                  std::shared_ptr<OpenAi::CancelToken> cancel)
{
    auto s = m_session;
    if (!s || !s->engine())
        co_return QList<ImportOutcome>{};
    connect(s->cancelToken(), &OpenAi::CancelToken::cancelled, cancel.get(), &OpenAi::CancelToken::cancel);
    co_return co_await s->engine()->importSelected(remoteIds, cancel.get());
}
