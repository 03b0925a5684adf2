// AssistantWire: the §3.1 assistant body, compared with the example of domain.md.
#include "openai/assistantwire.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class tst_AssistantWire : public QObject
{
    Q_OBJECT
private slots:
    void helpdeskExample();
    void disabledToolsSendNoResources();
    void fileSearchWithoutStoreSendsEmptyList();
    void strictOnlyWhenTrue();
    void mapsLocalFileIds();

private:
    static Assistant helpdesk();
};

Assistant tst_AssistantWire::helpdesk()
{
    Assistant a = TestSupport::exampleHelpdesk();
    a.fileSearchFiles = {QStringLiteral("f-manual")};
    return a;
}

void tst_AssistantWire::helpdeskExample()
{
    // domain.md §3.1, verbatim.
    const QJsonObject expected = QJsonDocument::fromJson(R"(
{"model": "gpt-4o", "name": "Helpdesk", "description": null, "instructions": "Answer order questions.",
 "temperature": 0.7, "top_p": 1,
 "tools": [{"type": "code_interpreter"}, {"type": "file_search"},
           {"type": "function", "function": {"name": "lookup_order", "description": "Find an order by number",
             "parameters": {"type": "object", "properties": {"number": {"type": "string"}}, "required": ["number"]}}}],
 "tool_resources": {"code_interpreter": {"file_ids": ["file-PR1"]}, "file_search": {"vector_store_ids": ["vs_W1"]}},
 "metadata": {"assistant_desk_id": "a-help"}})")
                                     .object();
    QVERIFY(!expected.isEmpty());
    const QJsonObject body = AssistantWire::requestBody(helpdesk(), {QStringLiteral("file-PR1")});
    QCOMPARE(body, expected);
}

void tst_AssistantWire::disabledToolsSendNoResources()
{
    Assistant a = helpdesk();
    a.codeInterpreter = false;
    a.fileSearch = false;
    a.functions.clear();
    a.metadata.insert(QStringLiteral("team"), QStringLiteral("support"));
    a.description = QStringLiteral("Orders");
    const QJsonObject body = AssistantWire::requestBody(a, {QStringLiteral("file-PR1")});
    QCOMPARE(body.value(QLatin1String("tools")).toArray(), QJsonArray());
    QCOMPARE(body.value(QLatin1String("tool_resources")).toObject(), QJsonObject());
    QVERIFY(body.contains(QLatin1String("tool_resources")));
    QCOMPARE(body.value(QLatin1String("description")).toString(), QStringLiteral("Orders"));
    QCOMPARE(body.value(QLatin1String("metadata")).toObject(),
             (QJsonObject{{QStringLiteral("team"), QStringLiteral("support")},
                          {QStringLiteral("assistant_desk_id"), QStringLiteral("a-help")}}));
    for (const char *never : {"response_format", "reasoning_effort", "file_ids"})
        QVERIFY(!body.contains(QLatin1String(never)));
}

void tst_AssistantWire::fileSearchWithoutStoreSendsEmptyList()
{
    Assistant a = helpdesk();
    a.codeInterpreter = false;
    a.vectorStoreId.reset();
    const QJsonObject body = AssistantWire::requestBody(a, QStringList());
    QCOMPARE(body.value(QLatin1String("tool_resources")).toObject(),
             (QJsonObject{{QStringLiteral("file_search"), QJsonObject{{QStringLiteral("vector_store_ids"), QJsonArray()}}}}));
}

void tst_AssistantWire::strictOnlyWhenTrue()
{
    Assistant a = helpdesk();
    FunctionTool strict = a.functions.first();
    strict.name = QStringLiteral("cancel_order");
    strict.strict = true;
    a.functions.append(strict);
    const QJsonArray tools = AssistantWire::requestBody(a, {QStringLiteral("file-PR1")})
                                 .value(QLatin1String("tools"))
                                 .toArray();
    QCOMPARE(tools.size(), 4);
    QVERIFY(!tools.at(2).toObject().value(QLatin1String("function")).toObject().contains(QLatin1String("strict")));
    QCOMPARE(tools.at(3).toObject().value(QLatin1String("function")).toObject().value(QLatin1String("strict")),
             QJsonValue(true));
}

void tst_AssistantWire::mapsLocalFileIds()
{
    const Assistant a = helpdesk();
    auto ok = AssistantWire::requestBody(a, QHash<QString, QString>{{QStringLiteral("f-prices"), QStringLiteral("file-PR1")}});
    QVERIFY(ok);
    QCOMPARE(ok.value(), AssistantWire::requestBody(a, {QStringLiteral("file-PR1")}));
    auto missing = AssistantWire::requestBody(a, QHash<QString, QString>{});
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, ErrorKind::Validation);
    QVERIFY(missing.error().message.contains(QLatin1String("f-prices")));
}

QTEST_GUILESS_MAIN(tst_AssistantWire)
#include "tst_assistantwire.moc"
