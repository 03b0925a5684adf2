// `export-responses` and `bundle`, and `import-workspace` of a bundle, as a user runs them (a real process): output,
// stdout/stderr split, --json shape and exit codes. The process gets its own XDG data directory, so the local copies
// it stores stay inside the test's temporary directory.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class tst_ExportCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString ws() const { return workspaceSpec(m_dir, QStringLiteral("source.adesk")); }

    using Run = CliRun;

    Run cli(const QStringList &args, const QString &dataHome = {})
    {
        CliOptions options;
        options.env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        options.env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome.isEmpty() ? m_dir.filePath(QStringLiteral("data")) : dataHome);
        options.timeoutMs = 60000;
        return runCli(args, options);
    }

    static QByteArray stripExportedAt(QByteArray b)
    {
        const auto at = b.indexOf("\"exported_at\"");
        return b.remove(at, b.indexOf('\n', at) - at);
    }

private slots:
    void initTestCase()
    {
        const Run r = cli({QStringLiteral("--workspace"), ws(), QStringLiteral("import-workspace"),
                           fixturePath(QStringLiteral("domain-example.json"))});
        QCOMPARE(r.code, 0);
    }

    void exportResponsesPrintsTheConfigAndWarnsOnStderr()
    {
        const Run r = cli({QStringLiteral("--workspace"), ws(), QStringLiteral("export-responses"), QStringLiteral("a-help")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, fixture(QStringLiteral("responses/domain-example-a-help.json")));
        QCOMPARE(r.err, QByteArray("Warning: 1 code interpreter file is not uploaded\n"
                                   "Not carried over: Name, Include file info (local setting), Allow file search attachments "
                                   "(local setting), Allow code interpreter attachments (local setting), Allow file downloads "
                                   "(local setting)\n"));
        const Run quiet = cli({QStringLiteral("--workspace"), ws(), QStringLiteral("--quiet"), QStringLiteral("export-responses"),
                               QStringLiteral("a-help-v1")});
        QCOMPARE(quiet.code, 0);
        QVERIFY(quiet.err.isEmpty());   // no warnings for the version, and --quiet drops the informational line
        QVERIFY(quiet.out.contains("\"vs_V1\""));
    }

    void exportResponsesJson()
    {
        for (const QStringList &args : {QStringList{QStringLiteral("--json"), QStringLiteral("export-responses"), QStringLiteral("a-help")},
                                        QStringList{QStringLiteral("export-responses"), QStringLiteral("a-help"), QStringLiteral("--json")}}) {
            const Run r = cli(QStringList{QStringLiteral("--workspace"), ws()} + args);
            QCOMPARE(r.code, 0);
            QVERIFY(r.err.isEmpty());
            QJsonParseError e;
            const QJsonObject o = QJsonDocument::fromJson(r.out, &e).object();
            QCOMPARE(e.error, QJsonParseError::NoError);
            QCOMPARE(o.keys(), (QStringList{QStringLiteral("config"), QStringLiteral("not_carried_over"), QStringLiteral("warnings")}));
            QCOMPARE(o.value(QStringLiteral("config")).toObject(),
                     QJsonDocument::fromJson(fixture(QStringLiteral("responses/domain-example-a-help.json"))).object());
            QCOMPARE(o.value(QStringLiteral("warnings")).toArray(),
                     QJsonArray{QStringLiteral("1 code interpreter file is not uploaded")});
            QCOMPARE(o.value(QStringLiteral("not_carried_over")).toArray().first().toString(), QStringLiteral("name"));
            // The config keeps the §9 key order inside the envelope too.
            QVERIFY(r.out.indexOf("\"model\"") < r.out.indexOf("\"instructions\""));
            QVERIFY(r.out.indexOf("\"instructions\"") < r.out.indexOf("\"temperature\""));
            QVERIFY(r.out.indexOf("\"temperature\"") < r.out.indexOf("\"top_p\""));
            QVERIFY(r.out.indexOf("\"top_p\"") < r.out.indexOf("\"tools\""));
        }
    }

    void exportResponsesErrors()
    {
        Run r = cli({QStringLiteral("--workspace"), ws(), QStringLiteral("export-responses"), QStringLiteral("nope")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err, QByteArray("No assistant with id “nope” in this workspace.\n"));
        r = cli({QStringLiteral("--workspace"), ws(), QStringLiteral("export-responses")});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("--workspace"), ws(), QStringLiteral("export-responses"), QStringLiteral("a-help"), QStringLiteral("--pretty")});
        QCOMPARE(r.code, 2);
        r = cli({QStringLiteral("--workspace"), m_dir.filePath(QStringLiteral("missing.adesk")), QStringLiteral("export-responses"),
                 QStringLiteral("a-help")});
        QCOMPARE(r.code, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.adesk"))));
    }

    void bundleThenImportWorkspaceRestoresTheFamily()
    {
        const QString zip = m_dir.filePath(QStringLiteral("helpdesk.zip"));
        Run r = cli({QStringLiteral("--workspace"), ws(), QStringLiteral("bundle"), QStringLiteral("a-help"), zip});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("Wrote the bundle"), r.err.constData());
        QVERIFY2(r.err.contains("Warning: “faq.pdf” has no local copy; the bundle holds its record only.\n"), r.err.constData());
        QVERIFY(readAll(zip).startsWith("PK\x03\x04"));

        // import-workspace recognises the zip by its first bytes, whatever the file is called.
        const QString renamed = m_dir.filePath(QStringLiteral("helpdesk.bundle"));
        QVERIFY(QFile::copy(zip, renamed));
        const QString restored = workspaceSpec(m_dir, QStringLiteral("restored.adesk"));
        const QString otherData = m_dir.filePath(QStringLiteral("data2"));
        r = cli({QStringLiteral("--workspace"), restored, QStringLiteral("--json"), QStringLiteral("import-workspace"), renamed},
                otherData);
        QCOMPARE(r.code, 0);
        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value(QStringLiteral("bundle")).toObject().value(QStringLiteral("assistant")).toString(), QStringLiteral("a-help"));
        const QJsonObject counts = summary.value(QStringLiteral("imported")).toObject();
        QCOMPARE(counts.value(QStringLiteral("assistants")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("versions")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("files")).toInt(), 2);
        QCOMPARE(counts.value(QStringLiteral("contents")).toInt(), 1);

        // export-workspace of the restored workspace = the family's part of the original export.
        r = cli({QStringLiteral("--workspace"), restored, QStringLiteral("export-workspace"), QStringLiteral("--with-content")}, otherData);
        QCOMPARE(r.code, 0);
        const Run original = cli({QStringLiteral("--workspace"), ws(), QStringLiteral("export-workspace"), QStringLiteral("--with-content")});
        QJsonObject expected = QJsonDocument::fromJson(original.out).object();
        expected.insert(QStringLiteral("experiments"), QJsonArray{});
        expected.insert(QStringLiteral("pipelines"), QJsonArray{});
        const QByteArray restoredExport = r.out;
        QJsonObject got = QJsonDocument::fromJson(r.out).object();
        got.remove(QStringLiteral("exported_at"));
        expected.remove(QStringLiteral("exported_at"));
        QCOMPARE(got, expected);   // the example's only assistant family, with both of its files
        QVERIFY(r.out.contains("\"content_base64\": \"c2t1LHByaWNlCg==\""));

        // A second import of the same bundle is refused and changes nothing.
        r = cli({QStringLiteral("--workspace"), restored, QStringLiteral("import-workspace"), zip}, otherData);
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith("Bundle “helpdesk.zip” not imported. Already in the workspace as “Helpdesk”.\n"), r.err.constData());
        QVERIFY(r.err.contains("$.assistants[0].id: id already exists in the workspace (\"a-help\")\n"));
        const Run after = cli({QStringLiteral("--workspace"), restored, QStringLiteral("export-workspace"), QStringLiteral("--with-content")},
                              otherData);
        QCOMPARE(stripExportedAt(after.out), stripExportedAt(restoredExport));
    }

    void bundleJsonAndErrors()
    {
        const QString zip = m_dir.filePath(QStringLiteral("v1.zip"));
        Run r = cli({QStringLiteral("--workspace"), ws(), QStringLiteral("--json"), QStringLiteral("bundle"), QStringLiteral("a-help-v1"), zip});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("assistant")).toString(), QStringLiteral("a-help"));   // a version bundles its family
        QCOMPARE(o.value(QStringLiteral("versions")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("files")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("without_content")).toArray(), QJsonArray{QStringLiteral("faq.pdf")});

        r = cli({QStringLiteral("--workspace"), ws(), QStringLiteral("bundle"), QStringLiteral("nope"), zip});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, QByteArray("No assistant with id “nope” in this workspace.\n"));
        r = cli({QStringLiteral("--workspace"), ws(), QStringLiteral("bundle"), QStringLiteral("a-help")});
        QCOMPARE(r.code, 2);

        // A damaged bundle: exit 1, one clear line, nothing created.
        const QString broken = m_dir.filePath(QStringLiteral("broken.zip"));
        writeAll(broken, readAll(zip).left(100));
        const QString target = m_dir.filePath(QStringLiteral("never.adesk"));
        r = cli({QStringLiteral("--workspace"), target, QStringLiteral("import-workspace"), broken});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith("Cannot import the bundle “broken.zip”: it is not a readable zip archive"), r.err.constData());
        QVERIFY(r.err.endsWith("Nothing was imported.\n"));
    }
};

QTEST_GUILESS_MAIN(tst_ExportCli)
#include "tst_exportcli.moc"
