#include "domain/check.h"

#include "domain/jsonschemasubset.h"
#include "domain/validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Checks", text);
}

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

const QList<std::pair<CheckExpectation::Kind, QString>> &expectationKeys()
{
    static const QList<std::pair<CheckExpectation::Kind, QString>> keys{
        {CheckExpectation::Kind::Contains, QStringLiteral("contains")},
        {CheckExpectation::Kind::NotContains, QStringLiteral("not_contains")},
        {CheckExpectation::Kind::Regex, QStringLiteral("regex")},
        {CheckExpectation::Kind::JsonSchema, QStringLiteral("json_schema")},
        {CheckExpectation::Kind::Calls, QStringLiteral("calls")}};
    return keys;
}

class Reader
{
public:
    QStringList errors;

    void error(const QString &path, const QString &message) { errors << path + QStringLiteral(": ") + message; }

    void checkKeys(const QJsonObject &o, const QString &path, const QStringList &allowed)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!allowed.contains(it.key()))
                error(path + QLatin1Char('.') + it.key(), tr("unknown key"));
    }

    QString requiredString(const QJsonObject &o, const QString &path, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            error(path + QLatin1Char('.') + key, tr("is required"));
        else if (!v.isString())
            error(path + QLatin1Char('.') + key, tr("must be a string"));
        return v.toString();
    }

    std::optional<CheckExpectation> expectation(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject()) {
            error(path, tr("must be an object"));
            return std::nullopt;
        }
        const QJsonObject o = v.toObject();
        QStringList allowed;
        std::optional<CheckExpectation::Kind> kind;
        int kinds = 0;
        for (const auto &[k, key] : expectationKeys()) {
            allowed << key;
            if (o.contains(key)) {
                kind = k;
                ++kinds;
            }
        }
        checkKeys(o, path, allowed);
        if (kinds != 1) {
            error(path, tr("must have exactly one of contains, not_contains, regex, json_schema, calls"));
            return std::nullopt;
        }
        CheckExpectation e;
        e.kind = *kind;
        const QString key = CheckExpectation::key(e.kind);
        const QString at = path + QLatin1Char('.') + key;
        const QJsonValue value = o.value(key);
        if (e.kind == CheckExpectation::Kind::JsonSchema) {
            if (!value.isObject()) {
                error(at, tr("must be an object (a JSON schema)"));
                return std::nullopt;
            }
            e.schema = value.toObject();
            const QStringList problems = JsonSchemaSubset::checkSchema(e.schema, at);
            errors += problems;
            return problems.isEmpty() ? std::optional(e) : std::nullopt;
        }
        if (!value.isString()) {
            error(at, tr("must be a string"));
            return std::nullopt;
        }
        e.text = value.toString();
        if (e.text.isEmpty()) {
            error(at, tr("must not be empty"));
            return std::nullopt;
        }
        if (e.kind == CheckExpectation::Kind::Regex) {
            const QRegularExpression re(e.text);
            if (!re.isValid()) {
                error(at, tr("is not a valid regular expression: %1 (at offset %2)")
                              .arg(re.errorString())
                              .arg(re.patternErrorOffset()));
                return std::nullopt;
            }
        }
        if (e.kind == CheckExpectation::Kind::Calls && !isValidFunctionName(e.text)) {
            error(at, tr("%1 is not a valid function name").arg(quoted(e.text)));
            return std::nullopt;
        }
        return e;
    }

    Check check(const QJsonValue &json, const QString &path)
    {
        Check c;
        if (!json.isObject()) {
            error(path, tr("must be an object"));
            return c;
        }
        const QJsonObject o = json.toObject();
        checkKeys(o, path, Checks::KeyOrder);
        c.id = requiredString(o, path, QStringLiteral("id"));
        if (o.value(QLatin1String("id")).isString() && !isValidLocalId(c.id))
            error(path + QStringLiteral(".id"), tr("%1 is not a valid id").arg(quoted(c.id)));
        c.name = requiredString(o, path, QStringLiteral("name"));
        if (o.value(QLatin1String("name")).isString() && c.name.trimmed().isEmpty())
            error(path + QStringLiteral(".name"), tr("must not be empty"));

        const QString messagesPath = path + QStringLiteral(".messages");
        const QJsonValue messages = o.value(QLatin1String("messages"));
        if (messages.isUndefined()) {
            error(messagesPath, tr("is required"));
        } else if (!messages.isArray()) {
            error(messagesPath, tr("must be an array"));
        } else if (messages.toArray().isEmpty()) {
            error(messagesPath, tr("must hold at least one message"));
        } else {
            const QJsonArray list = messages.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (list.at(i).isString())
                    c.messages << list.at(i).toString();
                else
                    error(QStringLiteral("%1[%2]").arg(messagesPath).arg(i), tr("must be a string"));
            }
        }

        const QString resultsPath = path + QStringLiteral(".function_results");
        const QJsonValue results = o.value(QLatin1String("function_results"));
        if (!results.isUndefined() && !results.isObject()) {
            error(resultsPath, tr("must be an object"));
        } else {
            const QJsonObject map = results.toObject();
            for (auto it = map.begin(); it != map.end(); ++it) {
                const QString at = resultsPath + QLatin1Char('.') + it.key();
                if (!isValidFunctionName(it.key()))
                    error(at, tr("%1 is not a valid function name").arg(quoted(it.key())));
                else if (!it.value().isString())
                    error(at, tr("must be a string"));
                else
                    c.functionResults.insert(it.key(), it.value().toString());
            }
        }

        const QString expectPath = path + QStringLiteral(".expect");
        const QJsonValue expect = o.value(QLatin1String("expect"));
        if (!expect.isUndefined() && !expect.isArray()) {
            error(expectPath, tr("must be an array"));
        } else {
            const QJsonArray list = expect.toArray();
            for (qsizetype i = 0; i < list.size(); ++i)
                if (auto e = expectation(list.at(i), QStringLiteral("%1[%2]").arg(expectPath).arg(i)))
                    c.expect << *e;
        }
        return c;
    }
};

// The answer as one JSON value: the trimmed text, or the content of the one ``` code block it consists of.
std::optional<QJsonValue> answerJson(const QString &answer, QString *problem)
{
    static const QRegularExpression fenced(QStringLiteral("^```[A-Za-z0-9_+-]*[ \\t]*\\n(.*)\\n?```$"),
                                           QRegularExpression::DotMatchesEverythingOption);
    QString text = answer.trimmed();
    if (const QRegularExpressionMatch m = fenced.match(text); m.hasMatch())
        text = m.captured(1).trimmed();
    if (text.isEmpty()) {
        *problem = tr("the answer is empty");
        return std::nullopt;
    }
    // QJsonDocument reads only objects and arrays: read the answer as the only element of an array.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + text.toUtf8() + ']', &error);
    if (error.error != QJsonParseError::NoError) {
        *problem = tr("%1 at offset %2").arg(error.errorString()).arg(std::max(0, error.offset - 1));
        return std::nullopt;
    }
    if (doc.array().size() != 1) {
        *problem = tr("it holds more than one JSON value");
        return std::nullopt;
    }
    return doc.array().first();
}
} // namespace

QString CheckExpectation::key(Kind kind)
{
    for (const auto &[k, key] : expectationKeys())
        if (k == kind)
            return key;
    return {};
}

QString CheckExpectation::describe() const
{
    switch (kind) {
    case Kind::Contains:
        return QCoreApplication::translate("Checks", "contains “%1”").arg(text);
    case Kind::NotContains:
        return QCoreApplication::translate("Checks", "does not contain “%1”").arg(text);
    case Kind::Regex:
        return QCoreApplication::translate("Checks", "matches /%1/").arg(text);
    case Kind::JsonSchema:
        return QCoreApplication::translate("Checks", "is JSON that matches a schema");
    case Kind::Calls:
        return QCoreApplication::translate("Checks", "calls %1").arg(text);
    }
    return {};
}

namespace Checks {

Result<Check> fromJson(const QJsonValue &json, const QString &path)
{
    Reader r;
    Check c = r.check(json, path);
    if (!r.errors.isEmpty())
        return Error::validation(r.errors);
    return c;
}

Result<QList<Check>> listFromJson(const QJsonValue &json, const QString &path)
{
    Reader r;
    QList<Check> checks;
    if (!json.isArray())
        return Error::validation({path + QStringLiteral(": ") + tr("must be an array")});
    const QJsonArray list = json.toArray();
    QHash<QString, QString> seen;   // id → path
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
        const Check c = r.check(list.at(i), at);
        if (!c.id.isEmpty()) {
            if (const auto it = seen.constFind(c.id); it != seen.cend())
                r.error(at + QStringLiteral(".id"), tr("duplicate id %1 (also at %2)").arg(quoted(c.id), *it));
            else
                seen.insert(c.id, at);
        }
        checks << c;
    }
    if (!r.errors.isEmpty())
        return Error::validation(r.errors);
    return checks;
}

QJsonObject toJson(const Check &check)
{
    QJsonObject results;
    for (auto it = check.functionResults.cbegin(); it != check.functionResults.cend(); ++it)
        results.insert(it.key(), it.value());
    QJsonArray expect;
    for (const CheckExpectation &e : check.expect) {
        const QString key = CheckExpectation::key(e.kind);
        expect.append(QJsonObject{
            {key, e.kind == CheckExpectation::Kind::JsonSchema ? QJsonValue(e.schema) : QJsonValue(e.text)}});
    }
    return QJsonObject{{QStringLiteral("id"), check.id},
                       {QStringLiteral("name"), check.name},
                       {QStringLiteral("messages"), QJsonArray::fromStringList(check.messages)},
                       {QStringLiteral("function_results"), results},
                       {QStringLiteral("expect"), expect}};
}

QJsonArray listToJson(const QList<Check> &checks)
{
    QJsonArray out;
    for (const Check &c : checks)
        out.append(toJson(c));
    return out;
}

ExpectationResult evaluate(const CheckExpectation &e, const Transcript &t)
{
    ExpectationResult r;
    r.expectation = e;
    switch (e.kind) {
    case CheckExpectation::Kind::Contains:
        r.passed = t.lastAnswer.contains(e.text);
        r.reason = r.passed ? tr("The answer contains “%1”.").arg(e.text)
                            : tr("The answer does not contain “%1”.").arg(e.text);
        break;
    case CheckExpectation::Kind::NotContains:
        r.passed = !t.lastAnswer.contains(e.text);
        r.reason = r.passed ? tr("The answer does not contain “%1”.").arg(e.text)
                            : tr("The answer contains “%1”.").arg(e.text);
        break;
    case CheckExpectation::Kind::Regex: {
        const QRegularExpression re(e.text);
        if (!re.isValid()) {
            r.reason = tr("/%1/ is not a valid regular expression: %2").arg(e.text, re.errorString());
            break;
        }
        r.passed = re.match(t.lastAnswer).hasMatch();
        r.reason = r.passed ? tr("The answer matches /%1/.").arg(e.text) : tr("The answer does not match /%1/.").arg(e.text);
        break;
    }
    case CheckExpectation::Kind::JsonSchema: {
        QString problem;
        const std::optional<QJsonValue> value = answerJson(t.lastAnswer, &problem);
        if (!value) {
            r.reason = tr("The answer is not JSON: %1.").arg(problem);
            break;
        }
        const QStringList problems = JsonSchemaSubset::validate(*value, e.schema);
        r.passed = problems.isEmpty();
        if (r.passed) {
            r.reason = tr("The answer is JSON that matches the schema.");
        } else {
            QStringList shown = problems.mid(0, 5);
            if (problems.size() > shown.size())
                shown << tr("…and %1 more").arg(problems.size() - shown.size());
            r.reason = tr("The answer does not match the schema: %1").arg(shown.join(QStringLiteral("; ")));
        }
        break;
    }
    case CheckExpectation::Kind::Calls:
        r.passed = t.calledFunctions.contains(e.text);
        r.reason = r.passed ? tr("The assistant called %1.").arg(e.text) : tr("The assistant never called %1.").arg(e.text);
        break;
    }
    return r;
}

QList<ExpectationResult> evaluate(const Check &check, const Transcript &transcript)
{
    QList<ExpectationResult> results;
    for (const CheckExpectation &e : check.expect)
        results << evaluate(e, transcript);
    return results;
}

} // namespace Checks

namespace Checks {
namespace {
// "$.name" → "Name", "$.expect[1].regex" → "Expectation 2", … (the paths fromJson() reports for a check at "$").
QString fieldOf(const QString &path)
{
    static const QRegularExpression expectation(QStringLiteral("^\\$\\.expect\\[(\\d+)\\](?:\\.(.*))?$"));
    if (const QRegularExpressionMatch m = expectation.match(path); m.hasMatch()) {
        const QString label = tr("Expectation %1").arg(m.captured(1).toInt() + 1);
        const QString rest = m.captured(2);
        // The kind's own key adds nothing; a path inside a schema does.
        const bool kindKey = std::any_of(expectationKeys().cbegin(), expectationKeys().cend(),
                                         [&](const auto &k) { return k.second == rest; });
        return rest.isEmpty() || kindKey ? label : tr("%1 (%2)").arg(label, rest);
    }
    if (path.startsWith(QLatin1String("$.function_results.")))
        return tr("Result of %1").arg(path.mid(int(qstrlen("$.function_results."))));
    if (path.startsWith(QLatin1String("$.messages")))
        return tr("Messages");
    if (path == QLatin1String("$.name"))
        return tr("Name");
    if (path == QLatin1String("$.id"))
        return tr("Id");
    return path;
}
} // namespace

QStringList problems(const Check &check)
{
    const Result<Check> read = fromJson(toJson(check), QStringLiteral("$"));
    if (read)
        return {};
    QStringList out;
    for (const QString &line : read.error().details) {
        const qsizetype colon = line.indexOf(QStringLiteral(": "));
        if (colon < 0) {
            out << line;
            continue;
        }
        out << tr("%1: %2").arg(fieldOf(line.left(colon)), line.mid(colon + 2));
    }
    return out;
}

QJsonObject outcomeToJson(const CheckOutcome &outcome)
{
    QJsonArray expectations;
    for (const ExpectationResult &e : outcome.expectations) {
        const CheckExpectation &x = e.expectation;
        expectations.append(QJsonObject{
            {QStringLiteral("kind"), CheckExpectation::key(x.kind)},
            {QStringLiteral("value"),
             x.kind == CheckExpectation::Kind::JsonSchema ? QJsonValue(x.schema) : QJsonValue(x.text)},
            {QStringLiteral("passed"), e.passed},
            {QStringLiteral("reason"), e.reason}});
    }
    return QJsonObject{
        {QStringLiteral("id"), outcome.checkId},
        {QStringLiteral("name"), outcome.checkName},
        {QStringLiteral("way"), outcome.way},
        {QStringLiteral("passed"), outcome.passed},
        {QStringLiteral("expectations"), expectations},
        {QStringLiteral("failure"), outcome.failure.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(outcome.failure)},
        {QStringLiteral("answer"), outcome.answer},
        {QStringLiteral("calls"), QJsonArray::fromStringList(outcome.calls)},
        {QStringLiteral("input_tokens"), double(outcome.inputTokens)},
        {QStringLiteral("output_tokens"), double(outcome.outputTokens)},
        {QStringLiteral("ran_at"), outcome.ranAt},
        {QStringLiteral("duration_ms"), double(outcome.durationMs)}};
}

CheckOutcome outcomeFromJson(const QJsonObject &json)
{
    CheckOutcome o;
    o.checkId = json.value(QLatin1String("id")).toString();
    o.checkName = json.value(QLatin1String("name")).toString();
    o.way = json.value(QLatin1String("way")).toString();
    o.passed = json.value(QLatin1String("passed")).toBool();
    for (const QJsonValue &v : json.value(QLatin1String("expectations")).toArray()) {
        const QJsonObject e = v.toObject();
        ExpectationResult r;
        const QString kind = e.value(QLatin1String("kind")).toString();
        for (const auto &[k, key] : expectationKeys())
            if (key == kind)
                r.expectation.kind = k;
        if (r.expectation.kind == CheckExpectation::Kind::JsonSchema)
            r.expectation.schema = e.value(QLatin1String("value")).toObject();
        else
            r.expectation.text = e.value(QLatin1String("value")).toString();
        r.passed = e.value(QLatin1String("passed")).toBool();
        r.reason = e.value(QLatin1String("reason")).toString();
        o.expectations << r;
    }
    o.failure = json.value(QLatin1String("failure")).toString();
    o.answer = json.value(QLatin1String("answer")).toString();
    for (const QJsonValue &v : json.value(QLatin1String("calls")).toArray())
        o.calls << v.toString();
    o.inputTokens = qint64(json.value(QLatin1String("input_tokens")).toDouble());
    o.outputTokens = qint64(json.value(QLatin1String("output_tokens")).toDouble());
    o.ranAt = json.value(QLatin1String("ran_at")).toString();
    o.durationMs = qint64(json.value(QLatin1String("duration_ms")).toDouble());
    return o;
}
} // namespace Checks
