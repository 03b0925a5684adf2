#include "messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int MaxDetailLines = 12;
}

MessageBanner::MessageBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_iconLabel = new QLabel(this);
    m_iconLabel->setObjectName(QStringLiteral("messageBannerIconLabel"));
    m_textLabel = new QLabel(this);
    m_textLabel->setObjectName(QStringLiteral("messageBannerTextLabel"));
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsLabel = new QLabel(this);
    m_detailsLabel->setObjectName(QStringLiteral("messageBannerDetailsLabel"));
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextFormat(Qt::PlainText);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_closeButton = new QToolButton(this);
    m_closeButton->setObjectName(QStringLiteral("messageBannerCloseButton"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setText(QStringLiteral("✕"));
    m_closeButton->setToolTip(tr("Close this message"));
    m_closeButton->setAccessibleName(tr("Close message"));
    connect(m_closeButton, &QToolButton::clicked, this, &MessageBanner::dismiss);

    auto *textColumn = new QVBoxLayout;
    textColumn->setSpacing(2);
    textColumn->addWidget(m_textLabel);
    textColumn->addWidget(m_detailsLabel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_iconLabel, 0, Qt::AlignTop);
    layout->addLayout(textColumn, 1);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);
    hide();
}

QString MessageBanner::text() const
{
    return m_textLabel->text();
}

void MessageBanner::showMessage(Kind kind, const QString &text, const QStringList &details)
{
    m_kind = kind;
    m_details = details;
    m_textLabel->setText(text);
    QStringList shown = details.mid(0, MaxDetailLines);
    if (details.size() > MaxDetailLines)
        shown << tr("…and %n more", nullptr, int(details.size() - MaxDetailLines));
    m_detailsLabel->setText(shown.join(QLatin1Char('\n')));
    m_detailsLabel->setVisible(!details.isEmpty());
    applyKind();
    show();
}

void MessageBanner::dismiss()
{
    hide();
    m_details.clear();
}

void MessageBanner::applyKind()
{
    QColor tint;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (m_kind) {
    case Kind::Error:
        tint = QColor(0xda, 0x44, 0x53);
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case Kind::Warning:
        tint = QColor(0xf6, 0x74, 0x00);
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Kind::Information:
        tint = QColor(0x3d, 0xae, 0xe9);
        break;
    case Kind::Positive:
        tint = QColor(0x27, 0xae, 0x60);
        break;
    }
    // Blend the tint into the window colour so the banner reads in light and dark palettes alike.
    QPalette pal = palette();
    const QColor base = parentWidget() ? parentWidget()->palette().color(QPalette::Window)
                                       : pal.color(QPalette::Window);
    const auto mix = [](int a, int b) { return (a * 4 + b) / 5; };
    pal.setColor(QPalette::Window, QColor(mix(base.red(), tint.red()), mix(base.green(), tint.green()),
                                          mix(base.blue(), tint.blue())));
    pal.setColor(QPalette::Light, tint);
    pal.setColor(QPalette::Dark, tint);
    pal.setColor(QPalette::Mid, tint);
    setPalette(pal);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_iconLabel->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
}
