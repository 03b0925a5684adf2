// MainWindow: "Export for Responses API…", "Export bundle…" (Assistant menu) and File → "Import bundle…" (issue 7).
// The work is in app/export; this file only asks for paths, shows results and selects what was imported.
#include "mainwindow.h"

#include "assistanteditor.h"
#include "dialogs.h"
#include "export/bundle.h"
#include "messagebanner.h"
#include "responsesexportdialog.h"
#include "storage/workspace.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStatusBar>

namespace {
constexpr int StatusMessageMs = 4000;

QString bundleFilter()
{
    return QCoreApplication::translate("MainWindow", "Assistant Desk bundles (*.zip);;All files (*)");
}
} // namespace

void MainWindow::createExportActions()
{
    m_exportResponsesAction = new QAction(tr("E&xport for Responses API…"), this);
    m_exportResponsesAction->setObjectName(QStringLiteral("exportResponsesAction"));
    m_exportResponsesAction->setToolTip(tr("Show the assistant as a Responses-API request config to copy or save"));
    m_exportBundleAction = new QAction(tr("Export &bundle…"), this);
    m_exportBundleAction->setObjectName(QStringLiteral("exportBundleAction"));
    m_exportBundleAction->setToolTip(
        tr("Save the assistant, every version, the file list and the local file copies in one zip file"));
    m_importBundleAction = new QAction(tr("Import &bundle…"), this);
    m_importBundleAction->setObjectName(QStringLiteral("importBundleAction"));
    connect(m_exportResponsesAction, &QAction::triggered, this, &MainWindow::exportResponsesCurrent);
    connect(m_exportBundleAction, &QAction::triggered, this, &MainWindow::exportBundleCurrent);
    connect(m_importBundleAction, &QAction::triggered, this, &MainWindow::importBundleFile);
}

void MainWindow::updateExportActions()
{
    // Every export works offline (domain.md §8).
    const bool record = m_workspace && m_editor->hasRecord();
    m_exportResponsesAction->setEnabled(record);
    m_exportBundleAction->setEnabled(record);
    m_importBundleAction->setEnabled(m_workspace != nullptr);
}

void MainWindow::exportResponsesCurrent()
{
    // The export shows the stored record, so unsaved edits are saved or dropped first.
    if (!m_workspace || !m_editor->hasRecord() || !m_editor->maybeLeave())
        return;
    auto assistant = m_workspace->assistant(m_editor->currentId());
    if (!assistant) {
        showError(assistant.error().message, assistant.error().details);
        return;
    }
    QStringList fileIds = assistant->codeInterpreterFiles;
    fileIds << assistant->fileSearchFiles;
    auto *dialog = new ResponsesExportDialog(assistant.value(), m_workspace->filesByIds(fileIds), m_dialogs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::exportBundleCurrent()
{
    if (!m_workspace || !m_editor->hasRecord() || !m_editor->maybeLeave())
        return;
    QString base = m_editor->formValue().name.trimmed();
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]+")), QStringLiteral("-"));
    if (base.isEmpty())
        base = m_editor->currentId();
    const QString path = m_dialogs->saveFile(this, tr("Export bundle"), QDir::home().filePath(base + QStringLiteral(".zip")),
                                             bundleFilter());
    if (path.isEmpty())
        return;
    auto written = Bundle::write(*m_workspace, m_editor->currentId(), path);
    if (!written) {
        showError(written.error().message, written.error().details);
        return;
    }
    if (!written->withoutContent.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("Bundle saved to %1, without the contents of %n file(s): the workspace has no local "
                                 "copy of them.",
                                 nullptr, int(written->withoutContent.size()))
                                  .arg(QDir::toNativeSeparators(path)),
                              written->withoutContent);
        return;
    }
    statusBar()->showMessage(tr("Bundle saved to %1.").arg(QDir::toNativeSeparators(path)), StatusMessageMs);
}

void MainWindow::importBundleFile()
{
    if (!m_workspace)
        return;
    const QString path = m_dialogs->openFile(this, tr("Import bundle"), bundleFilter());
    if (path.isEmpty())
        return;
    auto imported = Bundle::importInto(*m_workspace, path);
    if (!imported) {
        showError(imported.error().message, imported.error().details);
        return;
    }
    updatePage();
    m_banner->showMessage(MessageBanner::Kind::Positive,
                          tr("Imported “%1” from %2.").arg(imported->name, QFileInfo(path).fileName()));
    if (!imported->assistantId.isEmpty() && !m_editor->isModified()) {
        m_navigator->setSection(NavigatorPanel::Assistants);
        m_navigator->selectAssistant(imported->assistantId);
        if (m_editor->loadAssistant(imported->assistantId))
            showRightPage(m_editor);
    }
}
