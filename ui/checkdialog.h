// "Save as check…" and "Edit check…" (domain.md §12): a saved check's name, the user messages it plays, the function
// results it answers calls with, and its expectations on the answer — contains, does not contain, matches a regular
// expression, is valid JSON for a schema, calls function X. Each expectation is checked as it is typed (a regular
// expression that does not compile, a schema that is no JSON object or that the subset cannot use, a name that is
// no function name); Save stays disabled while anything is wrong (Checks::problems).
//
// The dialog only edits a value; whoever opened it saves check() (Workspace::saveCheck) once it is accepted. Open it
// with open() (window-modal, never blocks the event loop).
#pragma once

#include "domain/check.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

class CheckDialog : public QDialog
{
    Q_OBJECT
public:
    /// `functions`: the assistant's function names, offered for results and "calls".
    CheckDialog(const Check &initial, const QStringList &functions, bool editing, QWidget *parent = nullptr);

    /// The check as the dialog shows it now (empty messages and results without a function dropped).
    Check check() const;
    /// Every problem, "<Field>: <problem>"; empty when it can be saved.
    QStringList problems() const;

    /// The value editor's problem for one expectation (empty when fine); for tests and the inline message.
    static QString expectationProblem(CheckExpectation::Kind kind, const QString &value);

private:
    void buildMessages();
    void buildResults();
    void buildExpectations();
    void addExpectationRow(const CheckExpectation &e);
    void loadExpectation(int row);
    void storeExpectation();
    void validate();
    static CheckExpectation::Kind kindAt(int index);
    static QString kindLabel(CheckExpectation::Kind kind);
    static QString valueText(const CheckExpectation &e);

    QString m_id;
    QStringList m_functions;
    QList<CheckExpectation> m_expect;     // what the expectation rows hold
    QList<QString> m_expectText;          // per row: the value as typed (a schema may not parse yet)
    bool m_loading = false;

    QLineEdit *m_nameEdit = nullptr;
    QListWidget *m_messagesList = nullptr;
    QTableWidget *m_resultsTable = nullptr;
    QListWidget *m_expectationsList = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QPlainTextEdit *m_valueEdit = nullptr;
    QLabel *m_valueProblemLabel = nullptr;
    QPushButton *m_removeExpectationButton = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
