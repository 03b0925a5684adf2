// What the server supports and keeps: the read-only probe against the fake server in its fault modes,
// the record in the workspace, and a push to a server that drops top_p and metadata.
#include "fakeserverfixture.h"
#include "openai/openaiclient.h"
#include "storage/workspace.h"
#include "sync/servercapabilities.h"
#include "sync/syncengine.h"
#include "testsupport.h"
#include "testwait.h"

#include <QStandardPaths>
#include <QTest>

using namespace TestSupport;
using TestWait::run;
using Support = ServerCapabilities::Support;

class tst_ServerCapabilities : public QObject, protected FakeServerFixture
{
    Q_OBJECT

private:
    int m_counter = 0;

    std::unique_ptr<Workspace> workspace() { return connectedWorkspace(QStringLiteral("caps%1.adesk").arg(++m_counter)); }

    /// Creates `draft` in `ws` with top_p 0.5 and the metadata team=support (the fields a dropping server does not
    /// keep), then pushes it. A failed create is a failed outcome with the create's error.
    PushOutcome pushNew(Workspace &ws, Assistant draft)
    {
        draft.topP = 0.5;
        draft.metadata.insert(QStringLiteral("team"), QStringLiteral("support"));
        auto created = ws.createAssistant(draft);
        if (!created) {
            PushOutcome failed;
            failed.error = created.error().message;
            return failed;
        }
        SyncEngine engine(ws, *m_client);
        return run(engine.push(created->id));
    }

    bool onlyReads() const
    {
        return requestsWhere([](const auto &r) { return r.method != "GET"; }) == 0;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { startServer({.timeout = std::chrono::milliseconds(5000)}); }

    void cleanup() { stop(); }

    void fullServerSupportsEverything()
    {
        m_server->addVectorStore(QStringLiteral("store"), {});
        auto c = run(Capabilities::probe(*m_client));
        QVERIFY2(c, qPrintable(c ? QString() : c.error().message));
        QCOMPARE(c->baseUrl, m_server->baseUrl());
        QCOMPARE(c->assistants, Support::Yes);
        QCOMPARE(c->vectorStores, Support::Yes);
        QCOMPARE(c->fileBatches, Support::Yes);
        QCOMPARE(c->models, Support::Yes);
        QCOMPARE(c->modelCount, 4);
        QVERIFY(!c->probedAt.isEmpty());
        QVERIFY(onlyReads());
        QCOMPARE(c->summaryLines(), (QStringList{QStringLiteral("Assistants API: yes"), QStringLiteral("Vector stores: yes"),
                                                QStringLiteral("File batches: yes"), QStringLiteral("Models list: yes (4)")}));
    }

    void withoutAnyStoreFileBatchesStayUnknown()
    {
        auto c = run(Capabilities::probe(*m_client));
        QVERIFY(c);
        QCOMPARE(c->fileBatches, Support::Unknown);
        QVERIFY(onlyReads());
    }

    void serverWithoutAssistantsApi()
    {
        m_server->setAssistantsApiMissing(true);
        auto c = run(Capabilities::probe(*m_client));
        QVERIFY2(c, qPrintable(c ? QString() : c.error().message));
        QCOMPARE(c->assistants, Support::No);
        QCOMPARE(c->vectorStores, Support::Yes);
        QCOMPARE(c->models, Support::Yes);
        QCOMPARE(c->summaryLines().first(), QStringLiteral("Assistants API: no"));
    }

    void serverWithoutFileBatches()
    {
        m_server->addVectorStore(QStringLiteral("store"), {});
        m_server->setFileBatchesMissing(true);
        auto c = run(Capabilities::probe(*m_client));
        QVERIFY(c);
        QCOMPARE(c->fileBatches, Support::No);
        QCOMPARE(c->vectorStores, Support::Yes);
    }

    void knownAssistantsAnswerIsNotAskedAgain()
    {
        auto c = run(Capabilities::probe(*m_client, nullptr, false));
        QVERIFY(c);
        QCOMPARE(c->assistants, Support::No);
        for (const auto &r : m_server->requests())
            QVERIFY2(r.path != QStringLiteral("/v1/assistants"), qPrintable(r.path));
    }

    void rejectedKeyTellsNothing()
    {
        m_client->setApiKey(QStringLiteral("sk-wrong"));
        auto c = run(Capabilities::probe(*m_client));
        QVERIFY(!c);
        QCOMPARE(c.error().message, QStringLiteral("The server rejected the API key (401). Check Settings → Connection."));
    }

    void storedPerServerAndKeepsWhatPushesTold()
    {
        auto ws = workspace();
        QVERIFY(ws);
        QVERIFY(!Capabilities::load(*ws, m_server->baseUrl()));
        QVERIFY(Capabilities::recordFieldsKept(*ws, m_server->baseUrl(), {QStringLiteral("top_p")}));
        auto c = run(Capabilities::probe(*m_client));
        QVERIFY(c);
        QVERIFY(Capabilities::store(*ws, c.value()));
        const auto loaded = Capabilities::load(*ws, m_server->baseUrl());
        QVERIFY(loaded);
        QCOMPARE(loaded->assistants, Support::Yes);
        QCOMPARE(loaded->probedAt, c->probedAt);
        // The probe does not forget what the last push told.
        QCOMPARE(loaded->fieldsNotKept, std::optional<QStringList>(QStringList{QStringLiteral("top_p")}));
        QCOMPARE(loaded->summaryLines().last(), QStringLiteral("Fields not kept: top_p"));
        QVERIFY(!Capabilities::load(*ws, QStringLiteral("http://127.0.0.1:9/v1")));
        QVERIFY(Capabilities::recordFieldsKept(*ws, m_server->baseUrl(), {}));
        QCOMPARE(Capabilities::load(*ws, m_server->baseUrl())->summaryLines().last(),
                 QStringLiteral("Fields kept: all that the last push sent"));
        QCOMPARE(Capabilities::load(*ws, m_server->baseUrl())->models, Support::Yes);
    }

    void pushReportsFieldsTheServerDidNotKeep()
    {
        m_server->setDroppedFields({QStringLiteral("top_p"), QStringLiteral("metadata")});
        auto ws = workspace();
        QVERIFY(ws);
        Assistant draft = helpdeskDraft();
        draft.temperature = 0.7;
        const PushOutcome outcome = pushNew(*ws, draft);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QStringList notKept = outcome.notKept;
        notKept.sort();
        QCOMPARE(notKept, (QStringList{QStringLiteral("metadata"), QStringLiteral("top_p")}));
        // What the server holds: its defaults, not what was sent.
        QCOMPARE(m_server->assistants().size(), 1);
        QCOMPARE(m_server->assistants().first().value(QStringLiteral("top_p")).toDouble(), 1.0);
        QVERIFY(m_server->assistants().first().value(QStringLiteral("metadata")).toObject().isEmpty());
        QCOMPARE(m_server->assistants().first().value(QStringLiteral("temperature")).toDouble(), 0.7);
        // Recorded as a capability of this server.
        const auto caps = Capabilities::load(*ws, m_server->baseUrl());
        QVERIFY(caps && caps->fieldsNotKept);
        QStringList recorded = *caps->fieldsNotKept;
        recorded.sort();
        QCOMPARE(recorded, notKept);
    }

    void pushToAServerThatKeepsEverythingReportsNothing()
    {
        auto ws = workspace();
        QVERIFY(ws);
        const PushOutcome outcome = pushNew(*ws, namedAssistant(QStringLiteral("Helpdesk")));
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(outcome.notKept.isEmpty());
        const auto caps = Capabilities::load(*ws, m_server->baseUrl());
        QVERIFY(caps && caps->fieldsNotKept && caps->fieldsNotKept->isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ServerCapabilities)
#include "tst_servercapabilities.moc"
