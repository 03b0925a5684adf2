// GUI tests of the main window: the real MainWindow on the offscreen platform, widgets found by objectName, input
// with QTest, modal dialogs answered through the Dialogs seam.
#include "assistanteditor.h"
#include "assistantlistmodel.h"
#include "demo/demoworkspace.h"
#include "dialogs.h"
#include "guitest.h"
#include "interchange/interchange.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;

class tst_MainWindow : public QObject, protected GuiTest::LocalWindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void welcomePageOnEmptyWorkspace();
    void openDemoFromWelcomePage();
    void typeSaveReopenFindsEdit();
    void emptyNameBlocksSaving();
    void cancelKeepsEditWhenSwitching();
    void discardDropsEditWhenSwitching();
    void closingAsksWhenModified();
    void versionsAreReadOnly();
    void filterAsYouType();
    void showArchivedToggle();
    void unreadableWorkspaceKeepsWindowUsable();
    void importErrorsListJsonPaths();
    void newAndDuplicate();
    void experimentsAndPipelinesAreShown();
    void splitterStateRestored();
    void recentWorkspacesMenu();

private:
    std::unique_ptr<MainWindow> makeWindow(const QString &workspacePath);
    QString demoWorkspace();
    QModelIndex rowNamed(const QString &name) const;
    void clickRow(const QString &name);
};

void tst_MainWindow::initTestCase()
{
    GuiTest::initApplication(u"tst_mainwindow"_s);
}

void tst_MainWindow::init()
{
    startLocalWindowTest();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

void tst_MainWindow::cleanup()
{
    stopLocalWindowTest();
}

std::unique_ptr<MainWindow> tst_MainWindow::makeWindow(const QString &workspacePath)
{
    auto window = std::make_unique<MainWindow>(m_dialogs.get());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    window->activateWindow();
    window->openWorkspace(workspacePath);
    return window;
}

QString tst_MainWindow::demoWorkspace()
{
    const QString path = m_dir->filePath(u"demo.adesk"_s);
    auto ws = Workspace::open(path);
    if (!ws || !Demo::populate(*ws.value()))
        qWarning("cannot prepare the demo workspace");
    return path;
}

QModelIndex tst_MainWindow::rowNamed(const QString &name) const
{
    return GuiTest::rowNamed(GuiTest::child<QTreeView>(m_window.get(), u"assistantView"_s), name, AssistantListModel::NameColumn);
}

void tst_MainWindow::clickRow(const QString &name)
{
    GuiTest::clickRow(GuiTest::child<QTreeView>(m_window.get(), u"assistantView"_s), name, AssistantListModel::NameColumn);
}

void tst_MainWindow::welcomePageOnEmptyWorkspace()
{
    m_window = makeWindow(m_dir->filePath(u"empty.adesk"_s));
    auto *stack = m_window->findChild<QStackedWidget *>(u"centralStack"_s);
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget()->objectName(), u"welcomePage"_s);
    auto *connect = m_window->findChild<QCommandLinkButton *>(u"connectServerButton"_s);
    QVERIFY(!connect->isEnabled());
    QVERIFY(!connect->toolTip().isEmpty());
    QVERIFY(m_window->findChild<QCommandLinkButton *>(u"importWorkspaceButton"_s)->isEnabled());
}

void tst_MainWindow::openDemoFromWelcomePage()
{
    m_window = makeWindow(m_dir->filePath(u"empty.adesk"_s));
    QTest::mouseClick(m_window->findChild<QCommandLinkButton *>(u"openDemoButton"_s), Qt::LeftButton);

    QCOMPARE(m_window->workspace()->path(), MainWindow::demoWorkspacePath());
    auto *stack = m_window->findChild<QStackedWidget *>(u"centralStack"_s);
    QCOMPARE(stack->currentWidget()->objectName(), u"mainSplitter"_s);
    auto *view = m_window->findChild<QTreeView *>(u"assistantView"_s);
    QCOMPARE(view->model()->rowCount(), 4);   // working assistants of the demo; versions are in the editor
    QVERIFY(rowNamed(u"Helpdesk"_s).isValid());
    // The first assistant is open at once, so the editor is never an empty pane.
    QVERIFY(m_window->editor()->hasRecord());
}

void tst_MainWindow::typeSaveReopenFindsEdit()
{
    const QString path = demoWorkspace();
    m_window = makeWindow(path);
    clickRow(u"Helpdesk"_s);
    QCOMPARE(m_window->editor()->currentId(), u"demo-helpdesk"_s);

    auto *name = m_window->findChild<QLineEdit *>(u"nameEdit"_s);
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, u"Helpdesk EU"_s);
    auto *instructions = m_window->findChild<QPlainTextEdit *>(u"instructionsEdit"_s);
    instructions->moveCursor(QTextCursor::End);
    QTest::keyClicks(instructions, u" Be brief."_s);
    QVERIFY(m_window->editor()->isModified());
    QVERIFY(m_window->isWindowModified());
    QVERIFY(m_window->findChild<QLabel *>(u"modifiedLabel"_s)->isVisible());

    QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->editor()->isModified());
    QVERIFY(!m_window->isWindowModified());

    m_window.reset();   // releases the workspace lock
    m_window = makeWindow(path);
    clickRow(u"Helpdesk EU"_s);
    QCOMPARE(m_window->findChild<QLineEdit *>(u"nameEdit"_s)->text(), u"Helpdesk EU"_s);
    QVERIFY(m_window->findChild<QPlainTextEdit *>(u"instructionsEdit"_s)->toPlainText().endsWith(u" Be brief."_s));
}

void tst_MainWindow::emptyNameBlocksSaving()
{
    const QString path = demoWorkspace();
    m_window = makeWindow(path);
    clickRow(u"Helpdesk"_s);
    auto *name = m_window->findChild<QLineEdit *>(u"nameEdit"_s);
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Backspace);
    QVERIFY(m_window->findChild<QAction *>(u"saveAction"_s)->isEnabled());   // stays enabled; saving explains
    GuiTest::triggerAction(m_window.get(), u"saveAction"_s);

    QVERIFY(m_window->editor()->isModified());
    auto *error = m_window->findChild<QLabel *>(u"nameErrorLabel"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"Name: must not be empty"_s), qPrintable(error->text()));
    QVERIFY(m_window->banner()->isVisible());

    m_window.reset();
    auto ws = Workspace::open(path);
    QVERIFY(ws);
    QCOMPARE(ws.value()->assistant(u"demo-helpdesk"_s)->name, u"Helpdesk"_s);   // nothing was written
}

void tst_MainWindow::cancelKeepsEditWhenSwitching()
{
    m_window = makeWindow(demoWorkspace());
    clickRow(u"Helpdesk"_s);
    auto *name = m_window->findChild<QLineEdit *>(u"nameEdit"_s);
    QTest::keyClicks(name, u" 2"_s);

    m_dialogs->setNextAnswer(Dialogs::Cancel);
    clickRow(u"Sales assistant"_s);
    QCOMPARE(m_dialogs->history().size(), 1);
    QCOMPARE(m_dialogs->history().constFirst().kind, u"ask"_s);
    QCOMPARE(m_window->editor()->currentId(), u"demo-helpdesk"_s);
    QCOMPARE(name->text(), u"Helpdesk 2"_s);
    QVERIFY(m_window->editor()->isModified());
    QTRY_COMPARE(m_window->navigator()->selectedAssistantId(), u"demo-helpdesk"_s);
}

void tst_MainWindow::discardDropsEditWhenSwitching()
{
    const QString path = demoWorkspace();
    m_window = makeWindow(path);
    clickRow(u"Helpdesk"_s);
    QTest::keyClicks(m_window->findChild<QLineEdit *>(u"nameEdit"_s), u" 2"_s);

    m_dialogs->setNextAnswer(Dialogs::Discard);
    clickRow(u"Sales assistant"_s);
    QCOMPARE(m_window->editor()->currentId(), u"demo-sales"_s);
    QVERIFY(!m_window->editor()->isModified());
    QVERIFY(rowNamed(u"Helpdesk"_s).isValid());
    QVERIFY(!rowNamed(u"Helpdesk 2"_s).isValid());
}

void tst_MainWindow::closingAsksWhenModified()
{
    m_window = makeWindow(demoWorkspace());
    clickRow(u"Helpdesk"_s);
    QTest::keyClicks(m_window->findChild<QLineEdit *>(u"nameEdit"_s), u" 2"_s);

    m_dialogs->setNextAnswer(Dialogs::Cancel);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    m_dialogs->setNextAnswer(Dialogs::Save);
    QVERIFY(m_window->close());
    QCOMPARE(m_window->workspace()->assistant(u"demo-helpdesk"_s)->name, u"Helpdesk 2"_s);
}

void tst_MainWindow::versionsAreReadOnly()
{
    m_window = makeWindow(demoWorkspace());
    clickRow(u"Helpdesk"_s);
    auto *versions = m_window->findChild<QComboBox *>(u"versionComboBox"_s);
    QVERIFY(versions->isEnabled());
    const int v1 = versions->findData(u"demo-helpdesk-v1"_s);
    QVERIFY(v1 > 0);
    versions->setCurrentIndex(v1);
    emit versions->activated(v1);

    QCOMPARE(m_window->editor()->currentId(), u"demo-helpdesk-v1"_s);
    QVERIFY(m_window->editor()->isReadOnly());
    auto *readOnly = m_window->findChild<QLabel *>(u"readOnlyLabel"_s);
    QVERIFY(readOnly->isVisible());
    QCOMPARE(readOnly->text(), u"Read-only: version v1 of Helpdesk"_s);
    QVERIFY(m_window->findChild<QLineEdit *>(u"nameEdit"_s)->isReadOnly());
    QVERIFY(m_window->findChild<QPlainTextEdit *>(u"instructionsEdit"_s)->isReadOnly());
    QVERIFY(m_window->findChild<QDoubleSpinBox *>(u"temperatureSpinBox"_s)->isReadOnly());
    QVERIFY(!m_window->findChild<QCheckBox *>(u"fileSearchCheckBox"_s)->isEnabled());
    QVERIFY(!m_window->findChild<QWidget *>(u"addFileSearchFilesButton"_s)->isEnabled());
    QVERIFY(m_window->findChild<QLineEdit *>(u"functionNameEdit"_s)->isReadOnly());
    QVERIFY(!m_window->findChild<QAction *>(u"saveAction"_s)->isEnabled());

    // Typing changes nothing.
    QTest::keyClicks(m_window->findChild<QLineEdit *>(u"nameEdit"_s), u"x"_s);
    QVERIFY(!m_window->editor()->isModified());
    QCOMPARE(m_window->findChild<QLineEdit *>(u"nameEdit"_s)->text(), u"Helpdesk v1"_s);
}

void tst_MainWindow::filterAsYouType()
{
    m_window = makeWindow(demoWorkspace());
    auto *view = m_window->findChild<QTreeView *>(u"assistantView"_s);
    QCOMPARE(view->model()->rowCount(), 4);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *search = m_window->findChild<QLineEdit *>(u"searchEdit"_s);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, u"help"_s);
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, AssistantListModel::NameColumn).data().toString(), u"Helpdesk"_s);
    search->clear();
    QTest::keyClicks(search, u"gpt-4o-mini"_s);   // the model is searched too
    QVERIFY(view->model()->rowCount() >= 1);
    for (int row = 0; row < view->model()->rowCount(); ++row)
        QCOMPARE(view->model()->index(row, AssistantListModel::ModelColumn).data().toString(), u"gpt-4o-mini"_s);
    QTest::keyClicks(search, u"zzz"_s);
    QCOMPARE(view->model()->rowCount(), 0);
}

void tst_MainWindow::showArchivedToggle()
{
    const QString path = m_dir->filePath(u"archived.adesk"_s);
    {
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        const QByteArray json = R"({"format": "assistant-desk-workspace", "format_version": 1, "assistants": [
            {"id": "a-live", "name": "Live", "model": "gpt-4o"},
            {"id": "a-old", "name": "Old", "model": "gpt-4o", "is_archived": true}]})";
        QVERIFY(Interchange::importInto(*ws.value(), json));
    }
    m_window = makeWindow(path);
    auto *view = m_window->findChild<QTreeView *>(u"assistantView"_s);
    QCOMPARE(view->model()->rowCount(), 1);
    m_window->findChild<QCheckBox *>(u"showArchivedCheckBox"_s)->setChecked(true);
    QCOMPARE(view->model()->rowCount(), 2);
}

void tst_MainWindow::unreadableWorkspaceKeepsWindowUsable()
{
    const QString garbage = m_dir->filePath(u"garbage.adesk"_s);
    const QByteArray bytes = "this is not a database, just text\n";
    TestSupport::writeAll(garbage, bytes);

    m_window = makeWindow(garbage);
    QVERIFY(!m_window->workspace());
    QVERIFY(!m_dialogs->history().isEmpty());
    QCOMPARE(m_dialogs->history().constLast().kind, u"inform"_s);
    QCOMPARE(TestSupport::readAll(garbage), bytes);   // untouched
    auto *stack = m_window->findChild<QStackedWidget *>(u"centralStack"_s);
    QCOMPARE(stack->currentWidget()->objectName(), u"welcomePage"_s);
    QVERIFY(m_window->findChild<QCommandLinkButton *>(u"openDemoButton"_s)->isEnabled());
    QVERIFY(!m_window->findChild<QCommandLinkButton *>(u"importWorkspaceButton"_s)->isEnabled());

    // Another choice still works.
    QTest::mouseClick(m_window->findChild<QCommandLinkButton *>(u"openDemoButton"_s), Qt::LeftButton);
    QVERIFY(m_window->workspace());
    QVERIFY(!m_window->workspace()->isEmpty());
}

void tst_MainWindow::importErrorsListJsonPaths()
{
    const QString bad = m_dir->filePath(u"bad.json"_s);
    TestSupport::writeAll(bad, R"({"format": "assistant-desk-workspace", "format_version": 1, "assistants": [
        {"id": "a-1", "name": "One", "model": "gpt-4o", "temperature": 3}]})");
    m_window = makeWindow(m_dir->filePath(u"empty.adesk"_s));
    m_dialogs->setNextFileNames({bad});
    QTest::mouseClick(m_window->findChild<QCommandLinkButton *>(u"importWorkspaceButton"_s), Qt::LeftButton);

    QVERIFY(m_window->banner()->isVisible());
    QVERIFY(m_window->banner()->details().contains(u"$.assistants[0].temperature: must be between 0 and 2"_s));
    QVERIFY(m_window->workspace()->isEmpty());
    auto *stack = m_window->findChild<QStackedWidget *>(u"centralStack"_s);
    QCOMPARE(stack->currentWidget()->objectName(), u"welcomePage"_s);

    // A valid file switches to the list.
    const QString good = m_dir->filePath(u"good.json"_s);
    TestSupport::writeAll(good, Demo::interchangeDocument());
    m_dialogs->setNextFileNames({good});
    GuiTest::triggerAction(m_window.get(), u"importAction"_s);
    QCOMPARE(stack->currentWidget()->objectName(), u"mainSplitter"_s);
    QCOMPARE(m_window->findChild<QTreeView *>(u"assistantView"_s)->model()->rowCount(), 4);
}

void tst_MainWindow::newAndDuplicate()
{
    m_window = makeWindow(demoWorkspace());
    clickRow(u"Helpdesk"_s);
    GuiTest::triggerAction(m_window.get(), u"duplicateAction"_s);
    QCOMPARE(m_window->findChild<QLineEdit *>(u"nameEdit"_s)->text(), u"Helpdesk (copy)"_s);
    QCOMPARE(m_window->navigator()->selectedAssistantId(), m_window->editor()->currentId());

    QTest::keyClick(m_window->findChild<QLineEdit *>(u"nameEdit"_s), Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(m_window->findChild<QLineEdit *>(u"nameEdit"_s)->text(), u"New assistant"_s);
    QCOMPARE(m_window->findChild<QTreeView *>(u"assistantView"_s)->model()->rowCount(), 6);
}

void tst_MainWindow::experimentsAndPipelinesAreShown()
{
    m_window = makeWindow(demoWorkspace());
    auto *sections = m_window->findChild<QListWidget *>(u"sectionList"_s);
    sections->setCurrentRow(NavigatorPanel::Experiments);
    auto *experiments = m_window->findChild<QTreeView *>(u"experimentListView"_s);
    QVERIFY(experiments->isVisible());
    QVERIFY(experiments->model()->rowCount() >= 3);
    experiments->setCurrentIndex(experiments->model()->index(0, 0));
    QVERIFY(m_window->findChild<QWidget *>(u"experimentView"_s)->isVisible());
    QVERIFY(!m_window->findChild<QLabel *>(u"experimentVersionLabel"_s)->text().isEmpty());

    sections->setCurrentRow(NavigatorPanel::Pipelines);
    auto *pipelines = m_window->findChild<QTreeView *>(u"pipelineListView"_s);
    QVERIFY(pipelines->model()->rowCount() >= 1);
    pipelines->setCurrentIndex(pipelines->model()->index(0, 0));
    QVERIFY(m_window->findChild<QWidget *>(u"pipelineView"_s)->isVisible());
    QVERIFY(m_window->findChild<QTableWidget *>(u"pipelineNodesTable"_s)->rowCount() > 0);
}

void tst_MainWindow::splitterStateRestored()
{
    m_window = makeWindow(demoWorkspace());
    auto *splitter = m_window->findChild<QSplitter *>(u"mainSplitter"_s);
    splitter->setSizes({300, 900});
    const QList<int> sizes = splitter->sizes();
    QVERIFY(m_window->close());
    m_window.reset();

    m_window = makeWindow(m_dir->filePath(u"demo.adesk"_s));
    QCOMPARE(m_window->findChild<QSplitter *>(u"mainSplitter"_s)->sizes(), sizes);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"

void tst_MainWindow::recentWorkspacesMenu()
{
    const QString first = demoWorkspace();
    const QString second = m_dir->filePath(u"second.adesk"_s);
    m_window = makeWindow(first);
    QVERIFY(m_window->openWorkspace(second));
    auto *menu = m_window->findChild<QMenu *>(u"recentMenu"_s);
    QVERIFY(menu);
    QMetaObject::invokeMethod(menu, "aboutToShow");
    const auto actions = menu->actions();
    QVERIFY(actions.size() >= 2);
    QCOMPARE(actions.at(0)->text(), QDir::toNativeSeparators(QFileInfo(second).absoluteFilePath()));
    QVERIFY(!actions.at(0)->isEnabled());   // the open one
    QCOMPARE(actions.at(1)->text(), QDir::toNativeSeparators(QFileInfo(first).absoluteFilePath()));
    actions.at(1)->trigger();
    QTRY_VERIFY(m_window->windowTitle().startsWith(u"demo.adesk"_s));
}
