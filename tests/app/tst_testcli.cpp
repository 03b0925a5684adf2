// `assistant-desk-cli test` as a team's CI runs it, against the fake server: saved checks pass and fail by both ways,
// function results come from the check, results are stored, the --json shape of README.md, and the exit statuses
// (0 passed, 1 a failure, 2 usage, 4 the server could not answer).
#include "fakeserver.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;
using namespace Qt::StringLiterals;

class tst_TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeOpenAiServer m_server;
    QString m_ws;

    CliRun cli(const QStringList &args)
    {
        CliOptions options;
        options.env.insert(u"OPENAI_API_KEY"_s, m_server.apiKey());
        options.env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        return runCli(QStringList{u"--workspace"_s, m_ws} + args, options);
    }

    /// Adds a check to a-help through the workspace, as the Try tab does.
    void addCheck(const Check &check)
    {
        auto ws = Workspace::open(m_ws);
        QVERIFY(ws);
        QVERIFY(ws.value()->saveCheck(u"a-help"_s, check));
    }

    static QJsonObject checkNamed(const QJsonObject &doc, const QString &id)
    {
        for (const QJsonValue &a : doc.value(u"assistants"_s).toArray())
            for (const QJsonValue &c : a.toObject().value(u"checks"_s).toArray())
                if (c.toObject().value(u"id"_s).toString() == id)
                    return c.toObject();
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_server.listen());
        m_ws = m_dir.filePath(u"test.adesk"_s);
        // Helpdesk has lookup_order; its checks "c-echo" and "c-order" pass against the fake model ("Echo: …",
        // "Result: <output>"). Sales has one check, the archived Old one, Bare none.
        QCOMPARE(cli({u"import-workspace"_s, fixturePath(u"checks-cli.json"_s)}).code, 0);
        const CliRun c = cli({u"connect"_s, u"--base-url"_s, m_server.baseUrl(), u"--no-key"_s});
        QVERIFY2(c.code == 0, c.err.constData());
    }

    void init()
    {
        m_server.clearFaults();
        // The checks a test adds go again, also when it failed half-way.
        auto ws = Workspace::open(m_ws);
        QVERIFY(ws);
        for (const Check &c : ws.value()->checks(u"a-help"_s))
            if (c.id != u"c-echo"_s && c.id != u"c-order"_s)
                QVERIFY(ws.value()->deleteCheck(c.id));
    }

    void helpAndUsage()
    {
        const CliRun help = cli({u"test"_s, u"--help"_s});
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.contains("test (ID… | --all) [--via assistants|responses] [--json]"), help.out.constData());
        QVERIFY(help.out.contains("run the saved conversation checks"));
        QVERIFY(help.out.contains("Exit status:"));
        for (const QStringList &args : {QStringList{u"test"_s}, QStringList{u"test"_s, u"a-help"_s, u"--all"_s},
                                        QStringList{u"test"_s, u"a-help"_s, u"--via"_s, u"chat"_s},
                                        QStringList{u"test"_s, u"a-help"_s, u"--via"_s},
                                        QStringList{u"test"_s, u"a-help"_s, u"--fast"_s}}) {
            const CliRun r = cli(args);
            QVERIFY2(r.code == 2, qPrintable(args.join(u' ')));
            QVERIFY(r.err.contains("Run 'assistant-desk-cli --help' for usage."));
            QVERIFY(r.out.isEmpty());
        }
    }

    void passingChecksByResponsesPrintTheDocumentedJson()
    {
        m_server.clearRequests();
        const CliRun r = cli({u"test"_s, u"a-help"_s, u"--json"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject doc = r.json();
        QCOMPARE(doc.value(u"via"_s).toString(), u"responses"_s);
        QCOMPARE(doc.value(u"passed"_s).toBool(), true);
        QCOMPARE(doc.value(u"cancelled"_s).toBool(), false);
        QCOMPARE(doc.value(u"counts"_s).toObject(), (QJsonObject{{u"passed"_s, 2}, {u"failed"_s, 0}}));
        const QJsonArray assistants = doc.value(u"assistants"_s).toArray();
        QCOMPARE(assistants.size(), 1);
        const QJsonObject helpdesk = assistants.first().toObject();
        QCOMPARE(helpdesk.value(u"id"_s).toString(), u"a-help"_s);
        QCOMPARE(helpdesk.value(u"name"_s).toString(), u"Helpdesk"_s);
        QCOMPARE(helpdesk.value(u"passed"_s).toBool(), true);
        QCOMPARE(helpdesk.value(u"checks"_s).toArray().size(), 2);

        const QJsonObject order = checkNamed(doc, u"c-order"_s);
        QStringList keys = order.keys();
        QCOMPARE(keys, (QStringList{u"answer"_s, u"calls"_s, u"duration_ms"_s, u"expectations"_s, u"failure"_s, u"id"_s,
                                    u"input_tokens"_s, u"name"_s, u"output_tokens"_s, u"passed"_s, u"ran_at"_s, u"way"_s}));
        QCOMPARE(order.value(u"name"_s).toString(), u"Looks an order up"_s);
        QCOMPARE(order.value(u"way"_s).toString(), u"responses"_s);
        QCOMPARE(order.value(u"answer"_s).toString(), u"Result: {\"status\": \"shipped\"}"_s);
        QCOMPARE(order.value(u"calls"_s).toArray(), QJsonArray{u"lookup_order"_s});
        QVERIFY(order.value(u"failure"_s).isNull());
        QVERIFY(order.value(u"input_tokens"_s).toInt() > 0);
        QVERIFY(order.value(u"output_tokens"_s).toInt() > 0);
        QVERIFY(order.value(u"ran_at"_s).toString().endsWith(u'Z'));
        const QJsonArray expectations = order.value(u"expectations"_s).toArray();
        QCOMPARE(expectations.size(), 2);
        QCOMPARE(expectations.at(0).toObject(), (QJsonObject{{u"kind"_s, u"calls"_s}, {u"value"_s, u"lookup_order"_s},
                                                             {u"passed"_s, true},
                                                             {u"reason"_s, u"The assistant called lookup_order."_s}}));
        // The function result was sent from the check, and nothing was left on the server.
        bool sentOutput = false;
        for (const auto &req : m_server.requests())
            sentOutput = sentOutput || (req.path == u"/v1/responses"_s && req.body.contains("function_call_output")
                                        && req.body.contains("shipped"));
        QVERIFY(sentOutput);
        QVERIFY(m_server.responses().isEmpty());

        // The results are stored in the workspace as each check's last result by that way.
        auto ws = Workspace::open(m_ws);
        QVERIFY(ws);
        const QList<CheckOutcome> stored = ws.value()->checkOutcomes(u"a-help"_s);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(1).checkId, u"c-order"_s);
        QVERIFY(stored.at(1).passed);
        QCOMPARE(stored.at(1).way, u"responses"_s);
    }

    void textOutputAndAFailure()
    {
        Check sorry;
        sorry.id = u"c-sorry"_s;
        sorry.name = u"Apologises"_s;
        sorry.messages = {u"Where is my parcel?"_s};
        sorry.expect = {CheckExpectation{CheckExpectation::Kind::Contains, u"sorry"_s, {}},
                        CheckExpectation{CheckExpectation::Kind::Contains, u"parcel"_s, {}}};
        addCheck(sorry);
        const CliRun r = cli({u"test"_s, u"a-help"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.startsWith("a-help\tHelpdesk\n  PASS  Echoes  (responses, "), r.out.constData());
        QVERIFY2(r.out.contains("  FAIL  Apologises  (responses, "), r.out.constData());
        QVERIFY(r.out.contains("        ✕ The answer does not contain “sorry”.\n"));
        QVERIFY(!r.out.contains("“parcel”"));   // only what failed is listed
        QVERIFY(r.out.contains("        answer: Echo: Where is my parcel?\n"));
        // No translator in tests: the plural stays in its source form, as in the other tests ("2 file(s)").
        QVERIFY2(r.err.contains("2 check(s) passed · 1 failed"), r.err.constData());

        const CliRun json = cli({u"--json"_s, u"test"_s, u"a-help"_s});
        QCOMPARE(json.code, 1);
        const QJsonObject doc = json.json();
        QCOMPARE(doc.value(u"passed"_s).toBool(), false);
        QCOMPARE(doc.value(u"counts"_s).toObject(), (QJsonObject{{u"passed"_s, 2}, {u"failed"_s, 1}}));
        const QJsonObject failed = checkNamed(doc, u"c-sorry"_s);
        QCOMPARE(failed.value(u"passed"_s).toBool(), false);
        const QJsonArray e = failed.value(u"expectations"_s).toArray();
        QCOMPARE(e.at(0).toObject().value(u"passed"_s).toBool(), false);
        QCOMPARE(e.at(0).toObject().value(u"reason"_s).toString(), u"The answer does not contain “sorry”."_s);
        QCOMPARE(e.at(1).toObject().value(u"passed"_s).toBool(), true);
    }

    void aCallWithoutAResultFailsTheCheck()
    {
        Check missing;
        missing.id = u"c-missing"_s;
        missing.name = u"No result given"_s;
        missing.messages = {u"call lookup_order {\"number\": \"7\"}"_s};
        addCheck(missing);
        const CliRun r = cli({u"--json"_s, u"test"_s, u"a-help"_s});
        QCOMPARE(r.code, 1);
        const QJsonObject failed = checkNamed(r.json(), u"c-missing"_s);
        QCOMPARE(failed.value(u"failure"_s).toString(), u"no result for function lookup_order"_s);
        QCOMPARE(failed.value(u"calls"_s).toArray(), QJsonArray{u"lookup_order"_s});
        QVERIFY(failed.value(u"expectations"_s).toArray().isEmpty());
    }

    void byTheAssistantsWayOnceItIsPushed()
    {
        // Never pushed: the Assistants way cannot run it, and says why.
        const CliRun before = cli({u"--json"_s, u"test"_s, u"a-sales"_s, u"--via"_s, u"assistants"_s});
        QCOMPARE(before.code, 1);
        const QJsonObject refused = checkNamed(before.json(), u"c-sales"_s);
        QCOMPARE(refused.value(u"way"_s).toString(), u"assistants"_s);
        QVERIFY2(refused.value(u"failure"_s).toString().startsWith(u"Push the assistant first"_s),
                 qPrintable(refused.value(u"failure"_s).toString()));
        QVERIFY2(!before.err.contains("Cannot store"), before.err.constData());   // the refusal is kept as a result

        QCOMPARE(cli({u"push"_s, u"a-help"_s}).code, 0);
        m_server.clearRequests();
        const CliRun r = cli({u"--json"_s, u"test"_s, u"a-help"_s, u"--via=assistants"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject order = checkNamed(r.json(), u"c-order"_s);
        QCOMPARE(order.value(u"way"_s).toString(), u"assistants"_s);
        QCOMPARE(order.value(u"answer"_s).toString(), u"Result: {\"status\": \"shipped\"}"_s);
        // The thread each check made was deleted again.
        int created = 0, deleted = 0;
        for (const auto &req : m_server.requests()) {
            created += req.method == "POST" && req.path == u"/v1/threads"_s ? 1 : 0;
            deleted += req.method == "DELETE" && req.path.startsWith(u"/v1/threads/"_s) ? 1 : 0;
        }
        QCOMPARE(created, 2);
        QCOMPARE(deleted, 2);
        QVERIFY(m_server.threads().isEmpty());

        auto ws = Workspace::open(m_ws);
        QVERIFY(ws);
        QStringList ways;
        for (const CheckOutcome &o : ws.value()->checkOutcomes(u"a-help"_s))
            ways << o.checkId + u'/' + o.way;
        QCOMPARE(ways, (QStringList{u"c-echo/assistants"_s, u"c-echo/responses"_s, u"c-order/assistants"_s,
                                    u"c-order/responses"_s}));
    }

    void allTakesTheLiveAssistantsWithChecks()
    {
        const CliRun r = cli({u"--json"_s, u"test"_s, u"--all"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QStringList ids;
        for (const QJsonValue &a : r.json().value(u"assistants"_s).toArray())
            ids << a.toObject().value(u"id"_s).toString();
        QCOMPARE(ids, (QStringList{u"a-help"_s, u"a-sales"_s}));   // not the archived one, not one without checks
    }

    void unknownOrUncheckedAssistantsFail()
    {
        const CliRun unknown = cli({u"test"_s, u"a-nope"_s});
        QCOMPARE(unknown.code, 1);
        QVERIFY(unknown.err.contains("a-nope"));
        const CliRun bare = cli({u"test"_s, u"a-bare"_s});
        QCOMPARE(bare.code, 1);
        QVERIFY2(bare.err.contains("“Bare” has no saved checks."), bare.err.constData());
    }

    void serverErrorsExitWithFour()
    {
        // Every attempt answered 503 (retry-after-ms keeps the retries quick): the check could not run.
        m_server.failNext("POST", u"^/responses$"_s, 100, 503, {}, "1");
        const CliRun r = cli({u"--json"_s, u"test"_s, u"a-sales"_s});
        QCOMPARE(r.code, 4);
        const QJsonObject failed = checkNamed(r.json(), u"c-sales"_s);
        QCOMPARE(failed.value(u"passed"_s).toBool(), false);
        QVERIFY2(failed.value(u"failure"_s).toString().contains(u"503"_s), qPrintable(failed.value(u"failure"_s).toString()));
    }

    void aCutStreamExitsWithFour()
    {
        m_server.addStreamFault({.path = QRegularExpression(u"^/responses$"_s),
                                 .action = FakeOpenAiServer::StreamFault::Action::Cut,
                                 .afterEvents = 3,
                                 .count = 1});
        const CliRun r = cli({u"--json"_s, u"test"_s, u"a-sales"_s});
        QCOMPARE(r.code, 4);
        QVERIFY2(checkNamed(r.json(), u"c-sales"_s).value(u"failure"_s).toString().startsWith(u"The answer broke off"_s),
                 r.out.constData());
    }
};

QTEST_GUILESS_MAIN(tst_TestCli)
#include "tst_testcli.moc"
