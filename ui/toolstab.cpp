#include "toolstab.h"

#include "functiontoolseditor.h"
#include "toolfilespanel.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

ToolsTab::ToolsTab(Dialogs *dialogs, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("toolsTab"));
    auto *content = new QWidget;

    m_codeInterpreterCheck = new QCheckBox(tr("Code interpreter"), content);
    m_codeInterpreterCheck->setObjectName(QStringLiteral("codeInterpreterCheckBox"));
    m_codeInterpreterFiles = new ToolFilesPanel(QStringLiteral("codeInterpreter"), dialogs, content);
    m_fileSearchCheck = new QCheckBox(tr("File search"), content);
    m_fileSearchCheck->setObjectName(QStringLiteral("fileSearchCheckBox"));
    m_fileSearchFiles = new ToolFilesPanel(QStringLiteral("fileSearch"), dialogs, content);
    m_vectorStoreLabel = new QLabel(content);
    m_vectorStoreLabel->setObjectName(QStringLiteral("vectorStoreLabel"));
    m_vectorStoreLabel->setForegroundRole(QPalette::PlaceholderText);
    m_functions = new FunctionToolsEditor(content);

    m_includeFileInfoCheck = new QCheckBox(tr("Include file information in answers"), content);
    m_includeFileInfoCheck->setObjectName(QStringLiteral("includeFileInfoCheckBox"));
    m_fileSearchAttachmentsCheck = new QCheckBox(tr("Allow file search attachments in chats"), content);
    m_fileSearchAttachmentsCheck->setObjectName(QStringLiteral("allowFileSearchAttachmentsCheckBox"));
    m_codeInterpreterAttachmentsCheck = new QCheckBox(tr("Allow code interpreter attachments in chats"), content);
    m_codeInterpreterAttachmentsCheck->setObjectName(QStringLiteral("allowCodeInterpreterAttachmentsCheckBox"));
    m_fileDownloadsCheck = new QCheckBox(tr("Allow file downloads"), content);
    m_fileDownloadsCheck->setObjectName(QStringLiteral("allowFileDownloadsCheckBox"));

    auto *codeGroup = new QGroupBox(content);
    auto *codeLayout = new QVBoxLayout(codeGroup);
    codeLayout->addWidget(m_codeInterpreterCheck);
    codeLayout->addWidget(m_codeInterpreterFiles);

    auto *searchGroup = new QGroupBox(content);
    auto *searchLayout = new QVBoxLayout(searchGroup);
    auto *searchHeader = new QHBoxLayout;
    searchHeader->addWidget(m_fileSearchCheck);
    searchHeader->addStretch();
    searchHeader->addWidget(m_vectorStoreLabel);
    searchLayout->addLayout(searchHeader);
    searchLayout->addWidget(m_fileSearchFiles);

    auto *functionsGroup = new QGroupBox(tr("Function tools"), content);
    auto *functionsLayout = new QVBoxLayout(functionsGroup);
    functionsLayout->addWidget(m_functions);

    auto *localGroup = new QGroupBox(tr("Local options (never sent to the server)"), content);
    auto *localLayout = new QVBoxLayout(localGroup);
    localLayout->addWidget(m_includeFileInfoCheck);
    localLayout->addWidget(m_fileSearchAttachmentsCheck);
    localLayout->addWidget(m_codeInterpreterAttachmentsCheck);
    localLayout->addWidget(m_fileDownloadsCheck);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(codeGroup);
    contentLayout->addWidget(searchGroup);
    contentLayout->addWidget(functionsGroup);
    contentLayout->addWidget(localGroup);
    contentLayout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("toolsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    const auto changed = [this] {
        if (!m_loading)
            emit edited();
    };
    connect(m_codeInterpreterCheck, &QCheckBox::toggled, this, [this, changed](bool on) {
        m_codeInterpreterFiles->setToolEnabled(on);
        changed();
    });
    connect(m_fileSearchCheck, &QCheckBox::toggled, this, [this, changed](bool on) {
        m_fileSearchFiles->setToolEnabled(on);
        changed();
    });
    for (QCheckBox *check : {m_includeFileInfoCheck, m_fileSearchAttachmentsCheck, m_codeInterpreterAttachmentsCheck,
                             m_fileDownloadsCheck})
        connect(check, &QCheckBox::toggled, this, changed);
    connect(m_codeInterpreterFiles, &ToolFilesPanel::edited, this, changed);
    connect(m_fileSearchFiles, &ToolFilesPanel::edited, this, changed);
    connect(m_functions, &FunctionToolsEditor::edited, this, changed);
    connect(m_codeInterpreterFiles, &ToolFilesPanel::errorOccurred, this, &ToolsTab::errorOccurred);
    connect(m_fileSearchFiles, &ToolFilesPanel::errorOccurred, this, &ToolsTab::errorOccurred);
}

void ToolsTab::setWorkspace(Workspace *workspace)
{
    m_codeInterpreterFiles->setWorkspace(workspace);
    m_fileSearchFiles->setWorkspace(workspace);
}

void ToolsTab::setAssistant(const Assistant &a)
{
    m_loading = true;
    m_codeInterpreterCheck->setChecked(a.codeInterpreter);
    m_fileSearchCheck->setChecked(a.fileSearch);
    m_codeInterpreterFiles->setToolEnabled(a.codeInterpreter);
    m_fileSearchFiles->setToolEnabled(a.fileSearch);
    m_codeInterpreterFiles->setFileIds(a.codeInterpreterFiles);
    m_fileSearchFiles->setFileIds(a.fileSearchFiles);
    m_vectorStoreLabel->setText(a.vectorStoreId ? tr("Vector store: %1").arg(*a.vectorStoreId)
                                                : tr("No vector store yet"));
    m_functions->setFunctions(a.functions);
    m_includeFileInfoCheck->setChecked(a.includeFileInfo);
    m_fileSearchAttachmentsCheck->setChecked(a.allowFileSearchAttachments);
    m_codeInterpreterAttachmentsCheck->setChecked(a.allowCodeInterpreterAttachments);
    m_fileDownloadsCheck->setChecked(a.allowFileDownloads);
    m_loading = false;
}

void ToolsTab::apply(Assistant &a) const
{
    a.codeInterpreter = m_codeInterpreterCheck->isChecked();
    a.fileSearch = m_fileSearchCheck->isChecked();
    a.codeInterpreterFiles = m_codeInterpreterFiles->fileIds();
    a.fileSearchFiles = m_fileSearchFiles->fileIds();
    a.functions = m_functions->functions();
    a.includeFileInfo = m_includeFileInfoCheck->isChecked();
    a.allowFileSearchAttachments = m_fileSearchAttachmentsCheck->isChecked();
    a.allowCodeInterpreterAttachments = m_codeInterpreterAttachmentsCheck->isChecked();
    a.allowFileDownloads = m_fileDownloadsCheck->isChecked();
}

void ToolsTab::setReadOnly(bool readOnly)
{
    for (QCheckBox *check : {m_codeInterpreterCheck, m_fileSearchCheck, m_includeFileInfoCheck,
                             m_fileSearchAttachmentsCheck, m_codeInterpreterAttachmentsCheck, m_fileDownloadsCheck})
        check->setEnabled(!readOnly);
    m_codeInterpreterFiles->setReadOnly(readOnly);
    m_fileSearchFiles->setReadOnly(readOnly);
    m_functions->setReadOnly(readOnly);
}

QList<FieldProblem> ToolsTab::jsonProblems() const
{
    return m_functions->jsonProblems();
}

QList<FieldProblem> ToolsTab::showProblems(const QList<FieldProblem> &problems)
{
    QList<FieldProblem> rest;
    QStringList codeLines;
    QStringList searchLines;
    for (const FieldProblem &p : problems) {
        if (p.path == QLatin1String("files.code_interpreter"))
            codeLines << p.text();
        else if (p.path == QLatin1String("files.file_search"))
            searchLines << p.text();
        else
            rest << p;
    }
    m_codeInterpreterFiles->setProblems(codeLines);
    m_fileSearchFiles->setProblems(searchLines);
    return m_functions->showProblems(rest);
}
