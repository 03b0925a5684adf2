// MainWindow's orphan wiring: Assistant → Orphans… opens the orphan view (domain.md §9) in a non-modal dialog that
// follows the window's online state (Scan and Delete only online) and its deletion queue.
#include "mainwindow.h"

#include "archive/deletionqueue.h"
#include "orphansview.h"
#include "storage/workspace.h"
#include "synccontroller.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QVBoxLayout>

QAction *MainWindow::createOrphansAction()
{
    m_orphansAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Orphans…"), this);
    m_orphansAction->setObjectName(QStringLiteral("orphansAction"));
    m_orphansAction->setToolTip(tr("Files and vector stores in OpenAI that no assistant uses; delete them"));
    connect(m_orphansAction, &QAction::triggered, this, &MainWindow::showOrphans);
    return m_orphansAction;
}

void MainWindow::showOrphans()
{
    if (!m_workspace)
        return;
    if (auto *open = findChild<QDialog *>(QStringLiteral("orphansDialog"))) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("orphansDialog"));
    dialog->setWindowTitle(tr("Orphans in OpenAI"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *view = new OrphansView(m_workspace.get(), m_dialogs, dialog);
    view->setClient(m_sync->client());
    const auto follow = [this, view] {
        view->setQueue(deletionQueue());
        view->setOnline(m_sync->canChange());
    };
    follow();
    connect(m_sync, &SyncController::modeChanged, view, follow);
    // Another workspace opened: this view belongs to the old one.
    connect(m_workspace.get(), &QObject::destroyed, dialog, &QDialog::close);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    layout->addWidget(buttons);
    dialog->resize(1100, 640);
    dialog->show();
}
