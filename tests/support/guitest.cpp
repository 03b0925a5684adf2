#include "guitest.h"

#include "testsupport.h"

#include <QAction>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace GuiTest {

void initApplication(const QString &applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("assistant-desk-tests"));
    QCoreApplication::setApplicationName(applicationName);
    qunsetenv("OPENAI_API_KEY");
}

void initTest()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^Dialogs:")));
    QSettings().clear();
}

void failOnWarningsButWindowManagerNotes()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support ).*")));
}

void missingChild(const char *type, const QString &name, const QObject *parent, const std::source_location &where)
{
    const QString under = parent ? QString::fromLatin1(parent->metaObject()->className()) : QStringLiteral("(null)");
    qFatal("no %s named \"%s\" under %s (%s:%u)", type, qPrintable(name), qPrintable(under), where.file_name(),
           unsigned(where.line()));
}

static bool check(bool ok, const QString &message, const std::source_location &where)
{
    return QTest::qVerify(ok, "GuiTest", qPrintable(message), where.file_name(), int(where.line()));
}

void triggerAction(const QObject *root, const QString &name, const std::source_location &where)
{
    auto *action = root ? root->findChild<QAction *>(name) : nullptr;
    if (!check(action != nullptr, QStringLiteral("no action named \"%1\"").arg(name), where))
        return;
    if (!check(action->isEnabled(), QStringLiteral("action \"%1\" is disabled").arg(name), where))
        return;
    action->trigger();
}

QModelIndex rowNamed(const QAbstractItemView *view, const QString &name, int nameColumn, int column)
{
    const QAbstractItemModel *model = view->model();
    const auto matches = model->match(model->index(0, nameColumn), Qt::DisplayRole, name, 1, Qt::MatchExactly);
    const QModelIndex found = matches.value(0);
    return found.isValid() && column >= 0 ? found.siblingAtColumn(column) : found;
}

void clickIndex(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

void clickRow(QAbstractItemView *view, const QString &name, int nameColumn, const std::source_location &where)
{
    const QModelIndex index = rowNamed(view, name, nameColumn);
    if (!check(index.isValid(), QStringLiteral("no row named \"%1\"").arg(name), where))
        return;
    clickIndex(view, index);
}

void WindowFixture::startDialogs()
{
    m_dialogs = std::make_unique<Dialogs>();
    m_dialogs->setTestMode(true);
}

void WindowFixture::openWindow(const QString &path, const SyncServices &services)
{
    m_window = std::make_unique<MainWindow>(m_dialogs.get(), services);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openWorkspace(path));
}

void WindowFixture::stopWindow()
{
    m_window.reset();
    const int pending = m_dialogs ? m_dialogs->pendingAnswers() : 0;
    m_dialogs.reset();
    QCOMPARE(pending, 0);   // every queued answer was used
}

void WorkspaceFixture::startWorkspace()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ws = TestSupport::openWorkspace(*m_dir);
    QVERIFY(m_ws);
}

void WorkspaceFixture::startWorkspaceTest()
{
    failOnWarningsButWindowManagerNotes();
    startWorkspace();
}

void WorkspaceFixture::stopWorkspace()
{
    m_ws.reset();
    m_dir.reset();
}

void LocalWindowFixture::startLocalWindowTest()
{
    initTest();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    startDialogs();
}

void LocalWindowFixture::stopLocalWindowTest()
{
    stopWindow();
    m_dir.reset();
}

} // namespace GuiTest
