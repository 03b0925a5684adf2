#include "teamcontroller.h"

#include "actionregistry.h"
#include "dialogs.h"
#include "session/offlinecache.h"
#include "session/workspaceopener.h"
#include "storage/workspacecopy.h"

#include <QAction>
#include <QApplication>
#include <QCursor>
#include <QSettings>
#include <QTimer>

namespace {
constexpr int ReconnectMs = 15000;
constexpr int RefreshMs = 5 * 60 * 1000;
constexpr int StatusMs = 8000;
const QString LastUrlKey = QStringLiteral("ui/lastTeamWorkspace");

/// The wait cursor while a blocking connect or copy runs.
struct BusyCursor {
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
};
} // namespace

TeamController::TeamController(ActionRegistry &actions, Dialogs *dialogs, SecretStore *secrets, Hooks hooks,
                               QWidget *window)
    : QObject(window), m_actions(actions), m_dialogs(dialogs), m_secrets(secrets), m_hooks(std::move(hooks)),
      m_window(window)
{
    using Section = ActionRegistry::Section;
    m_openAction = actions.add(Section::FileWorkspace,
                               {.objectName = QStringLiteral("openTeamWorkspaceAction"),
                                .text = tr("Open &team workspace…"),
                                .icon = QIcon::fromTheme(QStringLiteral("network-server")),
                                .shortcuts = ActionRegistry::keys(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                                .toolTip = tr("Open a workspace the team shares on a PostgreSQL server")},
                               this);
    m_moveAction = actions.add(Section::FileWorkspace,
                               {.objectName = QStringLiteral("moveToServerAction"),
                                .text = tr("&Move workspace to a server…"),
                                .shortcuts = ActionRegistry::keys(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                                .toolTip = tr("Copy this workspace into an empty PostgreSQL database and open it there")},
                               this);
    connect(m_openAction, &QAction::triggered, this, &TeamController::chooseTeamWorkspace);
    connect(m_moveAction, &QAction::triggered, this, [this] { moveToServer(); });
    m_reconnect = new QTimer(this);
    m_reconnect->setInterval(ReconnectMs);
    connect(m_reconnect, &QTimer::timeout, this, [this] { reconnect(); });
    m_refresh = new QTimer(this);
    m_refresh->setInterval(RefreshMs);
    connect(m_refresh, &QTimer::timeout, this, &TeamController::refreshOfflineCopy);
    updateActions();
}

void TeamController::updateActions()
{
    Workspace *ws = m_hooks.workspace();
    m_moveAction->setEnabled(ws && !ws->isTeam() && m_offlineOf.isEmpty());
}

void TeamController::chooseTeamWorkspace()
{
    const QString suggested = QSettings().value(LastUrlKey).toString();
    auto url = m_dialogs->askTeamWorkspace(m_window, tr("Open team workspace"), suggested);
    if (url && !url->isEmpty())
        open(*url);
}

QCoro::Task<Result<std::unique_ptr<Workspace>>> TeamController::connectTo(WorkspaceLocation location,
                                                                           Workspace::OpenOptions options, bool mayAsk)
{
    std::optional<QString> password;
    auto stored = co_await WorkspaceOpener::storedPassword(location, m_secrets);
    if (stored && stored.value())
        password = *stored.value();
    bool asked = false;
    QString refused;
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (!password) {
            if (!mayAsk)
                co_return Error{ErrorKind::Unauthorized, refused.isEmpty() ? tr("No password is stored for %1.").arg(location.displayName()) : refused, {}};
            QString text = tr("Password of the database user “%1” for %2:").arg(location.user, location.displayName());
            if (!refused.isEmpty())
                text = refused + QLatin1Char('\n') + text;
            auto typed = m_dialogs->askPassword(m_window, tr("Team workspace password"), text);
            if (!typed)
                co_return Error{ErrorKind::Cancelled, tr("Opening %1 was cancelled.").arg(location.displayName()), {}};
            password = *typed;
            asked = true;
        }
        options.database.password = *password;
        Result<std::unique_ptr<Workspace>> opened = Error{};
        {
            BusyCursor busy;
            opened = Workspace::open(location, options);
        }
        if (opened) {
            if (asked) {
                const Status kept = co_await WorkspaceOpener::rememberPassword(location, m_secrets, *password);
                if (!kept)
                    emit messageRaised(MessageBanner::Kind::Warning,
                                       tr("The password works but could not be kept in the keychain: %1")
                                           .arg(kept.error().message));
            }
            co_return opened;
        }
        if (opened.error().kind != ErrorKind::Unauthorized)
            co_return opened.error();
        refused = opened.error().message;
        password.reset();
    }
    co_return Error{ErrorKind::Unauthorized, refused, {}};
}

QCoro::Task<void> TeamController::open(QString url)
{
    auto location = WorkspaceLocation::parse(url);
    if (location && !location->isTeam())
        location = Error{ErrorKind::Validation, tr("“%1” is no team workspace URL (postgresql://user@host:port/dbname).").arg(url), {}};
    if (!location) {
        m_dialogs->inform(m_window, tr("Cannot open team workspace"), location.error().message, location.error().details);
        emit messageRaised(MessageBanner::Kind::Error, location.error().message, location.error().details);
        emit openFinished(false);
        co_return;
    }
    Workspace::OpenOptions options;
    options.database.createSchema = Database::OpenOptions::Schema::IfMissing;   // an empty database becomes one
    auto opened = co_await connectTo(location.value(), options, true);
    if (!opened) {
        const Error e = opened.error();
        if (e.kind == ErrorKind::Network) {
            // The server is away: the last state read from it, read-only, until it answers again.
            QString asOf;
            auto offline = OfflineCache::open(location.value(), &asOf);
            if (offline) {
                const QString spec = location->toString();
                m_offlineOf = spec;
                if (m_hooks.adopt(std::move(offline).value(), spec)) {
                    m_reconnect->start();
                    emit messageRaised(MessageBanner::Kind::Warning, e.message, e.details);
                    updateActions();
                    emit openFinished(true);
                    co_return;
                }
                m_offlineOf.clear();
                emit openFinished(false);
                co_return;
            }
        }
        if (e.kind != ErrorKind::Cancelled) {
            m_dialogs->inform(m_window, tr("Cannot open team workspace"), e.message, e.details);
            emit messageRaised(MessageBanner::Kind::Error, e.message, e.details);
        }
        emit openFinished(false);
        co_return;
    }
    QSettings().setValue(LastUrlKey, location->toString());
    m_offlineOf.clear();
    const bool adopted = m_hooks.adopt(std::move(opened).value(), location->toString());
    updateActions();
    emit openFinished(adopted);
}

QCoro::Task<void> TeamController::reconnect()
{
    if (m_offlineOf.isEmpty() || m_reconnecting)
        co_return;
    m_reconnecting = true;
    auto location = WorkspaceLocation::parse(m_offlineOf);
    if (location) {
        auto opened = co_await connectTo(location.value(), {}, false);
        if (opened && !m_offlineOf.isEmpty()) {
            const QString spec = m_offlineOf;
            m_offlineOf.clear();
            if (m_hooks.adopt(std::move(opened).value(), spec)) {
                m_reconnect->stop();
                emit messageRaised(MessageBanner::Kind::Positive,
                                   tr("%1 is reachable again: this is the live team workspace.").arg(location->displayName()));
            } else {
                m_offlineOf = spec;
            }
        }
    }
    m_reconnecting = false;
    updateActions();
}

void TeamController::workspaceChanged(const QString &spec, bool offlineCopy)
{
    if (!offlineCopy) {
        m_offlineOf.clear();
        m_reconnect->stop();
    }
    Workspace *ws = m_hooks.workspace();
    if (ws && ws->isTeam()) {
        m_refresh->start();
        // After the window has shown the workspace: the first copy is written once it is on screen.
        QTimer::singleShot(0, this, &TeamController::refreshOfflineCopy);
    } else {
        m_refresh->stop();
    }
    Q_UNUSED(spec)
    updateActions();
}

void TeamController::refreshOfflineCopy()
{
    Workspace *ws = m_hooks.workspace();
    if (!ws || !ws->isTeam())
        return;
    // The copy runs on this thread: only when something was written since the last one (the change history moved).
    const QList<ChangeEntry> newest = ws->history({}, 1);
    const qint64 seq = newest.isEmpty() ? 0 : newest.first().seq;
    const QString key = ws->location().toString();
    if (key == m_copiedOf && seq == m_copiedSeq)
        return;
    if (const Status s = OfflineCache::refresh(*ws); !s) {
        qWarning("offline copy not written: %s", qPrintable(s.error().message));
        return;
    }
    m_copiedOf = key;
    m_copiedSeq = seq;
}

QCoro::Task<void> TeamController::moveToServer()
{
    Workspace *current = m_hooks.workspace();
    if (!current || current->isTeam())
        co_return;
    const QString from = current->location().toString();
    auto url = m_dialogs->askTeamWorkspace(m_window, tr("Move workspace to a server"), QSettings().value(LastUrlKey).toString());
    if (!url || url->isEmpty())
        co_return;
    auto location = WorkspaceLocation::parse(*url);
    if (!location || !location->isTeam()) {
        m_dialogs->inform(m_window, tr("Cannot move the workspace"),
                          location ? tr("Choose a PostgreSQL server.") : location.error().message);
        co_return;
    }
    Workspace::OpenOptions options;
    options.database.createSchema = Database::OpenOptions::Schema::IfMissing;
    auto target = co_await connectTo(location.value(), options, true);
    if (!target) {
        if (target.error().kind != ErrorKind::Cancelled)
            m_dialogs->inform(m_window, tr("Cannot move the workspace"), target.error().message, target.error().details);
        co_return;
    }
    current = m_hooks.workspace();   // the window may have changed while the password was asked
    if (!current || current->location().toString() != from)
        co_return;
    Status copied;
    {
        BusyCursor busy;
        copied = WorkspaceCopy::copy(*current, *target.value());
    }
    if (!copied) {
        m_dialogs->inform(m_window, tr("Cannot move the workspace"),
                          tr("Nothing was copied to %1: %2").arg(location->displayName(), copied.error().message),
                          copied.error().details);
        co_return;
    }
    QSettings().setValue(LastUrlKey, location->toString());
    if (m_hooks.adopt(std::move(target).value(), location->toString()))
        m_dialogs->inform(m_window, tr("Workspace moved"),
                          tr("The workspace is now on %1; your team opens it with File → Open team workspace… and %2. "
                             "The file %3 is left as it was.")
                              .arg(location->displayName(), location->toString(), from));
    updateActions();
}
