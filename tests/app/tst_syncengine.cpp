// Check, check all, import and pull against the fake server (domain.md §4, §5.3, §5.5).
#include "fakeserverfixture.h"
#include "openai/openaiclient.h"
#include "storage/workspace.h"
#include "sync/syncengine.h"
#include "testsupport.h"
#include "testwait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;
using TestWait::run;

class tst_SyncEngine : public QObject, protected FakeServerFixture
{
    Q_OBJECT

private:
    /// A remote assistant like "Helpdesk": both builtin tools, a function, a code-interpreter file, a store with a file.
    QString makeRemoteHelpdesk()
    {
        Assistant a = helpdeskDraft();
        a.temperature = 0.7;
        a.functions << FunctionTool{QStringLiteral("lookup_order"), QStringLiteral("Find an order"), FunctionTool::defaultParameters(), false};
        return createRemoteHelpdesk(a).assistantId;
    }

    QJsonObject remoteAssistant(const QString &id) const
    {
        for (const auto &a : m_server->assistants())
            if (a.value(QStringLiteral("id")).toString() == id)
                return a;
        return {};
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { startWithWorkspace(); }

    void cleanup() { stop(); }

    void importAllPaginatesWithoutDuplicates()
    {
        m_server->seed(250);
        auto first = run(m_engine->importAll());
        QVERIFY(first);
        QCOMPARE(first->size(), 250);
        int imported = 0;
        for (const auto &o : first.value())
            imported += o.ok && !o.alreadyLinked ? 1 : 0;
        QCOMPARE(imported, 250);
        QCOMPARE(m_ws->assistants().size(), 250);
        int pages = 0;
        for (const auto &r : m_server->requests())
            pages += r.method == "GET" && r.path == QLatin1String("/v1/assistants") ? 1 : 0;
        QCOMPARE(pages, 3);   // 100 + 100 + 50

        auto second = run(m_engine->importAll());
        QVERIFY(second);
        for (const auto &o : second.value()) {
            QVERIFY(o.alreadyLinked);
            QVERIFY(o.message.startsWith(QStringLiteral("Already in the workspace as “")));
        }
        QCOMPARE(m_ws->assistants().size(), 250);
        QSet<QString> remoteIds;
        for (const auto &a : m_ws->assistants())
            remoteIds.insert(*a.remoteId);
        QCOMPARE(remoteIds.size(), 250);
    }

    void importedAssistantIsInSyncAndCheckFindsRealDifferences()
    {
        const QString remoteId = makeRemoteHelpdesk();
        QVERIFY(!remoteId.isEmpty());
        const ImportOutcome imported = run(m_engine->importRemote(remoteId));
        QVERIFY2(imported.ok, qPrintable(imported.message));
        const auto local = m_ws->assistant(imported.localId);
        QCOMPARE(local->name, QStringLiteral("Helpdesk"));
        QCOMPARE(local->codeInterpreterFiles.size(), 1);
        QCOMPARE(local->fileSearchFiles.size(), 1);
        QCOMPARE(m_ws->file(local->fileSearchFiles.first())->name, QStringLiteral("faq.txt"));
        QVERIFY(!m_ws->file(local->fileSearchFiles.first())->hasLocalCopy());
        QCOMPARE(m_ws->syncState(imported.localId).current.status, SyncStatus::InSync);
        QVERIFY(!local->notPushed);

        // Edit remotely, as someone would in another tool: instructions, a function, a tiny and a real temperature
        // change, and a file added to the store.
        QJsonObject remote = remoteAssistant(remoteId);
        QJsonArray tools = remote.value(QStringLiteral("tools")).toArray();
        tools.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                 {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), QStringLiteral("refund")},
                                                                          {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}}}});
        QVERIFY(run(m_client->modifyAssistant(remoteId, QJsonObject{{QStringLiteral("instructions"), QStringLiteral("Be brief.")},
                                                                     {QStringLiteral("temperature"), 0.7 + 1e-9},
                                                                     {QStringLiteral("tools"), tools}})));
        QTemporaryDir files;
        writeAll(files.filePath(QStringLiteral("new.txt")), "new content");
        auto added = run(m_client->uploadFile(files.filePath(QStringLiteral("new.txt")), QStringLiteral("new.txt")));
        QVERIFY(added);
        QVERIFY(run(m_client->addVectorStoreFile(*local->vectorStoreId, added->value(QStringLiteral("id")).toString())));

        auto state = run(m_engine->check(imported.localId));
        QVERIFY(state);
        QCOMPARE(state->current.status, SyncStatus::OutOfSync);
        QCOMPARE(fieldsOf(state->current.differences),
                 (QStringList{QStringLiteral("instructions"), QStringLiteral("functions.refund"), QStringLiteral("file_search.files")}));
        QCOMPARE(state->current.differences.at(0).remote.toString(), QStringLiteral("Be brief."));
        QCOMPARE(state->current.differences.at(0).local.toString(), QStringLiteral("Answer order questions."));
        QCOMPARE(state->current.differences.at(2).onlyRemote.first().name, QStringLiteral("new.txt"));

        QVERIFY(run(m_client->modifyAssistant(remoteId, QJsonObject{{QStringLiteral("temperature"), 0.8}})));
        state = run(m_engine->check(imported.localId));
        QVERIFY(fieldsOf(state->current.differences).contains(QStringLiteral("temperature")));

        // Every request of the check carried the beta header where required.
        for (const auto &r : m_server->requests())
            if (r.path.startsWith(QLatin1String("/v1/assistants")) || r.path.startsWith(QLatin1String("/v1/vector_stores")))
                QCOMPARE(r.header("OpenAI-Beta"), QByteArray("assistants=v2"));

        // Pull resolves the other way.
        auto pulled = run(m_engine->pull(imported.localId));
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QCOMPARE(pulled->current.status, SyncStatus::InSync);
        const auto after = m_ws->assistant(imported.localId);
        QCOMPARE(after->instructions, QStringLiteral("Be brief."));
        QCOMPARE(after->temperature, 0.8);
        QCOMPARE(after->functions.size(), 2);
        QCOMPARE(after->fileSearchFiles.size(), 2);
        QVERIFY(!after->notPushed);
        QCOMPARE(run(m_engine->check(imported.localId))->current.status, SyncStatus::InSync);
    }

    void failedCheckKeepsLastKnownAndNeverSaysInSync()
    {
        const QString remoteId = makeRemoteHelpdesk();
        const ImportOutcome imported = run(m_engine->importRemote(remoteId));
        QVERIFY(imported.ok);
        m_server->failNext("GET", QStringLiteral("^/assistants/.*"), 4, 500);
        auto state = run(m_engine->check(imported.localId));
        QVERIFY(state);
        QCOMPARE(state->current.status, SyncStatus::CheckFailed);
        QVERIFY(state->stale());
        QCOMPARE(state->lastKnown->status, SyncStatus::InSync);
        QVERIFY2(state->error.startsWith(QStringLiteral("Server error 500 after 4 attempts")), qPrintable(state->error));
        QCOMPARE(syncStatusWireName(m_ws->assistantSummary(imported.localId)->syncStatus), QStringLiteral("check_failed"));

        // The server goes away entirely: still check failed, still the same last known result.
        const quint16 port = m_server->port();
        m_server.reset();
        state = run(m_engine->check(imported.localId));
        QCOMPARE(state->current.status, SyncStatus::CheckFailed);
        QCOMPARE(state->lastKnown->status, SyncStatus::InSync);
        Q_UNUSED(port);
    }

    void missingRemoteAndNoAssistantsApi()
    {
        const QString remoteId = makeRemoteHelpdesk();
        const ImportOutcome imported = run(m_engine->importRemote(remoteId));
        QVERIFY(imported.ok);
        QVERIFY(run(m_client->deleteAssistant(remoteId)));
        auto state = run(m_engine->check(imported.localId));
        QCOMPARE(state->current.status, SyncStatus::MissingRemote);
        QCOMPARE(state->error, QStringLiteral("This assistant no longer exists in OpenAI (%1).").arg(remoteId));

        m_server->setAssistantsApiMissing(true);
        state = run(m_engine->check(imported.localId));
        QCOMPARE(state->current.status, SyncStatus::CheckFailed);
        QVERIFY(state->noAssistantsApi);
        QCOMPARE(state->badgeText(), QStringLiteral("No Assistants API"));
        QVERIFY(state->error.contains(QStringLiteral("does not offer the Assistants API (404)")));
    }

    void checkAllBoundedWithProgressAndCancel()
    {
        m_server->seed(30);
        QVERIFY(run(m_engine->importAll()));
        m_server->clearRequests();
        m_server->resetMaxConcurrent();
        m_server->setLatency(30);
        QSignalSpy progress(m_engine.get(), &SyncEngine::progress);
        const CheckAllSummary summary = run(m_engine->checkAll(4));
        QCOMPARE(summary.total, 30);
        QCOMPARE(summary.inSync, 30);
        QCOMPARE(summary.text(), QStringLiteral("In sync 30 · Out of sync 0"));
        QCOMPARE(progress.last().at(0).toInt(), 30);
        QVERIFY(m_server->maxConcurrent() <= 4);
        int fileGets = 0;
        for (const auto &r : m_server->requests())
            fileGets += r.method == "GET" && r.path.startsWith(QLatin1String("/v1/files/")) ? 1 : 0;
        QCOMPARE(fileGets, 0);   // names come from one listing

        // Cancel after a few results: no new checks start, the rest keep their status.
        OpenAi::CancelToken cancel;
        connect(m_engine.get(), &SyncEngine::progress, &cancel, [&](int done, int) {
            if (done == 5)
                cancel.cancel();
        });
        const CheckAllSummary cancelled = run(m_engine->checkAll(2, &cancel));
        QVERIFY(cancelled.cancelled);
        QVERIFY(cancelled.inSync >= 5);
        QVERIFY(cancelled.notRun >= 20);
        for (const auto &s : m_ws->assistantSummaries())
            QCOMPARE(syncStatusWireName(s.syncStatus), QStringLiteral("in_sync"));
    }
};

QTEST_GUILESS_MAIN(tst_SyncEngine)
#include "tst_syncengine.moc"
