// Connection (domain.md §0): base URL rules, persistence in the workspace, key account and key lookup order.
#include "testsupport.h"
#include "testwait.h"

#include "openai/apikey.h"
#include "openai/connection.h"
#include "secrets/secretstore.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace OpenAi;
using TestWait::run;

class tst_Connection : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void baseUrl_data();
    void baseUrl();
    void defaults();
    void savedInWorkspaceWithoutKey();
    void keychainAccount();
    void keyLookupOrder();
    void memorySecretStore();

private:
    QTemporaryDir m_dir;
};

void tst_Connection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_Connection::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void tst_Connection::baseUrl_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalised");   // empty: refused
    QTest::newRow("default when empty") << QString() << QStringLiteral("https://api.openai.com/v1");
    QTest::newRow("trailing slash") << QStringLiteral("https://api.openai.com/v1/")
                                    << QStringLiteral("https://api.openai.com/v1");
    QTest::newRow("several slashes") << QStringLiteral(" https://example.org/api/v1// ")
                                     << QStringLiteral("https://example.org/api/v1");
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080/v1")
                                    << QStringLiteral("http://localhost:8080/v1");
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:1234/v1/")
                                    << QStringLiteral("http://127.0.0.1:1234/v1");
    QTest::newRow("http 127.1.2.3") << QStringLiteral("http://127.1.2.3/v1") << QStringLiteral("http://127.1.2.3/v1");
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:9000/v1") << QStringLiteral("http://[::1]:9000/v1");
    QTest::newRow("http remote refused") << QStringLiteral("http://api.openai.com/v1") << QString();
    QTest::newRow("http lan refused") << QStringLiteral("http://192.168.1.10/v1") << QString();
    QTest::newRow("http localhost lookalike refused") << QStringLiteral("http://localhost.evil.com/v1") << QString();
    QTest::newRow("relative refused") << QStringLiteral("api.openai.com/v1") << QString();
    QTest::newRow("ftp refused") << QStringLiteral("ftp://example.org/v1") << QString();
    QTest::newRow("query refused") << QStringLiteral("https://example.org/v1?x=1") << QString();
    QTest::newRow("credentials refused") << QStringLiteral("https://user:pw@example.org/v1") << QString();
}

void tst_Connection::baseUrl()
{
    QFETCH(QString, input);
    QFETCH(QString, normalised);
    auto c = Connection::make(input);
    if (normalised.isEmpty()) {
        QVERIFY(!c);
        QCOMPARE(c.error().kind, ErrorKind::Validation);
        QVERIFY2(c.error().message.startsWith(QLatin1String("Base URL: ")), qPrintable(c.error().message));
    } else {
        QVERIFY2(c, qPrintable(c ? QString() : c.error().message));
        QCOMPARE(c->baseUrl, normalised);
    }
}

void tst_Connection::defaults()
{
    const Connection c;
    QCOMPARE(c.baseUrl, QStringLiteral("https://api.openai.com/v1"));
    QVERIFY(c.organization.isEmpty());
    QVERIFY(c.project.isEmpty());
    auto bad = Connection::make(QStringLiteral("https://x.org/v1"), QStringLiteral("org 1"));
    QVERIFY(!bad);
    QVERIFY(bad.error().message.startsWith(QLatin1String("Organization: ")));
}

void tst_Connection::savedInWorkspaceWithoutKey()
{
    const QString key = QStringLiteral("sk-connection-test-key-1234567890");
    {
        auto ws = TestSupport::openWorkspace(m_dir, QStringLiteral("conn.adesk"));
        QVERIFY(ws);
        auto loaded = Connection::load(*ws);
        QVERIFY(loaded);
        QCOMPARE(loaded.value(), Connection{});
        auto c = Connection::make(QStringLiteral("http://127.0.0.1:9/v1/"), QStringLiteral("org-1"),
                                  QStringLiteral("proj_2"));
        QVERIFY(c);
        QVERIFY(c->save(*ws));
        MemorySecretStore secrets;
        QVERIFY(run(secrets.write(c->keychainAccount(), key)));
        auto again = Connection::load(*ws);
        QVERIFY(again);
        QCOMPARE(again.value(), c.value());
        Connection invalid;
        invalid.baseUrl = QStringLiteral("http://example.com/v1");
        QVERIFY(!invalid.save(*ws));
        QCOMPARE(Connection::load(*ws).value(), c.value());
    }
    const QByteArray file = TestSupport::readAll(m_dir.filePath(QStringLiteral("conn.adesk")));
    QVERIFY(file.contains("http://127.0.0.1:9/v1"));
    QVERIFY(!file.contains(key.toUtf8()));
}

void tst_Connection::keychainAccount()
{
    auto plain = Connection::make(QStringLiteral("https://api.openai.com/v1/"));
    QCOMPARE(plain->keychainAccount(), QStringLiteral("https://api.openai.com/v1"));
    auto project = Connection::make(QStringLiteral("https://api.openai.com/v1"), {}, QStringLiteral("proj_X"));
    QCOMPARE(project->keychainAccount(), QStringLiteral("https://api.openai.com/v1#proj_X"));
    QCOMPARE(QString::fromLatin1(Connection::KeychainService), QStringLiteral("assistant-desk"));
}

void tst_Connection::keyLookupOrder()
{
    const Connection c;
    MemorySecretStore secrets;
    QProcessEnvironment env;
    auto none = run(lookupApiKey(c, secrets, env));
    QVERIFY(!none);
    QCOMPARE(none.error().kind, ErrorKind::Refused);
    QCOMPARE(none.error().message,
             QStringLiteral("No API key is stored for https://api.openai.com/v1. Add one in Settings → Connection."));

    QVERIFY(run(secrets.write(c.keychainAccount(), QStringLiteral("sk-from-keychain"))));
    QCOMPARE(run(lookupApiKey(c, secrets, env)).value(), QStringLiteral("sk-from-keychain"));

    env.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-from-env"));
    QCOMPARE(run(lookupApiKey(c, secrets, env)).value(), QStringLiteral("sk-from-env"));

    env.clear();
    secrets.failNext(Error{ErrorKind::Refused, QStringLiteral("The system keychain is not available (x)."), {}});
    auto failed = run(lookupApiKey(c, secrets, env));
    QVERIFY(!failed);
    QCOMPARE(failed.error().kind, ErrorKind::Refused);
}

void tst_Connection::memorySecretStore()
{
    MemorySecretStore s;
    QVERIFY(!run(s.read(QStringLiteral("a"))).value());
    QVERIFY(run(s.write(QStringLiteral("a"), QStringLiteral("1"))));
    QVERIFY(run(s.write(QStringLiteral("a"), QStringLiteral("2"))));
    QCOMPARE(*run(s.read(QStringLiteral("a"))).value(), QStringLiteral("2"));
    QVERIFY(run(s.remove(QStringLiteral("a"))));
    QVERIFY(run(s.remove(QStringLiteral("a"))));
    QVERIFY(!run(s.read(QStringLiteral("a"))).value());
}

QTEST_GUILESS_MAIN(tst_Connection)
#include "tst_connection.moc"
