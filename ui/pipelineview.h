// The page of one pipeline record (domain.md §1.3): name, version, archived state, the experiments using it, and its
// nodes (id, type, label, assistant), with the edits the blocker dialog's "Open" promises (§7).
//
// Every edit is saved at once through Workspace (one transaction each): rename, "Add assistant node" (with an
// optional label), "Remove node" (the selected nodes, all or none), pointing the selected assistant node at another
// assistant, and "Archive pipeline…" (confirmed through the Dialogs seam; refused while a non-archived experiment
// record uses the pipeline, and the refusal naming them shows in the view's banner). Versions and archived records
// are shown read-only. The view re-reads its record after every workspace change and keeps the node selection.
//
// Object names: pipelineNameEdit, pipelineNameError, pipelineVersionLabel, pipelineArchivedLabel,
// pipelineUsedByLabel, pipelineReadOnlyLabel, pipelineNodesTable, nodeAssistantCombo, newNodeLabelEdit,
// addNodeButton, removeNodeButton, archivePipelineButton, pipelineBanner.
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
class QTableWidget;
class Workspace;

class PipelineView : public QWidget
{
    Q_OBJECT
public:
    /// `dialogs` must outlive the view.
    explicit PipelineView(Dialogs *dialogs, QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    /// Shows the record `id` (read from the workspace), nothing selected. False when it does not exist.
    bool showPipeline(const QString &id);
    void clear();
    QString currentId() const { return m_pipeline.id; }
    bool isArchived() const { return m_archived; }
    /// Selects the rows of these nodes (the blocker dialog's "Open" on a Pipelines row).
    void selectNodes(const QStringList &nodeIds);
    /// The ids of the selected nodes, in node order.
    QStringList selectedNodeIds() const;
    void focusName();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildForm();
    /// Re-reads the record. While the view is hidden it only notes that it must (a check of many assistants
    /// reports each one; nobody sees the view meanwhile) and catches up when shown.
    void refresh();
    void reload();
    void fillNodes();
    void updateNodeControls();
    void showFailure(const QString &message, const QStringList &details);
    bool apply(const Status &status);
    void commitName();
    void addNode();
    void removeNodes();
    void chooseNodeAssistant(int index);
    void archiveRecord();

    QPointer<Workspace> m_workspace;
    Dialogs *m_dialogs = nullptr;
    Pipeline m_pipeline;
    bool m_archived = false;
    bool m_refreshPending = false;
    bool m_inUse = false;   // some non-archived experiment record uses it: archiving will be refused

    MessageBanner *m_banner = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    FieldErrorLabel *m_nameError = nullptr;
    QLabel *m_versionLabel = nullptr;
    QLabel *m_archivedLabel = nullptr;
    QLabel *m_usedByLabel = nullptr;
    QTableWidget *m_nodesTable = nullptr;
    QComboBox *m_nodeAssistantCombo = nullptr;
    QLineEdit *m_newNodeLabelEdit = nullptr;
    QPushButton *m_addNodeButton = nullptr;
    QPushButton *m_removeNodeButton = nullptr;
    QPushButton *m_archiveButton = nullptr;
};
