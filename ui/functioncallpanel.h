// The function call an assistant waits on (domain.md §12): the function's name, its arguments pretty-printed, an
// editor for the result the user types (or picks from the results saved in the assistant's checks), and Submit
// (also Ctrl+Enter in the editor). One call at a time; the pane shows the next one after a submit.
#pragma once

#include "conversation/turn.h"

#include <QGroupBox>
#include <QStringList>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

class FunctionCallPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit FunctionCallPanel(QWidget *parent = nullptr);

    /// Shows `call`, `waiting` calls in all (1 or more), with `savedResults` to pick from (may be empty).
    void showCall(const FunctionCall &call, int waiting, const QStringList &savedResults);
    void clear();
    QString callId() const { return m_callId; }

    /// Pretty-printed JSON when `arguments` is JSON, else the text as it came.
    static QString prettyArguments(const QString &arguments);

signals:
    void resultSubmitted(const QString &callId, const QString &output);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit();

    QString m_callId;
    QLabel *m_nameLabel = nullptr;
    QPlainTextEdit *m_argumentsView = nullptr;
    QComboBox *m_savedCombo = nullptr;
    QPlainTextEdit *m_resultEdit = nullptr;
    QPushButton *m_submitButton = nullptr;
};
