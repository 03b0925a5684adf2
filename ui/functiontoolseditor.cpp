#include "functiontoolseditor.h"

#include "fielderrorlabel.h"
#include "widgets.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {
QString indented(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)).trimmed();
}

int indexOfFunctionPath(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^functions\\[(\\d+)\\]"));
    const auto m = re.match(path);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}
} // namespace

FunctionToolsEditor::FunctionToolsEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("functionToolsEditor"));
    m_list = Widgets::named<QListWidget>(QStringLiteral("functionList"), this, tr("Functions"));
    m_list->setMaximumWidth(220);
    m_addButton = Widgets::button(QStringLiteral("addFunctionButton"), tr("Add function"), this);
    m_removeButton = Widgets::button(QStringLiteral("removeFunctionButton"), tr("Remove"), this);
    m_nameEdit = Widgets::named<QLineEdit>(QStringLiteral("functionNameEdit"), this, tr("Function name"));
    m_descriptionEdit = Widgets::named<QLineEdit>(QStringLiteral("functionDescriptionEdit"), this);
    m_parametersEdit = Widgets::named<QPlainTextEdit>(QStringLiteral("functionParametersEdit"), this,
                                                      tr("Parameters (JSON)"));
    m_parametersEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_parametersEdit->setTabChangesFocus(true);
    m_parametersEdit->setMinimumHeight(120);
    m_prettyPrintButton = Widgets::button(QStringLiteral("prettyPrintButton"), tr("Pretty-print"), this);
    m_strictCheck = new QCheckBox(tr("Strict (the model must follow the schema exactly)"), this);
    m_strictCheck->setObjectName(QStringLiteral("functionStrictCheckBox"));
    m_countError = new FieldErrorLabel(QStringLiteral("functionsErrorLabel"), this);
    m_nameError = new FieldErrorLabel(QStringLiteral("functionNameErrorLabel"), this);
    m_parametersError = new FieldErrorLabel(QStringLiteral("functionParametersErrorLabel"), this);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list, 1);
    listColumn->addLayout(listButtons);

    auto *parametersButtons = new QHBoxLayout;
    parametersButtons->addWidget(m_prettyPrintButton);
    parametersButtons->addStretch();
    auto *parametersBox = new QVBoxLayout;
    parametersBox->setSpacing(2);
    parametersBox->addWidget(m_parametersEdit, 1);
    parametersBox->addWidget(m_parametersError);
    parametersBox->addLayout(parametersButtons);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(tr("Name:"), Widgets::stacked(m_nameEdit, m_nameError));
    form->addRow(tr("Description:"), m_descriptionEdit);
    form->addRow(tr("Parameters (JSON):"), parametersBox);
    form->addRow(QString(), m_strictCheck);

    auto *columns = new QHBoxLayout;
    columns->addLayout(listColumn);
    columns->addLayout(form, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(columns);
    layout->addWidget(m_countError);

    connect(m_list, &QListWidget::currentRowChanged, this, &FunctionToolsEditor::showEntry);
    connect(m_addButton, &QPushButton::clicked, this, &FunctionToolsEditor::addFunction);
    connect(m_removeButton, &QPushButton::clicked, this, &FunctionToolsEditor::removeFunction);
    connect(m_prettyPrintButton, &QPushButton::clicked, this, &FunctionToolsEditor::prettyPrint);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &FunctionToolsEditor::storeName);
    connect(m_descriptionEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_loading || m_current < 0)
            return;
        m_entries[m_current].tool.description = text;
        emit edited();
    });
    connect(m_parametersEdit, &QPlainTextEdit::textChanged, this, &FunctionToolsEditor::storeParameters);
    connect(m_strictCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (m_loading || m_current < 0)
            return;
        m_entries[m_current].tool.strict = on;
        emit edited();
    });
    updateEnabled();
}

QString FunctionToolsEditor::jsonErrorOf(const QString &text, QJsonObject *parsed)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return tr("invalid JSON: %1 at character %2").arg(error.errorString()).arg(error.offset + 1);
    if (!doc.isObject())
        return tr("must be a JSON object");
    *parsed = doc.object();
    return {};
}

void FunctionToolsEditor::setFunctions(const QList<FunctionTool> &functions)
{
    m_loading = true;
    m_entries.clear();
    m_problems.clear();
    m_list->clear();
    for (const FunctionTool &f : functions) {
        m_entries.append({f, indented(f.parameters), QString()});
        m_list->addItem(f.name);
    }
    m_current = -1;
    m_loading = false;
    m_list->setCurrentRow(m_entries.isEmpty() ? -1 : 0);
    if (m_entries.isEmpty())
        showEntry(-1);
}

QList<FunctionTool> FunctionToolsEditor::functions() const
{
    QList<FunctionTool> out;
    out.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        out << e.tool;
    return out;
}

QList<FieldProblem> FunctionToolsEditor::jsonProblems() const
{
    QList<FieldProblem> out;
    for (int i = 0; i < m_entries.size(); ++i)
        if (!m_entries.at(i).jsonError.isEmpty())
            out << FieldProblem{QStringLiteral("functions[%1].parameters").arg(i), tr("Parameters"),
                                m_entries.at(i).jsonError};
    return out;
}

void FunctionToolsEditor::showEntry(int row)
{
    m_current = row;
    m_loading = true;
    const bool valid = row >= 0 && row < m_entries.size();
    m_nameEdit->setText(valid ? m_entries.at(row).tool.name : QString());
    m_descriptionEdit->setText(valid ? m_entries.at(row).tool.description : QString());
    m_parametersEdit->setPlainText(valid ? m_entries.at(row).parametersText : QString());
    m_strictCheck->setChecked(valid && m_entries.at(row).tool.strict);
    m_loading = false;
    updateEnabled();
    showCurrentProblems();
}

void FunctionToolsEditor::storeName(const QString &name)
{
    if (m_loading || m_current < 0)
        return;
    m_entries[m_current].tool.name = name;
    m_list->item(m_current)->setText(name);
    emit edited();
}

void FunctionToolsEditor::storeParameters()
{
    if (m_loading || m_current < 0)
        return;
    Entry &e = m_entries[m_current];
    e.parametersText = m_parametersEdit->toPlainText();
    QJsonObject parsed;
    e.jsonError = jsonErrorOf(e.parametersText, &parsed);
    if (e.jsonError.isEmpty())
        e.tool.parameters = parsed;
    emit edited();
}

void FunctionToolsEditor::prettyPrint()
{
    if (m_current < 0 || m_readOnly)
        return;
    QJsonObject parsed;
    if (!jsonErrorOf(m_parametersEdit->toPlainText(), &parsed).isEmpty())
        return;   // the error is already shown next to the field
    m_parametersEdit->setPlainText(indented(parsed));
}

void FunctionToolsEditor::addFunction()
{
    FunctionTool f;
    f.name = tr("new_function");
    m_entries.append({f, indented(f.parameters), QString()});
    m_list->addItem(f.name);
    m_list->setCurrentRow(int(m_entries.size()) - 1);
    m_nameEdit->setFocus();
    m_nameEdit->selectAll();
    emit edited();
}

void FunctionToolsEditor::removeFunction()
{
    const int row = m_current;
    if (row < 0)
        return;
    m_entries.removeAt(row);
    m_problems.clear();
    delete m_list->takeItem(row);
    showEntry(m_list->currentRow());
    emit edited();
}

void FunctionToolsEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateEnabled();
}

void FunctionToolsEditor::updateEnabled()
{
    const bool editable = !m_readOnly && m_current >= 0;
    m_addButton->setEnabled(!m_readOnly);
    m_removeButton->setEnabled(editable);
    m_nameEdit->setReadOnly(!editable);
    m_descriptionEdit->setReadOnly(!editable);
    m_parametersEdit->setReadOnly(!editable);
    m_prettyPrintButton->setEnabled(editable);
    m_strictCheck->setEnabled(editable);
}

QList<FieldProblem> FunctionToolsEditor::showProblems(const QList<FieldProblem> &problems)
{
    QList<FieldProblem> rest;
    m_problems.clear();
    QStringList countLines;
    for (const FieldProblem &p : problems) {
        if (indexOfFunctionPath(p.path) >= 0)
            m_problems << p;
        else if (p.path == QLatin1String("functions"))
            countLines << p.text();
        else
            rest << p;
    }
    m_countError->setProblems(countLines);
    bool currentHasProblem = false;
    for (const FieldProblem &p : std::as_const(m_problems))
        currentHasProblem |= indexOfFunctionPath(p.path) == m_current;
    if (!currentHasProblem && !m_problems.isEmpty())
        m_list->setCurrentRow(indexOfFunctionPath(m_problems.first().path));   // shows its problems
    else
        showCurrentProblems();
    return rest;
}

void FunctionToolsEditor::showCurrentProblems()
{
    QStringList nameLines;
    QStringList parameterLines;
    for (const FieldProblem &p : std::as_const(m_problems)) {
        if (indexOfFunctionPath(p.path) != m_current)
            continue;
        (p.path.endsWith(QLatin1String(".parameters")) ? parameterLines : nameLines) << p.text();
    }
    m_nameError->setProblems(nameLines);
    m_parametersError->setProblems(parameterLines);
}
