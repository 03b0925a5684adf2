#include "messagebanner.h"

#include "appearance.h"
#include "widgets.h"

#include <QEvent>
#include <QGuiApplication>
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

    m_iconLabel = Widgets::label(QStringLiteral("messageBannerIconLabel"), {}, this);
    m_textLabel = Widgets::label(QStringLiteral("messageBannerTextLabel"), Widgets::WordWrap | Widgets::Selectable, this);
    m_detailsLabel = Widgets::label(QStringLiteral("messageBannerDetailsLabel"),
                                    Widgets::WordWrap | Widgets::PlainText | Widgets::Selectable, this);
    m_closeButton = new QToolButton(this);
    m_closeButton->setObjectName(QStringLiteral("messageBannerCloseButton"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setText(QStringLiteral("✕"));
    m_closeButton->setToolTip(tr("Close this message"));
    m_closeButton->setAccessibleName(tr("Close message"));
    connect(m_closeButton, &QToolButton::clicked, this, &MessageBanner::dismiss);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_iconLabel, 0, Qt::AlignTop);
    layout->addLayout(Widgets::stacked(m_textLabel, m_detailsLabel), 1);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);
    hide();
}

MessageBanner::MessageBanner(const QString &objectName, QWidget *parent) : MessageBanner(parent)
{
    setObjectName(objectName);
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

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // A new palette or theme (light ↔ dark): blend again once the parent has its new palette. Our own setPalette()
    // in applyKind() sends a PaletteChange too; that one is ignored.
    const QEvent::Type type = event->type();
    if (!m_applying
        && (type == QEvent::PaletteChange || type == QEvent::ApplicationPaletteChange || type == QEvent::ThemeChange))
        QMetaObject::invokeMethod(this, &MessageBanner::applyKind, Qt::QueuedConnection);
}

void MessageBanner::applyKind()
{
    using Appearance::Tone;
    Tone tone = Tone::Accent;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (m_kind) {
    case Kind::Error:
        tone = Tone::Negative;
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case Kind::Warning:
        tone = Tone::Warning;
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Kind::Information:
        break;
    case Kind::Positive:
        tone = Tone::Positive;
        break;
    }
    // Blend the tone's colour into the window colour so the banner reads in light and dark palettes alike.
    QPalette pal = palette();
    const QPalette outer = parentWidget() ? parentWidget()->palette() : QGuiApplication::palette();
    const QColor base = outer.color(QPalette::Window);
    const QColor tint = Appearance::statusColor(tone, outer);
    const auto mix = [](int a, int b) { return (a * 4 + b) / 5; };
    pal.setColor(QPalette::Window, QColor(mix(base.red(), tint.red()), mix(base.green(), tint.green()),
                                          mix(base.blue(), tint.blue())));
    pal.setColor(QPalette::Light, tint);
    pal.setColor(QPalette::Dark, tint);
    pal.setColor(QPalette::Mid, tint);
    m_applying = true;
    setPalette(pal);
    m_applying = false;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_iconLabel->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
}
