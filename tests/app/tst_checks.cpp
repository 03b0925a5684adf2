// Saved checks (domain.md §2 "Check", §12): expectations and the JSON-schema subset, reading and writing with
// "<JSONPath>: <message>" errors, and the runner against the fake server by both ways.
#include "fakeserverfixture.h"
#include "testwait.h"

#include "conversation/checkrunner.h"
#include "domain/check.h"
#include "domain/jsonschemasubset.h"
#include "openai/assistantwire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

Q_DECLARE_METATYPE(ConversationWay)

using TestWait::run;

namespace {
QJsonObject object(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in the test: %s", json);
    return doc.object();
}

QJsonValue value(const char *json)
{
    return QJsonDocument::fromJson(QByteArray("[") + json + ']').array().first();
}
} // namespace

class tst_Checks : public QObject, protected FakeServerFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void evaluate_data();
    void evaluate();
    void schemaProblems_data();
    void schemaProblems();
    void readAndWriteRoundTrip();
    void readErrors_data();
    void readErrors();
    void listIdsAreUnique();
    void runnerPasses_data();
    void runnerPasses();
    void runnerFailsAnExpectation_data();
    void runnerFailsAnExpectation();
    void runnerWithoutAFunctionResult_data();
    void runnerWithoutAFunctionResult();
    void runnerWhenTheConversationFails();
    void runnerCancelled();

private:
    void ways();
    Conversation::Target target(bool pushed = true);
};

void tst_Checks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Checks::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void tst_Checks::cleanup()
{
    stop();
}

void tst_Checks::ways()
{
    QTest::addColumn<ConversationWay>("way");
    QTest::newRow("assistants") << ConversationWay::Assistants;
    QTest::newRow("responses") << ConversationWay::Responses;
}

Conversation::Target tst_Checks::target(bool pushed)
{
    Assistant a;
    a.id = QStringLiteral("a-help");
    a.name = QStringLiteral("Helpdesk");
    a.model = QStringLiteral("gpt-4o");
    a.instructions = QStringLiteral("Be brief.");
    a.functions = {FunctionTool{QStringLiteral("lookup_order"), QStringLiteral("Find an order"),
                                FunctionTool::defaultParameters(), false}};
    a.notPushed = false;
    if (pushed)
        a.remoteId = m_server->addAssistant(AssistantWire::requestBody(a, QStringList{}));
    return Conversation::Target{a, {}};
}

// --- expectations ----------------------------------------------------------------------------------------------

void tst_Checks::evaluate_data()
{
    QTest::addColumn<QJsonObject>("expectation");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QStringList>("calls");
    QTest::addColumn<bool>("passed");
    QTest::addColumn<QString>("reason");

    const QStringList none;
    QTest::newRow("contains") << object(R"({"contains": "Order 42"})") << QStringLiteral("Your Order 42 shipped.") << none
                              << true << QStringLiteral("The answer contains “Order 42”.");
    QTest::newRow("contains is case-sensitive") << object(R"({"contains": "Order 42"})")
                                                << QStringLiteral("your order 42 shipped.") << none << false
                                                << QStringLiteral("The answer does not contain “Order 42”.");
    QTest::newRow("not_contains holds") << object(R"({"not_contains": "sorry"})") << QStringLiteral("Done.") << none
                                        << true << QStringLiteral("The answer does not contain “sorry”.");
    QTest::newRow("not_contains broken") << object(R"({"not_contains": "sorry"})") << QStringLiteral("I am sorry.")
                                         << none << false << QStringLiteral("The answer contains “sorry”.");
    QTest::newRow("regex anywhere") << object(R"({"regex": "Order \\d+"})") << QStringLiteral("See Order 42 now") << none
                                    << true << QStringLiteral("The answer matches /Order \\d+/.");
    QTest::newRow("regex anchored") << object(R"({"regex": "^\\d+$"})") << QStringLiteral("42 items") << none << false
                                    << QStringLiteral("The answer does not match /^\\d+$/.");
    QTest::newRow("calls") << object(R"({"calls": "lookup_order"})") << QString()
                           << QStringList{QStringLiteral("other"), QStringLiteral("lookup_order")} << true
                           << QStringLiteral("The assistant called lookup_order.");
    QTest::newRow("never called") << object(R"({"calls": "lookup_order"})") << QStringLiteral("lookup_order")
                                  << QStringList{QStringLiteral("other")} << false
                                  << QStringLiteral("The assistant never called lookup_order.");

    const QJsonObject order = object(R"({"json_schema": {"type": "object", "required": ["sku", "qty"],
        "additionalProperties": false,
        "properties": {"sku": {"type": "string", "minLength": 2, "maxLength": 4},
                       "qty": {"type": "integer", "minimum": 1, "maximum": 10},
                       "size": {"enum": ["S", "M"]},
                       "tags": {"type": "array", "items": {"type": "string"}}}}})");
    QTest::newRow("schema holds") << order << QStringLiteral(R"({"sku": "A1", "qty": 2, "tags": ["x"]})") << none
                                  << true << QStringLiteral("The answer is JSON that matches the schema.");
    QTest::newRow("schema in a code block") << order
                                            << QStringLiteral("```json\n{\"sku\": \"A1\", \"qty\": 2}\n```\n") << none
                                            << true << QStringLiteral("The answer is JSON that matches the schema.");
    QTest::newRow("schema: characters, not bytes") << order << QStringLiteral(R"({"sku": "éé", "qty": 1})") << none
                                                   << true << QStringLiteral("The answer is JSON that matches the schema.");
    QTest::newRow("schema: every problem") << order
                                           << QStringLiteral(R"({"sku": "A", "qty": 1.5, "size": "L", "tags": [1], "x": 0})")
                                           << none << false
                                           << QStringLiteral("The answer does not match the schema: "
                                                             "$.qty: must be an integer; $.size: must be one of \"S\", \"M\"; "
                                                             "$.sku: must have at least 2 character(s); "
                                                             "$.tags[0]: must be a string; $.x: is not allowed");
    QTest::newRow("schema: required and range") << order << QStringLiteral(R"({"qty": 11})") << none << false
                                                << QStringLiteral("The answer does not match the schema: "
                                                                  "$.sku: is required; $.qty: must be at most 10");
    QTest::newRow("schema: not JSON") << order << QStringLiteral("Echo: hello") << none << false
                                      << QStringLiteral("The answer is not JSON: illegal number at offset 1.");
    QTest::newRow("schema: two values") << order << QStringLiteral("1, 2") << none << false
                                        << QStringLiteral("The answer is not JSON: it holds more than one JSON value.");
    QTest::newRow("schema: empty") << order << QStringLiteral("  ") << none << false
                                   << QStringLiteral("The answer is not JSON: the answer is empty.");
    QTest::newRow("schema: a scalar") << object(R"({"json_schema": {"type": ["integer", "null"]}})")
                                      << QStringLiteral(" 42 ") << none << true
                                      << QStringLiteral("The answer is JSON that matches the schema.");
    QTest::newRow("schema: wrong top type") << object(R"({"json_schema": {"type": ["integer", "null"]}})")
                                            << QStringLiteral("\"42\"") << none << false
                                            << QStringLiteral("The answer does not match the schema: "
                                                              "$: must be an integer or null");
}

void tst_Checks::evaluate()
{
    QFETCH(QJsonObject, expectation);
    QFETCH(QString, answer);
    QFETCH(QStringList, calls);
    QFETCH(bool, passed);
    QFETCH(QString, reason);
    QJsonObject check{{QStringLiteral("id"), QStringLiteral("c-1")},
                      {QStringLiteral("name"), QStringLiteral("Check")},
                      {QStringLiteral("messages"), QJsonArray{QStringLiteral("hi")}},
                      {QStringLiteral("expect"), QJsonArray{expectation}}};
    const Result<Check> read = Checks::fromJson(check);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().details.join(QLatin1Char('\n'))));
    QCOMPARE(read->expect.size(), 1);
    const Checks::ExpectationResult result = Checks::evaluate(read->expect.first(), Checks::Transcript{answer, calls});
    QCOMPARE(result.passed, passed);
    QCOMPARE(result.reason, reason);
    QCOMPARE(result.expectation, read->expect.first());
}

void tst_Checks::schemaProblems_data()
{
    QTest::addColumn<QJsonObject>("schema");
    QTest::addColumn<QStringList>("problems");
    QTest::newRow("fine") << object(R"({"type": "object", "title": "ignored", "properties": {"a": {"type": "string"}}})")
                          << QStringList();
    QTest::newRow("unknown type") << object(R"({"type": "strng"})")
                                  << QStringList{QStringLiteral("$.s.type: \"strng\" is not a type; use one of null, "
                                                                "boolean, object, array, number, integer, string")};
    QTest::newRow("nested") << object(R"({"properties": {"n": {"minimum": "1"}, "m": 3}, "items": {"maxLength": -1}})")
                            << QStringList{QStringLiteral("$.s.properties.m: must be a JSON schema (an object)"),
                                           QStringLiteral("$.s.properties.n.minimum: must be a number"),
                                           QStringLiteral("$.s.items.maxLength: must be a whole number of at least 0")};
    QTest::newRow("keyword kinds") << object(R"({"required": ["a", 1], "enum": {}, "additionalProperties": "no",
                                                 "properties": []})")
                                   << QStringList{QStringLiteral("$.s.properties: must be an object"),
                                                  QStringLiteral("$.s.required: must be an array of property names"),
                                                  QStringLiteral("$.s.enum: must be an array"),
                                                  QStringLiteral("$.s.additionalProperties: must be a JSON schema (an object)")};
}

void tst_Checks::schemaProblems()
{
    QFETCH(QJsonObject, schema);
    QFETCH(QStringList, problems);
    QCOMPARE(JsonSchemaSubset::checkSchema(schema, QStringLiteral("$.s")), problems);
    // A property name that is no identifier is quoted in paths.
    QCOMPARE(JsonSchemaSubset::validate(value(R"({"odd key": 1})"),
                                        object(R"({"properties": {"odd key": {"type": "string"}}})")),
             QStringList{QStringLiteral("$['odd key']: must be a string")});
}

// --- reading and writing ---------------------------------------------------------------------------------------

void tst_Checks::readAndWriteRoundTrip()
{
    const QJsonObject full = object(R"({
        "id": "c-order", "name": "Order status",
        "messages": ["Where is order 42?", "And 43?"],
        "function_results": {"lookup_order": "{\"status\": \"shipped\"}", "refund": "ok"},
        "expect": [{"contains": "shipped"}, {"not_contains": "sorry"}, {"regex": "\\d+"},
                   {"json_schema": {"type": "object", "required": ["status"]}}, {"calls": "lookup_order"}]})");
    const Result<Check> read = Checks::fromJson(full);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().details.join(QLatin1Char('\n'))));
    QCOMPARE(read->id, QStringLiteral("c-order"));
    QCOMPARE(read->messages.size(), 2);
    QCOMPARE(read->functionResults.value(QStringLiteral("lookup_order")), QStringLiteral("{\"status\": \"shipped\"}"));
    QCOMPARE(read->expect.size(), 5);
    QCOMPARE(read->expect.at(3).kind, CheckExpectation::Kind::JsonSchema);
    QCOMPARE(read->expect.at(4).describe(), QStringLiteral("calls lookup_order"));
    QCOMPARE(Checks::toJson(*read), full);
    QCOMPARE(Checks::fromJson(Checks::toJson(*read)).value(), read.value());

    // Defaults are written out.
    const Result<Check> minimal = Checks::fromJson(object(R"({"id": "c-1", "name": "Hi", "messages": ["hello"]})"));
    QVERIFY(minimal);
    QCOMPARE(Checks::toJson(*minimal),
             object(R"({"id": "c-1", "name": "Hi", "messages": ["hello"], "function_results": {}, "expect": []})"));
    QCOMPARE(Checks::KeyOrder,
             (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("messages"),
                          QStringLiteral("function_results"), QStringLiteral("expect")}));

    const QJsonArray list{full, Checks::toJson(*minimal)};
    const auto readList = Checks::listFromJson(list);
    QVERIFY(readList);
    QCOMPARE(readList->size(), 2);
    QCOMPARE(Checks::listToJson(*readList), list);
}

void tst_Checks::readErrors_data()
{
    QTest::addColumn<QJsonValue>("json");
    QTest::addColumn<QStringList>("errors");
    QTest::newRow("not an object") << value("[]") << QStringList{QStringLiteral("$: must be an object")};
    QTest::newRow("required keys") << value("{}")
                                   << QStringList{QStringLiteral("$.id: is required"), QStringLiteral("$.name: is required"),
                                                  QStringLiteral("$.messages: is required")};
    QTest::newRow("wrong kinds") << value(R"({"id": "has space", "name": " ", "messages": ["a", 2], "extra": 1,
                                              "function_results": {"lookup_order": 3, "bad name": "x"}})")
                                 << QStringList{QStringLiteral("$.extra: unknown key"),
                                                QStringLiteral("$.id: \"has space\" is not a valid id"),
                                                QStringLiteral("$.name: must not be empty"),
                                                QStringLiteral("$.messages[1]: must be a string"),
                                                QStringLiteral("$.function_results.bad name: \"bad name\" is not a valid "
                                                               "function name"),
                                                QStringLiteral("$.function_results.lookup_order: must be a string")};
    QTest::newRow("no messages") << value(R"({"id": "c", "name": "n", "messages": [], "expect": {}})")
                                 << QStringList{QStringLiteral("$.messages: must hold at least one message"),
                                                QStringLiteral("$.expect: must be an array")};
    QTest::newRow("expectations") << value(R"({"id": "c", "name": "n", "messages": ["m"], "expect": [
                                              {"contains": "a", "regex": "b"}, {}, {"contains": 3}, {"regex": "(open"},
                                              {"calls": "two words"}, {"json_schema": {"type": "strng"}},
                                              {"not_contains": ""}, {"contains": "x", "typo": 1}, "plain"]})")
                                  << QStringList{
                                         QStringLiteral("$.expect[0]: must have exactly one of contains, not_contains, "
                                                        "regex, json_schema, calls"),
                                         QStringLiteral("$.expect[1]: must have exactly one of contains, not_contains, "
                                                        "regex, json_schema, calls"),
                                         QStringLiteral("$.expect[2].contains: must be a string"),
                                         QStringLiteral("$.expect[3].regex: is not a valid regular expression: missing "
                                                        "closing parenthesis (at offset 5)"),
                                         QStringLiteral("$.expect[4].calls: \"two words\" is not a valid function name"),
                                         QStringLiteral("$.expect[5].json_schema.type: \"strng\" is not a type; use one of "
                                                        "null, boolean, object, array, number, integer, string"),
                                         QStringLiteral("$.expect[6].not_contains: must not be empty"),
                                         QStringLiteral("$.expect[7].typo: unknown key"),
                                         QStringLiteral("$.expect[8]: must be an object")};
}

void tst_Checks::readErrors()
{
    QFETCH(QJsonValue, json);
    QFETCH(QStringList, errors);
    const Result<Check> read = Checks::fromJson(json);
    QVERIFY(!read);
    QCOMPARE(read.error().kind, ErrorKind::Validation);
    QCOMPARE(read.error().details, errors);
    QCOMPARE(read.error().message, errors.first());
    // Inside a bigger document the paths start where the check is.
    const Result<Check> nested = Checks::fromJson(json, QStringLiteral("$.assistants[0].checks[2]"));
    QVERIFY(!nested);
    for (const QString &line : nested.error().details)
        QVERIFY2(line.startsWith(QLatin1String("$.assistants[0].checks[2]")), qPrintable(line));
}

void tst_Checks::listIdsAreUnique()
{
    const QJsonArray list{object(R"({"id": "c-1", "name": "a", "messages": ["m"]})"),
                          object(R"({"id": "c-1", "name": "b", "messages": ["m"]})"), QJsonValue(3)};
    const auto read = Checks::listFromJson(list, QStringLiteral("$.checks"));
    QVERIFY(!read);
    QCOMPARE(read.error().details, (QStringList{QStringLiteral("$.checks[1].id: duplicate id \"c-1\" (also at $.checks[0])"),
                                                QStringLiteral("$.checks[2]: must be an object")}));
    QCOMPARE(Checks::listFromJson(value("{}")).error().details, QStringList{QStringLiteral("$: must be an array")});
}

// --- the runner ------------------------------------------------------------------------------------------------

void tst_Checks::runnerPasses_data()
{
    ways();
}

void tst_Checks::runnerPasses()
{
    QFETCH(ConversationWay, way);
    startServer();
    const Result<Check> check = Checks::fromJson(object(R"({"id": "c-order", "name": "Order status",
        "messages": ["hello", "call lookup_order {\"number\": \"42\"}"],
        "function_results": {"lookup_order": "shipped"},
        "expect": [{"contains": "Result: shipped"}, {"calls": "lookup_order"}, {"not_contains": "sorry"},
                   {"regex": "^Result: \\w+$"}]})"));
    QVERIFY(check);
    const CheckResult result = run(CheckRunner::run(*m_client, target(), way, *check));
    QVERIFY2(result.failure.isEmpty(), qPrintable(result.failure));
    QVERIFY(result.passed);
    QCOMPARE(result.checkId, QStringLiteral("c-order"));
    QCOMPARE(result.checkName, QStringLiteral("Order status"));
    QCOMPARE(result.way, way);
    QCOMPARE(result.expectations.size(), 4);
    for (const auto &e : result.expectations)
        QVERIFY2(e.passed, qPrintable(e.reason));
    QCOMPARE(result.answer, QStringLiteral("Result: shipped"));
    QCOMPARE(result.calledFunctions, QStringList{QStringLiteral("lookup_order")});
    // Word counts of the fake model over both turns (see tst_conversation for how they add up).
    QCOMPARE(result.usage, (way == ConversationWay::Assistants ? TokenUsage{13, 6} : TokenUsage{24, 6}));
    QVERIFY(result.startedAt.isValid());
    QCOMPARE(result.startedAt.timeSpec(), Qt::UTC);
    QVERIFY(result.durationMs >= 0);
    // Nothing stays at the server: the thread (or the responses) went again.
    QVERIFY(m_server->threads().isEmpty());
    QVERIFY(m_server->responses().isEmpty());
    if (way == ConversationWay::Assistants)
        QCOMPARE(requestsWhere([](const auto &r) { return r.method == "DELETE"; }), 1);
}

void tst_Checks::runnerFailsAnExpectation_data()
{
    ways();
}

void tst_Checks::runnerFailsAnExpectation()
{
    QFETCH(ConversationWay, way);
    startServer();
    const Result<Check> check = Checks::fromJson(object(R"({"id": "c-1", "name": "Echo",
        "messages": ["hello there"],
        "expect": [{"contains": "Echo: hello"}, {"contains": "nope"}, {"json_schema": {"type": "object"}},
                   {"calls": "lookup_order"}]})"));
    QVERIFY(check);
    const CheckResult result = run(CheckRunner::run(*m_client, target(), way, *check));
    QVERIFY(result.failure.isEmpty());
    QVERIFY(!result.passed);
    QCOMPARE(result.answer, QStringLiteral("Echo: hello there"));
    QCOMPARE(result.expectations.size(), 4);
    QVERIFY(result.expectations.at(0).passed);
    QVERIFY(!result.expectations.at(1).passed);
    QCOMPARE(result.expectations.at(1).reason, QStringLiteral("The answer does not contain “nope”."));
    QVERIFY(!result.expectations.at(2).passed);
    QVERIFY(result.expectations.at(2).reason.startsWith(QLatin1String("The answer is not JSON")));
    QVERIFY(!result.expectations.at(3).passed);
    QCOMPARE(result.usage, (TokenUsage{4, 3}));
    QVERIFY(m_server->threads().isEmpty());
}

void tst_Checks::runnerWithoutAFunctionResult_data()
{
    ways();
}

void tst_Checks::runnerWithoutAFunctionResult()
{
    QFETCH(ConversationWay, way);
    startServer();
    const Result<Check> check = Checks::fromJson(object(R"({"id": "c-1", "name": "Missing result",
        "messages": ["call lookup_order {}", "never sent"], "function_results": {"other": "x"},
        "expect": [{"calls": "lookup_order"}]})"));
    QVERIFY(check);
    const CheckResult result = run(CheckRunner::run(*m_client, target(), way, *check));
    QVERIFY(!result.passed);
    QCOMPARE(result.failure, QStringLiteral("no result for function lookup_order"));
    QVERIFY(result.expectations.isEmpty());
    QCOMPARE(result.calledFunctions, QStringList{QStringLiteral("lookup_order")});
    // The second message was never sent; the waiting run was cancelled and the thread deleted.
    QCOMPARE(requestsWhere([](const auto &r) { return r.body.contains("never sent"); }), 0);
    QVERIFY(m_server->threads().isEmpty());
    if (way == ConversationWay::Assistants)
        QCOMPARE(requestsWhere([](const auto &r) { return r.path.endsWith(QLatin1String("/cancel")); }), 1);
}

void tst_Checks::runnerWhenTheConversationFails()
{
    startServer();
    m_server->failNext("POST", QStringLiteral("^/responses$"), 4, 500);
    const Result<Check> check = Checks::fromJson(object(R"({"id": "c-1", "name": "n", "messages": ["hi"]})"));
    QVERIFY(check);
    const CheckResult result = run(CheckRunner::run(*m_client, target(false), ConversationWay::Responses, *check));
    QVERIFY(!result.passed);
    QVERIFY2(result.failure.contains(QStringLiteral("Server error 500")), qPrintable(result.failure));
    QVERIFY(result.expectations.isEmpty());

    // The Assistants way cannot run an unpushed record: the reason is the failure.
    const CheckResult unpushed = run(CheckRunner::run(*m_client, target(false), ConversationWay::Assistants, *check));
    QVERIFY(!unpushed.passed);
    QCOMPARE(unpushed.failure, Conversation::unavailableReason(ConversationWay::Assistants, target(false).assistant));

    // No expectations: passes once every message was answered.
    const CheckResult plain = run(CheckRunner::run(*m_client, target(false), ConversationWay::Responses, *check));
    QVERIFY(plain.passed);
    QCOMPARE(plain.answer, QStringLiteral("Echo: hi"));
}

void tst_Checks::runnerCancelled()
{
    startServer();
    FakeOpenAiServer::StreamFault hold;
    hold.path = QRegularExpression(QStringLiteral("^/threads/[^/]+/runs$"));
    hold.action = FakeOpenAiServer::StreamFault::Action::Hold;
    hold.afterEvents = 8;
    m_server->addStreamFault(hold);
    const Result<Check> check = Checks::fromJson(object(R"({"id": "c-1", "name": "n", "messages": ["hi", "more"]})"));
    QVERIFY(check);
    OpenAi::CancelToken cancel;
    connect(m_server.get(), &FakeOpenAiServer::requestLogged, &cancel, [this, &cancel](int index) {
        if (m_server->requests().at(index).path.endsWith(QLatin1String("/runs")))
            QTimer::singleShot(50, &cancel, &OpenAi::CancelToken::cancel);
    });
    const CheckResult result = run(CheckRunner::run(*m_client, target(), ConversationWay::Assistants, *check, &cancel));
    QVERIFY(!result.passed);
    QCOMPARE(result.failure, QStringLiteral("Cancelled."));
    QTRY_VERIFY(m_server->threads().isEmpty());
    QCOMPARE(m_server->runs().size(), 0);   // deleted with the thread, after being cancelled
    QCOMPARE(requestsWhere([](const auto &r) { return r.path.endsWith(QLatin1String("/cancel")); }), 1);
    QCOMPARE(requestsWhere([](const auto &r) { return r.body.contains("more"); }), 0);
}

QTEST_GUILESS_MAIN(tst_Checks)
#include "tst_checks.moc"
