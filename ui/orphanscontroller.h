// Assistant → Orphans…: its action and the orphan view (domain.md §9) in a non-modal dialog, one at a time, that
// follows the window's online state (Scan and Delete only online) and its deletion queue, and closes when the
// workspace it shows goes away.
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class ActionRegistry;
class DeletionQueue;
class Dialogs;
class QAction;
class QDialog;
class QWidget;
class SyncController;
class Workspace;

class OrphansController : public QObject
{
    Q_OBJECT
public:
    /// `workspace` returns the window's current workspace and `queue` its deletion queue (null while the server
    /// cannot be reached). The dialog opens on `window`, which owns the controller.
    OrphansController(ActionRegistry &actions, SyncController *sync, std::function<Workspace *()> workspace,
                      std::function<DeletionQueue *()> queue, Dialogs *dialogs, QWidget *window);

    void showOrphans();

private:
    SyncController *m_sync = nullptr;
    std::function<Workspace *()> m_workspace;
    std::function<DeletionQueue *()> m_queue;
    Dialogs *m_dialogs = nullptr;
    QWidget *m_window = nullptr;
    QPointer<QDialog> m_dialog;
};
