#include "conflictdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
/// One line for the table cell: the first line of the value, "(empty)" for nothing; the whole value is the tool tip.
QTableWidgetItem *valueItem(const QString &value)
{
    QString shown = value.section(QLatin1Char('\n'), 0, 0);
    if (shown.size() < value.size())
        shown += QStringLiteral(" …");
    auto *item = new QTableWidgetItem(value.isEmpty() ? ConflictDialog::tr("(empty)") : shown);
    item->setToolTip(value);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}
} // namespace

ConflictDialog::ConflictDialog(const QList<Dialogs::MergeRow> &rows, QWidget *parent) : QDialog(parent), m_rows(rows)
{
    setObjectName(QStringLiteral("conflictDialog"));
    resize(760, 360);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("conflictText"));
    m_text->setWordWrap(true);

    m_table = new QTableWidget(int(rows.size()), 4, this);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Mine"), tr("Theirs"), tr("Keep")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    const QIcon warning = QIcon::fromTheme(QStringLiteral("dialog-warning"), style()->standardIcon(QStyle::SP_MessageBoxWarning));
    for (int i = 0; i < rows.size(); ++i) {
        const Dialogs::MergeRow &row = rows.at(i);
        auto *field = new QTableWidgetItem(row.label);
        field->setFlags(Qt::ItemIsEnabled);
        if (row.conflict) {
            field->setIcon(warning);
            QFont bold = field->font();
            bold.setBold(true);
            field->setFont(bold);
            field->setToolTip(tr("Both of you changed this field"));
        } else {
            field->setToolTip(row.keepMine ? tr("Only you changed this field") : tr("Only they changed this field"));
        }
        m_table->setItem(i, 0, field);
        m_table->setItem(i, 1, valueItem(row.mine));
        m_table->setItem(i, 2, valueItem(row.theirs));
        auto *choice = new QComboBox(m_table);
        choice->setObjectName(QStringLiteral("keep_%1").arg(row.field));
        choice->addItem(tr("Mine"), true);
        choice->addItem(tr("Theirs"), false);
        choice->setCurrentIndex(row.keepMine ? 0 : 1);
        m_table->setCellWidget(i, 3, choice);
        m_choices << choice;
    }

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *save = buttons->addButton(tr("Save merged"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveMergedButton"));
    save->setDefault(true);
    QPushButton *allMine = buttons->addButton(tr("Keep all mine"), QDialogButtonBox::ActionRole);
    QPushButton *allTheirs = buttons->addButton(tr("Take all theirs"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(allMine, &QPushButton::clicked, this, [this] { chooseAll(true); });
    connect(allTheirs, &QPushButton::clicked, this, [this] { chooseAll(false); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

void ConflictDialog::setText(const QString &text)
{
    m_text->setText(text);
}

QStringList ConflictDialog::keepMine() const
{
    QStringList fields;
    for (int i = 0; i < m_choices.size(); ++i)
        if (m_choices.at(i)->currentData().toBool())
            fields << m_rows.at(i).field;
    return fields;
}

void ConflictDialog::chooseAll(bool mine)
{
    for (QComboBox *choice : std::as_const(m_choices))
        choice->setCurrentIndex(mine ? 0 : 1);
}
