// The page of one experiment record (domain.md §1.3): name, version label, published and archived state, the direct
// assistant and the pipeline, with the edits the blocker dialog's "Open" promises (§7).
//
// Every edit is saved at once through Workspace (one transaction each): rename (on Return or leaving the field),
// choose or remove the direct assistant, choose or remove the pipeline, Publish / Unpublish (released versions),
// Archive… (confirmed through the Dialogs seam). A released version offers only Publish/Unpublish and Archive; an
// archived record offers nothing. Refusals appear inline: name problems under the field, anything else in the
// view's banner. "Release…" only emits releaseRequested(); whoever owns the release flow answers it.
//
// The view watches the workspace and re-reads its record after every change, so it never shows stale values.
// highlightReferencesTo() marks the references that point into an assistant family (the blocker dialog's "Open").
//
// Object names: experimentNameEdit, experimentNameError, experimentVersionLabel, experimentPublishedLabel,
// experimentArchivedLabel, experimentReadOnlyLabel, experimentAssistantCombo, removeAssistantButton,
// experimentPipelineCombo, removePipelineButton, highlightNoteLabel, releaseButton, publishButton,
// unpublishButton, archiveExperimentButton, experimentBanner.
#pragma once

#include "core/result.h"
#include "domain/experiment.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class Dialogs;
class FieldErrorLabel;
class MessageBanner;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class Workspace;

class ExperimentView : public QWidget
{
    Q_OBJECT
public:
    /// `dialogs` must outlive the view.
    explicit ExperimentView(Dialogs *dialogs, QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    /// Shows the record `id` (read from the workspace) and drops any highlight. False when it does not exist.
    bool showExperiment(const QString &id);
    void clear();
    QString currentId() const { return m_experiment.id; }
    /// Effective archived state of the shown record (own flag or its family's).
    bool isArchived() const { return m_archived; }
    /// Marks the direct assistant when it is one of `assistantIds`, and the pipeline when that record has an
    /// assistant node using one of them. The marks follow later edits (they go once the reference points elsewhere).
    void highlightReferencesTo(const QStringList &assistantIds);
    void focusName();

signals:
    /// "Release…" on a working, non-archived experiment.
    void releaseRequested(const QString &experimentId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildForm();
    /// Re-reads the record. While the view is hidden it only notes that it must (a check of many assistants
    /// reports each one; nobody sees the view meanwhile) and catches up when shown.
    void refresh();
    void reload();
    void updateHighlight();
    void showFailure(const QString &message, const QStringList &details);
    bool apply(const Status &status);
    void commitName();
    void chooseAssistant(int index);
    void choosePipeline(int index);
    void archiveRecord();

    QPointer<Workspace> m_workspace;
    Dialogs *m_dialogs = nullptr;
    Experiment m_experiment;
    bool m_archived = false;
    bool m_refreshPending = false;
    QStringList m_highlightIds;

    MessageBanner *m_banner = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    FieldErrorLabel *m_nameError = nullptr;
    QLabel *m_versionLabel = nullptr;
    QLabel *m_publishedLabel = nullptr;
    QLabel *m_archivedLabel = nullptr;
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
