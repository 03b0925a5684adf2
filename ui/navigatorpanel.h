// The left side of the main window: the section switcher (Assistants, Experiments, Pipelines), the search field
// (filters the lists as you type), "Show archived", and the list of the current section.
//
// It emits a selection signal when the user picks a row. Programmatic selection (selectAssistant) emits nothing,
// so the main window can put the selection back when the user cancels leaving unsaved changes.
//
// The Experiments and Pipelines sections offer "New experiment" / "New pipeline" (newExperimentAction,
// newPipelineAction, shown as buttons under the list of their section): each creates a working record named
// "New experiment" / "New pipeline" in the workspace, selects it (emitting experimentSelected / pipelineSelected)
// and then emits experimentCreated / pipelineCreated. After the workspace changed a list, the selected row is
// selected again without a selection signal (the record's view refreshes itself).
#pragma once

#include "domain/experiment.h"

#include <QPointer>
#include <QWidget>

class AssistantFilterProxy;
class AssistantListModel;
class ExperimentListModel;
class PipelineListModel;
class QAction;
class QCheckBox;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QToolButton;
class QTreeView;
class SectionFilterProxy;
class Workspace;
template <typename Record>
class RecordListModel;

class NavigatorPanel : public QWidget
{
    Q_OBJECT
public:
    enum Section { Assistants, Experiments, Pipelines };

    explicit NavigatorPanel(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    Section section() const;
    void setSection(Section section);
    /// The id of the selected assistant row, or empty.
    QString selectedAssistantId() const;
    /// The id of the first row of the assistant list as shown (filtered and sorted), or empty.
    QString firstAssistantId() const;
    /// Selects the row of `id` (clearing the search when it hides the row) without emitting assistantSelected.
    bool selectAssistant(const QString &id);
    /// Switches to the Experiments / Pipelines section and selects the record (emitting its selection signal, so
    /// the main window shows it). Archived records are revealed. Returns false for an unknown id.
    bool selectExperiment(const QString &id);
    bool selectPipeline(const QString &id);
    void focusSearch();
    void clearSearch();
    QAction *newExperimentAction() const { return m_newExperimentAction; }
    QAction *newPipelineAction() const { return m_newPipelineAction; }
    /// What those actions do. Return the new record's id, or empty on failure (then errorRaised was emitted).
    QString newExperiment();
    QString newPipeline();

signals:
    void sectionChanged(NavigatorPanel::Section section);
    void assistantSelected(const QString &id);
    void experimentSelected(const Experiment &experiment, bool archived);
    void pipelineSelected(const Pipeline &pipeline, bool archived);
    /// A record made by "New experiment" / "New pipeline", already selected.
    void experimentCreated(const QString &id);
    void pipelineCreated(const QString &id);
    /// An action of the panel failed; for the main window's banner.
    void errorRaised(const QString &message, const QStringList &details);

private:
    void buildViews();
    void applySearch(const QString &text);
    void applyShowArchived(bool show);
    void onAssistantCurrentChanged(const QModelIndex &current);
    /// Emits `selected` for the record of the experiment or pipeline list's new current row.
    template <typename Record>
    void onRecordCurrentChanged(const QModelIndex &current, const RecordListModel<Record> *model,
                                const SectionFilterProxy *proxy, void (NavigatorPanel::*selected)(const Record &, bool));
    void createNewActions();
    void keepSelectionAcrossResets();
    /// After `model` was reset, selects the record of `view`'s current row before the reset (kept in `*keptId`).
    template <typename Record>
    void keepSelection(RecordListModel<Record> *model, SectionFilterProxy *proxy, QTreeView *view, QString *keptId);
    void updateNewButtons();

    QListWidget *m_sectionList = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QCheckBox *m_showArchivedCheck = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTreeView *m_assistantView = nullptr;
    QTreeView *m_experimentView = nullptr;
    QTreeView *m_pipelineView = nullptr;
    AssistantListModel *m_assistantModel = nullptr;
    AssistantFilterProxy *m_assistantProxy = nullptr;
    ExperimentListModel *m_experimentModel = nullptr;
    SectionFilterProxy *m_experimentProxy = nullptr;
    PipelineListModel *m_pipelineModel = nullptr;
    SectionFilterProxy *m_pipelineProxy = nullptr;
    bool m_selecting = false;
    QPointer<Workspace> m_workspace;
    QAction *m_newExperimentAction = nullptr;
    QAction *m_newPipelineAction = nullptr;
    QToolButton *m_newExperimentButton = nullptr;
    QToolButton *m_newPipelineButton = nullptr;
    QString m_keptExperimentId;
    QString m_keptPipelineId;
};
