#include "actionregistry.h"

#include <QDebug>

ActionRegistry::ActionRegistry(QObject *parent) : QObject(parent) {}

QAction *ActionRegistry::add(Section section, const Spec &spec, QObject *owner)
{
    QList<QKeySequence> shortcuts;
    for (const QKeySequence &key : spec.shortcuts) {
        bool taken = false;
        for (const Entry &entry : std::as_const(m_entries)) {
            if (entry.action && entry.action->shortcuts().contains(key)) {
                qWarning().noquote() << "ActionRegistry:" << key.toString() << "of" << spec.objectName
                                     << "is already the shortcut of" << entry.action->objectName();
                taken = true;
            }
        }
        if (!taken)
            shortcuts << key;
    }
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.action && entry.action->objectName() == spec.objectName)
            qWarning().noquote() << "ActionRegistry: a second action is named" << spec.objectName;
    }

    auto *action = new QAction(spec.icon, spec.text, owner);
    action->setObjectName(spec.objectName);
    action->setShortcuts(shortcuts);
    if (!spec.toolTip.isEmpty())
        action->setToolTip(spec.toolTip);
    if (!spec.iconText.isEmpty())
        action->setIconText(spec.iconText);
    action->setMenuRole(spec.menuRole);
    action->setCheckable(spec.checkable);
    m_entries.append({section, action});
    return action;
}

QList<QAction *> ActionRegistry::actions(Section section) const
{
    QList<QAction *> out;
    for (const Entry &entry : m_entries) {
        if (entry.section == section && entry.action)
            out << entry.action;
    }
    return out;
}

QList<ActionRegistry::Group> ActionRegistry::groups() const
{
    QList<Group> out;
    for (int s = 0; s <= int(Section::HelpAbout); ++s) {
        const auto section = Section(s);
        const QList<QAction *> listed = actions(section);
        if (listed.isEmpty())
            continue;
        const QString title = menuTitle(menuOf(section));
        if (out.isEmpty() || out.last().title != title)
            out.append({title, {}});
        out.last().actions << listed;
    }
    return out;
}

ActionRegistry::Menu ActionRegistry::menuOf(Section section)
{
    // Sections are in menu order: a menu holds the sections after the previous menu's last one, up to its own last.
    if (section <= Section::FileQuit)
        return Menu::File;
    if (section <= Section::Edit)
        return Menu::Edit;
    if (section <= Section::AssistantExport)
        return Menu::Assistant;
    if (section <= Section::Settings)
        return Menu::Settings;
    return Menu::Help;
}

QString ActionRegistry::menuTitle(Menu menu)
{
    switch (menu) {
    case Menu::File:
        return tr("&File");
    case Menu::Edit:
        return tr("&Edit");
    case Menu::Assistant:
        return tr("&Assistant");
    case Menu::Settings:
        return tr("Se&ttings");
    case Menu::Help:
        return tr("&Help");
    }
    return {};
}

QList<QKeySequence> ActionRegistry::standardOr(QKeySequence::StandardKey standard, const QKeySequence &fallback)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(standard);
    return keys.isEmpty() ? QList<QKeySequence>{fallback} : keys;
}

QList<QKeySequence> ActionRegistry::keys(QKeyCombination combination)
{
    return {QKeySequence(combination)};
}
