#include "cleanuppanel.h"

#include "archive/deletionqueue.h"
#include "deletionjobmodel.h"
#include "messagebanner.h"
#include "rebind.h"
#include "storage/deletionjobs.h"
#include "storage/workspace.h"
#include "widgets.h"

#include <QCoro/QCoroTask>

#include <QHBoxLayout>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
/// The State column: the word from the model plus an icon, so a failed job is never told by colour alone.
class JobStateDelegate : public QStyledItemDelegate
{
public:
    explicit JobStateDelegate(QWidget *view) : QStyledItemDelegate(view)
    {
        QStyle *style = view->style();
        m_failed = style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, view);
        m_done = style->standardIcon(QStyle::SP_DialogApplyButton, nullptr, view);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString state = index.data(DeletionJobModel::StateRole).toString();
        // Queued and running jobs get no icon, but the same indent, so the words line up.
        option->icon = state == "failed"_L1 ? m_failed : state == "done"_L1 ? m_done : QIcon();
        option->features |= QStyleOptionViewItem::HasDecoration;
    }

private:
    QIcon m_failed;
    QIcon m_done;
};
} // namespace

CleanupPanel::CleanupPanel(Workspace *workspace, DeletionQueue *queue, QWidget *parent) : QWidget(parent)
{
    setObjectName(u"cleanupPanel"_s);
    m_model = new DeletionJobModel(this);

    // The summary ("Remote cleanup: 1 failed, 3 pending") doubles as the panel's heading.
    m_summaryLabel = Widgets::label(u"cleanupSummaryLabel"_s, {}, this);
    Widgets::setHeadingFont(m_summaryLabel, 1.15);

    m_banner = new MessageBanner(u"cleanupBanner"_s, this);

    m_table = Widgets::tableView(u"cleanupTable"_s, m_model, DeletionJobModel::ErrorColumn, this);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setItemDelegateForColumn(DeletionJobModel::StateColumn, new JobStateDelegate(m_table));

    m_retryButton = Widgets::button(u"retryButton"_s, tr("Retry"), this);
    m_retryButton->setToolTip(tr("Queue the selected failed deletions again"));
    m_retryAllButton = Widgets::button(u"retryAllButton"_s, tr("Retry all failed"), this);
    m_retryAllButton->setToolTip(tr("Queue every failed deletion again"));
    connect(m_retryButton, &QPushButton::clicked, this, &CleanupPanel::retrySelected);
    connect(m_retryAllButton, &QPushButton::clicked, this, &CleanupPanel::retryAllFailed);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CleanupPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CleanupPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CleanupPanel::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_retryButton);
    buttons->addWidget(m_retryAllButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    setQueue(queue);
    setWorkspace(workspace);
}

void CleanupPanel::setWorkspace(Workspace *workspace)
{
    if (rebind(m_workspace, workspace, this))
        connect(m_workspace, &Workspace::reset, this, &CleanupPanel::refresh);
    refresh();
}

void CleanupPanel::setQueue(DeletionQueue *queue)
{
    if (rebind(m_queue, queue, this))
        connect(m_queue, &DeletionQueue::jobChanged, this, &CleanupPanel::refresh);
    updateButtons();
}

void CleanupPanel::setOwner(const QString &owner)
{
    m_owner = owner;
    refresh();
}

void CleanupPanel::refresh()
{
    m_model->setJobs(m_workspace ? DeletionJobs::list(*m_workspace, m_owner) : QList<DeletionJob>{});
    m_summaryLabel->setText(summaryText());
    updateButtons();
}

QString CleanupPanel::summaryText() const
{
    return DeletionJobModel::summaryText(m_model->jobs());
}

void CleanupPanel::retrySelected()
{
    const QStringList ids = selectedFailedIds();
    if (!ids.isEmpty())
        retry(ids);
}

void CleanupPanel::retryAllFailed()
{
    QStringList ids;
    for (const DeletionJob &job : m_model->jobs())
        if (job.state == "failed"_L1)
            ids << job.id;
    if (!ids.isEmpty())
        retry(ids);
}

void CleanupPanel::retry(const QStringList &ids)
{
    if (!m_workspace)
        return;
    if (Status s = DeletionJobs::retryFailed(*m_workspace, ids); !s) {
        m_banner->showError(s.error().message, s.error().details);
        return;
    }
    m_banner->dismiss();
    refresh();
    runQueue();
}

void CleanupPanel::runQueue()
{
    if (!m_queue || m_running)
        return;
    m_running = true;
    updateButtons();
    QCoro::connect(m_queue->runPending(), this, [this](const DeletionRunSummary &) {
        m_running = false;
        refresh();
        emit runFinished();
    });
}

void CleanupPanel::updateButtons()
{
    const bool anyFailed = DeletionJobModel::count(m_model->jobs()).failed > 0;
    m_retryAllButton->setEnabled(anyFailed && !m_running);
    m_retryButton->setEnabled(!selectedFailedIds().isEmpty() && !m_running);
    const QString offlineNote = tr("You are offline; retried deletions run when you are back online.");
    m_retryAllButton->setToolTip(m_queue ? tr("Queue every failed deletion again") : offlineNote);
    m_retryButton->setToolTip(m_queue ? tr("Queue the selected failed deletions again") : offlineNote);
}

QStringList CleanupPanel::selectedFailedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (index.data(DeletionJobModel::StateRole).toString() == "failed"_L1)
            ids << index.data(DeletionJobModel::IdRole).toString();
    }
    return ids;
}
