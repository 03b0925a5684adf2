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

namespace {
constexpr int ReprobeIntervalMs = 30000;

/// No HTTP answer at all (connection refused, host not found, timeout): the server is unreachable (§8).
bool isUnreachable(const Error &error)
{
    return error.kind == ErrorKind::Network && (!error.api || error.api->httpStatus == 0);
}
} // namespace

// Declaration order matters: the engine and tokens go before the workspace they point at.
struct SyncController::Session {
    std::unique_ptr<Workspace> owned;   // set by retire(): the window has let go of it
    Workspace *workspace = nullptr;
    std::unique_ptr<SyncEngine> engine;
    std::unique_ptr<OpenAi::CancelToken> cancel;
    bool capabilitiesProbed = false;   // once per connection (issue 7)
};

SyncController::SyncController(SyncServices services, QObject *parent)
    : QObject(parent), m_services(services), m_probeTimer(new QTimer(this))
{
    m_probeTimer->setInterval(ReprobeIntervalMs);
    connect(m_probeTimer, &QTimer::timeout, this, &SyncController::probe);
}

SyncController::~SyncController()
{
    if (m_session)
        m_session->cancel->cancel();
}

void SyncController::setWorkspace(Workspace *workspace)
{
    ++m_generation;
    m_probeTimer->stop();
    if (m_checkAllCancel)
        m_checkAllCancel->cancel();
    m_checkAllCancel = nullptr;
    if (m_session) {
        m_session->cancel->cancel();
        m_previous = std::move(m_session);
    }
    m_keyReady = false;
    if (!workspace || !isAvailable()) {
        setMode(Mode::Unavailable);
        return;
    }
    m_session = std::make_shared<Session>();
    m_session->workspace = workspace;
    m_session->engine = std::make_unique<SyncEngine>(*workspace, *m_services.client);
    m_session->cancel = std::make_unique<OpenAi::CancelToken>();
    connect(m_session->engine.get(), &SyncEngine::progress, this, [this](int done, int total) {
        if (isCheckingAll())   // import all reports through the same signal
            emit checkAllProgress(done, total);
    });
    connect(m_session->engine.get(), &SyncEngine::importProgress, this, &SyncController::importProgress);
    reconnect();
}

void SyncController::retire(std::unique_ptr<Workspace> workspace)
{
    if (m_previous && m_previous->workspace == workspace.get())
        m_previous->owned = std::move(workspace);
    // Running tasks hold their own reference; without any, the session and workspace go now.
    m_previous.reset();
}

void SyncController::reconnect()
{
    if (!m_session)
        return;
    auto connection = OpenAi::Connection::load(*m_session->workspace);
    if (!connection) {
        emit messageRaised(connection.error().message);
        setMode(Mode::Unreachable);
        return;
    }
    m_services.client->setConnection(connection.value());
    m_services.client->setApiKey(QString());
    m_session->capabilitiesProbed = false;
    m_keyReady = false;
    setMode(m_workOffline ? Mode::WorkOffline : Mode::Connecting);
    lookUpKey();
}

void SyncController::lookUpKey()
{
    const quint64 generation = m_generation;
    // Before the user chose a server (a fresh workspace on the default) a missing key is no news: the welcome
    // page and File → Connect offer the way in.
    const bool configured = m_session && OpenAi::Connection::isConfigured(*m_session->workspace);
    QCoro::connect(OpenAi::lookupApiKey(m_services.client->connection(), *m_services.secrets), this,
                   [this, generation, configured](const Result<QString> &key) {
                       if (generation != m_generation)
                           return;
                       if (!key) {
                           if (configured)
                               emit messageRaised(key.error().message);
                           setMode(m_workOffline ? Mode::WorkOffline : Mode::NoKey);
                           return;
                       }
                       m_services.client->setApiKey(key.value());
                       m_keyReady = true;
                       if (!m_workOffline)
                           probe();
                   });
}

void SyncController::probe()
{
    if (!m_session || m_workOffline || !m_keyReady)
        return;
    const quint64 generation = m_generation;
    auto session = m_session;
    auto task = [](std::shared_ptr<Session> s, OpenAi::OpenAiClient *client) -> QCoro::Task<Result<QJsonObject>> {
        co_return co_await client->probeAssistantsApi(s->cancel.get());
    }(session, m_services.client);
    QCoro::connect(std::move(task), this, [this, generation](const Result<QJsonObject> &result) {
        if (generation == m_generation)
            onProbed(result);
    });
}

void SyncController::onProbed(const Result<QJsonObject> &result)
{
    if (m_workOffline)
        return;
    if (!result && result.error().kind == ErrorKind::Cancelled)
        return;
    if (!result && isUnreachable(result.error())) {
        qCInfo(lcSync) << "server unreachable:" << result.error().message;
        setMode(Mode::Unreachable);
        m_probeTimer->start();
        return;
    }
    m_probeTimer->stop();
    // Any HTTP answer means online; 401 and friends are worth telling (the "No Assistants API" badge comes from
    // the checks themselves).
    if (!result && result.error().api && result.error().api->httpStatus != 404)
        emit messageRaised(result.error().message);
    setMode(Mode::Online);
    // Only a clear answer tells whether the Assistants API is there (a 401 tells nothing).
    if (result || (result.error().api && result.error().api->httpStatus == 404))
        probeCapabilities(result.ok());
}

void SyncController::probeCapabilities(bool assistantsApi)
{
    // What the server supports, recorded in the workspace for Settings → Connection (issue 7). Read only; once per
    // connection, in the background; a failure leaves the previous record.
    if (!m_session || m_session->capabilitiesProbed)
        return;
    m_session->capabilitiesProbed = true;
    auto task = [](std::shared_ptr<Session> s, OpenAi::OpenAiClient *client, bool assistants) -> QCoro::Task<void> {
        auto capabilities = co_await Capabilities::probe(*client, s->cancel.get(), assistants);
        if (!capabilities || s->cancel->isCancelled())
            co_return;
        if (Status stored = Capabilities::store(*s->workspace, capabilities.value()); !stored)
            qCWarning(lcSync) << "cannot store the server capabilities:" << stored.error().message;
    }(m_session, m_services.client, assistantsApi);
    QCoro::connect(std::move(task), this, [] {});
}

void SyncController::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    emit modeChanged(mode);
}

bool SyncController::canCheck() const
{
    return m_session && !m_workOffline && m_mode != Mode::Unavailable;
}

void SyncController::setWorkOffline(bool on)
{
    if (on == m_workOffline)
        return;
    m_workOffline = on;
    if (on) {
        m_probeTimer->stop();
        cancelCheckAll();
        setMode(m_session ? Mode::WorkOffline : Mode::Unavailable);
        return;
    }
    if (!m_session) {
        setMode(Mode::Unavailable);
        return;
    }
    setMode(Mode::Connecting);
    if (m_keyReady)
        probe();
    else
        lookUpKey();
}

QString SyncController::host() const
{
    return m_services.client ? m_services.client->connection().host() : QString();
}

QString SyncController::offlineText() const
{
    switch (m_mode) {
    case Mode::Unreachable:
        return tr("Offline: cannot reach %1. Showing OpenAI state as last fetched.").arg(host());
    case Mode::WorkOffline:
        return tr("Working offline. Showing OpenAI state as last fetched.");
    default:
        return {};
    }
}

SyncEngine *SyncController::engine() const
{
    return m_session ? m_session->engine.get() : nullptr;
}

void SyncController::check(const QString &assistantId)
{
    if (!canCheck())
        return;
    auto task = [](std::shared_ptr<Session> s, QString id) -> QCoro::Task<Result<SyncState>> {
        co_return co_await s->engine->check(id, s->cancel.get());
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
    connect(m_session->cancel.get(), &OpenAi::CancelToken::cancelled, token, &OpenAi::CancelToken::cancel);
    // At most as many checks at a time as the client lets requests run (Settings → General, domain.md §4).
    auto task = [](std::shared_ptr<Session> s, QPointer<OpenAi::CancelToken> cancel,
                   int concurrency) -> QCoro::Task<CheckAllSummary> {
        co_return co_await s->engine->checkAll(concurrency, cancel.data());
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
    if (!s)
        co_return Error{ErrorKind::Refused, tr("No workspace is open."), {}};
    co_return co_await s->engine->planPush(assistantId, s->cancel.get());
}

QCoro::Task<PushOutcome> SyncController::push(QString assistantId)
{
    auto s = m_session;
    if (!s) {
        PushOutcome none;
        none.error = tr("No workspace is open.");
        co_return none;
    }
    co_return co_await s->engine->push(assistantId, s->cancel.get());
}

QCoro::Task<Result<SyncState>> SyncController::pull(QString assistantId)
{
    auto s = m_session;
    if (!s)
        co_return Error{ErrorKind::Refused, tr("No workspace is open."), {}};
    co_return co_await s->engine->pull(assistantId, s->cancel.get());
}

QCoro::Task<Result<QList<ImportOutcome>>> SyncController::importAll()
{
    auto s = m_session;
    if (!s)
        co_return Error{ErrorKind::Refused, tr("No workspace is open."), {}};
    co_return co_await s->engine->importAll(s->cancel.get());
}

QCoro::Task<Result<QList<RemoteListingRow>>> SyncController::listForImport(std::shared_ptr<OpenAi::CancelToken> cancel)
{
    auto s = m_session;
    if (!s)
        co_return Error{ErrorKind::Refused, tr("No workspace is open."), {}};
    // The session's token cancels this run too (workspace switched).
    connect(s->cancel.get(), &OpenAi::CancelToken::cancelled, cancel.get(), &OpenAi::CancelToken::cancel);
    co_return co_await s->engine->listForImport(cancel.get());
}

QCoro::Task<QList<ImportOutcome>> SyncController::importSelected(QStringList remoteIds,
                                                                  std::shared_ptr<OpenAi::CancelToken> cancel)
{
    auto s = m_session;
    if (!s)
        co_return QList<ImportOutcome>{};
    connect(s->cancel.get(), &OpenAi::CancelToken::cancelled, cancel.get(), &OpenAi::CancelToken::cancel);
    co_return co_await s->engine->importSelected(remoteIds, cancel.get());
}
