// Assistant → "Run all checks": every saved check of every non-archived working assistant, one after another by the
// chosen way, against each assistant as saved in the workspace (what `assistant-desk-cli test --all` runs). A
// progress bar ("Running 3 of 10 …"), Stop, one row per assistant with its checks under it (✓ Passed / ✕ Failed and
// the first reason), the selected check's details, and a summary ("Passed 8 · failed 2"). Results are stored as each
// check's last result.
//
// Non-modal; the run holds the session until it has ended and never blocks; closing the dialog stops it.
#pragma once

#include "domain/check.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;
class SyncController;
class WayPicker;
class Workspace;
class WorkspaceSession;
struct CheckResult;
namespace OpenAi {
class CancelToken;
}

class RunAllChecksDialog : public QDialog
{
    Q_OBJECT
public:
    RunAllChecksDialog(SyncController *sync, Workspace *workspace, QWidget *parent = nullptr);
    ~RunAllChecksDialog() override;

    /// Runs every check (again) by the chosen way.
    void start();
    void stop();
    bool isRunning() const { return m_cancel != nullptr; }
    int passed() const { return m_passed; }
    int failed() const { return m_failed; }
    QTreeWidget *tree() const { return m_tree; }

signals:
    /// The run ended (finished or stopped); the summary as shown.
    void runFinished(const QString &summary);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Job {
        QString assistantId;
        Check check;
    };
    void refreshWays();
    void runNext();
    void onResult(const CheckResult &result);
    void finish();
    void showDetails();
    QTreeWidgetItem *assistantItem(const QString &assistantId, const QString &name);

    QPointer<SyncController> m_sync;
    QPointer<Workspace> m_workspace;
    std::shared_ptr<WorkspaceSession> m_hold;
    QPointer<OpenAi::CancelToken> m_cancel;
    QList<Job> m_jobs;
    int m_next = 0;
    int m_passed = 0;
    int m_failed = 0;
    QHash<QString, CheckOutcome> m_outcomes;   // check id → this run's result
    QHash<QString, Check> m_checks;

    WayPicker *m_way = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QTreeWidget *m_tree = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_stopButton = nullptr;
};
