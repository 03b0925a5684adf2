#include "mainwindow.h"

#include "actionregistry.h"
#include "appearance.h"
#include "archive/deletionqueue.h"
#include "archivecontroller.h"
#include "blockerdialog.h"

#include "assistanteditor.h"
#include "demo/demoworkspace.h"
#include "dialogs.h"
#include "experimentview.h"
#include "exportcontroller.h"
#include "generalsettingscontroller.h"
#include "helpcontroller.h"
#include "interchange/interchange.h"
#include "jobprogress.h"
#include "messagebanner.h"
#include "orphanscontroller.h"
#include "pipelineview.h"
#include "releasecontroller.h"
#include "storage/workspace.h"
#include "storage/workspacelocation.h"
#include "teamcontroller.h"
#include "trycontroller.h"
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
    : QMainWindow(parent), m_dialogs(dialogs ? dialogs : new Dialogs(this)), m_actions(new ActionRegistry(this)),
      m_sync(new SyncController(services, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    Appearance::installIconFallbacks();
    createActions();
    createSyncActions();
    createLayout();
    createControllers();
    createMenus();
    createSyncWidgets();
    connectSignals();
    connectSyncSignals();
    restoreSettings();
    updatePage();
    updateActions();
    updateTitle();
    updateSyncActions();
}

MainWindow::~MainWindow()
{
    // Views and models hold QPointers to the workspace; detach them before it goes. Server tasks still running
    // hold the session, which keeps the workspace alive until they have ended.
    attachWorkspace(nullptr);
    m_sync->setSession(nullptr);   // closes the session: what still runs is cancelled
}

void MainWindow::attachWorkspace(Workspace *workspace)
{
    m_navigator->setWorkspace(workspace);
    m_editor->setWorkspace(workspace);
    m_experimentView->setWorkspace(workspace);
    m_pipelineView->setWorkspace(workspace);
}

QString MainWindow::demoWorkspacePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.adesk");
}

void MainWindow::createActions()
{
    // Standard keys where Qt knows one for the platform; the rest mostly Ctrl+Shift+letter. None takes a key that
    // text fields use on some desktop (Ctrl+D, Ctrl+E, Ctrl+K, Ctrl+U, Ctrl+Shift+A, …): the form has the focus
    // most of the time, and a field would swallow such a key.
    using Section = ActionRegistry::Section;
    constexpr auto keys = &ActionRegistry::keys;
    constexpr auto standardOr = &ActionRegistry::standardOr;
    const auto add = [this](Section section, const ActionRegistry::Spec &spec) {
        return m_actions->add(section, spec, this);
    };
    m_newWorkspaceAction = add(Section::FileWorkspace, {.objectName = QStringLiteral("newWorkspaceAction"),
                                                        .text = tr("&New workspace…"),
                                                        .shortcuts = keys(Qt::CTRL | Qt::SHIFT | Qt::Key_N)});
    m_openWorkspaceAction = add(Section::FileWorkspace,
                                {.objectName = QStringLiteral("openWorkspaceAction"),
                                 .text = tr("&Open workspace…"),
                                 .shortcuts = standardOr(QKeySequence::Open, Qt::CTRL | Qt::Key_O)});
    m_importAction = add(Section::FileInterchange, {.objectName = QStringLiteral("importAction"),
                                                    .text = tr("&Import workspace file…"),
                                                    .shortcuts = keys(Qt::CTRL | Qt::Key_I)});
    m_exportAction = add(Section::FileInterchange, {.objectName = QStringLiteral("exportAction"),
                                                    .text = tr("&Export workspace file…"),
                                                    .shortcuts = keys(Qt::CTRL | Qt::SHIFT | Qt::Key_E)});
    m_quitAction = add(Section::FileQuit, {.objectName = QStringLiteral("quitAction"),
                                           .text = tr("&Quit"),
                                           .shortcuts = standardOr(QKeySequence::Quit, Qt::CTRL | Qt::Key_Q)});
    m_findAction = add(Section::Edit, {.objectName = QStringLiteral("findAction"),
                                       .text = tr("&Find…"),
                                       .shortcuts = standardOr(QKeySequence::Find, Qt::CTRL | Qt::Key_F)});
    m_newAssistantAction = add(Section::AssistantCreate,
                               {.objectName = QStringLiteral("newAssistantAction"),
                                .text = tr("&New assistant"),
                                .icon = QIcon::fromTheme(QStringLiteral("document-new")),
                                .shortcuts = standardOr(QKeySequence::New, Qt::CTRL | Qt::Key_N),
                                .iconText = tr("New")});
    m_duplicateAction = add(Section::AssistantCreate,
                            {.objectName = QStringLiteral("duplicateAction"),
                             .text = tr("&Duplicate"),
                             .icon = QIcon::fromTheme(QStringLiteral("edit-copy")),
                             .shortcuts = keys(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                             .toolTip = tr("Copy the assistant as a new, never-pushed assistant")});
    m_saveAction = add(Section::AssistantSave, {.objectName = QStringLiteral("saveAction"),
                                                .text = tr("&Save"),
                                                .icon = QIcon::fromTheme(QStringLiteral("document-save")),
                                                .shortcuts = standardOr(QKeySequence::Save, Qt::CTRL | Qt::Key_S),
                                                .toolTip = tr("Save the assistant (Ctrl+S)")});
    m_revertAction = add(Section::AssistantSave, {.objectName = QStringLiteral("revertAction"),
                                                  .text = tr("&Revert"),
                                                  .icon = QIcon::fromTheme(QStringLiteral("document-revert")),
                                                  .shortcuts = keys(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                                                  .toolTip = tr("Drop the unsaved changes")});
}

void MainWindow::createControllers()
{
    // Registered after the window's own and the server actions: each section lists its actions in menu order.
    const auto workspace = [this] { return this->workspace(); };
    m_export = new ExportController(*m_actions, workspace, m_editor, m_dialogs, this);
    connect(m_export, &ExportController::messageRaised, m_banner, &MessageBanner::showMessage);
    connect(m_export, &ExportController::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_export, &ExportController::imported, this, &MainWindow::updatePage);
    connect(m_export, &ExportController::assistantImported, this, [this](const QString &id) {
        m_navigator->setSection(NavigatorPanel::Assistants);
        m_navigator->selectAssistant(id);
        if (m_editor->loadAssistant(id))
            showRightPage(m_editor);
    });
    new OrphansController(*m_actions, m_sync, workspace, [this] { return deletionQueue(); }, m_dialogs, this);
    auto *settings = new GeneralSettingsController(*m_actions, m_sync, this);
    connect(settings, &GeneralSettingsController::statusMessage, statusBar(), &QStatusBar::showMessage);
    m_help = new HelpController(*m_actions, this);
    m_team = new TeamController(*m_actions, m_dialogs, m_sync->services().secrets,
                                {.workspace = workspace,
                                 .adopt = [this](std::unique_ptr<Workspace> ws, const QString &spec) {
                                     return adoptWorkspace(std::move(ws), spec);
                                 }},
                                this);
    connect(m_team, &TeamController::messageRaised, m_banner, &MessageBanner::showMessage);
    connect(m_team, &TeamController::statusMessage, statusBar(), &QStatusBar::showMessage);
    m_try = new TryController(*m_actions, m_sync, workspace, m_editor, this);
    connect(m_try, &TryController::statusMessage, statusBar(), &QStatusBar::showMessage);
}

void MainWindow::showShortcuts()
{
    m_help->showShortcuts();
}

void MainWindow::createMenus()
{
    using Section = ActionRegistry::Section;
    const auto menu = [this](ActionRegistry::Menu which) {
        return menuBar()->addMenu(ActionRegistry::menuTitle(which));
    };
    QMenu *file = menu(ActionRegistry::Menu::File);
    file->addActions(m_actions->actions(Section::FileWorkspace));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    for (Section section : {Section::FileInterchange, Section::FileOffline, Section::FileQuit}) {
        file->addSeparator();
        file->addActions(m_actions->actions(section));
    }
    QMenu *edit = menu(ActionRegistry::Menu::Edit);
    edit->addActions(m_actions->actions(Section::Edit));
    QMenu *assistant = menu(ActionRegistry::Menu::Assistant);
    assistant->addActions(m_actions->actions(Section::AssistantCreate));
    for (Section section :
         {Section::AssistantSave, Section::AssistantServer, Section::AssistantTry, Section::AssistantCleanup,
          Section::AssistantExport}) {
        assistant->addSeparator();
        assistant->addActions(m_actions->actions(section));
    }
    QMenu *settings = menu(ActionRegistry::Menu::Settings);
    settings->addActions(m_actions->actions(Section::Settings));
    QMenu *help = menu(ActionRegistry::Menu::Help);
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addActions(m_actions->actions(Section::HelpShortcuts));
    help->addSeparator();
    help->addActions(m_actions->actions(Section::HelpAbout));

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
    m_editor->setServer(m_sync);
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
    m_readOnlyBanner = new MessageBanner(QStringLiteral("readOnlyBanner"), this);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_readOnlyBanner);
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
    auto *release = new ReleaseController(m_sync, this);
    connect(m_experimentView, &ExperimentView::releaseRequested, release, &ReleaseController::release);
    connect(release, &ReleaseController::released, this,
            [this] { statusBar()->showMessage(tr("Released."), StatusMessageMs); });
    connect(m_navigator, &NavigatorPanel::pipelineCreated, m_pipelineView, &PipelineView::focusName);
    connect(m_navigator, &NavigatorPanel::errorRaised, this, &MainWindow::showError);

    connect(m_editor, &AssistantEditor::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_editor, &AssistantEditor::modifiedChanged, this, &MainWindow::updateActions);
    connect(m_editor, &AssistantEditor::recordChanged, this, &MainWindow::updateActions);
    connect(m_editor, &AssistantEditor::messageRaised, this, &MainWindow::showError);
    connect(m_editor, &AssistantEditor::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageMs); });
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
    m_team->refreshOfflineCopy();
    event->accept();
}

bool MainWindow::openWorkspace(const QString &spec)
{
    if (WorkspaceLocation::looksLikeUrl(spec)) {
        m_team->open(spec);
        return true;
    }
    if (!m_editor->maybeLeave())
        return false;
    const QString target = spec.isEmpty() ? Workspace::defaultPath() : spec;
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
    const QString path = opened.value()->path();
    return adoptWorkspace(std::move(opened).value(), path);
}

bool MainWindow::adoptWorkspace(std::unique_ptr<Workspace> opened, const QString &spec)
{
    if (!m_editor->maybeLeave())
        return false;
    // Reopening the same workspace (its offline copy giving way to the server) keeps the assistant on screen.
    const QString keep = spec == m_spec ? m_editor->currentId() : QString();
    const bool offline = !m_team->offlineOf().isEmpty() && m_team->offlineOf() == spec;
    m_spec = spec;
    setSession(WorkspaceSession::create(std::move(opened), m_sync->services()));
    m_banner->dismiss();
    rememberRecent(spec);
    m_team->workspaceChanged(spec, offline);
    if (!keep.isEmpty() && workspace()->assistantSummary(keep) && m_editor->loadAssistant(keep)) {
        m_navigator->selectAssistant(keep);
        showRightPage(m_editor);
    }
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
        const bool url = WorkspaceLocation::looksLikeUrl(path);
        QAction *a = m_recentMenu->addAction(url ? path : QDir::toNativeSeparators(path));
        a->setEnabled((url || QFileInfo::exists(path)) && (!m_session || m_spec != path));
        connect(a, &QAction::triggered, this, [this, path] { openWorkspace(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
}

void MainWindow::setSession(std::shared_ptr<WorkspaceSession> session)
{
    attachWorkspace(nullptr);
    // Closing the previous session cancels what runs on it (checks, imports, deletions); each task holds the
    // session until it has ended, so nothing it uses goes away under it.
    m_sync->setSession(session);
    m_jobProgress->finish();   // a check all of the previous workspace was cancelled with it
    m_importing = false;
    delete m_archiveController;
    m_session = std::move(session);
    if (!m_session)
        m_spec.clear();
    attachWorkspace(workspace());
    if (m_session) {
        connect(workspace(), &Workspace::reset, this, &MainWindow::updatePage);
        // What other desktops and scripts save shows here at once (list rows, badges, the open editor).
        workspace()->watchChanges(true);
    }
    if (m_session && workspace()->isReadOnly())
        m_readOnlyBanner->showMessage(MessageBanner::Kind::Warning, workspace()->readOnlyReason());
    else
        m_readOnlyBanner->dismiss();
    m_navigator->setSection(NavigatorPanel::Assistants);
    showRightPage(m_placeholder);
    updatePage();
    updateActions();
    updateTitle();
}

void MainWindow::updatePage()
{
    const bool empty = !m_session || workspace()->isEmpty();
    m_welcomePage->setWorkspacePath(m_session ? workspace()->path() : QString());
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
    const bool open = m_session != nullptr;
    const bool editable = m_editor->hasRecord() && !m_editor->isReadOnly();
    const bool writable = open && !workspace()->isReadOnly();
    m_importAction->setEnabled(writable);
    m_exportAction->setEnabled(open);
    m_newAssistantAction->setEnabled(writable);
    m_duplicateAction->setEnabled(writable && m_editor->hasRecord());
    // Nothing to save or revert until the form differs from the stored record.
    m_saveAction->setEnabled(editable && m_editor->isModified());
    m_revertAction->setEnabled(editable && m_editor->isModified());
    m_export->updateActions();
    m_team->updateActions();
    m_try->updateActions();
    updateSyncActions();
}

void MainWindow::updateTitle()
{
    QString name = tr("No workspace");
    if (m_session) {
        auto location = WorkspaceLocation::parse(m_spec);
        name = location && location->isTeam() ? location->displayName() : QFileInfo(workspace()->path()).fileName();
        if (!m_team->offlineOf().isEmpty())
            name = tr("%1 (offline copy)").arg(name);
    }
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
    if (!m_session || !m_editor->maybeLeave())
        return;
    Assistant draft;
    draft.name = tr("New assistant");
    draft.model = QStringLiteral("gpt-4o");
    auto created = workspace()->createAssistant(draft);
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
    if (!m_session || !m_editor->hasRecord() || !m_editor->maybeLeave())
        return;
    auto copy = workspace()->duplicateAssistant(m_editor->currentId());
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
    if (!m_session)
        return;
    const QString path = m_dialogs->openFile(this, tr("Import workspace file"), interchangeFilter());
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const Status imported = Interchange::importInto(*workspace(), file.readAll());
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
    if (!m_session)
        return;
    const QString suggested = QDir::home().filePath(QFileInfo(workspace()->path()).completeBaseName()
                                                    + QStringLiteral(".json"));
    const QString path = m_dialogs->saveFile(this, tr("Export workspace file"), suggested, interchangeFilter());
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray json = Interchange::exportFrom(*workspace(), false, QDateTime::currentDateTimeUtc());
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
    if (workspace()->isEmpty()) {
        const Status populated = Demo::populate(*workspace());
        if (!populated) {
            showError(tr("Could not create the demo workspace: %1").arg(populated.error().message),
                      populated.error().details);
            return;
        }
    }
    updatePage();
}
