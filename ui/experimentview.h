// The page of one experiment record (domain.md §1.3): name, version label, published and archived state, the direct
// assistant and the pipeline, with the edits the blocker dialog's "Open" promises (§7).
//
// Every edit is saved at once through Workspace (one transaction each): rename (on Return or leaving the field),
// choose or remove the direct assistant, choose or remove the pipeline, Publish / Unpublish (released versions),
// Archive… (confirmed through the Dialogs seam). A released version offers only Publish/Unpublish and Archive; an
// archived record offers nothing. Refusals appear inline: name problems under the field, anything else in the
// view's banner. "Release…" only emits releaseRequested(); whoever owns the release flow answers it.
//
// The view watches the workspace and re-reads its record after every change, so it never shows stale values
// (RecordView). highlightReferencesTo() marks the references that point into an assistant family (the blocker dialog's "Open").
//
// Object names: experimentNameEdit, experimentNameError, experimentVersionLabel, experimentPublishedLabel,
// experimentArchivedLabel, experimentReadOnlyLabel, experimentAssistantCombo, removeAssistantButton,
// experimentPipelineCombo, removePipelineButton, highlightNoteLabel, releaseButton, publishButton,
// unpublishButton, archiveExperimentButton, experimentBanner.
#pragma once

#include "domain/experiment.h"
#include "recordpage.h"

#include <QStringList>

class QComboBox;
class QPushButton;

class ExperimentView : public RecordPage<Experiment>
{
    Q_OBJECT
public:
    /// `dialogs` must outlive the view.
    explicit ExperimentView(Dialogs *dialogs, QWidget *parent = nullptr);

    /// Shows the record `id` (read from the workspace) and drops any highlight. False when it does not exist.
    bool showExperiment(const QString &id);
    void clear() override;
    /// Marks the direct assistant when it is one of `assistantIds`, and the pipeline when that record has an
    /// assistant node using one of them. The marks follow later edits (they go once the reference points elsewhere).
    void highlightReferencesTo(const QStringList &assistantIds);

signals:
    /// "Release…" on a working, non-archived experiment.
    void releaseRequested(const QString &experimentId);

private:
    void readRecord() override;
    void updateHighlight();
    void chooseAssistant(int index);
    void choosePipeline(int index);
    void archiveRecord();

    QStringList m_highlightIds;

    QLabel *m_publishedLabel = nullptr;
    QComboBox *m_assistantCombo = nullptr;
    QPushButton *m_removeAssistantButton = nullptr;
    QComboBox *m_pipelineCombo = nullptr;
    QPushButton *m_removePipelineButton = nullptr;
    QLabel *m_highlightNote = nullptr;
    QPushButton *m_releaseButton = nullptr;
    QPushButton *m_publishButton = nullptr;
    QPushButton *m_unpublishButton = nullptr;
    QPushButton *m_archiveButton = nullptr;
};
