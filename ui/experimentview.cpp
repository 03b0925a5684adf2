#include "experimentview.h"

#include "appearance.h"
#include "dialogs.h"
#include "domain/recordlabels.h"
#include "fielderrorlabel.h"
#include "messagebanner.h"
#include "recordlabels.h"
#include "referencecombos.h"
#include "storage/workspace.h"
#include "widgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const RecordPage<Experiment>::Calls ExperimentCalls{&Workspace::experiment, &Workspace::renameExperiment,
                                                   &Workspace::archiveExperiment, &RecordLabel::experimentVersion};

/// A reference row: the widgets inside a frame that can be highlighted. The frame always takes its border's room
/// (drawn in the window colour while not highlighted), so highlighting never moves anything.
QWidget *referenceRow(QWidget *parent, const QList<QWidget *> &widgets)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::Box);
    frame->setFrameShadow(QFrame::Plain);
    frame->setLineWidth(2);
    auto *layout = new QHBoxLayout(frame);
    layout->setContentsMargins(2, 2, 2, 2);
    for (QWidget *child : widgets)
        layout->addWidget(child);
    return Widgets::row(parent, {frame});
}

/// Marks the frame around `combo` with the warning colour (plus the note under the form: never colour alone). No
/// style sheet, so the controls keep the native look.
void setHighlighted(QComboBox *combo, bool on)
{
    combo->setProperty("highlighted", on);
    auto *frame = qobject_cast<QFrame *>(combo->parentWidget());
    if (!frame)
        return;
    const QPalette base = frame->parentWidget()->palette();
    Appearance::setTextColor(frame, on ? Appearance::statusColor(Appearance::Tone::Warning, base)
                                       : base.color(QPalette::Window));
}
} // namespace

ExperimentView::ExperimentView(Dialogs *dialogs, QWidget *parent)
    : RecordPage(QStringLiteral("experiment"), ExperimentCalls, dialogs, parent)
{
    setObjectName(QStringLiteral("experimentView"));
    m_publishedLabel = RecordLabels::valueLabel(QStringLiteral("experimentPublishedLabel"), this);
    m_assistantCombo = ReferenceCombos::combo(QStringLiteral("experimentAssistantCombo"), this);
    m_assistantCombo->setToolTip(tr("The assistant this experiment uses directly"));
    m_removeAssistantButton = Widgets::button(QStringLiteral("removeAssistantButton"), tr("Remove assistant"), this);
    m_pipelineCombo = ReferenceCombos::combo(QStringLiteral("experimentPipelineCombo"), this);
    m_removePipelineButton = Widgets::button(QStringLiteral("removePipelineButton"), tr("Remove pipeline"), this);
    m_highlightNote = new QLabel(tr("⚠ Highlighted: uses the assistant you are archiving."), this);
    m_highlightNote->setObjectName(QStringLiteral("highlightNoteLabel"));
    m_publishButton = Widgets::button(QStringLiteral("publishButton"), tr("Publish"), this);
    m_publishButton->setToolTip(tr("Make this the published version (the family's other versions are unpublished)"));
    m_unpublishButton = Widgets::button(QStringLiteral("unpublishButton"), tr("Unpublish"), this);
    m_releaseButton = Widgets::button(QStringLiteral("releaseButton"), tr("Release…"), this);
    m_releaseButton->setToolTip(tr("Create a version of this experiment and of the assistants it uses"));
    m_archiveButton = Widgets::button(QStringLiteral("archiveExperimentButton"), tr("Archive…"), this);
    m_archiveButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));

    QFormLayout *form = createForm();
    form->addRow(tr("Published:"), Widgets::row(this, {m_publishedLabel, m_publishButton, m_unpublishButton}));
    form->addRow(tr("Archived:"), m_archivedLabel);
    auto *assistantLabel = new QLabel(tr("&Assistant (direct):"), this);
    assistantLabel->setBuddy(m_assistantCombo);
    form->addRow(assistantLabel, referenceRow(this, {m_assistantCombo, m_removeAssistantButton}));
    auto *pipelineLabel = new QLabel(tr("&Pipeline:"), this);
    pipelineLabel->setBuddy(m_pipelineCombo);
    form->addRow(pipelineLabel, referenceRow(this, {m_pipelineCombo, m_removePipelineButton}));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_releaseButton);
    actions->addStretch();
    actions->addWidget(m_archiveButton);

    QVBoxLayout *layout = createPageLayout(form);
    layout->addWidget(m_highlightNote);
    layout->addSpacing(8);
    layout->addLayout(actions);
    layout->addStretch();

    connect(m_assistantCombo, &QComboBox::activated, this, &ExperimentView::chooseAssistant);
    connect(m_pipelineCombo, &QComboBox::activated, this, &ExperimentView::choosePipeline);
    connect(m_removeAssistantButton, &QPushButton::clicked, this, [this] {
        if (m_workspace)
            apply(m_workspace->setExperimentAssistant(m_record.id, QString()));
    });
    connect(m_removePipelineButton, &QPushButton::clicked, this, [this] {
        if (m_workspace)
            apply(m_workspace->setExperimentPipeline(m_record.id, QString()));
    });
    connect(m_publishButton, &QPushButton::clicked, this, [this] {
        if (m_workspace)
            apply(m_workspace->publishExperiment(m_record.id));
    });
    connect(m_unpublishButton, &QPushButton::clicked, this, [this] {
        if (m_workspace)
            apply(m_workspace->unpublishExperiment(m_record.id));
    });
    connect(m_releaseButton, &QPushButton::clicked, this, [this] { emit releaseRequested(m_record.id); });
    connect(m_archiveButton, &QPushButton::clicked, this, &ExperimentView::archiveRecord);
    clear();
}

bool ExperimentView::showExperiment(const QString &id)
{
    if (!select(id))
        return false;
    m_highlightIds.clear();
    m_banner->dismiss();
    reload();
    return true;
}

void ExperimentView::clear()
{
    RecordPage::clear();
    m_highlightIds.clear();
    m_publishedLabel->clear();
    m_assistantCombo->clear();
    m_pipelineCombo->clear();
    updateHighlight();
}

void ExperimentView::readRecord()
{
    if (!readShared(tr("Archived: this experiment record is read-only."),
                    tr("Read-only: released version v%1 of %2. Publish, unpublish or archive it here.")))
        return;
    const bool version = m_record.isVersion();
    const bool editable = isEditable();
    m_publishedLabel->setText(RecordLabels::yesNo(m_record.published));

    ReferenceCombos::fillAssistants(m_assistantCombo, *m_workspace, m_record.assistantId);
    ReferenceCombos::fillPipelines(m_pipelineCombo, *m_workspace, m_record.pipelineId);
    m_assistantCombo->setEnabled(editable);
    m_pipelineCombo->setEnabled(editable);
    m_removeAssistantButton->setEnabled(editable && !m_record.assistantId.isEmpty());
    m_removePipelineButton->setEnabled(editable && !m_record.pipelineId.isEmpty());
    m_removeAssistantButton->setVisible(!version);
    m_removePipelineButton->setVisible(!version);

    m_publishButton->setVisible(version && !m_record.published);
    m_unpublishButton->setVisible(version && m_record.published);
    m_publishButton->setEnabled(!m_archived);
    m_unpublishButton->setEnabled(!m_archived);
    m_releaseButton->setVisible(!version);
    m_releaseButton->setEnabled(editable);
    m_archiveButton->setEnabled(!m_archived);
    updateHighlight();
}

void ExperimentView::highlightReferencesTo(const QStringList &assistantIds)
{
    m_highlightIds = assistantIds;
    updateHighlight();
}

void ExperimentView::updateHighlight()
{
    bool assistant = false;
    bool pipeline = false;
    if (m_workspace && !m_highlightIds.isEmpty() && !m_record.id.isEmpty()) {
        assistant = m_highlightIds.contains(m_record.assistantId);
        if (!m_record.pipelineId.isEmpty()) {
            auto p = m_workspace->pipeline(m_record.pipelineId);
            if (p) {
                for (const PipelineNode &n : p->nodes)
                    pipeline = pipeline || (n.type == QLatin1String("assistant") && m_highlightIds.contains(n.assistantId));
            }
        }
    }
    setHighlighted(m_assistantCombo, assistant);
    setHighlighted(m_pipelineCombo, pipeline);
    m_highlightNote->setVisible(assistant || pipeline);
}

void ExperimentView::chooseAssistant(int index)
{
    if (m_workspace)
        apply(m_workspace->setExperimentAssistant(m_record.id, m_assistantCombo->itemData(index).toString()));
}

void ExperimentView::choosePipeline(int index)
{
    if (m_workspace)
        apply(m_workspace->setExperimentPipeline(m_record.id, m_pipelineCombo->itemData(index).toString()));
}

void ExperimentView::archiveRecord()
{
    if (!m_workspace || m_record.id.isEmpty())
        return;
    const QString text = m_record.isVersion()
        ? tr("This archives this released version. It stays in the workspace, read-only; there is no unarchive.")
        : tr("This archives the experiment and its released versions. They stay in the workspace, read-only; there is "
             "no unarchive.");
    archiveAfterConfirming(RecordLabel::experimentRow(m_record.name, m_record), text);
}
