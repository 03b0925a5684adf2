#include "offlinebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

OfflineBanner::OfflineBanner(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("offlineBanner"));
    m_iconLabel = new QLabel(QStringLiteral("⚠"), this);
    QPalette pal = m_iconLabel->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb2, 0x6a, 0x00));
    m_iconLabel->setPalette(pal);
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
