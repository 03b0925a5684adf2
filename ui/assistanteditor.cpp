#include "assistanteditor.h"

#include "appearance.h"
#include "assistantlistmodel.h"
#include "badgedelegate.h"
#include "checkstab.h"
#include "dialogs.h"
#include "differencestab.h"
#include "domain/assistantfields.h"
#include "domain/syncstatus.h"
#include "generaltab.h"
#include "messagebanner.h"
#include "rebind.h"
#include "storage/workspace.h"
#include "toolstab.h"
#include "trytab.h"
#include "versionstab.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int SaveRetryMs = 5000;
} // namespace

AssistantEditor::AssistantEditor(Dialogs *dialogs, QWidget *parent) : QWidget(parent), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("assistantEditor"));
    buildHeader();
    m_general = new GeneralTab(this);
    m_tools = new ToolsTab(dialogs, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("editorTabWidget"));
    m_tabs->addTab(m_general, tr("General"));
    m_tabs->addTab(m_tools, tr("Tools && files"));
    m_differences = new DifferencesTab(this);
    m_tabs->addTab(m_differences, m_differences->title());
    m_versions = new VersionsTab(this);
    m_tabs->addTab(m_versions, m_versions->title());
    m_try = new TryTab(this);
    m_tabs->addTab(m_try, tr("&Try"));
    m_checks = new ChecksTab(dialogs, this);
    m_tabs->addTab(m_checks, m_checks->title());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_changedByLabel);
    layout->addWidget(m_notice);
    layout->addWidget(m_readOnlyLabel);
    layout->addWidget(m_tabs, 1);

    connect(m_general, &GeneralTab::edited, this, &AssistantEditor::onEdited);
    connect(m_tools, &ToolsTab::edited, this, &AssistantEditor::onEdited);
    connect(m_tools, &ToolsTab::errorOccurred, this, &AssistantEditor::messageRaised);
    connect(m_versionCombo, &QComboBox::activated, this, &AssistantEditor::openVersionAt);
    connect(m_versions, &VersionsTab::refreshed, this,
            [this] { m_tabs->setTabText(m_tabs->indexOf(m_versions), m_versions->title()); });
    connect(m_versions, &VersionsTab::openRequested, this, [this](const QString &id) {
        if (maybeLeave())
            loadAssistant(id);
    });
    connect(m_differences, &DifferencesTab::applyRequested, this, &AssistantEditor::applyTaken);
    m_saveRetry = new QTimer(this);
    m_saveRetry->setInterval(SaveRetryMs);
    connect(m_saveRetry, &QTimer::timeout, this, &AssistantEditor::retrySave);
    connect(m_try, &TryTab::messageRaised, this, &AssistantEditor::messageRaised);
    connect(m_try, &TryTab::statusMessage, this, &AssistantEditor::statusMessage);
    connect(m_try, &TryTab::checkSaved, m_checks, &ChecksTab::selectCheck);
    connect(m_checks, &ChecksTab::messageRaised, this, &AssistantEditor::messageRaised);
    connect(m_checks, &ChecksTab::statusMessage, this, &AssistantEditor::statusMessage);
    connect(m_checks, &ChecksTab::titleChanged, this,
            [this] { m_tabs->setTabText(m_tabs->indexOf(m_checks), m_checks->title()); });
    clear();
}

void AssistantEditor::buildHeader()
{
    m_header = new QWidget(this);
    m_titleLabel = new QLabel(m_header);
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setMinimumWidth(80);
    m_badgeLabel = new QLabel(m_header);
    m_badgeLabel->setObjectName(QStringLiteral("badgeLabel"));
    m_badgeLabel->setAccessibleName(tr("Sync status"));
    m_notPushedLabel = new QLabel(BadgeDelegate::notPushedText(), m_header);
    m_notPushedLabel->setObjectName(QStringLiteral("notPushedLabel"));
    m_notPushedLabel->setToolTip(tr("Local changes are not in OpenAI yet"));
    m_notPushedLabel->setStyleSheet(QStringLiteral("QLabel { color: %1; border: 1px solid %1; border-radius: 3px;"
                                                   " padding: 0px 4px; }")
                                        .arg(BadgeDelegate::notPushedColor().name()));
    m_modifiedLabel = new QLabel(tr("● Unsaved changes"), m_header);
    m_modifiedLabel->setObjectName(QStringLiteral("modifiedLabel"));
    QFont modifiedFont = m_modifiedLabel->font();
    modifiedFont.setItalic(true);
    m_modifiedLabel->setFont(modifiedFont);
    m_versionCombo = new QComboBox(m_header);
    m_versionCombo->setObjectName(QStringLiteral("versionComboBox"));
    m_versionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *versionLabel = new QLabel(tr("&Version:"), m_header);
    versionLabel->setBuddy(m_versionCombo);
    m_readOnlyLabel = new QLabel(this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setTextFormat(Qt::PlainText);
    m_readOnlyLabel->setFrameShape(QFrame::StyledPanel);
    m_readOnlyLabel->setContentsMargins(6, 3, 6, 3);
    m_changedByLabel = new QLabel(this);
    m_changedByLabel->setObjectName(QStringLiteral("changedByLabel"));
    m_changedByLabel->setTextFormat(Qt::PlainText);
    m_changedByLabel->setForegroundRole(QPalette::PlaceholderText);
    m_notice = new MessageBanner(QStringLiteral("editorNotice"), this);

    auto *layout = new QHBoxLayout(m_header);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(m_titleLabel, 1);
    layout->addWidget(m_modifiedLabel);
    layout->addSpacing(8);
    layout->addWidget(m_badgeLabel);
    layout->addWidget(m_notPushedLabel);
    layout->addSpacing(12);
    layout->addWidget(versionLabel);
    layout->addWidget(m_versionCombo);
}

void AssistantEditor::setWorkspace(Workspace *workspace)
{
    const bool attached = rebind(m_workspace, workspace, this);
    m_tools->setWorkspace(workspace);
    m_versions->setWorkspace(workspace);
    m_try->setWorkspace(workspace);
    m_checks->setWorkspace(workspace);
    if (attached) {
        connect(m_workspace, &Workspace::assistantChanged, this, [this](const QString &id) {
            if (hasRecord() && id == m_loaded.id)
                onStoredChange();
        });
        connect(m_workspace, &Workspace::reset, this, [this] {
            if (hasRecord())
                onStoredChange();
        });
    }
    clear();
}

void AssistantEditor::clear()
{
    m_saveRetry->stop();
    m_notice->dismiss();
    m_stamp = {};
    m_loaded = Assistant{};
    m_workingName.clear();
    m_versionCombo->clear();
    m_general->setAssistant(m_loaded);
    m_tools->setAssistant(m_loaded);
    showProblems({});
    setModified(false);
    updateHeader();
    m_differences->clear();
    m_tabs->setTabText(m_tabs->indexOf(m_differences), m_differences->title());
    m_versions->setWorkingAssistant(QString());
    m_tabs->setTabVisible(m_tabs->indexOf(m_versions), false);
    m_try->clear();
    m_checks->clear();
    m_tabs->setTabVisible(m_tabs->indexOf(m_checks), false);
    setEnabled(false);
    emit recordChanged(QString());
}

bool AssistantEditor::loadAssistant(const QString &id)
{
    if (!m_workspace)
        return false;
    auto record = m_workspace->assistant(id);
    if (!record) {
        emit messageRaised(record.error().message, record.error().details);
        return false;
    }
    m_loaded = record.value();
    if (auto stamp = m_workspace->stamp(id))
        m_stamp = stamp.value();
    else
        m_stamp = {};
    m_saveRetry->stop();
    m_notice->dismiss();
    m_workingName = m_loaded.name;
    if (m_loaded.isVersion()) {
        auto working = m_workspace->assistantSummary(m_loaded.workingVersionId);
        if (working)
            m_workingName = working->name;
    }
    m_general->setAssistant(m_loaded);
    m_tools->setAssistant(m_loaded);
    m_general->setReadOnly(isReadOnly());
    m_tools->setReadOnly(isReadOnly());
    showProblems({});
    fillVersionCombo();
    // The Versions tab belongs to the working record's page (domain.md §6).
    m_versions->setWorkingAssistant(m_loaded.isVersion() ? QString() : m_loaded.id);
    m_tabs->setTabVisible(m_tabs->indexOf(m_versions), !m_loaded.isVersion());
    // Checks belong to the working assistant (domain.md §2); a version can be tried and compared, not checked.
    m_try->setAssistant(m_loaded);
    m_checks->setAssistant(m_loaded.isVersion() ? Assistant{} : m_loaded);
    m_tabs->setTabVisible(m_tabs->indexOf(m_checks), !m_loaded.isVersion());
    setModified(false);
    refreshSyncState();
    setEnabled(true);
    emit recordChanged(id);
    return true;
}

void AssistantEditor::fillVersionCombo()
{
    const QString workingId = m_loaded.isVersion() ? m_loaded.workingVersionId : m_loaded.id;
    m_versionCombo->clear();
    m_versionCombo->addItem(tr("Working copy"), workingId);
    QList<Assistant> versions = m_workspace ? m_workspace->versions(workingId) : QList<Assistant>{};
    std::sort(versions.begin(), versions.end(),
              [](const Assistant &a, const Assistant &b) { return a.versionNumber > b.versionNumber; });
    for (const Assistant &v : versions)
        m_versionCombo->addItem(tr("v%1 · %2").arg(v.versionNumber).arg(v.name), v.id);
    m_versionCombo->setCurrentIndex(qMax(0, m_versionCombo->findData(m_loaded.id)));
    m_versionCombo->setEnabled(m_versionCombo->count() > 1);
}

void AssistantEditor::openVersionAt(int index)
{
    const QString id = m_versionCombo->itemData(index).toString();
    if (id.isEmpty() || id == m_loaded.id)
        return;
    if (!maybeLeave()) {
        m_versionCombo->setCurrentIndex(qMax(0, m_versionCombo->findData(m_loaded.id)));
        return;
    }
    loadAssistant(id);
}

void AssistantEditor::updateHeader()
{
    AssistantSummary summary;
    if (hasRecord() && m_workspace) {
        auto stored = m_workspace->assistantSummary(m_loaded.id);
        if (stored)
            summary = stored.value();
    }
    m_titleLabel->setText(hasRecord() ? m_loaded.name : tr("No assistant selected"));
    const BadgeDelegate::Badge badge = BadgeDelegate::badgeFor(summary.syncStatus);
    const QString label =
        BadgeDelegate::badgeLabel(summary.syncStatus, AssistantListModel::badgeText(summary), summary.stale);
    const QString checked = AssistantListModel::checkedText(summary.checkedAt, QDateTime::currentDateTimeUtc());
    m_badgeLabel->setText(checked.isEmpty() ? label : tr("%1 · %2").arg(label, checked));
    m_badgeLabel->setToolTip(summary.checkedAt.isEmpty()
                                 ? QString()
                                 : tr("Checked %1").arg(QLocale().toString(
                                       QDateTime::fromString(summary.checkedAt, Qt::ISODate).toLocalTime(),
                                       QLocale::LongFormat)));
    Appearance::setTextColor(m_badgeLabel, badge.color);
    m_badgeLabel->setVisible(hasRecord());
    m_notPushedLabel->setVisible(hasRecord() && summary.notPushed
                                 && summary.syncStatus != SyncStatus::NeverPushed);
    m_modifiedLabel->setVisible(m_modified);
    m_readOnlyLabel->setText(tr("Read-only: version v%1 of %2").arg(m_loaded.versionNumber).arg(m_workingName));
    m_readOnlyLabel->setVisible(m_loaded.isVersion());
    QString changed;
    if (hasRecord() && !m_stamp.changedBy.isEmpty() && !m_stamp.changedAt.isEmpty())
        changed = tr("Changed by %1 at %2")
                      .arg(m_stamp.changedBy,
                           QLocale().toString(QDateTime::fromString(m_stamp.changedAt, Qt::ISODate).toLocalTime(),
                                              QLocale::ShortFormat));
    m_changedByLabel->setText(changed);
    m_changedByLabel->setVisible(!changed.isEmpty());
}

void AssistantEditor::refreshSyncState()
{
    updateHeader();
    if (!hasRecord() || !m_workspace) {
        m_differences->clear();
    } else {
        // The remote id may have been set by a push since the form was loaded: read it from the store.
        const auto summary = m_workspace->assistantSummary(m_loaded.id);
        const QString remoteId = summary && summary->remoteId ? *summary->remoteId : m_loaded.remoteId.value_or(QString());
        m_differences->setResolvable(!isReadOnly() && !m_loaded.archived);
        m_differences->setState(m_workspace->syncState(m_loaded.id), remoteId);
    }
    m_tabs->setTabText(m_tabs->indexOf(m_differences), m_differences->title());
}

void AssistantEditor::showDifferences()
{
    m_tabs->setCurrentWidget(m_differences);
}

void AssistantEditor::setServer(SyncController *sync)
{
    m_try->setServer(sync);
    m_checks->setServer(sync);
}

void AssistantEditor::showTry()
{
    m_tabs->setCurrentWidget(m_try);
}

void AssistantEditor::showChecks()
{
    if (m_tabs->isTabVisible(m_tabs->indexOf(m_checks)))
        m_tabs->setCurrentWidget(m_checks);
}

void AssistantEditor::applyTaken(const QStringList &fields)
{
    if (!hasRecord() || isReadOnly() || !m_workspace || fields.isEmpty())
        return;
    if (!maybeLeave())
        return;
    const QString id = m_loaded.id;
    auto left = m_workspace->takeRemote(id, fields);
    if (!left) {
        emit messageRaised(left.error().message, left.error().details);
        return;
    }
    loadAssistant(id);
    showDifferences();
    emit applied(id, int(left->size()));
}

Assistant AssistantEditor::formValue() const
{
    Assistant value = m_loaded;
    m_general->apply(value);
    m_tools->apply(value);
    return value;
}

QList<FieldProblem> AssistantEditor::problems() const
{
    QList<FieldProblem> all = validateAssistant(formValue());
    all += m_tools->jsonProblems();
    return all;
}

void AssistantEditor::showProblems(const QList<FieldProblem> &problems)
{
    const QList<FieldProblem> rest = m_tools->showProblems(m_general->showProblems(problems));
    if (!rest.isEmpty())
        emit messageRaised(tr("Not saved: %1").arg(rest.first().text()), problemTexts(rest));
}

void AssistantEditor::onEdited()
{
    if (!hasRecord() || isReadOnly())
        return;
    // Inline validation as you type: the message appears (and disappears) next to the field at once.
    const QList<FieldProblem> current = problems();
    m_general->showProblems(current);
    m_tools->showProblems(current);
    const Assistant value = formValue();
    setModified(m_tools->jsonProblems().size() > 0 || value != m_loaded);
    // Try and the checks run the form as it is now: unsaved edits included.
    m_try->setAssistant(value);
    m_checks->setAssistant(value);
}

void AssistantEditor::setModified(bool modified)
{
    const bool changed = modified != m_modified;
    m_modified = modified;
    m_modifiedLabel->setVisible(modified);
    if (changed)
        emit modifiedChanged(modified);
}

bool AssistantEditor::save()
{
    if (!m_workspace || !hasRecord() || isReadOnly())
        return false;
    const QList<FieldProblem> found = problems();
    if (!found.isEmpty()) {
        showProblems(found);
        // Bring the first problem into view.
        static const QStringList generalFields{QStringLiteral("name"), QStringLiteral("model"),
                                               QStringLiteral("description"), QStringLiteral("instructions"),
                                               QStringLiteral("temperature"), QStringLiteral("top_p"),
                                               QStringLiteral("metadata")};
        const QString field = found.first().path.section(QLatin1Char('.'), 0, 0);
        m_tabs->setCurrentWidget(generalFields.contains(field) ? static_cast<QWidget *>(m_general) : m_tools);
        emit messageRaised(tr("Not saved: %n field(s) need attention.", nullptr, int(found.size())),
                           problemTexts(found));
        return false;
    }
    const Assistant value = formValue();
    const Status status = saveMerging(value, m_stamp.rowVersion);
    if (!status) {
        if (status.error().kind == ErrorKind::Network) {
            // The workspace server is away: the edits stay in the form and the save waits for it.
            m_notice->showMessage(MessageBanner::Kind::Warning,
                                  tr("Saving waits for the workspace server: %1 Your edits are kept here and saved as "
                                     "soon as it answers.")
                                      .arg(status.error().message),
                                  status.error().details);
            m_saveRetry->start();
            return false;
        }
        if (status.error().kind != ErrorKind::Cancelled)
            emit messageRaised(tr("Not saved: %1").arg(status.error().message), status.error().details);
        return false;
    }
    const bool waited = m_saveRetry->isActive();
    loadAssistant(value.id);
    if (waited)
        m_notice->showMessage(MessageBanner::Kind::Positive, tr("The workspace server is back: your edits are saved."));
    emit saved(value.id);
    return true;
}

Status AssistantEditor::saveMerging(Assistant value, qint64 base)
{
    const Assistant started = m_loaded;
    for (int round = 0; round < 3; ++round) {
        const Status status = m_workspace->saveAssistant(value, base);
        if (status || status.error().kind != ErrorKind::Conflict)
            return status;
        auto theirs = m_workspace->assistant(value.id);
        auto theirStamp = m_workspace->stamp(value.id);
        if (!theirs)
            return theirs.error();
        if (!theirStamp)
            return theirStamp.error();
        const AssistantFields::Merge merge = AssistantFields::merge(started, value, theirs.value());
        const QStringList mine = AssistantFields::changed(started, value);
        const QStringList their = AssistantFields::changed(started, theirs.value());
        if (their.isEmpty()) {
            // Their write changed nothing the form edits (a push recorded the remote id): nothing to choose.
            Assistant merged = theirs.value();
            for (const QString &field : mine)
                AssistantFields::copyField(field, value, merged);
            value = merged;
            base = theirStamp->rowVersion;
            continue;
        }
        QList<Dialogs::MergeRow> rows;
        for (const AssistantFields::Field &f : AssistantFields::fields()) {
            if (!mine.contains(f.name) && !their.contains(f.name))
                continue;
            const bool conflict = merge.conflicts.contains(f.name);
            rows.append({f.name, f.label, AssistantFields::displayValue(f.name, value),
                         AssistantFields::displayValue(f.name, theirs.value()), conflict,
                         mine.contains(f.name)});
        }
        const QString when = QLocale().toString(
            QDateTime::fromString(theirStamp->changedAt, Qt::ISODate).toLocalTime(), QLocale::ShortFormat);
        const QString who = theirStamp->changedBy.isEmpty() ? tr("Someone") : theirStamp->changedBy;
        auto keepMine = m_dialogs->chooseMerge(
            window(), tr("Changed by someone else"),
            tr("%1 changed “%2” at %3, after you started editing it. Choose for each field which value to keep; "
               "%n field(s) were changed by both of you.",
               nullptr, int(merge.conflicts.size()))
                .arg(who, started.name, when),
            rows);
        if (!keepMine)
            return Error{ErrorKind::Cancelled, tr("Not saved: the merge was cancelled; your edits are still in the form."), {}};
        Assistant merged = theirs.value();
        for (const QString &field : *keepMine)
            AssistantFields::copyField(field, value, merged);
        value = merged;
        base = theirStamp->rowVersion;
    }
    return Error{ErrorKind::Conflict, tr("The assistant keeps being changed by someone else; try saving again."), {}};
}

bool AssistantEditor::isWaitingToSave() const
{
    return m_saveRetry->isActive();
}

void AssistantEditor::retrySave()
{
    if (!hasRecord() || !m_modified || isReadOnly()) {
        m_saveRetry->stop();
        return;
    }
    save();
}

void AssistantEditor::onStoredChange()
{
    const auto stamp = m_workspace->stamp(m_loaded.id);
    if (stamp && stamp->rowVersion != m_stamp.rowVersion && !m_saveRetry->isActive()) {
        auto stored = m_workspace->assistant(m_loaded.id);
        if (stored && AssistantFields::changed(m_loaded, stored.value()).isEmpty()) {
            // Nothing the form shows changed (a push recorded the remote id): the form keeps its edits on the new row.
            m_loaded = stored.value();
            m_stamp = stamp.value();
            updateHeader();
            refreshSyncState();
            return;
        }
        if (!m_modified) {
            // Someone else saved it (another desktop, a script): show their version, the form has nothing to lose.
            const int tab = m_tabs->currentIndex();
            loadAssistant(m_loaded.id);
            m_tabs->setCurrentIndex(tab);
            return;
        }
        const QString when = QLocale().toString(QDateTime::fromString(stamp->changedAt, Qt::ISODate).toLocalTime(),
                                                QLocale::ShortFormat);
        m_notice->showMessage(MessageBanner::Kind::Warning,
                              tr("%1 changed this assistant at %2 while you were editing it. Your edits are kept; "
                                 "when you save, you choose for each field which value to keep.")
                                  .arg(stamp->changedBy.isEmpty() ? tr("Someone") : stamp->changedBy, when));
    }
    refreshSyncState();
}

void AssistantEditor::revert()
{
    if (hasRecord())
        loadAssistant(m_loaded.id);
}

bool AssistantEditor::maybeLeave()
{
    if (!m_modified)
        return true;
    switch (m_dialogs->askUnsavedChanges(window(), m_loaded.name)) {
    case Dialogs::Save:
        return save();
    case Dialogs::Discard:
        revert();
        return true;
    default:
        return false;
    }
}

void AssistantEditor::focusName()
{
    m_tabs->setCurrentWidget(m_general);
    m_general->nameEdit()->setFocus(Qt::OtherFocusReason);
    m_general->nameEdit()->selectAll();
}
