// What the widget tests share: the application set-up of a GUI test case, the per-test rules, and lookups and input
// that fail the test with a message naming what was missing.
#pragma once

#include <QAbstractItemView>
#include <QModelIndex>
#include <QObject>
#include <QString>

#include <source_location>

namespace GuiTest {

/// In initTestCase(): test-mode standard paths, QSettings under "assistant-desk-tests"/`applicationName`, and no
/// OPENAI_API_KEY in the environment (the GUI reads it before the keychain; the tests use a memory keychain or none).
void initApplication(const QString &applicationName);

/// In init(): a warning from the Dialogs seam (an unexpected modal question) fails the test; QSettings start empty.
void initTest();

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

/// Scrolls to `index` and clicks the middle of it.
void clickIndex(QAbstractItemView *view, const QModelIndex &index);

/// Clicks the row named `name` (see rowNamed()). Fails the current test at the caller's line when there is none.
void clickRow(QAbstractItemView *view, const QString &name, int nameColumn = 0,
              const std::source_location &where = std::source_location::current());

} // namespace GuiTest
