#include "checkresulttext.h"

#include "appearance.h"
#include "waypicker.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace CheckResultText {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CheckResultText", text);
}

QString block(const QString &text)
{
    return QString(text.toHtmlEscaped()).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

/// A bold heading over lines of (already escaped) HTML, as one paragraph.
QString section(const QString &heading, const QStringList &lines)
{
    return QStringLiteral("<p><b>%1</b><br>%2</p>").arg(heading.toHtmlEscaped(), lines.join(QStringLiteral("<br>")));
}
} // namespace

QString result(const std::optional<CheckOutcome> &outcome)
{
    if (!outcome)
        return tr("Not run");
    return outcome->passed ? tr("✓ Passed") : tr("✕ Failed");
}

QColor color(const std::optional<CheckOutcome> &outcome, const QPalette &palette)
{
    if (!outcome)
        return Appearance::statusColor(Appearance::Tone::Neutral, palette);
    return Appearance::statusColor(outcome->passed ? Appearance::Tone::Positive : Appearance::Tone::Negative, palette);
}

QString firstReason(const CheckOutcome &outcome)
{
    if (!outcome.failure.isEmpty())
        return outcome.failure;
    for (const Checks::ExpectationResult &e : outcome.expectations)
        if (!e.passed)
            return e.reason;
    return {};
}

QString tokens(const CheckOutcome &outcome)
{
    return tr("%1 in · %2 out").arg(outcome.inputTokens).arg(outcome.outputTokens);
}

QString ranAt(const CheckOutcome &outcome)
{
    const QDateTime at = QDateTime::fromString(outcome.ranAt, Qt::ISODate).toLocalTime();
    if (!at.isValid())
        return {};
    const QLocale locale;
    if (at.date() == QDate::currentDate())
        return locale.toString(at.time(), QLocale::ShortFormat);
    return locale.toString(at, QLocale::ShortFormat);
}

QString detailsHtml(const Check *check, const std::optional<CheckOutcome> &outcome, const QPalette &palette)
{
    const QString positive = Appearance::statusColor(Appearance::Tone::Positive, palette).name();
    const QString negative = Appearance::statusColor(Appearance::Tone::Negative, palette).name();
    QString html;
    if (check) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(check->name.toHtmlEscaped());
        QStringList messages;
        for (qsizetype i = 0; i < check->messages.size(); ++i)
            messages << QStringLiteral("%1. %2").arg(i + 1).arg(block(check->messages.at(i)));
        html += section(tr("Messages"), messages);
        if (!check->functionResults.isEmpty()) {
            QStringList results;
            for (auto it = check->functionResults.cbegin(); it != check->functionResults.cend(); ++it)
                results << QStringLiteral("%1 → <tt>%2</tt>").arg(it.key().toHtmlEscaped(), block(it.value()));
            html += section(tr("Function results"), results);
        }
    }
    if (!outcome) {
        if (check && !check->expect.isEmpty()) {
            QStringList lines;
            for (const CheckExpectation &e : check->expect)
                lines << QStringLiteral("• %1").arg(e.describe().toHtmlEscaped());
            html += section(tr("Expectations"), lines);
        }
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("Not run yet by this way.").toHtmlEscaped());
        return html;
    }
    html += QStringLiteral("<p><span style=\"color: %1\"><b>%2</b></span> · %3</p>")
                .arg(outcome->passed ? positive : negative, result(outcome).toHtmlEscaped(),
                     tr("%1 · ran %2 · tokens: %3")
                         .arg(WayPicker::wayLabel(outcome->way == QLatin1String("assistants") ? ConversationWay::Assistants
                                                                                            : ConversationWay::Responses),
                              ranAt(*outcome), tokens(*outcome))
                         .toHtmlEscaped());
    if (!outcome->failure.isEmpty())
        html += QStringLiteral("<p><span style=\"color: %1\">%2</span></p>")
                    .arg(negative, tr("Could not finish: %1").arg(outcome->failure).toHtmlEscaped());
    if (!outcome->expectations.isEmpty()) {
        QStringList lines;
        for (const Checks::ExpectationResult &e : outcome->expectations)
            lines << QStringLiteral("<span style=\"color: %1\">%2</span> %3 — %4")
                         .arg(e.passed ? positive : negative, e.passed ? QStringLiteral("✓") : QStringLiteral("✕"),
                              e.expectation.describe().toHtmlEscaped(), e.reason.toHtmlEscaped());
        html += section(tr("Expectations"), lines);
    }
    if (!outcome->calls.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Functions called:").toHtmlEscaped(), outcome->calls.join(QStringLiteral(", ")).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                .arg(tr("Answer").toHtmlEscaped(),
                     outcome->answer.isEmpty() ? QStringLiteral("<i>%1</i>").arg(tr("(none)").toHtmlEscaped())
                                               : block(outcome->answer));
    return html;
}
} // namespace CheckResultText
