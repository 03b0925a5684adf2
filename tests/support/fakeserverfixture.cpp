#include "fakeserverfixture.h"

#include "openai/connection.h"
#include "testsupport.h"

#include <QTest>

void FakeServerFixture::startServer(const ClientSetup &setup)
{
    stop();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<FakeOpenAiServer>();
    QVERIFY(m_server->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<OpenAi::OpenAiClient>(m_nam.get());
    if (setup.connected)
        connectClient();
    if (setup.recordWaits)
        m_client->setSleeper(&m_sleeper);
    if (setup.timeout.count() > 0)
        m_client->setTimeout(setup.timeout);
}

void FakeServerFixture::startWithWorkspace(const QString &name, const ClientSetup &setup, bool withEngine)
{
    startServer(setup);
    if (QTest::currentTestFailed())
        return;
    m_wsName = name;
    openFixtureWorkspace(withEngine);
}

void FakeServerFixture::reopenWorkspace()
{
    const bool withEngine = m_engine != nullptr;
    m_engine.reset();
    m_ws.reset();
    openFixtureWorkspace(withEngine);
}

void FakeServerFixture::openFixtureWorkspace(bool withEngine)
{
    m_ws = TestSupport::openWorkspace(*m_dir, m_wsName);
    QVERIFY(m_ws);
    if (withEngine)
        m_engine = std::make_unique<SyncEngine>(*m_ws, *m_client);
}

void FakeServerFixture::stop()
{
    m_engine.reset();
    m_ws.reset();
    m_client.reset();
    m_nam.reset();
    m_server.reset();
    m_dir.reset();
}

void FakeServerFixture::connectClient()
{
    m_client->setConnection(OpenAi::Connection::make(m_server->baseUrl()).value());
    m_client->setApiKey(m_server->apiKey());
}

std::unique_ptr<Workspace> FakeServerFixture::connectedWorkspace(const QString &name) const
{
    auto ws = TestSupport::openWorkspace(*m_dir, name);
    if (ws && !OpenAi::Connection::make(m_server->baseUrl()).value().save(*ws)) {
        qWarning("cannot save the connection of %s", qPrintable(name));
        return nullptr;
    }
    return ws;
}

int FakeServerFixture::requestsWhere(const std::function<bool(const FakeOpenAiServer::LoggedRequest &)> &which) const
{
    int n = 0;
    for (const auto &r : m_server->requests())
        n += which(r) ? 1 : 0;
    return n;
}
