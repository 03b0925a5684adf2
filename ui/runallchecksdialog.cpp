#include "runallchecksdialog.h"

#include "checkresulttext.h"
#include "conversation/checkrunner.h"
#include "core/logging.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "synccontroller.h"
#include "waypicker.h"

#include <QCoro/QCoroTask>

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int CheckIdRole = Qt::UserRole + 1;
constexpr int AssistantIdRole = Qt::UserRole + 2;

QCoro::Task<CheckResult> runJob(std::shared_ptr<WorkspaceSession> hold, OpenAi::OpenAiClient *client,
                                Conversation::Target target, ConversationWay way, Check check,
                                QPointer<OpenAi::CancelToken> cancel)
{
    Q_UNUSED(hold);
    co_return co_await CheckRunner::run(*client, std::move(target), way, std::move(check), cancel.data());
}
} // namespace

RunAllChecksDialog::RunAllChecksDialog(SyncController *sync, Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_sync(sync), m_workspace(workspace)
{
    setObjectName(QStringLiteral("runAllChecksDialog"));
    setWindowTitle(tr("Run all checks"));
    m_way = new WayPicker(this);
    m_way->setObjectName(QStringLiteral("runAllWayCombo"));
    auto *wayLabel = new QLabel(tr("R&un by:"), this);
    wayLabel->setBuddy(m_way);
    m_reasonLabel = new QLabel(this);
    m_reasonLabel->setWordWrap(true);
    m_reasonLabel->setForegroundRole(QPalette::PlaceholderText);
    m_startButton = new QPushButton(tr("&Run again"), this);
    m_startButton->setObjectName(QStringLiteral("runAllStartButton"));
    m_stopButton = new QPushButton(tr("&Stop"), this);
    m_stopButton->setObjectName(QStringLiteral("runAllStopButton"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runAllProgressBar"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("runAllProgressLabel"));
    m_progressLabel->setTextFormat(Qt::PlainText);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("runAllTree"));
    m_tree->setAccessibleName(tr("Results"));
    m_tree->setHeaderLabels({tr("Assistant / check"), tr("Result"), tr("Why")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("runAllDetailsView"));
    m_details->setAccessibleName(tr("Check details"));
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("runAllSummaryLabel"));
    QFont bold = m_summaryLabel->font();
    bold.setBold(true);
    m_summaryLabel->setFont(bold);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *top = new QHBoxLayout;
    top->addWidget(wayLabel);
    top->addWidget(m_way);
    top->addWidget(m_reasonLabel, 1);
    top->addWidget(m_startButton);
    top->addWidget(m_stopButton);
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_progressLabel, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_tree);
    split->addWidget(m_details);
    split->setSizes({300, 200});
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summaryLabel, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(progress);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);
    resize(820, 600);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_startButton, &QPushButton::clicked, this, &RunAllChecksDialog::start);
    connect(m_stopButton, &QPushButton::clicked, this, &RunAllChecksDialog::stop);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &RunAllChecksDialog::showDetails);
    connect(m_way, &WayPicker::wayChanged, this, [this] { m_reasonLabel->setText(m_way->reasonText()); });
    if (m_sync)
        connect(m_sync, &SyncController::modeChanged, this, &RunAllChecksDialog::refreshWays);
    refreshWays();
    m_stopButton->setEnabled(false);
}

RunAllChecksDialog::~RunAllChecksDialog()
{
    if (m_cancel)
        m_cancel->cancel();
}

void RunAllChecksDialog::refreshWays()
{
    const std::optional<ServerCapabilities> capabilities = m_sync ? m_sync->capabilities() : std::nullopt;
    m_way->setServerState(capabilities ? &*capabilities : nullptr,
                          m_sync ? m_sync->conversationUnavailableReason() : tr("This window has no server connection."));
    m_reasonLabel->setText(m_way->reasonText());
    m_startButton->setEnabled(!isRunning() && m_way->canRun());
}

QTreeWidgetItem *RunAllChecksDialog::assistantItem(const QString &assistantId, const QString &name)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, AssistantIdRole).toString() == assistantId)
            return m_tree->topLevelItem(i);
    auto *item = new QTreeWidgetItem(m_tree, {name});
    item->setData(0, AssistantIdRole, assistantId);
    item->setExpanded(true);
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    return item;
}

void RunAllChecksDialog::start()
{
    if (isRunning() || !m_workspace || !m_sync || !m_sync->client() || !m_sync->sessionHandle() || !m_way->canRun())
        return;
    m_jobs.clear();
    m_checks.clear();
    m_outcomes.clear();
    m_tree->clear();
    m_details->clear();
    for (const QString &id : m_workspace->assistantsWithChecks()) {
        const auto a = m_workspace->assistant(id);
        if (!a || a->archived || a->isVersion())
            continue;
        QTreeWidgetItem *parent = assistantItem(a->id, a->name);
        for (const Check &c : m_workspace->checks(id)) {
            m_jobs << Job{a->id, c};
            m_checks.insert(c.id, c);
            auto *item = new QTreeWidgetItem(parent, {c.name, tr("Queued")});
            item->setData(0, CheckIdRole, c.id);
        }
    }
    m_next = m_passed = m_failed = 0;
    m_progress->setRange(0, int(m_jobs.size()));
    m_progress->setValue(0);
    m_summaryLabel->clear();
    if (m_jobs.isEmpty()) {
        m_progressLabel->setText(tr("No assistant has saved checks."));
        return;
    }
    m_hold = m_sync->sessionHandle();
    m_cancel = new OpenAi::CancelToken(this);
    m_way->setEnabled(false);
    m_startButton->setEnabled(false);
    m_stopButton->setEnabled(true);
    runNext();
}

void RunAllChecksDialog::runNext()
{
    if (!m_cancel || m_cancel->isCancelled() || m_next >= m_jobs.size() || !m_workspace) {
        finish();
        return;
    }
    const Job &job = m_jobs.at(m_next);
    const auto a = m_workspace->assistant(job.assistantId);
    if (!a) {
        ++m_next;
        runNext();
        return;
    }
    m_progressLabel->setText(tr("Running %1 of %2: %3 · %4…").arg(m_next + 1).arg(m_jobs.size()).arg(a->name, job.check.name));
    for (QTreeWidgetItem *item : m_tree->findItems(job.check.name, Qt::MatchExactly | Qt::MatchRecursive))
        if (item->data(0, CheckIdRole).toString() == job.check.id)
            item->setText(1, tr("Running…"));
    const Conversation::Target target{a.value(), m_workspace->filesByIds(a->codeInterpreterFiles + a->fileSearchFiles)};
    QCoro::connect(runJob(m_hold, m_sync->client(), target, m_way->way(), job.check, m_cancel), this,
                   [this](const CheckResult &r) { onResult(r); });
}

void RunAllChecksDialog::onResult(const CheckResult &result)
{
    const bool stopped = result.failureKind == ErrorKind::Cancelled && (!m_cancel || m_cancel->isCancelled());
    QTreeWidgetItem *row = nullptr;
    for (QTreeWidgetItem *item : m_tree->findItems(result.checkName, Qt::MatchExactly | Qt::MatchRecursive))
        if (item->data(0, CheckIdRole).toString() == result.checkId)
            row = item;
    if (stopped) {
        if (row)
            row->setText(1, tr("Stopped"));
        finish();
        return;
    }
    const CheckOutcome outcome = CheckRunner::outcome(result);
    m_outcomes.insert(outcome.checkId, outcome);
    (outcome.passed ? m_passed : m_failed)++;
    if (m_workspace)
        if (Status stored = m_workspace->storeCheckOutcome(outcome); !stored)   // logged, not worth stopping the run for
            qCWarning(lcUi).noquote() << "cannot store the result of check" << outcome.checkId << ":"
                                      << stored.error().message;
    if (row) {
        row->setText(1, CheckResultText::result(outcome));
        row->setForeground(1, CheckResultText::color(outcome, palette()));
        row->setText(2, CheckResultText::firstReason(outcome));
        row->setToolTip(2, CheckResultText::firstReason(outcome));
        if (!outcome.passed && row->parent()) {
            row->parent()->setText(1, CheckResultText::result(outcome));
            row->parent()->setForeground(1, CheckResultText::color(outcome, palette()));
        } else if (row->parent() && row->parent()->text(1).isEmpty()) {
            row->parent()->setText(1, CheckResultText::result(outcome));
            row->parent()->setForeground(1, CheckResultText::color(outcome, palette()));
        }
        if (!outcome.passed && !m_tree->currentItem())
            m_tree->setCurrentItem(row);   // the first failure, ready to read
    }
    ++m_next;
    m_progress->setValue(m_next);
    runNext();
}

void RunAllChecksDialog::finish()
{
    const bool stopped = m_cancel && m_cancel->isCancelled();
    for (int i = m_next; i < m_jobs.size(); ++i)
        for (QTreeWidgetItem *item : m_tree->findItems(m_jobs.at(i).check.name, Qt::MatchExactly | Qt::MatchRecursive))
            if (item->data(0, CheckIdRole).toString() == m_jobs.at(i).check.id && item->text(1) == tr("Queued"))
                item->setText(1, tr("Not run"));
    if (m_cancel)
        m_cancel->deleteLater();
    m_cancel = nullptr;
    m_hold.reset();
    const QString summary = tr("Passed %1 · failed %2").arg(m_passed).arg(m_failed);
    m_summaryLabel->setText(stopped ? tr("Stopped. %1").arg(summary) : summary);
    m_progressLabel->setText(stopped ? tr("Stopped after %1 of %2 checks.").arg(m_next).arg(m_jobs.size())
                                     : tr("Ran %n check(s).", nullptr, int(m_jobs.size())));
    m_way->setEnabled(true);
    m_stopButton->setEnabled(false);
    m_startButton->setEnabled(m_way->canRun());
    emit runFinished(m_summaryLabel->text());
}

void RunAllChecksDialog::stop()
{
    if (m_cancel)
        m_cancel->cancel();
}

void RunAllChecksDialog::showDetails()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const QString id = item ? item->data(0, CheckIdRole).toString() : QString();
    if (id.isEmpty()) {
        m_details->clear();
        return;
    }
    std::optional<CheckOutcome> outcome;
    if (const auto it = m_outcomes.constFind(id); it != m_outcomes.cend())
        outcome = *it;
    const auto check = m_checks.constFind(id);
    m_details->setHtml(CheckResultText::detailsHtml(check != m_checks.cend() ? &*check : nullptr, outcome, palette()));
}

void RunAllChecksDialog::closeEvent(QCloseEvent *event)
{
    stop();
    QDialog::closeEvent(event);
}
