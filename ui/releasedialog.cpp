#include "releasedialog.h"

#include "appearance.h"
#include "storage/workspace.h"
#include "storage/releasescope.h"
#include "widgets.h"

#include <QCoro/QCoroTask>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const QString Running = QStringLiteral("▶");
const QString Done = QStringLiteral("✓");
const QString Failed = QStringLiteral("✕");

QLabel *wrappedLabel(const QString &objectName, QWidget *parent)
{
    return Widgets::label(objectName, Widgets::WordWrap | Widgets::PlainText, parent);
}
} // namespace

ReleaseDialog::ReleaseDialog(Workspace *workspace, OpenAi::OpenAiClient *client, bool online, const QString &experimentId,
                             QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_client(client), m_online(online), m_experimentId(experimentId)
{
    setObjectName(QStringLiteral("releaseDialog"));
    setWindowModality(Qt::WindowModal);
    resize(640, 460);
    m_introLabel = wrappedLabel(QStringLiteral("releaseIntroLabel"), this);
    m_planList = Widgets::rowList(QStringLiteral("releasePlanList"), this);
    m_publishCheck = new QCheckBox(tr("&Publish this version"), this);
    m_publishCheck->setObjectName(QStringLiteral("releasePublishCheck"));
    m_publishCheck->setChecked(true);
    m_firstLabel = wrappedLabel(QStringLiteral("releaseFirstLabel"), this);
    m_firstLabel->setText(tr("The first release is published automatically."));
    m_offlineLabel = wrappedLabel(QStringLiteral("releaseOfflineLabel"), this);
    m_offlineLabel->setText(tr("Not available offline"));
    m_stepsList = Widgets::rowList(QStringLiteral("releaseStepsList"), this);
    m_stepsList->hide();
    m_resultLabel = wrappedLabel(QStringLiteral("releaseResultLabel"), this);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultLabel->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancelButton = m_buttons->button(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("releaseCancelButton"));
    m_releaseButton = m_buttons->addButton(tr("&Release"), QDialogButtonBox::AcceptRole);
    m_releaseButton->setObjectName(QStringLiteral("releaseButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_introLabel);
    layout->addWidget(m_planList, 1);
    layout->addWidget(m_publishCheck);
    layout->addWidget(m_firstLabel);
    layout->addWidget(m_offlineLabel);
    layout->addWidget(m_stepsList, 1);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_buttons);

    connect(m_releaseButton, &QPushButton::clicked, this, &ReleaseDialog::startRelease);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReleaseDialog::reject);

    auto scope = m_workspace ? collectReleaseScope(*m_workspace, experimentId)
                             : Result<ReleaseScope>(Error{ErrorKind::Refused, tr("No workspace is open."), {}});
    if (!scope) {
        setWindowTitle(tr("Release"));
        m_introLabel->setText(tr("This experiment cannot be released."));
        m_planList->hide();
        m_publishCheck->hide();
        m_firstLabel->hide();
        m_offlineLabel->hide();
        showResult(scope.error().message, false);
        setStage(Stage::Done);
        return;
    }
    m_scopeOk = true;
    const ReleaseScope &s = scope.value();
    m_needsConnection = s.needsConnection();
    m_firstRelease = s.firstRelease;
    setWindowTitle(tr("Release “%1”").arg(s.experiment.name));
    m_introLabel->setText(m_needsConnection
                              ? tr("Release creates version v%1 of “%2” and, in OpenAI, a version of each assistant it uses:")
                                    .arg(s.experiment.versionNumber)
                                    .arg(s.experiment.name)
                              : tr("Release creates version v%1 of “%2”. It uses no unreleased assistant, so nothing is "
                                   "sent to OpenAI.")
                                    .arg(s.experiment.versionNumber)
                                    .arg(s.experiment.name));
    for (const QString &id : s.workingAssistants) {
        const auto a = m_workspace->assistantSummary(id);
        const QString name = s.names.value(id);
        m_planList->addItem(tr("%1 → %2").arg(name, Releaser::versionName(name, a ? a->versionNumber : 1)));
    }
    if (s.pipeline) {
        bool rewrites = !s.pipeline->isVersion();
        for (const PipelineNode &n : s.pipeline->nodes)
            rewrites = rewrites || s.workingAssistants.contains(n.assistantId);
        if (rewrites)
            m_planList->addItem(tr("Pipeline “%1” → a new version").arg(s.pipeline->name));
    }
    m_planList->setVisible(m_planList->count() > 0);
    m_publishCheck->setVisible(!m_firstRelease);
    m_firstLabel->setVisible(m_firstRelease);
    setStage(Stage::Ready);
}

ReleaseDialog::~ReleaseDialog() = default;

void ReleaseDialog::setOnline(bool online)
{
    m_online = online;
    updateAvailability();
}

bool ReleaseDialog::canRelease() const
{
    return m_stage == Stage::Ready && m_scopeOk && m_workspace
           && (!m_needsConnection || (m_online && m_client));
}

void ReleaseDialog::updateAvailability()
{
    m_offlineLabel->setVisible(m_stage == Stage::Ready && m_scopeOk && m_needsConnection && !(m_online && m_client));
    m_releaseButton->setEnabled(canRelease());
}

void ReleaseDialog::startRelease()
{
    if (!canRelease())
        return;
    const bool publish = m_firstRelease || m_publishCheck->isChecked();
    setStage(Stage::Releasing);
    m_stepsList->clear();
    m_stepsList->show();
    auto releaser = std::make_shared<Releaser>(*m_workspace, m_needsConnection ? m_client : nullptr);
    connect(releaser.get(), &Releaser::stepStarted, this, &ReleaseDialog::onStepStarted);
    connect(releaser.get(), &Releaser::stepFailed, this, &ReleaseDialog::onStepFailed);
    m_stepFailed = false;
    m_cancel = std::make_shared<OpenAi::CancelToken>();
    // The task owns the releaser, the token and the keep-alive, so all outlive the dialog if it goes first.
    auto task = [](std::shared_ptr<void> /*keepAlive: held for the whole run*/, std::shared_ptr<Releaser> r,
                   std::shared_ptr<OpenAi::CancelToken> cancel, QString id, bool pub) -> QCoro::Task<ReleaseOutcome> {
        co_return co_await r->release(id, pub, cancel.get());
    };
    QCoro::connect(task(m_keepAlive, releaser, m_cancel, m_experimentId, publish), this,
                   [this](const ReleaseOutcome &outcome) { showOutcome(outcome); });
}

namespace {
/// Replaces the ▶ of the list's last row, if it is still running.
void markLast(QListWidget *list, const QString &mark)
{
    if (list->count() == 0)
        return;
    QListWidgetItem *last = list->item(list->count() - 1);
    if (last->text().startsWith(Running))
        last->setText(mark + last->text().mid(Running.size()));
}
} // namespace

void ReleaseDialog::onStepStarted(const QString &text)
{
    markLast(m_stepsList, Done);
    m_stepsList->addItem(Running + QLatin1Char(' ') + text);
    m_stepsList->scrollToBottom();
}

void ReleaseDialog::onStepFailed()
{
    m_stepFailed = true;
    markLast(m_stepsList, Failed);
}

void ReleaseDialog::showOutcome(const ReleaseOutcome &outcome)
{
    m_outcome = outcome;
    // The last row: a step that succeeded, the failing step, or the last deletion after a failure.
    markLast(m_stepsList, outcome.ok || m_stepFailed ? Done : Failed);
    QStringList text;
    QString versionId;
    QStringList assistantVersionIds;
    if (outcome.ok) {
        const Experiment &v = outcome.records->experimentVersion;
        versionId = v.id;
        for (const Assistant &a : outcome.records->assistantVersions)
            assistantVersionIds << a.id;
        text << (v.published ? tr("Released v%1 [published].").arg(v.versionNumber) : tr("Released v%1.").arg(v.versionNumber));
        text << outcome.warnings;
    } else {
        text << outcome.error;
    }
    showResult(text.join(QLatin1Char('\n')), outcome.ok);
    setStage(Stage::Done);
    emit finishedRelease(m_experimentId, outcome.ok, versionId, assistantVersionIds);
}

void ReleaseDialog::setStage(Stage stage)
{
    m_stage = stage;
    m_releaseButton->setVisible(stage != Stage::Done);
    m_publishCheck->setEnabled(stage == Stage::Ready);
    m_cancelButton->setEnabled(true);
    m_cancelButton->setText(stage == Stage::Done ? tr("Close") : tr("Cancel"));
    updateAvailability();
}

void ReleaseDialog::showResult(const QString &text, bool ok)
{
    m_resultLabel->setText(text);
    Appearance::setTextColor(m_resultLabel,
                             ok ? QColor() : Appearance::statusColor(Appearance::Tone::Negative, palette()), palette());
    m_resultLabel->show();
}

void ReleaseDialog::reject()
{
    if (m_stage == Stage::Releasing) {
        // Cancel the release; it deletes what it created, then shows the result. The dialog stays open until then.
        if (m_cancel)
            m_cancel->cancel();
        m_cancelButton->setEnabled(false);
        m_cancelButton->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

QString ReleaseDialog::resultText() const
{
    return m_resultLabel->isVisible() || !m_resultLabel->text().isEmpty() ? m_resultLabel->text() : QString();
}

QStringList ReleaseDialog::stepRows() const
{
    QStringList rows;
    for (int i = 0; i < m_stepsList->count(); ++i)
        rows << m_stepsList->item(i)->text();
    return rows;
}
