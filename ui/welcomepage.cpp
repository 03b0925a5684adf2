#include "welcomepage.h"

#include "widgets.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

namespace {
QCommandLinkButton *linkButton(const QString &objectName, const QString &text, const QString &description,
                               QWidget *parent)
{
    auto *button = new QCommandLinkButton(text, description, parent);
    button->setObjectName(objectName);
    return button;
}
} // namespace

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    QLabel *title = Widgets::label(QStringLiteral("welcomeTitleLabel"), {}, this, tr("Welcome to Assistant Desk"));
    Widgets::setHeadingFont(title, 1.8);
    m_workspaceLabel =
        Widgets::label(QStringLiteral("welcomeWorkspaceLabel"), Widgets::WordWrap | Widgets::PlainText, this);

    m_importButton = linkButton(QStringLiteral("importWorkspaceButton"), tr("Import workspace file…"),
                                tr("Load assistants, experiments and pipelines from an Assistant Desk JSON file."),
                                this);
    m_connectButton = linkButton(QStringLiteral("connectServerButton"), tr("Connect to a server…"),
                                 tr("Fetch the assistants of an OpenAI-compatible server."), this);
    QCommandLinkButton *demoButton =
        linkButton(QStringLiteral("openDemoButton"), tr("Open the demo workspace"),
                   tr("A few example assistants with versions, experiments and pipelines to explore."), this);
    m_newAssistantButton = linkButton(QStringLiteral("newAssistantButton"), tr("Create an assistant"),
                                      tr("Start from an empty form in this workspace."), this);
    QCommandLinkButton *openButton = linkButton(QStringLiteral("openWorkspaceButton"), tr("Open another workspace…"),
                                                tr("Choose an existing workspace file."), this);

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(m_workspaceLabel);
    column->addSpacing(16);
    for (QCommandLinkButton *b : {m_importButton, m_connectButton, demoButton, m_newAssistantButton, openButton})
        column->addWidget(b);
    column->addStretch();

    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);
    outer->setContentsMargins(24, 48, 24, 24);

    connect(m_importButton, &QCommandLinkButton::clicked, this, &WelcomePage::importRequested);
    connect(demoButton, &QCommandLinkButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_newAssistantButton, &QCommandLinkButton::clicked, this, &WelcomePage::newAssistantRequested);
    connect(openButton, &QCommandLinkButton::clicked, this, &WelcomePage::openWorkspaceRequested);
    connect(m_connectButton, &QCommandLinkButton::clicked, this, &WelcomePage::connectRequested);
    setWorkspacePath(QString());
}

void WelcomePage::setWorkspacePath(const QString &path)
{
    const bool open = !path.isEmpty();
    m_workspaceLabel->setText(open ? tr("The workspace %1 is empty. Start with one of these:")
                                         .arg(QDir::toNativeSeparators(path))
                                   : tr("No workspace is open. Open the demo or choose a workspace file:"));
    m_importButton->setEnabled(open);
    m_newAssistantButton->setEnabled(open);
    const QString needsWorkspace = tr("Open a workspace first.");
    m_importButton->setToolTip(open ? QString() : needsWorkspace);
    m_newAssistantButton->setToolTip(open ? QString() : needsWorkspace);
    m_workspaceOpen = open;
    updateConnectButton();
}

void WelcomePage::setConnectAvailable(bool available)
{
    m_connectAvailable = available;
    updateConnectButton();
}

void WelcomePage::updateConnectButton()
{
    m_connectButton->setEnabled(m_connectAvailable && m_workspaceOpen);
    if (!m_connectAvailable)
        m_connectButton->setToolTip(tr("This window was started without a connection to OpenAI."));
    else
        m_connectButton->setToolTip(m_workspaceOpen ? QString() : tr("Open a workspace first."));
}
