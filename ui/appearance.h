// Look and feel shared by the widgets (ui.md "Look"): the palette the app runs with, the status colours that stay
// readable on it, and the bundled SVG icons that stand in when the icon theme lacks one.
//
// Light or dark follows the palette Qt gives the app (the platform theme's, or the style's standard one). For
// screenshots and for trying the dark look anywhere, ADESK_PALETTE=dark (or =light) forces the Fusion style with a
// dark (light) palette; applyPaletteFromEnvironment() does that once at start-up. Colours are never fixed: every
// status colour comes from statusColor() for the palette it is drawn on, so a palette change repaints correctly.
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QApplication;
class QWidget;

namespace Appearance {

/// What a colour says; each has a light-palette and a dark-palette shade with enough contrast on Base and Window.
enum class Tone {
    Positive,   // In sync ✓, added lines
    Warning,    // Out of sync ●, offline
    Negative,   // Missing remotely ✕, Check failed ⚠, field errors, removed lines
    Neutral,    // Never pushed ○, Not checked ◌
    Accent,     // the "Not pushed" marker
};

/// Whether `palette` is a dark one (its window colour is closer to black than to white).
bool isDark(const QPalette &palette);
/// The colour of `tone` on `palette`.
QColor statusColor(Tone tone, const QPalette &palette);

/// Gives `widget` the palette `base` with `color` as its text colour (QPalette::WindowText); an invalid `color`
/// leaves base's text colour, so the widget shows in `base`'s plain colours.
void setTextColor(QWidget *widget, const QColor &color, const QPalette &base);
/// The same on `widget`'s own palette.
void setTextColor(QWidget *widget, const QColor &color);

/// Fusion's dark palette as Assistant Desk uses it (also for ADESK_PALETTE=dark).
QPalette darkPalette();

/// Reads ADESK_PALETTE ("dark", "light"; anything else or unset: the system's palette) and, when set, switches `app`
/// to the Fusion style with that palette. Returns the mode applied ("dark", "light" or "" for the system's).
QString applyPaletteFromEnvironment(QApplication &app);

/// Makes QIcon::fromTheme(name) find the bundled SVG of `name` (under :/icons/fallback) when the icon theme has no
/// such icon. Idempotent; the main window calls it, so tests get the same icons as the app.
void installIconFallbacks();

} // namespace Appearance
