// MainWindow's server wiring: the actions Check, Check all, Push…, Update from OpenAI…, Import all, Work offline and
// Settings → Connection, the offline notice and the job progress of the status bar. The work itself runs in
// SyncController; this file only turns its signals into widget state.
#include "mainwindow.h"

#include "actionregistry.h"
#include "assistanteditor.h"
#include "connectiondialog.h"
#include "dialogs.h"
#include "importalldialog.h"
#include "jobprogress.h"
#include "messagebanner.h"
#include "nonmodal.h"
#include "offlinebanner.h"
#include "pushdialog.h"
#include "storage/workspace.h"
#include "welcomepage.h"

#include <QCoro/QCoroTask>

#include <QAction>
#include <QStatusBar>

namespace {
constexpr int SummaryMessageMs = 15000;
constexpr int MaxListedDifferences = 8;
} // namespace

ConnectionDialog *MainWindow::connectionDialog() const
{
    return m_connectionDialog;
}

PushDialog *MainWindow::pushDialog() const
{
    return m_pushDialog;
}

void MainWindow::createSyncActions()
{
    using Section = ActionRegistry::Section;
    constexpr auto keys = &ActionRegistry::keys;
    const auto add = [this](Section section, const ActionRegistry::Spec &spec) {
        return m_actions->add(section, spec, this);
    };
    m_workOfflineAction = add(Section::FileOffline, {.objectName = QStringLiteral("workOfflineAction"),
                                                     .text = tr("Work o&ffline"),
                                                     .icon = QIcon::fromTheme(QStringLiteral("network-offline")),
                                                     .shortcuts = keys(Qt::CTRL | Qt::ALT | Qt::Key_O),
                                                     .checkable = true});
    m_checkAction = add(Section::AssistantServer,
                        {.objectName = QStringLiteral("checkAction"),
                         .text = tr("&Check"),
                         .icon = QIcon::fromTheme(QStringLiteral("view-refresh")),
                         .shortcuts = ActionRegistry::standardOr(QKeySequence::Refresh, Qt::Key_F5)});
    m_checkAllAction = add(Section::AssistantServer, {.objectName = QStringLiteral("checkAllAction"),
                                                      .text = tr("Check a&ll"),
                                                      .icon = QIcon::fromTheme(QStringLiteral("view-refresh")),
                                                      .shortcuts = keys(Qt::SHIFT | Qt::Key_F5)});
    m_pushAction = add(Section::AssistantServer, {.objectName = QStringLiteral("pushAction"),
                                                  .text = tr("&Push…"),
                                                  .icon = QIcon::fromTheme(QStringLiteral("go-up")),
                                                  .shortcuts = keys(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    m_pullAction = add(Section::AssistantServer, {.objectName = QStringLiteral("pullAction"),
                                                  .text = tr("&Update from OpenAI…"),
                                                  .icon = QIcon::fromTheme(QStringLiteral("go-down")),
                                                  .shortcuts = keys(Qt::CTRL | Qt::SHIFT | Qt::Key_U)});
    m_importAllAction = add(Section::AssistantCleanup,
                            {.objectName = QStringLiteral("importAllAction"),
                             .text = tr("&Import all from OpenAI…"),
                             .icon = QIcon::fromTheme(QStringLiteral("document-import")),
                             .shortcuts = keys(Qt::CTRL | Qt::SHIFT | Qt::Key_I)});
    m_archiveAction = add(Section::AssistantCleanup,
                          {.objectName = QStringLiteral("archiveAction"),
                           .text = tr("&Archive…"),
                           .icon = QIcon::fromTheme(QStringLiteral("archive-insert")),
                           .shortcuts = keys(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete),
                           .toolTip = tr("Archive the assistant and its versions and delete them in OpenAI")});
    m_cleanupAction = add(Section::AssistantCleanup,
                          {.objectName = QStringLiteral("cleanupAction"),
                           .text = tr("R&emote cleanup…"),
                           .icon = QIcon::fromTheme(QStringLiteral("edit-clear-history")),
                           .shortcuts = keys(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                           .toolTip = tr("Deletions in OpenAI after archiving, with their state")});
    m_connectionAction = add(Section::Settings, {.objectName = QStringLiteral("connectionAction"),
                                                 .text = tr("&Connection…"),
                                                 .icon = QIcon::fromTheme(QStringLiteral("network-server")),
                                                 .shortcuts = keys(Qt::CTRL | Qt::ALT | Qt::Key_C)});
}

void MainWindow::createSyncWidgets()
{
    m_offlineBanner = new OfflineBanner(this);
    m_jobProgress = new JobProgress(this);
    statusBar()->addWidget(m_offlineBanner);
    statusBar()->addPermanentWidget(m_jobProgress);
    m_welcomePage->setConnectAvailable(m_sync->isAvailable());
}

void MainWindow::connectSyncSignals()
{
    connect(m_connectionAction, &QAction::triggered, this, &MainWindow::showConnectionSettings);
    connect(m_workOfflineAction, &QAction::toggled, m_sync, &SyncController::setWorkOffline);
    connect(m_checkAction, &QAction::triggered, this, &MainWindow::checkCurrent);
    connect(m_checkAllAction, &QAction::triggered, this, &MainWindow::checkAll);
    connect(m_pushAction, &QAction::triggered, this, &MainWindow::pushCurrent);
    connect(m_pullAction, &QAction::triggered, this, &MainWindow::pullCurrent);
    connect(m_importAllAction, &QAction::triggered, this, &MainWindow::importAllRemote);
    connect(m_archiveAction, &QAction::triggered, this, &MainWindow::archiveCurrent);
    connect(m_cleanupAction, &QAction::triggered, this, &MainWindow::showRemoteCleanup);
    connect(m_offlineBanner, &OfflineBanner::retryRequested, m_sync, &SyncController::probe);
    connect(m_jobProgress, &JobProgress::cancelRequested, m_sync, &SyncController::cancelCheckAll);

    connect(m_sync, &SyncController::modeChanged, this, &MainWindow::onModeChanged);
    connect(m_sync, &SyncController::messageRaised, this,
            [this](const QString &message) { m_banner->showMessage(MessageBanner::Kind::Warning, message); });
    connect(m_sync, &SyncController::checkAllStarted, this, [this] {
        m_jobProgress->start(tr("Checking…"));
        updateSyncActions();
    });
    connect(m_sync, &SyncController::checkAllProgress, m_jobProgress, &JobProgress::setCheckProgress);
    // The "Checking “…”…" line gives way to the outcome once that check ends.
    connect(m_sync, &SyncController::checkFinished, this, [this](const QString &assistantId) {
        if (!m_session || m_checkingMessage.isEmpty() || statusBar()->currentMessage() != m_checkingMessage)
            return;
        m_checkingMessage.clear();
        const auto summary = workspace()->assistantSummary(assistantId);
        if (!summary) {
            statusBar()->clearMessage();
            return;
        }
        const SyncState state = workspace()->syncState(assistantId);
        statusBar()->showMessage(tr("Checked “%1”: %2")
                                     .arg(summary->name,
                                          syncStatusBadgeText(state.current.status, int(state.current.differences.size()))),
                                 SummaryMessageMs);
    });
    connect(m_sync, &SyncController::checkAllFinished, this, [this](const CheckAllSummary &summary) {
        m_jobProgress->finish();
        statusBar()->showMessage(summary.cancelled ? tr("Check all cancelled: %1").arg(summary.text()) : summary.text(),
                                 SummaryMessageMs);
        updateSyncActions();
    });
}

void MainWindow::onModeChanged()
{
    const SyncController::Mode mode = m_sync->mode();
    m_offlineBanner->showOffline(m_sync->offlineText(), mode == SyncController::Mode::Unreachable);
    if (mode == SyncController::Mode::WorkOffline && !m_workOfflineAction->isChecked())
        m_workOfflineAction->setChecked(true);
    updateSyncActions();
    // The start-up probe runs before any automatic check (§8): the open assistant is checked once it answered.
    if (mode == SyncController::Mode::Online && m_editor->hasRecord())
        autoCheck(m_editor->currentId());
    if (mode == SyncController::Mode::Online && m_importWhenOnline) {
        m_importWhenOnline = false;
        importAllRemote();
    }
}

QString MainWindow::currentRemoteId() const
{
    if (!m_session || !m_editor->hasRecord())
        return {};
    const auto summary = workspace()->assistantSummary(m_editor->currentId());
    return summary && summary->remoteId ? *summary->remoteId : QString();
}

void MainWindow::updateSyncActions()
{
    if (!m_checkAction)
        return;
    const bool available = m_sync->isAvailable() && m_session;
    const bool record = m_editor->hasRecord();
    const bool canCheck = available && m_sync->canCheck();
    const bool online = available && m_sync->canChange();
    const bool offline = available && !online;
    const QString offlineTip = m_sync->mode() == SyncController::Mode::NoKey
                                   ? tr("No API key is stored. Add one in Settings → Connection.")
                                   : tr("Not available offline");
    const bool working = record && !m_editor->isReadOnly();

    m_connectionAction->setEnabled(available);
    m_workOfflineAction->setEnabled(available);
    m_checkAction->setEnabled(canCheck && record && !currentRemoteId().isEmpty());
    m_checkAllAction->setEnabled(canCheck && !m_sync->isCheckingAll());
    m_pushAction->setEnabled(online && record);
    m_pullAction->setEnabled(online && working && !currentRemoteId().isEmpty());
    m_importAllAction->setEnabled(online && !m_importing);
    // Archive works offline too: the deletions in OpenAI then wait as "Queued" (§8).
    m_archiveAction->setEnabled(m_session && working && workspace()->assistant(m_editor->currentId())
                                && !workspace()->assistant(m_editor->currentId())->archived);
    m_cleanupAction->setEnabled(m_session != nullptr);

    m_checkAction->setToolTip(m_sync->workOffline() ? offlineTip : tr("Compare the assistant with OpenAI (F5)"));
    m_checkAllAction->setToolTip(m_sync->workOffline() ? offlineTip : tr("Compare every assistant with OpenAI"));
    m_pushAction->setToolTip(offline ? offlineTip : tr("Review and send the workspace version to OpenAI"));
    m_pullAction->setToolTip(offline ? offlineTip : tr("Take the assistant as it is in OpenAI into the workspace"));
    m_importAllAction->setToolTip(offline ? offlineTip : tr("Import every assistant of the account"));
}

void MainWindow::autoCheck(const QString &id)
{
    // Opening an assistant re-checks it when online; skipped offline (§4, §8).
    if (!m_sync->isOnline() || !m_session)
        return;
    const auto summary = workspace()->assistantSummary(id);
    if (summary && summary->remoteId && !summary->archived)
        m_sync->check(id);
}

void MainWindow::checkCurrent()
{
    if (m_editor->hasRecord() && m_sync->canCheck()) {
        m_checkingMessage = tr("Checking “%1”…").arg(m_editor->formValue().name);
        statusBar()->showMessage(m_checkingMessage, SummaryMessageMs);
        m_sync->check(m_editor->currentId());
    }
}

void MainWindow::checkAll()
{
    m_sync->checkAll();
}

void MainWindow::showConnectionSettings()
{
    if (!m_sync->isAvailable() || !m_session)
        return;
    NonModal::raiseOrOpen(m_connectionDialog, [this] {
        auto *dialog = new ConnectionDialog(workspace(), m_sync->services().network, m_sync->services().secrets,
                                            this);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->setConfirmMove([this] {
            return m_dialogs->ask(m_connectionDialog, tr("Change the connection?"),
                                  tr("This workspace has assistants linked to the current server. Their ids mean nothing "
                                     "on another server or project, so every status becomes “Not checked yet”. Change "
                                     "the connection?"),
                                  Dialogs::Yes | Dialogs::Cancel, Dialogs::Cancel)
                == Dialogs::Yes;
        });
        connect(dialog, &ConnectionDialog::saved, this, [this] {
            m_banner->dismiss();
            m_importWhenOnline = m_session && workspace()->isEmpty();
            m_sync->reconnect();
            statusBar()->showMessage(tr("Connection saved."), SummaryMessageMs);
        });
        return dialog;
    });
}

void MainWindow::pushCurrent()
{
    if (!m_editor->hasRecord() || !m_sync->canChange() || m_pushDialog)
        return;
    // The push sends the stored record: unsaved edits are saved (or dropped) first.
    if (!m_editor->maybeLeave())
        return;
    NonModal::raiseOrOpen(m_pushDialog, [this] {
        auto *dialog = new PushDialog(m_sync, m_editor->currentId(), m_editor->formValue().name, this);
        connect(dialog, &PushDialog::pushed, this, [this](const QString &pushedId, bool ok) {
            reloadAfterRemoteChange(pushedId);
            if (ok)
                statusBar()->showMessage(tr("Pushed “%1”.").arg(m_editor->formValue().name), SummaryMessageMs);
        });
        return dialog;
    });
}

void MainWindow::pullCurrent()
{
    if (!m_editor->hasRecord() || m_editor->isReadOnly() || !m_sync->canChange() || !m_editor->maybeLeave())
        return;
    const QString id = m_editor->currentId();
    const QString name = m_editor->formValue().name;
    const auto summary = workspace()->assistantSummary(id);
    const SyncState state = workspace()->syncState(id);
    QStringList text{tr("Take “%1” as it is in OpenAI into the workspace? Files no longer in OpenAI are detached "
                        "from this assistant, never deleted.")
                         .arg(name)};
    const QList<Difference> &known = state.current.differences.isEmpty() && state.lastKnown
                                         ? state.lastKnown->differences
                                         : state.current.differences;
    if (!known.isEmpty()) {
        text << QString() << tr("As of the last check this changes:");
        for (qsizetype i = 0; i < known.size() && i < MaxListedDifferences; ++i)
            text << tr("• %1").arg(known.at(i).summary());
        if (known.size() > MaxListedDifferences)
            text << tr("• and %n more", nullptr, int(known.size() - MaxListedDifferences));
    }
    if (summary && summary->notPushed)
        text << QString() << tr("Discard your unpushed changes?");
    const Dialogs::Answer answer = m_dialogs->ask(this, tr("Update from OpenAI"), text.join(QLatin1Char('\n')),
                                                  Dialogs::Yes | Dialogs::Cancel, Dialogs::Cancel);
    if (answer != Dialogs::Yes)
        return;
    m_jobProgress->start(tr("Updating “%1” from OpenAI…").arg(name));
    QCoro::connect(m_sync->pull(id), this, [this, id, name](const Result<SyncState> &pulled) {
        m_jobProgress->finish();
        if (!pulled) {
            showError(tr("Could not update “%1” from OpenAI: %2").arg(name, pulled.error().message),
                      pulled.error().details);
            return;
        }
        reloadAfterRemoteChange(id);
        statusBar()->showMessage(tr("Updated “%1” from OpenAI: %2").arg(name, pulled->badgeText()), SummaryMessageMs);
    });
}

void MainWindow::importAllRemote()
{
    if (!m_session || !m_sync->canChange())
        return;
    // Lists every remote assistant first; only the checked ones are imported (§5.5).
    ImportAllDialog *opened = NonModal::raiseOrOpen(m_importAllDialog, [this] {
        auto *dialog = new ImportAllDialog(m_sync, workspace(), this);
        dialog->setWindowModality(Qt::WindowModal);
        connect(workspace(), &QObject::destroyed, dialog, &QDialog::close);
        const auto finished = [this] {
            m_importing = false;
            updateSyncActions();
            updatePage();
        };
        connect(dialog, &ImportAllDialog::importStarted, this, [this] {
            m_importing = true;
            updateSyncActions();
        });
        connect(dialog, &ImportAllDialog::importFinished, this, [this, dialog, finished] {
            finished();
            statusBar()->showMessage(dialog->summaryText(), SummaryMessageMs);
        });
        // Closing the dialog cancels a running import: what was imported stays and the list shows it.
        connect(dialog, &QDialog::finished, this, [this, finished] {
            if (m_importing)
                finished();
        });
        return dialog;
    });
    if (opened)
        opened->list();
}

void MainWindow::reloadAfterRemoteChange(const QString &id)
{
    // Push and pull write remote ids, files and fields into the record: the form must show the stored record again,
    // or a later save would write the old values back.
    if (m_editor->currentId() != id)
        return;
    if (m_editor->isModified()) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("“%1” changed in the workspace; Revert shows the stored version.")
                                  .arg(m_editor->formValue().name));
        return;
    }
    m_editor->loadAssistant(id);
}
