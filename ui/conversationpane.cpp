#include "conversationpane.h"

#include "appearance.h"
#include "functioncallpanel.h"

#include <QCoro/QCoroTask>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace {
constexpr int RenderDelayMs = 30;   // deltas arrive word by word; one render per frame or so is plenty

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

QString paragraphs(const QString &escaped)
{
    return QString(escaped).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// Closes a dropped conversation at the server (its thread or responses), then lets it go. It owns the conversation
// from here on, so the close also finishes after the pane is gone (the client outlives every pane).
QCoro::Task<> closeQuietly(std::unique_ptr<Conversation> conversation)
{
    co_await conversation->close();
}
} // namespace

ConversationPane::ConversationPane(QWidget *parent) : QWidget(parent)
{
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("conversationView"));
    m_view->setAccessibleName(tr("Conversation"));
    m_view->setOpenLinks(false);
    m_view->setPlaceholderText(tr("Type a message below and send it with Ctrl+Enter; the answer streams in here."));
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("conversationStateLabel"));
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_retryButton = new QPushButton(tr("Re&try"), this);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setToolTip(tr("Send the last message again; the partial answer is dropped"));
    m_callPanel = new FunctionCallPanel(this);
    m_renderTimer = new QTimer(this);
    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(RenderDelayMs);

    auto *stateRow = new QHBoxLayout;
    stateRow->setContentsMargins(0, 0, 0, 0);
    stateRow->addWidget(m_stateLabel, 1);
    stateRow->addWidget(m_retryButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(stateRow);
    layout->addWidget(m_callPanel);

    connect(m_renderTimer, &QTimer::timeout, this, &ConversationPane::render);
    connect(m_retryButton, &QPushButton::clicked, this, &ConversationPane::retry);
    connect(m_callPanel, &FunctionCallPanel::resultSubmitted, this, &ConversationPane::submitResult);
    updateState();
}

ConversationPane::~ConversationPane() = default;   // the conversation, a child, cancels what still runs

void ConversationPane::setClient(OpenAi::OpenAiClient *client)
{
    m_client = client;
    updateState();
}

void ConversationPane::prepare(const Conversation::Target &target, ConversationWay way)
{
    m_target = target;
    m_way = way;
}

void ConversationPane::setSavedResults(const QMap<QString, QStringList> &results)
{
    m_savedResults = results;
}

ConversationState ConversationPane::state() const
{
    return m_conversation ? m_conversation->state() : ConversationState::Idle;
}

bool ConversationPane::canSend() const
{
    const ConversationState s = state();
    return m_client && s != ConversationState::Streaming && s != ConversationState::WaitingForFunctionResult;
}

bool ConversationPane::canRetry() const
{
    const ConversationState s = state();
    return m_conversation && !m_conversation->turns().isEmpty()
        && (s == ConversationState::Incomplete || s == ConversationState::Failed || s == ConversationState::Stopped);
}

QList<Turn> ConversationPane::turns() const
{
    return m_conversation ? m_conversation->turns() : QList<Turn>{};
}

QString ConversationPane::displayAnswer(const Turn &turn)
{
    QString text = turn.answer;
    for (qsizetype i = 0; i < turn.citations.size(); ++i)
        if (const QString &marker = turn.citations.at(i).marker; !marker.isEmpty())
            text.replace(marker, QStringLiteral("[%1]").arg(i + 1));
    return text;
}

QString ConversationPane::lastAnswer() const
{
    const QList<Turn> all = turns();
    return all.isEmpty() ? QString() : displayAnswer(all.last());
}

void ConversationPane::setAnswerHighlights(const QList<std::pair<qsizetype, qsizetype>> &ranges, const QColor &color)
{
    m_highlights = ranges;
    m_highlightColor = color;
    render();
}

void ConversationPane::startConversation()
{
    m_conversation = new Conversation(*m_client, m_target, m_way, this);
    Conversation *c = m_conversation;
    connect(c, &Conversation::stateChanged, this, [this](ConversationState s) {
        updateState();
        scheduleRender();
        emit stateChanged(s);
    });
    connect(c, &Conversation::turnStarted, this, &ConversationPane::scheduleRender);
    connect(c, &Conversation::textDelta, this, &ConversationPane::scheduleRender);
    connect(c, &Conversation::answerChanged, this, &ConversationPane::scheduleRender);
    connect(c, &Conversation::citationAdded, this, &ConversationPane::scheduleRender);
    connect(c, &Conversation::codeActivityChanged, this, &ConversationPane::scheduleRender);
    connect(c, &Conversation::usageChanged, this, &ConversationPane::scheduleRender);
    connect(c, &Conversation::turnFinished, this, [this](int turn, ConversationState s) {
        render();   // at once: what a test or the user reads next is the finished turn
        updateState();
        emit turnFinished(turn, s);
    });
}

void ConversationPane::send(const QString &text)
{
    if (!m_client)
        return;
    if (!m_conversation)
        startConversation();
    m_refusal.clear();
    m_highlights.clear();
    follow(m_conversation->send(text));
    scheduleRender();
    updateState();
}

void ConversationPane::submitResult(const QString &callId, const QString &output)
{
    if (!m_conversation)
        return;
    m_refusal.clear();
    follow(m_conversation->submitFunctionResult(callId, output));
    scheduleRender();
    updateState();
}

void ConversationPane::stop()
{
    if (m_conversation)
        m_conversation->stop();   // at once: the turn is Stopped before this returns
    updateState();
    render();
}

void ConversationPane::retry()
{
    if (!canRetry())
        return;
    m_refusal.clear();
    follow(m_conversation->retry());
    scheduleRender();
    updateState();
}

void ConversationPane::reset(bool closeAtServer)
{
    if (m_conversation) {
        Conversation *old = m_conversation;
        m_conversation = nullptr;
        disconnect(old, nullptr, this, nullptr);
        if (closeAtServer && !old->turns().isEmpty()) {
            old->setParent(nullptr);
            closeQuietly(std::unique_ptr<Conversation>(old));
        } else {
            old->deleteLater();   // its destructor cancels what still runs
        }
    }
    m_refusal.clear();
    m_highlights.clear();
    m_callPanel->clear();
    m_view->clear();
    updateState();
    emit stateChanged(ConversationState::Idle);
}

void ConversationPane::follow(QCoro::Task<Result<ConversationState>> step)
{
    QCoro::connect(std::move(step), this, [this](const Result<ConversationState> &r) { onStepEnded(r); });
}

void ConversationPane::onStepEnded(const Result<ConversationState> &result)
{
    if (!result) {
        if (result.error().kind != ErrorKind::Cancelled) {
            m_refusal = result.error().message;
            emit refused(m_refusal);
        }
    }
    updateState();
    render();
}

void ConversationPane::updateState()
{
    const ConversationState s = state();
    const QList<Turn> all = turns();
    const QString error = all.isEmpty() ? QString() : all.last().error;
    QString text;
    Appearance::Tone tone = Appearance::Tone::Neutral;
    switch (s) {
    case ConversationState::Streaming:
        text = tr("Answering…");
        break;
    case ConversationState::WaitingForFunctionResult: {
        const QList<FunctionCall> waiting = m_conversation ? m_conversation->pendingFunctionCalls() : QList<FunctionCall>{};
        text = waiting.isEmpty() ? tr("Waiting for a function result.")
                                 : tr("%1 was called: give its result below and submit it to go on.")
                                       .arg(waiting.first().name);
        break;
    }
    case ConversationState::Incomplete:
        text = tr("Incomplete: %1").arg(error.isEmpty() ? tr("the answer broke off.") : error);
        tone = Appearance::Tone::Warning;
        break;
    case ConversationState::Failed:
        text = tr("Failed: %1").arg(error);
        tone = Appearance::Tone::Negative;
        break;
    case ConversationState::Stopped:
        text = tr("Stopped.");
        break;
    case ConversationState::Done: {
        TokenUsage total;
        for (const Turn &t : all) {
            total.input += t.usage.input;
            total.output += t.usage.output;
        }
        text = tr("This conversation: %1 tokens in · %2 out").arg(total.input).arg(total.output);
        break;
    }
    case ConversationState::Idle:
    case ConversationState::Closed:
        break;
    }
    if (!m_refusal.isEmpty()) {
        text = m_refusal;
        tone = Appearance::Tone::Negative;
    }
    m_stateLabel->setText(text);
    QPalette pal = m_stateLabel->palette();
    pal.setColor(QPalette::WindowText, tone == Appearance::Tone::Neutral
                                           ? palette().color(QPalette::WindowText)
                                           : Appearance::statusColor(tone, palette()));
    m_stateLabel->setPalette(pal);
    m_stateLabel->setVisible(!text.isEmpty());
    m_retryButton->setVisible(canRetry());

    const QList<FunctionCall> pending = m_conversation ? m_conversation->pendingFunctionCalls() : QList<FunctionCall>{};
    if (pending.isEmpty())
        m_callPanel->clear();
    else
        m_callPanel->showCall(pending.first(), int(pending.size()), m_savedResults.value(pending.first().name));
}

void ConversationPane::scheduleRender()
{
    if (!m_renderTimer->isActive())
        m_renderTimer->start();
}

QString ConversationPane::turnHtml(const Turn &turn, int index, bool last) const
{
    const QPalette pal = palette();
    const QColor userBackground = blend(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.14);
    const QColor muted = pal.color(QPalette::PlaceholderText);
    QString html;
    html += QStringLiteral("<table width=\"100%\" cellpadding=\"6\" style=\"margin-top: 6px\"><tr><td bgcolor=\"%1\">"
                           "<b>%2</b><br>%3</td></tr></table>")
                .arg(userBackground.name(), tr("You").toHtmlEscaped(), paragraphs(turn.userMessage.toHtmlEscaped()));

    // The answer, with the words Compare marks.
    const QString answer = displayAnswer(turn);
    QString body;
    qsizetype at = 0;
    if (last && !m_highlights.isEmpty()) {
        for (const auto &[start, end] : m_highlights) {
            if (start < at || end > answer.size() || start >= end)
                continue;
            body += answer.mid(at, start - at).toHtmlEscaped();
            body += QStringLiteral("<span style=\"background-color: %1\">%2</span>")
                        .arg(m_highlightColor.name(), answer.mid(start, end - start).toHtmlEscaped());
            at = end;
        }
    }
    body += answer.mid(at).toHtmlEscaped();
    if (turn.state == ConversationState::Streaming)
        body += QStringLiteral(" ▍");
    // What the assistant did before it answered (code it ran, functions it called) comes first, then its answer.
    html += QStringLiteral("<p style=\"margin-left: 6px; margin-bottom: 0px\"><b>%1</b></p>")
                .arg(tr("Assistant").toHtmlEscaped());
    for (const CodeActivity &code : turn.code) {
        html += QStringLiteral("<p style=\"margin-left: 6px; color: %1\">%2</p>")
                    .arg(muted.name(), (code.finished ? tr("Code interpreter ran:") : tr("Code interpreter is running:"))
                                           .toHtmlEscaped());
        html += QStringLiteral("<pre style=\"margin-left: 18px\">%1</pre>").arg(code.input.toHtmlEscaped());
        for (const QString &output : code.outputs)
            html += QStringLiteral("<pre style=\"margin-left: 18px; color: %1\">→ %2</pre>")
                        .arg(muted.name(), output.toHtmlEscaped());
    }
    for (const FunctionCall &call : turn.functionCalls) {
        const QString args = FunctionCallPanel::prettyArguments(call.arguments);
        html += QStringLiteral("<p style=\"margin-left: 6px; margin-top: 2px; color: %1\">%2</p>"
                               "<pre style=\"margin-left: 18px\">%3</pre>")
                    .arg(muted.name(), tr("Called <b>%1</b> with:").arg(call.name.toHtmlEscaped()), args.toHtmlEscaped());
        html += QStringLiteral("<p style=\"margin-left: 18px; color: %1\">%2</p>")
                    .arg(muted.name(), call.output ? tr("Returned: %1").arg(*call.output).toHtmlEscaped()
                                                   : tr("(waiting for its result)").toHtmlEscaped());
    }
    if (!body.isEmpty())
        html += QStringLiteral("<p style=\"margin-left: 6px; margin-top: 2px\">%1</p>").arg(paragraphs(body));
    if (!turn.citations.isEmpty()) {
        QStringList sources;
        for (qsizetype i = 0; i < turn.citations.size(); ++i) {
            const Citation &c = turn.citations.at(i);
            QString line = QStringLiteral("[%1] <b>%2</b>").arg(i + 1).arg(c.fileName.toHtmlEscaped());
            if (!c.quote.isEmpty())
                line += QStringLiteral(" — “%1”").arg(c.quote.trimmed().left(160).toHtmlEscaped());
            sources << line;
        }
        html += QStringLiteral("<p style=\"margin-left: 6px\">%1<br>%2</p>")
                    .arg(tr("Sources:").toHtmlEscaped(), sources.join(QStringLiteral("<br>")));
    }

    QStringList footer;
    if (turn.usage.input > 0 || turn.usage.output > 0)
        footer << tr("%1 tokens in · %2 out").arg(turn.usage.input).arg(turn.usage.output).toHtmlEscaped();
    QString marker;
    switch (turn.state) {
    case ConversationState::Incomplete:
        marker = QStringLiteral("<span style=\"color: %1\"><b>%2</b></span>")
                     .arg(Appearance::statusColor(Appearance::Tone::Warning, pal).name(),
                          tr("⚠ incomplete").toHtmlEscaped());
        break;
    case ConversationState::Failed:
        marker = QStringLiteral("<span style=\"color: %1\"><b>%2</b></span>")
                     .arg(Appearance::statusColor(Appearance::Tone::Negative, pal).name(), tr("✕ failed").toHtmlEscaped());
        break;
    case ConversationState::Stopped:
        marker = QStringLiteral("<b>%1</b>").arg(tr("■ stopped").toHtmlEscaped());
        break;
    default:
        break;
    }
    if (!marker.isEmpty())
        footer.prepend(marker);
    if (!footer.isEmpty())
        html += QStringLiteral("<p style=\"margin-left: 6px; color: %1\">%2</p>")
                    .arg(muted.name(), footer.join(QStringLiteral(" · ")));
    Q_UNUSED(index);
    return html;
}

void ConversationPane::render()
{
    m_renderTimer->stop();
    const QList<Turn> all = turns();
    if (all.isEmpty()) {
        if (!m_view->document()->isEmpty())
            m_view->clear();
        return;
    }
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 4;
    const int kept = bar->value();
    QString html;
    for (int i = 0; i < all.size(); ++i)
        html += turnHtml(all.at(i), i, i == all.size() - 1);
    m_view->setHtml(html);
    bar->setValue(atEnd ? bar->maximum() : kept);
}
