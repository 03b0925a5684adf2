// Saved checks (domain.md §2 "Check", §12): a scripted conversation with an assistant and what its answers must
// show. Pure: no I/O. The runner that plays a check against a server is in conversation/checkrunner.h.
//
// JSON (the `checks` key of a working assistant in the interchange file): {"id", "name", "messages",
// "function_results", "expect"} — `id` (a local id), `name` (not blank) and `messages` (at least one string) are
// required; `function_results` is an object mapping a function name to the output string that answers its calls
// (default {}); `expect` is an array of objects with exactly one of "contains", "not_contains", "regex" (strings),
// "json_schema" (a schema of the JsonSchemaSubset) or "calls" (a function name) (default []). Unknown keys are
// errors. Reading reports every problem as "<JSONPath>: <message>" (Error::details, Error::message the first), like
// the interchange importer. Writing gives every key, defaults included; a writer that keeps key order uses
// Checks::KeyOrder.
//
// Evaluation (a finished conversation, as a Transcript): contains / not_contains compare the last answer's text
// case-sensitively; regex matches anywhere in it (QRegularExpression, Perl syntax); json_schema needs the last
// answer, trimmed, to be one JSON value (alone or as the only content of a ``` code block) that the schema accepts;
// calls holds when any turn called that function. A check passes when every expectation holds (no expectations:
// when the conversation finished).
#pragma once

#include "core/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

struct CheckExpectation {
    enum class Kind { Contains, NotContains, Regex, JsonSchema, Calls };
    Kind kind = Kind::Contains;
    QString text;          // contains, not_contains, regex: the text or pattern; calls: the function's name
    QJsonObject schema;    // json_schema

    /// The wire key: "contains", "not_contains", "regex", "json_schema", "calls".
    static QString key(Kind kind);
    /// For people (translated), e.g. "contains “Order 42”", "calls lookup_order".
    QString describe() const;
    friend bool operator==(const CheckExpectation &, const CheckExpectation &) = default;
};

struct Check {
    QString id;
    QString name;
    QStringList messages;                     // the user's messages, in order
    QMap<QString, QString> functionResults;   // function name → the output that answers its calls
    QList<CheckExpectation> expect;
    friend bool operator==(const Check &, const Check &) = default;
};

namespace Checks {
/// The keys of a check object in the order writers keep.
inline const QStringList KeyOrder{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("messages"),
                                  QStringLiteral("function_results"), QStringLiteral("expect")};

/// Reads one check; `path` is its JSONPath in the document (e.g. "$.assistants[0].checks[2]").
Result<Check> fromJson(const QJsonValue &json, const QString &path = QStringLiteral("$"));
/// Reads an array of checks; ids must be unique within it.
Result<QList<Check>> listFromJson(const QJsonValue &json, const QString &path = QStringLiteral("$"));
QJsonObject toJson(const Check &check);
QJsonArray listToJson(const QList<Check> &checks);

/// What a finished conversation produced, as far as expectations look at it.
struct Transcript {
    QString lastAnswer;
    QStringList calledFunctions;   // every function any turn called, in order (repeats kept)
};

struct ExpectationResult {
    CheckExpectation expectation;
    bool passed = false;
    QString reason;   // translated, one sentence: why it holds or not
};

ExpectationResult evaluate(const CheckExpectation &expectation, const Transcript &transcript);
QList<ExpectationResult> evaluate(const Check &check, const Transcript &transcript);

/// What keeps `check` from being saved, one translated "<Field>: <problem>" line each ("Name: must not be empty",
/// "Expectation 2: is not a valid regular expression: …"); empty when it can be saved. The rules are fromJson()'s.
QStringList problems(const Check &check);
} // namespace Checks

/// The last run of a check by one way: what the workspace keeps of it (check_results) and what `test --json`
/// prints.
struct CheckOutcome {
    QString checkId;
    QString checkName;
    QString way;                                      // "assistants" or "responses"
    bool passed = false;
    QList<Checks::ExpectationResult> expectations;    // evaluated only when the conversation finished
    QString failure;                                  // why the run could not finish (translated); empty when it did
    QString answer;                                   // the last answer
    QStringList calls;                                // every function called, in order
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 durationMs = 0;
    QString ranAt;                                    // ISO 8601 UTC, seconds ("2026-11-25T16:00:00Z")
};

namespace Checks {
/// One check's result as `test --json` prints it (README): {"id", "name", "way", "passed", "expectations": [{"kind",
/// "value", "passed", "reason"}], "failure" (null when the conversation finished), "answer", "calls",
/// "input_tokens", "output_tokens", "ran_at", "duration_ms"}.
QJsonObject outcomeToJson(const CheckOutcome &outcome);
/// Reads what outcomeToJson() wrote; missing keys keep their defaults.
CheckOutcome outcomeFromJson(const QJsonObject &json);
} // namespace Checks
