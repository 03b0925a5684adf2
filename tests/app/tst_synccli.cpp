// The sync commands of assistant-desk-cli as a script runs them, against the fake server: push with a plan, check,
// a push that fails midway and its retry, archive with the blocker JSON (cli.md).
#include "fakeserver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class tst_SyncCli : public QObject
{
    Q_OBJECT

private:
    using Run = CliRun;

    QTemporaryDir m_dir;
    FakeOpenAiServer m_server;

    QString ws() const { return workspaceSpec(m_dir, QStringLiteral("sync.adesk")); }

    Run cli(const QStringList &args, const QByteArray &input = {}, const QHash<QString, QString> &extraEnv = {})
    {
        CliOptions options;
        options.env.insert(QStringLiteral("OPENAI_API_KEY"), m_server.apiKey());
        options.env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        options.env.insert(extraEnv);
        options.input = input;
        return runCli(QStringList{QStringLiteral("--workspace"), ws()} + args, options);
    }

    int count(const QByteArray &method, const QString &path) const
    {
        int n = 0;
        for (const auto &r : m_server.requests())
            n += r.method == method && r.path == path ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_server.listen());
        const QString doc = QStringLiteral(R"({"format": "assistant-desk-workspace", "format_version": 1,
          "files": [{"id": "f-prices", "name": "prices.csv", "size": 10, "content_base64": "c2t1LHByaWNlCg=="},
                    {"id": "f-faq", "name": "faq.txt", "size": 5, "content_base64": "UTogPwo="}],
          "assistants": [{"id": "a-help", "name": "Helpdesk", "model": "gpt-4o", "instructions": "Answer order questions.",
             "temperature": 0.7, "builtin_tools": ["code_interpreter", "file_search"],
             "functions": [{"name": "lookup_order", "description": "Find an order", "parameters": {"type": "object", "properties": {}}}],
             "files": {"code_interpreter": ["f-prices"], "file_search": ["f-faq"]}}],
          "experiments": [{"id": "e-support", "name": "Support bot", "assistant": "a-help"}]})");
        writeAll(m_dir.filePath(QStringLiteral("ws.json")), doc.toUtf8());
        QCOMPARE(cli({QStringLiteral("import-workspace"), m_dir.filePath(QStringLiteral("ws.json"))}).code, 0);
        const Run c = cli({QStringLiteral("connect"), QStringLiteral("--base-url"), m_server.baseUrl(), QStringLiteral("--no-key")});
        QVERIFY2(c.code == 0, c.err.constData());
    }

    void dryRunPrintsThePlanAndSendsNothingThatChanges()
    {
        m_server.clearRequests();
        const Run r = cli({QStringLiteral("push"), QStringLiteral("a-help"), QStringLiteral("--dry-run")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("Upload prices.csv (10 bytes)\nUpload faq.txt (5 bytes)\n"
                                   "Create vector store “Helpdesk - File Search” with 1 file\nCreate assistant in OpenAI\n"));
        for (const auto &req : m_server.requests())
            QCOMPARE(req.method, QByteArray("GET"));
        QVERIFY(m_server.assistants().isEmpty());
    }

    void pushCreatesEverythingOnceAndChecksInSync()
    {
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("push"), QStringLiteral("a-help")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o.value(QStringLiteral("ok")).toBool());
        QCOMPARE(o.value(QStringLiteral("check")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("in_sync"));
        QCOMPARE(o.value(QStringLiteral("check")).toObject().value(QStringLiteral("not_pushed")).toBool(), false);
        QCOMPARE(m_server.assistants().size(), 1);
        QCOMPARE(m_server.files().size(), 2);
        QCOMPARE(m_server.vectorStores().size(), 1);
        const QJsonObject remote = m_server.assistants().first();
        QCOMPARE(remote.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("assistant_desk_id")).toString(),
                 QStringLiteral("a-help"));
        QCOMPARE(remote.value(QStringLiteral("tools")).toArray().size(), 3);

        const Run again = cli({QStringLiteral("push"), QStringLiteral("a-help")});
        QCOMPARE(again.code, 0);
        QCOMPARE(again.out, QByteArray("Nothing to push: already in sync\n"));
    }

    void checkJsonShape()
    {
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("check"), QStringLiteral("--all")});
        QCOMPARE(r.code, 0);
        const QJsonArray a = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(a.size(), 1);
        const QJsonObject o = a.first().toObject();
        for (const char *key : {"id", "name", "remote_id", "status", "not_pushed", "checked_at", "stale", "error", "differences"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("in_sync"));
        QVERIFY(o.value(QStringLiteral("error")).isNull());
        QVERIFY(o.value(QStringLiteral("checked_at")).toString().endsWith(QLatin1Char('Z')));
    }

    void failedPushKeepsTheEditAndARetryContinues()
    {
        // A local edit and a new file to upload; the assistant update then fails on the server.
        const int uploadsBefore = count("POST", QStringLiteral("/v1/files"));
        // Edit the workspace directly through the CLI's own workspace file.
        {
            auto opened = Workspace::open(ws());
            QVERIFY(opened);
            Workspace &w = *opened.value();
            Assistant a = w.assistant(QStringLiteral("a-help")).value();
            a.instructions = QStringLiteral("Answer briefly.");
            auto f = w.addFile(QStringLiteral("returns.txt"), "30 days");
            QVERIFY(f);
            a.codeInterpreterFiles << f->id;
            QVERIFY(w.saveAssistant(a));
        }
        const QString remoteId = m_server.assistants().first().value(QStringLiteral("id")).toString();
        m_server.failNext("POST", QStringLiteral("^/assistants/") + remoteId + QLatin1Char('$'), 4, 500);
        const Run failed = cli({QStringLiteral("push"), QStringLiteral("a-help")});
        QCOMPARE(failed.code, 4);
        QVERIFY2(failed.err.contains("Push failed at “Update assistant"), failed.err.constData());
        QVERIFY(failed.err.contains("Your changes are saved and marked Not pushed."));
        QCOMPARE(count("POST", QStringLiteral("/v1/files")), uploadsBefore + 1);

        const Run status = cli({QStringLiteral("--json"), QStringLiteral("check"), QStringLiteral("a-help")});
        const QJsonObject o = QJsonDocument::fromJson(status.out).array().first().toObject();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("out_of_sync"));
        QCOMPARE(o.value(QStringLiteral("not_pushed")).toBool(), true);

        const Run retry = cli({QStringLiteral("push"), QStringLiteral("a-help")});
        QVERIFY2(retry.code == 0, retry.err.constData());
        QCOMPARE(count("POST", QStringLiteral("/v1/files")), uploadsBefore + 1);   // not uploaded twice
        QCOMPARE(m_server.assistants().first().value(QStringLiteral("instructions")).toString(), QStringLiteral("Answer briefly."));
        const Run after = cli({QStringLiteral("--json"), QStringLiteral("check"), QStringLiteral("a-help")});
        QCOMPARE(QJsonDocument::fromJson(after.out).array().first().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("in_sync"));
    }

    void pushExitStatusDoesNotDependOnTheLanguage()
    {
        {
            auto opened = Workspace::open(ws());
            QVERIFY(opened);
            Assistant a = opened.value()->assistant(QStringLiteral("a-help")).value();
            a.instructions = QStringLiteral("Answer in one sentence.");
            QVERIFY(opened.value()->saveAssistant(a));
        }
        const QString remoteId = m_server.assistants().first().value(QStringLiteral("id")).toString();
        const QHash<QString, QString> german{{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")},
                                             {QStringLiteral("LANGUAGE"), QStringLiteral("de")},
                                             {QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8")}};
        for (const int status : {500, 429}) {
            m_server.failNext("POST", QStringLiteral("^/assistants/") + remoteId + QLatin1Char('$'), 4, status);
            const Run r = cli({QStringLiteral("--json"), QStringLiteral("push"), QStringLiteral("a-help")}, {}, german);
            QCOMPARE(r.code, 4);   // cli.md: 4 network or server error after retries
            // --json: the document on stdout, the message on stderr too.
            const QJsonObject o = QJsonDocument::fromJson(r.out).object();
            QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("a-help"));
            QCOMPARE(o.value(QStringLiteral("ok")).toBool(), false);
            QVERIFY2(!r.err.trimmed().isEmpty(), r.out.constData());
        }
        // Not pushed is refused by the core (unknown id), not a network error.
        const Run unknown = cli({QStringLiteral("push"), QStringLiteral("nope")});
        QCOMPARE(unknown.code, 1);
        QVERIFY(!unknown.err.isEmpty());
    }

    void interactivePushAsksFirst()
    {
        const QString before = m_server.assistants().first().value(QStringLiteral("instructions")).toString();
        QVERIFY(before != QStringLiteral("Answer in one sentence."));
        const Run no = cli({QStringLiteral("--interactive"), QStringLiteral("push"), QStringLiteral("a-help")}, "n\n");
        QCOMPARE(no.code, 1);
        QVERIFY2(no.err.contains("Instructions") && no.err.contains("[y/N]"), no.err.constData());
        QVERIFY(no.err.contains("Nothing was pushed."));
        QCOMPARE(m_server.assistants().first().value(QStringLiteral("instructions")).toString(), before);
        const Run yes = cli({QStringLiteral("--interactive"), QStringLiteral("push"), QStringLiteral("a-help")}, "y\n");
        QVERIFY2(yes.code == 0, yes.err.constData());
        QCOMPARE(m_server.assistants().first().value(QStringLiteral("instructions")).toString(),
                 QStringLiteral("Answer in one sentence."));
        // Without --interactive nothing is asked: stdin is never read.
        const Run plain = cli({QStringLiteral("push"), QStringLiteral("a-help")}, "n\n");
        QCOMPARE(plain.code, 0);
        QVERIFY(!plain.err.contains("[y/N]"));
    }

    void checkOfANeverPushedRecordSendsNothing()
    {
        QString id;
        {
            auto opened = Workspace::open(ws());
            QVERIFY(opened);
            Assistant a;
            a.name = QStringLiteral("Draft");
            a.model = QStringLiteral("gpt-4o");
            auto saved = opened.value()->createAssistant(a);
            QVERIFY(saved);
            id = saved->id;
        }
        m_server.clearRequests();
        // No key anywhere: none is needed when nothing is sent.
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("check"), id}, {},
                          {{QStringLiteral("OPENAI_API_KEY"), QString()}});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).array().first().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("never_pushed"));
        QVERIFY(m_server.requests().isEmpty());   // domain §4: no request is made
        QVERIFY2(!r.err.contains("failed"), r.err.constData());
    }

    void importRemoteServerErrorExits4()
    {
        m_server.failNext("GET", QStringLiteral("^/assistants/asst_elsewhere$"), 8, 503);
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("import-remote"), QStringLiteral("asst_elsewhere")});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains("Cannot import asst_elsewhere"), r.err.constData());
        // Already linked: the refresh fails on the server, which is a server error too, not "already linked".
        const QString linked = m_server.assistants().first().value(QStringLiteral("id")).toString();
        m_server.failNext("GET", QStringLiteral("^/assistants/") + linked + QLatin1Char('$'), 8, 503);
        const Run refresh = cli({QStringLiteral("import-remote"), linked});
        QCOMPARE(refresh.code, 4);
        const Run missing = cli({QStringLiteral("import-remote"), QStringLiteral("asst_nowhere")});
        QCOMPARE(missing.code, 1);   // the server answered: no such assistant
        m_server.clearRequests();
        const Run empty = cli({QStringLiteral("import-remote"), QString()});
        QCOMPARE(empty.code, 2);
        QVERIFY(empty.err.contains("REMOTE_ID"));
        QVERIFY(m_server.requests().isEmpty());
    }

    void helpOnACommandShowsThatCommand()
    {
        const Run r = cli({QStringLiteral("check"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("check (ID… | --all)"), r.out.constData());
        QVERIFY(!r.out.contains("import-workspace"));
        QVERIFY(r.out.contains("--workspace PATH"));
        const Run connect = cli({QStringLiteral("connect"), QStringLiteral("--help")});
        QVERIFY2(connect.out.contains("key read from stdin"), connect.out.constData());
    }

    void connectRefusesAnEmptyBaseUrlAndPrintsNulls()
    {
        const Run empty = cli({QStringLiteral("connect"), QStringLiteral("--base-url"), QString(), QStringLiteral("--no-key")});
        QCOMPARE(empty.code, 2);
        QVERIFY2(empty.err.contains("Base URL"), empty.err.constData());
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("connect"), QStringLiteral("--base-url"), m_server.baseUrl(),
                           QStringLiteral("--no-key")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o.value(QStringLiteral("organization")).isNull());
        QVERIFY(o.value(QStringLiteral("project")).isNull());
        QCOMPARE(o.value(QStringLiteral("key_stored")).toBool(), false);
    }

    void archiveBlockedExits3WithJson()
    {
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("archive"), QStringLiteral("a-help")});
        QCOMPARE(r.code, 3);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("archivable")).toBool(), false);
        const QJsonArray experiments = o.value(QStringLiteral("blockers")).toObject().value(QStringLiteral("experiments")).toArray();
        QCOMPARE(experiments.size(), 1);
        QCOMPARE(experiments.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("e-support"));
        QCOMPARE(experiments.first().toObject().value(QStringLiteral("version")).toString(), QStringLiteral("unreleased"));
        QCOMPARE(m_server.assistants().size(), 1);   // nothing deleted
    }
};

QTEST_GUILESS_MAIN(tst_SyncCli)
#include "tst_synccli.moc"
