// The orphan view (domain.md §9) against the fake server seeded with orphans: the cached scan shown offline with Scan and
// Delete disabled, a scan with its columns and totals, Cancel, the dry-run summary before any deletion, deletion of the
// selected orphans only; and the main window's side: Assistant → Orphans…, the capabilities in Settings →
// Connection, the "No Assistants API" badge, and a push dialog that reports the fields the server did not keep.
#include "archive/deletionqueue.h"
#include "assistanteditor.h"
#include "assistantlistmodel.h"
#include "cleanup/orphanscan.h"
#include "connectiondialog.h"
#include "dialogs.h"
#include "guitest.h"
#include "serverwindowfixture.h"
#include "interchange/interchange.h"
#include "mainwindow.h"
#include "openai/connection.h"
#include "openai/openaiclient.h"
#include "orphansview.h"
#include "pushdialog.h"
#include "secrets/secretstore.h"
#include "storage/deletionjobs.h"
#include "storage/workspace.h"
#include "testsupport.h"
#include "testwait.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSet>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using TestSupport::idsOf;
using TestWait::run;

class tst_OrphansView : public QObject, protected ServerWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void notScannedYet();
    void offlineShowsTheCachedScanAndDisablesServerActions();
    void scanListsOrphansWithTheirColumns();
    void cancelledScanKeepsTheLastOne();
    void summaryComesFirstAndCancelDeletesNothing();
    void deleteRemovesExactlyTheSelectedOrphans();
    void mainWindowOpensTheOrphanView();
    void serverWithoutAssistantsApiInTheWindow();
    void pushDialogReportsFieldsNotKept();

private:
    std::unique_ptr<Workspace> openScenario(const QString &name = u"orphans.adesk"_s);
    void makeView(bool online);
    /// The scenario's workspace (m_ws) in an online view (m_view); false when the workspace cannot be prepared.
    bool showScenario();
    /// A scan in m_view, waited for until it ends.
    void scanAndWait();
    int row(const QString &remoteId) const;
    QString cell(const QString &remoteId, int column) const;

    std::unique_ptr<DeletionQueue> m_queue;
    std::unique_ptr<OrphansView> m_view;
};

void tst_OrphansView::initTestCase()
{
    GuiTest::initApplication(u"tst_orphansview"_s);
}

void tst_OrphansView::init()
{
    startServerAndDialogs({.timeout = std::chrono::milliseconds(5000)});
    if (QTest::currentTestFailed())
        return;
    m_server->seedOrphanScenario();
}

void tst_OrphansView::cleanup()
{
    m_view.reset();
    m_queue.reset();
    m_ws.reset();
    stopServerAndWindow();
}

std::unique_ptr<Workspace> tst_OrphansView::openScenario(const QString &name)
{
    auto ws = TestSupport::openWorkspace(*m_dir, name);
    if (!ws)
        return ws;
    if (!Interchange::importInto(*ws, TestSupport::fixture(u"orphans-workspace.json"_s))
        || !OpenAi::Connection::make(m_server->baseUrl()).value().save(*ws))
        return nullptr;
    return ws;
}

void tst_OrphansView::makeView(bool online)
{
    m_queue = std::make_unique<DeletionQueue>(*m_ws, *m_client);
    m_view = std::make_unique<OrphansView>(m_ws.get(), m_dialogs.get());
    new QAbstractItemModelTester(m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_view.get());
    m_view->setClient(m_client.get());
    m_view->setQueue(m_queue.get());
    m_view->setOnline(online);
    m_view->resize(1100, 600);
    m_view->show();
}

int tst_OrphansView::row(const QString &remoteId) const
{
    const auto &items = m_view->model()->items();
    for (int r = 0; r < items.size(); ++r)
        if (items.at(r).remoteId == remoteId)
            return r;
    return -1;
}

QString tst_OrphansView::cell(const QString &remoteId, int column) const
{
    return m_view->model()->index(row(remoteId), column).data().toString();
}

bool tst_OrphansView::showScenario()
{
    m_ws = openScenario();
    if (!m_ws)
        return false;
    makeView(true);
    return true;
}

void tst_OrphansView::scanAndWait()
{
    m_view->scan();
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isScanning(), 15000);
}

void tst_OrphansView::notScannedYet()
{
    QVERIFY(showScenario());
    QVERIFY(!m_view->hasReport());
    QCOMPARE(m_view->model()->rowCount(), 0);
    QVERIFY(m_view->findChild<QLabel *>(u"orphansScanLabel"_s)->text().startsWith(u"Not scanned yet."_s));
    QVERIFY(m_view->findChild<QPushButton *>(u"scanButton"_s)->isEnabled());
    QVERIFY(!m_view->findChild<QPushButton *>(u"deleteSelectedButton"_s)->isEnabled());   // nothing selected
}

void tst_OrphansView::offlineShowsTheCachedScanAndDisablesServerActions()
{
    m_ws = openScenario();
    QVERIFY(m_ws);
    auto listing = run(OrphanScan::scan(*m_client));
    QVERIFY(listing);
    QVERIFY(OrphanScan::saveListing(*m_ws, *listing));
    m_server->clearRequests();

    makeView(false);
    QVERIFY(m_view->hasReport());
    QCOMPARE(m_view->model()->rowCount(), 6);
    QCOMPARE(m_view->totalsText(), u"4 file(s) (2.5 MB) · 2 vector store(s) (120.0 MB)"_s);
    QVERIFY2(m_view->findChild<QLabel *>(u"orphansScanLabel"_s)->text().contains(u"offline"_s),
             qPrintable(m_view->findChild<QLabel *>(u"orphansScanLabel"_s)->text()));
    m_view->selectRemoteIds({u"vs_OLD"_s});
    for (const char *name : {"scanButton", "deleteSelectedButton"}) {
        auto *button = m_view->findChild<QPushButton *>(QString::fromLatin1(name));
        QVERIFY2(!button->isEnabled(), name);
        QCOMPARE(button->toolTip(), u"Not available offline"_s);
    }
    m_view->scan();
    m_view->deleteSelected();
    QCOMPARE(m_server->requests().size(), 0);
    QVERIFY(m_dialogs->history().isEmpty());

    // Back online: both come back.
    m_view->setOnline(true);
    QVERIFY(m_view->findChild<QPushButton *>(u"scanButton"_s)->isEnabled());
    QVERIFY(m_view->findChild<QPushButton *>(u"deleteSelectedButton"_s)->isEnabled());
}

void tst_OrphansView::scanListsOrphansWithTheirColumns()
{
    QVERIFY(showScenario());
    QTest::mouseClick(m_view->findChild<QPushButton *>(u"scanButton"_s), Qt::LeftButton);
    QVERIFY(m_view->isScanning());
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isScanning(), 15000);
    QVERIFY(m_view->hasReport());
    QCOMPARE(m_view->model()->rowCount(), 6);
    QSet<QString> ids;
    for (const auto &item : m_view->model()->items())
        ids.insert(item.remoteId);
    QCOMPARE(ids, (QSet<QString>{u"vs_OLD"_s, u"vs_LOOSE"_s, u"file-OLDCI"_s, u"file-OLDFS"_s, u"file-LOOSE"_s,
                                 u"file-LOOSE2"_s}));
    QCOMPARE(cell(u"vs_OLD"_s, OrphanTableModel::KindColumn), u"Vector store"_s);
    QCOMPARE(cell(u"vs_OLD"_s, OrphanTableModel::NameColumn), u"Old helper store"_s);
    QCOMPARE(cell(u"vs_OLD"_s, OrphanTableModel::SizeColumn), u"120.0 MB"_s);
    QCOMPARE(cell(u"vs_OLD"_s, OrphanTableModel::FilesColumn), u"2"_s);
    QVERIFY(!cell(u"vs_OLD"_s, OrphanTableModel::CreatedColumn).isEmpty());
    QVERIFY(!cell(u"vs_OLD"_s, OrphanTableModel::LastActiveColumn).isEmpty());
    QCOMPARE(cell(u"vs_OLD"_s, OrphanTableModel::UsedByColumn), u"was used by archived “Old helper”"_s);
    QCOMPARE(cell(u"vs_LOOSE"_s, OrphanTableModel::NameColumn), u"(no name)"_s);
    QCOMPARE(cell(u"file-OLDCI"_s, OrphanTableModel::KindColumn), u"File"_s);
    QCOMPARE(cell(u"file-OLDCI"_s, OrphanTableModel::NameColumn), u"old-prices.csv"_s);
    QVERIFY2(cell(u"file-OLDCI"_s, OrphanTableModel::SizeColumn).startsWith(u"12.0 "_s),
             qPrintable(cell(u"file-OLDCI"_s, OrphanTableModel::SizeColumn)));
    QCOMPARE(cell(u"file-OLDCI"_s, OrphanTableModel::FilesColumn), QString());
    QCOMPARE(cell(u"file-OLDCI"_s, OrphanTableModel::ExpiresColumn), u"never"_s);
    QCOMPARE(cell(u"file-LOOSE"_s, OrphanTableModel::UsedByColumn), QString());
    QCOMPARE(m_view->totalsText(), u"4 file(s) (2.5 MB) · 2 vector store(s) (120.0 MB)"_s);
    auto *stray = m_view->findChild<QTableWidget *>(u"orphansStrayTable"_s);
    QCOMPARE(stray->rowCount(), 1);
    QCOMPARE(stray->item(0, 0)->text(), u"Stray assistant"_s);
    QCOMPARE(stray->item(0, 1)->text(), u"asst_STRAY"_s);
    QVERIFY(stray->isVisible());
    QVERIFY(m_view->findChild<QLabel *>(u"orphansScanLabel"_s)->text().startsWith(u"Last scan: "_s));
    // Kept for offline use.
    const auto cached = OrphanScan::cachedReport(*m_ws);
    QVERIFY(cached);
    QCOMPARE(cached->files.size(), 4);
}

void tst_OrphansView::cancelledScanKeepsTheLastOne()
{
    QVERIFY(showScenario());
    FakeOpenAiServer::Fault slow;
    slow.method = "GET";
    slow.path = QRegularExpression(u"^/vector_stores$"_s);
    slow.action = FakeOpenAiServer::Fault::Action::Delay;
    slow.delayMs = 3000;
    m_server->addFault(slow);
    QTest::mouseClick(m_view->findChild<QPushButton *>(u"scanButton"_s), Qt::LeftButton);
    QTRY_VERIFY(m_view->statusText().startsWith(u"Listing vector stores"_s));
    auto *cancel = m_view->findChild<QPushButton *>(u"cancelScanButton"_s);
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isScanning(), 2500);
    QCOMPARE(m_view->statusText(), u"Scan cancelled. The last scan is shown."_s);
    QVERIFY(!m_view->hasReport());
    QVERIFY(!OrphanScan::cachedListing(*m_ws));
    QVERIFY(m_view->findChild<QPushButton *>(u"scanButton"_s)->isEnabled());
}

void tst_OrphansView::summaryComesFirstAndCancelDeletesNothing()
{
    QVERIFY(showScenario());
    scanAndWait();
    const QSet<QString> files = idsOf(m_server->files());
    const QSet<QString> stores = idsOf(m_server->vectorStores());
    m_view->findChild<QTableView *>(u"orphansTable"_s)->selectAll();
    QCOMPARE(m_view->selectedRemoteIds().size(), 6);
    auto *remove = m_view->findChild<QPushButton *>(u"deleteSelectedButton"_s);
    QVERIFY(remove->isEnabled());
    m_server->clearRequests();
    m_dialogs->setNextAnswer(Dialogs::Cancel);
    QTest::mouseClick(remove, Qt::LeftButton);

    QCOMPARE(m_dialogs->history().size(), 1);
    const Dialogs::Record &asked = m_dialogs->history().first();
    QCOMPARE(asked.kind, u"confirm"_s);
    QCOMPARE(asked.title, u"Delete in OpenAI?"_s);
    QVERIFY2(asked.text.contains(u"4 file(s) (2.5 MB) · 2 vector store(s) (120.0 MB)"_s), qPrintable(asked.text));
    QCOMPARE(asked.details.size(), 6);
    QVERIFY2(asked.details.contains(u"Vector store “Old helper store” (vs_OLD) · 120.0 MB · was used by archived “Old helper”"_s),
             qPrintable(asked.details.join(u'\n')));
    QVERIFY(asked.details.first().startsWith(u"Vector store"_s));   // stores first, as they are deleted first
    // The dry run changed nothing anywhere.
    QCOMPARE(m_server->requests().size(), 0);
    QCOMPARE(idsOf(m_server->files()), files);
    QCOMPARE(idsOf(m_server->vectorStores()), stores);
    QVERIFY(DeletionJobs::list(*m_ws).isEmpty());
    QCOMPARE(m_view->statusText(), u"Nothing was deleted."_s);
    QCOMPARE(m_view->model()->rowCount(), 6);
}

void tst_OrphansView::deleteRemovesExactlyTheSelectedOrphans()
{
    QVERIFY(showScenario());
    scanAndWait();
    const QSet<QString> files = idsOf(m_server->files());
    const QSet<QString> stores = idsOf(m_server->vectorStores());
    m_view->selectRemoteIds({u"vs_LOOSE"_s, u"file-LOOSE"_s});
    m_dialogs->setNextAnswer(Dialogs::Yes);
    QTest::mouseClick(m_view->findChild<QPushButton *>(u"deleteSelectedButton"_s), Qt::LeftButton);
    QCOMPARE(m_dialogs->history().last().details.size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isDeleting(), 15000);
    QCOMPARE(idsOf(m_server->files()), files - QSet<QString>{u"file-LOOSE"_s});
    QCOMPARE(idsOf(m_server->vectorStores()), stores - QSet<QString>{u"vs_LOOSE"_s});
    QCOMPARE(m_view->statusText(), u"Deleted 2"_s);
    QCOMPARE(m_view->model()->rowCount(), 4);
    QCOMPARE(row(u"vs_LOOSE"_s), -1);
    QVERIFY(row(u"vs_OLD"_s) >= 0);
    // file-LOOSE2 was in vs_LOOSE: still an orphan, still listed.
    QVERIFY(row(u"file-LOOSE2"_s) >= 0);
    const auto jobs = DeletionJobs::list(*m_ws);
    QCOMPARE(jobs.size(), 2);
    for (const auto &j : jobs) {
        QCOMPARE(j.owner, u"orphan cleanup"_s);
        QCOMPARE(j.state, u"done"_s);
    }
    // The offline view of this workspace no longer offers them either.
    QCOMPARE(OrphanScan::cachedReport(*m_ws)->vectorStores.size(), 1);
}

void tst_OrphansView::mainWindowOpensTheOrphanView()
{
    {
        auto ws = openScenario(u"window.adesk"_s);
        QVERIFY(ws);
        QVERIFY(storeServerKey());
        auto listing = run(OrphanScan::scan(*m_client));
        QVERIFY(listing);
        QVERIFY(OrphanScan::saveListing(*ws, *listing));
    }
    openWindow(m_dir->filePath(u"window.adesk"_s));
    auto *action = m_window->findChild<QAction *>(u"orphansAction"_s);
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();
    auto *dialog = m_window->findChild<QDialog *>(u"orphansDialog"_s);
    QVERIFY(dialog);
    auto *view = dialog->findChild<OrphansView *>();
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), 6);   // the cached scan at once
    QTRY_VERIFY_WITH_TIMEOUT(m_window->syncController()->isOnline(), 10000);
    QTRY_VERIFY(view->findChild<QPushButton *>(u"scanButton"_s)->isEnabled());
    // Work offline: the view follows.
    m_window->findChild<QAction *>(u"workOfflineAction"_s)->setChecked(true);
    QTRY_VERIFY(!view->findChild<QPushButton *>(u"scanButton"_s)->isEnabled());
    QCOMPARE(view->findChild<QPushButton *>(u"scanButton"_s)->toolTip(), u"Not available offline"_s);
    QCOMPARE(view->model()->rowCount(), 6);
    // Triggering again raises the same dialog.
    action->trigger();
    QCOMPARE(m_window->findChildren<QDialog *>(u"orphansDialog"_s).size(), 1);
    dialog->close();
}

void tst_OrphansView::serverWithoutAssistantsApiInTheWindow()
{
    m_server->setAssistantsApiMissing(true);
    {
        auto ws = openScenario(u"bare.adesk"_s);
        QVERIFY(ws);
        QVERIFY(storeServerKey());
    }
    openWindow(m_dir->filePath(u"bare.adesk"_s));
    // The app starts and goes online: a 404 is an HTTP answer.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->syncController()->isOnline(), 10000);
    // The background probe records what the server supports.
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->workspace()->setting(u"server/capabilities"_s).isEmpty(), 10000);

    // The linked Helpdesk is checked when opened: the badge says the server has no Assistants API.
    auto *list = GuiTest::child<QTreeView>(m_window.get(), u"assistantView"_s);
    const QModelIndex helpdesk = GuiTest::rowNamed(list, u"Helpdesk"_s, AssistantListModel::NameColumn);
    QVERIFY(helpdesk.isValid());
    GuiTest::clickIndex(list, helpdesk);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->workspace()->syncState(u"a-help"_s).current.checkedAt.isEmpty()
                                 || !m_window->workspace()->syncState(u"a-help"_s).error.isEmpty(),
                             10000);
    const QModelIndex status = helpdesk.siblingAtColumn(AssistantListModel::StatusColumn);
    QTRY_COMPARE(status.data().toString(), u"No Assistants API"_s);
    QVERIFY(m_window->workspace()->syncState(u"a-help"_s).noAssistantsApi);

    // Settings → Connection shows what was recorded, and Test connection says it again.
    m_window->showConnectionSettings();
    ConnectionDialog *connection = m_window->connectionDialog();
    QVERIFY(connection);
    QVERIFY2(connection->capabilitiesText().contains(u"Assistants API: no"_s), qPrintable(connection->capabilitiesText()));
    QTest::mouseClick(connection->findChild<QPushButton *>(u"testConnectionButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(connection->testResult().startsWith(u"Connected: 4 model(s)"_s), 10000);
    QVERIFY(connection->capabilitiesText().contains(u"Vector stores: yes"_s));
    QVERIFY(connection->capabilitiesText().contains(u"Models list: yes (4)"_s));
    connection->reject();

    // The orphan view still scans.
    GuiTest::triggerAction(m_window.get(), u"orphansAction"_s);
    auto *view = m_window->findChild<QDialog *>(u"orphansDialog"_s)->findChild<OrphansView *>();
    QVERIFY(view);
    QTRY_VERIFY(view->findChild<QPushButton *>(u"scanButton"_s)->isEnabled());
    view->scan();
    QTRY_VERIFY_WITH_TIMEOUT(!view->isScanning(), 15000);
    QVERIFY(view->hasReport());
    QVERIFY(view->findChild<QLabel *>(u"orphansApiNotice"_s)->isVisible());
    QVERIFY(view->findChild<QLabel *>(u"orphansApiNotice"_s)->text().contains(u"no Assistants API (404)"_s));
    QCOMPARE(view->report().vectorStores.size(), 3);   // vs_STRAY too: no remote assistant could be listed
}

void tst_OrphansView::pushDialogReportsFieldsNotKept()
{
    m_server->setDroppedFields({u"top_p"_s, u"metadata"_s});
    {
        auto ws = TestSupport::openWorkspace(*m_dir, u"push.adesk"_s);
        QVERIFY(ws);
        QVERIFY(OpenAi::Connection::make(m_server->baseUrl()).value().save(*ws));
        QVERIFY(storeServerKey());
        Assistant a = TestSupport::namedAssistant(u"Dropper"_s);
        a.topP = 0.5;
        a.metadata.insert(u"team"_s, u"support"_s);
        QVERIFY(ws->createAssistant(a));
    }
    openWindow(m_dir->filePath(u"push.adesk"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->syncController()->isOnline(), 10000);
    QCOMPARE(m_window->editor()->formValue().name, u"Dropper"_s);
    GuiTest::triggerAction(m_window.get(), u"pushAction"_s);
    PushDialog *dialog = m_window->pushDialog();
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->stage(), PushDialog::Stage::Ready);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"pushButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), PushDialog::Stage::Done, 10000);
    const QString result = dialog->resultText();
    QVERIFY2(result.contains(u"The server did not keep: "_s), qPrintable(result));
    QVERIFY2(result.contains(u"top_p"_s) && result.contains(u"metadata"_s), qPrintable(result));
    dialog->reject();
}

QTEST_MAIN(tst_OrphansView)
#include "tst_orphansview.moc"
