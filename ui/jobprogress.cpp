#include "jobprogress.h"

#include "widgets.h"

#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

JobProgress::JobProgress(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("jobProgress"));
    m_label = Widgets::label(QStringLiteral("jobProgressLabel"), {}, this);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("jobProgressBar"));
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(160);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setObjectName(QStringLiteral("jobCancelButton"));
    m_cancelButton->setText(tr("✕"));
    m_cancelButton->setAutoRaise(true);
    m_cancelButton->setToolTip(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    Widgets::statusStrip(this, {m_label, m_bar, m_cancelButton});
    connect(m_cancelButton, &QToolButton::clicked, this, &JobProgress::cancelRequested);
    hide();
}

void JobProgress::start(const QString &text)
{
    m_label->setText(text);
    m_bar->setRange(0, 0);   // busy until the first progress arrives
    m_cancelButton->setEnabled(true);
    show();
}

void JobProgress::setCheckProgress(int done, int total)
{
    m_label->setText(tr("Checking %1 of %2").arg(done).arg(total));
    m_bar->setRange(0, qMax(total, 1));
    m_bar->setValue(done);
}

void JobProgress::finish()
{
    hide();
}

QString JobProgress::text() const
{
    return m_label->text();
}

int JobProgress::value() const
{
    return m_bar->value();
}

int JobProgress::maximum() const
{
    return m_bar->maximum();
}
