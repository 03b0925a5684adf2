#include "pushdialog.h"

#include "appearance.h"
#include "badgedelegate.h"
#include "synccontroller.h"
#include "widgets.h"

#include <QCoro/QCoroTask>

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const QString Pending = QStringLiteral("○");
const QString Running = QStringLiteral("▶");
const QString Done = QStringLiteral("✓");
const QString Failed = QStringLiteral("✕");
const QString NotRun = QStringLiteral("–");

QColor warningColor()
{
    return BadgeDelegate::badgeFor(SyncStatus::OutOfSync).color;
}
} // namespace

PushDialog::PushDialog(SyncController *controller, const QString &assistantId, const QString &name, QWidget *parent)
    : QDialog(parent), m_controller(controller), m_assistantId(assistantId)
{
    setObjectName(QStringLiteral("pushDialog"));
    setWindowTitle(tr("Push “%1”").arg(name));
    setWindowModality(Qt::WindowModal);
    resize(720, 440);
    m_introLabel = Widgets::label(QStringLiteral("pushIntroLabel"), Widgets::WordWrap, this,
                                  tr("Checking “%1” against OpenAI to plan the push…").arg(name));
    m_planList = Widgets::rowList(QStringLiteral("pushPlanList"), this);
    m_planList->setTextElideMode(Qt::ElideNone);
    m_resultLabel = Widgets::label(QStringLiteral("pushResultLabel"),
                                   Widgets::WordWrap | Widgets::PlainText | Widgets::Selectable, this);
    m_resultLabel->hide();
    m_uploadBar = new QProgressBar(this);
    m_uploadBar->setObjectName(QStringLiteral("pushUploadBar"));
    m_uploadBar->setRange(0, 1000);
    m_uploadBar->setTextVisible(true);
    m_uploadBar->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_pushButton = m_buttons->addButton(tr("&Push"), QDialogButtonBox::AcceptRole);
    m_pushButton->setObjectName(QStringLiteral("pushButton"));
    m_pushButton->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("pushCancelButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_planList, 1);
    layout->addWidget(m_uploadBar);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_buttons);

    connect(m_pushButton, &QPushButton::clicked, this, &PushDialog::startPush);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PushDialog::reject);
    if (SyncEngine *engine = controller ? controller->engine() : nullptr)
    {
        connect(engine, &SyncEngine::pushStepStarted, this, &PushDialog::onStepStarted);
        connect(engine, &SyncEngine::pushStepFinished, this, &PushDialog::onStepFinished);
        connect(engine, &SyncEngine::pushUploadProgress, this, &PushDialog::onUploadProgress);
        connect(engine, &SyncEngine::pushUploadTotal, this, &PushDialog::onUploadTotal);
    }

    if (!controller) {
        showResult(tr("No workspace is open."), false);
        setStage(Stage::Done);
        return;
    }
    QCoro::connect(controller->planPush(assistantId), this, [this](const Result<PushPlan> &plan) {
        if (!plan) {
            m_introLabel->setText(tr("The push cannot start."));
            showResult(plan.error().message, false);
            for (const QString &detail : plan.error().details)
                if (detail != plan.error().message)
                    m_planList->addItem(detail);
            setStage(Stage::Done);
            return;
        }
        showPlan(plan.value());
    });
}

void PushDialog::showPlan(const PushPlan &plan)
{
    m_planList->clear();
    m_stepItems.clear();
    m_stepTexts.clear();
    if (plan.nothingToDo()) {
        m_introLabel->setText(plan.textLines().value(0));
        setStage(Stage::Done);
        return;
    }
    bool removes = false;
    for (const PushStep &step : plan.steps)
        removes = removes || step.removesRemote || step.lineRemovesRemote.contains(true);
    m_introLabel->setText(removes ? tr("The push runs these steps in this order. Lines marked “removes a change made "
                                       "in OpenAI” undo edits made there.")
                                  : tr("The push runs these steps in this order."));
    const QStringList lines = plan.textLines();   // one per step plus its indented item lines, in plan order
    qsizetype at = 0;
    for (const PushStep &step : plan.steps) {
        auto *stepItem = new QListWidgetItem(tr("%1 %2").arg(Pending, lines.value(at++)), m_planList);
        QFont bold = stepItem->font();
        bold.setBold(true);
        stepItem->setFont(bold);
        if (step.removesRemote)
            stepItem->setForeground(warningColor());
        m_stepItems << stepItem;
        m_stepTexts << lines.value(at - 1);
        for (qsizetype i = 0; i < step.lines.size(); ++i) {
            // Multi-line values (instructions) stay on one row; the line keeps its "removes…" note.
            QString line = lines.value(at++).trimmed();
            line.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
            auto *lineItem = new QListWidgetItem(QStringLiteral("     ") + line, m_planList);
            if (step.lineRemovesRemote.value(i)) {
                lineItem->setForeground(warningColor());
                lineItem->setData(Qt::UserRole, true);
            }
        }
    }
    setStage(Stage::Ready);
}

void PushDialog::startPush()
{
    if (m_stage != Stage::Ready || !m_controller)
        return;
    setStage(Stage::Pushing);
    QCoro::connect(m_controller->push(m_assistantId), this,
                   [this](const PushOutcome &outcome) { showOutcome(outcome); });
}

void PushDialog::onStepStarted(int index, const QString &)
{
    if (m_stage == Stage::Pushing)
        showStep(index, Running);
}

void PushDialog::onStepFinished(int index, bool ok)
{
    if (m_stage == Stage::Pushing)
        showStep(index, ok ? Done : Failed);
}

void PushDialog::onUploadProgress(int index, qint64 sent, qint64 total)
{
    if (m_stage != Stage::Pushing || total <= 0 || sent >= total)
        return;
    showStep(index, Running, tr("%1 %").arg(int(100 * sent / total)));
}

void PushDialog::onUploadTotal(qint64 sent, qint64 total)
{
    if (m_stage != Stage::Pushing || total <= 0)
        return;
    m_uploadBar->setValue(int(1000 * qMin(sent, total) / total));
    m_uploadBar->setFormat(tr("Uploaded %1 of %2").arg(locale().formattedDataSize(sent), locale().formattedDataSize(total)));
    m_uploadBar->setVisible(sent < total);
}

void PushDialog::showStep(int index, const QString &mark, const QString &suffix)
{
    if (index < 0 || index >= m_stepItems.size())
        return;
    const QString text = suffix.isEmpty() ? m_stepTexts.at(index) : tr("%1 — %2").arg(m_stepTexts.at(index), suffix);
    m_stepItems[index]->setText(tr("%1 %2").arg(mark, text));
}

void PushDialog::showOutcome(const PushOutcome &outcome)
{
    m_uploadBar->hide();
    for (int i = 0; i < m_stepItems.size(); ++i) {
        QString mark = NotRun;
        if (i < outcome.stepsDone)
            mark = Done;
        else if (i == outcome.failedStep)
            mark = Failed;
        m_stepItems[i]->setText(tr("%1 %2").arg(mark, m_stepTexts.at(i)));
    }
    QStringList text;
    if (outcome.ok)
        text << tr("Pushed: %n step(s) done.", nullptr, outcome.stepsDone);
    else if (!outcome.error.isEmpty())
        text << outcome.error;
    if (!outcome.notKept.isEmpty())
        text << tr("The server did not keep: %1").arg(outcome.notKept.join(QStringLiteral(", ")));
    if (!outcome.failedFiles.isEmpty())
        text << tr("Failed to index in the vector store: %1").arg(outcome.failedFiles.join(QStringLiteral(", ")));
    if (outcome.state)
        text << tr("Status now: %1").arg(outcome.state->badgeText());
    showResult(text.join(QLatin1Char('\n')), outcome.ok && outcome.notKept.isEmpty());
    setStage(Stage::Done);
    emit pushed(m_assistantId, outcome.ok);
}

void PushDialog::setStage(Stage stage)
{
    m_stage = stage;
    m_pushButton->setEnabled(stage == Stage::Ready);
    m_pushButton->setVisible(stage != Stage::Done);
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setEnabled(stage != Stage::Pushing);
    cancel->setText(stage == Stage::Done ? tr("Close") : tr("Cancel"));
}

void PushDialog::showResult(const QString &text, bool ok)
{
    m_resultLabel->setText(text);
    Appearance::setTextColor(m_resultLabel, ok ? QColor() : BadgeDelegate::badgeFor(SyncStatus::CheckFailed).color,
                             palette());
    m_resultLabel->show();
}

QString PushDialog::resultText() const
{
    return m_resultLabel->text();
}

QStringList PushDialog::planRows() const
{
    QStringList rows;
    for (int i = 0; i < m_planList->count(); ++i)
        rows << m_planList->item(i)->text();
    return rows;
}
