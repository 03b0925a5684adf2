// No duplicates across crashes (domain.md §5.6): the intent of every create is written before the request and
// cleared when its result is stored; a push that finds a leftover intent looks for the object first and adopts it.
// A "crash" here is simulated exactly as it would leave things: the object exists on the fake server, the intent is
// in the workspace, and the record never got the id.
#include "fakeserverfixture.h"
#include "openai/assistantwire.h"
#include "openai/openaiclient.h"
#include "storage/createintents.h"
#include "storage/workspace.h"
#include "sync/syncengine.h"
#include "testsupport.h"
#include "testwait.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace TestSupport;
using TestWait::run;

class tst_CreateIntents : public QObject, protected FakeServerFixture
{
    Q_OBJECT

private:
    QString m_ciFile;
    QString m_fsFile;

    /// "Helpdesk": code interpreter with prices.csv, file search with faq.txt, never pushed.
    Assistant makeLocal()
    {
        const Assistant a = createLocalHelpdesk();
        m_ciFile = a.codeInterpreterFiles.value(0);
        m_fsFile = a.fileSearchFiles.value(0);
        return a;
    }

    int countWithMarker(const QList<QJsonObject> &objects, const QString &marker) const
    {
        int n = 0;
        for (const auto &o : objects)
            n += o.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("assistant_desk_id")).toString() == marker;
        return n;
    }

    int countNamed(const QString &filename) const
    {
        int n = 0;
        for (const auto &f : m_server->files())
            n += f.value(QStringLiteral("filename")).toString() == filename;
        return n;
    }

    int countRequests(const QByteArray &method, const QString &path) const
    {
        return requestsWhere([&](const auto &r) { return r.method == method && r.path == path; });
    }

    QString leaveIntent(const QString &kind, const QString &recordId, const QString &marker, qint64 bytes = 0)
    {
        CreateIntent i;
        i.kind = kind;
        i.recordId = recordId;
        i.marker = marker;
        i.bytes = bytes;
        i.purpose = QStringLiteral("push");
        auto id = CreateIntents::begin(*m_ws, i);
        return id ? id.value() : QString();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { startWithWorkspace(); }

    void cleanup() { stop(); }

    void storageRoundTrip()
    {
        const QString first = leaveIntent(QStringLiteral("file"), QStringLiteral("f1"), QStringLiteral("a.txt"), 12);
        const QString second = leaveIntent(QStringLiteral("assistant"), QStringLiteral("a1"), QStringLiteral("a1"));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        const auto all = CreateIntents::list(*m_ws);
        QCOMPARE(all.size(), 2);
        const auto files = CreateIntents::list(*m_ws, QStringLiteral("file"));
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().recordId, QStringLiteral("f1"));
        QCOMPARE(files.first().marker, QStringLiteral("a.txt"));
        QCOMPARE(files.first().bytes, 12);
        QCOMPARE(files.first().purpose, QStringLiteral("push"));
        QVERIFY(files.first().startedAt.endsWith(QLatin1Char('Z')));
        QVERIFY(CreateIntents::list(*m_ws, {}, {}, QStringLiteral("release")).isEmpty());
        QVERIFY(CreateIntents::end(*m_ws, first));
        QCOMPARE(CreateIntents::list(*m_ws).size(), 1);
        QCOMPARE(CreateIntents::list(*m_ws).first().id, second);
    }

    void everyCreateIsRecordedWhileInFlightAndClearedAfter()
    {
        const Assistant a = makeLocal();
        QVERIFY(!a.id.isEmpty());
        // Answers come late, so the workspace can be looked at while each create is on the wire.
        for (const char *path : {"^/files$", "^/vector_stores$", "^/assistants$"}) {
            FakeOpenAiServer::Fault f;
            f.method = "POST";
            f.path = QRegularExpression(QString::fromLatin1(path));
            f.count = 5;
            f.action = FakeOpenAiServer::Fault::Action::Delay;
            f.delayMs = 150;
            m_server->addFault(f);
        }
        QStringList seenWhileInFlight;
        connect(m_server.get(), &FakeOpenAiServer::requestLogged, this, [&](int index) {
            const auto &r = m_server->requests().at(index);
            if (r.method != "POST")
                return;
            for (const auto &i : CreateIntents::list(*m_ws))
                seenWhileInFlight << r.path + QLatin1Char('>') + i.kind + QLatin1Char(':') + i.recordId;
        });
        const PushOutcome out = run(m_engine->push(a.id));
        QVERIFY2(out.ok, qPrintable(out.error));
        QVERIFY(seenWhileInFlight.contains(QStringLiteral("/v1/files>file:") + m_ciFile));
        QVERIFY(seenWhileInFlight.contains(QStringLiteral("/v1/files>file:") + m_fsFile));
        QVERIFY(seenWhileInFlight.contains(QStringLiteral("/v1/vector_stores>vector_store:") + a.id));
        QVERIFY(seenWhileInFlight.contains(QStringLiteral("/v1/assistants>assistant:") + a.id));
        QVERIFY(CreateIntents::list(*m_ws).isEmpty());
        QCOMPARE(m_server->assistants().size(), 1);
        QCOMPARE(m_server->vectorStores().size(), 1);
        // §3.3: the store is named after the assistant, the same in every UI language.
        QCOMPARE(m_server->vectorStores().constFirst().value(QStringLiteral("name")).toString(),
                 a.name + QStringLiteral(" - File Search"));
        QCOMPARE(m_server->files().size(), 2);
    }

    void leftoversFromAKilledPushAreAdoptedNotDuplicated()
    {
        const Assistant a = makeLocal();
        QVERIFY(!a.id.isEmpty());
        const WorkspaceFile prices = m_ws->file(m_ciFile).value();
        const WorkspaceFile faq = m_ws->file(m_fsFile).value();

        // What a push killed after each create reached the server leaves behind: intent written, object made,
        // id never stored.
        QVERIFY(!leaveIntent(QStringLiteral("file"), prices.id, prices.name, prices.size).isEmpty());
        QVERIFY(!leaveIntent(QStringLiteral("file"), faq.id, faq.name, faq.size).isEmpty());
        QVERIFY(!leaveIntent(QStringLiteral("vector_store"), a.id, a.id).isEmpty());
        QVERIFY(!leaveIntent(QStringLiteral("assistant"), a.id, a.id).isEmpty());
        auto upPrices = run(m_client->uploadFile(prices.localPath, prices.name));
        auto upFaq = run(m_client->uploadFile(faq.localPath, faq.name));
        QVERIFY(upPrices && upFaq);
        const QString faqRemote = upFaq->value(QStringLiteral("id")).toString();
        auto store = run(m_client->createVectorStore(
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Helpdesk - File Search")},
                        {QStringLiteral("file_ids"), QJsonArray{faqRemote}},
                        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("assistant_desk_id"), a.id}}}}));
        QVERIFY(store);
        QHash<QString, QString> remoteByLocal{{prices.id, upPrices->value(QStringLiteral("id")).toString()}};
        Assistant linked = a;
        linked.vectorStoreId = store->value(QStringLiteral("id")).toString();
        auto body = AssistantWire::requestBody(linked, remoteByLocal);
        QVERIFY(body);
        auto remote = run(m_client->createAssistant(body.value()));
        QVERIFY(remote);
        m_server->clearRequests();

        const PushOutcome out = run(m_engine->push(a.id));
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(countRequests("POST", QStringLiteral("/v1/files")), 0);
        QCOMPARE(countRequests("POST", QStringLiteral("/v1/vector_stores")), 0);
        QCOMPARE(countRequests("POST", QStringLiteral("/v1/assistants")), 0);
        QCOMPARE(m_server->assistants().size(), 1);
        QCOMPARE(m_server->vectorStores().size(), 1);
        QCOMPARE(countNamed(QStringLiteral("prices.csv")), 1);
        QCOMPARE(countNamed(QStringLiteral("faq.txt")), 1);
        const Assistant after = m_ws->assistant(a.id).value();
        QCOMPARE(after.remoteId.value_or(QString()), remote->value(QStringLiteral("id")).toString());
        QCOMPARE(after.vectorStoreId.value_or(QString()), store->value(QStringLiteral("id")).toString());
        QCOMPARE(m_ws->file(prices.id)->remoteFileId.value_or(QString()), upPrices->value(QStringLiteral("id")).toString());
        QCOMPARE(m_ws->file(faq.id)->remoteFileId.value_or(QString()), faqRemote);
        QVERIFY(CreateIntents::list(*m_ws).isEmpty());
        QVERIFY(out.state);
        QCOMPARE(out.state->current.status, SyncStatus::InSync);
    }

    void leftoverWithNothingMadeIsClearedAndTheCreateRuns()
    {
        const Assistant a = makeLocal();
        QVERIFY(!leaveIntent(QStringLiteral("assistant"), a.id, a.id).isEmpty());
        QVERIFY(!leaveIntent(QStringLiteral("vector_store"), a.id, a.id).isEmpty());
        const PushOutcome out = run(m_engine->push(a.id));
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(countRequests("POST", QStringLiteral("/v1/assistants")), 1);
        QCOMPARE(m_server->assistants().size(), 1);
        QCOMPARE(m_server->vectorStores().size(), 1);
        QVERIFY(CreateIntents::list(*m_ws).isEmpty());
    }

    void aStoreMadeToReplaceADeadOneIsAdopted()
    {
        // Killed while re-creating a vector store whose old id answers 404: the record still names the dead store.
        Assistant a = makeLocal();
        QVERIFY(m_ws->linkVectorStore(a.id, QStringLiteral("vs_gone")));
        QVERIFY(!leaveIntent(QStringLiteral("vector_store"), a.id, a.id).isEmpty());
        auto store = run(m_client->createVectorStore(
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Helpdesk - File Search")},
                        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("assistant_desk_id"), a.id}}}}));
        QVERIFY(store);
        const PushOutcome out = run(m_engine->push(a.id));
        QVERIFY2(out.ok, qPrintable(out.error));
        QCOMPARE(m_server->vectorStores().size(), 1);
        QCOMPARE(m_ws->assistant(a.id)->vectorStoreId.value_or(QString()), store->value(QStringLiteral("id")).toString());
        QVERIFY(CreateIntents::list(*m_ws).isEmpty());
    }

    void aRefusedCreateClearsItsIntentAnUnknownOneKeepsIt()
    {
        const Assistant a = makeLocal();
        m_server->failNext("POST", QStringLiteral("^/assistants$"), 1, 400);
        PushOutcome refused = run(m_engine->push(a.id));
        QVERIFY(!refused.ok);
        QVERIFY(CreateIntents::list(*m_ws, QStringLiteral("assistant")).isEmpty());

        // 500 on every attempt: the outcome is unknown, so the intent stays for the next run.
        m_server->failNext("POST", QStringLiteral("^/assistants$"), 4, 500);
        PushOutcome unknown = run(m_engine->push(a.id));
        QVERIFY(!unknown.ok);
        QCOMPARE(CreateIntents::list(*m_ws, QStringLiteral("assistant")).size(), 1);

        PushOutcome retried = run(m_engine->push(a.id));
        QVERIFY2(retried.ok, qPrintable(retried.error));
        QCOMPARE(m_server->assistants().size(), 1);
        QCOMPARE(countWithMarker(m_server->assistants(), a.id), 1);
        QVERIFY(CreateIntents::list(*m_ws).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CreateIntents)
#include "tst_createintents.moc"
