// The Checks tab of the assistant editor (domain.md §12): the saved checks of the working assistant with the last
// result of each by the chosen way (✓ Passed / ✕ Failed / Not run), and for the selected one its messages, function
// results, each expectation with why it holds or not, any failure and the answer. Run (the selected check), Run all,
// Stop, Add…, Edit…, Delete.
//
// Checks run one after another through CheckRunner against the assistant as the form shows it, on the
// SyncController's client; the session is held until the run has ended, results arrive on the GUI thread and are
// stored as each check's last result (Workspace::storeCheckOutcome). Stop cancels at once; a stopped check keeps its
// previous result. Versions have no checks of their own (the tab is hidden for them); archived assistants run but do
// not edit.
#pragma once

#include "domain/assistant.h"
#include "domain/check.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class Dialogs;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class SyncController;
class WayPicker;
class Workspace;
class WorkspaceSession;
struct CheckResult;
namespace OpenAi {
class CancelToken;
}

class ChecksTab : public QWidget
{
    Q_OBJECT
public:
    enum Column { NameColumn, ResultColumn, RanColumn, TokensColumn };

    explicit ChecksTab(Dialogs *dialogs, QWidget *parent = nullptr);
    ~ChecksTab() override;

    void setServer(SyncController *sync);
    void setWorkspace(Workspace *workspace);
    /// The working assistant as the form shows it (what the checks run against).
    void setAssistant(const Assistant &assistant);
    void clear();

    /// "Checks (3)", "Checks (3 · 1 failed)".
    QString title() const;
    bool isRunning() const { return !m_runningId.isEmpty(); }
    QTreeWidget *tree() const { return m_tree; }
    WayPicker *wayPicker() const { return m_way; }
    void selectCheck(const QString &checkId);

    void runSelected();
    void runAll();
    void stop();

signals:
    void titleChanged();
    void messageRaised(const QString &message, const QStringList &details);
    void statusMessage(const QString &message);

private:
    void reload();
    void refreshWays();
    void showDetails();
    void updateButtons();
    void start(const QStringList &checkIds);
    void runNext();
    void onResult(const CheckResult &result);
    void finishRun();
    void addCheck();
    void editSelected();
    void deleteSelected();
    void openDialog(const Check &check, bool editing);
    QString selectedId() const;

    Dialogs *m_dialogs = nullptr;
    QPointer<SyncController> m_sync;
    QPointer<Workspace> m_workspace;
    Assistant m_assistant;
    QList<Check> m_checks;
    QHash<QString, CheckOutcome> m_outcomes;   // check id → last result by the chosen way

    // A run
    std::shared_ptr<WorkspaceSession> m_hold;  // the session stays alive until the run has ended
    QPointer<OpenAi::CancelToken> m_cancel;
    QStringList m_queue;
    QString m_runningId;
    int m_done = 0;
    int m_total = 0;
    int m_passed = 0;
    int m_failed = 0;

    WayPicker *m_way = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QTreeWidget *m_tree = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_progressLabel = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_runAllButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
};
