#include "exportcontroller.h"

#include "actionregistry.h"
#include "assistanteditor.h"
#include "dialogs.h"
#include "export/bundle.h"
#include "responsesexportdialog.h"
#include "storage/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace {
constexpr int StatusMessageMs = 4000;
} // namespace

ExportController::ExportController(ActionRegistry &actions, std::function<Workspace *()> workspace,
                                   AssistantEditor *editor, Dialogs *dialogs, QWidget *window)
    : QObject(window), m_workspace(std::move(workspace)), m_editor(editor), m_dialogs(dialogs), m_window(window)
{
    using Section = ActionRegistry::Section;
    m_exportResponsesAction = actions.add(
        Section::AssistantExport,
        {.objectName = QStringLiteral("exportResponsesAction"),
         .text = tr("E&xport for Responses API…"),
         .shortcuts = ActionRegistry::keys(Qt::CTRL | Qt::ALT | Qt::Key_R),
         .toolTip = tr("Show the assistant as a Responses-API request config to copy or save")},
        this);
    m_exportBundleAction = actions.add(
        Section::AssistantExport,
        {.objectName = QStringLiteral("exportBundleAction"),
         .text = tr("Export &bundle…"),
         .shortcuts = ActionRegistry::keys(Qt::CTRL | Qt::ALT | Qt::Key_E),
         .toolTip = tr("Save the assistant, every version, the file list and the local file copies in one zip file")},
        this);
    m_importBundleAction = actions.add(Section::FileInterchange,
                                       {.objectName = QStringLiteral("importBundleAction"),
                                        .text = tr("Import &bundle…"),
                                        .shortcuts = ActionRegistry::keys(Qt::CTRL | Qt::ALT | Qt::Key_I)},
                                       this);
    connect(m_exportResponsesAction, &QAction::triggered, this, &ExportController::exportResponsesCurrent);
    connect(m_exportBundleAction, &QAction::triggered, this, &ExportController::exportBundleCurrent);
    connect(m_importBundleAction, &QAction::triggered, this, &ExportController::importBundleFile);
}

void ExportController::updateActions()
{
    Workspace *workspace = m_workspace();
    const bool record = workspace && m_editor->hasRecord();
    m_exportResponsesAction->setEnabled(record);
    m_exportBundleAction->setEnabled(record);
    m_importBundleAction->setEnabled(workspace != nullptr);
}

void ExportController::exportResponsesCurrent()
{
    // The export shows the stored record, so unsaved edits are saved or dropped first.
    Workspace *workspace = m_workspace();
    if (!workspace || !m_editor->hasRecord() || !m_editor->maybeLeave())
        return;
    auto assistant = workspace->assistant(m_editor->currentId());
    if (!assistant) {
        emit messageRaised(MessageBanner::Kind::Error, assistant.error().message, assistant.error().details);
        return;
    }
    QStringList fileIds = assistant->codeInterpreterFiles;
    fileIds << assistant->fileSearchFiles;
    auto *dialog = new ResponsesExportDialog(assistant.value(), workspace->filesByIds(fileIds), m_dialogs, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ExportController::exportBundleCurrent()
{
    Workspace *workspace = m_workspace();
    if (!workspace || !m_editor->hasRecord() || !m_editor->maybeLeave())
        return;
    QString base = m_editor->formValue().name.trimmed();
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]+")), QStringLiteral("-"));
    if (base.isEmpty())
        base = m_editor->currentId();
    const QString path = m_dialogs->saveFile(m_window, tr("Export bundle"),
                                             QDir::home().filePath(base + QStringLiteral(".zip")), bundleFilter());
    if (path.isEmpty())
        return;
    auto written = Bundle::write(*workspace, m_editor->currentId(), path);
    if (!written) {
        emit messageRaised(MessageBanner::Kind::Error, written.error().message, written.error().details);
        return;
    }
    if (!written->withoutContent.isEmpty()) {
        emit messageRaised(MessageBanner::Kind::Warning,
                           tr("Bundle saved to %1, without the contents of %n file(s): the workspace has no local "
                              "copy of them.",
                              nullptr, int(written->withoutContent.size()))
                               .arg(QDir::toNativeSeparators(path)),
                           written->withoutContent);
        return;
    }
    emit statusMessage(tr("Bundle saved to %1.").arg(QDir::toNativeSeparators(path)), StatusMessageMs);
}

void ExportController::importBundleFile()
{
    Workspace *workspace = m_workspace();
    if (!workspace)
        return;
    const QString path = m_dialogs->openFile(m_window, tr("Import bundle"), bundleFilter());
    if (path.isEmpty())
        return;
    auto imported = Bundle::importInto(*workspace, path);
    if (!imported) {
        emit messageRaised(MessageBanner::Kind::Error, imported.error().message, imported.error().details);
        return;
    }
    emit this->imported();
    emit messageRaised(MessageBanner::Kind::Positive,
                       tr("Imported “%1” from %2.").arg(imported->name, QFileInfo(path).fileName()));
    if (!imported->assistantId.isEmpty() && !m_editor->isModified())
        emit assistantImported(imported->assistantId);
}

QString ExportController::bundleFilter()
{
    return tr("Assistant Desk bundles (*.zip);;All files (*)");
}
