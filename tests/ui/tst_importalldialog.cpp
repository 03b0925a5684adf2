// "Import all from OpenAI…" (domain.md §5.5, §8; ui.md): the dialog against the fake server through a real
// SyncController — new assistants preselected, linked ones shown but never checkable, only the checked ones imported,
// the summary, a second run that imports nothing, the last listing shown offline — and the first start of an empty
// workspace through the real MainWindow.
#include "connectiondialog.h"
#include "dialogs.h"
#include "guitest.h"
#include "importalldialog.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "openai/connection.h"
#include "openai/openaiclient.h"
#include "serverwindowfixture.h"
#include "storage/importlisting.h"
#include "storage/workspace.h"
#include "synccontroller.h"
#include "sync/syncengine.h"
#include "testsupport.h"
#include "testwait.h"

#include <QAction>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;
using TestWait::run;

class tst_ImportAllDialog : public QObject, protected ServerWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void newOnesPreselectedLinkedOnesNotCheckable();
    void importsOnlyTheCheckedOnesWithSummary();
    void secondRunImportsNothing();
    void cancelStopsTheImport();
    void lastListingShownOffline();
    void firstStartOpensTheDialogWithEverythingPreselected();

private:
    /// A workspace bound to the fake server, its key in the memory keychain, `remote` seeded assistants of which the
    /// first `imported` are already imported, and an online SyncController on it. The workspace stays open (m_ws).
    void prepare(int remote, int imported);
    /// A SyncController on m_ws, online.
    void connectController(bool workOffline = false);
    std::unique_ptr<ImportAllDialog> openDialog();
    /// Lists in `dialog` and waits for the listing.
    static void list(ImportAllDialog &dialog);
    static QTreeWidgetItem *itemOf(ImportAllDialog *dialog, const QString &remoteId);
    static QPushButton *button(ImportAllDialog *dialog, const QString &name);
    QString seededId(int n) const;   // "Seed assistant n"'s remote id

    std::unique_ptr<SyncController> m_sync;
};

void tst_ImportAllDialog::initTestCase()
{
    GuiTest::initApplication(u"tst_importalldialog"_s);
}

void tst_ImportAllDialog::init()
{
    startServerAndDialogs({.timeout = std::chrono::milliseconds(5000), .connected = false});
}

void tst_ImportAllDialog::cleanup()
{
    if (m_sync)
        m_sync->setWorkspace(nullptr);
    m_sync.reset();
    stopServerAndWindow();
}

void tst_ImportAllDialog::prepare(int remote, int imported)
{
    auto ws = Workspace::open(m_dir->filePath(u"import.adesk"_s));
    QVERIFY(ws);
    m_ws = std::move(ws.value());
    const auto connection = OpenAi::Connection::make(m_server->baseUrl()).value();
    QVERIFY(connection.save(*m_ws));
    QVERIFY(storeServerKey());
    m_server->seed(remote);
    connectClient();
    SyncEngine engine(*m_ws, *m_client);
    for (int i = 1; i <= imported; ++i)
        QVERIFY(run(engine.importRemote(seededId(i))).ok);
    connectController();
}

void tst_ImportAllDialog::connectController(bool workOffline)
{
    m_sync = std::make_unique<SyncController>(SyncServices{m_nam.get(), m_client.get(), m_secrets.get()});
    m_sync->setWorkOffline(workOffline);
    m_sync->setWorkspace(m_ws.get());
    if (workOffline)
        QTRY_COMPARE(m_sync->mode(), SyncController::Mode::WorkOffline);
    else
        QTRY_COMPARE(m_sync->mode(), SyncController::Mode::Online);
}

std::unique_ptr<ImportAllDialog> tst_ImportAllDialog::openDialog()
{
    auto dialog = std::make_unique<ImportAllDialog>(m_sync.get(), m_ws.get());
    dialog->show();
    return dialog;
}

void tst_ImportAllDialog::list(ImportAllDialog &dialog)
{
    QSignalSpy listed(&dialog, &ImportAllDialog::listed);
    dialog.list();
    QTRY_COMPARE(listed.size(), 1);
}

QTreeWidgetItem *tst_ImportAllDialog::itemOf(ImportAllDialog *dialog, const QString &remoteId)
{
    auto *tree = dialog->findChild<QTreeWidget *>(u"importTree"_s);
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->data(0, ImportAllDialog::RemoteIdRole).toString() == remoteId)
            return tree->topLevelItem(i);
    return nullptr;
}

QPushButton *tst_ImportAllDialog::button(ImportAllDialog *dialog, const QString &name)
{
    return dialog->findChild<QPushButton *>(name);
}

QString tst_ImportAllDialog::seededId(int n) const
{
    for (const QJsonObject &a : m_server->assistants())
        if (a.value(u"name"_s).toString() == u"Seed assistant %1"_s.arg(n))
            return a.value(u"id"_s).toString();
    return {};
}

void tst_ImportAllDialog::newOnesPreselectedLinkedOnesNotCheckable()
{
    prepare(4, 1);
    auto dialog = openDialog();
    QVERIFY(!dialog->hasListing());
    QSignalSpy listed(dialog.get(), &ImportAllDialog::listed);
    dialog->list();
    QVERIFY(dialog->findChild<QProgressBar *>(u"importProgress"_s)->isVisible());
    QTRY_COMPARE(listed.size(), 1);
    QCOMPARE(listed.first().first().toBool(), true);
    QVERIFY(!dialog->findChild<QProgressBar *>(u"importProgress"_s)->isVisible());

    auto *tree = dialog->findChild<QTreeWidget *>(u"importTree"_s);
    QCOMPARE(tree->topLevelItemCount(), 4);
    QCOMPARE(dialog->checkedRemoteIds(), (QStringList{seededId(2), seededId(3), seededId(4)}));
    QTreeWidgetItem *linked = itemOf(dialog.get(), seededId(1));
    QVERIFY(linked);
    QVERIFY(!(linked->flags() & Qt::ItemIsUserCheckable));
    QVERIFY(!(linked->flags() & Qt::ItemIsSelectable));
    QVERIFY(!linked->data(ImportAllDialog::NameColumn, Qt::CheckStateRole).isValid());   // no checkbox at all
    QCOMPARE(linked->text(ImportAllDialog::StateColumn), u"Already in the workspace as “Seed assistant 1”"_s);
    QTreeWidgetItem *fresh = itemOf(dialog.get(), seededId(3));
    QCOMPARE(fresh->text(ImportAllDialog::NameColumn), u"Seed assistant 3"_s);
    QCOMPARE(fresh->text(ImportAllDialog::StateColumn), u"New"_s);
    QVERIFY(!fresh->text(ImportAllDialog::ModelColumn).isEmpty());
    QVERIFY(!fresh->text(ImportAllDialog::CreatedColumn).isEmpty());
    QCOMPARE(fresh->checkState(ImportAllDialog::NameColumn), Qt::Checked);
    QVERIFY2(dialog->listingText().contains(u"4 in OpenAI, 3 new"_s), qPrintable(dialog->listingText()));

    // A linked row can never be checked; the buttons and the Import count follow the checks.
    dialog->setChecked(seededId(1), true);
    QVERIFY(!dialog->checkedRemoteIds().contains(seededId(1)));
    QPushButton *import = button(dialog.get(), u"importButton"_s);
    QCOMPARE(import->text(), u"Import 3"_s);
    QVERIFY(import->isEnabled());
    fresh->setCheckState(ImportAllDialog::NameColumn, Qt::Unchecked);   // what a click on the box does
    QCOMPARE(import->text(), u"Import 2"_s);
    QTest::mouseClick(button(dialog.get(), u"selectNoneButton"_s), Qt::LeftButton);
    QCOMPARE(import->text(), u"Import 0"_s);
    QVERIFY(!import->isEnabled());
    QTest::mouseClick(button(dialog.get(), u"selectAllNewButton"_s), Qt::LeftButton);
    QCOMPARE(dialog->checkedRemoteIds(), (QStringList{seededId(2), seededId(3), seededId(4)}));
    QCOMPARE(import->text(), u"Import 3"_s);
}

void tst_ImportAllDialog::importsOnlyTheCheckedOnesWithSummary()
{
    prepare(4, 1);
    auto dialog = openDialog();
    list(*dialog);
    dialog->setChecked(seededId(4), false);
    // Seed assistant 3 fails (a 400 is never retried); Seed assistant 2 is imported all the same.
    m_server->failNext("GET", u"^/assistants/%1$"_s.arg(seededId(3)), 1, 400);
    QSignalSpy finished(dialog.get(), &ImportAllDialog::importFinished);
    QTest::mouseClick(button(dialog.get(), u"importButton"_s), Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QVERIFY(button(dialog.get(), u"cancelImportButton"_s)->isVisible());
    QVERIFY(!dialog->findChild<QTreeWidget *>(u"importTree"_s)->isEnabled());
    QTRY_COMPARE(finished.size(), 1);

    QCOMPARE(dialog->summaryText(), u"Imported 1 · already in the workspace 1 · failed 1"_s);
    QCOMPARE(dialog->failureLines().size(), 1);
    QVERIFY2(dialog->failureLines().first().startsWith(u"“Seed assistant 3” (%1): "_s.arg(seededId(3))),
             qPrintable(dialog->failureLines().first()));
    auto *banner = dialog->findChild<MessageBanner *>(u"importBanner"_s);
    QCOMPARE(banner->text(), dialog->summaryText());
    QCOMPARE(banner->details(), dialog->failureLines());
    QCOMPARE(m_ws->linkedRemoteIds(), (QSet<QString>{seededId(1), seededId(2)}));
    QCOMPARE(m_ws->assistants().size(), 2);

    // Imported rows turn into "Already in the workspace"; the failed one stays checked for another try.
    QCOMPARE(itemOf(dialog.get(), seededId(2))->text(ImportAllDialog::StateColumn),
             u"Already in the workspace as “Seed assistant 2”"_s);
    QCOMPARE(dialog->checkedRemoteIds(), QStringList{seededId(3)});
    QCOMPARE(button(dialog.get(), u"importButton"_s)->text(), u"Import 1"_s);
    QVERIFY(button(dialog.get(), u"closeButton"_s)->isVisible());
}

void tst_ImportAllDialog::secondRunImportsNothing()
{
    prepare(3, 0);
    {
        auto first = openDialog();
        list(*first);
        QSignalSpy finished(first.get(), &ImportAllDialog::importFinished);
        first->importChecked();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(first->summaryText(), u"Imported 3 · already in the workspace 0 · failed 0"_s);
    }
    QCOMPARE(m_ws->assistants().size(), 3);

    auto second = openDialog();
    list(*second);
    QVERIFY(second->checkedRemoteIds().isEmpty());
    QPushButton *import = button(second.get(), u"importButton"_s);
    QCOMPARE(import->text(), u"Import 0"_s);
    QVERIFY(!import->isEnabled());
    QVERIFY(!button(second.get(), u"selectAllNewButton"_s)->isEnabled());
    second->selectAllNew();
    QVERIFY(second->checkedRemoteIds().isEmpty());
    m_server->clearRequests();
    second->importChecked();
    QVERIFY(!second->isBusy());
    QVERIFY(m_server->requests().isEmpty());
    QCOMPARE(m_ws->assistants().size(), 3);
}

void tst_ImportAllDialog::cancelStopsTheImport()
{
    prepare(5, 0);
    auto dialog = openDialog();
    list(*dialog);
    m_server->setLatency(100);
    m_client->setConcurrency(2);   // imports run in a pool: two at a time, so the cancel lands mid-way
    QSignalSpy progress(m_sync.get(), &SyncController::importProgress);
    QSignalSpy finished(dialog.get(), &ImportAllDialog::importFinished);
    dialog->importChecked();
    QTRY_VERIFY(progress.size() >= 2);   // (0, 5) and the first finished import
    QTest::mouseClick(button(dialog.get(), u"cancelImportButton"_s), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(dialog->summaryText().startsWith(u"Import cancelled: Imported "_s), qPrintable(dialog->summaryText()));
    const int imported = int(m_ws->assistants().size());
    QVERIFY(imported >= 1 && imported < 5);
    QCOMPARE(dialog->checkedRemoteIds().size(), 5 - imported);   // what was not imported stays checked
}

void tst_ImportAllDialog::lastListingShownOffline()
{
    prepare(3, 1);
    {
        auto dialog = openDialog();
        list(*dialog);
    }
    // Restart offline: the workspace is reopened and the app works offline.
    m_sync->setWorkspace(nullptr);
    m_sync.reset();
    m_ws.reset();
    m_ws = std::move(Workspace::open(m_dir->filePath(u"import.adesk"_s)).value());
    connectController(true);
    m_server->clearRequests();

    auto dialog = openDialog();
    QVERIFY(dialog->hasListing());
    QVERIFY2(QRegularExpression(u"^Listed .+ — offline, import not available$"_s).match(dialog->listingText()).hasMatch(),
             qPrintable(dialog->listingText()));
    QCOMPARE(dialog->findChild<QTreeWidget *>(u"importTree"_s)->topLevelItemCount(), 3);
    QCOMPARE(itemOf(dialog.get(), seededId(1))->text(ImportAllDialog::StateColumn),
             u"Already in the workspace as “Seed assistant 1”"_s);
    QCOMPARE(dialog->checkedRemoteIds().size(), 2);
    QPushButton *import = button(dialog.get(), u"importButton"_s);
    QVERIFY(!import->isEnabled());
    QCOMPARE(import->toolTip(), u"Not available offline"_s);
    QVERIFY(!button(dialog.get(), u"listButton"_s)->isEnabled());
    dialog->list();
    dialog->importChecked();
    QVERIFY(!dialog->isBusy());
    QVERIFY(m_server->requests().isEmpty());

    // Back online, the same dialog can import again.
    m_sync->setWorkOffline(false);
    QTRY_COMPARE(m_sync->mode(), SyncController::Mode::Online);
    QVERIFY(import->isEnabled());
    QVERIFY2(!dialog->listingText().contains(u"offline"_s), qPrintable(dialog->listingText()));
}

void tst_ImportAllDialog::firstStartOpensTheDialogWithEverythingPreselected()
{
    m_server->seed(3);
    openWindow(m_dir->filePath(u"fresh.adesk"_s));
    if (QTest::currentTestFailed())
        return;
    MainWindow *window = m_window.get();
    QVERIFY(window->workspace()->isEmpty());

    // "Connect to a server…" on the empty workspace: once connected, the import dialog opens by itself.
    window->showConnectionSettings();
    ConnectionDialog *connection = window->connectionDialog();
    QVERIFY(connection);
    connection->findChild<QLineEdit *>(u"baseUrlEdit"_s)->setText(m_server->baseUrl());
    connection->findChild<QLineEdit *>(u"apiKeyEdit"_s)->setText(m_server->apiKey());
    QTest::mouseClick(connection->findChild<QPushButton *>(u"saveConnectionButton"_s), Qt::LeftButton);
    QTRY_VERIFY(window->findChild<ImportAllDialog *>());
    ImportAllDialog *dialog = window->findChild<ImportAllDialog *>();
    QTRY_VERIFY(dialog->hasListing() && !dialog->isBusy());
    QCOMPARE(dialog->checkedRemoteIds().size(), 3);
    QCOMPARE(button(dialog, u"importButton"_s)->text(), u"Import 3"_s);

    // The action raises the open dialog instead of opening another.
    GuiTest::triggerAction(window, u"importAllAction"_s);
    QCOMPARE(window->findChildren<ImportAllDialog *>().size(), 1);

    QSignalSpy finished(dialog, &ImportAllDialog::importFinished);
    QTest::mouseClick(button(dialog, u"importButton"_s), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(window->workspace()->assistants().size(), 3);
    QVERIFY(!window->workspace()->isEmpty());
    QTest::mouseClick(button(dialog, u"closeButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!window->findChild<ImportAllDialog *>());
    // cleanup(): every queued answer was used.
}

QTEST_MAIN(tst_ImportAllDialog)
#include "tst_importalldialog.moc"
