// One conversation with an assistant as the Try tab and each column of Compare show it (domain.md §12): the turns
// as they stream in (the user's message, the answer with its file-search citations named from the workspace,
// code-interpreter activity, the function calls and their results, tokens in and out), a state line ("Incomplete:
// …" with Retry), and the panel that asks for a function's result.
//
// The pane owns its Conversation (app/conversation) and drives it with QCoro::connect: nothing blocks, every result
// arrives on the GUI thread. prepare() sets what the next conversation talks to; send() starts it on first use.
// reset() ("New conversation") drops the conversation: its thread or responses are deleted at the server in the
// background. Destroying the pane cancels what still runs (the client must outlive the pane and those closes).
#pragma once

#include "conversation/conversation.h"

#include <QCoro/QCoroTask>

#include <QColor>
#include <QMap>
#include <QPointer>
#include <QWidget>

class FunctionCallPanel;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTimer;

class ConversationPane : public QWidget
{
    Q_OBJECT
public:
    explicit ConversationPane(QWidget *parent = nullptr);
    ~ConversationPane() override;

    /// The client the conversations use; null: none can start.
    void setClient(OpenAi::OpenAiClient *client);
    /// What the next conversation talks to and how; takes effect at the next send() after reset() (or at once when
    /// no conversation has started).
    void prepare(const Conversation::Target &target, ConversationWay way);
    /// Results kept in the assistant's checks, per function name, offered when a call waits.
    void setSavedResults(const QMap<QString, QStringList> &results);

    /// Sends `text` as the next user message (starting the conversation when needed). Refusals (a turn still
    /// streams, the way cannot run the target, an invalid record) are shown in the state line and emitted.
    void send(const QString &text);
    void stop();
    void retry();
    /// "New conversation": drops the current one and clears the view. With `closeAtServer` its thread or responses
    /// are deleted at the server in the background (the client must outlive that); without (another workspace, the
    /// window closing) it is only cancelled.
    void reset(bool closeAtServer = true);

    bool hasConversation() const { return m_conversation != nullptr; }
    /// Idle when no conversation has started.
    ConversationState state() const;
    bool canSend() const;
    bool canRetry() const;
    QList<Turn> turns() const;
    /// The answer of the last turn as the view shows it (citation markers as [n]).
    QString lastAnswer() const;
    ConversationWay way() const { return m_way; }

    /// Marks character ranges [start, end) of the last turn's answer (as lastAnswer() gives it), e.g. the words
    /// Compare finds on one side only; empty clears.
    void setAnswerHighlights(const QList<std::pair<qsizetype, qsizetype>> &ranges, const QColor &color);
    /// The text a turn's answer is shown with: citation markers replaced by [1], [2], …
    static QString displayAnswer(const Turn &turn);

signals:
    void stateChanged(ConversationState state);
    /// A turn came to rest (Done, waiting for a function result, Incomplete, Failed, Stopped).
    void turnFinished(int turn, ConversationState state);
    /// A request was refused before anything was sent (shown in the state line too).
    void refused(const QString &message);

private:
    void startConversation();
    /// Shows where `step` (a send, a submitted result, a retry) comes to rest.
    void follow(QCoro::Task<Result<ConversationState>> step);
    void onStepEnded(const Result<ConversationState> &result);
    void submitResult(const QString &callId, const QString &output);
    void scheduleRender();
    void render();
    void updateState();
    QString turnHtml(const Turn &turn, int index, bool last) const;

    OpenAi::OpenAiClient *m_client = nullptr;
    Conversation::Target m_target;
    ConversationWay m_way = ConversationWay::Responses;
    QPointer<Conversation> m_conversation;
    QMap<QString, QStringList> m_savedResults;
    QString m_refusal;   // the last refusal, shown until the next request
    QList<std::pair<qsizetype, qsizetype>> m_highlights;
    QColor m_highlightColor;

    QTextBrowser *m_view = nullptr;
    QLabel *m_stateLabel = nullptr;
    QPushButton *m_retryButton = nullptr;
    FunctionCallPanel *m_callPanel = nullptr;
    QTimer *m_renderTimer = nullptr;
};
