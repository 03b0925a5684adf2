#include "widgets.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Widgets {

QLineEdit *lineEdit(const QString &objectName, const QString &placeholder, QWidget *parent,
                    const QString &accessibleName)
{
    auto *edit = named<QLineEdit>(objectName, parent, accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QLabel *label(const QString &objectName, LabelOptions options, QWidget *parent, const QString &text)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    if (options.testFlag(WordWrap))
        label->setWordWrap(true);
    if (options.testFlag(PlainText))
        label->setTextFormat(Qt::PlainText);
    if (options.testFlag(Selectable))
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QListWidget *rowList(const QString &objectName, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setFocusPolicy(Qt::NoFocus);
    list->setWordWrap(true);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return list;
}

QPushButton *button(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

void setHeadingFont(QWidget *widget, double scale)
{
    QFont font = widget->font();
    font.setBold(true);
    if (scale != 1.0)
        font.setPointSizeF(font.pointSizeF() * scale);
    widget->setFont(font);
}

QWidget *row(QWidget *parent, const QList<QWidget *> &widgets)
{
    auto *w = new QWidget(parent);
    auto *layout = new QHBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *child : widgets)
        layout->addWidget(child);
    layout->addStretch();
    return w;
}

QVBoxLayout *stacked(QWidget *upper, QWidget *lower)
{
    auto *layout = new QVBoxLayout;
    layout->setSpacing(2);
    layout->addWidget(upper);
    layout->addWidget(lower);
    return layout;
}

void statusStrip(QWidget *owner, const QList<QWidget *> &widgets)
{
    auto *layout = new QHBoxLayout(owner);
    layout->setContentsMargins(4, 0, 4, 0);
    for (QWidget *w : widgets)
        layout->addWidget(w);
}

QTableView *tableView(const QString &objectName, QAbstractItemModel *model, int stretchColumn, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    return table;
}

QDialogButtonBox *closeButtonBox(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

void layOutWithClose(QDialog *dialog, QWidget *content, const QSize &size)
{
    QDialogButtonBox *buttons = closeButtonBox(dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(content);
    layout->addWidget(buttons);
    dialog->resize(size);
}

} // namespace Widgets
