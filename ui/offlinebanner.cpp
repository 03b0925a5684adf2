#include "offlinebanner.h"

#include "appearance.h"
#include "widgets.h"

#include <QEvent>
#include <QLabel>
#include <QToolButton>

OfflineBanner::OfflineBanner(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("offlineBanner"));
    m_iconLabel = new QLabel(QStringLiteral("⚠"), this);
    m_iconLabel->setAccessibleName(tr("Warning"));
    applyColours();
    m_textLabel = Widgets::label(QStringLiteral("offlineLabel"), Widgets::PlainText, this);
    m_retryButton = new QToolButton(this);
    m_retryButton->setObjectName(QStringLiteral("tryAgainButton"));
    m_retryButton->setText(tr("Try again"));
    m_retryButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_retryButton->setAutoRaise(true);
    Widgets::statusStrip(this, {m_iconLabel, m_textLabel, m_retryButton});
    connect(m_retryButton, &QToolButton::clicked, this, &OfflineBanner::retryRequested);
    hide();
}

void OfflineBanner::applyColours()
{
    Appearance::setTextColor(m_iconLabel, Appearance::statusColor(Appearance::Tone::Warning, palette()));
}

void OfflineBanner::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

void OfflineBanner::showOffline(const QString &text, bool canRetry)
{
    m_textLabel->setText(text);
    m_retryButton->setVisible(canRetry);
    setVisible(!text.isEmpty());
}

QString OfflineBanner::text() const
{
    return isVisibleTo(parentWidget()) ? m_textLabel->text() : QString();
}
