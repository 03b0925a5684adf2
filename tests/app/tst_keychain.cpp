// KeychainSecretStore against the real Secret Service (gnome-keyring inside dbus-run-session in CI), and the CLI's
// connect / remote list path end to end: the key must be in the keychain and nowhere else.
#include "fakeserver.h"
#include "testwait.h"

#include "core/logging.h"
#include "openai/connection.h"
#include "secrets/secretstore.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using TestWait::run;

namespace {
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log << qFormatLogMessage(type, context, message);
}
} // namespace

class tst_Keychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void storeReadReplaceDelete();
    void cliConnectKeepsKeyOnlyInKeychain();

private:
    int countHits(const QString &root, const QByteArray &needle, QStringList *where) const;

    QTemporaryDir m_dir;
    KeychainSecretStore m_store;
    QStringList m_accounts;
};

void tst_Keychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session bus, so no Secret Service at all; run under dbus-run-session with gnome-keyring.");
    QLoggingCategory::setFilterRules(QStringLiteral("assistantdesk.*=true"));
    g_previous = qInstallMessageHandler(capture);
}

void tst_Keychain::cleanupTestCase()
{
    for (const QString &account : std::as_const(m_accounts))
        (void)run(m_store.remove(account));
    if (g_previous)
        qInstallMessageHandler(g_previous);
}

int tst_Keychain::countHits(const QString &root, const QByteArray &needle, QStringList *where) const
{
    int hits = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle)) {
            ++hits;
            *where << path;
        }
    }
    return hits;
}

void tst_Keychain::storeReadReplaceDelete()
{
    const QString account = QStringLiteral("https://tst-keychain.invalid/v1#%1")
                                .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_accounts << account;
    const QString first = QStringLiteral("sk-first-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString second = QStringLiteral("sk-second-") + QUuid::createUuid().toString(QUuid::Id128);

    auto missing = run(m_store.read(account));
    QVERIFY2(missing, qPrintable(missing ? QString() : missing.error().message));
    QVERIFY(!missing.value());

    const Status written = run(m_store.write(account, first));
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    auto read = run(m_store.read(account));
    QVERIFY(read && read.value());
    QCOMPARE(*read.value(), first);

    QVERIFY(run(m_store.write(account, second)));
    read = run(m_store.read(account));
    QVERIFY(read && read.value());
    QCOMPARE(*read.value(), second);

    QVERIFY(run(m_store.remove(account)));
    read = run(m_store.read(account));
    QVERIFY(read);
    QVERIFY(!read.value());
    QVERIFY(run(m_store.remove(account)));   // removing nothing is fine

    QVERIFY(!g_log.isEmpty());   // the secrets category did log, without the keys
    for (const QString &line : std::as_const(g_log)) {
        QVERIFY2(!line.contains(first) && !line.contains(second), qPrintable(line));
    }
}

void tst_Keychain::cliConnectKeepsKeyOnlyInKeychain()
{
    const QString key = QStringLiteral("sk-cli-") + QUuid::createUuid().toString(QUuid::Id128);
    FakeOpenAiServer server;
    server.setApiKey(key);
    server.seed(120);
    QVERIFY(server.listen());
    const QString home = m_dir.filePath(QStringLiteral("home"));
    const QString workspace = home + QStringLiteral("/ws.adesk");
    QVERIFY(QDir().mkpath(home));
    m_accounts << server.baseUrl();

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("OPENAI_API_KEY"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));

    auto runCli = [&](const QStringList &args, const QByteArray &input, QByteArray *out, QByteArray *err) {
        QProcess p;
        p.setProcessEnvironment(env);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(ADESK_CLI_PATH), args);
        if (!p.waitForStarted())
            return -1;
        p.write(input);
        p.closeWriteChannel();
        // The fake server lives in this thread: keep its event loop running while the CLI talks to it.
        if (!finished.wait(60000))
            return -2;
        *out = p.readAllStandardOutput();
        *err = p.readAllStandardError();
        return p.exitCode();
    };

    QByteArray out, err;
    QCOMPARE(runCli({QStringLiteral("--workspace"), workspace, QStringLiteral("connect"), QStringLiteral("--base-url"),
                     server.baseUrl() + QLatin1Char('/')},
                    key.toUtf8() + '\n', &out, &err),
             0);
    QByteArray logs = out + err;
    auto stored = run(m_store.read(server.baseUrl()));
    QVERIFY(stored && stored.value());
    QCOMPARE(*stored.value(), key);

    QCOMPARE(runCli({QStringLiteral("--workspace"), workspace, QStringLiteral("--json"), QStringLiteral("remote"),
                     QStringLiteral("list")},
                    {}, &out, &err),
             0);
    logs += out + err;
    const QJsonArray listed = QJsonDocument::fromJson(out).array();
    QCOMPARE(listed.size(), 120);   // two pages, every assistant once
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().first().header("authorization"), "Bearer " + key.toUtf8());

    // A wrong key in the keychain: the server's 401 becomes the §10 message and exit status 4.
    QVERIFY(run(m_store.write(server.baseUrl(), QStringLiteral("sk-wrong"))));
    QCOMPARE(runCli({QStringLiteral("--workspace"), workspace, QStringLiteral("remote"), QStringLiteral("list")}, {},
                    &out, &err),
             4);
    QVERIFY(err.contains("The server rejected the API key (401)."));
    logs += out + err;

    QFile logFile(home + QStringLiteral("/captured.log"));
    QVERIFY(logFile.open(QIODevice::WriteOnly));
    logFile.write(logs);
    logFile.write(g_log.join(QLatin1Char('\n')).toUtf8());
    logFile.close();
    QVERIFY(QFileInfo::exists(workspace));
    QStringList where;
    QCOMPARE(countHits(home, key.toUtf8(), &where), 0);
    QVERIFY2(where.isEmpty(), qPrintable(where.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(tst_Keychain)
#include "tst_keychain.moc"
