#include "experimentview.h"

#include "experimentlistmodel.h"
#include "recordlabels.h"
#include "storage/workspace.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

ExperimentView::ExperimentView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("experimentView"));
    m_titleLabel = RecordLabels::titleLabel(this);
    m_versionLabel = RecordLabels::valueLabel(QStringLiteral("experimentVersionLabel"), this);
    m_publishedLabel = RecordLabels::valueLabel(QStringLiteral("experimentPublishedLabel"), this);
    m_archivedLabel = RecordLabels::valueLabel(QStringLiteral("experimentArchivedLabel"), this);
    m_assistantLabel = RecordLabels::valueLabel(QStringLiteral("experimentAssistantLabel"), this);
    m_pipelineLabel = RecordLabels::valueLabel(QStringLiteral("experimentPipelineLabel"), this);
    auto *note = new QLabel(tr("Experiments are read-only in this version of Assistant Desk."), this);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("Version:"), m_versionLabel);
    form->addRow(tr("Published:"), m_publishedLabel);
    form->addRow(tr("Archived:"), m_archivedLabel);
    form->addRow(tr("Assistant (direct):"), m_assistantLabel);
    form->addRow(tr("Pipeline:"), m_pipelineLabel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
}

void ExperimentView::showExperiment(const Experiment &e, bool archived, const Workspace &workspace)
{
    m_titleLabel->setText(e.name);
    m_versionLabel->setText(ExperimentListModel::versionLabel(e));
    m_publishedLabel->setText(RecordLabels::yesNo(e.published));
    m_archivedLabel->setText(RecordLabels::yesNo(archived));
    m_assistantLabel->setText(RecordLabels::assistantName(workspace, e.assistantId));
    m_pipelineLabel->setText(RecordLabels::pipelineName(workspace, e.pipelineId));
}

void ExperimentView::clear()
{
    for (QLabel *label : {m_titleLabel, m_versionLabel, m_publishedLabel, m_archivedLabel, m_assistantLabel,
                          m_pipelineLabel})
        label->clear();
}
