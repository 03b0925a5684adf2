// The file table of one builtin tool (Code interpreter or File search): name, size, short sha256, remote id and
// whether a local copy exists; "Add files…" (through the Dialogs seam, stored with Workspace::addFile) and "Remove".
// When the tool is off, the rows are greyed and a note says "Not sent while this tool is off" (domain.md §1.1).
#pragma once

#include "domain/workspacefile.h"
#include "storage/workspace.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class Dialogs;
class FieldErrorLabel;
class QLabel;
class QPushButton;
class QTableWidget;


class ToolFilesPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { NameColumn, SizeColumn, ShaColumn, RemoteIdColumn, LocalCopyColumn, ColumnCount };

    /// `prefix` names the widgets: "<prefix>FilesTable", "add<Prefix>FilesButton", … (e.g. "codeInterpreter").
    ToolFilesPanel(const QString &prefix, Dialogs *dialogs, QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace) { m_workspace = workspace; }
    void setFileIds(const QStringList &ids);
    QStringList fileIds() const { return m_ids; }
    void setToolEnabled(bool enabled);
    void setReadOnly(bool readOnly);
    void setProblems(const QStringList &problems);

signals:
    void edited();
    void errorOccurred(const QString &message, const QStringList &details);

private:
    void addFiles();
    void removeSelected();
    void rebuild();
    void updateButtons();

    QPointer<Workspace> m_workspace;
    Dialogs *m_dialogs = nullptr;
    QStringList m_ids;
    QHash<QString, WorkspaceFile> m_files;
    bool m_toolEnabled = true;
    bool m_readOnly = false;
    QTableWidget *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_disabledNote = nullptr;
    FieldErrorLabel *m_error = nullptr;
};
