#include "recordview.h"

#include "dialogs.h"
#include "fielderrorlabel.h"
#include "messagebanner.h"
#include "rebind.h"
#include "recordlabels.h"
#include "storage/workspace.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

RecordView::RecordView(const QString &prefix, Dialogs *dialogs, QWidget *parent) : QWidget(parent), m_dialogs(dialogs)
{
    m_banner = new MessageBanner(prefix + QStringLiteral("Banner"), this);
    m_titleLabel = RecordLabels::titleLabel(this);
    m_readOnlyLabel = RecordLabels::valueLabel(prefix + QStringLiteral("ReadOnlyLabel"), this);
    m_readOnlyLabel->setFrameShape(QFrame::StyledPanel);
    m_readOnlyLabel->setContentsMargins(6, 3, 6, 3);
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(prefix + QStringLiteral("NameEdit"));
    m_nameError = new FieldErrorLabel(prefix + QStringLiteral("NameError"), this);
    m_versionLabel = RecordLabels::valueLabel(prefix + QStringLiteral("VersionLabel"), this);
    m_archivedLabel = RecordLabels::valueLabel(prefix + QStringLiteral("ArchivedLabel"), this);
    connect(m_nameEdit, &QLineEdit::editingFinished, this, &RecordView::commitName);
}

QFormLayout *RecordView::createForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_nameEdit);
    form->addRow(nameLabel, m_nameEdit);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("Version:"), m_versionLabel);
    return form;
}

QVBoxLayout *RecordView::createPageLayout(QFormLayout *form)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_readOnlyLabel);
    layout->addLayout(form);
    return layout;
}

void RecordView::setWorkspace(Workspace *workspace)
{
    if (rebind(m_workspace, workspace, this)) {
        // Names and archived states of the referenced records show here too: re-read on any change.
        for (auto signal : {&Workspace::experimentsChanged, &Workspace::pipelinesChanged, &Workspace::reset})
            connect(m_workspace, signal, this, &RecordView::refresh);
        connect(m_workspace, &Workspace::assistantChanged, this, &RecordView::refresh);
        connect(m_workspace, &Workspace::assistantAdded, this, &RecordView::refresh);
    }
    clear();
}

void RecordView::clear()
{
    m_archived = false;
    m_editable = false;
    m_banner->hide();
    m_titleLabel->clear();
    m_nameEdit->clear();
    m_nameError->setProblems({});
    for (QLabel *label : {m_readOnlyLabel, m_versionLabel, m_archivedLabel})
        label->clear();
    m_readOnlyLabel->hide();
    setEnabled(false);
}

void RecordView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_refreshPending)
        reload();
}

void RecordView::refresh()
{
    if (!isVisible()) {
        m_refreshPending = true;
        return;
    }
    reload();
}

void RecordView::reload()
{
    m_refreshPending = false;
    if (m_workspace && !currentId().isEmpty())
        readRecord();
}

void RecordView::showRecord(const QString &name, const QString &versionText, bool editable,
                            const QString &readOnlyText)
{
    setEnabled(true);
    m_editable = editable;
    m_titleLabel->setText(name);
    if (!m_nameEdit->hasFocus() || m_nameError->problems().isEmpty())
        m_nameEdit->setText(name);
    m_nameEdit->setReadOnly(!editable);
    m_nameEdit->setEnabled(editable);   // a read-only field should not look like one to type in
    m_versionLabel->setText(versionText);
    m_archivedLabel->setText(RecordLabels::yesNo(m_archived));
    if (!readOnlyText.isEmpty())
        m_readOnlyLabel->setText(readOnlyText);
    m_readOnlyLabel->setVisible(!readOnlyText.isEmpty());
}

void RecordView::focusName()
{
    m_nameEdit->setFocus(Qt::OtherFocusReason);
    m_nameEdit->selectAll();
}

void RecordView::showFailure(const QString &message, const QStringList &details)
{
    m_banner->showError(message, details.size() > 1 ? details : QStringList{});
    m_banner->show();
}

void RecordView::hideProblems()
{
    m_banner->hide();
    m_nameError->setProblems({});
}

bool RecordView::apply(const Status &status)
{
    if (!status) {
        showFailure(status.error().message, status.error().details);
        reload();   // put the controls back to what is stored
        return false;
    }
    m_banner->hide();
    return true;
}

void RecordView::archiveAfterConfirming(const QString &name, const QString &text)
{
    const QString title = tr("Archive “%1”?").arg(name);
    if (m_dialogs->confirmDestructive(window(), title, text, {}, tr("Archive")) != Dialogs::Yes)
        return;
    apply(archive());
}

void RecordView::commitName()
{
    if (!m_workspace || currentId().isEmpty() || m_nameEdit->isReadOnly())
        return;
    const QString name = m_nameEdit->text();
    if (name == recordName()) {
        m_nameError->setProblems({});
        return;
    }
    const Status status = rename(name);
    if (!status && status.error().kind == ErrorKind::Validation) {
        m_nameError->setProblems(status.error().details);   // the text stays for the user to correct
        return;
    }
    m_nameError->setProblems({});
    apply(status);
}
