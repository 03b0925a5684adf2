#include "pipelineview.h"

#include "dialogs.h"
#include "experimentlistmodel.h"
#include "fielderrorlabel.h"
#include "messagebanner.h"
#include "recordlabels.h"
#include "referencecombos.h"
#include "storage/workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {
enum NodeColumn { IdColumn, TypeColumn, LabelColumn, AssistantColumn, NodeColumnCount };

const QString AssistantType = QStringLiteral("assistant");

QPushButton *button(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}
} // namespace

PipelineView::PipelineView(Dialogs *dialogs, QWidget *parent) : QWidget(parent), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("pipelineView"));
    buildForm();
    clear();
}

void PipelineView::buildForm()
{
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("pipelineBanner"));
    m_banner->hide();
    m_titleLabel = RecordLabels::titleLabel(this);
    m_readOnlyLabel = RecordLabels::valueLabel(QStringLiteral("pipelineReadOnlyLabel"), this);
    m_readOnlyLabel->setFrameShape(QFrame::StyledPanel);
    m_readOnlyLabel->setContentsMargins(6, 3, 6, 3);
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("pipelineNameEdit"));
    m_nameError = new FieldErrorLabel(QStringLiteral("pipelineNameError"), this);
    m_versionLabel = RecordLabels::valueLabel(QStringLiteral("pipelineVersionLabel"), this);
    m_archivedLabel = RecordLabels::valueLabel(QStringLiteral("pipelineArchivedLabel"), this);
    m_usedByLabel = RecordLabels::valueLabel(QStringLiteral("pipelineUsedByLabel"), this);

    m_nodesTable = new QTableWidget(0, NodeColumnCount, this);
    m_nodesTable->setObjectName(QStringLiteral("pipelineNodesTable"));
    m_nodesTable->setHorizontalHeaderLabels({tr("Node"), tr("Type"), tr("Label"), tr("Assistant")});
    m_nodesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_nodesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_nodesTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_nodesTable->verticalHeader()->hide();
    m_nodesTable->horizontalHeader()->setStretchLastSection(true);

    m_nodeAssistantCombo = new QComboBox(this);
    m_nodeAssistantCombo->setObjectName(QStringLiteral("nodeAssistantCombo"));
    m_nodeAssistantCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_nodeAssistantCombo->setMinimumContentsLength(24);
    m_nodeAssistantCombo->setToolTip(tr("The assistant the selected Assistant node uses"));
    m_removeNodeButton = button(QStringLiteral("removeNodeButton"), tr("Remove node"), this);
    m_removeNodeButton->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    m_newNodeLabelEdit = new QLineEdit(this);
    m_newNodeLabelEdit->setObjectName(QStringLiteral("newNodeLabelEdit"));
    m_newNodeLabelEdit->setPlaceholderText(tr("Label (optional)"));
    m_addNodeButton = button(QStringLiteral("addNodeButton"), tr("Add assistant node"), this);
    m_addNodeButton->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_archiveButton = button(QStringLiteral("archivePipelineButton"), tr("Archive pipeline…"), this);
    m_archiveButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_nameEdit);
    form->addRow(nameLabel, m_nameEdit);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("Version:"), m_versionLabel);
    form->addRow(tr("Archived:"), m_archivedLabel);
    form->addRow(tr("Used by:"), m_usedByLabel);

    auto *selected = new QHBoxLayout;
    auto *assistantLabel = new QLabel(tr("Selected node's &assistant:"), this);
    assistantLabel->setBuddy(m_nodeAssistantCombo);
    selected->addWidget(assistantLabel);
    selected->addWidget(m_nodeAssistantCombo);
    selected->addWidget(m_removeNodeButton);
    selected->addStretch();
    auto *add = new QHBoxLayout;
    add->addWidget(m_newNodeLabelEdit);
    add->addWidget(m_addNodeButton);
    add->addStretch();
    add->addWidget(m_archiveButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_readOnlyLabel);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Nodes:"), this));
    layout->addWidget(m_nodesTable, 1);
    layout->addLayout(selected);
    layout->addLayout(add);

    connect(m_nameEdit, &QLineEdit::editingFinished, this, &PipelineView::commitName);
    connect(m_nodesTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PipelineView::updateNodeControls);
    connect(m_nodeAssistantCombo, &QComboBox::activated, this, &PipelineView::chooseNodeAssistant);
    connect(m_removeNodeButton, &QPushButton::clicked, this, &PipelineView::removeNodes);
    connect(m_addNodeButton, &QPushButton::clicked, this, &PipelineView::addNode);
    connect(m_newNodeLabelEdit, &QLineEdit::returnPressed, this, &PipelineView::addNode);
    connect(m_archiveButton, &QPushButton::clicked, this, &PipelineView::archiveRecord);
}

void PipelineView::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace) {
        for (auto signal : {&Workspace::experimentsChanged, &Workspace::pipelinesChanged, &Workspace::reset})
            connect(m_workspace, signal, this, &PipelineView::refresh);
        connect(m_workspace, &Workspace::assistantChanged, this, &PipelineView::refresh);
        connect(m_workspace, &Workspace::assistantAdded, this, &PipelineView::refresh);
    }
    clear();
}

bool PipelineView::showPipeline(const QString &id)
{
    if (!m_workspace || !m_workspace->pipeline(id))
        return false;
    m_pipeline = Pipeline{};
    m_pipeline.id = id;
    m_banner->hide();
    m_nameError->setProblems({});
    m_newNodeLabelEdit->clear();
    m_nodesTable->setRowCount(0);
    reload();
    m_nodesTable->clearSelection();
    return true;
}

void PipelineView::clear()
{
    m_pipeline = Pipeline{};
    m_archived = false;
    m_inUse = false;
    m_banner->hide();
    m_titleLabel->clear();
    m_nameEdit->clear();
    m_nameError->setProblems({});
    for (QLabel *label : {m_readOnlyLabel, m_versionLabel, m_archivedLabel, m_usedByLabel})
        label->clear();
    m_readOnlyLabel->hide();
    m_nodesTable->setRowCount(0);
    m_nodeAssistantCombo->clear();
    setEnabled(false);
}

void PipelineView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_refreshPending)
        reload();
}

void PipelineView::refresh()
{
    if (!isVisible()) {
        m_refreshPending = true;
        return;
    }
    reload();
}

void PipelineView::reload()
{
    m_refreshPending = false;
    if (!m_workspace || m_pipeline.id.isEmpty())
        return;
    auto record = m_workspace->pipeline(m_pipeline.id);
    if (!record) {
        clear();
        return;
    }
    m_pipeline = record.value();
    m_archived = m_pipeline.archived;
    if (m_pipeline.isVersion()) {
        auto working = m_workspace->pipeline(m_pipeline.workingId);
        m_archived = m_archived || (working && working->archived);
    }
    const bool version = m_pipeline.isVersion();
    const bool editable = !version && !m_archived;
    setEnabled(true);
    m_titleLabel->setText(m_pipeline.name);
    if (!m_nameEdit->hasFocus() || m_nameError->problems().isEmpty())
        m_nameEdit->setText(m_pipeline.name);
    m_nameEdit->setReadOnly(!editable);
    m_nameEdit->setEnabled(editable);   // a read-only field should not look like one to type in
    m_versionLabel->setText(version ? tr("v%1").arg(m_pipeline.versionNumber) : tr("working"));
    m_archivedLabel->setText(RecordLabels::yesNo(m_archived));
    if (m_archived)
        m_readOnlyLabel->setText(tr("Archived: this pipeline record is read-only."));
    else if (version)
        m_readOnlyLabel->setText(
            tr("Read-only: version v%1 of %2. Edit the working pipeline instead.").arg(m_pipeline.versionNumber).arg(m_pipeline.name));
    m_readOnlyLabel->setVisible(m_archived || version);

    // Who uses it: what "Archive pipeline…" waits for (for a working pipeline, any record of its family).
    QSet<QString> family{m_pipeline.id};
    if (!version)
        for (const Pipeline &p : m_workspace->pipelines())
            if (p.workingId == m_pipeline.id)
                family.insert(p.id);
    QHash<QString, bool> workingArchived;
    const QList<Experiment> experiments = m_workspace->experiments();
    for (const Experiment &e : experiments)
        if (!e.isVersion())
            workingArchived.insert(e.id, e.archived);
    const QHash<QString, QString> pipelineLabels = ReferenceCombos::pipelineLabels(*m_workspace);
    QStringList users;
    for (const Experiment &e : experiments) {
        if (!family.contains(e.pipelineId) || e.archived || (e.isVersion() && workingArchived.value(e.workingId)))
            continue;
        const QString row = tr("%1 · %2").arg(e.name, ExperimentListModel::versionLabel(e));
        users << (e.pipelineId == m_pipeline.id ? row : tr("%1 (uses %2)").arg(row, pipelineLabels.value(e.pipelineId)));
    }
    users.sort(Qt::CaseInsensitive);
    m_inUse = !users.isEmpty();
    m_usedByLabel->setText(users.isEmpty() ? tr("no experiment") : users.join(QLatin1Char('\n')));

    fillNodes();
    m_addNodeButton->setEnabled(editable);
    m_newNodeLabelEdit->setEnabled(editable);
    m_archiveButton->setEnabled(!m_archived);
}

void PipelineView::fillNodes()
{
    const QStringList keep = selectedNodeIds();
    const QHash<QString, QString> labels = ReferenceCombos::assistantLabels(*m_workspace);
    {
        const QSignalBlocker blocker(m_nodesTable->selectionModel());
        m_nodesTable->clearSelection();
        m_nodesTable->setRowCount(int(m_pipeline.nodes.size()));
        for (int row = 0; row < m_pipeline.nodes.size(); ++row) {
            const PipelineNode &n = m_pipeline.nodes.at(row);
            QString assistant;
            if (n.type == AssistantType)
                assistant = n.assistantId.isEmpty() ? tr("(none)") : labels.value(n.assistantId, n.assistantId);
            const QString cells[NodeColumnCount] = {n.id, n.type, n.label, assistant};
            for (int c = 0; c < NodeColumnCount; ++c) {
                auto *item = new QTableWidgetItem(cells[c]);
                item->setData(Qt::UserRole, n.id);
                m_nodesTable->setItem(row, c, item);
            }
        }
        m_nodesTable->resizeColumnsToContents();
        m_nodesTable->horizontalHeader()->setStretchLastSection(true);
    }
    selectNodes(keep);
}

void PipelineView::selectNodes(const QStringList &nodeIds)
{
    {
        const QSignalBlocker blocker(m_nodesTable->selectionModel());
        m_nodesTable->clearSelection();
        bool first = true;
        for (int row = 0; row < m_pipeline.nodes.size(); ++row) {
            if (!nodeIds.contains(m_pipeline.nodes.at(row).id))
                continue;
            const QModelIndex index = m_nodesTable->model()->index(row, 0);
            m_nodesTable->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            if (first) {
                m_nodesTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
                m_nodesTable->scrollTo(index);
                first = false;
            }
        }
    }
    updateNodeControls();
}

QStringList PipelineView::selectedNodeIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_nodesTable->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    for (int row : std::as_const(rows))
        if (row < m_pipeline.nodes.size())
            ids << m_pipeline.nodes.at(row).id;
    return ids;
}

void PipelineView::updateNodeControls()
{
    const bool editable = m_workspace && !m_pipeline.id.isEmpty() && !m_pipeline.isVersion() && !m_archived;
    const QStringList selected = selectedNodeIds();
    const PipelineNode *single = nullptr;
    if (selected.size() == 1)
        for (const PipelineNode &n : std::as_const(m_pipeline.nodes))
            if (n.id == selected.first())
                single = &n;
    const bool assistantNode = single && single->type == AssistantType;
    if (m_workspace && assistantNode)
        ReferenceCombos::fillAssistants(m_nodeAssistantCombo, *m_workspace, single->assistantId);
    else
        m_nodeAssistantCombo->clear();
    m_nodeAssistantCombo->setEnabled(editable && assistantNode);
    m_removeNodeButton->setEnabled(editable && !selected.isEmpty());
}

void PipelineView::focusName()
{
    m_nameEdit->setFocus(Qt::OtherFocusReason);
    m_nameEdit->selectAll();
}

void PipelineView::showFailure(const QString &message, const QStringList &details)
{
    m_banner->showError(message, details.size() > 1 ? details : QStringList{});
    m_banner->show();
}

bool PipelineView::apply(const Status &status)
{
    if (!status) {
        showFailure(status.error().message, status.error().details);
        reload();
        return false;
    }
    m_banner->hide();
    return true;
}

void PipelineView::commitName()
{
    if (!m_workspace || m_pipeline.id.isEmpty() || m_nameEdit->isReadOnly())
        return;
    const QString name = m_nameEdit->text();
    if (name == m_pipeline.name) {
        m_nameError->setProblems({});
        return;
    }
    const Status status = m_workspace->renamePipeline(m_pipeline.id, name);
    if (!status && status.error().kind == ErrorKind::Validation) {
        m_nameError->setProblems(status.error().details);
        return;
    }
    m_nameError->setProblems({});
    apply(status);
}

void PipelineView::addNode()
{
    if (!m_workspace || !m_addNodeButton->isEnabled())
        return;
    auto node = m_workspace->addPipelineNode(m_pipeline.id, AssistantType, m_newNodeLabelEdit->text().trimmed());
    if (!node) {
        apply(node.error());
        return;
    }
    m_banner->hide();
    m_newNodeLabelEdit->clear();
    selectNodes({node->id});   // ready to choose its assistant
    m_nodeAssistantCombo->setFocus(Qt::OtherFocusReason);
}

void PipelineView::removeNodes()
{
    const QStringList ids = selectedNodeIds();
    if (m_workspace && !ids.isEmpty())
        apply(m_workspace->removePipelineNodes(m_pipeline.id, ids));
}

void PipelineView::chooseNodeAssistant(int index)
{
    const QStringList ids = selectedNodeIds();
    if (m_workspace && ids.size() == 1)
        apply(m_workspace->setNodeAssistant(m_pipeline.id, ids.first(), m_nodeAssistantCombo->itemData(index).toString()));
}

void PipelineView::archiveRecord()
{
    if (!m_workspace || m_pipeline.id.isEmpty())
        return;
    if (m_inUse) {
        // No point in confirming what the workspace will refuse: show the refusal naming the users at once.
        apply(m_workspace->archivePipeline(m_pipeline.id));
        return;
    }
    const QString name = m_pipeline.isVersion() ? tr("%1 · v%2").arg(m_pipeline.name).arg(m_pipeline.versionNumber)
                                                : m_pipeline.name;
    const QString text = m_pipeline.isVersion()
        ? tr("This archives this pipeline version. It stays in the workspace, read-only; there is no unarchive.")
        : tr("This archives the pipeline and its versions. They stay in the workspace, read-only; there is no "
             "unarchive.");
    if (m_dialogs->confirmDestructive(window(), tr("Archive “%1”?").arg(name), text, {}, tr("Archive")) != Dialogs::Yes)
        return;
    apply(m_workspace->archivePipeline(m_pipeline.id));
}
