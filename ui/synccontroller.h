// SyncController: the GUI's side of the server. It binds the app's OpenAiClient and SecretStore to the open
// workspace (its Connection and API key), runs the start-up probe, keeps the online/offline mode (domain.md §8) and
// runs checks through a SyncEngine for the workspace.
//
// Promises:
// - Nothing blocks: every server call is a QCoro task; results arrive as signals on the GUI thread.
// - setWorkspace() loads the workspace's Connection, looks the key up (OPENAI_API_KEY, then the keychain) and,
//   unless "Work offline" is ticked, probes GET /assistants?limit=1. A probe that cannot connect makes the app
//   offline ("unreachable") and repeats every 30 s; any HTTP answer means online.
// - The workspace and engine of a session stay alive until the last task started on them has finished, even after
//   the window switched workspaces (retire()).
// - Without a client (services not given) every server feature reports unavailable and nothing is sent.
#pragma once

#include "core/result.h"
#include "sync/syncengine.h"

#include <QCoro/QCoroTask>

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QTimer;
class SecretStore;
class Workspace;
namespace OpenAi {
class OpenAiClient;
}

/// The services the composition root hands to the main window; all null means "no server features".
struct SyncServices {
    QNetworkAccessManager *network = nullptr;
    OpenAi::OpenAiClient *client = nullptr;
    SecretStore *secrets = nullptr;
};

class SyncController : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Unavailable, Connecting, Online, Unreachable, WorkOffline, NoKey };

    explicit SyncController(SyncServices services, QObject *parent = nullptr);
    ~SyncController() override;

    const SyncServices &services() const { return m_services; }
    bool isAvailable() const { return m_services.client && m_services.secrets; }
    /// The app's client, configured for the current workspace (null without services).
    OpenAi::OpenAiClient *client() const { return m_services.client; }

    /// Binds to `workspace` (null unbinds); cancels what runs on the previous one.
    void setWorkspace(Workspace *workspace);
    /// Keeps a replaced workspace alive until the tasks of its session have finished.
    void retire(std::unique_ptr<Workspace> workspace);
    /// Reloads connection and key and probes again (after Settings → Connection was saved).
    void reconnect();
    /// Probes the server now ("Try again").
    void probe();

    Mode mode() const { return m_mode; }
    bool isOnline() const { return m_mode == Mode::Online; }
    /// Push, Pull, Import: only online. Check and Check all: also while unreachable, not under "Work offline".
    bool canChange() const { return m_session && m_mode == Mode::Online; }
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

private:
    struct Session;
    void setMode(Mode mode);
    void lookUpKey();
    void onProbed(const Result<QJsonObject> &result);
    void probeCapabilities(bool assistantsApi);

    SyncServices m_services;
    std::shared_ptr<Session> m_session;
    std::shared_ptr<Session> m_previous;   // the session setWorkspace() just replaced, until retire()
    Mode m_mode = Mode::Unavailable;
    bool m_workOffline = false;
    bool m_keyReady = false;
    quint64 m_generation = 0;
    QPointer<OpenAi::CancelToken> m_checkAllCancel;
    QTimer *m_probeTimer = nullptr;
};
