// WorkspaceSession: one open workspace and everything that works on it — the OpenAI client bound to the workspace's
// connection and key, the SyncEngine, the DeletionQueue, the Releaser, the session's cancel token and the
// online/offline mode (domain.md §8). The GUI and the CLI both work through it.
//
// Promises:
// - Lifetime: a session is held by std::shared_ptr. Every task started through run() (and every task of the GUI's
//   controllers) holds a reference, so the workspace, engine, queue and releaser stay alive until the last task has
//   finished or been cancelled — also after the window switched to another workspace.
// - close() cancels every task of the session (the cancel token) and stops probing; no new request starts on a closed
//   session. Closing is what switching workspaces and quitting do. Idempotent.
// - Without a client (no services) the session is local only: engine(), deletionQueue() are null, mode() is
//   Unavailable and nothing is sent.
// - connect(): loads the workspace's Connection into the client and looks the key up (OPENAI_API_KEY, then the
//   keychain); unless "Work offline", it then probes GET /assistants?limit=1. A probe that cannot connect makes the
//   session Unreachable and repeats every 30 s; any HTTP answer means Online, and a clear answer records the server's
//   capabilities once per connection (capabilitiesChanged() once they are stored).
// - The client is shared with the application when given in Services (the GUI: one client for the whole app, set to
//   the current session's connection and key); otherwise the session owns its own (the CLI).
// Threading: lives in the thread that created it.
#pragma once

#include "core/result.h"
#include "openai/canceltoken.h"

#include <QCoro/QCoroTask>

#include <QJsonObject>
#include <QObject>

#include <memory>

class DeletionQueue;
class QNetworkAccessManager;
class QTimer;
class Releaser;
class SecretStore;
class SyncEngine;
class Workspace;
namespace OpenAi {
class OpenAiClient;
}

class WorkspaceSession : public QObject, public std::enable_shared_from_this<WorkspaceSession>
{
    Q_OBJECT
public:
    enum class Mode { Unavailable, Connecting, Online, Unreachable, WorkOffline, NoKey };
    Q_ENUM(Mode)

    /// What the application lends every session. All null: no server features. With `secrets` but no `client` the
    /// session makes its own network manager and client (on `network` when given).
    struct Services {
        QNetworkAccessManager *network = nullptr;
        OpenAi::OpenAiClient *client = nullptr;
        SecretStore *secrets = nullptr;
    };

    /// A session that owns `workspace`.
    static std::shared_ptr<WorkspaceSession> create(std::unique_ptr<Workspace> workspace, Services services);
    /// A session on a workspace the caller owns and keeps alive longer than the session and all its tasks.
    static std::shared_ptr<WorkspaceSession> borrow(Workspace &workspace, Services services);
    /// Opens the workspace at `path` (created when missing, as Workspace::open does) in a new session.
    static Result<std::shared_ptr<WorkspaceSession>> open(const QString &path, Services services);
    ~WorkspaceSession() override;

    Workspace &workspace() const { return *m_workspace; }
    bool hasClient() const { return m_client != nullptr; }
    OpenAi::OpenAiClient *client() const { return m_client; }
    SyncEngine *engine() const { return m_engine.get(); }
    DeletionQueue *deletionQueue() const { return m_deletionQueue.get(); }
    Releaser &releaser() const { return *m_releaser; }
    /// Cancelled by close(); every task of the session runs with it (or with a token it cancels).
    OpenAi::CancelToken *cancelToken() const { return m_cancel.get(); }
    /// Links `token` to the session: close() cancels it too. The token must outlive the session or be a child of it.
    void cancelWithSession(OpenAi::CancelToken *token) const;

    void close();
    bool isClosed() const { return m_closed; }

    // --- connection, key and mode -------------------------------------------------------------------------------
    /// Loads connection and key and probes (see above). Call again after Settings → Connection was saved.
    void connectToServer();
    /// Probes the server now ("Try again"); nothing without a key or under "Work offline".
    void probe();
    /// The connection and key for a script: loads the connection and looks the key up, waiting for neither a probe
    /// nor a mode change. Error when there is no client, the connection is invalid or no key is found.
    QCoro::Task<Status> attachKey();
    Mode mode() const { return m_mode; }
    bool workOffline() const { return m_workOffline; }
    void setWorkOffline(bool on);
    /// The host of the connection ("api.openai.com"), empty without a client.
    QString host() const;

signals:
    void modeChanged(WorkspaceSession::Mode mode);
    /// A problem the user should see (no key for a configured server, a 401 on the probe, an invalid connection).
    void messageRaised(const QString &message);
    /// The server's capabilities were probed and stored in the workspace (Capabilities::load reads them).
    void capabilitiesChanged();

private:
    WorkspaceSession(std::unique_ptr<Workspace> owned, Workspace &workspace, Services services);
    static std::shared_ptr<WorkspaceSession> make(std::unique_ptr<Workspace> owned, Workspace &workspace,
                                                  Services services);
    void setMode(Mode mode);
    void lookUpKey();
    void onProbed(const Result<QJsonObject> &result);
    void probeCapabilities(bool assistantsApi);

    // Declaration order matters: what points at the workspace and client goes after them (destroyed first).
    std::unique_ptr<Workspace> m_ownedWorkspace;
    Workspace *m_workspace = nullptr;
    std::unique_ptr<QNetworkAccessManager> m_ownedNetwork;
    std::unique_ptr<OpenAi::OpenAiClient> m_ownedClient;
    OpenAi::OpenAiClient *m_client = nullptr;
    SecretStore *m_secrets = nullptr;
    std::unique_ptr<OpenAi::CancelToken> m_cancel;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<DeletionQueue> m_deletionQueue;
    std::unique_ptr<Releaser> m_releaser;
    QTimer *m_probeTimer = nullptr;
    Mode m_mode = Mode::Unavailable;
    bool m_closed = false;
    bool m_workOffline = false;
    bool m_keyReady = false;
    bool m_capabilitiesProbed = false;
    quint64 m_generation = 0;   // bumped by connectToServer(): answers to an earlier attempt are dropped
};
