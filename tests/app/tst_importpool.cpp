// Import and check at the network's limit: import runs in the same bounded pool as Check all, reads every
// file's name from one /files listing, and the client backs off together when the server rate-limits it.
#include "fakeserverfixture.h"
#include "openai/openaiclient.h"
#include "storage/workspace.h"
#include "sync/servercapabilities.h"
#include "sync/syncengine.h"
#include "testsupport.h"
#include "testwait.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;
using TestWait::run;

class tst_ImportPool : public QObject, protected FakeServerFixture
{
    Q_OBJECT
private:

    /// `count` assistants asst_P<i>, each with code-interpreter file file-C<i> and store vs_P<i> of `perStore`
    /// files file-S<i>-<j>; fixed ids, so the seeded faults are the same in every run.
    void seedAssistants(int count, int perStore)
    {
        for (int i = 0; i < count; ++i) {
            QStringList ids;
            for (int j = 0; j < perStore; ++j)
                ids << m_server->addFile(u"doc-%1-%2.txt"_s.arg(i).arg(j), QByteArray("content ") + QByteArray::number(j),
                                         u"file-S%1x%2"_s.arg(i).arg(j));
            const QString ci = m_server->addFile(u"table-%1.csv"_s.arg(i), "a,b\n1,2\n", u"file-C%1"_s.arg(i));
            const QString store = m_server->addVectorStore(u"Assistant %1 - File Search"_s.arg(i), ids, 0, u"vs_P%1"_s.arg(i));
            m_server->addAssistant(QJsonObject{
                {u"id"_s, u"asst_P%1"_s.arg(i)},
                {u"name"_s, u"Assistant %1"_s.arg(i)},
                {u"model"_s, u"gpt-4o"_s},
                {u"tools"_s, QJsonArray{QJsonObject{{u"type"_s, u"code_interpreter"_s}}, QJsonObject{{u"type"_s, u"file_search"_s}}}},
                {u"tool_resources"_s,
                 QJsonObject{{u"code_interpreter"_s, QJsonObject{{u"file_ids"_s, QJsonArray{ci}}}},
                             {u"file_search"_s, QJsonObject{{u"vector_store_ids"_s, QJsonArray{store}}}}}}});
        }
    }

    int countRequests(const QByteArray &method, const QString &pattern) const
    {
        const QRegularExpression re(pattern);
        return requestsWhere([&](const auto &r) { return r.method == method && re.match(r.path).hasMatch(); });
    }

    /// A never-pushed assistant "Bulk" with one code-interpreter file and `storeFiles` file-search files.
    Assistant makeBulk(int storeFiles)
    {
        Assistant draft = namedAssistant(u"Bulk"_s);
        draft.codeInterpreter = true;
        draft.fileSearch = true;
        auto table = m_ws->addFile(u"table.csv"_s, QByteArray(4000, 'x'));
        if (!table)
            return {};
        draft.codeInterpreterFiles = {table->id};
        for (int j = 0; j < storeFiles; ++j) {
            auto f = m_ws->addFile(u"doc-%1.txt"_s.arg(j), QByteArray(1000 + j, char('a' + j % 26)));
            if (!f)
                return {};
            draft.fileSearchFiles << f->id;
        }
        auto created = m_ws->createAssistant(draft);
        return created ? created.value() : Assistant{};
    }

    void setBatches(ServerCapabilities::Support support)
    {
        ServerCapabilities c;
        c.baseUrl = m_client->connection().baseUrl;
        c.probedAt = u"2026-12-04T12:00:00Z"_s;
        c.assistants = c.vectorStores = ServerCapabilities::Support::Yes;
        c.fileBatches = support;
        QVERIFY(Capabilities::store(*m_ws, c));
    }

    /// The client's `concurrency` and the server's `latencyMs`, and a fresh request log and peak of concurrent
    /// requests, for what comes next.
    void startMeasuring(int concurrency, int latencyMs)
    {
        m_client->setConcurrency(concurrency);
        m_server->setLatency(latencyMs);
        m_server->clearRequests();
        m_server->resetMaxConcurrent();
    }

    /// Since startMeasuring(): more than one request at a time, never more than `concurrency`.
    void verifyRanInPool(int concurrency)
    {
        QVERIFY2(m_server->maxConcurrent() <= concurrency, qPrintable(QString::number(m_server->maxConcurrent())));
        QVERIFY2(m_server->maxConcurrent() > 1, qPrintable(QString::number(m_server->maxConcurrent())));
    }

    /// After a push of makeBulk(n): it succeeded, the store holds every file, the record is in sync.
    void verifyPushed(const PushOutcome &outcome, const Assistant &local, int storeFiles)
    {
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        const Assistant a = m_ws->assistant(local.id).value();
        QVERIFY(a.remoteId && a.vectorStoreId);
        QCOMPARE(m_server->vectorStoreFiles(*a.vectorStoreId).size(), storeFiles);
        QCOMPARE(m_ws->syncState(a.id).current.status, SyncStatus::InSync);
    }

    /// The files a push added to the store since the request log was cleared: `batches` file batches and `singles`
    /// files one by one.
    void verifyStoreAdds(int batches, int singles)
    {
        QCOMPARE(countRequests("POST", u"^/v1/vector_stores/[^/]+/file_batches$"_s), batches);
        QCOMPARE(countRequests("POST", u"^/v1/vector_stores/[^/]+/files$"_s), singles);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { startWithWorkspace(u"pool.adesk"_s, {.timeout = std::chrono::milliseconds(5000)}); }

    void cleanup() { stop(); }

    void importReadsFileNamesFromOneListingWithinTheLimit()
    {
        seedAssistants(30, 5);
        startMeasuring(4, 20);
        auto outcomes = run(m_engine->importAll());
        QVERIFY(outcomes);
        QCOMPARE(outcomes->size(), 30);
        for (const ImportOutcome &o : *outcomes)
            QVERIFY2(o.ok && !o.alreadyLinked, qPrintable(o.message));

        // One listing of the assistants (one page), one of /files, then per assistant its retrieve and its store's
        // file listing; never GET /files/{id}, since the listing named every file.
        QCOMPARE(countRequests("GET", u"^/v1/assistants$"_s), 1);
        QCOMPARE(countRequests("GET", u"^/v1/files$"_s), 1);
        QCOMPARE(countRequests("GET", u"^/v1/files/.+"_s), 0);
        QCOMPARE(countRequests("GET", u"^/v1/assistants/asst_P\\d+$"_s), 30);
        QCOMPARE(countRequests("GET", u"^/v1/vector_stores/vs_P\\d+/files$"_s), 30);
        QCOMPARE(m_server->requests().size(), 62);
        // It ran in the pool: more than one at a time, never more than the concurrency.
        verifyRanInPool(4);

        // Every record carries its names and sizes from the listing, and is in sync.
        QCOMPARE(m_ws->assistants().size(), 30);
        QCOMPARE(m_ws->files().size(), 30 * 6);
        for (const auto &f : m_ws->files()) {
            QVERIFY2(f.name.startsWith(u"doc-"_s) || f.name.startsWith(u"table-"_s), qPrintable(f.name));
            QVERIFY(f.size > 0);
        }
        for (const auto &a : m_ws->assistants())
            QCOMPARE(m_ws->syncState(a.id).current.status, SyncStatus::InSync);

        // A second run imports nothing and creates nothing.
        auto again = run(m_engine->importAll());
        QVERIFY(again);
        QCOMPARE(again->size(), 30);
        for (const ImportOutcome &o : *again)
            QVERIFY2(o.ok && o.alreadyLinked, qPrintable(o.message));
        QCOMPARE(m_ws->assistants().size(), 30);
        QCOMPARE(m_ws->files().size(), 30 * 6);
    }

    void fileMissingFromTheListingIsReadById()
    {
        seedAssistants(2, 1);
        // A fine-tune file is not in /files?purpose=assistants: import reads that one by id.
        m_server->seedOrphanScenario();
        auto outcome = run(m_engine->importRemote(u"asst_P0"_s));
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        m_server->clearRequests();
        const QString tune = u"file-TUNE"_s;
        m_server->addAssistant(QJsonObject{
            {u"id"_s, u"asst_TUNED"_s}, {u"name"_s, u"Tuned"_s}, {u"model"_s, u"gpt-4o"_s},
            {u"tools"_s, QJsonArray{QJsonObject{{u"type"_s, u"code_interpreter"_s}}}},
            {u"tool_resources"_s, QJsonObject{{u"code_interpreter"_s, QJsonObject{{u"file_ids"_s, QJsonArray{tune, u"file-C1"_s}}}}}}});
        auto selected = run(m_engine->importSelected({u"asst_TUNED"_s}));
        QCOMPARE(selected.size(), 1);
        QVERIFY2(selected.first().ok, qPrintable(selected.first().message));
        QCOMPARE(countRequests("GET", u"^/v1/files/file-TUNE$"_s), 1);
        QCOMPARE(countRequests("GET", u"^/v1/files/file-C1$"_s), 0);
    }

    void poolShrinksUnderRateLimits()
    {
        seedAssistants(60, 2);
        m_client->setConcurrency(8);
        m_server->setLatency(15);
        m_server->setConcurrencyLimit(3);   // more than 3 at once: 429 with retry-after-ms
        m_server->clearRequests();
        auto outcomes = run(m_engine->importAll());
        QVERIFY(outcomes);
        QCOMPARE(outcomes->size(), 60);
        for (const ImportOutcome &o : *outcomes)
            QVERIFY2(o.ok, qPrintable(o.remoteId + u": "_s + o.message));
        QVERIFY(m_server->injectedFaults() > 0);
        // The window shrank below the configured 8 …
        QVERIFY2(m_client->effectiveConcurrency() < 8, qPrintable(QString::number(m_client->effectiveConcurrency())));
        QCOMPARE(m_client->concurrency(), 8);
        // … so the server was not hammered: 8 workers that each back off alone get most of their requests refused.
        const int requests = int(m_server->requests().size());
        QVERIFY2(m_server->injectedFaults() * 4 < requests,
                 qPrintable(u"%1 of %2 requests refused"_s.arg(m_server->injectedFaults()).arg(requests)));
        // Successes grow it back, one slot per window of successes, up to the configured limit.
        m_server->setConcurrencyLimit(0);
        m_server->setLatency(0);
        const int before = m_client->effectiveConcurrency();
        const CheckAllSummary summary = run(m_engine->checkAll(8));
        QCOMPARE(summary.inSync, 60);
        QVERIFY2(m_client->effectiveConcurrency() > before || before == 8, qPrintable(QString::number(before)));
    }

    void rateLimitsAndServerErrorsAreRetriedAndNamed()
    {
        constexpr int Count = 200;
        seedAssistants(Count, 3);
        m_server->setRandomFaults(0.10, 0.05, 7);
        m_server->clearRequests();
        auto outcomes = run(m_engine->importAll());
        QVERIFY2(outcomes, qPrintable(outcomes ? QString() : outcomes.error().message));
        QStringList failed;
        for (const ImportOutcome &o : *outcomes)
            if (!o.ok) {
                QVERIFY(!o.remoteId.isEmpty());
                QVERIFY(!o.message.isEmpty());
                failed << o.remoteId;
            }
        const int requests = int(m_server->requests().size());
        QVERIFY(m_server->injectedFaults() > requests / 20);   // the faults really happened
        QVERIFY2(failed.size() <= (requests + 999) / 1000,
                 qPrintable(u"%1 failed of %2 requests: %3"_s.arg(failed.size()).arg(requests).arg(failed.join(u", "_s))));
        QCOMPARE(int(m_ws->assistants().size()) + int(failed.size()), Count);
        // A re-run finishes the job.
        auto rerun = run(m_engine->importSelected(failed));
        for (const ImportOutcome &o : rerun)
            QVERIFY2(o.ok, qPrintable(o.message));
        QCOMPARE(m_ws->assistants().size(), Count);

        // Check all under the same faults: every record correct or a named failure, and a re-check finishes.
        m_server->clearRequests();
        const CheckAllSummary summary = run(m_engine->checkAll(8));
        const int checkRequests = int(m_server->requests().size());
        QVERIFY2(summary.failed <= (checkRequests + 999) / 1000, qPrintable(summary.text()));
        QCOMPARE(summary.inSync + summary.failed, Count);
        QStringList notChecked;
        for (const auto &a : m_ws->assistants())
            if (m_ws->syncState(a.id).current.status != SyncStatus::InSync)
                notChecked << a.id;
        QCOMPARE(int(notChecked.size()), summary.failed);
        m_server->setRandomFaults(0, 0);
        if (!notChecked.isEmpty())
            QCOMPARE(run(m_engine->checkMany(notChecked, 8)).inSync, int(notChecked.size()));
        for (const auto &a : m_ws->assistants())
            QCOMPARE(m_ws->syncState(a.id).current.status, SyncStatus::InSync);
    }
    void pushUploadsInThePoolAndReportsProgress()
    {
        const Assistant local = makeBulk(19);
        QVERIFY(!local.id.isEmpty());
        startMeasuring(4, 20);

        QHash<int, qint64> fileSent;
        QHash<int, qint64> fileTotal;
        QList<std::pair<qint64, qint64>> totals;
        QList<int> started;
        QList<int> finished;
        connect(m_engine.get(), &SyncEngine::pushUploadProgress, this, [&](int index, qint64 sent, qint64 total) {
            QVERIFY(sent >= fileSent.value(index));   // never backwards
            fileSent[index] = sent;
            fileTotal[index] = total;
        });
        connect(m_engine.get(), &SyncEngine::pushUploadTotal, this,
                [&](qint64 sent, qint64 total) { totals.append({sent, total}); });
        connect(m_engine.get(), &SyncEngine::pushStepStarted, this, [&](int index, const QString &) { started << index; });
        connect(m_engine.get(), &SyncEngine::pushStepFinished, this, [&](int index, bool ok) {
            QVERIFY(ok);
            finished << index;
        });

        const PushOutcome outcome = run(m_engine->push(local.id));
        verifyPushed(outcome, local, 19);

        // 20 uploads, concurrently but never more than the concurrency at once; no GET /files/{id} afterwards.
        QCOMPARE(countRequests("POST", u"^/v1/files$"_s), 20);
        QCOMPARE(countRequests("GET", u"^/v1/files/.+"_s), 0);
        verifyRanInPool(4);

        // Every step started and finished once; every file reported its whole size; the total adds up to all of them.
        const int steps = int(outcome.plan.steps.size());
        QCOMPARE(started.size(), steps);
        QCOMPARE(finished.size(), steps);
        QCOMPARE(fileSent.size(), 20);
        qint64 all = 0;
        for (auto it = fileTotal.cbegin(); it != fileTotal.cend(); ++it) {
            QCOMPARE(outcome.plan.steps.at(it.key()).kind, PushStep::Kind::Upload);
            QCOMPARE(fileSent.value(it.key()), it.value());
            all += it.value();
        }
        QCOMPARE(all, qint64(4000 + 19 * 1000 + (18 * 19) / 2));
        QVERIFY(!totals.isEmpty());
        QCOMPARE(totals.first(), std::make_pair(qint64(0), all));
        QCOMPARE(totals.last(), std::make_pair(all, all));
        for (qsizetype i = 1; i < totals.size(); ++i)
            QVERIFY(totals.at(i).first >= totals.at(i - 1).first);
    }

    void storeBeyondTheFirstHundredUsesFileBatchesWhenTheServerHasThem()
    {
        const Assistant local = makeBulk(130);
        QVERIFY(!local.id.isEmpty());
        setBatches(ServerCapabilities::Support::Yes);
        m_server->clearRequests();
        verifyPushed(run(m_engine->push(local.id)), local, 130);
        verifyStoreAdds(1, 0);
    }

    void storeBeyondTheFirstHundredAddsSinglyWithoutFileBatches()
    {
        const Assistant local = makeBulk(130);
        QVERIFY(!local.id.isEmpty());
        m_server->setFileBatchesMissing(true);
        setBatches(ServerCapabilities::Support::No);
        startMeasuring(4, 10);
        verifyPushed(run(m_engine->push(local.id)), local, 130);
        // The probe said "no batches": none is tried; the 30 beyond the first 100 are added one by one, concurrently.
        verifyStoreAdds(0, 30);
        verifyRanInPool(4);
    }

    void unprobedServerWithoutFileBatchesFallsBackToSingleAdds()
    {
        const Assistant local = makeBulk(105);
        QVERIFY(!local.id.isEmpty());
        m_server->setFileBatchesMissing(true);   // and no capabilities stored: not probed yet
        m_server->clearRequests();
        verifyPushed(run(m_engine->push(local.id)), local, 105);
        verifyStoreAdds(1, 5);
    }
};

QTEST_GUILESS_MAIN(tst_ImportPool)
#include "tst_importpool.moc"
