// How a check's last result reads in the Checks tab and in "Run all checks": the short result ("✓ Passed",
// "✕ Failed", "Not run") with its colour, and the details (messages, function results, each expectation with why it
// holds or not, the failure, the answer) as HTML for a QTextBrowser.
#pragma once

#include "domain/check.h"

#include <QPalette>
#include <QString>

#include <optional>

namespace CheckResultText {
/// "✓ Passed", "✕ Failed", or "Not run" when there is no result.
QString result(const std::optional<CheckOutcome> &outcome);
/// The colour of result() on `palette`.
QColor color(const std::optional<CheckOutcome> &outcome, const QPalette &palette);
/// The first reason a failed result gives (the failure, else the first expectation that does not hold).
QString firstReason(const CheckOutcome &outcome);
/// The details of `check` (may be null: only the result) and its `outcome` (may be missing: "Not run yet").
QString detailsHtml(const Check *check, const std::optional<CheckOutcome> &outcome, const QPalette &palette);
/// "12 in · 3 out".
QString tokens(const CheckOutcome &outcome);
/// The time a result was made, local and short ("10:42", "24 Nov 10:42").
QString ranAt(const CheckOutcome &outcome);
} // namespace CheckResultText
