// WorkspaceSession (app/session): one owner for an open workspace and what works on it. A task holds its session, so
// switching workspaces while a remote cleanup runs cancels the run, lets it end cleanly and frees the old session only
// then — nothing leaked, nothing used after it is gone (the sanitized CI run executes this test under ASan/UBSan).
#include "archive/deletionqueue.h"
#include "fakeserverfixture.h"
#include "openai/openaiclient.h"
#include "secrets/secretstore.h"
#include "session/workspacesession.h"
#include "storage/deletionjobs.h"
#include "storage/workspace.h"
#include "testsupport.h"
#include "testwait.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using TestWait::run;

class tst_WorkspaceSession : public QObject, protected FakeServerFixture
{
    Q_OBJECT

private:
    /// A remote assistant, and the workspace `name` (connected to the fake server) with one pending job deleting it.
    std::unique_ptr<Workspace> workspaceWithCleanup(const QString &name, QString &remoteId)
    {
        auto created = run(m_client->createAssistant(QJsonObject{{u"model"_s, u"gpt-4o"_s}, {u"name"_s, name}}));
        if (!created)
            return nullptr;
        remoteId = created->value(u"id"_s).toString();
        auto ws = connectedWorkspace(name + u".adesk"_s);
        if (!ws)
            return nullptr;
        DeletionJob job;
        job.owner = u"a-gone"_s;
        job.kind = u"assistant"_s;
        job.remoteId = remoteId;
        job.label = name;
        if (!DeletionJobs::insert(*ws, {job}))
            return nullptr;
        return ws;
    }

    WorkspaceSession::Services services() { return {m_nam.get(), m_client.get(), &m_secrets}; }

    MemorySecretStore m_secrets;

private slots:
    void init() { startServer(); }
    void cleanup() { stop(); }

    void switchingWorkspacesDuringCleanupEndsTheRunCleanly()
    {
        QString remoteA;
        auto wsA = workspaceWithCleanup(u"first"_s, remoteA);
        QVERIFY(wsA);
        const QString pathA = wsA->path();
        // The DELETE is answered only after 3 s: the switch happens while it is on the wire.
        FakeOpenAiServer::Fault slow;
        slow.method = "DELETE";
        slow.path = QRegularExpression(u"^/assistants/"_s);
        slow.action = FakeOpenAiServer::Fault::Action::Delay;
        slow.delayMs = 3000;
        m_server->addFault(slow);

        auto sessionA = WorkspaceSession::create(std::move(wsA), services());
        QVERIFY(sessionA->deletionQueue());
        const std::weak_ptr<WorkspaceSession> watchA = sessionA;
        QSignalSpy jobChanged(sessionA->deletionQueue(), &DeletionQueue::jobChanged);
        std::optional<DeletionRunSummary> summary;
        auto runTask = sessionA->deletionQueue()->runPending();
        QCoro::connect(std::move(runTask), this, [&summary](const DeletionRunSummary &s) { summary = s; });
        QTRY_VERIFY(requestsWhere([](const auto &r) { return r.method == "DELETE"; }) == 1);
        QVERIFY(!summary);

        // Switch: the window closes the old session, drops it and opens another workspace in a new session.
        sessionA->close();
        sessionA.reset();
        QString remoteB;
        auto wsB = workspaceWithCleanup(u"second"_s, remoteB);
        QVERIFY(wsB);
        auto sessionB = WorkspaceSession::create(std::move(wsB), services());

        // The cancelled run ends at once, counts its job as pending, and only then lets the old session go.
        QTRY_VERIFY_WITH_TIMEOUT(summary.has_value(), 2000);
        QCOMPARE(summary->pending, 1);
        QCOMPARE(summary->done, 0);
        QTRY_VERIFY(watchA.expired());

        // What the run recorded is in the old workspace file: the job waits again, no attempt counted.
        auto reopened = Workspace::open(pathA);
        QVERIFY(reopened);
        const QList<DeletionJob> jobsA = DeletionJobs::list(*reopened.value());
        QCOMPARE(jobsA.size(), 1);
        QCOMPARE(jobsA.first().state, u"pending"_s);
        QCOMPARE(jobsA.first().attempts, 0);

        // The new session works on its own workspace, undisturbed by the old run.
        auto second = run(sessionB->deletionQueue()->runPending());
        QCOMPARE(second.done, 1);
        QCOMPARE(DeletionJobs::list(sessionB->workspace()).first().state, u"done"_s);
        QVERIFY(!TestSupport::idsOf(m_server->assistants()).contains(remoteB));
        sessionB->close();
    }

    void aClosedSessionStartsNothing()
    {
        QString remote;
        auto ws = workspaceWithCleanup(u"closed"_s, remote);
        QVERIFY(ws);
        auto session = WorkspaceSession::create(std::move(ws), services());
        session->close();
        QVERIFY(session->isClosed());
        QVERIFY(session->cancelToken()->isCancelled());
        const int before = int(m_server->requests().size());
        const DeletionRunSummary summary = run(session->deletionQueue()->runPending());
        QCOMPARE(summary.pending, 1);
        QCOMPARE(int(m_server->requests().size()), before);
        QCOMPARE(session->mode(), WorkspaceSession::Mode::Unavailable);
        QVERIFY(TestSupport::idsOf(m_server->assistants()).contains(remote));
    }
};

QTEST_GUILESS_MAIN(tst_WorkspaceSession)
#include "tst_workspacesession.moc"
