// GUI tests of a team workspace (and of one SQLite file shared with a script): the real MainWindow on the offscreen
// platform against the throwaway PostgreSQL server .ci/test starts. A TCP relay in its own thread stands between the
// window and the server, so a test can take the server away (and bring it back) without stopping it for the others.
#include "assistanteditor.h"
#include "assistantlistmodel.h"
#include "dialogs.h"
#include "guitest.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "secrets/secretstore.h"
#include "session/offlinecache.h"
#include "storage/workspace.h"
#include "storage/workspacelocation.h"
#include "teamcontroller.h"
#include "testsupport.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTreeView>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
/// Relays TCP connections from a loopback port to the PostgreSQL test server; stop() closes the port and cuts every
/// relayed connection (the server "goes away"), start() opens the same port again. Lives in its own thread: the
/// window's database calls block the GUI thread while they wait for the server.
class Relay : public QObject
{
    Q_OBJECT
public:
    Relay(QString host, quint16 port) : m_host(std::move(host)), m_port(port) {}

    Q_INVOKABLE bool start(quint16 listenPort)
    {
        if (!m_server) {
            m_server = new QTcpServer(this);
            connect(m_server, &QTcpServer::newConnection, this, &Relay::accept);
        }
        return m_server->isListening() || m_server->listen(QHostAddress::LocalHost, listenPort);
    }
    Q_INVOKABLE void stop()
    {
        if (m_server)
            m_server->close();
        const auto sockets = findChildren<QTcpSocket *>();
        for (QTcpSocket *s : sockets) {
            s->abort();
            s->deleteLater();
        }
    }
    Q_INVOKABLE quint16 port() const { return m_server ? m_server->serverPort() : 0; }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            client->setParent(this);
            auto *upstream = new QTcpSocket(this);
            upstream->connectToHost(m_host, m_port);
            connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
            connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
            connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        }
    }

    QString m_host;
    quint16 m_port;
    QTcpServer *m_server = nullptr;
};

QString pgEnv(const char *name)
{
    return qEnvironmentVariable(name);
}

QTreeView *assistantView(MainWindow *window)
{
    return GuiTest::child<QTreeView>(window, u"assistantView"_s);
}
} // namespace

class tst_TeamUi : public QObject, protected GuiTest::LocalWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void passwordAskedOnceThenKeptInKeychain();
    void otherDesktopsSaveShowsAtOnce();
    void unsavedEditGetsBannerNotOverwritten();
    void conflictingSaveMergesPerField();
    void readOnlyRoleOpensWithBanner();
    void unreachableServerOpensOfflineCopy();
    void saveWaitsForTheServer();
    void moveWorkspaceToServer();
    void sqliteFileSharedWithScriptIsLive();

private:
    /// The window on an SQLite file, then the team workspace `url` opened through File → Open team workspace.
    bool openTeam(const QString &url, const QStringList &passwords = {});
    QModelIndex rowNamed(const QString &name) const
    {
        return GuiTest::rowNamed(assistantView(m_window.get()), name, AssistantListModel::NameColumn);
    }
    /// A new database on the test server holding an empty workspace; its URL.
    QString teamDatabase(const QString &viaHost = {});
    /// A second desktop's connection to `url` (the test role's password).
    std::unique_ptr<Workspace> otherDesktop(const QString &url);
    QString relayedUrl(const QString &url) const;

    MemorySecretStore m_secrets;
    QThread m_relayThread;
    Relay *m_relay = nullptr;
    quint16 m_relayPort = 0;
    QString m_password;
};

void tst_TeamUi::initTestCase()
{
    GuiTest::initApplication(u"tst_teamui"_s);
    QVERIFY2(!pgEnv("ADESK_TEST_PG_PORT").isEmpty(), "run through .ci/test, which starts the PostgreSQL test server");
    m_password = pgEnv("ADESK_TEST_PG_PASSWORD");
    m_relay = new Relay(pgEnv("ADESK_TEST_PG_HOST"), quint16(pgEnv("ADESK_TEST_PG_PORT").toUInt()));
    m_relay->moveToThread(&m_relayThread);
    connect(&m_relayThread, &QThread::finished, m_relay, &QObject::deleteLater);
    m_relayThread.start();
    bool listening = false;
    QMetaObject::invokeMethod(m_relay, "start", Qt::BlockingQueuedConnection, Q_RETURN_ARG(bool, listening), Q_ARG(quint16, 0));
    QVERIFY(listening);
    QMetaObject::invokeMethod(m_relay, "port", Qt::BlockingQueuedConnection, Q_RETURN_ARG(quint16, m_relayPort));
    QVERIFY(m_relayPort != 0);
}

void tst_TeamUi::cleanupTestCase()
{
    QMetaObject::invokeMethod(m_relay, "stop", Qt::BlockingQueuedConnection);
    m_relayThread.quit();
    m_relayThread.wait();
}

void tst_TeamUi::init()
{
    startLocalWindowTest();
    qputenv("PGPASSWORD", m_password.toUtf8());
    bool listening = true;
    QMetaObject::invokeMethod(m_relay, "start", Qt::BlockingQueuedConnection, Q_RETURN_ARG(bool, listening), Q_ARG(quint16, m_relayPort));
}

void tst_TeamUi::cleanup()
{
    stopLocalWindowTest();
    qputenv("PGPASSWORD", m_password.toUtf8());
}

QString tst_TeamUi::relayedUrl(const QString &url) const
{
    QUrl u(url);
    u.setHost(u"127.0.0.1"_s);
    u.setPort(m_relayPort);
    return u.toString();
}

QString tst_TeamUi::teamDatabase(const QString &viaHost)
{
    const QString url = TestSupport::newPostgresDatabase();
    Workspace::OpenOptions create;
    create.database.password = m_password;
    create.database.createSchema = Database::OpenOptions::Schema::Required;
    if (url.isEmpty() || !Workspace::open(url, create))
        return {};
    Q_UNUSED(viaHost)
    return url;
}

bool tst_TeamUi::openTeam(const QString &url, const QStringList &passwords)
{
    openWindow(m_dir->filePath(u"start.adesk"_s), SyncServices{nullptr, nullptr, &m_secrets});
    if (!m_window)
        return false;
    QSignalSpy finished(m_window->teamController(), &TeamController::openFinished);
    m_dialogs->setNextText(url);
    for (const QString &p : passwords)
        m_dialogs->setNextText(p);
    GuiTest::triggerAction(m_window.get(), u"openTeamWorkspaceAction"_s);
    if (finished.isEmpty() && !finished.wait(15000))
        return false;
    return finished.first().first().toBool();
}

std::unique_ptr<Workspace> tst_TeamUi::otherDesktop(const QString &url)
{
    Workspace::OpenOptions options;
    options.database.password = m_password;
    options.blobRoot = m_dir->filePath(u"other-blobs"_s);
    auto ws = Workspace::open(url, options);
    if (!ws) {
        qWarning("second desktop cannot open %s: %s", qPrintable(url), qPrintable(ws.error().message));
        return nullptr;
    }
    return std::move(ws).value();
}

void tst_TeamUi::passwordAskedOnceThenKeptInKeychain()
{
    const QString url = TestSupport::newPostgresDatabase();
    QVERIFY(!url.isEmpty());
    qunsetenv("PGPASSWORD");
    // A wrong password first: asked again with the server's refusal, then the right one works and is kept.
    QVERIFY(openTeam(url, {u"not-the-password"_s, m_password}));
    QVERIFY(m_window->workspace()->isTeam());
    const QString database = QUrl(url).path().mid(1);
    QVERIFY2(m_window->windowTitle().contains(database), qPrintable(m_window->windowTitle()));
    QList<Dialogs::Record> prompts;
    for (const Dialogs::Record &r : m_dialogs->history())
        if (r.kind == u"password"_s)
            prompts << r;
    QCOMPARE(prompts.size(), 2);
    QVERIFY2(!prompts.at(1).text.contains(m_password), "the password is never shown");
    QVERIFY2(prompts.at(1).text.contains(u"password"_s, Qt::CaseInsensitive), qPrintable(prompts.at(1).text));
    const auto location = WorkspaceLocation::parse(url);
    QVERIFY(location.ok());
    QCOMPARE(m_secrets.secrets().value(location->keychainAccount()), m_password);

    // Reopening it (File → Open recent) takes the password from the keychain: no question.
    QVERIFY(m_window->openWorkspace(m_dir->filePath(u"other.adesk"_s)));
    m_dialogs->clearHistory();
    QSignalSpy finished(m_window->teamController(), &TeamController::openFinished);
    QVERIFY(m_window->openWorkspace(location->toString()));
    if (finished.isEmpty())
        QVERIFY(finished.wait(15000));
    QVERIFY(finished.first().first().toBool());
    QVERIFY(m_window->workspace()->isTeam());
    for (const Dialogs::Record &r : m_dialogs->history())
        QVERIFY2(r.kind != u"password"_s, "asked for a password the keychain holds");
}

void tst_TeamUi::otherDesktopsSaveShowsAtOnce()
{
    const QString url = teamDatabase();
    auto other = otherDesktop(url);
    QVERIFY(other);
    Assistant a = TestSupport::namedAssistant(u"Support bot"_s);
    QVERIFY(other->createAssistant(a).ok());
    QVERIFY(openTeam(url));
    QTRY_VERIFY(rowNamed(u"Support bot"_s).isValid());
    const QString id = m_window->editor()->currentId();
    QVERIFY(!id.isEmpty());

    // Desktop B renames it: the list row and the open editor (no unsaved edits) follow within a second.
    auto stored = other->assistant(id);
    QVERIFY(stored.ok());
    Assistant renamed = stored.value();
    renamed.name = u"Helpline bot"_s;
    QVERIFY(other->saveAssistant(renamed).ok());
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(u"Helpline bot"_s).isValid(), 1000);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(u"nameEdit"_s)->text(), u"Helpline bot"_s, 1000);
    QVERIFY(!m_window->editor()->isModified());
    QVERIFY(child<QLabel>(u"changedByLabel"_s)->text().contains(pgEnv("ADESK_TEST_PG_USER")));
}

void tst_TeamUi::unsavedEditGetsBannerNotOverwritten()
{
    const QString url = teamDatabase();
    auto other = otherDesktop(url);
    QVERIFY(other);
    QVERIFY(other->createAssistant(TestSupport::namedAssistant(u"Support bot"_s)).ok());
    QVERIFY(openTeam(url));
    QTRY_VERIFY(!m_window->editor()->currentId().isEmpty());
    const QString id = m_window->editor()->currentId();
    auto *instructions = child<QPlainTextEdit>(u"instructionsEdit"_s);
    instructions->setFocus();
    QTest::keyClicks(instructions, u"Be brief."_s);
    QVERIFY(m_window->editor()->isModified());

    Assistant theirs = other->assistant(id).value();
    theirs.name = u"Renamed elsewhere"_s;
    QVERIFY(other->saveAssistant(theirs).ok());
    auto *notice = m_window->editor()->noticeBanner();
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 1000);
    QVERIFY2(notice->text().contains(u"while you were editing"_s), qPrintable(notice->text()));
    QCOMPARE(instructions->toPlainText(), u"Be brief."_s);   // the form keeps what I typed
    QCOMPARE(child<QLineEdit>(u"nameEdit"_s)->text(), u"Support bot"_s);
    // The list shows what is stored.
    QTRY_VERIFY(rowNamed(u"Renamed elsewhere"_s).isValid());
    // Saving merges: only they changed the name, only I the instructions — both kept, after the user confirms.
    m_dialogs->setNextMerge(QStringList{u"instructions"_s});
    GuiTest::triggerAction(m_window.get(), u"saveAction"_s);
    auto saved = other->assistant(id);
    QVERIFY(saved.ok());
    QCOMPARE(saved->name, u"Renamed elsewhere"_s);
    QCOMPARE(saved->instructions, u"Be brief."_s);
    QVERIFY(!m_window->editor()->isModified());
}

void tst_TeamUi::conflictingSaveMergesPerField()
{
    const QString url = teamDatabase();
    auto other = otherDesktop(url);
    QVERIFY(other);
    Assistant a = TestSupport::namedAssistant(u"Support bot"_s);
    a.instructions = u"Answer politely."_s;
    QVERIFY(other->createAssistant(a).ok());
    QVERIFY(openTeam(url));
    QTRY_VERIFY(!m_window->editor()->currentId().isEmpty());
    const QString id = m_window->editor()->currentId();
    auto *instructions = child<QPlainTextEdit>(u"instructionsEdit"_s);
    instructions->selectAll();
    instructions->setFocus();
    QTest::keyClicks(instructions, u"Mine: answer in French."_s);
    auto *name = child<QLineEdit>(u"nameEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"My name"_s);

    // Meanwhile the other desktop changes the instructions too (a real conflict) and the temperature.
    Assistant theirs = other->assistant(id).value();
    theirs.instructions = u"Theirs: answer in German."_s;
    theirs.temperature = 0.2;
    QVERIFY(other->saveAssistant(theirs).ok());

    // Keep my instructions but take their… nothing else: the name is mine alone, the temperature theirs alone.
    m_dialogs->setNextMerge(QStringList{u"instructions"_s, u"name"_s});
    GuiTest::triggerAction(m_window.get(), u"saveAction"_s);
    const Dialogs::Record merge = m_dialogs->history().constLast();
    QCOMPARE(merge.kind, u"merge"_s);
    QCOMPARE(merge.details, QStringList{u"instructions"_s});   // the one field both changed
    QVERIFY2(merge.text.contains(pgEnv("ADESK_TEST_PG_USER")), qPrintable(merge.text));
    auto saved = other->assistant(id);
    QVERIFY(saved.ok());
    QCOMPARE(saved->instructions, u"Mine: answer in French."_s);
    QCOMPARE(saved->name, u"My name"_s);
    QCOMPARE(saved->temperature, 0.2);

    // Cancelling the merge saves nothing and keeps the form as typed.
    theirs = other->assistant(id).value();
    theirs.instructions = u"Theirs again."_s;
    QVERIFY(other->saveAssistant(theirs).ok());
    QTRY_VERIFY(!m_window->editor()->isModified());   // no edit: the form followed their save
    instructions->selectAll();
    QTest::keyClicks(instructions, u"Mine again."_s);
    theirs = other->assistant(id).value();
    theirs.instructions = u"Theirs a third time."_s;
    QVERIFY(other->saveAssistant(theirs).ok());
    m_dialogs->setNextMerge(std::nullopt);
    GuiTest::triggerAction(m_window.get(), u"saveAction"_s);
    QCOMPARE(other->assistant(id)->instructions, u"Theirs a third time."_s);
    QCOMPARE(instructions->toPlainText(), u"Mine again."_s);
    QVERIFY(m_window->editor()->isModified());
    m_window->editor()->revert();
}

void tst_TeamUi::readOnlyRoleOpensWithBanner()
{
    const QString url = TestSupport::newPostgresDatabase();
    Workspace::OpenOptions create;
    create.database.password = m_password;
    create.database.createSchema = Database::OpenOptions::Schema::Required;
    {
        auto ws = Workspace::open(url, create);
        QVERIFY(ws.ok());
        QVERIFY(ws.value()->createAssistant(TestSupport::namedAssistant(u"Support bot"_s)).ok());
    }
    const QString database = QUrl(url).path().mid(1);
    const QString role = u"reader_"_s + database;
    QVERIFY(TestSupport::postgresAdmin(u"CREATE ROLE %1 LOGIN PASSWORD 'reader-pw'"_s.arg(role)));
    QVERIFY(TestSupport::postgresAdmin(u"GRANT CONNECT ON DATABASE %1 TO %2"_s.arg(database, role)));
    QVERIFY(TestSupport::postgresAdmin(u"GRANT USAGE ON SCHEMA public TO %1"_s.arg(role), database));
    QVERIFY(TestSupport::postgresAdmin(u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1"_s.arg(role), database));
    QUrl readerUrl(url);
    readerUrl.setUserName(role);
    qputenv("PGPASSWORD", "reader-pw");
    QVERIFY(openTeam(readerUrl.toString()));
    auto *banner = m_window->readOnlyBanner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"read-only"_s) && banner->text().contains(role), qPrintable(banner->text()));
    QTRY_VERIFY(!m_window->editor()->currentId().isEmpty());
    QVERIFY(m_window->editor()->isReadOnly());
    QVERIFY(child<QLineEdit>(u"nameEdit"_s)->isReadOnly());
    QVERIFY(!child<QAction>(u"newAssistantAction"_s)->isEnabled());
    QVERIFY(!child<QAction>(u"importAction"_s)->isEnabled());
    QVERIFY(!child<QAction>(u"saveAction"_s)->isEnabled());
}

void tst_TeamUi::unreachableServerOpensOfflineCopy()
{
    const QString url = relayedUrl(TestSupport::newPostgresDatabase());
    QVERIFY(openTeam(url));   // an empty database becomes a workspace
    QVERIFY(m_window->workspace()->createAssistant(TestSupport::namedAssistant(u"Support bot"_s)).ok());
    QTRY_VERIFY(rowNamed(u"Support bot"_s).isValid());
    m_window->teamController()->refreshOfflineCopy();
    QVERIFY(m_window->openWorkspace(m_dir->filePath(u"meanwhile.adesk"_s)));

    QMetaObject::invokeMethod(m_relay, "stop", Qt::BlockingQueuedConnection);
    QSignalSpy finished(m_window->teamController(), &TeamController::openFinished);
    QVERIFY(m_window->openWorkspace(url));
    if (finished.isEmpty())
        QVERIFY(finished.wait(30000));
    QVERIFY(finished.first().first().toBool());
    QVERIFY2(m_window->windowTitle().contains(u"offline copy"_s), qPrintable(m_window->windowTitle()));
    QVERIFY(rowNamed(u"Support bot"_s).isValid());
    QVERIFY(m_window->readOnlyBanner()->isVisible());
    QVERIFY2(m_window->readOnlyBanner()->text().contains(u"offline copy"_s), qPrintable(m_window->readOnlyBanner()->text()));
    QVERIFY(!child<QAction>(u"newAssistantAction"_s)->isEnabled());
    QVERIFY(!m_window->workspace()->createAssistant(TestSupport::namedAssistant(u"Not here"_s)).ok());

    // The server is back: the window leaves the copy for the live workspace, on the same assistant.
    bool listening = false;
    QMetaObject::invokeMethod(m_relay, "start", Qt::BlockingQueuedConnection, Q_RETURN_ARG(bool, listening), Q_ARG(quint16, m_relayPort));
    QVERIFY(listening);
    const QString shown = m_window->editor()->currentId();
    m_window->teamController()->reconnect();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->windowTitle().contains(u"offline copy"_s), 15000);
    QVERIFY(m_window->workspace()->isTeam());
    QVERIFY(!m_window->readOnlyBanner()->isVisible());
    QCOMPARE(m_window->editor()->currentId(), shown);
}

void tst_TeamUi::saveWaitsForTheServer()
{
    const QString direct = teamDatabase();
    QVERIFY(!direct.isEmpty());
    {
        auto other = otherDesktop(direct);
        QVERIFY(other);
        QVERIFY(other->createAssistant(TestSupport::namedAssistant(u"Support bot"_s)).ok());
    }
    const QString url = relayedUrl(direct);
    QVERIFY(openTeam(url));
    QTRY_VERIFY(!m_window->editor()->currentId().isEmpty());
    const QString id = m_window->editor()->currentId();
    auto *name = child<QLineEdit>(u"nameEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Saved later"_s);

    QMetaObject::invokeMethod(m_relay, "stop", Qt::BlockingQueuedConnection);
    GuiTest::triggerAction(m_window.get(), u"saveAction"_s);
    QVERIFY(m_window->editor()->isWaitingToSave());
    QVERIFY(m_window->editor()->isModified());
    QCOMPARE(name->text(), u"Saved later"_s);
    auto *notice = m_window->editor()->noticeBanner();
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(u"Saving waits"_s), qPrintable(notice->text()));

    bool listening = false;
    QMetaObject::invokeMethod(m_relay, "start", Qt::BlockingQueuedConnection, Q_RETURN_ARG(bool, listening), Q_ARG(quint16, m_relayPort));
    QVERIFY(listening);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->editor()->isModified(), 20000);
    QVERIFY(!m_window->editor()->isWaitingToSave());
    auto other = otherDesktop(direct);
    QVERIFY(other);
    QCOMPARE(other->assistant(id)->name, u"Saved later"_s);
}

void tst_TeamUi::moveWorkspaceToServer()
{
    const QString file = m_dir->filePath(u"solo.adesk"_s);
    {
        auto ws = Workspace::open(file);
        QVERIFY(ws.ok());
        QVERIFY(ws.value()->createAssistant(TestSupport::namedAssistant(u"Support bot"_s)).ok());
    }
    openWindow(file, SyncServices{nullptr, nullptr, &m_secrets});
    const QString url = TestSupport::newPostgresDatabase();
    m_dialogs->setNextText(url);
    m_dialogs->setNextAnswer(Dialogs::Ok);   // "Workspace moved"
    GuiTest::triggerAction(m_window.get(), u"moveToServerAction"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->workspace() && m_window->workspace()->isTeam(), 15000);
    QVERIFY(rowNamed(u"Support bot"_s).isValid());
    auto other = otherDesktop(url);
    QVERIFY(other);
    QCOMPARE(other->assistantSummaries().size(), 1);
    QVERIFY(!child<QAction>(u"moveToServerAction"_s)->isEnabled());
}

void tst_TeamUi::sqliteFileSharedWithScriptIsLive()
{
    const QString file = m_dir->filePath(u"shared.adesk"_s);
    auto script = Workspace::open(file);
    QVERIFY(script.ok());
    QVERIFY(script.value()->createAssistant(TestSupport::namedAssistant(u"First"_s)).ok());
    openWindow(file);
    QTRY_VERIFY(rowNamed(u"First"_s).isValid());
    // A script (another connection to the same file) adds one: the window shows it without a reload.
    QVERIFY(script.value()->createAssistant(TestSupport::namedAssistant(u"From a script"_s)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(u"From a script"_s).isValid(), 1000);
}

QTEST_MAIN(tst_TeamUi)
#include "tst_teamui.moc"
