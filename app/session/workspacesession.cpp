#include "session/workspacesession.h"

#include "archive/deletionqueue.h"
#include "core/logging.h"
#include "openai/apierror.h"
#include "openai/apikey.h"
#include "openai/connection.h"
#include "openai/openaiclient.h"
#include "secrets/secretstore.h"
#include "storage/workspace.h"
#include "sync/servercapabilities.h"
#include "sync/syncengine.h"
#include "versions/releaser.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>

namespace {
constexpr int ReprobeIntervalMs = 30000;

/// No HTTP answer at all (connection refused, host not found, timeout): the server is unreachable (§8).
bool isUnreachable(const Error &error)
{
    return error.kind == ErrorKind::Network && (!error.api || error.api->httpStatus == 0);
}
} // namespace

WorkspaceSession::WorkspaceSession(std::unique_ptr<Workspace> owned, Workspace &workspace, Services services)
    : m_ownedWorkspace(std::move(owned)),
      m_workspace(&workspace),
      m_client(services.client),
      m_secrets(services.secrets),
      m_cancel(std::make_unique<OpenAi::CancelToken>()),
      m_probeTimer(new QTimer(this))
{
    if (!m_client && m_secrets) {
        QNetworkAccessManager *network = services.network;
        if (!network) {
            m_ownedNetwork = std::make_unique<QNetworkAccessManager>();
            network = m_ownedNetwork.get();
        }
        m_ownedClient = std::make_unique<OpenAi::OpenAiClient>(network);
        m_client = m_ownedClient.get();
    }
    if (m_client) {
        m_engine = std::make_unique<SyncEngine>(*m_workspace, *m_client);
        m_deletionQueue = std::make_unique<DeletionQueue>(*m_workspace, *m_client);
        m_deletionQueue->bindToSession([this]() -> std::shared_ptr<void> { return weak_from_this().lock(); },
                                       m_cancel.get());
    }
    m_releaser = std::make_unique<Releaser>(*m_workspace, m_client);
    m_probeTimer->setInterval(ReprobeIntervalMs);
    connect(m_probeTimer, &QTimer::timeout, this, &WorkspaceSession::probe);
}

std::shared_ptr<WorkspaceSession> WorkspaceSession::make(std::unique_ptr<Workspace> owned, Workspace &workspace,
                                                         Services services)
{
    return std::shared_ptr<WorkspaceSession>(new WorkspaceSession(std::move(owned), workspace, services));
}

std::shared_ptr<WorkspaceSession> WorkspaceSession::create(std::unique_ptr<Workspace> workspace, Services services)
{
    Workspace &ws = *workspace;
    return make(std::move(workspace), ws, services);
}

std::shared_ptr<WorkspaceSession> WorkspaceSession::borrow(Workspace &workspace, Services services)
{
    return make(nullptr, workspace, services);
}

Result<std::shared_ptr<WorkspaceSession>> WorkspaceSession::open(const QString &path, Services services)
{
    auto ws = Workspace::open(path);
    if (!ws)
        return ws.error();
    return create(std::move(ws).value(), services);
}

WorkspaceSession::~WorkspaceSession()
{
    m_cancel->cancel();
    qCDebug(lcSync) << "session closed:" << m_workspace->path();
}

void WorkspaceSession::cancelWithSession(OpenAi::CancelToken *token) const
{
    if (!token)
        return;
    if (m_closed) {
        token->cancel();
        return;
    }
    connect(m_cancel.get(), &OpenAi::CancelToken::cancelled, token, &OpenAi::CancelToken::cancel);
}

void WorkspaceSession::close()
{
    if (m_closed)
        return;
    m_closed = true;
    ++m_generation;
    m_probeTimer->stop();
    m_cancel->cancel();
    setMode(Mode::Unavailable);
}

void WorkspaceSession::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    emit modeChanged(mode);
}

void WorkspaceSession::connectToServer()
{
    if (m_closed || !m_client || !m_secrets) {
        setMode(Mode::Unavailable);
        return;
    }
    ++m_generation;
    m_probeTimer->stop();
    auto connection = OpenAi::Connection::load(*m_workspace);
    if (!connection) {
        emit messageRaised(connection.error().message);
        setMode(Mode::Unreachable);
        return;
    }
    m_client->setConnection(connection.value());
    m_client->setApiKey(QString());
    m_capabilitiesProbed = false;
    m_keyReady = false;
    setMode(m_workOffline ? Mode::WorkOffline : Mode::Connecting);
    lookUpKey();
}

void WorkspaceSession::lookUpKey()
{
    const quint64 generation = m_generation;
    // Before the user chose a server (a fresh workspace on the default) a missing key is no news: the welcome
    // page and File → Connect offer the way in.
    const bool configured = OpenAi::Connection::isConfigured(*m_workspace);
    QCoro::connect(OpenAi::lookupApiKey(m_client->connection(), *m_secrets), this,
                   [this, generation, configured](const Result<QString> &key) {
                       if (generation != m_generation)
                           return;
                       if (!key) {
                           if (configured)
                               emit messageRaised(key.error().message);
                           setMode(m_workOffline ? Mode::WorkOffline : Mode::NoKey);
                           return;
                       }
                       m_client->setApiKey(key.value());
                       m_keyReady = true;
                       if (!m_workOffline)
                           probe();
                   });
}

QCoro::Task<Status> WorkspaceSession::attachKey()
{
    auto self = shared_from_this();
    if (!m_client || !m_secrets)
        co_return Error{ErrorKind::Refused, QCoreApplication::translate("WorkspaceSession", "No server features here."), {}};
    auto connection = OpenAi::Connection::load(*m_workspace);
    if (!connection)
        co_return connection.error();
    m_client->setConnection(connection.value());
    auto key = co_await OpenAi::lookupApiKey(connection.value(), *m_secrets);
    if (!key)
        co_return key.error();
    m_client->setApiKey(key.value());
    m_keyReady = true;
    co_return Status();
}

void WorkspaceSession::probe()
{
    if (m_closed || m_workOffline || !m_keyReady)
        return;
    const quint64 generation = m_generation;
    auto task = [](std::shared_ptr<WorkspaceSession> s) -> QCoro::Task<Result<QJsonObject>> {
        co_return co_await s->m_client->probeAssistantsApi(s->m_cancel.get());
    }(shared_from_this());
    QCoro::connect(std::move(task), this, [this, generation](const Result<QJsonObject> &result) {
        if (generation == m_generation)
            onProbed(result);
    });
}

void WorkspaceSession::onProbed(const Result<QJsonObject> &result)
{
    if (m_workOffline || m_closed)
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

void WorkspaceSession::probeCapabilities(bool assistantsApi)
{
    // What the server supports, recorded in the workspace for Settings → Connection. Read only; once per
    // connection, in the background; a failure leaves the previous record.
    if (m_capabilitiesProbed)
        return;
    m_capabilitiesProbed = true;
    auto task = [](std::shared_ptr<WorkspaceSession> s, bool assistants) -> QCoro::Task<void> {
        auto capabilities = co_await Capabilities::probe(*s->m_client, s->m_cancel.get(), assistants);
        if (!capabilities || s->m_cancel->isCancelled())
            co_return;
        if (Status stored = Capabilities::store(*s->m_workspace, capabilities.value()); !stored)
            qCWarning(lcSync) << "cannot store the server capabilities:" << stored.error().message;
        else
            emit s->capabilitiesChanged();
    }(shared_from_this(), assistantsApi);
    QCoro::connect(std::move(task), this, [] {});
}

void WorkspaceSession::setWorkOffline(bool on)
{
    if (on == m_workOffline)
        return;
    m_workOffline = on;
    if (m_closed || !m_client || !m_secrets)
        return;
    if (on) {
        m_probeTimer->stop();
        setMode(Mode::WorkOffline);
        return;
    }
    setMode(Mode::Connecting);
    if (m_keyReady)
        probe();
    else
        lookUpKey();
}

QString WorkspaceSession::host() const
{
    return m_client ? m_client->connection().host() : QString();
}
