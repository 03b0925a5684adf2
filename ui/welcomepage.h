// The page shown instead of the list and editor while the workspace is empty (or could not be opened): import a
// workspace file, connect to a server (Settings → Connection, then Import all), open the demo workspace, create a first
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
    /// Whether "Connect to a server…" is offered (the window has an OpenAI client and a workspace is open).
    void setConnectAvailable(bool available);

signals:
    void importRequested();
    void demoRequested();
    void newAssistantRequested();
    void openWorkspaceRequested();
    void connectRequested();

private:
    void updateConnectButton();
    bool m_connectAvailable = false;
    bool m_workspaceOpen = false;
    QLabel *m_workspaceLabel = nullptr;
    QCommandLinkButton *m_importButton = nullptr;
    QCommandLinkButton *m_connectButton = nullptr;
    QCommandLinkButton *m_newAssistantButton = nullptr;
};
