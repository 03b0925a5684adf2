#include "navigatorpanel.h"

#include "assistantfilterproxy.h"
#include "assistantlistmodel.h"
#include "badgedelegate.h"
#include "experimentlistmodel.h"
#include "pipelinelistmodel.h"
#include "sectionfilterproxy.h"
#include "storage/workspace.h"
#include "widgets.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
QTreeView *listView(const QString &objectName, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setObjectName(objectName);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAllColumnsShowFocus(true);
    view->setSortingEnabled(true);
    return view;
}

/// The list of the Experiments or Pipelines section: `model` filtered by a SectionFilterProxy (the proxy is
/// `*proxy`), in the model's family order.
template <typename Record>
QTreeView *recordListView(const QString &objectName, const QString &accessibleName, RecordListModel<Record> *model,
                          SectionFilterProxy **proxy, QWidget *parent)
{
    using Model = RecordListModel<Record>;
    *proxy = new SectionFilterProxy(Model::ArchivedRole, Model::NameColumn, parent);
    (*proxy)->setSourceModel(model);
    QTreeView *view = listView(objectName, parent);
    view->setAccessibleName(accessibleName);
    view->setSortingEnabled(false);   // the model keeps families together
    view->setModel(*proxy);
    view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}

/// Selects the record `id` of `model` in `view`, checking `showArchived` when the filter hides the record. False
/// when the model has no such record.
template <typename Record>
bool selectRecord(const RecordListModel<Record> *model, const SectionFilterProxy *proxy, QTreeView *view,
                  QCheckBox *showArchived, const QString &id)
{
    const QModelIndex source = model->indexOf(id);
    if (!source.isValid())
        return false;
    if (!proxy->mapFromSource(source).isValid())
        showArchived->setChecked(true);
    const QModelIndex index = proxy->mapFromSource(source);
    if (!index.isValid())
        return false;
    view->setCurrentIndex(index);
    view->scrollTo(index);
    return true;
}

/// What "New experiment" and "New pipeline" do with the workspace's answer: report a failure (`failure` with the
/// error's message), or select the new record and announce it. The new record's id, or empty on failure.
template <typename Record>
QString added(NavigatorPanel *panel, const Result<Record> &created, const QString &failure,
              bool (NavigatorPanel::*select)(const QString &), void (NavigatorPanel::*announce)(const QString &))
{
    if (!created) {
        emit panel->errorRaised(failure.arg(created.error().message), created.error().details);
        return {};
    }
    (panel->*select)(created->id);
    emit (panel->*announce)(created->id);
    return created->id;
}
} // namespace

NavigatorPanel::NavigatorPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("navigatorPanel"));
    m_sectionList = Widgets::named<QListWidget>(QStringLiteral("sectionList"), this, tr("Sections"));
    m_sectionList->addItems({tr("Assistants"), tr("Experiments"), tr("Pipelines")});
    m_sectionList->setFrameShape(QFrame::NoFrame);
    m_sectionList->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_sectionList->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sectionList->setBackgroundRole(QPalette::Window);
    m_sectionList->setStyleSheet(QStringLiteral("QListWidget::item { padding: 3px 4px; }"));
    m_sectionList->setFixedHeight(m_sectionList->sizeHintForRow(0) * m_sectionList->count() + 4);
    m_searchEdit =
        Widgets::lineEdit(QStringLiteral("searchEdit"), tr("Search name or model (Ctrl+F)"), this, tr("Search"));
    m_searchEdit->setClearButtonEnabled(true);
    m_showArchivedCheck = new QCheckBox(tr("Show archived"), this);
    m_showArchivedCheck->setObjectName(QStringLiteral("showArchivedCheckBox"));
    buildViews();
    createNewActions();
    keepSelectionAcrossResets();

    auto *newButtons = new QHBoxLayout;
    newButtons->setContentsMargins(0, 0, 0, 0);
    newButtons->addWidget(m_newExperimentButton);
    newButtons->addWidget(m_newPipelineButton);
    newButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sectionList);
    layout->addWidget(m_searchEdit);
    layout->addWidget(m_listStack, 1);
    layout->addLayout(newButtons);
    layout->addWidget(m_showArchivedCheck);

    connect(m_sectionList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_listStack->setCurrentIndex(row);
        updateNewButtons();
        emit sectionChanged(Section(row));
    });
    connect(m_searchEdit, &QLineEdit::textChanged, this, &NavigatorPanel::applySearch);
    connect(m_showArchivedCheck, &QCheckBox::toggled, this, &NavigatorPanel::applyShowArchived);
    m_sectionList->setCurrentRow(Assistants);
}

void NavigatorPanel::buildViews()
{
    m_assistantModel = new AssistantListModel(this);
    m_assistantProxy = new AssistantFilterProxy(this);
    m_assistantProxy->setSourceModel(m_assistantModel);
    m_assistantProxy->setSortRole(Qt::DisplayRole);
    m_assistantView = listView(QStringLiteral("assistantView"), this);
    m_assistantView->setAccessibleName(tr("Assistants"));
    m_assistantView->setModel(m_assistantProxy);
    m_assistantView->setItemDelegate(new BadgeDelegate(m_assistantView));
    m_assistantView->sortByColumn(AssistantListModel::NameColumn, Qt::AscendingOrder);
    QHeaderView *header = m_assistantView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(AssistantListModel::StatusColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AssistantListModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AssistantListModel::ModelColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AssistantListModel::CheckedColumn, QHeaderView::ResizeToContents);

    m_experimentModel = new ExperimentListModel(this);
    m_experimentView = recordListView(QStringLiteral("experimentListView"), tr("Experiments"), m_experimentModel,
                                      &m_experimentProxy, this);
    m_pipelineModel = new PipelineListModel(this);
    m_pipelineView = recordListView(QStringLiteral("pipelineListView"), tr("Pipelines"), m_pipelineModel,
                                    &m_pipelineProxy, this);

    m_listStack = new QStackedWidget(this);
    m_listStack->setObjectName(QStringLiteral("listStack"));
    m_listStack->addWidget(m_assistantView);
    m_listStack->addWidget(m_experimentView);
    m_listStack->addWidget(m_pipelineView);

    // "Checked" stays hidden until some record has been checked, so a fresh workspace shows no empty column.
    const auto updateCheckedColumn = [this] {
        bool any = false;
        for (int row = 0; row < m_assistantModel->rowCount() && !any; ++row)
            any = !m_assistantModel->summaryAt(row).checkedAt.isEmpty();
        m_assistantView->setColumnHidden(AssistantListModel::CheckedColumn, !any);
    };
    connect(m_assistantModel, &QAbstractItemModel::modelReset, this, updateCheckedColumn);
    connect(m_assistantModel, &QAbstractItemModel::dataChanged, this, updateCheckedColumn);
    updateCheckedColumn();

    connect(m_assistantView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NavigatorPanel::onAssistantCurrentChanged);
    connect(m_experimentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                onRecordCurrentChanged(current, m_experimentModel, m_experimentProxy,
                                       &NavigatorPanel::experimentSelected);
            });
    connect(m_pipelineView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                onRecordCurrentChanged(current, m_pipelineModel, m_pipelineProxy, &NavigatorPanel::pipelineSelected);
            });
}

void NavigatorPanel::createNewActions()
{
    m_newExperimentAction = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("New e&xperiment"), this);
    m_newExperimentAction->setObjectName(QStringLiteral("newExperimentAction"));
    m_newExperimentAction->setToolTip(tr("Create an unreleased experiment"));
    m_newPipelineAction = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("New &pipeline"), this);
    m_newPipelineAction->setObjectName(QStringLiteral("newPipelineAction"));
    m_newPipelineAction->setToolTip(tr("Create a working pipeline without nodes"));
    connect(m_newExperimentAction, &QAction::triggered, this, [this] { newExperiment(); });
    connect(m_newPipelineAction, &QAction::triggered, this, [this] { newPipeline(); });
    const auto toolButton = [this](const QString &objectName, QAction *action) {
        auto *b = new QToolButton(this);
        b->setObjectName(objectName);
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        return b;
    };
    m_newExperimentButton = toolButton(QStringLiteral("newExperimentButton"), m_newExperimentAction);
    m_newPipelineButton = toolButton(QStringLiteral("newPipelineButton"), m_newPipelineAction);
    updateNewButtons();
}

void NavigatorPanel::updateNewButtons()
{
    m_newExperimentAction->setEnabled(m_workspace != nullptr);
    m_newPipelineAction->setEnabled(m_workspace != nullptr);
    m_newExperimentButton->setVisible(section() == Experiments);
    m_newPipelineButton->setVisible(section() == Pipelines);
}

void NavigatorPanel::keepSelectionAcrossResets()
{
    // An edit in the experiment or pipeline view reloads its list model; select the same record again, silently.
    keepSelection(m_experimentModel, m_experimentProxy, m_experimentView, &m_keptExperimentId);
    keepSelection(m_pipelineModel, m_pipelineProxy, m_pipelineView, &m_keptPipelineId);
}

template <typename Record>
void NavigatorPanel::keepSelection(RecordListModel<Record> *model, SectionFilterProxy *proxy, QTreeView *view,
                                   QString *keptId)
{
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [view, keptId] {
        *keptId = view->currentIndex().data(RecordListModel<Record>::IdRole).toString();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this, model, proxy, view, keptId] {
        const QModelIndex index = proxy->mapFromSource(model->indexOf(*keptId));
        if (keptId->isEmpty() || !index.isValid())
            return;
        m_selecting = true;
        view->setCurrentIndex(index);
        m_selecting = false;
    });
}

QString NavigatorPanel::newExperiment()
{
    if (!m_workspace)
        return {};
    return added(this, m_workspace->createExperiment(tr("New experiment")), tr("Could not create the experiment: %1"),
                 &NavigatorPanel::selectExperiment, &NavigatorPanel::experimentCreated);
}

QString NavigatorPanel::newPipeline()
{
    if (!m_workspace)
        return {};
    return added(this, m_workspace->createPipeline(tr("New pipeline")), tr("Could not create the pipeline: %1"),
                 &NavigatorPanel::selectPipeline, &NavigatorPanel::pipelineCreated);
}

void NavigatorPanel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    updateNewButtons();
    m_assistantModel->setWorkspace(workspace);
    m_experimentModel->setWorkspace(workspace);
    m_pipelineModel->setWorkspace(workspace);
}

NavigatorPanel::Section NavigatorPanel::section() const
{
    return Section(qMax(0, m_sectionList->currentRow()));
}

void NavigatorPanel::setSection(Section section)
{
    m_sectionList->setCurrentRow(section);
}

QString NavigatorPanel::selectedAssistantId() const
{
    return m_assistantView->currentIndex().data(AssistantListModel::IdRole).toString();
}

QString NavigatorPanel::firstAssistantId() const
{
    return m_assistantProxy->index(0, AssistantListModel::NameColumn).data(AssistantListModel::IdRole).toString();
}

bool NavigatorPanel::selectAssistant(const QString &id)
{
    const QModelIndex source = m_assistantModel->indexOf(id, AssistantListModel::NameColumn);
    if (!source.isValid())
        return false;
    QModelIndex index = m_assistantProxy->mapFromSource(source);
    if (!index.isValid()) {
        clearSearch();
        if (source.data(AssistantListModel::ArchivedRole).toBool())
            m_showArchivedCheck->setChecked(true);
        index = m_assistantProxy->mapFromSource(source);
    }
    if (!index.isValid())
        return false;
    m_selecting = true;
    m_assistantView->setCurrentIndex(index);
    m_assistantView->scrollTo(index);
    m_selecting = false;
    return true;
}

bool NavigatorPanel::selectExperiment(const QString &id)
{
    setSection(Experiments);
    clearSearch();
    return selectRecord(m_experimentModel, m_experimentProxy, m_experimentView, m_showArchivedCheck, id);
}

bool NavigatorPanel::selectPipeline(const QString &id)
{
    setSection(Pipelines);
    clearSearch();
    return selectRecord(m_pipelineModel, m_pipelineProxy, m_pipelineView, m_showArchivedCheck, id);
}

void NavigatorPanel::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void NavigatorPanel::clearSearch()
{
    m_searchEdit->clear();
}

void NavigatorPanel::applySearch(const QString &text)
{
    m_assistantProxy->setSearchText(text);
    m_experimentProxy->setSearchText(text);
    m_pipelineProxy->setSearchText(text);
}

void NavigatorPanel::applyShowArchived(bool show)
{
    m_assistantProxy->setShowArchived(show);
    m_experimentProxy->setShowArchived(show);
    m_pipelineProxy->setShowArchived(show);
}

void NavigatorPanel::onAssistantCurrentChanged(const QModelIndex &current)
{
    // A row hidden by the filter leaves no current row; the editor keeps what it shows.
    if (m_selecting || !current.isValid())
        return;
    emit assistantSelected(current.data(AssistantListModel::IdRole).toString());
}

template <typename Record>
void NavigatorPanel::onRecordCurrentChanged(const QModelIndex &current, const RecordListModel<Record> *model,
                                            const SectionFilterProxy *proxy,
                                            void (NavigatorPanel::*selected)(const Record &, bool))
{
    if (m_selecting || !current.isValid())
        return;
    const Record &record = model->recordAt(proxy->mapToSource(current).row());
    emit (this->*selected)(record, model->isArchived(record));
}
