#include "mainwindow.h"

#include "appearance.h"
#include "archive/deletionqueue.h"
#include "archivecontroller.h"
#include "blockerdialog.h"

#include "assistanteditor.h"
#include "demo/demoworkspace.h"
#include "dialogs.h"
#include "experimentview.h"
#include "interchange/interchange.h"
#include "jobprogress.h"
#include "messagebanner.h"
#include "pipelineview.h"
#include "releasecontroller.h"
#include "storage/workspace.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
constexpr int StatusMessageMs = 4000;
const QString GeometryKey = QStringLiteral("ui/mainWindowGeometry");
const QString StateKey = QStringLiteral("ui/mainWindowState");
const QString SplitterKey = QStringLiteral("ui/mainSplitterState");

QString workspaceFilter()
{
    return QCoreApplication::translate("MainWindow", "Assistant Desk workspaces (*.adesk);;All files (*)");
}

QString interchangeFilter()
{
    return QCoreApplication::translate("MainWindow", "Workspace files (*.json);;All files (*)");
}
} // namespace

MainWindow::MainWindow(Dialogs *dialogs, QWidget *parent) : MainWindow(dialogs, SyncServices{}, parent) {}

MainWindow::MainWindow(Dialogs *dialogs, SyncServices services, QWidget *parent)
    : QMainWindow(parent), m_dialogs(dialogs ? dialogs : new Dialogs(this)), m_sync(new SyncController(services, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    Appearance::installIconFallbacks();
    createActions();
    createSyncActions();
    createExportActions();
    createMenus();
    createLayout();
    createSyncWidgets();
    connectSignals();
    connectSyncSignals();
    createHelpMenu();
    assignShortcuts();
    restoreSettings();
    updatePage();
    updateActions();
    updateTitle();
    updateSyncActions();
}

MainWindow::~MainWindow()
{
    // Views and models hold QPointers to the workspace; detach them before it goes. Server tasks still running
    // keep the workspace alive until they finish (SyncController::retire).
    m_navigator->setWorkspace(nullptr);
    m_editor->setWorkspace(nullptr);
    m_experimentView->setWorkspace(nullptr);
    m_pipelineView->setWorkspace(nullptr);
    m_sync->setWorkspace(nullptr);
    m_sync->retire(std::move(m_workspace));
}

QString MainWindow::demoWorkspacePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.adesk");
}

void MainWindow::createActions()
{
    const auto action = [this](const QString &objectName, const QString &text, const QKeySequence &shortcut = {}) {
        auto *a = new QAction(text, this);
        a->setObjectName(objectName);
        a->setShortcut(shortcut);
        return a;
    };
    m_newWorkspaceAction = action(QStringLiteral("newWorkspaceAction"), tr("&New workspace…"));
    m_openWorkspaceAction = action(QStringLiteral("openWorkspaceAction"), tr("&Open workspace…"), QKeySequence::Open);
    m_importAction = action(QStringLiteral("importAction"), tr("&Import workspace file…"));
    m_exportAction = action(QStringLiteral("exportAction"), tr("&Export workspace file…"));
    m_quitAction = action(QStringLiteral("quitAction"), tr("&Quit"), QKeySequence::Quit);
    m_newAssistantAction = action(QStringLiteral("newAssistantAction"), tr("&New assistant"), QKeySequence::New);
    m_newAssistantAction->setIconText(tr("New"));
    m_duplicateAction = action(QStringLiteral("duplicateAction"), tr("&Duplicate"));
    m_saveAction = action(QStringLiteral("saveAction"), tr("&Save"), QKeySequence::Save);
    m_revertAction = action(QStringLiteral("revertAction"), tr("&Revert"));
    m_findAction = action(QStringLiteral("findAction"), tr("&Find…"), QKeySequence::Find);
    m_newAssistantAction->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    m_saveAction->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    m_revertAction->setIcon(QIcon::fromTheme(QStringLiteral("document-revert")));
    m_duplicateAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_saveAction->setToolTip(tr("Save the assistant (Ctrl+S)"));
    m_revertAction->setToolTip(tr("Drop the unsaved changes"));
    m_duplicateAction->setToolTip(tr("Copy the assistant as a new, never-pushed assistant"));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_newWorkspaceAction, m_openWorkspaceAction});
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    file->addActions({m_importAction, m_exportAction, m_importBundleAction});
    file->addSeparator();
    file->addAction(m_workOfflineAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_findAction);
    QMenu *assistant = menuBar()->addMenu(tr("&Assistant"));
    assistant->addActions({m_newAssistantAction, m_duplicateAction});
    assistant->addSeparator();
    assistant->addActions({m_saveAction, m_revertAction});
    assistant->addSeparator();
    assistant->addActions({m_checkAction, m_checkAllAction, m_pushAction, m_pullAction});
    assistant->addSeparator();
    assistant->addActions({m_importAllAction, m_archiveAction, m_cleanupAction});
    assistant->addAction(createOrphansAction());
    assistant->addSeparator();
    assistant->addActions({m_exportResponsesAction, m_exportBundleAction});
    QMenu *settings = menuBar()->addMenu(tr("Se&ttings"));
    settings->addAction(m_connectionAction);
    settings->addAction(createGeneralSettingsAction());

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_newAssistantAction, m_saveAction, m_revertAction, m_duplicateAction});
    toolbar->addSeparator();
    toolbar->addActions({m_checkAction, m_checkAllAction, m_pushAction, m_pullAction});
    toolbar->addSeparator();
    toolbar->addAction(m_archiveAction);
}

void MainWindow::createLayout()
{
    m_welcomePage = new WelcomePage(this);
    m_navigator = new NavigatorPanel(this);
    m_editor = new AssistantEditor(m_dialogs, this);
    m_experimentView = new ExperimentView(m_dialogs, this);
    m_pipelineView = new PipelineView(m_dialogs, this);
    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("placeholderLabel"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_rightStack = new QStackedWidget(this);
    m_rightStack->setObjectName(QStringLiteral("rightStack"));
    for (QWidget *page : {static_cast<QWidget *>(m_placeholder), static_cast<QWidget *>(m_editor),
                          static_cast<QWidget *>(m_experimentView), static_cast<QWidget *>(m_pipelineView)})
        m_rightStack->addWidget(page);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_rightStack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({400, 800});

    m_centralStack = new QStackedWidget(this);
    m_centralStack->setObjectName(QStringLiteral("centralStack"));
    m_centralStack->addWidget(m_welcomePage);
    m_centralStack->addWidget(m_splitter);

    m_banner = new MessageBanner(this);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_banner);
    layout->addWidget(m_centralStack, 1);
    setCentralWidget(central);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
}

void MainWindow::connectSignals()
{
    connect(m_newWorkspaceAction, &QAction::triggered, this, &MainWindow::newWorkspace);
    connect(m_openWorkspaceAction, &QAction::triggered, this, &MainWindow::chooseWorkspace);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importWorkspaceFile);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportWorkspaceFile);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);
    connect(m_newAssistantAction, &QAction::triggered, this, &MainWindow::newAssistant);
    connect(m_duplicateAction, &QAction::triggered, this, &MainWindow::duplicateAssistant);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::saveAssistant);
    connect(m_revertAction, &QAction::triggered, m_editor, &AssistantEditor::revert);
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (m_centralStack->currentWidget() == m_splitter)
            m_navigator->focusSearch();
    });

    connect(m_welcomePage, &WelcomePage::importRequested, this, &MainWindow::importWorkspaceFile);
    connect(m_welcomePage, &WelcomePage::demoRequested, this, &MainWindow::openDemoWorkspace);
    connect(m_welcomePage, &WelcomePage::newAssistantRequested, this, &MainWindow::newAssistant);
    connect(m_welcomePage, &WelcomePage::openWorkspaceRequested, this, &MainWindow::chooseWorkspace);
    connect(m_welcomePage, &WelcomePage::connectRequested, this, &MainWindow::showConnectionSettings);

    connect(m_navigator, &NavigatorPanel::sectionChanged, this, &MainWindow::onSectionChanged);
    connect(m_navigator, &NavigatorPanel::assistantSelected, this, &MainWindow::onAssistantSelected);
    connect(m_navigator, &NavigatorPanel::experimentSelected, this, [this](const Experiment &e, bool) {
        m_experimentView->showExperiment(e.id);
        showRightPage(m_experimentView);
    });
    connect(m_navigator, &NavigatorPanel::pipelineSelected, this, [this](const Pipeline &p, bool) {
        m_pipelineView->showPipeline(p.id);
        showRightPage(m_pipelineView);
    });
    connect(m_navigator, &NavigatorPanel::experimentCreated, m_experimentView, &ExperimentView::focusName);
    // Release… (domain.md §6): one dialog at a time; the workspace's reset() refreshes lists and views afterwards.
    auto *release = new ReleaseController(m_sync, [this] { return m_workspace.get(); }, this);
    connect(m_experimentView, &ExperimentView::releaseRequested, release, &ReleaseController::release);
    connect(release, &ReleaseController::released, this,
            [this] { statusBar()->showMessage(tr("Released."), StatusMessageMs); });
    connect(m_navigator, &NavigatorPanel::pipelineCreated, m_pipelineView, &PipelineView::focusName);
    connect(m_navigator, &NavigatorPanel::errorRaised, this, &MainWindow::showError);

    connect(m_editor, &AssistantEditor::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_editor, &AssistantEditor::modifiedChanged, this, &MainWindow::updateActions);
    connect(m_editor, &AssistantEditor::recordChanged, this, &MainWindow::updateActions);
    connect(m_editor, &AssistantEditor::messageRaised, this, &MainWindow::showError);
    connect(m_editor, &AssistantEditor::saved, this, [this] {
        m_banner->dismiss();
        statusBar()->showMessage(tr("Saved."), StatusMessageMs);
    });
    connect(m_editor, &AssistantEditor::applied, this, [this](const QString &, int remaining) {
        m_banner->dismiss();
        updateActions();
        if (remaining == 0) {
            statusBar()->showMessage(tr("Applied: “%1” now matches OpenAI.").arg(m_editor->formValue().name), StatusMessageMs);
        } else if (m_sync->canChange()) {
            // What is still different goes the other way: the push plan shows it (§5.4). Cancelling keeps the
            // changes, marked Not pushed.
            pushCurrent();
        } else {
            statusBar()->showMessage(tr("Applied. %n difference(s) remain; push them when you are online.", nullptr, remaining),
                                     StatusMessageMs);
        }
    });
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(StateKey).toByteArray());
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_editor->maybeLeave()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

bool MainWindow::openWorkspace(const QString &path)
{
    if (!m_editor->maybeLeave())
        return false;
    const QString target = path.isEmpty() ? Workspace::defaultPath() : path;
    QDir().mkpath(QFileInfo(target).absolutePath());
    auto opened = Workspace::open(target);
    if (!opened) {
        m_dialogs->inform(this, tr("Cannot open workspace"),
                          tr("The workspace %1 could not be opened.\n%2")
                              .arg(QDir::toNativeSeparators(target), opened.error().message),
                          opened.error().details);
        showError(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(target), opened.error().message),
                  opened.error().details);
        return false;
    }
    setWorkspace(std::move(opened).value());
    m_banner->dismiss();
    rememberRecent(m_workspace->path());
    return true;
}

QStringList MainWindow::recentWorkspaces() const
{
    return QSettings().value(QStringLiteral("ui/recentWorkspaces")).toStringList();
}

void MainWindow::rememberRecent(const QString &path)
{
    QStringList recent = recentWorkspaces();
    recent.removeAll(path);
    recent.prepend(path);
    QSettings().setValue(QStringLiteral("ui/recentWorkspaces"), recent.mid(0, MaxRecentWorkspaces));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentWorkspaces();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        a->setEnabled(QFileInfo::exists(path) && (!m_workspace || m_workspace->path() != path));
        connect(a, &QAction::triggered, this, [this, path] { openWorkspace(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    m_navigator->setWorkspace(nullptr);
    m_editor->setWorkspace(nullptr);
    m_experimentView->setWorkspace(nullptr);
    m_pipelineView->setWorkspace(nullptr);
    m_sync->setWorkspace(nullptr);
    m_sync->retire(std::move(m_workspace));
    m_jobProgress->finish();   // a check all of the previous workspace was cancelled with it
    m_importing = false;
    delete m_archiveController;
    // The queue is bound to the workspace it was made for. A run under way keeps its object (see the issue note:
    // switching workspaces during a remote cleanup is not yet handled gracefully).
    if (m_deletionQueue && m_deletionQueue->isRunning())
        (void)m_deletionQueue.release();
    m_deletionQueue.reset();
    m_workspace = std::move(workspace);
    m_navigator->setWorkspace(m_workspace.get());
    m_editor->setWorkspace(m_workspace.get());
    m_experimentView->setWorkspace(m_workspace.get());
    m_pipelineView->setWorkspace(m_workspace.get());
    m_sync->setWorkspace(m_workspace.get());
    if (m_workspace)
        connect(m_workspace.get(), &Workspace::reset, this, &MainWindow::updatePage);
    m_navigator->setSection(NavigatorPanel::Assistants);
    showRightPage(m_placeholder);
    updatePage();
    updateActions();
    updateTitle();
}

void MainWindow::updatePage()
{
    const bool empty = !m_workspace || m_workspace->isEmpty();
    m_welcomePage->setWorkspacePath(m_workspace ? m_workspace->path() : QString());
    m_centralStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_welcomePage) : m_splitter);
    // Never show an empty editor next to a filled list: open the first assistant.
    if (!empty && !m_editor->hasRecord() && m_navigator->section() == NavigatorPanel::Assistants) {
        const QString first = m_navigator->firstAssistantId();
        if (!first.isEmpty() && m_editor->loadAssistant(first)) {
            m_navigator->selectAssistant(first);
            showRightPage(m_editor);
            autoCheck(first);
        }
    }
}

void MainWindow::updateActions()
{
    const bool open = m_workspace != nullptr;
    const bool editable = m_editor->hasRecord() && !m_editor->isReadOnly();
    m_importAction->setEnabled(open);
    m_exportAction->setEnabled(open);
    m_newAssistantAction->setEnabled(open);
    m_duplicateAction->setEnabled(m_editor->hasRecord());
    // Nothing to save or revert until the form differs from the stored record.
    m_saveAction->setEnabled(editable && m_editor->isModified());
    m_revertAction->setEnabled(editable && m_editor->isModified());
    updateExportActions();
    updateSyncActions();
}

void MainWindow::updateTitle()
{
    const QString name = m_workspace ? QFileInfo(m_workspace->path()).fileName() : tr("No workspace");
    setWindowTitle(tr("%1[*]").arg(name));
    setWindowModified(m_editor->isModified());
}

void MainWindow::showRightPage(QWidget *page)
{
    if (page == m_placeholder) {
        switch (m_navigator->section()) {
        case NavigatorPanel::Assistants:
            m_placeholder->setText(tr("Select an assistant on the left, or create one with Ctrl+N."));
            break;
        case NavigatorPanel::Experiments:
            m_placeholder->setText(tr("Select an experiment on the left to see its details."));
            break;
        case NavigatorPanel::Pipelines:
            m_placeholder->setText(tr("Select a pipeline on the left to see its nodes."));
            break;
        }
    }
    m_rightStack->setCurrentWidget(page);
}

void MainWindow::showError(const QString &message, const QStringList &details)
{
    m_banner->showError(message, details);
}

void MainWindow::onSectionChanged(NavigatorPanel::Section section)
{
    if (section == NavigatorPanel::Assistants)
        showRightPage(m_editor->hasRecord() ? static_cast<QWidget *>(m_editor) : m_placeholder);
    else
        showRightPage(m_placeholder);
}

void MainWindow::onAssistantSelected(const QString &id)
{
    const QString shown = m_editor->currentId();
    if (id == shown) {
        showRightPage(m_editor);
        return;
    }
    if (!m_editor->maybeLeave()) {
        // Put the selection back once the view has finished handling the click that changed it.
        const QString keep = m_editor->formValue().isVersion() ? m_editor->formValue().workingVersionId : shown;
        QMetaObject::invokeMethod(
            this, [this, keep] { m_navigator->selectAssistant(keep); }, Qt::QueuedConnection);
        return;
    }
    if (m_editor->loadAssistant(id)) {
        showRightPage(m_editor);
        autoCheck(id);
    }
}

bool MainWindow::saveAssistant()
{
    return m_editor->save();
}

void MainWindow::newAssistant()
{
    if (!m_workspace || !m_editor->maybeLeave())
        return;
    Assistant draft;
    draft.name = tr("New assistant");
    draft.model = QStringLiteral("gpt-4o");
    auto created = m_workspace->createAssistant(draft);
    if (!created) {
        showError(tr("Could not create the assistant: %1").arg(created.error().message), created.error().details);
        return;
    }
    updatePage();
    m_navigator->setSection(NavigatorPanel::Assistants);
    m_navigator->selectAssistant(created->id);
    m_editor->loadAssistant(created->id);
    showRightPage(m_editor);
    m_editor->focusName();
}

void MainWindow::duplicateAssistant()
{
    if (!m_workspace || !m_editor->hasRecord() || !m_editor->maybeLeave())
        return;
    auto copy = m_workspace->duplicateAssistant(m_editor->currentId());
    if (!copy) {
        showError(tr("Could not duplicate the assistant: %1").arg(copy.error().message), copy.error().details);
        return;
    }
    m_navigator->setSection(NavigatorPanel::Assistants);
    m_navigator->selectAssistant(copy->id);
    m_editor->loadAssistant(copy->id);
    showRightPage(m_editor);
}

void MainWindow::newWorkspace()
{
    const QString path = m_dialogs->saveFile(this, tr("New workspace"),
                                             QFileInfo(Workspace::defaultPath()).absolutePath(), workspaceFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        m_dialogs->inform(this, tr("New workspace"),
                          tr("%1 already exists. Use “Open workspace…” to open it.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openWorkspace(path);
}

void MainWindow::chooseWorkspace()
{
    const QString path = m_dialogs->openFile(this, tr("Open workspace"), workspaceFilter());
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::importWorkspaceFile()
{
    if (!m_workspace)
        return;
    const QString path = m_dialogs->openFile(this, tr("Import workspace file"), interchangeFilter());
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const Status imported = Interchange::importInto(*m_workspace, file.readAll());
    if (!imported) {
        showError(tr("Nothing was imported from %1: the file has problems.").arg(QFileInfo(path).fileName()),
                  imported.error().details.isEmpty() ? QStringList{imported.error().message}
                                                     : imported.error().details);
        return;
    }
    updatePage();
    m_banner->showMessage(MessageBanner::Kind::Positive, tr("Imported %1.").arg(QFileInfo(path).fileName()));
}

void MainWindow::exportWorkspaceFile()
{
    if (!m_workspace)
        return;
    const QString suggested = QDir::home().filePath(QFileInfo(m_workspace->path()).completeBaseName()
                                                    + QStringLiteral(".json"));
    const QString path = m_dialogs->saveFile(this, tr("Export workspace file"), suggested, interchangeFilter());
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray json = Interchange::exportFrom(*m_workspace, false, QDateTime::currentDateTimeUtc());
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        showError(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), StatusMessageMs);
}

void MainWindow::openDemoWorkspace()
{
    const QString path = demoWorkspacePath();
    if (!openWorkspace(path))
        return;
    if (m_workspace->isEmpty()) {
        const Status populated = Demo::populate(*m_workspace);
        if (!populated) {
            showError(tr("Could not create the demo workspace: %1").arg(populated.error().message),
                      populated.error().details);
            return;
        }
    }
    updatePage();
}
