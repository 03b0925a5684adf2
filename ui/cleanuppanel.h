// The "Remote cleanup" panel (domain.md §7, ui.md Cleanup section): the remote deletion jobs of one archived
// assistant (setOwner) or of the whole workspace (empty owner), with kind, label, remote id, state ("Queued" for
// pending), attempts and error; a summary line ("Remote cleanup: done" / "… 3 pending" / "… 1 failed"); "Retry" for
// the selected failed jobs and "Retry all failed". Retrying moves the jobs back to pending and, when a queue is set
// (online), runs the queue (QCoro::connect; never blocks). Without a queue (offline) retried jobs wait as "Queued".
//
// Refreshes on DeletionQueue::jobChanged, Workspace::reset and after its own actions; call refresh() after other
// changes. Storage errors show in an inline banner. Workspace and queue are held by QPointer (either may be replaced
// with setWorkspace/setQueue, e.g. when another workspace is opened or the app goes offline).
// Object names: cleanupSummaryLabel, cleanupTable, retryButton, retryAllButton, cleanupBanner.
#pragma once

#include <QPointer>
#include <QWidget>

class DeletionJobModel;
class DeletionQueue;
class MessageBanner;
class QLabel;
class QPushButton;
class QTableView;
class Workspace;

class CleanupPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CleanupPanel(Workspace *workspace, DeletionQueue *queue = nullptr, QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    /// The queue to run after a retry; null means offline.
    void setQueue(DeletionQueue *queue);
    /// Only the jobs of this archived assistant (its working record's id); empty shows every job.
    void setOwner(const QString &owner);
    QString owner() const { return m_owner; }

    void refresh();
    /// Retries the failed jobs among the selected rows.
    void retrySelected();
    void retryAllFailed();

    DeletionJobModel *model() const { return m_model; }
    QString summaryText() const;
    /// True while a queue run started by this panel is in progress.
    bool isRunning() const { return m_running; }

signals:
    /// A queue run started by this panel finished.
    void runFinished();

private:
    void retry(const QStringList &ids);
    void runQueue();
    void updateButtons();
    QStringList selectedFailedIds() const;

    QPointer<Workspace> m_workspace;
    QPointer<DeletionQueue> m_queue;
    QString m_owner;
    bool m_running = false;
    DeletionJobModel *m_model = nullptr;
    QLabel *m_summaryLabel = nullptr;
    MessageBanner *m_banner = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_retryAllButton = nullptr;
};
