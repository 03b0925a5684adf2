// SyncController: the GUI's sync feature on the current WorkspaceSession (app/session): check, Check all, push, pull
// and import, with results as signals on the GUI thread. The session owns the workspace, engine, client binding and
// the online/offline mode; this controller forwards its mode and keeps "Work offline" across workspaces.
//
// Promises:
// - Nothing blocks: every server call is a QCoro task; results arrive as signals on the GUI thread.
// - setSession() closes the previous session (its running tasks are cancelled and end cleanly) and connects the new
//   one; every task holds its session, so the workspace lives until the task has ended.
// - Without a client (services not given) every server feature reports unavailable and nothing is sent.
#pragma once

#include "core/result.h"
#include "session/workspacesession.h"
#include "sync/servercapabilities.h"
#include "sync/syncengine.h"

#include <QCoro/QCoroTask>

#include <QObject>
#include <QPointer>

#include <memory>

class Workspace;
namespace OpenAi {
class OpenAiClient;
}

/// The services the composition root hands to the main window; all null means "no server features".
using SyncServices = WorkspaceSession::Services;

class SyncController : public QObject
{
    Q_OBJECT
public:
    using Mode = WorkspaceSession::Mode;

    explicit SyncController(SyncServices services, QObject *parent = nullptr);
    ~SyncController() override;

    const SyncServices &services() const { return m_services; }
    bool isAvailable() const { return m_services.client && m_services.secrets; }
    /// The app's client, configured for the current workspace (null without services).
    OpenAi::OpenAiClient *client() const { return m_services.client; }

    /// Works on `session` (null: none); closes the previous session, which cancels what runs on it.
    void setSession(std::shared_ptr<WorkspaceSession> session);
    /// A session on `workspace`, which the caller keeps alive longer than every task (null: none).
    void setWorkspace(Workspace *workspace);
    WorkspaceSession *session() const { return m_session.get(); }
    /// The current session as a handle a task holds until it has ended (null: none).
    std::shared_ptr<WorkspaceSession> sessionHandle() const { return m_session; }
    /// Why a conversation or a check cannot reach the server now (translated): no connection, no key, offline;
    /// empty when online.
    QString conversationUnavailableReason() const;
    /// What the current workspace's server was probed to support, when known.
    std::optional<ServerCapabilities> capabilities() const;
    /// Reloads connection and key and probes again (after Settings → Connection was saved).
    void reconnect();
    /// Probes the server now ("Try again").
    void probe();

    Mode mode() const { return m_session ? m_session->mode() : Mode::Unavailable; }
    bool isOnline() const { return mode() == Mode::Online; }
    /// Push, Pull, Import: only online. Check and Check all: also while unreachable, not under "Work offline".
    bool canChange() const { return mode() == Mode::Online; }
    bool canCheck() const;
    bool workOffline() const { return m_workOffline; }
    void setWorkOffline(bool on);
    QString host() const;
    /// The text of the offline banner, empty while online.
    QString offlineText() const;

    void check(const QString &assistantId);
    /// Checks every assistant with a remote id, at most client()->concurrency() at a time (Settings → General).
    void checkAll();
    void cancelCheckAll();
    bool isCheckingAll() const { return m_checkAllCancel != nullptr; }

    // Wrappers that keep the session alive while they run. Results as from SyncEngine.
    QCoro::Task<Result<PushPlan>> planPush(QString assistantId);
    QCoro::Task<PushOutcome> push(QString assistantId);
    QCoro::Task<Result<SyncState>> pull(QString assistantId);
    QCoro::Task<Result<QList<ImportOutcome>>> importAll();
    /// "Import all from OpenAI…" (SyncEngine::listForImport / importSelected). The task holds `cancel` until it has
    /// finished, and the session's cancel (another workspace opened) cancels it too.
    QCoro::Task<Result<QList<RemoteListingRow>>> listForImport(std::shared_ptr<OpenAi::CancelToken> cancel);
    QCoro::Task<QList<ImportOutcome>> importSelected(QStringList remoteIds, std::shared_ptr<OpenAi::CancelToken> cancel);
    /// The engine of the current session (for its pushStepStarted signal), null without a workspace.
    SyncEngine *engine() const;

signals:
    void modeChanged(SyncController::Mode mode);
    void checkAllStarted();
    void checkAllProgress(int done, int total);
    void checkAllFinished(const CheckAllSummary &summary);
    void checkFinished(const QString &assistantId);
    /// importSelected(): `done` of `total` imports have finished.
    void importProgress(int done, int total);
    /// A problem the user should see in the banner (no key, 401 on the probe, a failed check's storage error).
    void messageRaised(const QString &message);
    /// capabilities() changed: the current session's server was probed.
    void capabilitiesChanged();

private:
    SyncServices m_services;
    std::shared_ptr<WorkspaceSession> m_session;
    Mode m_lastMode = Mode::Unavailable;
    bool m_workOffline = false;
    quint64 m_generation = 0;   // bumped by setSession(): results of an earlier session's tasks are dropped
    QPointer<OpenAi::CancelToken> m_checkAllCancel;
};
