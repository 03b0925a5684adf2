// The API key never lands anywhere but the keychain (cli.md "The key is never printed, logged or written to a file"):
// a scripted CLI session — connect with the key on stdin, remote list, check, push, check — against the fake server
// program, with every logging category at debug level, then a scan of everything the session left behind: the
// workspace file and its -wal/-shm, the settings under XDG_CONFIG_HOME, every other file under the session's HOME
// (data, cache, state, a core dump if one was written there) and the captured stdout/stderr. Zero hits required.
//
// Needs a Secret Service (gnome-keyring inside dbus-run-session, as .ci/test provides); fails without one.
#include "testwait.h"

#include "openai/apierror.h"
#include "openai/openaiclient.h"
#include "secrets/secretstore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

class tst_SecretScan : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void scriptedSessionLeavesTheKeyNowhere();
    void serverTextsEchoingTheKeyAreRedacted();

private:
    struct Run {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &args, const QByteArray &input = {});
    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    QTemporaryDir m_dir;
    QString m_key;
    QProcess m_server;
    QString m_baseUrl;
    QByteArray m_logs;   // every stdout/stderr of the session, also written to a file under the scanned tree
};

void tst_SecretScan::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "No D-Bus session bus, so no Secret Service for `connect`: run under dbus-run-session with gnome-keyring "
             "(bash .ci/test does).");
    // A key no other test uses, long enough that any hit is a real one.
    m_key = QStringLiteral("sk-proj-scan");
    for (int i = 0; i < 6; ++i)
        m_key += QString::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, QLatin1Char('0'));

    // The fake server program, in its own process: only the CLI's side of the conversation is scanned.
    m_server.setProgram(QStringLiteral(ADESK_FAKE_SERVER_PATH));
    m_server.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"), QStringLiteral("3"),
                           QStringLiteral("--key"), m_key});
    m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_server.start();
    QVERIFY(m_server.waitForStarted());
    QByteArray banner;
    while (!banner.contains('\n') && m_server.waitForReadyRead(30000))
        banner += m_server.readAllStandardOutput();
    const auto match = QRegularExpression(QStringLiteral(" at (http://\\S+) \\(")).match(QString::fromUtf8(banner));
    QVERIFY2(match.hasMatch(), banner.constData());
    m_baseUrl = match.captured(1);

    // The workspace the session pushes: files with contents, both built-in tools, a function.
    const QByteArray doc = R"({"format": "assistant-desk-workspace", "format_version": 1,
      "files": [{"id": "f-prices", "name": "prices.csv", "size": 10, "content_base64": "c2t1LHByaWNlCg=="},
                {"id": "f-faq", "name": "faq.txt", "size": 5, "content_base64": "UTogPwo="}],
      "assistants": [{"id": "a-help", "name": "Helpdesk", "model": "gpt-4o", "instructions": "Answer order questions.",
         "builtin_tools": ["code_interpreter", "file_search"],
         "functions": [{"name": "lookup_order", "description": "Find an order", "parameters": {"type": "object", "properties": {}}}],
         "files": {"code_interpreter": ["f-prices"], "file_search": ["f-faq"]}}]})";
    QFile json(path(QStringLiteral("ws.json")));
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write(doc);
    json.close();
}

void tst_SecretScan::cleanupTestCase()
{
    if (!m_baseUrl.isEmpty()) {
        KeychainSecretStore keychain;
        (void)TestWait::run(keychain.remove(m_baseUrl));
    }
    if (m_server.state() != QProcess::NotRunning) {
        m_server.kill();
        m_server.waitForFinished();
    }
}

tst_SecretScan::Run tst_SecretScan::cli(const QStringList &args, const QByteArray &input)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("OPENAI_API_KEY"));   // the key must come from the keychain
    const QString home = path(QStringLiteral("home"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    env.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("%{type} %{category}: %{message}"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(home);   // where a core dump goes with the default core_pattern ("core")
    p.setChildProcessModifier([] {
        // Allow the dump a crash would write, so the scan below reads it too.
        rlimit limit{};
        if (getrlimit(RLIMIT_CORE, &limit) == 0) {
            limit.rlim_cur = limit.rlim_max;
            setrlimit(RLIMIT_CORE, &limit);
        }
    });
    p.start(QStringLiteral(ADESK_CLI_PATH),
            QStringList{QStringLiteral("--workspace"), home + QStringLiteral("/session.adesk")} + args);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return {};
    Run r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
          p.readAllStandardError()};
    m_logs += "$ assistant-desk-cli " + args.join(QLatin1Char(' ')).toUtf8() + '\n' + r.out + r.err;
    return r;
}

void tst_SecretScan::scriptedSessionLeavesTheKeyNowhere()
{
    const QString home = path(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));

    // The session runs to its end even when a step fails, so the scan also sees what a crash left (a core dump).
    QStringList failures;
    const auto step = [&](const QStringList &args, const QByteArray &input = {}) {
        const Run r = cli(args, input);
        if (r.code != 0)
            failures << QStringLiteral("`%1` exited with %2: %3").arg(args.join(QLatin1Char(' '))).arg(r.code)
                            .arg(QString::fromUtf8(r.err));
        return r;
    };
    step({QStringLiteral("import-workspace"), path(QStringLiteral("ws.json"))});
    step({QStringLiteral("connect"), QStringLiteral("--base-url"), m_baseUrl}, m_key.toUtf8() + '\n');
    {
        KeychainSecretStore keychain;   // the one place the key belongs
        const auto stored = TestWait::run(keychain.read(m_baseUrl));
        if (!stored || !stored.value() || *stored.value() != m_key)
            failures << QStringLiteral("connect did not store the key in the keychain");
    }
    const Run listed = step({QStringLiteral("--json"), QStringLiteral("remote"), QStringLiteral("list")});
    if (QJsonDocument::fromJson(listed.out).array().size() != 3)   // the server accepted the key
        failures << QStringLiteral("remote list did not list the 3 seeded assistants");
    step({QStringLiteral("check"), QStringLiteral("--all")});
    step({QStringLiteral("push"), QStringLiteral("a-help")});
    const Run checked = step({QStringLiteral("--json"), QStringLiteral("check"), QStringLiteral("--all")});
    const QString status = QJsonDocument::fromJson(checked.out).array().first().toObject()
                               .value(QStringLiteral("status")).toString();
    if (status != QLatin1String("in_sync"))
        failures << QStringLiteral("after the push the check says %1, not in_sync").arg(status);

    // Debug logging really was on: the keychain read logs at debug level.
    if (!m_logs.contains("debug assistantdesk.secrets: read a key for"))
        failures << QStringLiteral("no debug line of assistantdesk.secrets in the output");
    QFile captured(home + QStringLiteral("/session.log"));
    QVERIFY(captured.open(QIODevice::WriteOnly));
    captured.write(m_logs);
    captured.close();

    // The key in the encodings a leak could take, and a stretch of it (a truncated or partial print).
    const QList<QByteArray> needles{m_key.toUtf8(),
                                    QByteArray(reinterpret_cast<const char *>(m_key.utf16()), m_key.size() * 2),
                                    m_key.toUtf8().toBase64(), m_key.mid(16, 24).toUtf8()};
    QStringList scanned, hits;
    QDirIterator it(home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        QFile f(file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
        const QByteArray content = f.readAll();
        scanned << QDir(home).relativeFilePath(file);
        for (const QByteArray &needle : needles)
            if (content.contains(needle))
                hits << QDir(home).relativeFilePath(file);
    }
    for (const QByteArray &needle : needles)
        if (m_logs.contains(needle))
            hits << QStringLiteral("(captured output)");
    QVERIFY2(scanned.contains(QStringLiteral("session.adesk")), qPrintable(scanned.join(QLatin1Char(' '))));
    QVERIFY2(scanned.contains(QStringLiteral("session.log")), qPrintable(scanned.join(QLatin1Char(' '))));
    hits.removeDuplicates();
    QVERIFY2(hits.isEmpty(), qPrintable(QStringLiteral("the API key was found in: ") + hits.join(QStringLiteral(", "))
                                        + QStringLiteral(" (scanned: ") + scanned.join(QStringLiteral(", "))
                                        + QLatin1Char(')')));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

// A server (or a proxy in front of it) that echoes the key back in every text of its error envelope and in the
// request id: the Error the client builds — message, details and the ApiError behind it — holds none of it.
void tst_SecretScan::serverTextsEchoingTheKeyAreRedacted()
{
    QTcpServer echo;
    QVERIFY(echo.listen(QHostAddress::LocalHost));
    const QByteArray key = m_key.toUtf8();
    connect(&echo, &QTcpServer::newConnection, &echo, [&echo, key] {
        QTcpSocket *socket = echo.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, key] {
            if (!socket->peek(socket->bytesAvailable()).contains("\r\n\r\n"))
                return;
            socket->readAll();
            const QByteArray body = R"({"error": {"message": "Invalid token passed. Received API Key = )" + key
                                    + R"(", "type": "auth_error )" + key + R"(", "param": ")" + key
                                    + R"(", "code": "bad_key_)" + key + R"("}})";
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nx-request-id: req_" + key
                          + "\r\nContent-Length: " + QByteArray::number(body.size())
                          + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    });
    QNetworkAccessManager nam;
    OpenAi::OpenAiClient client(&nam);
    const auto connection = OpenAi::Connection::make(QStringLiteral("http://127.0.0.1:%1/v1").arg(echo.serverPort()));
    QVERIFY(connection);
    client.setConnection(connection.value());
    client.setApiKey(m_key);
    const auto reply = TestWait::run(client.retrieveAssistant(QStringLiteral("asst_1")));
    QVERIFY(!reply);
    const Error &e = reply.error();
    const OpenAi::ApiError *api = OpenAi::apiError(e);
    QVERIFY(api);
    QCOMPARE(api->httpStatus, 400);
    QVERIFY2(api->message.contains(QLatin1String("[redacted]")), qPrintable(api->message));   // the envelope was read
    const QStringList texts = QStringList{e.message} + e.details
                              + QStringList{api->message, api->type, api->param, api->code, api->requestId};
    for (const QString &text : texts)
        QVERIFY2(!text.contains(m_key), qPrintable(text));
}

QTEST_GUILESS_MAIN(tst_SecretScan)
#include "tst_secretscan.moc"
