#include "checkstab.h"

#include "checkdialog.h"
#include "checkresulttext.h"
#include "conversation/checkrunner.h"
#include "dialogs.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "synccontroller.h"
#include "waypicker.h"

#include <QCoro/QCoroTask>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int IdRole = Qt::UserRole + 1;

// Runs one check; `hold` keeps the session (and so the workspace and the client's binding) alive until it is done.
QCoro::Task<CheckResult> runCheck(std::shared_ptr<WorkspaceSession> hold, OpenAi::OpenAiClient *client,
                                  Conversation::Target target, ConversationWay way, Check check,
                                  QPointer<OpenAi::CancelToken> cancel)
{
    Q_UNUSED(hold);
    co_return co_await CheckRunner::run(*client, std::move(target), way, std::move(check), cancel.data());
}

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}
} // namespace

ChecksTab::ChecksTab(Dialogs *dialogs, QWidget *parent) : QWidget(parent), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("checksTab"));
    m_way = new WayPicker(this);
    m_way->setObjectName(QStringLiteral("checksWayCombo"));
    auto *wayLabel = new QLabel(tr("R&un by:"), this);
    wayLabel->setBuddy(m_way);
    m_reasonLabel = new QLabel(this);
    m_reasonLabel->setObjectName(QStringLiteral("checksWayReasonLabel"));
    m_reasonLabel->setWordWrap(true);
    m_reasonLabel->setForegroundRole(QPalette::PlaceholderText);
    m_runButton = button(tr("&Run"), QStringLiteral("runCheckButton"), this);
    m_runButton->setToolTip(tr("Run the selected check"));
    m_runAllButton = button(tr("Run &all"), QStringLiteral("runAllChecksButton"), this);
    m_runAllButton->setToolTip(tr("Run every check of this assistant, one after another"));
    m_stopButton = button(tr("Sto&p"), QStringLiteral("stopChecksButton"), this);
    m_addButton = button(tr("A&dd…"), QStringLiteral("addCheckButton"), this);
    m_editButton = button(tr("&Edit…"), QStringLiteral("editCheckButton"), this);
    m_deleteButton = button(tr("De&lete"), QStringLiteral("deleteCheckButton"), this);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("checksTree"));
    m_tree->setAccessibleName(tr("Checks"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderLabels({tr("Check"), tr("Result"), tr("Ran"), tr("Tokens")});
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    for (int c : {ResultColumn, RanColumn, TokensColumn})
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("checkDetailsView"));
    m_details->setAccessibleName(tr("Check details"));
    m_details->setPlaceholderText(tr("Select a check to see its messages, expectations and last answer."));
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("checksProgressLabel"));
    m_progressLabel->setTextFormat(Qt::PlainText);

    auto *top = new QHBoxLayout;
    top->addWidget(wayLabel);
    top->addWidget(m_way);
    top->addWidget(m_reasonLabel, 1);
    top->addWidget(m_runButton);
    top->addWidget(m_runAllButton);
    top->addWidget(m_stopButton);
    auto *edit = new QHBoxLayout;
    edit->addWidget(m_progressLabel, 1);
    edit->addWidget(m_addButton);
    edit->addWidget(m_editButton);
    edit->addWidget(m_deleteButton);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("checksSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_tree);
    split->addWidget(m_details);
    split->setSizes({180, 260});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addLayout(edit);

    connect(m_way, &WayPicker::wayChanged, this, [this] {
        m_reasonLabel->setText(m_way->reasonText());
        reload();
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        showDetails();
        updateButtons();
    });
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, &ChecksTab::editSelected);
    connect(m_runButton, &QPushButton::clicked, this, &ChecksTab::runSelected);
    connect(m_runAllButton, &QPushButton::clicked, this, &ChecksTab::runAll);
    connect(m_stopButton, &QPushButton::clicked, this, &ChecksTab::stop);
    connect(m_addButton, &QPushButton::clicked, this, &ChecksTab::addCheck);
    connect(m_editButton, &QPushButton::clicked, this, &ChecksTab::editSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &ChecksTab::deleteSelected);
    updateButtons();
}

ChecksTab::~ChecksTab()
{
    if (m_cancel)
        m_cancel->cancel();
}

void ChecksTab::setServer(SyncController *sync)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    if (m_sync) {
        connect(m_sync, &SyncController::modeChanged, this, &ChecksTab::refreshWays);
        connect(m_sync, &SyncController::capabilitiesChanged, this, &ChecksTab::refreshWays);
    }
    refreshWays();
}

void ChecksTab::setWorkspace(Workspace *workspace)
{
    stop();
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::checksChanged, this, [this](const QString &assistantId) {
            if (assistantId.isEmpty() || assistantId == m_assistant.id)
                reload();
        });
    clear();
}

void ChecksTab::clear()
{
    stop();
    m_assistant = Assistant{};
    reload();
    refreshWays();
}

void ChecksTab::setAssistant(const Assistant &assistant)
{
    const bool another = assistant.id != m_assistant.id;
    if (another)
        stop();
    m_assistant = assistant;
    if (another) {
        m_progressLabel->clear();   // the last run's summary was another assistant's
        refreshWays();
        reload();
    }
}

void ChecksTab::refreshWays()
{
    QString offline;
    if (m_assistant.id.isEmpty())
        offline = tr("No assistant selected.");
    else
        offline = m_sync ? m_sync->conversationUnavailableReason() : tr("This window has no server connection.");
    const std::optional<ServerCapabilities> capabilities = m_sync ? m_sync->capabilities() : std::nullopt;
    m_way->setAssistant(m_assistant, capabilities ? &*capabilities : nullptr, offline);
    m_reasonLabel->setText(m_way->reasonText());
    updateButtons();
}

QString ChecksTab::title() const
{
    int failed = 0;
    for (const Check &c : m_checks)
        if (const auto it = m_outcomes.constFind(c.id); it != m_outcomes.cend() && !it->passed)
            ++failed;
    if (failed > 0)
        return tr("Checks (%1 · %2 failed)").arg(m_checks.size()).arg(failed);
    return tr("Checks (%1)").arg(m_checks.size());
}

QString ChecksTab::selectedId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(NameColumn, IdRole).toString() : QString();
}

void ChecksTab::selectCheck(const QString &checkId)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(NameColumn, IdRole).toString() == checkId)
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
}

void ChecksTab::reload()
{
    const QString selected = selectedId();
    m_checks = (m_workspace && !m_assistant.id.isEmpty()) ? m_workspace->checks(m_assistant.id) : QList<Check>{};
    m_outcomes.clear();
    if (m_workspace && !m_assistant.id.isEmpty())
        for (const CheckOutcome &o : m_workspace->checkOutcomes(m_assistant.id))
            if (o.way == wayWireName(m_way->way()))
                m_outcomes.insert(o.checkId, o);
    m_tree->clear();
    for (const Check &c : std::as_const(m_checks)) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(NameColumn, IdRole, c.id);
        item->setText(NameColumn, c.name);
        std::optional<CheckOutcome> outcome;
        if (const auto it = m_outcomes.constFind(c.id); it != m_outcomes.cend())
            outcome = *it;
        if (c.id == m_runningId) {
            item->setText(ResultColumn, tr("Running…"));
        } else if (m_queue.contains(c.id)) {
            item->setText(ResultColumn, tr("Queued"));
        } else {
            item->setText(ResultColumn, CheckResultText::result(outcome));
            item->setForeground(ResultColumn, CheckResultText::color(outcome, palette()));
        }
        if (outcome) {
            item->setText(RanColumn, CheckResultText::ranAt(*outcome));
            item->setText(TokensColumn, CheckResultText::tokens(*outcome));
            item->setToolTip(ResultColumn, CheckResultText::firstReason(*outcome));
        }
    }
    if (!selected.isEmpty())
        selectCheck(selected);
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    showDetails();
    updateButtons();
    emit titleChanged();
}

void ChecksTab::showDetails()
{
    const QString id = selectedId();
    const Check *check = nullptr;
    for (const Check &c : std::as_const(m_checks))
        if (c.id == id)
            check = &c;
    if (!check) {
        m_details->clear();
        return;
    }
    std::optional<CheckOutcome> outcome;
    if (const auto it = m_outcomes.constFind(id); it != m_outcomes.cend())
        outcome = *it;
    m_details->setHtml(CheckResultText::detailsHtml(check, outcome, palette()));
}

void ChecksTab::updateButtons()
{
    const bool running = isRunning();
    const bool any = !m_checks.isEmpty();
    const bool selected = !selectedId().isEmpty();
    const bool editable = !m_assistant.id.isEmpty() && !m_assistant.isVersion() && !m_assistant.archived && m_workspace;
    m_runButton->setEnabled(!running && selected && m_way->canRun());
    m_runAllButton->setEnabled(!running && any && m_way->canRun());
    m_stopButton->setEnabled(running);
    m_way->setEnabled(!running && !m_assistant.id.isEmpty());
    m_addButton->setEnabled(editable && !running);
    m_editButton->setEnabled(editable && selected && !running);
    m_deleteButton->setEnabled(editable && selected && !running);
    if (!running && !any)
        m_progressLabel->setText(tr("No checks yet: try the assistant and use “Save as check…”."));
}

void ChecksTab::runSelected()
{
    if (const QString id = selectedId(); !id.isEmpty())
        start({id});
}

void ChecksTab::runAll()
{
    QStringList ids;
    for (const Check &c : std::as_const(m_checks))
        ids << c.id;
    start(ids);
}

void ChecksTab::start(const QStringList &checkIds)
{
    if (isRunning() || checkIds.isEmpty() || !m_sync || !m_sync->client() || !m_sync->sessionHandle() || !m_way->canRun())
        return;
    m_hold = m_sync->sessionHandle();
    m_cancel = new OpenAi::CancelToken(this);
    m_queue = checkIds;
    m_done = m_passed = m_failed = 0;
    m_total = int(checkIds.size());
    runNext();
}

void ChecksTab::runNext()
{
    if (m_queue.isEmpty() || !m_cancel || m_cancel->isCancelled() || !m_workspace) {
        finishRun();
        return;
    }
    m_runningId = m_queue.takeFirst();
    Check check;
    for (const Check &c : std::as_const(m_checks))
        if (c.id == m_runningId)
            check = c;
    if (check.id.isEmpty()) {   // deleted meanwhile
        m_runningId.clear();
        runNext();
        return;
    }
    m_progressLabel->setText(tr("Running %1 of %2: %3…").arg(m_done + 1).arg(m_total).arg(check.name));
    const Conversation::Target target{m_assistant,
                                      m_workspace->filesByIds(m_assistant.codeInterpreterFiles + m_assistant.fileSearchFiles)};
    QCoro::connect(runCheck(m_hold, m_sync->client(), target, m_way->way(), check, m_cancel), this, [this](const CheckResult &r) { onResult(r); });
    reload();
}

void ChecksTab::onResult(const CheckResult &result)
{
    const bool stopped = result.failureKind == ErrorKind::Cancelled && (!m_cancel || m_cancel->isCancelled());
    if (!stopped && m_workspace) {
        ++m_done;
        (result.passed ? m_passed : m_failed)++;
        if (Status s = m_workspace->storeCheckOutcome(CheckRunner::outcome(result)); !s)
            emit messageRaised(tr("The result of “%1” was not stored: %2").arg(result.checkName, s.error().message),
                               s.error().details);
    }
    m_runningId.clear();
    if (stopped)
        finishRun();
    else
        runNext();
}

void ChecksTab::finishRun()
{
    const bool cancelled = m_cancel && m_cancel->isCancelled();
    m_queue.clear();
    m_runningId.clear();
    if (m_cancel)
        m_cancel->deleteLater();
    m_cancel = nullptr;
    m_hold.reset();
    if (m_total > 0) {
        const QString summary = tr("Passed %1 · failed %2").arg(m_passed).arg(m_failed);
        m_progressLabel->setText(cancelled ? tr("Stopped. %1").arg(summary) : summary);
        emit statusMessage(cancelled ? tr("Checks stopped: %1").arg(summary) : tr("Checks: %1").arg(summary));
    }
    m_total = 0;
    reload();
}

void ChecksTab::stop()
{
    if (!isRunning())
        return;
    m_queue.clear();
    if (m_cancel)
        m_cancel->cancel();   // the running conversation stops at once; its result comes back Cancelled
}

void ChecksTab::addCheck()
{
    Check blank;
    blank.messages << QString();
    openDialog(blank, false);
}

void ChecksTab::editSelected()
{
    const QString id = selectedId();
    for (const Check &c : std::as_const(m_checks))
        if (c.id == id && m_editButton->isEnabled())
            openDialog(c, true);
}

void ChecksTab::openDialog(const Check &check, bool editing)
{
    QStringList functions;
    for (const FunctionTool &f : std::as_const(m_assistant.functions))
        functions << f.name;
    auto *dialog = new CheckDialog(check, functions, editing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString assistantId = m_assistant.id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, assistantId] {
        if (!m_workspace)
            return;
        const auto saved = m_workspace->saveCheck(assistantId, dialog->check());
        if (!saved) {
            emit messageRaised(tr("The check was not saved: %1").arg(saved.error().message), saved.error().details);
            return;
        }
        selectCheck(saved->id);
        emit statusMessage(tr("Saved the check “%1”.").arg(saved->name));
    });
    dialog->open();
}

void ChecksTab::deleteSelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || !m_workspace || !m_deleteButton->isEnabled())
        return;
    QString name;
    for (const Check &c : std::as_const(m_checks))
        if (c.id == id)
            name = c.name;
    if (m_dialogs->confirmDestructive(window(), tr("Delete check"), tr("Delete the check “%1”?").arg(name),
                                      {tr("Its saved results go with it.")}, tr("Delete"))
        != Dialogs::Yes)
        return;
    if (Status s = m_workspace->deleteCheck(id); !s)
        emit messageRaised(tr("The check was not deleted: %1").arg(s.error().message), s.error().details);
}
