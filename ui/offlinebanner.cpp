#include "offlinebanner.h"

#include "appearance.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

OfflineBanner::OfflineBanner(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("offlineBanner"));
    m_iconLabel = new QLabel(QStringLiteral("⚠"), this);
    m_iconLabel->setAccessibleName(tr("Warning"));
    applyColours();
    m_textLabel = new QLabel(this);
    m_textLabel->setObjectName(QStringLiteral("offlineLabel"));
    m_textLabel->setTextFormat(Qt::PlainText);
    m_retryButton = new QToolButton(this);
    m_retryButton->setObjectName(QStringLiteral("tryAgainButton"));
    m_retryButton->setText(tr("Try again"));
    m_retryButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_retryButton->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_iconLabel);
    layout->addWidget(m_textLabel);
    layout->addWidget(m_retryButton);
    connect(m_retryButton, &QToolButton::clicked, this, &OfflineBanner::retryRequested);
    hide();
}

void OfflineBanner::applyColours()
{
    QPalette pal = m_iconLabel->palette();
    pal.setColor(QPalette::WindowText, Appearance::statusColor(Appearance::Tone::Warning, palette()));
    m_iconLabel->setPalette(pal);
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
