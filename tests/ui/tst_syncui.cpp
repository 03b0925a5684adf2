// GUI tests of the server wiring: the real MainWindow with an OpenAiClient pointed at the fake
// server and a MemorySecretStore, widgets found by objectName, modal questions answered through the Dialogs seam.
#include "assistanteditor.h"
#include "assistantlistmodel.h"
#include "badgedelegate.h"
#include "connectiondialog.h"
#include "dialogs.h"
#include "differencestab.h"
#include "guitest.h"
#include "jobprogress.h"
#include "mainwindow.h"
#include "offlinebanner.h"
#include "openai/connection.h"
#include "openai/openaiclient.h"
#include "pushdialog.h"
#include "serverwindowfixture.h"
#include "storage/workspace.h"
#include "sync/syncengine.h"
#include "testsupport.h"
#include "testwait.h"

#include <QAction>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;
using TestWait::run;

class tst_SyncUi : public QObject, protected ServerWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void badgesPerStatusAfterChecks();
    void failedCheckShowsStaleLastKnown();
    void differencesPanelAfterRemoteEdit();
    void checkAllProgressReachesTotal();
    void checkAllCancelStops();
    void testConnectionSuccessAndWrongKey();
    void connectionValidationAndSave();
    void movingTheConnectionAsksAndResetsStatuses();
    void pushFromDialogCreatesAssistant();
    void pullAsksFirstAndTakesRemote();
    void offlineBannerAndWorkOffline();

private:
    /// A workspace bound to the fake server, its key in the memory keychain, with `remote` seeded assistants
    /// imported (all in sync). Returns the path; the workspace is closed again.
    QString prepareWorkspace(int remote, const QStringList &localNames = {});
    QString remoteIdOf(const QString &name) const;
    QModelIndex rowNamed(const QString &name, int column = AssistantListModel::NameColumn) const;
    void clickRow(const QString &name);
    QTreeWidget *differencesTree() const;
    QString differencesTitle() const;

    QString m_path;
};

void tst_SyncUi::initTestCase()
{
    GuiTest::initApplication(u"tst_syncui"_s);
}

void tst_SyncUi::init()
{
    startServerAndDialogs({.timeout = std::chrono::milliseconds(5000), .connected = false});
}

void tst_SyncUi::cleanup()
{
    stopServerAndWindow();
}

QString tst_SyncUi::prepareWorkspace(int remote, const QStringList &localNames)
{
    m_path = m_dir->filePath(u"sync.adesk"_s);
    auto ws = Workspace::open(m_path);
    if (!ws) {
        qWarning("cannot open the workspace");
        return {};
    }
    const auto connection = OpenAi::Connection::make(m_server->baseUrl()).value();
    if (!connection.save(*ws.value()))
        qWarning("cannot save the connection");
    if (!storeServerKey())
        qWarning("cannot store the key");
    if (remote > 0) {
        m_server->seed(remote);
        connectClient();
        SyncEngine engine(*ws.value(), *m_client);
        auto imported = run(engine.importAll());
        if (!imported || imported->size() != remote)
            qWarning("import failed");
    }
    for (const QString &name : localNames) {
        if (!ws.value()->createAssistant(TestSupport::namedAssistant(name)))
            qWarning("cannot create a local assistant");
    }
    return m_path;
}

QString tst_SyncUi::remoteIdOf(const QString &name) const
{
    for (const QJsonObject &a : m_server->assistants())
        if (a.value(u"name"_s).toString() == name)
            return a.value(u"id"_s).toString();
    return {};
}

QModelIndex tst_SyncUi::rowNamed(const QString &name, int column) const
{
    return GuiTest::rowNamed(GuiTest::child<QTreeView>(m_window.get(), u"assistantView"_s), name,
                             AssistantListModel::NameColumn, column);
}

void tst_SyncUi::clickRow(const QString &name)
{
    GuiTest::clickRow(GuiTest::child<QTreeView>(m_window.get(), u"assistantView"_s), name, AssistantListModel::NameColumn);
}

QTreeWidget *tst_SyncUi::differencesTree() const
{
    return m_window->editor()->findChild<QTreeWidget *>(u"differencesTree"_s);
}

QString tst_SyncUi::differencesTitle() const
{
    auto *tabs = m_window->editor()->findChild<QTabWidget *>(u"editorTabWidget"_s);
    return tabs->tabText(tabs->indexOf(m_window->editor()->differencesTab()));
}

void tst_SyncUi::badgesPerStatusAfterChecks()
{
    openWindow(prepareWorkspace(3, {u"Draft"_s}));
    QTRY_VERIFY(m_window->syncController()->isOnline());
    // Remote changes: one edited, one deleted; the third stays as imported.
    QVERIFY(run(m_client->modifyAssistant(remoteIdOf(u"Seed assistant 1"_s),
                                          QJsonObject{{u"instructions"_s, u"Be brief."_s}})));
    QVERIFY(run(m_client->deleteAssistant(remoteIdOf(u"Seed assistant 2"_s))));

    auto *checkAll = m_window->findChild<QAction *>(u"checkAllAction"_s);
    QVERIFY(checkAll->isEnabled());
    QSignalSpy finished(m_window->syncController(), &SyncController::checkAllFinished);
    checkAll->trigger();
    QVERIFY(finished.wait());
    QCOMPARE(m_window->statusBar()->currentMessage(), u"In sync 1 · Out of sync 1 · Missing remotely 1"_s);

    const struct {
        QString name, wire, text, symbol;
    } expected[] = {
        {u"Seed assistant 1"_s, u"out_of_sync"_s, u"Out of sync (1)"_s, u"●"_s},
        {u"Seed assistant 2"_s, u"missing_remote"_s, u"Missing remotely"_s, u"✕"_s},
        {u"Seed assistant 3"_s, u"in_sync"_s, u"In sync"_s, u"✓"_s},
        {u"Draft"_s, u"never_pushed"_s, u"Never pushed"_s, u"○"_s},
    };
    for (const auto &e : expected) {
        const QModelIndex status = rowNamed(e.name, AssistantListModel::StatusColumn);
        QVERIFY2(status.isValid(), qPrintable(e.name));
        QCOMPARE(status.data(AssistantListModel::SyncStatusRole).toString(), e.wire);
        QCOMPARE(status.data(Qt::DisplayRole).toString(), e.text);
        QCOMPARE(BadgeDelegate::badgeLabel(status), e.symbol + QChar(0x2009) + e.text);
        if (e.wire != u"never_pushed"_s)
            QVERIFY(!status.data(AssistantListModel::CheckedAtRole).toString().isEmpty());
    }
    QCOMPARE(rowNamed(u"Seed assistant 1"_s).data(AssistantListModel::DifferenceCountRole).toInt(), 1);
}

void tst_SyncUi::failedCheckShowsStaleLastKnown()
{
    openWindow(prepareWorkspace(1));
    QTRY_VERIFY(m_window->syncController()->isOnline());
    QTRY_COMPARE(m_window->editor()->differencesTab()->findChild<QLabel *>(u"differencesStatusLabel"_s)->text().left(7),
                 u"In sync"_s);
    m_server->failNext("GET", u"^/assistants/asst"_s, 4, 500);
    QSignalSpy checked(m_window->syncController(), &SyncController::checkFinished);
    GuiTest::triggerAction(m_window.get(), u"checkAction"_s);
    QVERIFY(checked.wait());

    const QModelIndex status = rowNamed(u"Seed assistant 1"_s, AssistantListModel::StatusColumn);
    QCOMPARE(status.data(AssistantListModel::SyncStatusRole).toString(), u"check_failed"_s);
    QVERIFY(status.data(AssistantListModel::StaleRole).toBool());
    QVERIFY(BadgeDelegate::badgeLabel(status).endsWith(u"Check failed · stale"_s));
    auto *badge = m_window->editor()->findChild<QLabel *>(u"badgeLabel"_s);
    QVERIFY2(badge->text().contains(u"Check failed · stale"_s), qPrintable(badge->text()));

    DifferencesTab *tab = m_window->editor()->differencesTab();
    const QString error = tab->findChild<QLabel *>(u"differencesErrorLabel"_s)->text();
    QVERIFY2(error.contains(u"Server error 500 after 4 attempts"_s), qPrintable(error));
    const QString stale = tab->findChild<QLabel *>(u"differencesStaleLabel"_s)->text();
    QVERIFY2(stale.startsWith(u"Last known: In sync, checked "_s) && stale.endsWith(u"(stale)"_s), qPrintable(stale));
}

void tst_SyncUi::differencesPanelAfterRemoteEdit()
{
    openWindow(prepareWorkspace(1));
    QTRY_VERIFY(m_window->syncController()->isOnline());
    QCOMPARE(m_window->editor()->formValue().name, u"Seed assistant 1"_s);
    // Remote edits through the client: instructions, temperature and a code-interpreter file.
    const QString fileId = m_server->files().first().value(u"id"_s).toString();
    QVERIFY(run(m_client->modifyAssistant(
        remoteIdOf(u"Seed assistant 1"_s),
        QJsonObject{{u"instructions"_s, u"You are seed assistant 1.\nBe brief."_s},
                    {u"temperature"_s, 0.3},
                    {u"tools"_s, QJsonArray{QJsonObject{{u"type"_s, u"code_interpreter"_s}}}},
                    {u"tool_resources"_s,
                     QJsonObject{{u"code_interpreter"_s, QJsonObject{{u"file_ids"_s, QJsonArray{fileId}}}}}}})));

    QSignalSpy checked(m_window->syncController(), &SyncController::checkFinished);
    GuiTest::triggerAction(m_window.get(), u"checkAction"_s);
    QVERIFY(checked.wait());
    QTRY_COMPARE(differencesTitle(), u"Differences (4)"_s);

    QTreeWidget *tree = differencesTree();
    QHash<QString, QTreeWidgetItem *> rows;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        rows.insert(tree->topLevelItem(i)->text(DifferencesTab::FieldColumn), tree->topLevelItem(i));
    QVERIFY2(rows.contains(u"Instructions"_s), qPrintable(QStringList(rows.keys()).join(u", "_s)));
    QCOMPARE(rows[u"Instructions"_s]->text(DifferencesTab::WorkspaceColumn), u"You are seed assistant 1."_s);
    QCOMPARE(rows[u"Instructions"_s]->text(DifferencesTab::OpenAiColumn), u"You are seed assistant 1. ⏎ Be brief."_s);
    QCOMPARE(rows[u"Temperature"_s]->text(DifferencesTab::WorkspaceColumn), u"1"_s);
    QCOMPARE(rows[u"Temperature"_s]->text(DifferencesTab::OpenAiColumn), u"0.3"_s);
    QCOMPARE(rows[u"Code interpreter"_s]->text(DifferencesTab::OpenAiColumn), u"on"_s);
    QTreeWidgetItem *files = rows.value(u"Code interpreter files"_s);
    QVERIFY(files);
    QCOMPARE(files->childCount(), 1);
    QCOMPARE(files->text(DifferencesTab::WorkspaceColumn), QString());
    QCOMPARE(files->text(DifferencesTab::OpenAiColumn), u"Only in OpenAI: 1"_s);
    QCOMPARE(files->child(0)->text(DifferencesTab::FieldColumn), u"only in OpenAI"_s);
    QCOMPARE(files->child(0)->text(DifferencesTab::OpenAiColumn), u"seed-1.txt · 12 bytes · %1"_s.arg(fileId));

    // The line diff of the selected instructions row.
    tree->setCurrentItem(rows[u"Instructions"_s]);
    const QString diff = m_window->editor()->findChild<QPlainTextEdit *>(u"differenceDiffView"_s)->toPlainText();
    QVERIFY2(diff.contains(u"  You are seed assistant 1.\n+ Be brief."_s), qPrintable(diff));
    QCOMPARE(DifferencesTab::lineDiff(u"a\nb\nc"_s, u"a\nc\nd"_s), (QStringList{u"  a"_s, u"- b"_s, u"  c"_s, u"+ d"_s}));
}

void tst_SyncUi::checkAllProgressReachesTotal()
{
    openWindow(prepareWorkspace(12));
    QTRY_VERIFY(m_window->syncController()->isOnline());
    QSignalSpy progress(m_window->syncController(), &SyncController::checkAllProgress);
    QSignalSpy finished(m_window->syncController(), &SyncController::checkAllFinished);
    GuiTest::triggerAction(m_window.get(), u"checkAllAction"_s);
    QVERIFY(m_window->jobProgress()->isVisible());
    QVERIFY(!m_window->findChild<QAction *>(u"checkAllAction"_s)->isEnabled());
    QVERIFY(finished.wait(20000));
    QCOMPARE(progress.last().at(0).toInt(), 12);
    QCOMPARE(progress.last().at(1).toInt(), 12);
    QCOMPARE(m_window->jobProgress()->text(), u"Checking 12 of 12"_s);
    QVERIFY(!m_window->jobProgress()->isVisible());
    QCOMPARE(m_window->statusBar()->currentMessage(), u"In sync 12 · Out of sync 0"_s);
    QVERIFY(m_window->findChild<QAction *>(u"checkAllAction"_s)->isEnabled());
}

void tst_SyncUi::checkAllCancelStops()
{
    openWindow(prepareWorkspace(12));
    QTRY_VERIFY(m_window->syncController()->isOnline());
    m_server->setLatency(800);
    QSignalSpy progress(m_window->syncController(), &SyncController::checkAllProgress);
    QSignalSpy finished(m_window->syncController(), &SyncController::checkAllFinished);
    GuiTest::triggerAction(m_window.get(), u"checkAllAction"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(0).toInt() >= 1, 20000);
    QVERIFY(m_window->jobProgress()->text().startsWith(u"Checking "_s));
    QTest::mouseClick(m_window->jobProgress()->findChild<QToolButton *>(u"jobCancelButton"_s), Qt::LeftButton);
    // Aborting may finish the run before the click returns: count, don't wait for a new emission.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const auto summary = finished.last().at(0).value<CheckAllSummary>();
    QVERIFY(summary.cancelled);
    // Checks that were running or not started keep their previous status; not all twelve were checked.
    QVERIFY2(summary.inSync + summary.outOfSync < 12, qPrintable(summary.text()));
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(u"Check all cancelled: "_s),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(!m_window->jobProgress()->isVisible());
}

void tst_SyncUi::testConnectionSuccessAndWrongKey()
{
    openWindow(prepareWorkspace(2));
    GuiTest::triggerAction(m_window.get(), u"connectionAction"_s);
    ConnectionDialog *dialog = m_window->connectionDialog();
    QVERIFY(dialog);
    auto *key = dialog->findChild<QLineEdit *>(u"apiKeyEdit"_s);
    QCOMPARE(key->echoMode(), QLineEdit::Password);
    QTRY_COMPARE(key->text(), m_server->apiKey());   // read back from the keychain
    QCOMPARE(dialog->findChild<QLineEdit *>(u"baseUrlEdit"_s)->text(), m_server->baseUrl());

    auto *test = dialog->findChild<QPushButton *>(u"testConnectionButton"_s);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->testResult().startsWith(u"Connected: "_s), 10000);

    key->setText(u"sk-wrong"_s);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isTesting() && !dialog->testResult().startsWith(u"Connecting"_s), 10000);
    QVERIFY2(dialog->testResult().contains(u"The server rejected the API key (401). Check Settings → Connection."_s),
             qPrintable(dialog->testResult()));
    QVERIFY(!dialog->testResult().contains(u"sk-wrong"_s));
    dialog->reject();
}

void tst_SyncUi::connectionValidationAndSave()
{
    openWindow(prepareWorkspace(0, {u"Local"_s}));
    m_window->showConnectionSettings();
    ConnectionDialog *dialog = m_window->connectionDialog();
    QVERIFY(dialog);
    auto *baseUrl = dialog->findChild<QLineEdit *>(u"baseUrlEdit"_s);
    baseUrl->setText(u"http://example.com/v1"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveConnectionButton"_s), Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(u"baseUrlErrorLabel"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"Base URL: "_s), qPrintable(error->text()));
    QVERIFY(dialog->isVisible());

    baseUrl->setText(m_server->baseUrl() + u"/"_s);
    dialog->findChild<QLineEdit *>(u"projectEdit"_s)->setText(u"proj_1"_s);
    dialog->findChild<QLineEdit *>(u"apiKeyEdit"_s)->setText(u"sk-new-key"_s);
    QSignalSpy saved(dialog, &ConnectionDialog::saved);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveConnectionButton"_s), Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    const auto stored = OpenAi::Connection::load(*m_window->workspace());
    QVERIFY(stored);
    QCOMPARE(stored->baseUrl, m_server->baseUrl());
    QCOMPARE(stored->project, u"proj_1"_s);
    QCOMPARE(m_secrets->secrets().value(stored->keychainAccount()), u"sk-new-key"_s);
    QTRY_VERIFY(!m_window->connectionDialog());
}

void tst_SyncUi::movingTheConnectionAsksAndResetsStatuses()
{
    openWindow(prepareWorkspace(2));
    QTRY_VERIFY(m_window->syncController()->isOnline());
    const QString id = m_window->workspace()->assistantSummaries().first().id;
    m_window->syncController()->checkAll();
    QTRY_COMPARE(syncStatusWireName(m_window->workspace()->assistantSummary(id)->syncStatus), u"in_sync"_s);

    // Cancel keeps the old connection and the statuses.
    m_window->showConnectionSettings();
    ConnectionDialog *dialog = m_window->connectionDialog();
    dialog->findChild<QLineEdit *>(u"projectEdit"_s)->setText(u"proj_other"_s);
    m_dialogs->setNextAnswer(Dialogs::Cancel);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveConnectionButton"_s), Qt::LeftButton);
    QCOMPARE(OpenAi::Connection::load(*m_window->workspace())->project, QString());
    QCOMPARE(syncStatusWireName(m_window->workspace()->assistantSummary(id)->syncStatus), u"in_sync"_s);

    // Yes saves it and every status is Not checked yet.
    m_dialogs->setNextAnswer(Dialogs::Yes);
    QSignalSpy saved(dialog, &ConnectionDialog::saved);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveConnectionButton"_s), Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(OpenAi::Connection::load(*m_window->workspace())->project, u"proj_other"_s);
    QCOMPARE(syncStatusWireName(m_window->workspace()->assistantSummary(id)->syncStatus), u"not_checked"_s);
}

void tst_SyncUi::pushFromDialogCreatesAssistant()
{
    openWindow(prepareWorkspace(0, {u"Draft"_s}));
    QTRY_VERIFY(m_window->syncController()->isOnline());
    QCOMPARE(m_window->editor()->formValue().name, u"Draft"_s);
    // An unsaved edit: Push asks Save / Discard / Cancel first (answered through the seam).
    auto *name = m_window->editor()->findChild<QLineEdit *>(u"nameEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Pushed bot"_s);
    QVERIFY(m_window->editor()->isModified());
    m_dialogs->setNextAnswer(Dialogs::Save);
    auto *pushAction = m_window->findChild<QAction *>(u"pushAction"_s);
    QVERIFY(pushAction->isEnabled());
    pushAction->trigger();
    PushDialog *dialog = m_window->pushDialog();
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->stage(), PushDialog::Stage::Ready);
    QVERIFY2(dialog->planRows().join(u"\n"_s).contains(u"Create assistant in OpenAI"_s),
             qPrintable(dialog->planRows().join(u"\n"_s)));
    QCOMPARE(m_server->assistants().size(), 0);

    QTest::mouseClick(dialog->findChild<QPushButton *>(u"pushButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), PushDialog::Stage::Done, 10000);
    QVERIFY2(dialog->resultText().startsWith(u"Pushed: "_s), qPrintable(dialog->resultText()));
    QCOMPARE(m_server->assistants().size(), 1);
    QCOMPARE(m_server->assistants().first().value(u"name"_s).toString(), u"Pushed bot"_s);
    const QModelIndex status = rowNamed(u"Pushed bot"_s, AssistantListModel::StatusColumn);
    QCOMPARE(status.data(AssistantListModel::SyncStatusRole).toString(), u"in_sync"_s);
    QVERIFY(!m_window->editor()->isModified());
    QCOMPARE(m_window->editor()->formValue().remoteId.value_or(QString()), remoteIdOf(u"Pushed bot"_s));
    dialog->reject();
}

void tst_SyncUi::pullAsksFirstAndTakesRemote()
{
    openWindow(prepareWorkspace(1));
    QTRY_VERIFY(m_window->syncController()->isOnline());
    // A local change that is not pushed, and a remote one.
    auto *name = m_window->editor()->findChild<QLineEdit *>(u"nameEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Local name"_s);
    QVERIFY(m_window->saveAssistant());
    QVERIFY(run(m_client->modifyAssistant(remoteIdOf(u"Seed assistant 1"_s), QJsonObject{{u"temperature"_s, 0.25}})));

    m_dialogs->clearHistory();
    m_dialogs->setNextAnswer(Dialogs::Yes);
    GuiTest::triggerAction(m_window.get(), u"pullAction"_s);
    QCOMPARE(m_dialogs->history().size(), 1);
    QVERIFY2(m_dialogs->history().first().text.endsWith(u"Discard your unpushed changes?"_s),
             qPrintable(m_dialogs->history().first().text));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->editor()->formValue().name, u"Seed assistant 1"_s, 10000);
    QCOMPARE(m_window->editor()->formValue().temperature, 0.25);
    const QModelIndex status = rowNamed(u"Seed assistant 1"_s, AssistantListModel::StatusColumn);
    QCOMPARE(status.data(AssistantListModel::SyncStatusRole).toString(), u"in_sync"_s);
    QVERIFY(!status.data(AssistantListModel::NotPushedRole).toBool());
}

void tst_SyncUi::offlineBannerAndWorkOffline()
{
    const QString path = prepareWorkspace(1);
    m_server.reset();   // nobody listens on that port any more: unreachable
    openWindow(path);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->syncController()->mode(), SyncController::Mode::Unreachable, 10000);
    QCOMPARE(m_window->offlineBanner()->text(),
             u"Offline: cannot reach 127.0.0.1. Showing OpenAI state as last fetched."_s);
    QVERIFY(m_window->offlineBanner()->findChild<QToolButton *>(u"tryAgainButton"_s)->isVisible());
    auto *push = m_window->findChild<QAction *>(u"pushAction"_s);
    QVERIFY(!push->isEnabled());
    QCOMPARE(push->toolTip(), u"Not available offline"_s);
    QVERIFY(!m_window->findChild<QAction *>(u"pullAction"_s)->isEnabled());
    QVERIFY(!m_window->findChild<QAction *>(u"importAllAction"_s)->isEnabled());
    // Cached badges stay; Check stays available while unreachable.
    QCOMPARE(rowNamed(u"Seed assistant 1"_s).data(AssistantListModel::SyncStatusRole).toString(), u"in_sync"_s);
    QVERIFY(m_window->findChild<QAction *>(u"checkAction"_s)->isEnabled());

    auto *workOffline = m_window->findChild<QAction *>(u"workOfflineAction"_s);
    workOffline->trigger();
    QCOMPARE(m_window->offlineBanner()->text(), u"Working offline. Showing OpenAI state as last fetched."_s);
    QVERIFY(!m_window->findChild<QAction *>(u"checkAction"_s)->isEnabled());
    QVERIFY(!m_window->findChild<QAction *>(u"checkAllAction"_s)->isEnabled());
}

QTEST_MAIN(tst_SyncUi)
#include "tst_syncui.moc"
