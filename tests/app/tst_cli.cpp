// assistant-desk-cli as a user runs it (a real process): exit codes, stdout/stderr rules and --json shapes.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {
using Run = CliRun;

Run cli(const QStringList &args)
{
    CliOptions options;
    options.env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    options.timeoutMs = 60000;
    return runCli(args, options);
}
} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString ws() const { return workspaceSpec(m_dir, QStringLiteral("cli.adesk"), false); }

private slots:
    void importCreatesTheWorkspace()
    {
        QVERIFY(!workspaceExists(ws()));
        const Run r = cli({QStringLiteral("--workspace"), ws(), QStringLiteral("import-workspace"),
                           fixturePath(QStringLiteral("domain-example.json"))});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY(workspaceExists(ws()));
    }

    void listJsonShape()
    {
        const Run r = cli({QStringLiteral("--workspace"), ws(), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonParseError e;
        const QJsonDocument d = QJsonDocument::fromJson(r.out, &e);
        QCOMPARE(e.error, QJsonParseError::NoError);
        const QJsonArray rows = d.array();
        QCOMPARE(rows.size(), 1);   // versions are counted on their working record
        const QJsonObject help = rows.first().toObject();
        QCOMPARE(help.keys(), (QStringList{QStringLiteral("archived"), QStringLiteral("checked_at"), QStringLiteral("id"),
                                           QStringLiteral("model"), QStringLiteral("name"), QStringLiteral("not_pushed"),
                                           QStringLiteral("remote_id"), QStringLiteral("status"), QStringLiteral("version_count")}));
        QCOMPARE(help.value(QStringLiteral("id")).toString(), QStringLiteral("a-help"));
        QCOMPARE(help.value(QStringLiteral("remote_id")).toString(), QStringLiteral("asst_W1"));
        QCOMPARE(help.value(QStringLiteral("status")).toString(), QStringLiteral("not_checked"));
        QVERIFY(help.value(QStringLiteral("checked_at")).isNull());
        QCOMPARE(help.value(QStringLiteral("not_pushed")).toBool(), false);
        QCOMPARE(help.value(QStringLiteral("archived")).toBool(), false);
        QCOMPARE(help.value(QStringLiteral("version_count")).toInt(), 1);
    }

    void listText()
    {
        const Run r = cli({QStringLiteral("--workspace"), ws(), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("a-help\tHelpdesk\tgpt-4o\tNot checked yet"), r.out.constData());
    }

    void showJson()
    {
        const Run r = cli({QStringLiteral("--workspace"), ws(), QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("a-help")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Helpdesk"));
        QCOMPARE(o.value(QStringLiteral("temperature")).toDouble(), 0.7);
        const QJsonObject files = o.value(QStringLiteral("files")).toObject();
        QCOMPARE(files.value(QStringLiteral("code_interpreter")).toArray().first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("prices.csv"));
        QCOMPARE(o.value(QStringLiteral("versions")).toArray().size(), 1);
        QCOMPARE(o.value(QStringLiteral("versions")).toArray().first().toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("a-help-v1"));
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("not_checked"));
        QCOMPARE(o.value(QStringLiteral("functions")).toArray().first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("lookup_order"));
    }

    void showUnknownIdFails()
    {
        const Run r = cli({QStringLiteral("--workspace"), ws(), QStringLiteral("show"), QStringLiteral("nope")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err, QByteArray("No assistant with id “nope” in this workspace.\n"));
    }

    void exportRoundTripIsIdenticalApartFromTime()
    {
        const QString out1 = m_dir.filePath(QStringLiteral("out1.json"));
        QCOMPARE(cli({QStringLiteral("--workspace"), ws(), QStringLiteral("export-workspace"), QStringLiteral("--with-content"), out1}).code, 0);
        const QString ws2 = workspaceSpec(m_dir, QStringLiteral("cli2.adesk"));
        QCOMPARE(cli({QStringLiteral("--workspace"), ws2, QStringLiteral("import-workspace"), out1}).code, 0);
        const Run r = cli({QStringLiteral("--workspace"), ws2, QStringLiteral("export-workspace"), QStringLiteral("--with-content")});
        QCOMPARE(r.code, 0);
        const auto stripTime = [](QByteArray b) {
            const int at = b.indexOf("\"exported_at\"");
            return b.remove(at, b.indexOf('\n', at) - at);
        };
        QCOMPARE(stripTime(r.out), stripTime(readAll(out1)));
        QVERIFY(r.out.contains("\"content_base64\": \"c2t1LHByaWNlCg==\""));
    }

    void invalidImportExits1WithOneErrorPerLine()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        writeAll(bad, R"({"format": "assistant-desk-workspace", "format_version": 1,
  "assistants": [{"id": "x1", "name": "A", "model": "m", "temperature": 3},
                 {"id": "x2", "name": "B", "model": "m", "top_p": -1}]})");
        const QByteArray before = readAll(ws());
        const Run r = cli({QStringLiteral("--workspace"), ws(), QStringLiteral("import-workspace"), bad});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).contains("nothing was imported. Problems: 2"));
        QCOMPARE(lines.at(1), QByteArray("$.assistants[0].temperature: must be between 0 and 2"));
        QCOMPARE(lines.at(2), QByteArray("$.assistants[1].top_p: must be between 0 and 1"));
        const Run list = cli({QStringLiteral("--workspace"), ws(), QStringLiteral("--json"), QStringLiteral("list")});
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 1);
    }

    void usageErrorsExit2()
    {
        QCOMPARE(cli({QStringLiteral("--workspace"), ws(), QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(cli({QStringLiteral("--workspace"), ws(), QStringLiteral("show")}).code, 2);
        QCOMPARE(cli({QStringLiteral("--workspace")}).code, 2);
        QCOMPARE(cli({}).code, 2);
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains("import-workspace"));
    }

    void missingWorkspaceFails()
    {
        const Run r = cli({QStringLiteral("--workspace"), m_dir.filePath(QStringLiteral("absent.adesk")), QStringLiteral("list")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("does not exist"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("absent.adesk"))));
    }

    void garbageWorkspaceIsRefused()
    {
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.adesk"));
        writeAll(garbage, "not a database at all");
        const Run r = cli({QStringLiteral("--workspace"), garbage, QStringLiteral("list")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("not an Assistant Desk workspace"));
        QCOMPARE(readAll(garbage), QByteArray("not a database at all"));
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
