#include "helpcontroller.h"

#include "aboutdialog.h"
#include "actionregistry.h"
#include "nonmodal.h"
#include "shortcutsdialog.h"

HelpController::HelpController(ActionRegistry &actions, QWidget *window)
    : QObject(window), m_actions(actions), m_window(window)
{
    using Section = ActionRegistry::Section;
    QAction *shortcuts = actions.add(Section::HelpShortcuts,
                                     {.objectName = QStringLiteral("shortcutsAction"),
                                      .text = tr("&Keyboard shortcuts"),
                                      .icon = QIcon::fromTheme(QStringLiteral("help-keyboard-shortcuts")),
                                      .shortcuts = ActionRegistry::keys(Qt::CTRL | Qt::Key_Question)},
                                     this);
    QAction *about = actions.add(Section::HelpAbout,
                                 {.objectName = QStringLiteral("aboutAction"),
                                  .text = tr("&About Assistant Desk"),
                                  .icon = QIcon::fromTheme(QStringLiteral("help-about")),
                                  .menuRole = QAction::AboutRole},
                                 this);
    connect(shortcuts, &QAction::triggered, this, &HelpController::showShortcuts);
    connect(about, &QAction::triggered, this, &HelpController::showAbout);
}

void HelpController::showShortcuts()
{
    NonModal::raiseOrOpen(m_shortcutsDialog, [this] { return new ShortcutsDialog(m_actions.groups(), m_window); });
}

void HelpController::showAbout()
{
    NonModal::raiseOrOpen(m_aboutDialog, [this] { return new AboutDialog(m_window); });
}
