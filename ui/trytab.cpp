#include "trytab.h"

#include "checkdialog.h"
#include "conversationpane.h"
#include "export/responsesexport.h"
#include "storage/workspace.h"
#include "synccontroller.h"
#include "waypicker.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace {
/// The workspace's files a record names (for citation names and the Responses configuration).
QList<WorkspaceFile> filesOf(const Workspace *workspace, const Assistant &a)
{
    return workspace ? workspace->filesByIds(a.codeInterpreterFiles + a.fileSearchFiles) : QList<WorkspaceFile>{};
}
} // namespace

TryTab::TryTab(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("tryTab"));
    m_way = new WayPicker(this);
    m_way->setObjectName(QStringLiteral("wayCombo"));
    auto *wayLabel = new QLabel(tr("&Run by:"), this);
    wayLabel->setBuddy(m_way);
    m_reasonLabel = new QLabel(this);
    m_reasonLabel->setObjectName(QStringLiteral("wayReasonLabel"));
    m_reasonLabel->setWordWrap(true);
    m_reasonLabel->setTextFormat(Qt::PlainText);
    m_reasonLabel->setForegroundRole(QPalette::PlaceholderText);
    m_newButton = new QPushButton(tr("&New conversation"), this);
    m_newButton->setObjectName(QStringLiteral("newConversationButton"));
    m_newButton->setToolTip(tr("Start again: the current conversation is closed and deleted at the server"));
    m_warningsLabel = new QLabel(this);
    m_warningsLabel->setObjectName(QStringLiteral("tryWarningsLabel"));
    m_warningsLabel->setWordWrap(true);
    m_warningsLabel->setTextFormat(Qt::PlainText);
    m_warningsLabel->setForegroundRole(QPalette::PlaceholderText);

    m_pane = new ConversationPane(this);
    m_pane->setObjectName(QStringLiteral("tryPane"));

    m_messageEdit = new QPlainTextEdit(this);
    m_messageEdit->setObjectName(QStringLiteral("messageEdit"));
    m_messageEdit->setAccessibleName(tr("Message"));
    m_messageEdit->setPlaceholderText(tr("Message to the assistant (Ctrl+Enter sends)"));
    m_messageEdit->setTabChangesFocus(true);
    m_messageEdit->setFixedHeight(m_messageEdit->fontMetrics().lineSpacing() * 3 + 14);
    m_messageEdit->installEventFilter(this);
    m_sendButton = new QPushButton(tr("&Send"), this);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setToolTip(tr("Send the message (Ctrl+Enter)"));
    m_sendButton->setDefault(false);
    m_stopButton = new QPushButton(tr("S&top"), this);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_stopButton->setToolTip(tr("Stop the answer now; what arrived stays"));
    m_saveCheckButton = new QPushButton(tr("Save as &check…"), this);
    m_saveCheckButton->setObjectName(QStringLiteral("saveAsCheckButton"));
    m_saveCheckButton->setToolTip(tr("Keep this conversation with the assistant as a check that can run again"));

    auto *top = new QHBoxLayout;
    top->addWidget(wayLabel);
    top->addWidget(m_way);
    top->addWidget(m_reasonLabel, 1);
    top->addWidget(m_newButton);
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_sendButton, 0, 0);
    buttons->addWidget(m_stopButton, 0, 1);
    buttons->addWidget(m_saveCheckButton, 1, 0, 1, 2);
    auto *input = new QHBoxLayout;
    input->addWidget(m_messageEdit, 1);
    input->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_warningsLabel);
    layout->addWidget(m_pane, 1);
    layout->addLayout(input);

    connect(m_way, &WayPicker::wayChanged, this, [this] {
        m_reasonLabel->setText(m_way->reasonText());
        setAssistant(m_assistant);
    });
    connect(m_newButton, &QPushButton::clicked, this, &TryTab::newConversation);
    connect(m_sendButton, &QPushButton::clicked, this, &TryTab::sendMessage);
    connect(m_stopButton, &QPushButton::clicked, m_pane, &ConversationPane::stop);
    connect(m_saveCheckButton, &QPushButton::clicked, this, &TryTab::saveAsCheck);
    connect(m_messageEdit, &QPlainTextEdit::textChanged, this, &TryTab::updateButtons);
    connect(m_pane, &ConversationPane::stateChanged, this, &TryTab::updateButtons);
    connect(m_pane, &ConversationPane::refused, this, [this](const QString &) { updateButtons(); });
    updateButtons();
}

void TryTab::setServer(SyncController *sync)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    m_pane->setClient(sync ? sync->client() : nullptr);
    if (m_sync) {
        connect(m_sync, &SyncController::modeChanged, this, &TryTab::refreshWays);
        connect(m_sync, &SyncController::capabilitiesChanged, this, &TryTab::refreshWays);
    }
    refreshWays();
}

void TryTab::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::checksChanged, this, &TryTab::refreshSavedResults);
    // Another workspace (perhaps on another server, the client already bound to it) or none: the conversation can
    // only be cancelled here, not closed at its server.
    m_pane->reset(false);
    clear();
}

void TryTab::clear()
{
    // The record is gone from the editor: the conversation is closed, its thread or responses deleted at the server.
    m_pane->reset();
    m_messageEdit->clear();
    m_assistant = Assistant{};
    refreshWays();
}

void TryTab::refreshWays()
{
    const std::optional<ServerCapabilities> capabilities = m_sync ? m_sync->capabilities() : std::nullopt;
    const QString offline = !m_sync ? tr("This window has no server connection.") : m_sync->conversationUnavailableReason();
    m_way->setAssistant(m_assistant, capabilities ? &*capabilities : nullptr,
                        m_assistant.id.isEmpty() ? tr("No assistant selected.") : offline);
    m_reasonLabel->setText(m_way->reasonText());
    updateButtons();
}

void TryTab::setAssistant(const Assistant &assistant)
{
    const bool another = assistant.id != m_assistant.id;
    m_assistant = assistant;
    if (another && m_pane->hasConversation())
        newConversation();
    if (!m_pane->hasConversation())
        m_pane->prepare(Conversation::Target{m_assistant, filesOf(m_workspace, m_assistant)}, m_way->way());
    if (another) {
        refreshWays();
        refreshSavedResults();
    }
    // What this way leaves out, before anything is sent.
    QStringList warnings;
    if (m_way->way() == ConversationWay::Responses) {
        warnings = ResponsesExport::exportAssistant(m_assistant, filesOf(m_workspace, m_assistant)).warnings;
    } else if (m_workspace && !m_assistant.id.isEmpty()) {
        const auto stored = m_workspace->assistant(m_assistant.id);
        if (m_assistant.notPushed || (stored && !stored->sameRemoteConfiguration(m_assistant)))
            warnings << tr("The Assistants way runs the assistant as the server has it: unsaved and unpushed changes "
                           "are not part of it.");
    }
    m_warningsLabel->setText(warnings.join(QLatin1Char('\n')));
    m_warningsLabel->setVisible(!warnings.isEmpty());
    updateButtons();
}

void TryTab::refreshSavedResults()
{
    QMap<QString, QStringList> results;
    if (m_workspace && !m_assistant.id.isEmpty()) {
        const QString workingId = m_assistant.isVersion() ? m_assistant.workingVersionId : m_assistant.id;
        for (const Check &c : m_workspace->checks(workingId))
            for (auto it = c.functionResults.cbegin(); it != c.functionResults.cend(); ++it)
                if (!results[it.key()].contains(it.value()))
                    results[it.key()] << it.value();
    }
    m_pane->setSavedResults(results);
}

void TryTab::updateButtons()
{
    const ConversationState state = m_pane->state();
    const bool running = state == ConversationState::Streaming || state == ConversationState::WaitingForFunctionResult;
    const bool canRun = !m_assistant.id.isEmpty() && m_way->canRun();
    m_sendButton->setEnabled(canRun && m_pane->canSend() && !m_messageEdit->toPlainText().trimmed().isEmpty());
    m_stopButton->setEnabled(running);
    m_newButton->setEnabled(m_pane->hasConversation());
    // The way belongs to the conversation: it is chosen before the first message.
    m_way->setEnabled(!m_pane->hasConversation() && !m_assistant.id.isEmpty());
    m_way->setToolTip(m_pane->hasConversation() ? tr("Start a new conversation to change the way")
                                                : m_way->reason(m_way->way()));
    const bool working = !m_assistant.id.isEmpty() && !m_assistant.isVersion() && !m_assistant.archived;
    m_saveCheckButton->setEnabled(working && !running && m_workspace && !m_pane->turns().isEmpty());
    m_saveCheckButton->setToolTip(working ? tr("Keep this conversation with the assistant as a check that can run again")
                                          : tr("Checks belong to the working assistant; versions and archived "
                                               "assistants are read-only"));
}

void TryTab::newConversation()
{
    m_pane->reset();
    m_pane->prepare(Conversation::Target{m_assistant, filesOf(m_workspace, m_assistant)}, m_way->way());
    updateButtons();
}

void TryTab::sendMessage()
{
    const QString text = m_messageEdit->toPlainText().trimmed();
    if (text.isEmpty() || !m_sendButton->isEnabled())
        return;
    if (!m_pane->hasConversation())
        m_pane->prepare(Conversation::Target{m_assistant, filesOf(m_workspace, m_assistant)}, m_way->way());
    m_messageEdit->clear();
    m_pane->send(text);
    updateButtons();
}

void TryTab::saveAsCheck()
{
    if (!m_workspace || m_assistant.id.isEmpty() || m_assistant.isVersion() || m_pane->turns().isEmpty())
        return;
    Check initial;
    QStringList called;
    for (const Turn &turn : m_pane->turns()) {
        initial.messages << turn.userMessage;
        for (const FunctionCall &call : turn.functionCalls) {
            if (call.output && !initial.functionResults.contains(call.name))
                initial.functionResults.insert(call.name, *call.output);
            if (!called.contains(call.name))
                called << call.name;
        }
    }
    const QString first = initial.messages.value(0).simplified();
    initial.name = first.size() > 48 ? first.left(47) + QStringLiteral("…") : first;
    for (const QString &name : std::as_const(called))
        initial.expect << CheckExpectation{CheckExpectation::Kind::Calls, name, {}};
    QStringList functions;
    for (const FunctionTool &f : std::as_const(m_assistant.functions))
        functions << f.name;
    auto *dialog = new CheckDialog(initial, functions, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString assistantId = m_assistant.id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, assistantId] {
        if (!m_workspace)
            return;
        const auto saved = m_workspace->saveCheck(assistantId, dialog->check());
        if (!saved) {
            emit messageRaised(tr("The check was not saved: %1").arg(saved.error().message), saved.error().details);
            return;
        }
        emit statusMessage(tr("Saved the check “%1”.").arg(saved->name));
        emit checkSaved(saved->id);
    });
    dialog->open();
}

bool TryTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_messageEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() & Qt::ControlModifier) {
            sendMessage();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
