// The page shown instead of the list and editor while the workspace is empty (or could not be opened): import a
// workspace file, connect to a server (arrives with the OpenAI client), open the demo workspace, create a first
// assistant, or open another workspace file.
#pragma once

#include <QWidget>

class QCommandLinkButton;
class QLabel;

class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    /// The open workspace's path, or empty when none is open (then only "demo" and "open" are offered).
    void setWorkspacePath(const QString &path);

signals:
    void importRequested();
    void demoRequested();
    void newAssistantRequested();
    void openWorkspaceRequested();

private:
    QLabel *m_workspaceLabel = nullptr;
    QCommandLinkButton *m_importButton = nullptr;
    QCommandLinkButton *m_connectButton = nullptr;
    QCommandLinkButton *m_demoButton = nullptr;
    QCommandLinkButton *m_newAssistantButton = nullptr;
    QCommandLinkButton *m_openButton = nullptr;
};
