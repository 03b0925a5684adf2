// MainWindow's desktop manners (issue 8): the keyboard shortcut of every main action, set in one table so they stay
// unique, and the Help menu — Keyboard shortcuts (listed from the actions themselves) and About.
#include "mainwindow.h"

#include "aboutdialog.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace {
/// The platform's standard keys for `standard`, or `fallback` where the platform defines none (for example
/// Preferences outside KDE and macOS).
QList<QKeySequence> standardOr(QKeySequence::StandardKey standard, const QKeySequence &fallback)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(standard);
    return keys.isEmpty() ? QList<QKeySequence>{fallback} : keys;
}

QList<QKeySequence> keys(QKeyCombination combination)
{
    return {QKeySequence(combination)};
}
} // namespace

void MainWindow::assignShortcuts()
{
    // Standard keys where Qt knows one for the platform; the rest mostly Ctrl+Shift+letter. None takes a key that
    // text fields use on some desktop (Ctrl+D, Ctrl+E, Ctrl+K, Ctrl+U, Ctrl+Shift+A, …): the form has the focus
    // most of the time, and a field would swallow such a key.
    // Actions are found by objectName, so an action another part of the window has not created yet is skipped.
    const struct {
        const char *objectName;
        QList<QKeySequence> keys;
    } table[] = {
        // File
        {"newWorkspaceAction", keys(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
        {"openWorkspaceAction", standardOr(QKeySequence::Open, Qt::CTRL | Qt::Key_O)},
        {"importAction", keys(Qt::CTRL | Qt::Key_I)},
        {"exportAction", keys(Qt::CTRL | Qt::SHIFT | Qt::Key_E)},
        {"importBundleAction", keys(Qt::CTRL | Qt::ALT | Qt::Key_I)},
        {"workOfflineAction", keys(Qt::CTRL | Qt::ALT | Qt::Key_O)},
        {"quitAction", standardOr(QKeySequence::Quit, Qt::CTRL | Qt::Key_Q)},
        // Edit
        {"findAction", standardOr(QKeySequence::Find, Qt::CTRL | Qt::Key_F)},
        // Assistant
        {"newAssistantAction", standardOr(QKeySequence::New, Qt::CTRL | Qt::Key_N)},
        {"duplicateAction", keys(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
        {"saveAction", standardOr(QKeySequence::Save, Qt::CTRL | Qt::Key_S)},
        {"revertAction", keys(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
        {"checkAction", standardOr(QKeySequence::Refresh, Qt::Key_F5)},
        {"checkAllAction", keys(Qt::SHIFT | Qt::Key_F5)},
        {"pushAction", keys(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
        {"pullAction", keys(Qt::CTRL | Qt::SHIFT | Qt::Key_U)},
        {"importAllAction", keys(Qt::CTRL | Qt::SHIFT | Qt::Key_I)},
        {"archiveAction", keys(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete)},
        {"cleanupAction", keys(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
        {"orphansAction", keys(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
        {"exportResponsesAction", keys(Qt::CTRL | Qt::ALT | Qt::Key_R)},
        {"exportBundleAction", keys(Qt::CTRL | Qt::ALT | Qt::Key_E)},
        // Settings
        {"connectionAction", keys(Qt::CTRL | Qt::ALT | Qt::Key_C)},
        {"generalSettingsAction", standardOr(QKeySequence::Preferences, Qt::CTRL | Qt::Key_Comma)},
        {"generalSettingsAction", keys(Qt::CTRL | Qt::SHIFT | Qt::Key_Comma)},
        // Help
        {"shortcutsAction", keys(Qt::CTRL | Qt::Key_Question)},
    };
    for (const auto &entry : table) {
        if (auto *action = findChild<QAction *>(QLatin1String(entry.objectName)))
            action->setShortcuts(entry.keys);
    }
}

void MainWindow::createHelpMenu()
{
    m_shortcutsAction = new QAction(QIcon::fromTheme(QStringLiteral("help-keyboard-shortcuts")),
                                    tr("&Keyboard shortcuts"), this);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_aboutAction = new QAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Assistant Desk"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_shortcutsAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
}

void MainWindow::showShortcuts()
{
    if (m_shortcutsDialog) {
        m_shortcutsDialog->raise();
        m_shortcutsDialog->activateWindow();
        return;
    }
    QList<QMenu *> menus;
    const QList<QAction *> top = menuBar()->actions();
    for (QAction *action : top) {
        if (QMenu *menu = QMenu::menuInAction(action))
            menus << menu;
    }
    m_shortcutsDialog = new ShortcutsDialog(menus, this);
    m_shortcutsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_shortcutsDialog->show();
}

void MainWindow::showAbout()
{
    if (m_aboutDialog) {
        m_aboutDialog->raise();
        m_aboutDialog->activateWindow();
        return;
    }
    m_aboutDialog = new AboutDialog(this);
    m_aboutDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_aboutDialog->show();
}
