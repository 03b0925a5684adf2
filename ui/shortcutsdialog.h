// Help → Keyboard shortcuts: every action of the given groups (ActionRegistry::groups(): one per menu) that has a
// shortcut, read from the QActions themselves when the dialog opens — so the list can never disagree with what the
// keys do. A filter field narrows it by action name or key.
#pragma once

#include "actionregistry.h"

#include <QDialog>
#include <QList>

class QLineEdit;
class QTreeWidget;

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Row {
        QString group;    // the group's (menu's) title without its mnemonic ("Assistant")
        QString action;   // the action's text without mnemonic or ellipsis ("Push")
        QString keys;     // its shortcuts in the platform's notation ("Ctrl+Shift+P")
    };

    /// Reads the actions of `groups` now; the actions must outlive this call only.
    explicit ShortcutsDialog(const QList<ActionRegistry::Group> &groups, QWidget *parent = nullptr);

    /// The rows listed, in menu order.
    QList<Row> rows() const { return m_rows; }
    /// "&Push…" → "Push".
    static QString plainText(const QString &actionText);
    /// An action's shortcuts in the platform's notation, joined with ", ".
    static QString keysText(const QList<QKeySequence> &shortcuts);

private:
    void applyFilter(const QString &text);

    QList<Row> m_rows;
    QLineEdit *m_filterEdit = nullptr;
    QTreeWidget *m_tree = nullptr;
};
