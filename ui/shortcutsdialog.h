// Help → Keyboard shortcuts: every action of the given menus that has a shortcut, grouped by menu, read from the
// QActions themselves when the dialog opens — so the list can never disagree with what the keys do. A filter field
// narrows it by action name or key.
#pragma once

#include <QDialog>
#include <QList>

class QLineEdit;
class QMenu;
class QTreeWidget;

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Row {
        QString group;    // the menu's title without its mnemonic ("Assistant")
        QString action;   // the action's text without mnemonic or ellipsis ("Push")
        QString keys;     // its shortcuts in the platform's notation ("Ctrl+Shift+P")
    };

    /// Reads the actions of `menus` (and their submenus) now; the menus must outlive this call only.
    explicit ShortcutsDialog(const QList<QMenu *> &menus, QWidget *parent = nullptr);

    /// The rows listed, in menu order.
    QList<Row> rows() const { return m_rows; }
    /// "&Push…" → "Push".
    static QString plainText(const QString &actionText);
    /// An action's shortcuts in the platform's notation, joined with ", ".
    static QString keysText(const QList<QKeySequence> &shortcuts);

private:
    void collect(QMenu *menu, const QString &group);
    void applyFilter(const QString &text);

    QList<Row> m_rows;
    QLineEdit *m_filterEdit = nullptr;
    QTreeWidget *m_tree = nullptr;
};
