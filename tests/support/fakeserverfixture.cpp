#include "fakeserverfixture.h"

#include "openai/assistantwire.h"
#include "openai/connection.h"
#include "testsupport.h"

#include <QJsonArray>
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

FakeServerFixture::RemoteHelpdesk FakeServerFixture::createRemoteHelpdesk(Assistant draft)
{
    using TestWait::run;
    const auto idOf = [](const QJsonObject &o) { return o.value(QStringLiteral("id")).toString(); };
    RemoteHelpdesk out;
    const QString prices = m_dir->filePath(QStringLiteral("prices.csv"));
    const QString faq = m_dir->filePath(QStringLiteral("faq.txt"));
    TestSupport::writeAll(prices, "sku,price\n");
    TestSupport::writeAll(faq, "Q: where?\nA: here.\n");
    auto p = run(m_client->uploadFile(prices, QStringLiteral("prices.csv")));
    auto f = run(m_client->uploadFile(faq, QStringLiteral("faq.txt")));
    if (!p || !f)
        return out;
    out.pricesId = idOf(*p);
    out.faqId = idOf(*f);
    auto store = run(m_client->createVectorStore(QJsonObject{{QStringLiteral("name"), draft.name + QStringLiteral(" - File Search")},
                                                             {QStringLiteral("file_ids"), QJsonArray{out.faqId}}}));
    if (!store)
        return out;
    out.storeId = idOf(*store);
    draft.id = QStringLiteral("remote-origin");
    draft.codeInterpreter = draft.fileSearch = true;
    draft.vectorStoreId = out.storeId;
    auto created = run(m_client->createAssistant(AssistantWire::requestBody(draft, QStringList{out.pricesId})));
    if (created)
        out.assistantId = idOf(*created);
    return out;
}

Assistant FakeServerFixture::createLocalHelpdesk()
{
    auto prices = m_ws->addFile(QStringLiteral("prices.csv"), QByteArray("sku,price\nA1,3\n"));
    auto faq = m_ws->addFile(QStringLiteral("faq.txt"), QByteArray("Q: where?\nA: here.\n"));
    if (!prices || !faq)
        return {};
    Assistant draft = TestSupport::helpdeskDraft();
    draft.codeInterpreter = true;
    draft.codeInterpreterFiles = {prices->id};
    draft.fileSearch = true;
    draft.fileSearchFiles = {faq->id};
    auto created = m_ws->createAssistant(draft);
    return created ? created.value() : Assistant{};
}
