#include "comparedialog.h"

#include "appearance.h"
#include "conversationpane.h"
#include "storage/workspace.h"
#include "synccontroller.h"
#include "waypicker.h"
#include "worddiff.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace {
QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

bool atRest(ConversationState s)
{
    return s != ConversationState::Streaming && s != ConversationState::WaitingForFunctionResult;
}
} // namespace

CompareDialog::CompareDialog(SyncController *sync, Workspace *workspace, const Assistant &current, QWidget *parent)
    : QDialog(parent), m_sync(sync), m_workspace(workspace), m_current(current)
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare — %1").arg(current.name));
    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->setObjectName(QStringLiteral("compareSplitter"));
    columns->setChildrenCollapsible(false);
    m_left = makeColumn(QStringLiteral("left"), columns);
    m_right = makeColumn(QStringLiteral("right"), columns);

    m_migrationButton = new QPushButton(tr("&Migration check"), this);
    m_migrationButton->setObjectName(QStringLiteral("migrationCheckButton"));
    m_migrationButton->setToolTip(tr("This assistant by the Assistants way on the left, by its Responses configuration "
                                     "on the right"));
    m_differenceLabel = new QLabel(this);
    m_differenceLabel->setObjectName(QStringLiteral("differenceLabel"));
    m_differenceLabel->setWordWrap(true);
    m_differenceLabel->setTextFormat(Qt::PlainText);
    QFont bold = m_differenceLabel->font();
    bold.setBold(true);
    m_differenceLabel->setFont(bold);
    m_messageEdit = new QPlainTextEdit(this);
    m_messageEdit->setObjectName(QStringLiteral("compareMessageEdit"));
    m_messageEdit->setAccessibleName(tr("Message"));
    m_messageEdit->setPlaceholderText(tr("Message sent to both sides (Ctrl+Enter sends)"));
    m_messageEdit->setTabChangesFocus(true);
    m_messageEdit->setFixedHeight(m_messageEdit->fontMetrics().lineSpacing() * 3 + 14);
    m_messageEdit->installEventFilter(this);
    m_sendButton = new QPushButton(tr("&Send to both"), this);
    m_sendButton->setObjectName(QStringLiteral("compareSendButton"));
    m_stopButton = new QPushButton(tr("S&top"), this);
    m_stopButton->setObjectName(QStringLiteral("compareStopButton"));
    m_newButton = new QPushButton(tr("&New conversations"), this);
    m_newButton->setObjectName(QStringLiteral("compareNewButton"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_differenceLabel, 1);
    top->addWidget(m_migrationButton);
    top->addWidget(m_newButton);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_sendButton);
    buttons->addWidget(m_stopButton);
    auto *input = new QHBoxLayout;
    input->addWidget(m_messageEdit, 1);
    input->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(columns, 1);
    layout->addLayout(input);
    resize(1180, 720);

    fillTargets();
    for (Side side : {Left, Right}) {
        const Column &c = side == Left ? m_left : m_right;
        connect(c.target, &QComboBox::currentIndexChanged, this, [this, side] { targetChanged(side); });
        connect(c.way, &QComboBox::currentIndexChanged, this, &CompareDialog::restart);
        connect(c.pane, &ConversationPane::stateChanged, this, [this] {
            compareAnswers();
            updateButtons();
        });
        connect(c.pane, &ConversationPane::refused, this, &CompareDialog::updateButtons);
    }
    connect(m_migrationButton, &QPushButton::clicked, this, &CompareDialog::migrationCheck);
    connect(m_newButton, &QPushButton::clicked, this, &CompareDialog::restart);
    connect(m_sendButton, &QPushButton::clicked, this, [this] { send(m_messageEdit->toPlainText()); });
    connect(m_stopButton, &QPushButton::clicked, this, [this] {
        m_left.pane->stop();
        m_right.pane->stop();
    });
    connect(m_messageEdit, &QPlainTextEdit::textChanged, this, &CompareDialog::updateButtons);
    if (m_sync) {
        // Online, offline, or what the server offers: the ways are re-evaluated, the conversations stay.
        connect(m_sync, &SyncController::modeChanged, this, &CompareDialog::refreshWays);
        connect(m_sync, &SyncController::capabilitiesChanged, this, &CompareDialog::refreshWays);
    }

    // A useful start: a version against the working copy when there is one, else the migration check.
    if (m_targets.size() > 1 && m_targets.at(1).record.workingVersionId == (current.isVersion() ? current.workingVersionId
                                                                                                 : current.id)) {
        m_left.target->setCurrentIndex(0);
        m_right.target->setCurrentIndex(1);
        targetChanged(Left);
        targetChanged(Right);
        m_left.way->setWay(ConversationWay::Responses);
        m_right.way->setWay(ConversationWay::Responses);
    } else {
        migrationCheck();
    }
    restart();
}

CompareDialog::Column CompareDialog::makeColumn(const QString &prefix, QWidget *parent)
{
    auto *box = new QWidget(parent);
    box->setObjectName(prefix + QStringLiteral("Column"));
    Column c;
    c.target = new QComboBox(box);
    c.target->setObjectName(prefix + QStringLiteral("TargetCombo"));
    c.target->setAccessibleName(prefix == QLatin1String("left") ? tr("Left target") : tr("Right target"));
    c.target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    c.target->setMinimumContentsLength(18);
    c.way = new WayPicker(box);
    c.way->setObjectName(prefix + QStringLiteral("WayCombo"));
    c.title = new QLabel(box);
    c.title->setObjectName(prefix + QStringLiteral("TitleLabel"));
    c.title->setWordWrap(true);
    c.title->setTextFormat(Qt::PlainText);
    QPalette warning = c.title->palette();
    warning.setColor(QPalette::WindowText, Appearance::statusColor(Appearance::Tone::Warning, palette()));
    c.title->setPalette(warning);
    c.pane = new ConversationPane(box);
    c.pane->setObjectName(prefix + QStringLiteral("Pane"));
    c.pane->setClient(m_sync ? m_sync->client() : nullptr);
    auto *pickers = new QHBoxLayout;
    pickers->addWidget(c.target, 1);
    pickers->addWidget(c.way);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(pickers);
    layout->addWidget(c.title);
    layout->addWidget(c.pane, 1);
    return c;
}

void CompareDialog::fillTargets()
{
    const QString workingId = m_current.isVersion() ? m_current.workingVersionId : m_current.id;
    m_targets << Target{m_current.isVersion() ? tr("%1 (this version)").arg(m_current.name)
                                              : tr("%1 · working copy").arg(m_current.name),
                        m_current};
    QList<Assistant> versions = m_workspace ? m_workspace->versions(workingId) : QList<Assistant>{};
    std::sort(versions.begin(), versions.end(),
              [](const Assistant &a, const Assistant &b) { return a.versionNumber > b.versionNumber; });
    for (const Assistant &v : std::as_const(versions))
        if (v.id != m_current.id)
            m_targets << Target{tr("%1 · v%2").arg(v.name).arg(v.versionNumber), v};
    if (m_current.isVersion() && m_workspace)
        if (const auto working = m_workspace->assistant(workingId))
            m_targets << Target{tr("%1 · working copy (saved)").arg(working->name), working.value()};
    if (m_workspace) {
        QList<AssistantSummary> others;
        for (const AssistantSummary &s : m_workspace->assistantSummaries())
            if (!s.isVersion() && !s.archived && s.id != workingId)
                others << s;
        std::sort(others.begin(), others.end(), [](const AssistantSummary &a, const AssistantSummary &b) {
            return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
        });
        for (const AssistantSummary &s : std::as_const(others)) {
            Target t;
            t.label = s.name;
            t.record.id = s.id;   // read in full when chosen
            m_targets << t;
        }
    }
    for (Column *c : {&m_left, &m_right}) {
        const QSignalBlocker block(c->target);
        for (int i = 0; i < m_targets.size(); ++i)
            c->target->addItem(m_targets.at(i).label, i);
    }
}

Conversation::Target CompareDialog::targetOf(const Column &column) const
{
    const int i = column.target->currentData().toInt();
    if (i < 0 || i >= m_targets.size())
        return {};
    Assistant record = m_targets.at(i).record;
    if (record.name.isEmpty() && m_workspace)   // another assistant: read it now
        if (const auto stored = m_workspace->assistant(record.id))
            record = stored.value();
    const QList<WorkspaceFile> files =
        m_workspace ? m_workspace->filesByIds(record.codeInterpreterFiles + record.fileSearchFiles) : QList<WorkspaceFile>{};
    return Conversation::Target{record, files};
}

void CompareDialog::updateWay(Side side)
{
    Column &c = side == Left ? m_left : m_right;
    const Conversation::Target target = targetOf(c);
    const std::optional<ServerCapabilities> capabilities = m_sync ? m_sync->capabilities() : std::nullopt;
    const QSignalBlocker block(c.way);
    c.way->setAssistant(target.assistant, capabilities ? &*capabilities : nullptr,
                        m_sync ? m_sync->conversationUnavailableReason() : tr("This window has no server connection."));
}

void CompareDialog::targetChanged(Side side)
{
    updateWay(side);
    restart();
}

void CompareDialog::refreshWays()
{
    updateWay(Left);
    updateWay(Right);
    updateTitles();
    updateButtons();
}

void CompareDialog::updateTitles()
{
    // The pickers above say what each side runs; the line below them says only why it cannot.
    for (Column *c : {&m_left, &m_right}) {
        const QString reason = c->way->reason(c->way->way());
        c->title->setText(reason.isEmpty() ? QString() : tr("Cannot run: %1").arg(reason));
        c->title->setVisible(!reason.isEmpty());
    }
}

bool CompareDialog::choose(Side side, const QString &label, ConversationWay way)
{
    Column &c = side == Left ? m_left : m_right;
    const int index = c.target->findText(label);
    if (index < 0)
        return false;
    c.target->setCurrentIndex(index);
    targetChanged(side);
    c.way->setWay(way);
    restart();
    return c.way->way() == way;
}

void CompareDialog::migrationCheck()
{
    for (Column *c : {&m_left, &m_right}) {
        const QSignalBlocker block(c->target);
        c->target->setCurrentIndex(0);
    }
    targetChanged(Left);
    targetChanged(Right);
    const QSignalBlocker blockLeft(m_left.way);
    const QSignalBlocker blockRight(m_right.way);
    m_left.way->setWay(ConversationWay::Assistants);
    m_right.way->setWay(ConversationWay::Responses);
    restart();
}

void CompareDialog::restart()
{
    for (Column *c : {&m_left, &m_right}) {
        c->pane->reset();
        c->pane->prepare(targetOf(*c), c->way->way());
    }
    updateTitles();
    m_differenceLabel->setText(tr("Type a message: it goes to both sides, and the final answers are compared."));
    updateButtons();
}

void CompareDialog::send(const QString &text)
{
    const QString message = text.trimmed();
    const bool ready = m_left.way->canRun() && m_right.way->canRun() && m_left.pane->canSend() && m_right.pane->canSend();
    if (message.isEmpty() || !ready)
        return;
    m_messageEdit->clear();
    m_differenceLabel->setText(tr("Waiting for both answers…"));
    m_left.pane->send(message);
    m_right.pane->send(message);
    updateButtons();
}

void CompareDialog::updateButtons()
{
    const bool canRun = m_left.way->canRun() && m_right.way->canRun();
    const bool idle = m_left.pane->canSend() && m_right.pane->canSend();
    m_sendButton->setEnabled(canRun && idle && !m_messageEdit->toPlainText().trimmed().isEmpty());
    m_sendButton->setToolTip(canRun ? tr("Send the message to both sides (Ctrl+Enter)")
                                    : tr("A side cannot run: see the reason above its conversation"));
    const bool running = !atRest(m_left.pane->state()) || !atRest(m_right.pane->state());
    m_stopButton->setEnabled(running);
    m_newButton->setEnabled(m_left.pane->hasConversation() || m_right.pane->hasConversation());
}

void CompareDialog::compareAnswers()
{
    const QList<Turn> left = m_left.pane->turns();
    const QList<Turn> right = m_right.pane->turns();
    if (left.isEmpty() || left.size() != right.size() || !atRest(m_left.pane->state())
        || !atRest(m_right.pane->state()))
        return;
    const WordDiff::Result diff = WordDiff::compare(m_left.pane->lastAnswer(), m_right.pane->lastAnswer());
    const QColor base = palette().color(QPalette::Base);
    m_left.pane->setAnswerHighlights(diff.onlyLeft,
                                     blend(base, Appearance::statusColor(Appearance::Tone::Negative, palette()), 0.28));
    m_right.pane->setAnswerHighlights(diff.onlyRight,
                                      blend(base, Appearance::statusColor(Appearance::Tone::Positive, palette()), 0.28));
    if (diff.same())
        m_differenceLabel->setText(tr("= The final answers are the same."));
    else
        m_differenceLabel->setText(tr("≠ The final answers differ: %1 only on the left (marked red), %2 only on the "
                                      "right (marked green).")
                                       .arg(tr("%n word(s)", nullptr, diff.leftWords), tr("%n word(s)", nullptr, diff.rightWords)));
}

QString CompareDialog::differenceText() const
{
    return m_differenceLabel->text();
}

void CompareDialog::closeEvent(QCloseEvent *event)
{
    // The conversations end with the dialog: their threads and responses are deleted at the server.
    m_left.pane->reset();
    m_right.pane->reset();
    QDialog::closeEvent(event);
}

bool CompareDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_messageEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() & Qt::ControlModifier) {
            send(m_messageEdit->toPlainText());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
