#include "pipelineview.h"

#include "recordlabels.h"
#include "storage/workspace.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum NodeColumn { IdColumn, TypeColumn, LabelColumn, AssistantColumn, NodeColumnCount };
}

PipelineView::PipelineView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pipelineView"));
    m_titleLabel = RecordLabels::titleLabel(this);
    m_versionLabel = RecordLabels::valueLabel(QStringLiteral("pipelineVersionLabel"), this);
    m_archivedLabel = RecordLabels::valueLabel(QStringLiteral("pipelineArchivedLabel"), this);
    m_nodesTable = new QTableWidget(0, NodeColumnCount, this);
    m_nodesTable->setObjectName(QStringLiteral("pipelineNodesTable"));
    m_nodesTable->setHorizontalHeaderLabels({tr("Node"), tr("Type"), tr("Label"), tr("Assistant")});
    m_nodesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_nodesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_nodesTable->verticalHeader()->hide();
    m_nodesTable->horizontalHeader()->setStretchLastSection(true);
    auto *note = new QLabel(tr("Pipelines are read-only in this version of Assistant Desk."), this);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("Version:"), m_versionLabel);
    form->addRow(tr("Archived:"), m_archivedLabel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Nodes:"), this));
    layout->addWidget(m_nodesTable, 1);
    layout->addWidget(note);
}

void PipelineView::showPipeline(const Pipeline &p, bool archived, const Workspace &workspace)
{
    m_titleLabel->setText(p.name);
    m_versionLabel->setText(p.isVersion() ? tr("v%1").arg(p.versionNumber) : tr("working"));
    m_archivedLabel->setText(RecordLabels::yesNo(archived));
    m_nodesTable->setRowCount(int(p.nodes.size()));
    for (int row = 0; row < p.nodes.size(); ++row) {
        const PipelineNode &n = p.nodes.at(row);
        const QString assistant = n.type == QLatin1String("assistant")
            ? RecordLabels::assistantName(workspace, n.assistantId)
            : QString();
        const QString cells[NodeColumnCount] = {n.id, n.type, n.label, assistant};
        for (int c = 0; c < NodeColumnCount; ++c)
            m_nodesTable->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_nodesTable->resizeColumnsToContents();
    m_nodesTable->horizontalHeader()->setStretchLastSection(true);
}

void PipelineView::clear()
{
    m_titleLabel->clear();
    m_versionLabel->clear();
    m_archivedLabel->clear();
    m_nodesTable->setRowCount(0);
}
