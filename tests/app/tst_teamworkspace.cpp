// Team workspaces on a real PostgreSQL server: the throwaway server .ci/test starts (ADESK_TEST_PG_*), and for the
// cases where the server goes away a private one of its own (.ci/pg-test-server into a temporary folder), stopped and
// started again during the test. Nothing here is mocked: URLs, passwords, roles and rights are the server's.
#include "testsupport.h"

#include "interchange/interchange.h"
#include "storage/storageaccess.h"
#include "storage/workspacecopy.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace TestSupport;

namespace {
QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

QString testPassword()
{
    return env("ADESK_TEST_PG_PASSWORD");
}

QString unique(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

QString databaseOf(const QString &url)
{
    return WorkspaceLocation::parse(url)->database;
}

/// One value of `sql`, run as the superuser through the server's socket (the test server unless told otherwise).
QVariant adminValue(const QString &sql, const QString &database, const QString &socket = env("ADESK_TEST_PG_ADMIN_SOCKET"),
                    int port = env("ADESK_TEST_PG_PORT").toInt())
{
    const QString name = unique(QStringLiteral("adesk-test-value-"));
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(socket);
        db.setPort(port);
        db.setUserName(env("ADESK_TEST_PG_ADMIN_USER"));
        db.setDatabaseName(database);
        if (!db.open()) {
            qWarning("cannot reach the server: %s", qPrintable(db.lastError().text()));
        } else {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
            else
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QByteArray withoutExportTime(QByteArray json)
{
    const qsizetype at = json.indexOf("\"exported_at\"");
    if (at >= 0)
        json.remove(at, json.indexOf('\n', at) - at);
    return json;
}

/// The domain example with one more file of 2.5 MB (three chunks in a team workspace's database).
QByteArray exampleWithBigFile()
{
    QJsonObject doc = QJsonDocument::fromJson(fixture(QStringLiteral("domain-example.json"))).object();
    QByteArray big;
    big.reserve(2'621'440);
    for (int i = 0; big.size() < 2'621'440; ++i)
        big += QByteArray::number(i) + ',';
    big.truncate(2'621'440);
    QJsonArray files = doc.value(QStringLiteral("files")).toArray();
    files.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("f-big")},
                             {QStringLiteral("name"), QStringLiteral("big.csv")},
                             {QStringLiteral("size"), double(big.size())},
                             {QStringLiteral("sha256"), BlobStore::sha256Hex(big)},
                             {QStringLiteral("content_base64"), QString::fromLatin1(big.toBase64())}});
    doc.insert(QStringLiteral("files"), files);
    return QJsonDocument(doc).toJson();
}

CliRun cli(const QStringList &args, const QHash<QString, QString> &extraEnv = {}, const QStringList &unset = {})
{
    CliOptions options;
    options.env = extraEnv;
    options.unsetEnv = unset;
    options.timeoutMs = 120000;
    return runCli(args, options);
}

std::unique_ptr<QProcess> startCli(const QStringList &args, const QHash<QString, QString> &extraEnv = {})
{
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        e.insert(it.key(), it.value());
    p->setProcessEnvironment(e);
    p->start(QStringLiteral(ADESK_CLI_PATH), args);
    return p;
}

/// A PostgreSQL server of this test alone (.ci/pg-test-server), for stopping it while a workspace is open.
class PrivateServer
{
public:
    bool start()
    {
        const QByteArray output = script(QStringLiteral("start"));
        for (const QByteArray &line : output.split('\n')) {
            if (!line.startsWith("export "))
                continue;
            const QByteArray assignment = line.mid(7);
            const qsizetype eq = assignment.indexOf('=');
            m_env.insert(QString::fromUtf8(assignment.left(eq)), QString::fromUtf8(assignment.mid(eq + 1)));
        }
        return !port().isEmpty();
    }
    /// Stops the server the hard way (immediate: every connection dropped, no goodbye). The throwaway server runs
    /// with synchronous_commit off, so a checkpoint first keeps what was committed, as a durable server would.
    bool stop()
    {
        if (!m_started || !exec(QStringLiteral("CHECKPOINT")))
            return false;
        return script(QStringLiteral("stop")).isEmpty() && m_lastExit == 0;
    }
    bool restart()
    {
        script(QStringLiteral("restart"));
        return m_lastExit == 0;
    }
    ~PrivateServer()
    {
        if (m_started)
            script(QStringLiteral("stop"));
    }

    QString port() const { return m_env.value(QStringLiteral("ADESK_TEST_PG_PORT")); }
    QString password() const { return m_env.value(QStringLiteral("ADESK_TEST_PG_PASSWORD")); }
    QString socket() const { return m_dir.path(); }
    /// A new database owned by the test role, and its URL.
    QString newDatabase()
    {
        const QString name = unique(QStringLiteral("t_"));
        if (!adminValue(QStringLiteral("SELECT 1"), QStringLiteral("postgres"), socket(), port().toInt()).isValid())
            return {};
        if (!exec(QStringLiteral("CREATE DATABASE %1 OWNER adesk_test").arg(name)))
            return {};
        return QStringLiteral("postgresql://adesk_test@127.0.0.1:%1/%2?sslmode=disable").arg(port(), name);
    }
    bool exec(const QString &sql, const QString &database = QStringLiteral("postgres"))
    {
        const QString name = unique(QStringLiteral("adesk-private-"));
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(socket());
            db.setPort(port().toInt());
            db.setUserName(QStringLiteral("adesk_admin"));
            db.setDatabaseName(database);
            ok = db.open() && QSqlQuery(db).exec(sql);
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

private:
    QByteArray script(const QString &command)
    {
        QProcess p;
        p.start(QStringLiteral("bash"), {QStringLiteral(ADESK_SOURCE_DIR "/.ci/pg-test-server"), command, m_dir.path()});
        p.waitForFinished(120000);
        m_lastExit = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        if (m_lastExit != 0)
            qWarning("pg-test-server %s: %s", qPrintable(command), p.readAllStandardError().constData());
        if (command == QLatin1String("start"))
            m_started = m_lastExit == 0;
        return p.readAllStandardOutput();
    }

    QTemporaryDir m_dir;
    QHash<QString, QString> m_env;
    bool m_started = false;
    int m_lastExit = -1;
};
} // namespace

class tst_TeamWorkspace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    Result<std::unique_ptr<Workspace>> openTeam(const QString &url, const QString &password = testPassword(),
                                                Database::OpenOptions::Schema schema = Database::OpenOptions::Schema::Never)
    {
        Workspace::OpenOptions options;
        options.database.password = password;
        options.database.createSchema = schema;
        options.blobRoot = m_dir.filePath(QStringLiteral("blobs"));
        return Workspace::open(url, options);
    }

    /// A new team workspace holding the domain example; its URL.
    QString exampleTeamWorkspace()
    {
        const QString url = newPostgresDatabase();
        auto ws = openTeam(url, testPassword(), Database::OpenOptions::Schema::Required);
        if (!ws) {
            qWarning("%s", qPrintable(ws.error().message));
            return {};
        }
        if (Status s = Interchange::importInto(*ws.value(), fixture(QStringLiteral("domain-example.json"))); !s) {
            qWarning("%s", qPrintable(s.error().message));
            return {};
        }
        return url;
    }

private slots:
    void initTestCase()
    {
        // .ci/test always starts the server; without it this suite has nothing to test against, so it fails.
        QVERIFY2(!env("ADESK_TEST_PG_PORT").isEmpty(), "ADESK_TEST_PG_* not set: run through .ci/test");
        QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")));
        qputenv("PGPASSWORD", testPassword().toUtf8());
    }

    // --- naming a team workspace ------------------------------------------------------------------------------

    void malformedUrlsAreRefusedBeforeAnyConnection_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("problem");
        const QString port = env("ADESK_TEST_PG_PORT");
        QTest::newRow("no user") << QStringLiteral("postgresql://127.0.0.1:%1/db").arg(port) << QStringLiteral("name the database user");
        QTest::newRow("no database") << QStringLiteral("postgresql://u@127.0.0.1:%1/").arg(port) << QStringLiteral("name the database");
        QTest::newRow("no server") << QStringLiteral("postgresql://u@/db") << QStringLiteral("name the server");
        QTest::newRow("port out of range") << QStringLiteral("postgresql://u@127.0.0.1:99999/db") << QStringLiteral("port");
        QTest::newRow("port not a number") << QStringLiteral("postgresql://u@127.0.0.1:54x/db") << QStringLiteral("port");
        QTest::newRow("password in the URL") << QStringLiteral("postgresql://u:s3cret-pw@127.0.0.1/db")
                                             << QStringLiteral("leave the password out");
        QTest::newRow("password in a malformed URL") << QStringLiteral("postgresql://u:s3cret-pw@127.0.0.1:54x/db")
                                                     << QStringLiteral("leave the password out");
        QTest::newRow("fragment") << QStringLiteral("postgresql://u@127.0.0.1/db#main") << QStringLiteral("fragment");
        QTest::newRow("unknown option") << QStringLiteral("postgresql://u@127.0.0.1/db?application_name=x")
                                        << QStringLiteral("unknown option “application_name”");
        // libpq takes these as URL options; a workspace URL never does (the password only from PGPASSWORD/keychain).
        QTest::newRow("http-style password option") << QStringLiteral("postgresql://u@127.0.0.1/db?password=s3cret-pw")
                                                    << QStringLiteral("unknown option “password”");
        QTest::newRow("http-style user option") << QStringLiteral("postgresql://u@127.0.0.1/db?user=admin")
                                                << QStringLiteral("unknown option “user”");
        QTest::newRow("repeated option") << QStringLiteral("postgresql://u@127.0.0.1/db?sslmode=require&sslmode=disable")
                                         << QStringLiteral("given twice");
        QTest::newRow("bad sslmode") << QStringLiteral("postgresql://u@127.0.0.1/db?sslmode=maybe") << QStringLiteral("sslmode must be");
        QTest::newRow("remote without TLS") << QStringLiteral("postgresql://u@db.example.org/db?sslmode=disable")
                                            << QStringLiteral("unencrypted");
        QTest::newRow("relative socket folder") << QStringLiteral("postgresql://u@/db?host=run/pg") << QStringLiteral("socket folder");
    }

    void malformedUrlsAreRefusedBeforeAnyConnection()
    {
        QFETCH(QString, url);
        QFETCH(QString, problem);
        auto parsed = WorkspaceLocation::parse(url);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().kind, ErrorKind::Validation);
        QVERIFY2(parsed.error().message.startsWith(QStringLiteral("Workspace URL: ")), qPrintable(parsed.error().message));
        QVERIFY2(parsed.error().message.contains(problem), qPrintable(parsed.error().message));
        QVERIFY2(!parsed.error().message.contains(QStringLiteral("s3cret")), qPrintable(parsed.error().message));
        QVERIFY(!openTeam(url));

        // The CLI says the same, exits 1 and creates nothing (no folder named after the URL).
        const QString before = QDir::current().entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(u',');
        const CliRun r = cli({QStringLiteral("--workspace"), url, QStringLiteral("list")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(problem.toUtf8()), r.err.constData());
        QVERIFY(!r.err.contains("s3cret"));
        QCOMPARE(QDir::current().entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(u','), before);
    }

    void otherSchemesAreRefusedNeverTakenAsFiles_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("scheme");
        QTest::newRow("http") << QStringLiteral("http://adesk@127.0.0.1:5432/db") << QStringLiteral("http");
        QTest::newRow("https") << QStringLiteral("https://example.org/team.adesk") << QStringLiteral("https");
        QTest::newRow("mysql with a password") << QStringLiteral("mysql://adesk:s3cret-pw@127.0.0.1/db") << QStringLiteral("mysql");
        QTest::newRow("file") << QStringLiteral("file:///tmp/team.adesk") << QStringLiteral("file");
        QTest::newRow("sqlite") << QStringLiteral("sqlite://team.adesk") << QStringLiteral("sqlite");
    }

    void otherSchemesAreRefusedNeverTakenAsFiles()
    {
        QFETCH(QString, url);
        QFETCH(QString, scheme);
        auto parsed = WorkspaceLocation::parse(url);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(QStringLiteral("is a %1:// URL").arg(scheme)), qPrintable(parsed.error().message));
        QVERIFY(parsed.error().message.contains(QStringLiteral("postgresql://")));
        QVERIFY2(!parsed.error().message.contains(QStringLiteral("s3cret")), qPrintable(parsed.error().message));

        const QString before = QDir::current().entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(u',');
        for (const QString &command : {QStringLiteral("list"), QStringLiteral("import-workspace")}) {
            QStringList args{QStringLiteral("--workspace"), url, command};
            if (command == QLatin1String("import-workspace"))
                args << fixturePath(QStringLiteral("domain-example.json"));
            const CliRun r = cli(args);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(QStringLiteral("is a %1:// URL").arg(scheme).toUtf8()), r.err.constData());
            QVERIFY(!r.err.contains("s3cret"));
        }
        QCOMPARE(QDir::current().entryList(QDir::AllEntries | QDir::NoDotAndDotDot).join(u','), before);
        QVERIFY(!QFileInfo::exists(scheme + QLatin1Char(':')));
    }

    // --- opening: credentials, database, rights, schema -----------------------------------------------------

    void wrongPasswordIsUnauthorizedAndNeverShown()
    {
        const QString url = exampleTeamWorkspace();
        QVERIFY(!url.isEmpty());
        const QString wrong = QStringLiteral("not-the-password-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(6));
        auto ws = openTeam(url, wrong);
        QVERIFY(!ws);
        QCOMPARE(ws.error().kind, ErrorKind::Unauthorized);
        QVERIFY2(ws.error().message.contains(QStringLiteral("rejected the password of the role “adesk_test”")),
                 qPrintable(ws.error().message));
        QVERIFY(!ws.error().message.contains(wrong));
        QVERIFY(!ws.error().details.join(u' ').contains(wrong));

        const CliRun r = cli({QStringLiteral("--workspace"), url, QStringLiteral("list")},
                             {{QStringLiteral("PGPASSWORD"), wrong}});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("rejected the password"), r.err.constData());
        QVERIFY(!r.err.contains(wrong.toUtf8()) && !r.out.contains(wrong.toUtf8()));

        // No password at all (none in PGPASSWORD, none in the keychain): the message says where it comes from.
        const CliRun none = cli({QStringLiteral("--workspace"), url, QStringLiteral("list")}, {}, {QStringLiteral("PGPASSWORD")});
        QCOMPARE(none.code, 1);
        QVERIFY2(none.err.contains("PGPASSWORD") && none.err.contains("keychain"), none.err.constData());
    }

    void missingDatabaseIsNamedAndNotCreated()
    {
        const QString name = unique(QStringLiteral("t_absent_"));
        const QString url = QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=disable")
                                .arg(env("ADESK_TEST_PG_USER"), env("ADESK_TEST_PG_HOST"), env("ADESK_TEST_PG_PORT"), name);
        for (const auto schema : {Database::OpenOptions::Schema::Never, Database::OpenOptions::Schema::IfMissing,
                                  Database::OpenOptions::Schema::Required}) {
            auto ws = openTeam(url, testPassword(), schema);
            QVERIFY(!ws);
            QCOMPARE(ws.error().kind, ErrorKind::NotFound);
            QVERIFY2(ws.error().message.contains(QStringLiteral("The database “%1” does not exist").arg(name)),
                     qPrintable(ws.error().message));
        }
        const CliRun r = cli({QStringLiteral("--workspace"), url, QStringLiteral("import-workspace"),
                              fixturePath(QStringLiteral("domain-example.json"))});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("does not exist"), r.err.constData());
        QCOMPARE(adminValue(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'").arg(name),
                            QStringLiteral("postgres"))
                     .toInt(),
                 0);
    }

    void databaseWithoutWorkspaceIsRefusedUntilInit()
    {
        const QString url = newPostgresDatabase();
        auto ws = openTeam(url);
        QVERIFY(!ws);
        QCOMPARE(ws.error().kind, ErrorKind::NotFound);
        QVERIFY2(ws.error().message.contains(QStringLiteral("workspace init")), qPrintable(ws.error().message));
        QCOMPARE(adminValue(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"),
                            databaseOf(url))
                     .toInt(),
                 0);
    }

    void workspaceInitCreatesTheSchemaOnce()
    {
        const QString url = newPostgresDatabase();
        const CliRun list0 = cli({QStringLiteral("--workspace"), url, QStringLiteral("list")});
        QCOMPARE(list0.code, 1);
        QVERIFY2(list0.err.contains("workspace init"), list0.err.constData());
        const CliRun r = cli({QStringLiteral("--json"), QStringLiteral("workspace"), QStringLiteral("init"), url});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("schema_version")).toInt(), Database::CurrentSchemaVersion);
        QCOMPARE(o.value(QStringLiteral("user")).toString(), env("ADESK_TEST_PG_USER"));
        QCOMPARE(o.value(QStringLiteral("workspace")).toString(), WorkspaceLocation::parse(url)->toString());
        QCOMPARE(adminValue(QStringLiteral("SELECT value FROM adesk_meta WHERE key = 'schema_version'"), databaseOf(url)).toString(),
                 QString::number(Database::CurrentSchemaVersion));
        const CliRun list = cli({QStringLiteral("--workspace"), url, QStringLiteral("--json"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0);
        // A second init refuses, naming the database, and changes nothing.
        QCOMPARE(cli({QStringLiteral("--workspace"), url, QStringLiteral("set"), QStringLiteral("--all"), QStringLiteral("name=x")}).code, 0);
        const int changes = adminValue(QStringLiteral("SELECT count(*) FROM changes"), databaseOf(url)).toInt();
        const CliRun again = cli({QStringLiteral("workspace"), QStringLiteral("init"), url});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains("already holds an Assistant Desk workspace") && again.err.contains(databaseOf(url).toUtf8()),
                 again.err.constData());
        QCOMPARE(adminValue(QStringLiteral("SELECT count(*) FROM changes"), databaseOf(url)).toInt(), changes);
        // A database holding another program's tables is not taken over.
        const QString foreign = newPostgresDatabase();
        QVERIFY(postgresAdmin(QStringLiteral("CREATE TABLE local_ids (x INTEGER)"), databaseOf(foreign)));
        const CliRun taken = cli({QStringLiteral("workspace"), QStringLiteral("init"), foreign});
        QCOMPARE(taken.code, 1);
        QVERIFY2(taken.err.contains("tables of another program"), taken.err.constData());
    }

    void selectOnlyRoleOpensReadOnlyAndRefusesEveryWriteBeforeItStarts()
    {
        const QString url = exampleTeamWorkspace();
        QVERIFY(!url.isEmpty());
        const QString role = unique(QStringLiteral("reader_"));
        QVERIFY(postgresAdmin(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'reader-pw'").arg(role)));
        QVERIFY(postgresAdmin(QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(role), databaseOf(url)));
        const QString readerUrl = QString(url).replace(QStringLiteral("://adesk_test@"), QStringLiteral("://%1@").arg(role));

        auto opened = openTeam(readerUrl, QStringLiteral("reader-pw"));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        Workspace &ws = *opened.value();
        QVERIFY(ws.isReadOnly());
        QCOMPARE(ws.userName(), role);
        const QString reason = ws.readOnlyReason();
        QVERIFY2(reason.contains(QStringLiteral("read-only for the role “%1”").arg(role)), qPrintable(reason));
        // Reading works: every record, the history.
        QCOMPARE(ws.assistants().size(), 2);
        QCOMPARE(ws.experiments().size(), 3);
        const QByteArray before = Interchange::exportFrom(ws, true, QDateTime::fromSecsSinceEpoch(0));
        QVERIFY(before.contains("c2t1LHByaWNlCg=="));

        Assistant edited = ws.assistant(QStringLiteral("a-help")).value();
        edited.instructions = QStringLiteral("Changed by a reader");
        const auto refusedBeforeStart = [&](const char *what, const Error &e) {
            QVERIFY2(e.kind == ErrorKind::Refused, what);
            QVERIFY2(e.message == reason, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what), e.message)));
            QVERIFY2(!e.message.contains(QStringLiteral("permission denied")) && !e.details.join(u' ').contains(QStringLiteral("permission denied")),
                     what);
        };
        const auto refused = [&](const char *what, const auto &result) {
            QVERIFY2(!result, what);
            refusedBeforeStart(what, result.error());
        };
        refused("saveAssistant", ws.saveAssistant(edited));
        refused("setAssistantFields", ws.setAssistantFields({QStringLiteral("a-help")}, {{QStringLiteral("name"), QStringLiteral("X")}}));
        refused("createAssistant", ws.createAssistant(namedAssistant(QStringLiteral("New"))));
        refused("duplicateAssistant", ws.duplicateAssistant(QStringLiteral("a-help")));
        refused("addFile", ws.addFile(QStringLiteral("notes.txt"), "hello"));
        refused("setSetting", ws.setSetting(QStringLiteral("connection.base_url"), QStringLiteral("https://x.example/v1")));
        refused("createExperiment", ws.createExperiment(QStringLiteral("E")));
        refused("renameExperiment", ws.renameExperiment(QStringLiteral("e-sales"), QStringLiteral("Renamed")));
        refused("archiveExperiment", ws.archiveExperiment(QStringLiteral("e-sales")));
        refused("createPipeline", ws.createPipeline(QStringLiteral("P")));
        refused("addPipelineNode", ws.addPipelineNode(QStringLiteral("p-triage"), QStringLiteral("llm"), QString()));
        refused("storeCheckFailure", ws.storeCheckFailure(QStringLiteral("a-help"), QStringLiteral("offline")));
        refused("clearRemoteCache", ws.clearRemoteCache());
        refused("linkAssistant", ws.linkAssistant(QStringLiteral("a-help"), QStringLiteral("asst_Other")));
        refused("markPushed", ws.markPushed(QStringLiteral("a-help")));
        refused("importData", ws.importData(WorkspaceData{}));
        QCOMPARE(Interchange::exportFrom(ws, true, QDateTime::fromSecsSinceEpoch(0)), before);

        // The CLI: `set` and `import-workspace` refused with the same sentence, exit 1; nothing changed.
        const QHash<QString, QString> asReader{{QStringLiteral("PGPASSWORD"), QStringLiteral("reader-pw")}};
        const CliRun set = cli({QStringLiteral("--workspace"), readerUrl, QStringLiteral("set"), QStringLiteral("a-help"),
                                QStringLiteral("name=By the reader")},
                               asReader);
        QCOMPARE(set.code, 1);
        QCOMPARE(QString::fromUtf8(set.err).trimmed(), reason);
        const CliRun import = cli({QStringLiteral("--workspace"), readerUrl, QStringLiteral("import-workspace"),
                                   fixturePath(QStringLiteral("domain-example.json"))},
                                  asReader);
        QCOMPARE(import.code, 1);
        QVERIFY2(import.err.contains(reason.toUtf8()), import.err.constData());
        const CliRun list = cli({QStringLiteral("--workspace"), readerUrl, QStringLiteral("--json"), QStringLiteral("list")}, asReader);
        QCOMPARE(list.code, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out).array().first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Helpdesk"));
        QCOMPARE(Interchange::exportFrom(ws, true, QDateTime::fromSecsSinceEpoch(0)), before);
        // As a copy target a read-only workspace refuses too.
        QTemporaryDir dir;
        auto source = Workspace::open(dir.filePath(QStringLiteral("src.adesk")));
        QVERIFY(source);
        const Status copied = WorkspaceCopy::copy(*source.value(), ws);
        QVERIFY(!copied);
        refusedBeforeStart("WorkspaceCopy::copy", copied.error());
    }

    void schemaNewerThanTheAppIsRefusedWithoutChange()
    {
        const QString url = exampleTeamWorkspace();
        QVERIFY(!url.isEmpty());
        const QString db = databaseOf(url);
        QVERIFY(postgresAdmin(QStringLiteral("UPDATE adesk_meta SET value = '99' WHERE key = 'schema_version'"), db));
        const QString tablesSql = QStringLiteral("SELECT string_agg(table_name, ',' ORDER BY table_name) FROM "
                                                 "information_schema.tables WHERE table_schema = 'public'");
        const QString tables = adminValue(tablesSql, db).toString();
        const int changes = adminValue(QStringLiteral("SELECT count(*) FROM changes"), db).toInt();
        for (const auto schema : {Database::OpenOptions::Schema::Never, Database::OpenOptions::Schema::IfMissing}) {
            auto ws = openTeam(url, testPassword(), schema);
            QVERIFY(!ws);
            QVERIFY2(ws.error().message.contains(QStringLiteral("newer version of Assistant Desk (workspace format 99")),
                     qPrintable(ws.error().message));
            QVERIFY(ws.error().message.contains(QStringLiteral("Nothing was changed")));
        }
        const CliRun r = cli({QStringLiteral("--workspace"), url, QStringLiteral("set"), QStringLiteral("a-help"),
                              QStringLiteral("name=X")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("newer version"), r.err.constData());
        QCOMPARE(adminValue(QStringLiteral("SELECT value FROM adesk_meta WHERE key = 'schema_version'"), db).toString(),
                 QStringLiteral("99"));
        QCOMPARE(adminValue(tablesSql, db).toString(), tables);
        QCOMPARE(adminValue(QStringLiteral("SELECT count(*) FROM changes"), db).toInt(), changes);
        QCOMPARE(adminValue(QStringLiteral("SELECT name FROM assistants WHERE id = 'a-help'"), db).toString(),
                 QStringLiteral("Helpdesk"));
    }

    // --- the server goes away ---------------------------------------------------------------------------------

    void serverStoppedMidSaveFailsClearlyKeepsTheEditAndSucceedsAfterRestart()
    {
        PrivateServer server;
        QVERIFY(server.start());
        const QString url = server.newDatabase();
        QVERIFY(!url.isEmpty());
        auto opened = openTeam(url, server.password(), Database::OpenOptions::Schema::Required);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        Workspace &ws = *opened.value();
        QVERIFY(Interchange::importInto(ws, fixture(QStringLiteral("domain-example.json"))));

        // 1. The server stops under an open workspace; the save fails with a clear message and writes nothing.
        Assistant edit = ws.assistant(QStringLiteral("a-help")).value();
        edit.instructions = QStringLiteral("Answer order and refund questions.");
        const Assistant myEdit = edit;
        QVERIFY(server.stop());
        const Status failed = ws.saveAssistant(edit);
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind, ErrorKind::Network);
        QVERIFY2(failed.error().message.startsWith(QStringLiteral("Cannot reach the workspace server 127.0.0.1:%1").arg(server.port())),
                 qPrintable(failed.error().message));
        QVERIFY2(failed.error().message.contains(QStringLiteral("Nothing was saved; try again when it is back.")),
                 qPrintable(failed.error().message));
        QVERIFY(!failed.error().message.contains(server.password()));
        QCOMPARE(edit, myEdit);   // the caller's edit is untouched, ready to be saved again
        QVERIFY(!ws.saveAssistant(edit));   // still down: the same refusal, no crash, no half write

        // 2. Back again: the same workspace object reconnects, and the same edit saves.
        QVERIFY(server.restart());
        const Status saved = ws.saveAssistant(edit);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        QCOMPARE(ws.assistant(QStringLiteral("a-help"))->instructions, myEdit.instructions);

        // 3. Stopped in the middle of a save: a CLI `set` waits for a row another session holds, and the server
        //    stops while it waits. It exits 4 with the message; nothing of it is written; after a restart it works.
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("holder"));
        {
            holder.setHostName(QStringLiteral("127.0.0.1"));
            holder.setPort(server.port().toInt());
            holder.setUserName(QStringLiteral("adesk_test"));
            holder.setPassword(server.password());
            holder.setDatabaseName(databaseOf(url));
            holder.setConnectOptions(QStringLiteral("sslmode=disable"));
            QVERIFY(holder.open());
            QSqlQuery lock(holder);
            QVERIFY(lock.exec(QStringLiteral("BEGIN")));
            QVERIFY(lock.exec(QStringLiteral("SELECT id FROM assistants WHERE id = 'a-help' FOR UPDATE")));
            const QHash<QString, QString> cliEnv{{QStringLiteral("PGPASSWORD"), server.password()}};
            auto setting = startCli({QStringLiteral("--workspace"), url, QStringLiteral("set"), QStringLiteral("a-help"),
                                     QStringLiteral("name=Helpdesk 2")},
                                    cliEnv);
            QVERIFY(setting->waitForStarted(10000));
            QTRY_VERIFY_WITH_TIMEOUT(adminValue(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                                               "application_name = 'assistant-desk' AND wait_event_type = 'Lock'"),
                                                QStringLiteral("postgres"), server.socket(), server.port().toInt())
                                             .toInt()
                                         == 1,
                                     20000);
            QVERIFY(server.stop());
            QVERIFY(setting->waitForFinished(60000));
            const QByteArray err = setting->readAllStandardError();
            QCOMPARE(setting->exitCode(), 4);
            QVERIFY2(err.contains("Cannot reach the workspace server") && err.contains("Nothing was saved"), err.constData());
            QVERIFY(!err.contains(server.password().toUtf8()));
            lock.finish();
            holder.close();
        }
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        QVERIFY(server.restart());
        QCOMPARE(ws.assistant(QStringLiteral("a-help"))->name, QStringLiteral("Helpdesk"));   // nothing of it written
        const CliRun again = cli({QStringLiteral("--workspace"), url, QStringLiteral("set"), QStringLiteral("a-help"),
                                  QStringLiteral("name=Helpdesk 2")},
                                 {{QStringLiteral("PGPASSWORD"), server.password()}});
        QCOMPARE(again.code, 0);
        QCOMPARE(ws.assistant(QStringLiteral("a-help"))->name, QStringLiteral("Helpdesk 2"));
        QCOMPARE(ws.assistant(QStringLiteral("a-help"))->instructions, myEdit.instructions);   // both edits kept
    }

    // --- several desktops on one workspace ----------------------------------------------------------------------

    void aSaveReachesTheOtherDesktopWithinASecond()
    {
        const QString url = exampleTeamWorkspace();
        QVERIFY(!url.isEmpty());
        auto a = openTeam(url);
        auto b = openTeam(url);
        QVERIFY(a && b);
        Workspace &mine = *a.value();
        Workspace &theirs = *b.value();
        theirs.watchChanges(true);
        mine.watchChanges(true);
        QSignalSpy external(&theirs, &Workspace::externalChange);
        QSignalSpy changed(&theirs, &Workspace::assistantChanged);
        QSignalSpy echo(&mine, &Workspace::externalChange);
        for (int round = 1; round <= 3; ++round) {
            Assistant edit = mine.assistant(QStringLiteral("a-help")).value();
            edit.instructions = QStringLiteral("Round %1").arg(round);
            QElapsedTimer timer;
            timer.start();
            QVERIFY(mine.saveAssistant(edit));
            QVERIFY(changed.wait(1000));
            QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
            QCOMPARE(changed.takeLast().at(0).toString(), QStringLiteral("a-help"));
            QCOMPARE(theirs.assistant(QStringLiteral("a-help"))->instructions, edit.instructions);
        }
        QVERIFY(external.size() >= 3);
        const auto entry = external.first().at(0).value<ChangeEntry>();
        QCOMPARE(entry.kind, QStringLiteral("assistant"));
        QCOMPARE(entry.recordId, QStringLiteral("a-help"));
        QCOMPARE(entry.changedBy, env("ADESK_TEST_PG_USER"));
        QVERIFY(entry.fields.contains(QStringLiteral("instructions")));
        QVERIFY(!entry.mine);
        // A script's `set` is seen the same way (waiting for the script runs the event loop, so the signal may
        // already be there when it exits).
        changed.clear();
        const CliRun r = cli({QStringLiteral("--workspace"), url, QStringLiteral("set"), QStringLiteral("a-help"),
                              QStringLiteral("model=gpt-4o-mini")});
        QCOMPARE(r.code, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 1000);
        QCOMPARE(theirs.assistant(QStringLiteral("a-help"))->model, QStringLiteral("gpt-4o-mini"));
        // The desktop that saved does not hear its own saves as somebody else's: only the script's.
        QTRY_VERIFY(!echo.isEmpty());
        for (const auto &signal : std::as_const(echo))
            QVERIFY(signal.at(0).value<ChangeEntry>().fields.contains(QStringLiteral("model")));
    }

    void saveOnAnOlderVersionIsAConflictAndWritesNothing()
    {
        const QString url = exampleTeamWorkspace();
        QVERIFY(!url.isEmpty());
        auto a = openTeam(url);
        auto b = openTeam(url);
        QVERIFY(a && b);
        const qint64 base = b.value()->stamp(QStringLiteral("a-help"))->rowVersion;
        Assistant theirs = b.value()->assistant(QStringLiteral("a-help")).value();
        Assistant mine = a.value()->assistant(QStringLiteral("a-help")).value();
        mine.name = QStringLiteral("Helpdesk (mine)");
        QVERIFY(a.value()->saveAssistant(mine, base));
        const RecordStamp after = a.value()->stamp(QStringLiteral("a-help")).value();
        QCOMPARE(after.rowVersion, base + 1);

        theirs.instructions = QStringLiteral("Their instructions");
        const Status s = b.value()->saveAssistant(theirs, base);
        QVERIFY(!s);
        QCOMPARE(s.error().kind, ErrorKind::Conflict);
        QVERIFY2(s.error().message.contains(QStringLiteral("was changed by %1").arg(env("ADESK_TEST_PG_USER"))),
                 qPrintable(s.error().message));
        QVERIFY(s.error().message.contains(QStringLiteral("Nothing was saved")));
        QCOMPARE(b.value()->stamp(QStringLiteral("a-help")).value(), after);
        QCOMPARE(b.value()->assistant(QStringLiteral("a-help"))->instructions, QStringLiteral("Answer order questions."));
        // Saved again on the version it now knows, it goes through.
        QVERIFY(b.value()->saveAssistant(theirs, after.rowVersion));
    }

    void historyRecordsWhichRoleChangedWhat()
    {
        const QString url = exampleTeamWorkspace();
        QVERIFY(!url.isEmpty());
        const QString role = unique(QStringLiteral("writer_"));
        QVERIFY(postgresAdmin(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'writer-pw'").arg(role)));
        QVERIFY(postgresAdmin(QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1").arg(role),
                              databaseOf(url)));
        auto writer = openTeam(QString(url).replace(QStringLiteral("://adesk_test@"), QStringLiteral("://%1@").arg(role)),
                               QStringLiteral("writer-pw"));
        QVERIFY2(writer, writer ? "" : qPrintable(writer.error().message));
        QVERIFY(!writer.value()->isReadOnly());
        auto owner = openTeam(url);
        QVERIFY(owner);

        QVERIFY(writer.value()->setAssistantFields({QStringLiteral("a-help")}, {{QStringLiteral("name"), QStringLiteral("Desk")}}));
        QCOMPARE(writer.value()->stamp(QStringLiteral("a-help"))->changedBy, role);
        Assistant edit = owner.value()->assistant(QStringLiteral("a-help")).value();
        edit.temperature = 0.2;
        QVERIFY(owner.value()->saveAssistant(edit));
        const RecordStamp stamp = owner.value()->stamp(QStringLiteral("a-help")).value();
        QCOMPARE(stamp.changedBy, env("ADESK_TEST_PG_USER"));
        QVERIFY(QDateTime::fromString(stamp.changedAt, Qt::ISODate).secsTo(QDateTime::currentDateTimeUtc()) < 60);

        QList<ChangeEntry> history;
        for (const ChangeEntry &c : owner.value()->history({QStringLiteral("a-help")}))
            if (c.action == QLatin1String("update"))
                history << c;
        QVERIFY(history.size() >= 2);
        QCOMPARE(history.at(0).changedBy, env("ADESK_TEST_PG_USER"));
        QCOMPARE(history.at(0).fields, QStringList{QStringLiteral("temperature")});
        QVERIFY(history.at(0).mine);
        QCOMPARE(history.at(1).changedBy, role);
        QCOMPARE(history.at(1).fields, QStringList{QStringLiteral("name")});
        QVERIFY(!history.at(1).mine);
        // The CLI's writes carry the role the URL names.
        QVERIFY(cli({QStringLiteral("--workspace"), url, QStringLiteral("set"), QStringLiteral("a-help"), QStringLiteral("top_p=0.5")}).code == 0);
        bool seen = false;
        for (const ChangeEntry &c : owner.value()->history({QStringLiteral("a-help")}, 3))
            if (c.action == QLatin1String("update") && c.fields == QStringList{QStringLiteral("top_p")})
                seen = c.changedBy == env("ADESK_TEST_PG_USER") && !c.mine;
        QVERIFY(seen);
        // Several metadata keys in one `set`: each is named.
        QVERIFY(owner.value()->setAssistantFields({QStringLiteral("a-help")}, {{QStringLiteral("metadata.a"), QStringLiteral("1")},
                                                                              {QStringLiteral("metadata.b"), QStringLiteral("2")}}));
        QStringList named;
        for (const ChangeEntry &c : owner.value()->history({QStringLiteral("a-help")}, 2))
            if (c.action == QLatin1String("update") && named.isEmpty())
                named = c.fields;
        QCOMPARE(named, (QStringList{QStringLiteral("metadata.a"), QStringLiteral("metadata.b")}));
    }

    void twoWritersSettingDifferentFieldsBothKeepTheirChange()
    {
        const QString url = exampleTeamWorkspace();
        QVERIFY(!url.isEmpty());
        auto ws = openTeam(url);
        QVERIFY(ws);
        for (int round = 1; round <= 8; ++round) {
            const QString text = QStringLiteral("Round %1 instructions").arg(round);
            auto first = startCli({QStringLiteral("--workspace"), url, QStringLiteral("set"), QStringLiteral("a-help"),
                                   QStringLiteral("instructions=") + text});
            auto second = startCli({QStringLiteral("--workspace"), url, QStringLiteral("set"), QStringLiteral("a-help"),
                                    QStringLiteral("metadata.round=%1").arg(round), QStringLiteral("temperature=0.%1").arg(round)});
            QVERIFY(first->waitForFinished(60000) && second->waitForFinished(60000));
            QVERIFY2(first->exitCode() == 0, first->readAllStandardError().constData());
            QVERIFY2(second->exitCode() == 0, second->readAllStandardError().constData());
            const Assistant a = ws.value()->assistant(QStringLiteral("a-help")).value();
            QCOMPARE(a.instructions, text);
            QCOMPARE(a.metadata.value(QStringLiteral("round")), QString::number(round));
            QCOMPARE(a.temperature, QStringLiteral("0.%1").arg(round).toDouble());
            QCOMPARE(a.name, QStringLiteral("Helpdesk"));   // a field neither named stays
        }
    }

    // --- workspace copy -----------------------------------------------------------------------------------------

    void copyBothWaysGivesTheSameExportIncludingFileContents()
    {
        // Each program run gets its own local file store, so the contents can only come through the workspaces.
        const auto store = [this](const QString &name) {
            return QHash<QString, QString>{{QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data-") + name)}};
        };
        const QString document = m_dir.filePath(QStringLiteral("big.json"));
        writeAll(document, exampleWithBigFile());
        const QString source = m_dir.filePath(QStringLiteral("copy-source.adesk"));
        QCOMPARE(cli({QStringLiteral("--workspace"), source, QStringLiteral("import-workspace"), document}, store(QStringLiteral("a"))).code, 0);
        const CliRun sourceExport = cli({QStringLiteral("--workspace"), source, QStringLiteral("export-workspace"),
                                         QStringLiteral("--with-content")},
                                        store(QStringLiteral("a")));
        QCOMPARE(sourceExport.code, 0);
        QVERIFY(sourceExport.out.contains("c2t1LHByaWNlCg=="));
        QVERIFY(sourceExport.out.size() > 3'000'000);   // the big file's content is in it

        // SQLite → PostgreSQL (a database without the schema gets it).
        const QString team = newPostgresDatabase();
        const CliRun up = cli({QStringLiteral("--json"), QStringLiteral("workspace"), QStringLiteral("copy"), source, team},
                              store(QStringLiteral("a")));
        QVERIFY2(up.code == 0, up.err.constData());
        const QJsonObject copied = up.json().value(QStringLiteral("copied")).toObject();
        QCOMPARE(copied.value(QStringLiteral("assistants")).toInt(), 2);
        QCOMPARE(copied.value(QStringLiteral("files")).toInt(), 3);
        QCOMPARE(copied.value(QStringLiteral("experiments")).toInt(), 3);
        QCOMPARE(copied.value(QStringLiteral("pipelines")).toInt(), 1);
        QCOMPARE(adminValue(QStringLiteral("SELECT count(*) FROM blob_chunks WHERE sha256 = '%1'")
                                .arg(BlobStore::sha256Hex(QByteArray::fromBase64(
                                    QJsonDocument::fromJson(readAll(document)).object().value(QStringLiteral("files")).toArray()
                                        .at(2).toObject().value(QStringLiteral("content_base64")).toString().toLatin1()))),
                            databaseOf(team))
                     .toInt(),
                 3);
        const CliRun teamExport = cli({QStringLiteral("--workspace"), team, QStringLiteral("export-workspace"),
                                       QStringLiteral("--with-content")},
                                      store(QStringLiteral("b")));
        QCOMPARE(teamExport.code, 0);
        QCOMPARE(withoutExportTime(teamExport.out), withoutExportTime(sourceExport.out));

        // PostgreSQL → SQLite (a new file).
        const QString back = m_dir.filePath(QStringLiteral("copy-back.adesk"));
        const CliRun down = cli({QStringLiteral("workspace"), QStringLiteral("copy"), team, back}, store(QStringLiteral("c")));
        QVERIFY2(down.code == 0, down.err.constData());
        QVERIFY(down.out.isEmpty());
        QVERIFY(down.err.contains("Copied"));
        const CliRun backExport = cli({QStringLiteral("--workspace"), back, QStringLiteral("export-workspace"),
                                       QStringLiteral("--with-content")},
                                      store(QStringLiteral("d")));
        QCOMPARE(backExport.code, 0);
        QCOMPARE(withoutExportTime(backExport.out), withoutExportTime(sourceExport.out));

        // The history came along, plus one entry for the copy itself.
        auto copiedTeam = openTeam(team);
        QVERIFY(copiedTeam);
        QCOMPARE(copiedTeam.value()->history({}, 1).first().action, QStringLiteral("copy"));

        // A target holding records is refused, naming it, and stays as it was.
        const CliRun again = cli({QStringLiteral("workspace"), QStringLiteral("copy"), back, team}, store(QStringLiteral("c")));
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains("is not empty") && again.err.contains(databaseOf(team).toUtf8()), again.err.constData());
        QCOMPARE(withoutExportTime(cli({QStringLiteral("--workspace"), team, QStringLiteral("export-workspace"),
                                        QStringLiteral("--with-content")},
                                       store(QStringLiteral("b")))
                                       .out),
                 withoutExportTime(sourceExport.out));
    }

    void aCopyThatFailsMidwayLeavesTheTargetUntouched_data()
    {
        QTest::addColumn<bool>("toTeam");
        QTest::addColumn<int>("failAfter");
        for (const bool toTeam : {true, false})
            for (const int n : {0, 4, 15, 30})
                QTest::newRow(qPrintable(QStringLiteral("%1 after %2 rows").arg(toTeam ? QStringLiteral("to PostgreSQL") : QStringLiteral("to SQLite")).arg(n)))
                    << toTeam << n;
    }

    void aCopyThatFailsMidwayLeavesTheTargetUntouched()
    {
        QFETCH(bool, toTeam);
        QFETCH(int, failAfter);
        QTemporaryDir dir;
        Workspace::OpenOptions fileOptions;
        fileOptions.blobRoot = dir.filePath(QStringLiteral("blobs"));
        // The source is the other kind: a team workspace when copying into a file, and the other way round.
        std::unique_ptr<Workspace> source;
        if (toTeam) {
            auto s = Workspace::open(dir.filePath(QStringLiteral("source.adesk")), fileOptions);
            QVERIFY(s);
            source = std::move(s).value();
        } else {
            auto s = openTeam(newPostgresDatabase(), testPassword(), Database::OpenOptions::Schema::Required);
            QVERIFY(s);
            source = std::move(s).value();
        }
        QVERIFY(Interchange::importInto(*source, exampleWithBigFile()));
        std::unique_ptr<Workspace> target;
        if (toTeam) {
            auto t = openTeam(newPostgresDatabase(), testPassword(), Database::OpenOptions::Schema::Required);
            QVERIFY(t);
            target = std::move(t).value();
        } else {
            auto t = Workspace::open(dir.filePath(QStringLiteral("target.adesk")), fileOptions);
            QVERIFY(t);
            target = std::move(t).value();
        }
        const QByteArray emptyExport = Interchange::exportFrom(*target, true, QDateTime::fromSecsSinceEpoch(0));

        StorageAccess::database(*target).failAfterChanges(failAfter);
        const Status failed = WorkspaceCopy::copy(*source, *target);
        QVERIFY(!failed);
        QVERIFY(failed.error().message.contains(QStringLiteral("injected failure")));
        QVERIFY(target->isEmpty());
        QCOMPARE(Interchange::exportFrom(*target, true, QDateTime::fromSecsSinceEpoch(0)), emptyExport);
        QVERIFY(target->history().isEmpty());
        QVERIFY(target->setting(QStringLiteral("connection.base_url")).isEmpty());

        // The same copy without the fault goes through whole.
        StorageAccess::database(*target).failAfterChanges(-1);
        QVERIFY(WorkspaceCopy::copy(*source, *target));
        QCOMPARE(Interchange::exportFrom(*target, true, QDateTime::fromSecsSinceEpoch(0)),
                 Interchange::exportFrom(*source, true, QDateTime::fromSecsSinceEpoch(0)));
    }
};

QTEST_GUILESS_MAIN(tst_TeamWorkspace)
#include "tst_teamworkspace.moc"
