// The blocker dialog (domain.md §7, ui.md "Blocker dialog"): why an assistant family cannot be archived yet.
//
// Non-modal, so the user can open a row, fix it in the main window and come back. Shows the plan's title and
// explanation, then up to three group boxes ("Experiments", "Pipelines", "Experiments Referencing Pipeline"), each
// only when it has rows; one row per blocker: row text (name · version label), detail line, "Open" button.
// "Check again" re-plans from the workspace without closing: while something still blocks it shows the fresh rows;
// when nothing blocks it closes (accept()) and then emits nothingBlocks(), and plan() holds the fresh plan for the
// confirmation. "Close" rejects.
//
// Object names: explanationLabel, statusLabel, experimentsGroupBox, pipelinesGroupBox,
// experimentsReferencingPipelineGroupBox; each row is a "blockerRow" widget (properties recordId, section) holding
// rowLabel, detailLabel and openButton; checkAgainButton, closeButton.
// The workspace is watched with a QPointer: if it goes away, "Check again" is disabled.
#pragma once

#include "domain/archiveplanner.h"

#include <QDialog>
#include <QPointer>

class QGroupBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;
class Workspace;

class BlockerDialog : public QDialog
{
    Q_OBJECT
public:
    BlockerDialog(Workspace &workspace, const ArchivePlan &plan, QWidget *parent = nullptr);

    const ArchivePlan &plan() const { return m_plan; }
    /// Shows `plan`'s rows (e.g. the plan found blocked inside the archive transaction).
    void setPlan(const ArchivePlan &plan);
    /// What "Check again" does: re-plans from the workspace. Returns true when nothing blocks any more.
    bool checkAgain();

signals:
    /// "Open" on an Experiments or Experiments Referencing Pipeline row: select this experiment record.
    void openExperiment(const QString &recordId);
    /// "Open" on a Pipelines row: select this working pipeline and the nodes that use the family.
    void openPipeline(const QString &recordId, const QStringList &nodeIds);
    /// "Check again" found no blocker; the dialog has closed and plan() is the fresh plan.
    void nothingBlocks();

private:
    void rebuildRows();
    int preferredWidth() const;
    QGroupBox *makeSection(BlockerSection section, const QList<ArchiveBlocker> &rows, QWidget *parent);
    QWidget *makeRow(const ArchiveBlocker &blocker, QWidget *parent);
    void openRow(const ArchiveBlocker &blocker);

    QPointer<Workspace> m_workspace;
    ArchivePlan m_plan;
    QLabel *m_headingLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QScrollArea *m_scrollArea = nullptr;
    QPushButton *m_checkAgainButton = nullptr;
};
