#include "pipelineview.h"

#include "dialogs.h"
#include "domain/family.h"
#include "domain/recordlabels.h"
#include "fielderrorlabel.h"
#include "messagebanner.h"
#include "recordlabels.h"
#include "referencecombos.h"
#include "storage/workspace.h"
#include "widgets.h"

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

const RecordPage<Pipeline>::Calls PipelineCalls{&Workspace::pipeline, &Workspace::renamePipeline,
                                                &Workspace::archivePipeline, &RecordLabel::pipelineVersion};
} // namespace

PipelineView::PipelineView(Dialogs *dialogs, QWidget *parent)
    : RecordPage(QStringLiteral("pipeline"), PipelineCalls, dialogs, parent)
{
    setObjectName(QStringLiteral("pipelineView"));
    m_usedByLabel = RecordLabels::valueLabel(QStringLiteral("pipelineUsedByLabel"), this);

    m_nodesTable = new QTableWidget(0, NodeColumnCount, this);
    m_nodesTable->setObjectName(QStringLiteral("pipelineNodesTable"));
    m_nodesTable->setHorizontalHeaderLabels({tr("Node"), tr("Type"), tr("Label"), tr("Assistant")});
    m_nodesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_nodesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_nodesTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_nodesTable->verticalHeader()->hide();
    m_nodesTable->horizontalHeader()->setStretchLastSection(true);

    m_nodeAssistantCombo = ReferenceCombos::combo(QStringLiteral("nodeAssistantCombo"), this);
    m_nodeAssistantCombo->setToolTip(tr("The assistant the selected Assistant node uses"));
    m_removeNodeButton = Widgets::button(QStringLiteral("removeNodeButton"), tr("Remove node"), this);
    m_removeNodeButton->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    m_newNodeLabelEdit = new QLineEdit(this);
    m_newNodeLabelEdit->setObjectName(QStringLiteral("newNodeLabelEdit"));
    m_newNodeLabelEdit->setPlaceholderText(tr("Label (optional)"));
    m_addNodeButton = Widgets::button(QStringLiteral("addNodeButton"), tr("Add assistant node"), this);
    m_addNodeButton->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_archiveButton = Widgets::button(QStringLiteral("archivePipelineButton"), tr("Archive pipeline…"), this);
    m_archiveButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));

    QFormLayout *form = createForm();
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

    QVBoxLayout *layout = createPageLayout(form);
    layout->addWidget(new QLabel(tr("Nodes:"), this));
    layout->addWidget(m_nodesTable, 1);
    layout->addLayout(selected);
    layout->addLayout(add);

    connect(m_nodesTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PipelineView::updateNodeControls);
    connect(m_nodeAssistantCombo, &QComboBox::activated, this, &PipelineView::chooseNodeAssistant);
    connect(m_removeNodeButton, &QPushButton::clicked, this, &PipelineView::removeNodes);
    connect(m_addNodeButton, &QPushButton::clicked, this, &PipelineView::addNode);
    connect(m_newNodeLabelEdit, &QLineEdit::returnPressed, this, &PipelineView::addNode);
    connect(m_archiveButton, &QPushButton::clicked, this, &PipelineView::archiveRecord);
    clear();
}

bool PipelineView::showPipeline(const QString &id)
{
    if (!select(id))
        return false;
    m_newNodeLabelEdit->clear();
    m_nodesTable->setRowCount(0);
    reload();
    m_nodesTable->clearSelection();
    return true;
}

void PipelineView::clear()
{
    RecordPage::clear();
    m_inUse = false;
    m_usedByLabel->clear();
    m_nodesTable->setRowCount(0);
    m_nodeAssistantCombo->clear();
}

void PipelineView::readRecord()
{
    if (!readShared(tr("Archived: this pipeline record is read-only."),
                    tr("Read-only: version v%1 of %2. Edit the working pipeline instead.")))
        return;

    // Who uses it: what "Archive pipeline…" waits for (for a working pipeline, any record of its family).
    QSet<QString> family{m_record.id};
    if (!m_record.isVersion())
        for (const Pipeline &p : m_workspace->pipelines())
            if (p.workingId == m_record.id)
                family.insert(p.id);
    const QList<Experiment> experiments = m_workspace->experiments();
    const FamilyIndex<Experiment> families(experiments);
    const QHash<QString, QString> pipelineLabels = ReferenceCombos::pipelineLabels(*m_workspace);
    QStringList users;
    for (const Experiment &e : experiments) {
        if (!family.contains(e.pipelineId) || families.isArchived(e))
            continue;
        const QString row = RecordLabel::experimentRow(e.name, e);
        users << (e.pipelineId == m_record.id ? row : tr("%1 (uses %2)").arg(row, pipelineLabels.value(e.pipelineId)));
    }
    users.sort(Qt::CaseInsensitive);
    m_inUse = !users.isEmpty();
    m_usedByLabel->setText(users.isEmpty() ? tr("no experiment") : users.join(QLatin1Char('\n')));

    fillNodes();
    m_addNodeButton->setEnabled(isEditable());
    m_newNodeLabelEdit->setEnabled(isEditable());
    m_archiveButton->setEnabled(!m_archived);
}

void PipelineView::fillNodes()
{
    const QStringList keep = selectedNodeIds();
    const QHash<QString, QString> labels = ReferenceCombos::assistantLabels(*m_workspace);
    {
        const QSignalBlocker blocker(m_nodesTable->selectionModel());
        m_nodesTable->clearSelection();
        m_nodesTable->setRowCount(int(m_record.nodes.size()));
        for (int row = 0; row < m_record.nodes.size(); ++row) {
            const PipelineNode &n = m_record.nodes.at(row);
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
        for (int row = 0; row < m_record.nodes.size(); ++row) {
            if (!nodeIds.contains(m_record.nodes.at(row).id))
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
        if (row < m_record.nodes.size())
            ids << m_record.nodes.at(row).id;
    return ids;
}

void PipelineView::updateNodeControls()
{
    const bool editable = m_workspace && !m_record.id.isEmpty() && !m_record.isVersion() && !m_archived;
    const QStringList selected = selectedNodeIds();
    const PipelineNode *single = nullptr;
    if (selected.size() == 1)
        for (const PipelineNode &n : std::as_const(m_record.nodes))
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

void PipelineView::addNode()
{
    if (!m_workspace || !m_addNodeButton->isEnabled())
        return;
    auto node = m_workspace->addPipelineNode(m_record.id, AssistantType, m_newNodeLabelEdit->text().trimmed());
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
        apply(m_workspace->removePipelineNodes(m_record.id, ids));
}

void PipelineView::chooseNodeAssistant(int index)
{
    const QStringList ids = selectedNodeIds();
    if (m_workspace && ids.size() == 1)
        apply(m_workspace->setNodeAssistant(m_record.id, ids.first(), m_nodeAssistantCombo->itemData(index).toString()));
}

void PipelineView::archiveRecord()
{
    if (!m_workspace || m_record.id.isEmpty())
        return;
    if (m_inUse) {
        // No point in confirming what the workspace will refuse: show the refusal naming the users at once.
        apply(archive());
        return;
    }
    const QString name = m_record.isVersion() ? tr("%1 · v%2").arg(m_record.name).arg(m_record.versionNumber)
                                              : m_record.name;
    const QString text = m_record.isVersion()
        ? tr("This archives this pipeline version. It stays in the workspace, read-only; there is no unarchive.")
        : tr("This archives the pipeline and its versions. They stay in the workspace, read-only; there is no "
             "unarchive.");
    archiveAfterConfirming(name, text);
}
