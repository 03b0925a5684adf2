// MainWindow's archive wiring: the Archive… action runs ArchiveController (blocker dialog, confirmation, archive
// transaction, remote deletions); its "Open" rows select the experiment or pipeline in the main window. Remote
// cleanup… shows the deletion jobs.
#include "mainwindow.h"

#include "archive/deletionqueue.h"
#include "archivecontroller.h"
#include "blockerdialog.h"
#include "assistanteditor.h"
#include "cleanuppanel.h"
#include "dialogs.h"
#include "experimentview.h"
#include "navigatorpanel.h"
#include "pipelineview.h"
#include "session/workspacesession.h"
#include "storage/workspace.h"
#include "synccontroller.h"
#include "widgets.h"

#include <QDialog>
#include <QStatusBar>

DeletionQueue *MainWindow::deletionQueue()
{
    // Remote deletions run only while the server can be reached; otherwise the jobs wait ("Queued").
    return m_session && m_sync->canChange() ? m_session->deletionQueue() : nullptr;
}

void MainWindow::archiveCurrent()
{
    if (!m_session || !m_editor->hasRecord())
        return;
    if (m_archiveController) {
        m_archiveController->start(m_editor->currentId());
        return;
    }
    auto *controller = new ArchiveController(*workspace(), *m_dialogs, deletionQueue(), this);
    m_archiveController = controller;
    // "Open" shows the record with what blocks highlighted: the references into the family, the matching nodes.
    connect(controller, &ArchiveController::openExperiment, this, [this](const QString &id) {
        if (m_navigator->selectExperiment(id) && m_archiveController && m_archiveController->blockerDialog())
            m_experimentView->highlightReferencesTo(m_archiveController->blockerDialog()->plan().family);
    });
    connect(controller, &ArchiveController::openPipeline, this, [this](const QString &id, const QStringList &nodeIds) {
        if (m_navigator->selectPipeline(id))
            m_pipelineView->selectNodes(nodeIds);
    });
    connect(controller, &ArchiveController::failed, this, [this](const QString &message) { showError(message); });
    connect(controller, &ArchiveController::archived, this, [this](const QString &, const QStringList &jobIds) {
        statusBar()->showMessage(tr("Archived. %n deletion(s) in OpenAI queued.", nullptr, int(jobIds.size())), 10000);
        updateActions();
    });
    connect(controller, &ArchiveController::finished, controller, &QObject::deleteLater);
    controller->start(m_editor->currentId());
}

void MainWindow::showRemoteCleanup()
{
    if (!m_session)
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("cleanupDialog"));
    dialog->setWindowTitle(tr("Remote cleanup"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    Widgets::layOutWithClose(dialog, new CleanupPanel(workspace(), deletionQueue(), dialog), QSize(860, 420));
    dialog->show();
}
