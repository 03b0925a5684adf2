// The main window's actions, each created once by add() from one Spec: objectName, text, icon, default shortcuts,
// tool tip and the few other properties an action of the menus has. Whoever owns an action's slot registers it (the
// main window, or a feature's controller); the main window lays the menus out from the sections, and Help → Keyboard
// shortcuts lists groups(), so the list shows exactly the keys the actions have.
//
// Sections are the runs of a menu between separators, in menu order; groups() gives each menu's actions in that
// order. An objectName or a key given to a second action is a mistake of the caller: add() warns and leaves the key off.
#pragma once

#include <QAction>
#include <QIcon>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class ActionRegistry : public QObject
{
    Q_OBJECT
public:
    enum class Menu { File, Edit, Assistant, Settings, Help };
    enum class Section {
        FileWorkspace,      // New workspace, Open workspace (then the Open recent submenu)
        FileInterchange,    // Import and export of workspace files and bundles
        FileOffline,        // Work offline
        FileQuit,
        Edit,
        AssistantCreate,    // New assistant, Duplicate
        AssistantSave,      // Save, Revert
        AssistantServer,    // Check, Check all, Push, Update from OpenAI
        AssistantTry,       // Compare, Run all checks
        AssistantCleanup,   // Import all, Archive, Remote cleanup, Orphans
        AssistantExport,    // Export for Responses API, Export bundle
        Settings,
        HelpShortcuts,
        HelpAbout,
    };

    struct Spec {
        QString objectName;
        QString text;
        QIcon icon = {};
        QList<QKeySequence> shortcuts = {};
        QString toolTip = {};
        QString iconText = {};
        QAction::MenuRole menuRole = QAction::TextHeuristicRole;
        bool checkable = false;
    };

    /// A menu's title and its actions, in menu order.
    struct Group {
        QString title;
        QList<QAction *> actions;
    };

    explicit ActionRegistry(QObject *parent = nullptr);

    /// Creates the action described by `spec` as a child of `owner` and lists it in `section`.
    QAction *add(Section section, const Spec &spec, QObject *owner);
    /// The actions of `section`, in the order they were added.
    QList<QAction *> actions(Section section) const;
    /// One group per menu that has actions, in menu order.
    QList<Group> groups() const;

    static Menu menuOf(Section section);
    static QString menuTitle(Menu menu);

    /// The platform's standard keys for `standard`, or `fallback` where the platform defines none (for example
    /// Preferences outside KDE and macOS).
    static QList<QKeySequence> standardOr(QKeySequence::StandardKey standard, const QKeySequence &fallback);
    /// The one key `combination`.
    static QList<QKeySequence> keys(QKeyCombination combination);

private:
    struct Entry {
        Section section;
        QPointer<QAction> action;
    };
    QList<Entry> m_entries;
};
