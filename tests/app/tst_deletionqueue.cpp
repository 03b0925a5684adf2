// Archive against the fake server: the remote deletion jobs run, fail, retry and resume (domain.md §7).
#include "archive/deletionqueue.h"
#include "fakeserverfixture.h"
#include "interchange/interchange.h"
#include "openai/openaiclient.h"
#include "storage/workspace.h"
#include "storage/workspacearchive.h"
#include "testsupport.h"
#include "testwait.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

using namespace TestSupport;
using TestWait::run;

class tst_DeletionQueue : public QObject, protected FakeServerFixture
{
    Q_OBJECT

private:
    int m_counter = 0;
    QString m_wsName;

    QString upload(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir->filePath(name);
        writeAll(path, content);
        auto f = run(m_client->uploadFile(path, name));
        return f ? f->value(QStringLiteral("id")).toString() : QString();
    }

    QString store(const QStringList &fileIds)
    {
        auto s = run(m_client->createVectorStore(QJsonObject{{QStringLiteral("name"), QStringLiteral("store")},
                                                             {QStringLiteral("file_ids"), QJsonArray::fromStringList(fileIds)}}));
        return s ? s->value(QStringLiteral("id")).toString() : QString();
    }

    QString assistant(const QString &name)
    {
        auto a = run(m_client->createAssistant(QJsonObject{{QStringLiteral("model"), QStringLiteral("gpt-4o")},
                                                           {QStringLiteral("name"), name}}));
        return a ? a->value(QStringLiteral("id")).toString() : QString();
    }

    bool serverHas(const QList<QJsonObject> &objects, const QString &id) const
    {
        for (const auto &o : objects)
            if (o.value(QStringLiteral("id")).toString() == id)
                return true;
        return false;
    }

    /// Helpdesk (working + v1) with its own stores and files, and "Other" (live) sharing one file with it.
    std::unique_ptr<Workspace> setUpFamily(QHash<QString, QString> &ids)
    {
        ids[QStringLiteral("fShared")] = upload(QStringLiteral("shared.txt"), "shared");
        ids[QStringLiteral("fOwn")] = upload(QStringLiteral("own.txt"), "own");
        ids[QStringLiteral("fV1")] = upload(QStringLiteral("v1.txt"), "v1");
        ids[QStringLiteral("vsW")] = store({ids[QStringLiteral("fOwn")]});
        ids[QStringLiteral("vsV1")] = store({ids[QStringLiteral("fV1")]});
        ids[QStringLiteral("aW")] = assistant(QStringLiteral("Helpdesk"));
        ids[QStringLiteral("aV1")] = assistant(QStringLiteral("Helpdesk v1"));
        ids[QStringLiteral("aOther")] = assistant(QStringLiteral("Other"));
        const QString json = QStringLiteral(R"({"format": "assistant-desk-workspace", "format_version": 1,
          "files": [{"id": "f-shared", "name": "shared.txt", "size": 6, "remote_file_id": "%1"},
                    {"id": "f-own", "name": "own.txt", "size": 3, "remote_file_id": "%2"},
                    {"id": "f-v1", "name": "v1.txt", "size": 2, "remote_file_id": "%3"}],
          "assistants": [
            {"id": "a", "name": "Helpdesk", "model": "gpt-4o", "builtin_tools": ["code_interpreter", "file_search"],
             "files": {"code_interpreter": ["f-shared"], "file_search": ["f-own"]}, "vector_store_id": "%4", "remote_id": "%6",
             "versions": [{"id": "a-v1", "version_number": 1, "name": "Helpdesk v1", "model": "gpt-4o",
                           "builtin_tools": ["file_search"], "files": {"file_search": ["f-v1"]}, "vector_store_id": "%5", "remote_id": "%7"}]},
            {"id": "other", "name": "Other", "model": "gpt-4o", "builtin_tools": ["code_interpreter"],
             "files": {"code_interpreter": ["f-shared"]}, "remote_id": "%8"}]})")
                                 .arg(ids[QStringLiteral("fShared")], ids[QStringLiteral("fOwn")], ids[QStringLiteral("fV1")],
                                      ids[QStringLiteral("vsW")], ids[QStringLiteral("vsV1")], ids[QStringLiteral("aW")],
                                      ids[QStringLiteral("aV1")], ids[QStringLiteral("aOther")]);
        m_wsName = QStringLiteral("ws%1.adesk").arg(++m_counter);
        auto ws = openWorkspace(*m_dir, m_wsName);
        const Status s = Interchange::importInto(*ws, json.toUtf8());
        if (!s)
            qWarning("%s", qPrintable(s.error().details.join(QLatin1Char('\n'))));
        return ws;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { startServer(); }

    void cleanup() { stop(); }

    void archiveDeletesEveryVersionAndKeepsSharedFiles()
    {
        QHash<QString, QString> ids;
        auto ws = setUpFamily(ids);
        QVERIFY(ws);
        auto outcome = archiveFamily(*ws, QStringLiteral("a"));
        QVERIFY(outcome && outcome->archived);
        QCOMPARE(DeletionJobs::list(*ws).size(), 6);   // 2 assistants, 2 stores, 2 files (not the shared one)

        DeletionQueue queue(*ws, *m_client);
        const DeletionRunSummary summary = run(queue.runPending());
        QCOMPARE(summary.done, 6);
        QVERIFY(!serverHas(m_server->assistants(), ids[QStringLiteral("aW")]));
        QVERIFY(!serverHas(m_server->assistants(), ids[QStringLiteral("aV1")]));
        QVERIFY(serverHas(m_server->assistants(), ids[QStringLiteral("aOther")]));
        QVERIFY(!serverHas(m_server->vectorStores(), ids[QStringLiteral("vsW")]));
        QVERIFY(!serverHas(m_server->vectorStores(), ids[QStringLiteral("vsV1")]));
        QVERIFY(!serverHas(m_server->files(), ids[QStringLiteral("fOwn")]));
        QVERIFY(!serverHas(m_server->files(), ids[QStringLiteral("fV1")]));
        QVERIFY(serverHas(m_server->files(), ids[QStringLiteral("fShared")]));
        // Order: assistants, then stores, then files.
        QStringList order;
        for (const auto &r : m_server->requests())
            if (r.method == "DELETE")
                order << r.path.section(QLatin1Char('/'), 2, 2);
        QCOMPARE(order, (QStringList{QStringLiteral("assistants"), QStringLiteral("assistants"), QStringLiteral("vector_stores"),
                                     QStringLiteral("vector_stores"), QStringLiteral("files"), QStringLiteral("files")}));
        // A deleted file loses its remote id; the shared one keeps it.
        QVERIFY(!ws->file(QStringLiteral("f-own"))->remoteFileId);
        QCOMPARE(*ws->file(QStringLiteral("f-shared"))->remoteFileId, ids[QStringLiteral("fShared")]);
    }

    void failedJobsRetryAndNotFoundCountsAsDone()
    {
        QHash<QString, QString> ids;
        auto ws = setUpFamily(ids);
        QVERIFY(archiveFamily(*ws, QStringLiteral("a")));
        QVERIFY(run(m_client->deleteVectorStore(ids[QStringLiteral("vsV1")])));   // already gone: 404 = done
        m_server->failNext("DELETE", QStringLiteral("^/files/.*"), 8, 500);
        DeletionQueue queue(*ws, *m_client);
        DeletionRunSummary summary = run(queue.runPending());
        QCOMPARE(summary.done, 4);
        QCOMPARE(summary.failed, 2);
        QStringList failed;
        for (const auto &j : DeletionJobs::list(*ws))
            if (j.state == QLatin1String("failed")) {
                failed << j.kind;
                QVERIFY2(j.lastError.startsWith(QStringLiteral("file file-")), qPrintable(j.lastError));
                QVERIFY(j.lastError.contains(QStringLiteral("Server error 500 after 4 attempts")));
                QCOMPARE(j.attempts, 1);
            }
        QCOMPARE(failed, (QStringList{QStringLiteral("file"), QStringLiteral("file")}));
        QVERIFY(DeletionJobs::retryFailed(*ws));
        summary = run(queue.runPending());
        QCOMPARE(summary.done, 2);
        for (const auto &j : DeletionJobs::list(*ws))
            QCOMPARE(j.state, QStringLiteral("done"));
    }

    void pendingJobsSurviveARestartAndWaitOffline()
    {
        QHash<QString, QString> ids;
        auto ws = setUpFamily(ids);
        QVERIFY(archiveFamily(*ws, QStringLiteral("a")));
        const QString first = DeletionJobs::list(*ws).first().id;
        QVERIFY(DeletionJobs::markRunning(*ws, first));   // the app was killed mid-job
        ws.reset();

        // Offline: the jobs wait.
        OpenAi::OpenAiClient offline(m_nam.get());
        offline.setConnection(OpenAi::Connection::make(QStringLiteral("http://127.0.0.1:1/v1")).value());
        offline.setApiKey(QStringLiteral("sk-test"));
        offline.setSleeper(&m_sleeper);
        auto reopened = openWorkspace(*m_dir, m_wsName);
        QVERIFY(DeletionJobs::resumeInterrupted(*reopened));
        for (const auto &j : DeletionJobs::list(*reopened))
            QCOMPARE(j.state, QStringLiteral("pending"));
        DeletionQueue offlineQueue(*reopened, offline);
        QCOMPARE(run(offlineQueue.runPending()).pending, 6);

        DeletionQueue queue(*reopened, *m_client);
        QCOMPARE(run(queue.runPending()).done, 6);
        QVERIFY(!serverHas(m_server->assistants(), ids[QStringLiteral("aW")]));
    }
};

QTEST_GUILESS_MAIN(tst_DeletionQueue)
#include "tst_deletionqueue.moc"
