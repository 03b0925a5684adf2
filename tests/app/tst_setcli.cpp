// `set`, `workspace init` and `workspace copy` as scripts run them (real CLI processes), on SQLite files and on team
// workspaces (tst_setcli_pg): only the named fields change, all named assistants or none, errors name the field or
// the record, exit statuses as cli.md says; init only on PostgreSQL; copy all or nothing into an empty workspace.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {
CliRun cli(const QStringList &args)
{
    CliOptions options;
    options.timeoutMs = 60000;
    return runCli(args, options);
}

/// Three working assistants (the third archived) and a version of the first.
const char *const Team = R"({"format": "assistant-desk-workspace", "format_version": 1,
  "assistants": [
    {"id": "a1", "name": "Helpdesk", "model": "gpt-4o", "instructions": "Answer order questions.",
     "metadata": {"team": "support", "tier": "1"}, "next_version_number": 2,
     "versions": [{"id": "a1-v1", "version_number": 1, "name": "Helpdesk v1", "model": "gpt-4o"}]},
    {"id": "a2", "name": "Sales", "model": "gpt-4o-mini", "instructions": "Sell."},
    {"id": "a3", "name": "Old bot", "model": "gpt-4o", "is_archived": true}
  ]})";

QByteArray withoutExportTime(QByteArray json)
{
    const qsizetype at = json.indexOf("\"exported_at\"");
    if (at >= 0)
        json.remove(at, json.indexOf('\n', at) - at);
    return json;
}
} // namespace

class tst_SetCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_next = 0;
    QString m_ws;

    QStringList on(const QStringList &args) const { return QStringList{QStringLiteral("--workspace"), m_ws} + args; }

    QJsonObject shown(const QString &id) const
    {
        const CliRun r = cli(on({QStringLiteral("--json"), QStringLiteral("show"), id}));
        return r.code == 0 ? r.json() : QJsonObject{};
    }

    QByteArray exported() const
    {
        return withoutExportTime(cli(on({QStringLiteral("export-workspace"), QStringLiteral("--with-content")})).out);
    }

private slots:
    void init()
    {
        // A fresh workspace for every test: a file, or a database of its own.
        m_ws = workspaceSpec(m_dir, QStringLiteral("set-%1.adesk").arg(++m_next), false);
        QVERIFY(!m_ws.isEmpty());
        const QString doc = m_dir.filePath(QStringLiteral("team.json"));
        writeAll(doc, Team);
        const CliRun r = cli(on({QStringLiteral("import-workspace"), doc}));
        QVERIFY2(r.code == 0, r.err.constData());
    }

    void onlyTheNamedFieldsChange()
    {
        const QJsonObject before = shown(QStringLiteral("a1"));
        const CliRun r = cli(on({QStringLiteral("set"), QStringLiteral("a1"), QStringLiteral("name=Front desk"),
                                 QStringLiteral("temperature=0.3"), QStringLiteral("metadata.region=eu")}));
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err, QByteArray("Changed name, temperature, metadata.region of “Front desk” (a1).\n"));
        QJsonObject after = shown(QStringLiteral("a1"));
        QCOMPARE(after.value(QStringLiteral("name")).toString(), QStringLiteral("Front desk"));
        QCOMPARE(after.value(QStringLiteral("temperature")).toDouble(), 0.3);
        const QJsonObject metadata = after.value(QStringLiteral("metadata")).toObject();
        QCOMPARE(metadata.value(QStringLiteral("region")).toString(), QStringLiteral("eu"));
        QCOMPARE(metadata.value(QStringLiteral("team")).toString(), QStringLiteral("support"));
        QVERIFY(after.value(QStringLiteral("not_pushed")).toBool());
        // Every other field as it was.
        for (const char *key : {"name", "temperature", "metadata", "not_pushed"})
            after.remove(QLatin1String(key));
        QJsonObject unchanged = before;
        for (const char *key : {"name", "temperature", "metadata", "not_pushed"})
            unchanged.remove(QLatin1String(key));
        QCOMPARE(after, unchanged);
        // The other assistants too.
        QCOMPARE(shown(QStringLiteral("a2")).value(QStringLiteral("name")).toString(), QStringLiteral("Sales"));
        QCOMPARE(shown(QStringLiteral("a1-v1")).value(QStringLiteral("name")).toString(), QStringLiteral("Helpdesk v1"));
    }

    void instructionsFromAFileAndMetadataRemoval()
    {
        const QString path = m_dir.filePath(QStringLiteral("instructions.md"));
        const QByteArray text = "# Helpdesk\n\nAnswer in German — „bitte“ — or English.\n";
        writeAll(path, text);
        const CliRun r = cli(on({QStringLiteral("set"), QStringLiteral("a1"), QStringLiteral("instructions=@") + path,
                                 QStringLiteral("metadata.tier="), QStringLiteral("description=Front line")}));
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject a = shown(QStringLiteral("a1"));
        QCOMPARE(a.value(QStringLiteral("instructions")).toString(), QString::fromUtf8(text));
        QCOMPARE(a.value(QStringLiteral("description")).toString(), QStringLiteral("Front line"));
        const QJsonObject metadata = a.value(QStringLiteral("metadata")).toObject();
        QVERIFY(!metadata.contains(QStringLiteral("tier")));
        QCOMPARE(metadata.value(QStringLiteral("team")).toString(), QStringLiteral("support"));
        // An empty description clears it.
        QCOMPARE(cli(on({QStringLiteral("set"), QStringLiteral("a1"), QStringLiteral("description=")})).code, 0);
        QVERIFY(shown(QStringLiteral("a1")).value(QStringLiteral("description")).isNull());

        // A file that cannot be read: exit 1, naming the field and the file; nothing changed.
        const QByteArray before = exported();
        const CliRun missing = cli(on({QStringLiteral("set"), QStringLiteral("a1"), QStringLiteral("name=X"),
                                       QStringLiteral("instructions=@") + m_dir.filePath(QStringLiteral("absent.md"))}));
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.startsWith("Instructions: cannot read “") && missing.err.contains("absent.md"), missing.err.constData());
        QCOMPARE(exported(), before);
    }

    void jsonNamesTheChangedAssistantsAndFields()
    {
        const CliRun r = cli(on({QStringLiteral("--json"), QStringLiteral("set"), QStringLiteral("a1"), QStringLiteral("a2"),
                                 QStringLiteral("model=gpt-4.1")}));
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.err.isEmpty());
        const QJsonArray changed = r.json().value(QStringLiteral("changed")).toArray();
        QCOMPARE(changed.size(), 2);
        const QJsonObject first = changed.at(0).toObject();
        QCOMPARE(first.keys(), (QStringList{QStringLiteral("changed_at"), QStringLiteral("changed_by"), QStringLiteral("fields"),
                                           QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("not_pushed"),
                                           QStringLiteral("row_version")}));
        QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("a1"));
        QCOMPARE(first.value(QStringLiteral("fields")).toArray(), QJsonArray{QStringLiteral("model")});
        QCOMPARE(first.value(QStringLiteral("row_version")).toInteger(), 2);
        QVERIFY(!first.value(QStringLiteral("changed_by")).toString().isEmpty());
        QVERIFY(first.value(QStringLiteral("changed_at")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(changed.at(1).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("a2"));
        QCOMPARE(shown(QStringLiteral("a2")).value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4.1"));
    }

    void allChangesEveryWorkingAssistantThatIsNotArchived()
    {
        const CliRun r = cli(on({QStringLiteral("--json"), QStringLiteral("set"), QStringLiteral("--all"),
                                 QStringLiteral("metadata.owner=ops")}));
        QVERIFY2(r.code == 0, r.err.constData());
        QStringList ids;
        for (const QJsonValue &v : r.json().value(QStringLiteral("changed")).toArray())
            ids << v.toObject().value(QStringLiteral("id")).toString();
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("a1"), QStringLiteral("a2")}));
        QVERIFY(!shown(QStringLiteral("a3")).value(QStringLiteral("metadata")).toObject().contains(QStringLiteral("owner")));
        QVERIFY(!shown(QStringLiteral("a1-v1")).value(QStringLiteral("metadata")).toObject().contains(QStringLiteral("owner")));
    }

    void badValuesNameTheFieldAndChangeNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("firstLine");
        QTest::addColumn<QString>("problem");
        QTest::newRow("temperature not a number") << QStringList{QStringLiteral("a1"), QStringLiteral("temperature=warm")}
                                                  << QStringLiteral("Cannot set the fields of “Helpdesk” (a1); nothing was changed:")
                                                  << QStringLiteral("Temperature: not a number (“warm”)");
        QTest::newRow("temperature out of range") << QStringList{QStringLiteral("a1"), QStringLiteral("name=Fine"), QStringLiteral("temperature=5")}
                                                  << QStringLiteral("Cannot set the fields of “Helpdesk” (a1); nothing was changed:")
                                                  << QStringLiteral("Temperature: must be between 0 and 2");
        QTest::newRow("empty name, two assistants") << QStringList{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("name=")}
                                                    << QStringLiteral("Cannot set the fields of 2 assistants; nothing was changed:")
                                                    << QStringLiteral("a1: Name");
        QTest::newRow("top_p over 1 for all") << QStringList{QStringLiteral("--all"), QStringLiteral("top_p=1.5")}
                                              << QStringLiteral("Cannot set the fields of 2 assistants; nothing was changed:")
                                              << QStringLiteral("a2: Top P: must be between 0 and 1");
        QTest::newRow("unknown id") << QStringList{QStringLiteral("a1"), QStringLiteral("nope"), QStringLiteral("name=X")}
                                    << QStringLiteral("No assistant with id “nope” in this workspace.") << QString();
        QTest::newRow("a version") << QStringList{QStringLiteral("a1-v1"), QStringLiteral("name=X")}
                                   << QStringLiteral("“Helpdesk v1” (a1-v1) is version v1 of “a1”: versions are read-only. Set the "
                                                     "fields of the working assistant a1 instead.")
                                   << QString();
        QTest::newRow("archived, with a good one") << QStringList{QStringLiteral("a2"), QStringLiteral("a3"), QStringLiteral("name=X")}
                                                   << QStringLiteral("“Old bot” (a3) is archived: archived assistants are read-only.")
                                                   << QStringLiteral("Nothing was changed.");
    }

    void badValuesNameTheFieldAndChangeNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, firstLine);
        QFETCH(QString, problem);
        const QByteArray before = exported();
        const CliRun r = cli(on(QStringList{QStringLiteral("set")} + args));
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        const QStringList lines = QString::fromUtf8(r.err).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.first(), firstLine);
        if (!problem.isEmpty())
            QVERIFY2(lines.mid(1).join(u'\n').contains(problem), r.err.constData());
        QCOMPARE(exported(), before);
    }

    void usageErrorsExit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown field") << QStringList{QStringLiteral("a1"), QStringLiteral("colour=red")}
                                       << QStringLiteral("Field “colour”: set changes only name, description, instructions, model, "
                                                         "temperature, top_p, metadata.KEY.");
        QTest::newRow("metadata without a key") << QStringList{QStringLiteral("a1"), QStringLiteral("metadata.=x")}
                                                << QStringLiteral("Field “metadata.”");
        QTest::newRow("no field name") << QStringList{QStringLiteral("a1"), QStringLiteral("=x")} << QStringLiteral("“=x”: expected FIELD=VALUE");
        QTest::newRow("id after the edits") << QStringList{QStringLiteral("a1"), QStringLiteral("name=x"), QStringLiteral("a2")}
                                            << QStringLiteral("“a2”: expected FIELD=VALUE");
        QTest::newRow("field twice") << QStringList{QStringLiteral("a1"), QStringLiteral("name=x"), QStringLiteral("name=y")}
                                     << QStringLiteral("Field “name” is given twice.");
        QTest::newRow("no edits") << QStringList{QStringLiteral("a1")} << QStringLiteral("set needs at least one FIELD=VALUE edit");
        QTest::newRow("no ids") << QStringList{QStringLiteral("name=x")} << QStringLiteral("set needs the assistant IDs (or --all)");
        QTest::newRow("ids and --all") << QStringList{QStringLiteral("a1"), QStringLiteral("--all"), QStringLiteral("name=x")}
                                       << QStringLiteral("set takes assistant IDs or --all, not both.");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("a1"), QStringLiteral("--force"), QStringLiteral("name=x")}
                                        << QStringLiteral("Unknown option for set: --force");
    }

    void usageErrorsExit2()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QByteArray before = exported();
        const CliRun r = cli(on(QStringList{QStringLiteral("set")} + args));
        QCOMPARE(r.code, 2);
        QVERIFY2(QString::fromUtf8(r.err).startsWith(message), r.err.constData());
        QVERIFY(r.err.contains("Run 'assistant-desk-cli --help' for usage."));
        QCOMPARE(exported(), before);
    }

    void twoWritersOnDifferentFieldsBothKeepTheirChange()
    {
        for (int round = 1; round <= 5; ++round) {
            QProcess first, second;
            first.start(QStringLiteral(ADESK_CLI_PATH), on({QStringLiteral("set"), QStringLiteral("a1"),
                                                             QStringLiteral("instructions=Round %1").arg(round)}));
            second.start(QStringLiteral(ADESK_CLI_PATH), on({QStringLiteral("set"), QStringLiteral("a1"),
                                                              QStringLiteral("metadata.round=%1").arg(round)}));
            QVERIFY(first.waitForFinished(60000) && second.waitForFinished(60000));
            QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
            QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
            const QJsonObject a = shown(QStringLiteral("a1"));
            QCOMPARE(a.value(QStringLiteral("instructions")).toString(), QStringLiteral("Round %1").arg(round));
            QCOMPARE(a.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("round")).toString(), QString::number(round));
            QCOMPARE(a.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("team")).toString(), QStringLiteral("support"));
        }
    }

    // --- workspace init -----------------------------------------------------------------------------------------

    void initNeedsAPostgresUrl()
    {
        const CliRun path = cli({QStringLiteral("workspace"), QStringLiteral("init"), m_dir.filePath(QStringLiteral("new.adesk"))});
        QCOMPARE(path.code, 2);
        QVERIFY2(path.err.contains("needs a postgresql:// URL"), path.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("new.adesk"))));
        const CliRun http = cli({QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("http://adesk@127.0.0.1/team")});
        QCOMPARE(http.code, 1);
        QVERIFY2(http.err.contains("“http://adesk@127.0.0.1/team” is a http:// URL"), http.err.constData());
        QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init")}).code, 2);
        QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("a"), QStringLiteral("b")}).code, 2);
        QCOMPARE(cli({QStringLiteral("workspace")}).code, 2);
        QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("move")}).code, 2);
    }

    // --- workspace copy -----------------------------------------------------------------------------------------

    void copyIntoAnEmptyWorkspaceGivesTheSameExport()
    {
        const QByteArray source = exported();
        QVERIFY(source.contains("\"a1\""));
        // The target is the same kind as the backend under test (an absent file, a database without the schema),
        // and a file on the other backend, so both directions run.
        const QString target = workspaceSpec(m_dir, QStringLiteral("copy-target-%1.adesk").arg(m_next), false);
        const CliRun r = cli({QStringLiteral("workspace"), QStringLiteral("copy"), m_ws, target});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(withoutExportTime(cli({QStringLiteral("--workspace"), target, QStringLiteral("export-workspace"),
                                        QStringLiteral("--with-content")})
                                       .out),
                 source);
        const QString file = m_dir.filePath(QStringLiteral("copy-file-%1.adesk").arg(m_next));
        QCOMPARE(cli({QStringLiteral("--quiet"), QStringLiteral("workspace"), QStringLiteral("copy"), target, file}).code, 0);
        QCOMPARE(withoutExportTime(cli({QStringLiteral("--workspace"), file, QStringLiteral("export-workspace"),
                                        QStringLiteral("--with-content")})
                                       .out),
                 source);

        // A target with records is refused, naming it; it keeps its own records.
        const CliRun refused = cli({QStringLiteral("workspace"), QStringLiteral("copy"), file, m_ws});
        QCOMPARE(refused.code, 1);
        const QString shownName = WorkspaceLocation::parse(m_ws)->isTeam() ? WorkspaceLocation::parse(m_ws)->database : m_ws;
        QVERIFY2(refused.err.contains("is not empty") && refused.err.contains(shownName.toUtf8()), refused.err.constData());
        QCOMPARE(exported(), source);
    }

    void copyRefusals()
    {
        const QString absent = m_dir.filePath(QStringLiteral("absent-%1.adesk").arg(m_next));
        const QString target = m_dir.filePath(QStringLiteral("never-%1.adesk").arg(m_next));
        const CliRun missing = cli({QStringLiteral("workspace"), QStringLiteral("copy"), absent, target});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains("does not exist"), missing.err.constData());
        QVERIFY(!QFile::exists(absent) && !QFile::exists(target));
        const CliRun self = cli({QStringLiteral("workspace"), QStringLiteral("copy"), m_ws, m_ws});
        QCOMPARE(self.code, 1);
        QVERIFY2(self.err.contains("onto itself"), self.err.constData());
        const CliRun other = cli({QStringLiteral("workspace"), QStringLiteral("copy"), m_ws, QStringLiteral("ftp://host/x")});
        QCOMPARE(other.code, 1);
        QVERIFY2(other.err.contains("is a ftp:// URL"), other.err.constData());
        QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("copy"), m_ws}).code, 2);
        QCOMPARE(cli({QStringLiteral("workspace"), QStringLiteral("copy"), m_ws, target, QStringLiteral("--force")}).code, 2);
        QVERIFY(!QFile::exists(target));
    }

    // --- help ---------------------------------------------------------------------------------------------------

    void helpTexts()
    {
        const CliRun all = cli({QStringLiteral("--help")});
        QCOMPARE(all.code, 0);
        for (const char *line : {"  set (ID… | --all) FIELD=VALUE…", "  workspace init URL", "  workspace copy FROM TO",
                                 "postgresql://user@host:port/dbname"})
            QVERIFY2(all.out.contains(line), line);
        const CliRun set = cli({QStringLiteral("set"), QStringLiteral("--help")});
        QCOMPARE(set.code, 0);
        QVERIFY(set.out.contains("set (ID… | --all) FIELD=VALUE…"));
        QVERIFY(set.out.contains("metadata.KEY"));
        QVERIFY(set.out.contains("instructions=@PATH"));
        QVERIFY(!set.out.contains("import-workspace"));
        const CliRun init = cli({QStringLiteral("workspace"), QStringLiteral("init"), QStringLiteral("--help")});
        QCOMPARE(init.code, 0);
        QVERIFY(init.out.contains("workspace init URL"));
        QVERIFY(!init.out.contains("workspace copy"));
        const CliRun copy = cli({QStringLiteral("workspace"), QStringLiteral("copy"), QStringLiteral("--help")});
        QVERIFY(copy.out.contains("workspace copy FROM TO") && copy.out.contains("all or nothing"));
        const CliRun both = cli({QStringLiteral("workspace"), QStringLiteral("--help")});
        QVERIFY(both.out.contains("workspace init URL") && both.out.contains("workspace copy FROM TO"));
    }
};

QTEST_GUILESS_MAIN(tst_SetCli)
#include "tst_setcli.moc"
