#include "shortcutsdialog.h"

#include "widgets.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

ShortcutsDialog::ShortcutsDialog(const QList<ActionRegistry::Group> &groups, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    for (const ActionRegistry::Group &group : groups) {
        for (const QAction *action : group.actions) {
            const QString keys = keysText(action->shortcuts());
            if (!action->isSeparator() && !keys.isEmpty())
                m_rows.append({plainText(group.title), plainText(action->text()), keys});
        }
    }

    m_filterEdit = Widgets::lineEdit(QStringLiteral("shortcutsFilterEdit"), tr("Filter by action or key"), this,
                                     tr("Filter shortcuts"));
    m_filterEdit->setClearButtonEnabled(true);

    m_tree = Widgets::named<QTreeWidget>(QStringLiteral("shortcutsTree"), this, tr("Keyboard shortcuts"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::StrongFocus);
    QTreeWidgetItem *groupItem = nullptr;
    for (const Row &row : std::as_const(m_rows)) {
        if (!groupItem || groupItem->text(0) != row.group) {
            groupItem = new QTreeWidgetItem(m_tree, {row.group});
            QFont bold = groupItem->font(0);
            bold.setBold(true);
            groupItem->setFont(0, bold);
            groupItem->setFirstColumnSpanned(true);
            groupItem->setFlags(Qt::ItemIsEnabled);
            groupItem->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(groupItem, {row.action, row.keys});
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    QDialogButtonBox *buttons = Widgets::closeButtonBox(this);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(460, 520);
}

QString ShortcutsDialog::plainText(const QString &actionText)
{
    QString text = actionText;
    // "&&" is a literal ampersand; a single "&" marks the mnemonic.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    else if (text.endsWith(QStringLiteral("...")))
        text.chop(3);
    return text.trimmed();
}

QString ShortcutsDialog::keysText(const QList<QKeySequence> &shortcuts)
{
    QStringList keys;
    for (const QKeySequence &shortcut : shortcuts) {
        if (!shortcut.isEmpty())
            keys << shortcut.toString(QKeySequence::NativeText);
    }
    return keys.join(QStringLiteral(", "));
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = needle.isEmpty() || item->text(0).contains(needle, Qt::CaseInsensitive)
                || item->text(1).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}
