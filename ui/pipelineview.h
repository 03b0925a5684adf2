// The page of one pipeline record (domain.md §1.3): name, version, archived state, the experiments using it, and its
// nodes (id, type, label, assistant), with the edits the blocker dialog's "Open" promises (§7).
//
// Every edit is saved at once through Workspace (one transaction each): rename, "Add assistant node" (with an
// optional label), "Remove node" (the selected nodes, all or none), pointing the selected assistant node at another
// assistant, and "Archive pipeline…" (confirmed through the Dialogs seam; refused while a non-archived experiment
// record uses the pipeline, and the refusal naming them shows in the view's banner). Versions and archived records
// are shown read-only. The view re-reads its record after every workspace change (RecordView) and keeps the node
// selection.
//
// Object names: pipelineNameEdit, pipelineNameError, pipelineVersionLabel, pipelineArchivedLabel,
// pipelineUsedByLabel, pipelineReadOnlyLabel, pipelineNodesTable, nodeAssistantCombo, newNodeLabelEdit,
// addNodeButton, removeNodeButton, archivePipelineButton, pipelineBanner.
#pragma once

#include "domain/experiment.h"
#include "recordpage.h"

#include <QStringList>

class QComboBox;
class QPushButton;
class QTableWidget;

class PipelineView : public RecordPage<Pipeline>
{
    Q_OBJECT
public:
    /// `dialogs` must outlive the view.
    explicit PipelineView(Dialogs *dialogs, QWidget *parent = nullptr);

    /// Shows the record `id` (read from the workspace), nothing selected. False when it does not exist.
    bool showPipeline(const QString &id);
    void clear() override;
    /// Selects the rows of these nodes (the blocker dialog's "Open" on a Pipelines row).
    void selectNodes(const QStringList &nodeIds);
    /// The ids of the selected nodes, in node order.
    QStringList selectedNodeIds() const;

private:
    void readRecord() override;
    void fillNodes();
    void updateNodeControls();
    void addNode();
    void removeNodes();
    void chooseNodeAssistant(int index);
    void archiveRecord();

    bool m_inUse = false;   // some non-archived experiment record uses it: archiving will be refused

    QLabel *m_usedByLabel = nullptr;
    QTableWidget *m_nodesTable = nullptr;
    QComboBox *m_nodeAssistantCombo = nullptr;
    QLineEdit *m_newNodeLabelEdit = nullptr;
    QPushButton *m_addNodeButton = nullptr;
    QPushButton *m_removeNodeButton = nullptr;
    QPushButton *m_archiveButton = nullptr;
};
