// What the widget tests share: the application set-up of a GUI test case, the per-test rules, lookups and input
// that fail the test with a message naming what was missing, and the fixture of a test of the main window.
#pragma once

#include "dialogs.h"
#include "storage/workspace.h"
#include "mainwindow.h"
#include "synccontroller.h"

#include <QAbstractItemView>
#include <QModelIndex>
#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <source_location>

namespace GuiTest {

/// In initTestCase(): test-mode standard paths, QSettings under "assistant-desk-tests"/`applicationName`, and no
/// OPENAI_API_KEY in the environment (the GUI reads it before the keychain; the tests use a memory keychain or none).
void initApplication(const QString &applicationName);

/// In init(): a warning from the Dialogs seam (an unexpected modal question) fails the test; QSettings start empty.
void initTest();

/// In init() of a test whose widgets raise windows: every warning fails the test, except the offscreen platform's
/// notes about window-manager calls it ignores (raise()).
void failOnWarningsButWindowManagerNotes();

/// Ends the test run (qFatal) with a message naming the missing child, its type, the parent and the caller.
[[noreturn]] void missingChild(const char *type, const QString &name, const QObject *parent, const std::source_location &where);

/// The descendant of `parent` of type T named `name`; never null (a missing one ends the run through missingChild()).
template<typename T>
T *child(const QObject *parent, const QString &name, const std::source_location &where = std::source_location::current())
{
    T *found = parent ? parent->findChild<T *>(name) : nullptr;
    if (!found)
        missingChild(T::staticMetaObject.className(), name, parent, where);
    return found;
}

/// Triggers the QAction `name` under `root`. Fails the current test (QVERIFY-style, at the caller's line) when
/// there is no such action or it is disabled, and triggers nothing then.
void triggerAction(const QObject *root, const QString &name, const std::source_location &where = std::source_location::current());

/// The first row of `view` whose `nameColumn` displays exactly `name`, at `column` (the name's column when
/// negative); invalid when no row does.
QModelIndex rowNamed(const QAbstractItemView *view, const QString &name, int nameColumn = 0, int column = -1);

/// Triggers the action `actionName` under `root` (see triggerAction()) and returns the descendant of `root` of type T,
/// e.g. the dialog the action opened; null when there is none.
template<typename T>
T *openedBy(const QObject *root, const QString &actionName, const std::source_location &where = std::source_location::current())
{
    triggerAction(root, actionName, where);
    return root ? root->findChild<T *>() : nullptr;
}

/// Scrolls to `index` and clicks the middle of it.
void clickIndex(QAbstractItemView *view, const QModelIndex &index);

/// Clicks the row named `name` (see rowNamed()). Fails the current test at the caller's line when there is none.
void clickRow(QAbstractItemView *view, const QString &name, int nameColumn = 0,
              const std::source_location &where = std::source_location::current());

/// The fixture of a test of the main window, next to QObject (like FakeServerFixture): the Dialogs seam in test mode
/// (m_dialogs) and the window on it (m_window). Tests of other widgets use it for the Dialogs seam alone.
///     class tst_Foo : public QObject, protected GuiTest::WindowFixture
///     void init() { initTest(); startDialogs(); … }
///     void cleanup() { stopWindow(); }
class WindowFixture
{
protected:
    /// m_dialogs, in test mode.
    void startDialogs();
    /// m_window on m_dialogs and `services`, shown and exposed, with the workspace at `path` open. Fails the current
    /// test when the window is not exposed or the workspace does not open.
    void openWindow(const QString &path, const SyncServices &services = {});
    /// Closes m_window and drops m_dialogs; fails the current test when a queued answer was not used.
    void stopWindow();
    /// The descendant of m_window of type T named `name` (see GuiTest::child()).
    template<typename T>
    T *child(const QString &name, const std::source_location &where = std::source_location::current()) const
    {
        return GuiTest::child<T>(m_window.get(), name, where);
    }

    std::unique_ptr<Dialogs> m_dialogs;
    std::unique_ptr<MainWindow> m_window;
};

/// The fixture of a main-window test without a server: WindowFixture and a temporary folder (m_dir).
///     void init() { startLocalWindowTest(); … }
///     void cleanup() { stopLocalWindowTest(); }
class LocalWindowFixture : public WindowFixture
{
protected:
    /// initTest(), a fresh folder and startDialogs(). Fails the current test when the folder cannot be made.
    void startLocalWindowTest();
    /// stopWindow(), then the folder.
    void stopLocalWindowTest();

    std::unique_ptr<QTemporaryDir> m_dir;
};

/// The fixture of a test of widgets on a workspace, next to QObject: a temporary folder (m_dir) with a workspace in it
/// (m_ws).
///     void init() { startWorkspaceTest(); … }
///     void cleanup() { stopWorkspace(); }
class WorkspaceFixture
{
protected:
    /// A fresh folder and the workspace "ws.adesk" in it. Fails the current test when either cannot be made.
    void startWorkspace();
    /// failOnWarningsButWindowManagerNotes(), then startWorkspace().
    void startWorkspaceTest();
    /// The workspace, then the folder, gone.
    void stopWorkspace();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
};

} // namespace GuiTest
