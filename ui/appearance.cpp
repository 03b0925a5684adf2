#include "appearance.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace Appearance {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor statusColor(Tone tone, const QPalette &palette)
{
    // Every shade reaches 4.5:1 (WCAG AA for text) on its palette's Base, AlternateBase and Window: light ones on
    // white and Fusion's #efefef, dark ones on #2a2a2a to #353535.
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Positive:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2a, 0x7a, 0x2e);
    case Tone::Warning:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0x9a, 0x5b, 0x00);
    case Tone::Negative:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    case Tone::Neutral:
        return dark ? QColor(0xa8, 0xa8, 0xa8) : QColor(0x66, 0x66, 0x66);
    case Tone::Accent:
        return dark ? QColor(0x7c, 0xb8, 0xf2) : QColor(0x1e, 0x63, 0xb0);
    }
    return palette.color(QPalette::Text);
}

void setTextColor(QWidget *widget, const QColor &color, const QPalette &base)
{
    QPalette pal = base;
    if (color.isValid())
        pal.setColor(QPalette::WindowText, color);
    widget->setPalette(pal);
}

void setTextColor(QWidget *widget, const QColor &color)
{
    setTextColor(widget, color, widget->palette());
}

QPalette darkPalette()
{
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x2a, 0x2a, 0x2a);
    const QColor text(0xee, 0xee, 0xee);
    const QColor disabled(0x80, 0x80, 0x80);
    const QColor highlight(0x2a, 0x6f, 0xb8);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x31, 0x31, 0x31));
    p.setColor(QPalette::ToolTipBase, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6e, 0x6e));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x28, 0x28, 0x28));
    p.setColor(QPalette::Dark, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Shadow, QColor(0x12, 0x12, 0x12));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb8, 0xf2));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xdb));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabled);
    return p;
}

QString applyPaletteFromEnvironment(QApplication &app)
{
    const QString mode = qEnvironmentVariable("ADESK_PALETTE").trimmed().toLower();
    if (mode != QLatin1String("dark") && mode != QLatin1String("light"))
        return {};
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    if (!fusion)
        return {};
    QApplication::setStyle(fusion);   // the app takes ownership
    app.setPalette(mode == QLatin1String("dark") ? darkPalette() : fusion->standardPalette());
    return mode;
}

void installIconFallbacks()
{
    // Without any theme name (platforms with no desktop theme, such as offscreen) Qt never looks at the fallback
    // paths; hicolor is the base theme every icon theme inherits from, so naming it changes nothing else.
    if (QIcon::themeName().isEmpty())
        QIcon::setThemeName(QStringLiteral("hicolor"));
    const QString path = QStringLiteral(":/icons/fallback");
    QStringList paths = QIcon::fallbackSearchPaths();
    if (!paths.contains(path)) {
        paths << path;
        QIcon::setFallbackSearchPaths(paths);
    }
}

} // namespace Appearance
