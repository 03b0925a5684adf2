// Function tools of an assistant as a list with an editor for the selected one: name, description, parameters as
// JSON (validated as you type: invalid JSON shows the error next to the field and blocks saving; "Pretty-print"
// reformats it) and strict.
#pragma once

#include "domain/assistant.h"
#include "domain/validation.h"

#include <QWidget>

class FieldErrorLabel;
class QCheckBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

class FunctionToolsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit FunctionToolsEditor(QWidget *parent = nullptr);

    void setFunctions(const QList<FunctionTool> &functions);
    /// The functions with the last valid parameters of each.
    QList<FunctionTool> functions() const;
    /// One problem per function whose parameters text is not a JSON object ("functions[i].parameters").
    QList<FieldProblem> jsonProblems() const;
    bool hasJsonErrors() const { return !jsonProblems().isEmpty(); }
    void setReadOnly(bool readOnly);
    /// Shows the problems of functions next to the fields (selecting the first function with a problem when the
    /// current one has none); returns the problems that are not about functions.
    QList<FieldProblem> showProblems(const QList<FieldProblem> &problems);

signals:
    void edited();

private:
    struct Entry {
        FunctionTool tool;
        QString parametersText;
        QString jsonError;   // empty when parametersText is a JSON object
    };

    void showEntry(int row);
    void storeName(const QString &name);
    void storeParameters();
    void prettyPrint();
    void addFunction();
    void removeFunction();
    void updateEnabled();
    void showCurrentProblems();
    static QString jsonErrorOf(const QString &text, QJsonObject *parsed);

    QList<Entry> m_entries;
    QList<FieldProblem> m_problems;
    int m_current = -1;
    bool m_loading = false;
    bool m_readOnly = false;
    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_descriptionEdit = nullptr;
    QPlainTextEdit *m_parametersEdit = nullptr;
    QPushButton *m_prettyPrintButton = nullptr;
    QCheckBox *m_strictCheck = nullptr;
    FieldErrorLabel *m_countError = nullptr;
    FieldErrorLabel *m_nameError = nullptr;
    FieldErrorLabel *m_parametersError = nullptr;
};
