// The seam for every modal dialog of the GUI (questions, messages, file choosers).
//
// Production code calls ask() / inform() / openFile() / openFiles() / saveFile(); they show a QMessageBox or a
// QFileDialog. Tests queue the answers in advance (setNextAnswer, setNextFileNames), as KeePassXC's
// MessageBox::setNextAnswer does, so no dialog ever blocks a test. In test mode (setTestMode) a call with nothing
// queued never shows a window: it answers Cancel / an empty path and logs a warning, which fails a test that
// uses QTest::failOnWarning. Every call is recorded in history() so tests can check what the user was told.
#pragma once

#include <QList>
#include <QObject>
#include <QQueue>
#include <QStringList>

class QWidget;

class Dialogs : public QObject
{
    Q_OBJECT
public:
    enum Answer { Save = 0x1, Discard = 0x2, Cancel = 0x4, Yes = 0x8, No = 0x10, Ok = 0x20 };
    Q_DECLARE_FLAGS(Answers, Answer)

    /// One dialog that was asked for: its kind ("ask", "inform", "openFile", "openFiles", "saveFile"), title and text.
    struct Record {
        QString kind;
        QString title;
        QString text;
        QStringList details;
    };

    explicit Dialogs(QObject *parent = nullptr);

    /// A question with the given buttons; returns the button pressed (Cancel when the dialog is closed).
    Answer ask(QWidget *parent, const QString &title, const QString &text, Answers buttons, Answer defaultAnswer);
    /// A destructive confirmation with one action button (e.g. "Archive", not the default, with a delete icon) and
    /// Cancel (the default and Escape). `paragraphs` are shown under `text`, one paragraph each. Returns Yes when the
    /// action was chosen, Cancel otherwise. Recorded in history() as kind "confirm" with the paragraphs as details;
    /// tests answer it with setNextAnswer(Yes) or setNextAnswer(Cancel).
    Answer confirmDestructive(QWidget *parent, const QString &title, const QString &text, const QStringList &paragraphs,
                              const QString &actionText);
    /// The standard "unsaved changes" question: Save / Discard / Cancel.
    Answer askUnsavedChanges(QWidget *parent, const QString &what);
    /// A message; `details` (for example one line per validation problem) go to the expandable details area.
    void inform(QWidget *parent, const QString &title, const QString &text, const QStringList &details = {});
    QString openFile(QWidget *parent, const QString &title, const QString &filter);
    QStringList openFiles(QWidget *parent, const QString &title, const QString &filter);
    QString saveFile(QWidget *parent, const QString &title, const QString &suggestedPath, const QString &filter);

    // --- test seam ------------------------------------------------------------------------------------------------
    void setTestMode(bool on) { m_testMode = on; }
    void setNextAnswer(Answer answer) { m_answers.enqueue(answer); }
    /// The next openFile/saveFile returns the first name, openFiles returns all of them.
    void setNextFileNames(const QStringList &names) { m_fileNames.enqueue(names); }
    const QList<Record> &history() const { return m_history; }
    void clearHistory() { m_history.clear(); }
    int pendingAnswers() const { return int(m_answers.size() + m_fileNames.size()); }

private:
    /// The queued answer, or in test mode Cancel with a warning about the unexpected `what` ("question") `quoted`.
    /// False when nothing is queued outside test mode: a real dialog must ask.
    bool takeAnswer(Answer *answer, const char *what, const QString &quoted);
    bool takeFileNames(QStringList *names);

    bool m_testMode = false;
    QQueue<Answer> m_answers;
    QQueue<QStringList> m_fileNames;
    QList<Record> m_history;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Dialogs::Answers)
