#include "trycontroller.h"

#include "actionregistry.h"
#include "assistanteditor.h"
#include "nonmodal.h"
#include "synccontroller.h"


namespace {
constexpr int SummaryMessageMs = 15000;
} // namespace

TryController::TryController(ActionRegistry &actions, SyncController *sync, std::function<Workspace *()> workspace,
                             AssistantEditor *editor, QWidget *window)
    : QObject(window), m_sync(sync), m_workspace(std::move(workspace)), m_editor(editor), m_window(window)
{
    using Section = ActionRegistry::Section;
    m_compareAction = actions.add(Section::AssistantTry,
                                  {.objectName = QStringLiteral("compareAction"),
                                   .text = tr("Co&mpare…"),
                                   .shortcuts = ActionRegistry::keys(Qt::CTRL | Qt::ALT | Qt::Key_M),
                                   .toolTip = tr("Send the same messages to two assistants, versions or ways side by "
                                                 "side")},
                                  this);
    m_runAllAction = actions.add(Section::AssistantTry,
                                 {.objectName = QStringLiteral("runAllChecksAction"),
                                  .text = tr("Run all chec&ks"),
                                  .shortcuts = ActionRegistry::keys(Qt::CTRL | Qt::SHIFT | Qt::Key_F5),
                                  .toolTip = tr("Run the saved checks of every assistant")},
                                 this);
    connect(m_compareAction, &QAction::triggered, this, &TryController::compareCurrent);
    connect(m_runAllAction, &QAction::triggered, this, &TryController::runAllChecks);
}

void TryController::updateActions()
{
    Workspace *workspace = m_workspace();
    m_compareAction->setEnabled(workspace && m_editor->hasRecord());
    m_runAllAction->setEnabled(workspace != nullptr);
}

void TryController::compareCurrent()
{
    Workspace *workspace = m_workspace();
    if (!workspace || !m_editor->hasRecord())
        return;
    // A second Compare… brings the open one forward; it keeps the targets it was opened with.
    NonModal::raiseOrOpen(m_compare, [&] {
        return new CompareDialog(m_sync, workspace, m_editor->formValue(), m_window);
    });
}

void TryController::runAllChecks()
{
    Workspace *workspace = m_workspace();
    if (!workspace)
        return;
    RunAllChecksDialog *opened = NonModal::raiseOrOpen(m_runAll, [&] {
        auto *dialog = new RunAllChecksDialog(m_sync, workspace, m_window);
        connect(dialog, &RunAllChecksDialog::runFinished, this,
                [this](const QString &summary) { emit statusMessage(tr("Run all checks: %1").arg(summary), SummaryMessageMs); });
        return dialog;
    });
    if (opened)
        opened->start();
}
