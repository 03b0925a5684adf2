// The CLI's connect and remote list commands, in-process, against the fake server with an in-memory key store.
#include "fakeserver.h"
#include "testsupport.h"

#include "cli/cli.h"
#include "cli/remotecommands.h"
#include "openai/connection.h"
#include "secrets/secretstore.h"
#include "storage/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class tst_RemoteCommands : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void connectStoresConnectionAndKey();
    void connectRefusesRemoteHttp();
    void connectUsage();
    void connectWithoutKeyOnStdin();
    void remoteListAllPages();
    void remoteListWithEnvironmentKey();
    void remoteListNetworkErrorExitsFour();
    void remoteListWithoutKeyIsRefused();
    void remoteUsage();

private:
    int cli(const QStringList &args, const QString &stdinText = {});

    QTemporaryDir m_dir;
    QString m_workspace;
    std::unique_ptr<MemorySecretStore> m_secrets;
    FakeOpenAiServer m_server;
    QString m_out, m_err;
};

void tst_RemoteCommands::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_server.seed(130);
    QVERIFY(m_server.listen());
}

void tst_RemoteCommands::init()
{
    qunsetenv("OPENAI_API_KEY");
    static int n = 0;
    m_workspace = m_dir.filePath(QStringLiteral("ws%1.adesk").arg(++n));
    m_server.clearRequests();
    m_secrets = std::make_unique<MemorySecretStore>();
    Cli::setSecretStoreForTesting(m_secrets.get());
}

void tst_RemoteCommands::cleanup()
{
    Cli::setKeyInputForTesting(nullptr);
    Cli::setSecretStoreForTesting(nullptr);
}

int tst_RemoteCommands::cli(const QStringList &args, const QString &stdinText)
{
    QString input = stdinText;
    QTextStream in(&input, QIODevice::ReadOnly);
    Cli::setKeyInputForTesting(&in);
    m_out.clear();
    m_err.clear();
    QTextStream out(&m_out), err(&m_err);
    const int code = Cli::run(QStringList{QStringLiteral("--workspace"), m_workspace} + args, out, err);
    out.flush();
    err.flush();
    Cli::setKeyInputForTesting(nullptr);
    return code;
}

void tst_RemoteCommands::connectStoresConnectionAndKey()
{
    QCOMPARE(cli({QStringLiteral("connect"), QStringLiteral("--base-url"), m_server.baseUrl() + QLatin1Char('/'),
                  QStringLiteral("--organization"), QStringLiteral("org-7"), QStringLiteral("--project"),
                  QStringLiteral("proj_1")},
                 m_server.apiKey() + QLatin1Char('\n')),
             0);
    QCOMPARE(m_secrets->secrets().value(m_server.baseUrl() + QStringLiteral("#proj_1")), m_server.apiKey());
    auto ws = Workspace::open(m_workspace);
    QVERIFY(ws);
    auto c = OpenAi::Connection::load(*ws.value());
    QVERIFY(c);
    QCOMPARE(c->baseUrl, m_server.baseUrl());
    QCOMPARE(c->organization, QStringLiteral("org-7"));
    QCOMPARE(c->project, QStringLiteral("proj_1"));
    QVERIFY(!m_out.contains(m_server.apiKey()) && !m_err.contains(m_server.apiKey()));
    ws.value().reset();
    QVERIFY(!TestSupport::readAll(m_workspace).contains(m_server.apiKey().toUtf8()));

    QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("remote"), QStringLiteral("list")}), 0);
    QCOMPARE(QJsonDocument::fromJson(m_out.toUtf8()).array().size(), 130);
    QCOMPARE(m_server.requests().first().header("openai-organization"), QByteArray("org-7"));
    QCOMPARE(m_server.requests().first().header("openai-project"), QByteArray("proj_1"));
}

void tst_RemoteCommands::connectRefusesRemoteHttp()
{
    QCOMPARE(cli({QStringLiteral("connect"), QStringLiteral("--base-url"), QStringLiteral("http://example.com/v1"),
                  QStringLiteral("--no-key")}),
             1);
    QVERIFY2(m_err.startsWith(QLatin1String("Base URL: http:// is allowed only")), qPrintable(m_err));
    QVERIFY(!QFileInfo::exists(m_workspace));
}

void tst_RemoteCommands::connectUsage()
{
    QCOMPARE(cli({QStringLiteral("connect")}), 2);
    QCOMPARE(cli({QStringLiteral("connect"), QStringLiteral("--base-url")}), 2);
    QCOMPARE(cli({QStringLiteral("connect"), QStringLiteral("--base-url"), m_server.baseUrl(), QStringLiteral("--x")}),
             2);
}

void tst_RemoteCommands::connectWithoutKeyOnStdin()
{
    QCOMPARE(cli({QStringLiteral("connect"), QStringLiteral("--base-url"), m_server.baseUrl()}, QString()), 1);
    QVERIFY(m_err.contains(QLatin1String("--no-key")));
}

void tst_RemoteCommands::remoteListAllPages()
{
    QCOMPARE(cli({QStringLiteral("connect"), QStringLiteral("--base-url"), m_server.baseUrl()},
                 m_server.apiKey() + QLatin1Char('\n')),
             0);
    m_server.clearRequests();
    QCOMPARE(cli({QStringLiteral("remote"), QStringLiteral("list")}), 0);
    QCOMPARE(m_out.count(QLatin1Char('\n')), 130);
    QVERIFY(m_out.startsWith(m_server.assistants().first().value(QLatin1String("id")).toString() + QLatin1Char('\t')));
    QCOMPARE(m_server.requests().size(), 2);
}

void tst_RemoteCommands::remoteListWithEnvironmentKey()
{
    QCOMPARE(cli({QStringLiteral("connect"), QStringLiteral("--base-url"), m_server.baseUrl(), QStringLiteral("--no-key")}),
             0);
    qputenv("OPENAI_API_KEY", m_server.apiKey().toUtf8());
    QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("remote"), QStringLiteral("list")}), 0);
    const QJsonArray list = QJsonDocument::fromJson(m_out.toUtf8()).array();
    QCOMPARE(list.size(), 130);
    const QJsonObject first = list.first().toObject();
    for (const char *k : {"remote_id", "name", "model", "created_at", "assistant_desk_id"})
        QVERIFY2(first.contains(QLatin1String(k)), k);
}

void tst_RemoteCommands::remoteListNetworkErrorExitsFour()
{
    QCOMPARE(cli({QStringLiteral("connect"), QStringLiteral("--base-url"), m_server.baseUrl(), QStringLiteral("--no-key")}),
             0);
    qputenv("OPENAI_API_KEY", "sk-not-the-right-one");
    QCOMPARE(cli({QStringLiteral("remote"), QStringLiteral("list")}), 4);
    QVERIFY2(m_err.startsWith(QStringLiteral("The server rejected the API key (401). Check Settings → Connection.")),
             qPrintable(m_err));
    QVERIFY(!m_err.contains(QLatin1String("sk-not-the-right-one")));
}

void tst_RemoteCommands::remoteListWithoutKeyIsRefused()
{
    QCOMPARE(cli({QStringLiteral("connect"), QStringLiteral("--base-url"), m_server.baseUrl(), QStringLiteral("--no-key")}),
             0);
    QCOMPARE(cli({QStringLiteral("remote"), QStringLiteral("list")}), 1);
    QVERIFY(m_err.startsWith(QStringLiteral("No API key is stored for %1.").arg(m_server.baseUrl())));
    QVERIFY(m_server.requests().isEmpty());
}

void tst_RemoteCommands::remoteUsage()
{
    QCOMPARE(cli({QStringLiteral("remote")}), 2);
    QCOMPARE(cli({QStringLiteral("remote"), QStringLiteral("show")}), 2);
    QCOMPARE(cli({QStringLiteral("remote"), QStringLiteral("list"), QStringLiteral("extra")}), 2);
}

QTEST_GUILESS_MAIN(tst_RemoteCommands)
#include "tst_remotecommands.moc"
