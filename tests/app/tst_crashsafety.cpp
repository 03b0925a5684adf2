// Crash safety (reliability suite): assistant-desk-cli doing a long import, push, release or archive against the fake server
// is killed with SIGKILL at random points. After every kill the workspace opens, PRAGMA integrity_check says "ok", no
// local edit is lost, and running the command again finishes the job with no duplicate remote object.
//
// The fake server lives in this process (its state survives the killed client, as a real server's would); the CLI is
// a real child process. Kill points are drawn uniformly over the time a whole run takes (measured first, per
// scenario), so some kills land before the first request, most mid-job, some after the end. The seed is printed;
// ADESK_CRASH_SEED=<n> replays a run, ADESK_CRASH_KILLS=<n> changes the number of kills (default 50).
#include "fakeserver.h"
#include "storage/deletionjobs.h"
#include "storage/workspace.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
const QString Key = QStringLiteral("sk-crash-safety-key");
constexpr int ImportCount = 30;    // seeded remote assistants
constexpr int FilesPerTool = 5;    // local files per tool of the pushed assistant
constexpr int LatencyMs = 15;      // added to every answer, so a run lasts long enough to be hit mid-job

struct CliResult {
    int code = -1;
    bool killed = false;
    QByteArray out;
    QByteArray err;
};

/// Runs the CLI while this thread's event loop keeps serving the fake server; kills it (SIGKILL) after `killAfterMs`
/// when that is >= 0 and it is still running.
CliResult runCli(const QStringList &args, int killAfterMs = -1)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OPENAI_API_KEY"), Key);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false"));
    p.setProcessEnvironment(env);
    CliResult r;
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            loop.quit();
    });
    QTimer killer;
    killer.setSingleShot(true);
    QObject::connect(&killer, &QTimer::timeout, &p, [&] {
        if (p.state() != QProcess::NotRunning) {
            r.killed = true;
            p.kill();   // SIGKILL on Unix: no destructor, no flush, no rollback
        }
    });
    QTimer guard;   // a hung CLI fails the test instead of hanging it
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &p, [&] { p.kill(); });
    p.start(QStringLiteral(ADESK_CLI_PATH), args);
    if (!p.waitForStarted(10000))
        return r;
    if (killAfterMs >= 0)
        killer.start(killAfterMs);
    guard.start(60000);
    if (p.state() != QProcess::NotRunning)
        loop.exec();
    p.waitForFinished(5000);
    r.code = r.killed ? -1 : (p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2);
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// PRAGMA integrity_check through a connection of its own (not the app's code), as a user's sqlite3 would.
QString integrityCheck(const QString &path)
{
    const QString name = QStringLiteral("integrity-%1").arg(QRandomGenerator::global()->generate());
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return QStringLiteral("cannot open: ") + db.lastError().text();
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
            result = QStringLiteral("cannot run: ") + q.lastError().text();
        while (q.next())
            result += q.value(0).toString();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

int countWhere(const QList<QJsonObject> &objects, const QString &key, const QString &value)
{
    int n = 0;
    for (const auto &o : objects)
        n += o.value(key).toString() == value;
    return n;
}
} // namespace

class tst_CrashSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeOpenAiServer> m_server;
    quint32 m_seed = 0;
    QRandomGenerator m_rng;
    int m_kills = 50;
    int m_round = 0;
    int m_killedMidRun = 0;
    QHash<QString, int> m_durationMs;   // whole-run time per scenario, measured once

    QString freshWorkspacePath()
    {
        return m_dir.filePath(QStringLiteral("crash-%1.adesk").arg(++m_round));
    }

    void startServer(int seeded)
    {
        m_server = std::make_unique<FakeOpenAiServer>();
        m_server->setApiKey(Key);
        m_server->seed(seeded);
        QVERIFY(m_server->listen());
        m_server->setLatency(LatencyMs);
    }

    void connectWorkspace(const QString &path)
    {
        const CliResult r = runCli({QStringLiteral("--workspace"), path, QStringLiteral("--quiet"), QStringLiteral("connect"),
                                    QStringLiteral("--base-url"), m_server->baseUrl(), QStringLiteral("--no-key")});
        QVERIFY2(r.code == 0, r.err.constData());
    }

    /// A new server seeded with `seeded` assistants, and a fresh workspace connected to it; returns its path.
    QString startRound(int seeded)
    {
        startServer(seeded);
        const QString path = freshWorkspacePath();
        connectWorkspace(path);
        return path;
    }

    /// The record `id` of the workspace at `path` as it is stored now; none when it cannot be read.
    static std::optional<Assistant> storedAssistant(const QString &path, const QString &id)
    {
        auto ws = Workspace::open(path);
        if (!ws)
            return std::nullopt;
        auto a = ws.value()->assistant(id);
        return a ? std::optional<Assistant>(a.value()) : std::nullopt;
    }

    /// Runs `args` whole, its time becoming the span kill points of `scenario` are drawn from; or, with `kill`, kills
    /// it at such a point, checks the workspace at `path` (verifyAfterKill(path, expected)) and, with
    /// `resumeWithSameArgs`, runs `args` again, which must finish the job.
    void runWholeOrKilled(bool kill, const QString &scenario, const QStringList &args, const QString &path,
                          const std::optional<Assistant> &expected, bool resumeWithSameArgs = true)
    {
        if (!kill) {
            QElapsedTimer t;
            t.start();
            const CliResult r = runCli(args);
            QVERIFY2(r.code == 0, r.err.constData());
            m_durationMs.insert(scenario, int(t.elapsed()));
            return;
        }
        const CliResult killed = runCli(args, killPoint(scenario));
        m_killedMidRun += killed.killed;
        verifyAfterKill(path, expected);
        if (!resumeWithSameArgs)
            return;
        const CliResult resumed = runCli(args);
        QVERIFY2(resumed.code == 0, resumed.err.constData());
    }

    /// "Helpdesk" with FilesPerTool files per tool, never pushed; returns its id.
    QString makeLocalAssistant(const QString &path)
    {
        auto ws = Workspace::open(path);
        if (!ws)
            return {};
        Assistant draft;
        draft.name = QStringLiteral("Helpdesk");
        draft.model = QStringLiteral("gpt-4o");
        draft.instructions = QStringLiteral("Answer order questions, round %1.").arg(m_round);
        draft.codeInterpreter = true;
        draft.fileSearch = true;
        for (int i = 0; i < FilesPerTool; ++i) {
            auto ci = ws.value()->addFile(QStringLiteral("table-%1.csv").arg(i), QStringLiteral("sku,n\nA%1,%2\n").arg(i).arg(m_round).toUtf8());
            auto fs = ws.value()->addFile(QStringLiteral("notes-%1.txt").arg(i), QStringLiteral("note %1 of round %2\n").arg(i).arg(m_round).toUtf8());
            if (!ci || !fs)
                return {};
            draft.codeInterpreterFiles << ci->id;
            draft.fileSearchFiles << fs->id;
        }
        auto created = ws.value()->createAssistant(draft);
        return created ? created->id : QString();
    }

    /// Opens the workspace after a kill: integrity, and the local edit exactly as it was made.
    void verifyAfterKill(const QString &path, const std::optional<Assistant> &expected)
    {
        QCOMPARE(integrityCheck(path), QStringLiteral("ok"));
        auto ws = Workspace::open(path);
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        if (expected) {
            auto a = ws.value()->assistant(expected->id);
            QVERIFY(a);
            QCOMPARE(a->name, expected->name);
            QCOMPARE(a->instructions, expected->instructions);
            QCOMPARE(a->codeInterpreterFiles, expected->codeInterpreterFiles);
            QCOMPARE(a->fileSearchFiles, expected->fileSearchFiles);
        }
        QSet<QString> remoteIds;
        for (const auto &s : ws.value()->assistantSummaries()) {
            if (!s.remoteId)
                continue;
            QVERIFY2(!remoteIds.contains(*s.remoteId), qPrintable(QStringLiteral("two records link %1").arg(*s.remoteId)));
            remoteIds.insert(*s.remoteId);
        }
    }

    int killPoint(const QString &scenario)
    {
        // Over the whole run and a little past it: the first request, the middle, the commit, the very end.
        const int span = std::max(20, m_durationMs.value(scenario) * 11 / 10);
        return int(m_rng.bounded(span));
    }

    // --- the three jobs -------------------------------------------------------------------------------------------

    void importRound(bool kill)
    {
        const QString path = startRound(ImportCount);
        const QStringList args{QStringLiteral("--workspace"), path, QStringLiteral("--quiet"), QStringLiteral("import-remote"),
                               QStringLiteral("--all")};
        runWholeOrKilled(kill, QStringLiteral("import"), args, path, std::nullopt);
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        QSet<QString> linked;
        int records = 0;
        for (const auto &s : ws.value()->assistantSummaries()) {
            ++records;
            QVERIFY(s.remoteId);
            linked.insert(*s.remoteId);
        }
        QCOMPARE(records, ImportCount);        // every remote assistant once, none twice
        QCOMPARE(int(linked.size()), ImportCount);
        QCOMPARE(int(m_server->assistants().size()), ImportCount);   // import never creates anything remotely
    }

    void pushRound(bool kill)
    {
        const QString path = startRound(0);
        const QString id = makeLocalAssistant(path);
        QVERIFY(!id.isEmpty());
        const std::optional<Assistant> expected = storedAssistant(path, id);
        QVERIFY(expected);
        const QStringList args{QStringLiteral("--workspace"), path, QStringLiteral("--quiet"), QStringLiteral("push"), id};
        runWholeOrKilled(kill, QStringLiteral("push"), args, path, expected);
        verifyPushed(path, id);
    }

    void verifyPushed(const QString &path, const QString &id)
    {
        // Exactly one of everything at the server, and the workspace linked to it and in sync.
        QCOMPARE(int(m_server->assistants().size()), 1);
        QCOMPARE(int(m_server->vectorStores().size()), 1);
        QCOMPARE(int(m_server->files().size()), 2 * FilesPerTool);
        for (int i = 0; i < FilesPerTool; ++i) {
            QCOMPARE(countWhere(m_server->files(), QStringLiteral("filename"), QStringLiteral("table-%1.csv").arg(i)), 1);
            QCOMPARE(countWhere(m_server->files(), QStringLiteral("filename"), QStringLiteral("notes-%1.txt").arg(i)), 1);
        }
        const CliResult check = runCli({QStringLiteral("--workspace"), path, QStringLiteral("--json"), QStringLiteral("check"), id});
        QVERIFY2(check.code == 0, check.err.constData());
        QVERIFY2(check.out.contains("\"in_sync\""), check.out.constData());
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        auto a = ws.value()->assistant(id);
        QVERIFY(a && a->remoteId);
        QCOMPARE(*a->remoteId, m_server->assistants().first().value(QStringLiteral("id")).toString());
    }

    void archiveRound(bool kill)
    {
        const QString path = startRound(0);
        const QString id = makeLocalAssistant(path);
        QVERIFY(!id.isEmpty());
        const CliResult pushed = runCli({QStringLiteral("--workspace"), path, QStringLiteral("--quiet"), QStringLiteral("push"), id});
        QVERIFY2(pushed.code == 0, pushed.err.constData());
        QCOMPARE(int(m_server->assistants().size()), 1);
        const QStringList args{QStringLiteral("--workspace"), path, QStringLiteral("--quiet"), QStringLiteral("archive"), id};
        runWholeOrKilled(kill, QStringLiteral("archive"), args, path, std::nullopt, false);
        if (kill) {
            bool archived = false;
            {
                auto ws = Workspace::open(path);
                QVERIFY(ws);
                auto a = ws.value()->assistant(id);
                QVERIFY(a);
                archived = a->archived;
                // The local archive is one transaction: either archived with its jobs, or untouched with none.
                QCOMPARE(!DeletionJobs::list(*ws.value()).isEmpty(), archived);
            }
            // Resume: an untouched record is archived again; an archived one finishes its queued deletions.
            const CliResult resumed = archived
                ? runCli({QStringLiteral("--workspace"), path, QStringLiteral("--quiet"), QStringLiteral("deletions"), QStringLiteral("--retry")})
                : runCli(args);
            QVERIFY2(resumed.code == 0, resumed.err.constData());
        }
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        auto a = ws.value()->assistant(id);
        QVERIFY(a && a->archived);
        for (const auto &job : DeletionJobs::list(*ws.value()))
            QVERIFY2(job.state == QStringLiteral("done"), qPrintable(job.label + QStringLiteral(": ") + job.state));
        QCOMPARE(int(m_server->assistants().size()), 0);
        QCOMPARE(int(m_server->vectorStores().size()), 0);
        QCOMPARE(int(m_server->files().size()), 0);   // none of its files is used by another assistant
    }

    void releaseRound(bool kill)
    {
        const QString path = startRound(0);
        const QString id = makeLocalAssistant(path);
        QVERIFY(!id.isEmpty());
        QString experimentId;
        {
            auto ws = Workspace::open(path);
            QVERIFY(ws);
            auto e = ws.value()->createExperiment(QStringLiteral("Support bot"));
            QVERIFY(e);
            experimentId = e->id;
            QVERIFY(ws.value()->setExperimentAssistant(experimentId, id));
        }
        const std::optional<Assistant> expected = storedAssistant(path, id);
        QVERIFY(expected);
        const QStringList args{QStringLiteral("--workspace"), path, QStringLiteral("--quiet"), QStringLiteral("release"),
                               experimentId};
        // After a kill, the next release deletes what the interrupted one made, then releases.
        runWholeOrKilled(kill, QStringLiteral("release"), args, path, expected);
        // In OpenAI exactly the objects of the committed versions: one assistant and one store per version, each
        // file once; nothing a killed release made is left behind.
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        QSet<QString> versionAssistants;
        QSet<QString> versionStores;
        for (const Assistant &v : ws.value()->versions(id)) {
            QVERIFY(v.remoteId && v.vectorStoreId);
            versionAssistants.insert(*v.remoteId);
            versionStores.insert(*v.vectorStoreId);
        }
        QVERIFY(!versionAssistants.isEmpty());
        QSet<QString> remoteAssistants;
        for (const auto &o : m_server->assistants())
            remoteAssistants.insert(o.value(QStringLiteral("id")).toString());
        QSet<QString> remoteStores;
        for (const auto &o : m_server->vectorStores())
            remoteStores.insert(o.value(QStringLiteral("id")).toString());
        QCOMPARE(remoteAssistants, versionAssistants);
        QCOMPARE(remoteStores, versionStores);
        QCOMPARE(int(m_server->files().size()), 2 * FilesPerTool);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        bool ok = false;
        const quint32 fromEnv = qEnvironmentVariable("ADESK_CRASH_SEED").toUInt(&ok);
        m_seed = ok ? fromEnv : QRandomGenerator::system()->generate();
        m_rng.seed(m_seed);
        const int kills = qEnvironmentVariable("ADESK_CRASH_KILLS").toInt(&ok);
        if (ok && kills > 0)
            m_kills = kills;
        qInfo("crash safety: seed %u (replay with ADESK_CRASH_SEED=%u), %d kills", m_seed, m_seed, m_kills);
        // Whole runs first: they prove each job works uninterrupted and give the span kill points are drawn from.
        importRound(false);
        pushRound(false);
        releaseRound(false);
        archiveRound(false);
        qInfo("crash safety: whole runs take import %d ms, push %d ms, release %d ms, archive %d ms",
              m_durationMs.value(QStringLiteral("import")), m_durationMs.value(QStringLiteral("push")),
              m_durationMs.value(QStringLiteral("release")), m_durationMs.value(QStringLiteral("archive")));
    }

    void killedAtRandomPointsAndResumed()
    {
        for (int i = 0; i < m_kills; ++i) {
            switch (i % 4) {
            case 0:
                importRound(true);
                break;
            case 1:
                pushRound(true);
                break;
            case 2:
                releaseRound(true);
                break;
            default:
                archiveRound(true);
            }
            if (QTest::currentTestFailed()) {
                qWarning("crash safety: kill %d of %d failed (seed %u)", i + 1, m_kills, m_seed);
                return;
            }
        }
        qInfo("crash safety: %d kills (%d of them while the CLI was still running), every workspace intact and every job "
              "resumed without a duplicate",
              m_kills, m_killedMidRun);
        // Kill points are spread over whole runs; if almost none hit a running CLI, the test proved little.
        QVERIFY2(m_killedMidRun >= m_kills / 2, qPrintable(QStringLiteral("only %1 kills hit a running CLI").arg(m_killedMidRun)));
    }
};

QTEST_GUILESS_MAIN(tst_CrashSafety)
#include "tst_crashsafety.moc"
