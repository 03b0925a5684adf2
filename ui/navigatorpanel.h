// The left side of the main window: the section switcher (Assistants, Experiments, Pipelines), the search field
// (filters the lists as you type), "Show archived", and the list of the current section.
//
// It emits a selection signal when the user picks a row. Programmatic selection (selectAssistant) emits nothing,
// so the main window can put the selection back when the user cancels leaving unsaved changes.
#pragma once

#include "domain/experiment.h"

#include <QWidget>

class AssistantFilterProxy;
class AssistantListModel;
class ExperimentListModel;
class PipelineListModel;
class QCheckBox;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QTreeView;
class SectionFilterProxy;
class Workspace;

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

signals:
    void sectionChanged(NavigatorPanel::Section section);
    void assistantSelected(const QString &id);
    void experimentSelected(const Experiment &experiment, bool archived);
    void pipelineSelected(const Pipeline &pipeline, bool archived);

private:
    void buildViews();
    void applySearch(const QString &text);
    void applyShowArchived(bool show);
    void onAssistantCurrentChanged(const QModelIndex &current);
    void onExperimentCurrentChanged(const QModelIndex &current);
    void onPipelineCurrentChanged(const QModelIndex &current);

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
};
