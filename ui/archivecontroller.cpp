#include "archivecontroller.h"

#include "archive/deletionqueue.h"
#include "archiveconfirmation.h"
#include "blockerdialog.h"
#include "core/logging.h"
#include "dialogs.h"
#include "nonmodal.h"
#include "storage/workspace.h"
#include "storage/workspacearchive.h"

#include <QCoro/QCoroTask>

#include <QWidget>

ArchiveController::ArchiveController(Workspace &workspace, Dialogs &dialogs, DeletionQueue *queue, QWidget *parent)
    : QObject(parent), m_workspace(&workspace), m_dialogs(dialogs), m_queue(queue), m_online(queue != nullptr),
      m_parentWidget(parent)
{
}

ArchiveController::~ArchiveController()
{
    delete m_blockerDialog.data();
}

void ArchiveController::start(const QString &assistantId)
{
    if (m_running) {
        if (m_blockerDialog) {
            m_blockerDialog->show();
            NonModal::bringToFront(m_blockerDialog);
        }
        return;
    }
    m_running = true;
    m_assistantId = assistantId;
    if (!m_workspace)
        return finish(false);
    Result<ArchivePlan> plan = planArchive(m_workspace->exportData(), assistantId);
    if (!plan)
        return fail(plan.error().message);
    if (plan->archivable())
        confirm(plan.value());
    else
        showBlockers(plan.value());
}

void ArchiveController::showBlockers(const ArchivePlan &plan)
{
    if (!m_blockerDialog) {
        m_blockerDialog = new BlockerDialog(*m_workspace, plan, m_parentWidget);
        connect(m_blockerDialog, &BlockerDialog::openExperiment, this, &ArchiveController::openExperiment);
        connect(m_blockerDialog, &BlockerDialog::openPipeline, this, &ArchiveController::openPipeline);
        connect(m_blockerDialog, &BlockerDialog::nothingBlocks, this,
                [this] { confirm(m_blockerDialog->plan()); });
        connect(m_blockerDialog, &QDialog::rejected, this, [this] { finish(false); });
    } else {
        m_blockerDialog->setPlan(plan);
    }
    m_blockerDialog->show();
    NonModal::bringToFront(m_blockerDialog);
}

void ArchiveController::confirm(const ArchivePlan &plan)
{
    if (!ArchiveConfirmation::ask(m_dialogs, m_parentWidget, plan, !m_online))
        return finish(false);
    archive();
}

void ArchiveController::archive()
{
    if (!m_workspace)
        return finish(false);
    Result<ArchiveOutcome> outcome = archiveFamily(*m_workspace, m_assistantId);
    if (!outcome)
        return fail(outcome.error().message);
    if (!outcome->archived) {
        // A blocker appeared since the confirmation was shown: nothing changed; show what blocks now.
        showBlockers(outcome->plan);
        return;
    }
    qCInfo(lcUi) << "archived" << m_assistantId << "with" << outcome->jobIds.size() << "deletion jobs";
    emit archived(m_assistantId, outcome->jobIds);
    if (!m_queue)
        return finish(true);
    QCoro::connect(m_queue->runPending(), this, [this](const DeletionRunSummary &) { finish(true); });
}

void ArchiveController::fail(const QString &message)
{
    emit failed(message);
    finish(false);
}

void ArchiveController::finish(bool archived)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_blockerDialog)
        m_blockerDialog->hide();
    emit finished(archived);
}
