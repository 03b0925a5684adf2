// Runs the whole "Archive…" flow for one working assistant (domain.md §7):
//   plan → blocker dialog (when something blocks) or confirmation → archiveFamily() (one transaction) → run the
//   deletion queue when online → finished(archived).
//
// Single use: create one per "Archive…" action, call start() once, and delete it after finished() (for example
// connect finished to deleteLater). The blocker dialog is non-modal and parented to the given widget; the controller
// deletes it when it is destroyed. The confirmation is modal and goes through the Dialogs seam (see
// archiveconfirmation.h). The queue runs as a coroutine on the DeletionQueue, observed with QCoro::connect; the UI
// thread never blocks. A null queue means offline: the jobs stay pending ("Queued") and the confirmation says so.
// The workspace and queue are held by QPointer; if the workspace goes away mid-flow the flow ends with
// finished(false).
#pragma once

#include "domain/archiveplanner.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class BlockerDialog;
class DeletionQueue;
class Dialogs;
class QWidget;
class Workspace;
struct DeletionRunSummary;

class ArchiveController : public QObject
{
    Q_OBJECT
public:
    ArchiveController(Workspace &workspace, Dialogs &dialogs, DeletionQueue *queue, QWidget *parent);
    ~ArchiveController() override;

    /// Starts the flow for the working assistant `assistantId`. Returns at once when the plan is blocked (the
    /// blocker dialog stays open); otherwise after the confirmation was answered.
    void start(const QString &assistantId);
    bool isRunning() const { return m_running; }
    /// The open blocker dialog, if any (to raise it, or for tests).
    BlockerDialog *blockerDialog() const { return m_blockerDialog; }

signals:
    /// From the blocker dialog's "Open": select this experiment record in the main window.
    void openExperiment(const QString &recordId);
    /// From the blocker dialog's "Open": select this working pipeline and these nodes.
    void openPipeline(const QString &recordId, const QStringList &nodeIds);
    /// The archive transaction committed (the workspace has emitted reset()); `jobIds` are the deletion jobs created.
    void archived(const QString &assistantId, const QStringList &jobIds);
    /// Planning or archiving failed (e.g. a storage error); `message` is for the user (show it in a banner).
    void failed(const QString &message);
    /// Emitted once when the flow ends: true when the family was archived (after the queue ran, when online);
    /// false on Cancel, Close or failure.
    void finished(bool archived);

private:
    void showBlockers(const ArchivePlan &plan);
    void confirm(const ArchivePlan &plan);
    void archive();
    void finish(bool archived);
    void fail(const QString &message);

    QPointer<Workspace> m_workspace;
    Dialogs &m_dialogs;
    QPointer<DeletionQueue> m_queue;
    bool m_online = false;
    QWidget *m_parentWidget = nullptr;
    QPointer<BlockerDialog> m_blockerDialog;
    QString m_assistantId;
    bool m_running = false;
};
