// File → Open team workspace… and Move workspace to a server…, and what a team workspace needs from the GUI:
// connecting with the password from the keychain (asking once when none is stored or it is refused, then keeping
// it there — never in settings, the workspace or a message), the offline copy (kept fresh while the workspace is open;
// opened read-only when the server cannot be reached, and left for the live workspace as soon as the server answers
// again), and moving an SQLite workspace onto a server (WorkspaceCopy, all or nothing).
//
// The controller never owns a workspace: what it opens goes to the window through Hooks::adopt.
#pragma once

#include "core/result.h"
#include "messagebanner.h"
#include "storage/workspace.h"
#include "storage/workspacelocation.h"

#include <QCoro/QCoroTask>

#include <QObject>

#include <functional>
#include <memory>

class ActionRegistry;
class Dialogs;
class QAction;
class QTimer;
class QWidget;
class SecretStore;

class TeamController : public QObject
{
    Q_OBJECT
public:
    struct Hooks {
        /// The window's open workspace (null when none).
        std::function<Workspace *()> workspace;
        /// Makes `workspace` (named `spec`) the window's open workspace; false when the user kept the current one
        /// (unsaved edits they did not want to leave).
        std::function<bool(std::unique_ptr<Workspace> workspace, const QString &spec)> adopt;
    };

    TeamController(ActionRegistry &actions, Dialogs *dialogs, SecretStore *secrets, Hooks hooks, QWidget *window);

    /// Opens the team workspace `url`. Emits openFinished(true) once the window has it (live, or its offline copy
    /// when the server cannot be reached), openFinished(false) after a message saying why not.
    QCoro::Task<void> open(QString url);
    /// File → Open team workspace…: asks for the URL, then open().
    void chooseTeamWorkspace();
    /// File → Move workspace to a server…: copies the open SQLite workspace into an empty database and opens it.
    QCoro::Task<void> moveToServer();
    /// The window opened another workspace: keeps the offline copy of a team workspace fresh, stops reconnecting
    /// when it is not an offline copy.
    void workspaceChanged(const QString &spec, bool offlineCopy);
    /// Writes the offline copy of the open team workspace now (on quit and every few minutes).
    void refreshOfflineCopy();
    void updateActions();
    /// While the offline copy of a team workspace is open: tries the server now (also every 15 s on its own) and
    /// opens the live workspace when it answers.
    QCoro::Task<void> reconnect();

    /// The URL of the team workspace whose offline copy is open (empty otherwise).
    QString offlineOf() const { return m_offlineOf; }

signals:
    void openFinished(bool opened);
    void messageRaised(MessageBanner::Kind kind, const QString &text, const QStringList &details = {});
    void statusMessage(const QString &text, int timeoutMs);

private:
    /// Connects to `location` with the stored password, asking for one while it is missing or refused.
    QCoro::Task<Result<std::unique_ptr<Workspace>>> connectTo(WorkspaceLocation location,
                                                               Workspace::OpenOptions options, bool mayAsk);

    ActionRegistry &m_actions;
    Dialogs *m_dialogs = nullptr;
    SecretStore *m_secrets = nullptr;
    Hooks m_hooks;
    QWidget *m_window = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_moveAction = nullptr;
    QTimer *m_reconnect = nullptr;
    QTimer *m_refresh = nullptr;
    QString m_offlineOf;
    QString m_copiedOf;      // the workspace the offline copy was last written from, and its newest change then
    qint64 m_copiedSeq = -1;
    bool m_reconnecting = false;
};
