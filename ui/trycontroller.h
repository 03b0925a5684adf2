// Assistant → "Compare…" and "Run all checks" (domain.md §12): the two actions, their enabled state, and the
// non-modal dialogs they raise or open (CompareDialog, RunAllChecksDialog). The Try and Checks tabs themselves live
// in the assistant editor.
#pragma once

#include "comparedialog.h"
#include "runallchecksdialog.h"

#include <QObject>
#include <QPointer>

#include <functional>

class ActionRegistry;
class AssistantEditor;
class QAction;
class QWidget;
class SyncController;
class Workspace;

class TryController : public QObject
{
    Q_OBJECT
public:
    TryController(ActionRegistry &actions, SyncController *sync, std::function<Workspace *()> workspace,
                  AssistantEditor *editor, QWidget *window);

    /// Compare… for the assistant the editor shows (its form value, unsaved edits included).
    void compareCurrent();
    /// Run all checks of every non-archived assistant; the dialog starts at once.
    void runAllChecks();
    void updateActions();
    CompareDialog *compareDialog() const { return m_compare; }
    RunAllChecksDialog *runAllDialog() const { return m_runAll; }

signals:
    void statusMessage(const QString &text, int timeoutMs);

private:
    SyncController *m_sync = nullptr;
    std::function<Workspace *()> m_workspace;
    AssistantEditor *m_editor = nullptr;
    QWidget *m_window = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_runAllAction = nullptr;
    QPointer<CompareDialog> m_compare;
    QPointer<RunAllChecksDialog> m_runAll;
};
