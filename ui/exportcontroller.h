// Assistant → "Export for Responses API…", "Export bundle…" and File → "Import bundle…": the three actions, their
// enabled state and what they do. The work is in app/export; the controller asks for paths, opens the Responses
// export dialog and reports through its signals what the main window shows and selects.
#pragma once

#include "messagebanner.h"

#include <QObject>

#include <functional>

class ActionRegistry;
class AssistantEditor;
class Dialogs;
class QAction;
class QWidget;
class Workspace;

class ExportController : public QObject
{
    Q_OBJECT
public:
    /// `workspace` returns the window's current workspace (null when none is open); `editor` shows the assistant the
    /// exports are of. Dialogs open on `window`, which owns the controller.
    ExportController(ActionRegistry &actions, std::function<Workspace *()> workspace, AssistantEditor *editor,
                     Dialogs *dialogs, QWidget *window);

    void exportResponsesCurrent();
    void exportBundleCurrent();
    void importBundleFile();
    /// Every export works offline (domain.md §8): the actions follow only the workspace and the editor's record.
    void updateActions();

signals:
    /// For the window's banner.
    void messageRaised(MessageBanner::Kind kind, const QString &text, const QStringList &details = {});
    void statusMessage(const QString &text, int timeoutMs);
    /// A bundle added records to the workspace.
    void imported();
    /// The assistant of an imported bundle, to be selected (only while the editor has no unsaved changes).
    void assistantImported(const QString &assistantId);

private:
    static QString bundleFilter();

    std::function<Workspace *()> m_workspace;
    AssistantEditor *m_editor = nullptr;
    Dialogs *m_dialogs = nullptr;
    QWidget *m_window = nullptr;
    QAction *m_exportResponsesAction = nullptr;
    QAction *m_exportBundleAction = nullptr;
    QAction *m_importBundleAction = nullptr;
};
