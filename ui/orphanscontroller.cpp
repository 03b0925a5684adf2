#include "orphanscontroller.h"

#include "actionregistry.h"
#include "nonmodal.h"
#include "orphansview.h"
#include "storage/workspace.h"
#include "synccontroller.h"
#include "widgets.h"

#include <QDialog>

OrphansController::OrphansController(ActionRegistry &actions, SyncController *sync,
                                     std::function<Workspace *()> workspace, std::function<DeletionQueue *()> queue,
                                     Dialogs *dialogs, QWidget *window)
    : QObject(window), m_sync(sync), m_workspace(std::move(workspace)), m_queue(std::move(queue)), m_dialogs(dialogs),
      m_window(window)
{
    QAction *action = actions.add(
        ActionRegistry::Section::AssistantCleanup,
        {.objectName = QStringLiteral("orphansAction"),
         .text = tr("&Orphans…"),
         .icon = QIcon::fromTheme(QStringLiteral("edit-find")),
         .shortcuts = ActionRegistry::keys(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
         .toolTip = tr("Files and vector stores in OpenAI that no assistant uses; delete them")},
        this);
    connect(action, &QAction::triggered, this, &OrphansController::showOrphans);
}

void OrphansController::showOrphans()
{
    Workspace *workspace = m_workspace();
    if (!workspace)
        return;
    NonModal::raiseOrOpen(m_dialog, [this, workspace] {
        auto *dialog = new QDialog(m_window);
        dialog->setObjectName(QStringLiteral("orphansDialog"));
        dialog->setWindowTitle(tr("Orphans in OpenAI"));
        auto *view = new OrphansView(workspace, m_dialogs, dialog);
        view->setClient(m_sync->client());
        const auto follow = [this, view] {
            view->setQueue(m_queue());
            view->setOnline(m_sync->canChange());
        };
        follow();
        connect(m_sync, &SyncController::modeChanged, view, follow);
        // Another workspace opened: this view belongs to the old one.
        connect(workspace, &QObject::destroyed, dialog, &QDialog::close);
        Widgets::layOutWithClose(dialog, view, QSize(1100, 640));
        return dialog;
    });
}
