// ReleaseController: answers ExperimentView::releaseRequested by opening one ReleaseDialog at a time for the
// current session's workspace, online or not as SyncController says (and following its mode changes), and reports
// each committed release. A release under way holds the session, so it keeps its workspace even when the window has
// switched to another one.
#pragma once

#include <QObject>
#include <QPointer>

class QWidget;
class ReleaseDialog;
class SyncController;

/// Opens one ReleaseDialog at a time for SyncController's current session. Connect
/// ExperimentView::releaseRequested to release().
class ReleaseController : public QObject
{
    Q_OBJECT
public:
    ReleaseController(SyncController *sync, QWidget *window);

    /// Opens the dialog for `experimentId` (or raises the one already open).
    void release(const QString &experimentId);
    /// The open dialog, null when none is shown.
    ReleaseDialog *dialog() const;

signals:
    /// A release committed: the workspace has emitted reset().
    void released(const QString &experimentId, const QString &experimentVersionId);

private:
    QPointer<SyncController> m_sync;
    QWidget *m_window = nullptr;
    QPointer<ReleaseDialog> m_dialog;
};
