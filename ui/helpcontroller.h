// The Help menu's actions: Keyboard shortcuts (listed from the ActionRegistry) and About, each a non-modal dialog of
// which one is open at a time.
#pragma once

#include <QObject>
#include <QPointer>

class AboutDialog;
class ActionRegistry;
class QWidget;
class ShortcutsDialog;

class HelpController : public QObject
{
    Q_OBJECT
public:
    /// `actions` must outlive the controller; the dialogs open on `window`, which owns the controller.
    HelpController(ActionRegistry &actions, QWidget *window);

    void showShortcuts();
    void showAbout();

private:
    ActionRegistry &m_actions;
    QWidget *m_window = nullptr;
    QPointer<ShortcutsDialog> m_shortcutsDialog;
    QPointer<AboutDialog> m_aboutDialog;
};
