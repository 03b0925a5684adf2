// ReleaseController: answers ExperimentView::releaseRequested by opening one ReleaseDialog at a time for the
// window's current workspace, online or not as SyncController says (and following its mode changes), and reports
// each committed release.
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;
class ReleaseDialog;
class SyncController;
class Workspace;

/// Opens one ReleaseDialog at a time for the current workspace. Connect ExperimentView::releaseRequested to
/// release(). `workspace` returns the window's current workspace (null when none is open).
class ReleaseController : public QObject
{
    Q_OBJECT
public:
    ReleaseController(SyncController *sync, std::function<Workspace *()> workspace, QWidget *window);

    /// Opens the dialog for `experimentId` (or raises the one already open).
    void release(const QString &experimentId);
    /// The open dialog, null when none is shown.
    ReleaseDialog *dialog() const;

signals:
    /// A release committed: the workspace has emitted reset().
    void released(const QString &experimentId, const QString &experimentVersionId);

private:
    QPointer<SyncController> m_sync;
    std::function<Workspace *()> m_workspace;
    QWidget *m_window = nullptr;
    QPointer<ReleaseDialog> m_dialog;
};
