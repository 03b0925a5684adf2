// The "Tools & files" tab of the assistant editor: Code interpreter and File search, each with its file table;
// function tools; and the four local-only flags (never sent, never compared).
#pragma once

#include "domain/assistant.h"
#include "domain/validation.h"

#include <QWidget>

class Dialogs;
class FunctionToolsEditor;
class QCheckBox;
class QLabel;
class ToolFilesPanel;
class Workspace;

class ToolsTab : public QWidget
{
    Q_OBJECT
public:
    ToolsTab(Dialogs *dialogs, QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void setAssistant(const Assistant &assistant);
    void apply(Assistant &assistant) const;
    void setReadOnly(bool readOnly);
    QList<FieldProblem> jsonProblems() const;
    QList<FieldProblem> showProblems(const QList<FieldProblem> &problems);

signals:
    void edited();
    void errorOccurred(const QString &message, const QStringList &details);

private:
    QCheckBox *m_codeInterpreterCheck = nullptr;
    QCheckBox *m_fileSearchCheck = nullptr;
    ToolFilesPanel *m_codeInterpreterFiles = nullptr;
    ToolFilesPanel *m_fileSearchFiles = nullptr;
    QLabel *m_vectorStoreLabel = nullptr;
    FunctionToolsEditor *m_functions = nullptr;
    QCheckBox *m_includeFileInfoCheck = nullptr;
    QCheckBox *m_fileSearchAttachmentsCheck = nullptr;
    QCheckBox *m_codeInterpreterAttachmentsCheck = nullptr;
    QCheckBox *m_fileDownloadsCheck = nullptr;
    bool m_loading = false;
};
