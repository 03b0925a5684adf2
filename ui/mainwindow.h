// The main window: a shell of actions, layout and wiring. Left the navigator (sections, search, list), right the
// editor of the selection; the welcome page replaces both while the workspace is empty. Everything modal goes
// through the injected Dialogs seam; window geometry and splitter state live in QSettings under "ui/…".
// Every action is registered in the window's ActionRegistry; the menus are laid out from its sections. Export,
// orphans, Settings → General and Help are controllers of their own (exportcontroller.h, orphanscontroller.h,
// generalsettingscontroller.h, helpcontroller.h); the server actions are in mainwindowsync.cpp and the archive
// flow in mainwindowarchive.cpp.
#pragma once

#include "navigatorpanel.h"
#include "synccontroller.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class ActionRegistry;
class AssistantEditor;
class TryController;
class ConnectionDialog;
class ExportController;
class HelpController;
class ImportAllDialog;
class JobProgress;
class OfflineBanner;
class PushDialog;
class TeamController;
class Dialogs;
class ExperimentView;
class MessageBanner;
class PipelineView;
class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class WelcomePage;
class Workspace;

class ArchiveController;
class QMenu;
class DeletionQueue;
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `dialogs` must outlive the window; when null the window makes its own. Without services the window has no
    /// server features (Check, Push… stay disabled).
    explicit MainWindow(Dialogs *dialogs = nullptr, QWidget *parent = nullptr);
    /// The services (network manager, OpenAI client, secret store) must outlive the window.
    MainWindow(Dialogs *dialogs, SyncServices services, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens (or creates) the workspace at `path`; empty means Workspace::defaultPath(). Asks first when the form
    /// has unsaved changes. On failure the message is shown and the window stays usable.
    /// Opens the workspace `spec` names: a file (at once; false with a message when it cannot be opened) or a team
    /// workspace URL (TeamController::open: true when it started; the window shows it when the connection is made).
    bool openWorkspace(const QString &spec);
    /// Makes `workspace` the open one (the session owns it); false when the user kept unsaved edits of the current.
    bool adoptWorkspace(std::unique_ptr<Workspace> workspace, const QString &spec);
    TeamController *teamController() const { return m_team; }
    MessageBanner *readOnlyBanner() const { return m_readOnlyBanner; }
    Workspace *workspace() const { return m_session ? &m_session->workspace() : nullptr; }
    WorkspaceSession *session() const { return m_session.get(); }
    Dialogs *dialogs() const { return m_dialogs; }
    AssistantEditor *editor() const { return m_editor; }
    NavigatorPanel *navigator() const { return m_navigator; }
    MessageBanner *banner() const { return m_banner; }
    SyncController *syncController() const { return m_sync; }
    TryController *tryController() const { return m_try; }
    OfflineBanner *offlineBanner() const { return m_offlineBanner; }
    JobProgress *jobProgress() const { return m_jobProgress; }
    /// The open Settings → Connection dialog or push dialog, null when none is shown.
    ConnectionDialog *connectionDialog() const;
    PushDialog *pushDialog() const;
    /// Where "Open the demo workspace" keeps its file.
    static QString demoWorkspacePath();

    void importWorkspaceFile();
    void exportWorkspaceFile();
    void openDemoWorkspace();
    void newAssistant();
    void duplicateAssistant();
    bool saveAssistant();

    // Server actions (mainwindowsync.cpp). None blocks: results arrive later through SyncController.
    void showConnectionSettings();
    void checkCurrent();
    void checkAll();
    void pushCurrent();
    void pullCurrent();
    void importAllRemote();
    // Archive and remote cleanup (mainwindowarchive.cpp).
    void archiveCurrent();
    void showRemoteCleanup();
    // Help → Keyboard shortcuts (HelpController).
    void showShortcuts();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createControllers();
    QStringList recentWorkspaces() const;
    void rememberRecent(const QString &path);
    void fillRecentMenu();
    void createMenus();
    void createLayout();
    void connectSignals();
    void restoreSettings();
    void saveSettings() const;
    void setSession(std::shared_ptr<WorkspaceSession> session);
    void newWorkspace();
    void chooseWorkspace();
    void updatePage();
    void updateActions();
    void updateTitle();
    void onSectionChanged(NavigatorPanel::Section section);
    void onAssistantSelected(const QString &id);
    void showRightPage(QWidget *page);
    void showError(const QString &message, const QStringList &details = {});
    /// Hands `workspace` (null: none) to the views, the editor and the SyncController.
    void attachWorkspace(Workspace *workspace);
    // mainwindowsync.cpp
    void createSyncActions();
    void createSyncWidgets();
    void connectSyncSignals();
    void updateSyncActions();
    void onModeChanged();
    void autoCheck(const QString &id);
    void reloadAfterRemoteChange(const QString &id);
    QString currentRemoteId() const;

    Dialogs *m_dialogs = nullptr;
    ActionRegistry *m_actions = nullptr;
    ExportController *m_export = nullptr;
    HelpController *m_help = nullptr;
    TryController *m_try = nullptr;
    std::shared_ptr<WorkspaceSession> m_session;   // the open workspace and what works on it

    QStackedWidget *m_centralStack = nullptr;
    WelcomePage *m_welcomePage = nullptr;
    QSplitter *m_splitter = nullptr;
    NavigatorPanel *m_navigator = nullptr;
    MessageBanner *m_banner = nullptr;
    MessageBanner *m_readOnlyBanner = nullptr;   // a workspace that refuses writes says so, for as long as it is open
    TeamController *m_team = nullptr;
    QString m_spec;   // what the open workspace was opened as (a team workspace's URL also for its offline copy)
    QStackedWidget *m_rightStack = nullptr;
    QLabel *m_placeholder = nullptr;
    AssistantEditor *m_editor = nullptr;
    ExperimentView *m_experimentView = nullptr;
    PipelineView *m_pipelineView = nullptr;

    QAction *m_newWorkspaceAction = nullptr;
    QAction *m_openWorkspaceAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_newAssistantAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_revertAction = nullptr;
    QAction *m_findAction = nullptr;

    SyncController *m_sync = nullptr;
    OfflineBanner *m_offlineBanner = nullptr;
    JobProgress *m_jobProgress = nullptr;
    QPointer<ConnectionDialog> m_connectionDialog;
    QPointer<PushDialog> m_pushDialog;
    QPointer<ImportAllDialog> m_importAllDialog;
    bool m_importing = false;
    bool m_importWhenOnline = false;   // "Connect to a server…" on an empty workspace: import once connected
    QAction *m_connectionAction = nullptr;
    QAction *m_workOfflineAction = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_checkAllAction = nullptr;
    QAction *m_pushAction = nullptr;
    QAction *m_pullAction = nullptr;
    QAction *m_importAllAction = nullptr;
    QAction *m_archiveAction = nullptr;
    QAction *m_cleanupAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    static constexpr int MaxRecentWorkspaces = 8;
    /// The session's DeletionQueue when the server can be reached, else null (jobs wait).
    DeletionQueue *deletionQueue();
    QPointer<ArchiveController> m_archiveController;
    QString m_checkingMessage;   // the status bar's "Checking “…”…" line while that check runs
};
