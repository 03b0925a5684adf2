#include "checkdialog.h"

#include "appearance.h"
#include "domain/jsonschemasubset.h"
#include "domain/validation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr CheckExpectation::Kind Kinds[] = {CheckExpectation::Kind::Contains, CheckExpectation::Kind::NotContains,
                                            CheckExpectation::Kind::Regex, CheckExpectation::Kind::JsonSchema,
                                            CheckExpectation::Kind::Calls};

QPushButton *smallButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}
} // namespace

CheckDialog::CheckDialog(const Check &initial, const QStringList &functions, bool editing, QWidget *parent)
    : QDialog(parent), m_id(initial.id), m_functions(functions)
{
    setObjectName(QStringLiteral("checkDialog"));
    setWindowTitle(editing ? tr("Edit check") : tr("Save as check"));
    m_nameEdit = new QLineEdit(initial.name, this);
    m_nameEdit->setObjectName(QStringLiteral("checkNameEdit"));
    m_nameEdit->setAccessibleName(tr("Name"));

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_nameEdit);
    form->addRow(nameLabel, m_nameEdit);

    m_messagesList = new QListWidget(this);
    m_messagesList->setObjectName(QStringLiteral("checkMessagesList"));
    m_messagesList->setAccessibleName(tr("Messages"));
    for (const QString &m : initial.messages) {
        auto *item = new QListWidgetItem(m, m_messagesList);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    buildMessages();
    auto *messagesLabel = new QLabel(tr("&Messages:"), this);
    messagesLabel->setBuddy(m_messagesList);
    form->addRow(messagesLabel, m_messagesList->parentWidget());

    m_resultsTable = new QTableWidget(0, 2, this);
    m_resultsTable->setObjectName(QStringLiteral("functionResultsTable"));
    m_resultsTable->setAccessibleName(tr("Function results"));
    m_resultsTable->setHorizontalHeaderLabels({tr("Function"), tr("Result")});
    m_resultsTable->horizontalHeader()->setStretchLastSection(true);
    m_resultsTable->verticalHeader()->hide();
    for (auto it = initial.functionResults.cbegin(); it != initial.functionResults.cend(); ++it) {
        const int row = m_resultsTable->rowCount();
        m_resultsTable->insertRow(row);
        m_resultsTable->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_resultsTable->setItem(row, 1, new QTableWidgetItem(it.value()));
    }
    buildResults();
    auto *resultsLabel = new QLabel(tr("Function &results:"), this);
    resultsLabel->setBuddy(m_resultsTable);
    form->addRow(resultsLabel, m_resultsTable->parentWidget());

    buildExpectations();
    for (const CheckExpectation &e : initial.expect)
        addExpectationRow(e);
    auto *expectLabel = new QLabel(tr("&Expectations:"), this);
    expectLabel->setBuddy(m_expectationsList);
    form->addRow(expectLabel, m_expectationsList->parentWidget());

    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setObjectName(QStringLiteral("checkProblemsLabel"));
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextFormat(Qt::PlainText);
    QPalette pal = m_problemsLabel->palette();
    pal.setColor(QPalette::WindowText, Appearance::statusColor(Appearance::Tone::Negative, palette()));
    m_problemsLabel->setPalette(pal);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("checkButtonBox"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveCheckButton"));

    auto *hint = new QLabel(tr("A check plays its messages to the assistant, answers each function call with the "
                               "result given here, and passes when every expectation holds for the last answer "
                               "(“calls” looks at every turn)."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form, 1);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_buttons);
    resize(680, 680);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problems().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &CheckDialog::validate);
    connect(m_messagesList->model(), &QAbstractItemModel::dataChanged, this, &CheckDialog::validate);
    connect(m_resultsTable, &QTableWidget::itemChanged, this, &CheckDialog::validate);
    if (m_expectationsList->count() > 0)
        m_expectationsList->setCurrentRow(0);
    else
        loadExpectation(-1);
    validate();
}

void CheckDialog::buildMessages()
{
    auto *box = new QWidget(this);
    m_messagesList->setParent(box);
    m_messagesList->setMaximumHeight(110);
    m_messagesList->setToolTip(tr("The user messages, in order; double-click one to edit it"));
    auto *add = smallButton(tr("Add"), QStringLiteral("addMessageButton"), box);
    auto *remove = smallButton(tr("Remove"), QStringLiteral("removeMessageButton"), box);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_messagesList, 1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        auto *item = new QListWidgetItem(tr("New message"), m_messagesList);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        m_messagesList->setCurrentItem(item);
        m_messagesList->editItem(item);
        validate();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        delete m_messagesList->currentItem();
        validate();
    });
}

void CheckDialog::buildResults()
{
    auto *box = new QWidget(this);
    m_resultsTable->setParent(box);
    m_resultsTable->setMaximumHeight(110);
    m_resultsTable->setToolTip(tr("The output each function call is answered with when the check runs"));
    auto *add = smallButton(tr("Add"), QStringLiteral("addResultButton"), box);
    auto *remove = smallButton(tr("Remove"), QStringLiteral("removeResultButton"), box);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_resultsTable, 1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_resultsTable->rowCount();
        m_resultsTable->insertRow(row);
        m_resultsTable->setItem(row, 0, new QTableWidgetItem(m_functions.value(0)));
        m_resultsTable->setItem(row, 1, new QTableWidgetItem());
        m_resultsTable->setCurrentCell(row, 1);
        m_resultsTable->editItem(m_resultsTable->item(row, 1));
        validate();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_resultsTable->currentRow() >= 0)
            m_resultsTable->removeRow(m_resultsTable->currentRow());
        validate();
    });
}

void CheckDialog::buildExpectations()
{
    auto *box = new QWidget(this);
    m_expectationsList = new QListWidget(box);
    m_expectationsList->setObjectName(QStringLiteral("expectationsList"));
    m_expectationsList->setAccessibleName(tr("Expectations"));
    m_expectationsList->setMaximumHeight(110);
    auto *add = smallButton(tr("Add"), QStringLiteral("addExpectationButton"), box);
    m_removeExpectationButton = smallButton(tr("Remove"), QStringLiteral("removeExpectationButton"), box);
    m_kindCombo = new QComboBox(box);
    m_kindCombo->setObjectName(QStringLiteral("expectationKindCombo"));
    m_kindCombo->setAccessibleName(tr("Kind of expectation"));
    for (CheckExpectation::Kind kind : Kinds)
        m_kindCombo->addItem(kindLabel(kind));
    m_valueEdit = new QPlainTextEdit(box);
    m_valueEdit->setObjectName(QStringLiteral("expectationValueEdit"));
    m_valueEdit->setAccessibleName(tr("Expected value"));
    m_valueEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_valueEdit->setMaximumHeight(m_valueEdit->fontMetrics().lineSpacing() * 6 + 12);
    m_valueProblemLabel = new QLabel(box);
    m_valueProblemLabel->setObjectName(QStringLiteral("expectationProblemLabel"));
    m_valueProblemLabel->setWordWrap(true);
    m_valueProblemLabel->setTextFormat(Qt::PlainText);
    QPalette pal = m_valueProblemLabel->palette();
    pal.setColor(QPalette::WindowText, Appearance::statusColor(Appearance::Tone::Negative, palette()));
    m_valueProblemLabel->setPalette(pal);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_removeExpectationButton);
    buttons->addStretch();
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_expectationsList, 1);
    listRow->addLayout(buttons);
    auto *editor = new QFormLayout;
    auto *kindLabelWidget = new QLabel(tr("&Kind:"), box);
    kindLabelWidget->setBuddy(m_kindCombo);
    editor->addRow(kindLabelWidget, m_kindCombo);
    auto *valueLabel = new QLabel(tr("&Value:"), box);
    valueLabel->setBuddy(m_valueEdit);
    editor->addRow(valueLabel, m_valueEdit);
    editor->addRow(QString(), m_valueProblemLabel);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(listRow);
    layout->addLayout(editor);

    connect(add, &QPushButton::clicked, this, [this] {
        addExpectationRow(CheckExpectation{CheckExpectation::Kind::Contains, QString(), {}});
        m_expectationsList->setCurrentRow(m_expectationsList->count() - 1);
        m_valueEdit->setFocus(Qt::OtherFocusReason);
        validate();
    });
    connect(m_removeExpectationButton, &QPushButton::clicked, this, [this] {
        const int row = m_expectationsList->currentRow();
        if (row < 0)
            return;
        m_expect.removeAt(row);
        m_expectText.removeAt(row);
        delete m_expectationsList->takeItem(row);
        loadExpectation(m_expectationsList->currentRow());
        validate();
    });
    connect(m_expectationsList, &QListWidget::currentRowChanged, this, &CheckDialog::loadExpectation);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &CheckDialog::storeExpectation);
    connect(m_valueEdit, &QPlainTextEdit::textChanged, this, &CheckDialog::storeExpectation);
}

CheckExpectation::Kind CheckDialog::kindAt(int index)
{
    return Kinds[std::clamp(index, 0, int(std::size(Kinds)) - 1)];
}

QString CheckDialog::kindLabel(CheckExpectation::Kind kind)
{
    switch (kind) {
    case CheckExpectation::Kind::Contains:
        return tr("The answer contains");
    case CheckExpectation::Kind::NotContains:
        return tr("The answer does not contain");
    case CheckExpectation::Kind::Regex:
        return tr("The answer matches the regular expression");
    case CheckExpectation::Kind::JsonSchema:
        return tr("The answer is JSON valid for the schema");
    case CheckExpectation::Kind::Calls:
        return tr("The assistant calls the function");
    }
    return {};
}

QString CheckDialog::valueText(const CheckExpectation &e)
{
    if (e.kind != CheckExpectation::Kind::JsonSchema)
        return e.text;
    return QString::fromUtf8(QJsonDocument(e.schema).toJson(QJsonDocument::Indented)).trimmed();
}

void CheckDialog::addExpectationRow(const CheckExpectation &e)
{
    m_expect << e;
    m_expectText << valueText(e);
    auto *item = new QListWidgetItem(m_expectationsList);
    item->setText(e.text.isEmpty() && e.kind != CheckExpectation::Kind::JsonSchema ? kindLabel(e.kind) : e.describe());
}

void CheckDialog::loadExpectation(int row)
{
    const bool valid = row >= 0 && row < m_expect.size();
    m_loading = true;
    m_kindCombo->setEnabled(valid);
    m_valueEdit->setEnabled(valid);
    m_removeExpectationButton->setEnabled(valid);
    if (valid) {
        m_kindCombo->setCurrentIndex(int(std::find(std::begin(Kinds), std::end(Kinds), m_expect.at(row).kind)
                                         - std::begin(Kinds)));
        m_valueEdit->setPlainText(m_expectText.at(row));
    } else {
        m_valueEdit->clear();
    }
    m_loading = false;
    m_valueProblemLabel->setText(valid ? expectationProblem(m_expect.at(row).kind, m_expectText.at(row)) : QString());
    m_valueProblemLabel->setVisible(!m_valueProblemLabel->text().isEmpty());
}

QString CheckDialog::expectationProblem(CheckExpectation::Kind kind, const QString &value)
{
    switch (kind) {
    case CheckExpectation::Kind::Contains:
    case CheckExpectation::Kind::NotContains:
        return value.isEmpty() ? tr("Type the text to look for in the answer.") : QString();
    case CheckExpectation::Kind::Regex: {
        if (value.isEmpty())
            return tr("Type a regular expression, e.g. ^Order \\d+ is shipped");
        const QRegularExpression re(value);
        return re.isValid() ? QString()
                            : tr("Not a valid regular expression: %1 (at offset %2)")
                                  .arg(re.errorString())
                                  .arg(re.patternErrorOffset());
    }
    case CheckExpectation::Kind::JsonSchema: {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(value.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return tr("Not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset);
        if (!doc.isObject())
            return tr("A schema is a JSON object, e.g. {\"type\": \"object\", \"required\": [\"status\"]}");
        const QStringList problems = JsonSchemaSubset::checkSchema(doc.object(), QStringLiteral("$"));
        return problems.value(0);
    }
    case CheckExpectation::Kind::Calls:
        if (value.isEmpty())
            return tr("Type the name of a function.");
        return isValidFunctionName(value) ? QString() : tr("“%1” is not a function name.").arg(value);
    }
    return {};
}

void CheckDialog::storeExpectation()
{
    const int row = m_expectationsList->currentRow();
    if (m_loading || row < 0 || row >= m_expect.size())
        return;
    CheckExpectation e;
    e.kind = kindAt(m_kindCombo->currentIndex());
    const QString value = m_valueEdit->toPlainText();
    m_expectText[row] = value;
    if (e.kind == CheckExpectation::Kind::JsonSchema)
        e.schema = QJsonDocument::fromJson(value.toUtf8()).object();
    else
        e.text = e.kind == CheckExpectation::Kind::Calls ? value.trimmed() : value;
    m_expect[row] = e;
    const QString problem = expectationProblem(e.kind, e.kind == CheckExpectation::Kind::Calls ? e.text : value);
    m_expectationsList->item(row)->setText(problem.isEmpty() ? e.describe() : kindLabel(e.kind) + QStringLiteral(" …"));
    m_valueProblemLabel->setText(problem);
    m_valueProblemLabel->setVisible(!problem.isEmpty());
    validate();
}

Check CheckDialog::check() const
{
    Check c;
    c.id = m_id;
    c.name = m_nameEdit->text().trimmed();
    for (int i = 0; i < m_messagesList->count(); ++i)
        if (const QString m = m_messagesList->item(i)->text(); !m.trimmed().isEmpty())
            c.messages << m;
    for (int row = 0; row < m_resultsTable->rowCount(); ++row) {
        const QString name = m_resultsTable->item(row, 0) ? m_resultsTable->item(row, 0)->text().trimmed() : QString();
        if (!name.isEmpty())
            c.functionResults.insert(name, m_resultsTable->item(row, 1) ? m_resultsTable->item(row, 1)->text() : QString());
    }
    c.expect = m_expect;
    return c;
}

QStringList CheckDialog::problems() const
{
    QStringList out;
    for (qsizetype i = 0; i < m_expect.size(); ++i) {
        const CheckExpectation &e = m_expect.at(i);
        const QString problem = expectationProblem(e.kind, e.kind == CheckExpectation::Kind::Calls ? e.text : m_expectText.at(i));
        if (!problem.isEmpty())
            out << tr("Expectation %1: %2").arg(i + 1).arg(problem);
    }
    // The expectations were judged above as typed (a schema that does not parse yet has no value to judge).
    Check c = check();
    c.expect.clear();
    if (c.id.isEmpty())
        c.id = QStringLiteral("c-new");   // generated when saved
    out = Checks::problems(c) + out;
    return out;
}

void CheckDialog::validate()
{
    const QStringList found = problems();
    m_problemsLabel->setText(found.value(0));
    m_problemsLabel->setVisible(!found.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(found.isEmpty());
}
