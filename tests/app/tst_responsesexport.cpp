// "Export as Responses config" (domain.md §9): each tool kind byte for byte against hand-checked files in
// tests/data/responses/, the key order, the two warnings (never in the JSON), and what does not carry over.
#include "export/responsesexport.h"
#include "interchange/interchange.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {
WorkspaceFile file(const QString &id, const QString &name, const std::optional<QString> &remoteId)
{
    WorkspaceFile f;
    f.id = id;
    f.name = name;
    f.size = 10;
    f.remoteFileId = remoteId;
    return f;
}

// The files of the §9 example, exampleHelpdesk(): file search with a store, one uploaded code-interpreter file, one
// function.
const QList<WorkspaceFile> helpdeskFiles{file(QStringLiteral("f-prices"), QStringLiteral("prices.csv"), QStringLiteral("file-PR1")),
                                         file(QStringLiteral("f-faq"), QStringLiteral("faq.pdf"), QStringLiteral("file-FAQ1"))};

Assistant plain(const QString &model, const QString &instructions)
{
    Assistant a;
    a.id = QStringLiteral("a-x");
    a.name = QStringLiteral("X");
    a.model = model;
    a.instructions = instructions;
    return a;
}

QStringList topLevelKeys(const QByteArray &json)
{
    // Keys at two spaces of indent are the top level of our 2-space documents.
    QStringList keys;
    static const QRegularExpression key(QStringLiteral("^  \"([a-z_]+)\":"), QRegularExpression::MultilineOption);
    for (auto it = key.globalMatch(QString::fromUtf8(json)); it.hasNext();)
        keys << it.next().captured(1);
    return keys;
}

const QStringList AllLocalFlags{QStringLiteral("include_file_info"), QStringLiteral("allow_file_search_attachments"),
                                QStringLiteral("allow_code_interpreter_attachments"), QStringLiteral("allow_file_downloads")};
} // namespace

class tst_ResponsesExport : public QObject
{
    Q_OBJECT

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void matchesExpectedFile_data()
    {
        QTest::addColumn<Assistant>("assistant");
        QTest::addColumn<QList<WorkspaceFile>>("files");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("warnings");

        QTest::newRow("all tools (§9 example)") << exampleHelpdesk() << helpdeskFiles << "all-tools.json" << QStringList{};

        Assistant fs = plain(QStringLiteral("gpt-4o-mini"), QStringLiteral("Answer from the handbook only."));
        fs.temperature = 0.2;
        fs.topP = 0.9;
        fs.fileSearch = true;
        fs.fileSearchFiles = {QStringLiteral("f-hb")};
        fs.vectorStoreId = QStringLiteral("vs_HANDBOOK");
        // Code-interpreter files stay in the record while the tool is off; they are not exported and not warned about.
        fs.codeInterpreterFiles = {QStringLiteral("f-never")};
        QTest::newRow("file search") << fs << QList<WorkspaceFile>{} << "file-search.json" << QStringList{};

        Assistant ci = plain(QStringLiteral("gpt-4.1"), QStringLiteral("Plot the monthly sales."));
        ci.codeInterpreter = true;
        ci.codeInterpreterFiles = {QStringLiteral("f-sales"), QStringLiteral("f-costs")};
        const QList<WorkspaceFile> ciFiles{file(QStringLiteral("f-costs"), QStringLiteral("costs.csv"), QStringLiteral("file-COSTS")),
                                           file(QStringLiteral("f-sales"), QStringLiteral("sales.csv"), QStringLiteral("file-SALES")),
                                           file(QStringLiteral("f-other"), QStringLiteral("other.csv"), QStringLiteral("file-OTHER"))};
        QTest::newRow("code interpreter, record's file order") << ci << ciFiles << "code-interpreter.json" << QStringList{};

        Assistant fn = plain(QStringLiteral("gpt-4o"), QStringLiteral("Book rooms.\nAsk before booking."));
        fn.temperature = 1.5;
        fn.topP = 0.25;
        FunctionTool find;
        find.name = QStringLiteral("find_room");
        FunctionTool book;
        book.name = QStringLiteral("book_room");
        book.description = QStringLiteral("Book a room for a time slot");
        book.strict = true;
        book.parameters = QJsonDocument::fromJson(R"({"type": "object", "properties": {"slot": {"type": "string"},
            "room": {"type": "string"}}, "required": ["room", "slot"], "additionalProperties": false})")
                              .object();
        fn.functions = {find, book};
        QTest::newRow("functions, record's order") << fn << QList<WorkspaceFile>{} << "functions.json" << QStringList{};

        QTest::newRow("no tools") << plain(QStringLiteral("o3"), QString()) << QList<WorkspaceFile>{} << "no-tools.json"
                                  << QStringList{};

        Assistant noStore = plain(QStringLiteral("gpt-4o"), QStringLiteral("Answer from the handbook only."));
        noStore.fileSearch = true;
        noStore.fileSearchFiles = {QStringLiteral("f-hb")};
        QTest::newRow("file search without a store") << noStore << QList<WorkspaceFile>{} << "file-search-without-store.json"
                                                     << QStringList{QStringLiteral("File search has no vector store yet; push the assistant first")};

        Assistant notUploaded = plain(QStringLiteral("gpt-4o"), QStringLiteral("Plot the monthly sales."));
        notUploaded.codeInterpreter = true;
        notUploaded.codeInterpreterFiles = {QStringLiteral("f-new"), QStringLiteral("f-sales"), QStringLiteral("f-unknown")};
        const QList<WorkspaceFile> someUploaded{file(QStringLiteral("f-sales"), QStringLiteral("sales.csv"), QStringLiteral("file-SALES")),
                                                file(QStringLiteral("f-new"), QStringLiteral("new.csv"), std::nullopt)};
        QTest::newRow("code interpreter files not uploaded")
            << notUploaded << someUploaded << "code-interpreter-not-uploaded.json"
            << QStringList{QStringLiteral("2 code interpreter files are not uploaded")};
    }

    void matchesExpectedFile()
    {
        QFETCH(Assistant, assistant);
        QFETCH(QList<WorkspaceFile>, files);
        QFETCH(QString, expected);
        QFETCH(QStringList, warnings);
        const ResponsesExport::Config config = ResponsesExport::exportAssistant(assistant, files);
        const QByteArray want = fixture(QStringLiteral("responses/") + expected);
        QVERIFY(!want.isEmpty());
        if (config.json != want)
            qInfo("got:\n%s", config.json.constData());
        QCOMPARE(config.json, want);
        QCOMPARE(config.warnings, warnings);
        // Warnings are never in the file.
        for (const QString &w : warnings)
            QVERIFY(!config.json.contains(w.toUtf8()));
        QVERIFY(!config.json.contains("vector store yet"));
        QVERIFY(!config.json.contains("not uploaded"));
        // Key order exactly as §9, whatever the tools.
        QCOMPARE(topLevelKeys(config.json), (QStringList{QStringLiteral("model"), QStringLiteral("instructions"),
                                                         QStringLiteral("temperature"), QStringLiteral("top_p"),
                                                         QStringLiteral("tools")}));
        QCOMPARE(QJsonDocument::fromJson(config.json).isObject(), true);
    }

    void toolKeysAreInSection9Order()
    {
        const QByteArray json = ResponsesExport::exportAssistant(exampleHelpdesk(), helpdeskFiles).json;
        const auto at = [&](const char *needle) { return json.indexOf(needle); };
        QVERIFY(at("\"type\": \"file_search\"") < at("\"vector_store_ids\""));
        QVERIFY(at("\"vector_store_ids\"") < at("\"type\": \"code_interpreter\""));
        QVERIFY(at("\"type\": \"code_interpreter\"") < at("\"container\""));
        QVERIFY(at("\"type\": \"auto\"") < at("\"file_ids\""));
        QVERIFY(at("\"file_ids\"") < at("\"type\": \"function\""));
        QVERIFY(at("\"type\": \"function\"") < at("\"name\": \"lookup_order\""));
        QVERIFY(at("\"name\": \"lookup_order\"") < at("\"description\": \"Find"));
        QVERIFY(at("\"description\": \"Find") < at("\"parameters\""));
        QVERIFY(at("\"parameters\"") < at("\"strict\""));
    }

    void notCarriedOver()
    {
        Assistant a = exampleHelpdesk();
        ResponsesExport::Config config = ResponsesExport::exportAssistant(a, helpdeskFiles);
        QCOMPARE(config.notCarriedOver, QStringList{QStringLiteral("name")} + AllLocalFlags);

        a.description = QStringLiteral("Front desk");
        a.metadata.insert(QStringLiteral("team"), QStringLiteral("support"));
        config = ResponsesExport::exportAssistant(a, helpdeskFiles);
        QCOMPARE(config.notCarriedOver,
                 QStringList({QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("metadata")}) + AllLocalFlags);
        // None of them leaks into the config.
        QVERIFY(!config.json.contains("Helpdesk"));
        QVERIFY(!config.json.contains("Front desk"));
        QVERIFY(!config.json.contains("support"));
        QCOMPARE(ResponsesExport::fieldLabel(QStringLiteral("metadata")), QStringLiteral("Metadata"));
        QCOMPARE(ResponsesExport::fieldLabel(QStringLiteral("allow_file_downloads")),
                 QStringLiteral("Allow file downloads (local setting)"));
    }

    void bothWarningsTogether()
    {
        Assistant a = exampleHelpdesk();
        a.vectorStoreId.reset();
        const ResponsesExport::Config config = ResponsesExport::exportAssistant(a, {});
        QCOMPARE(config.warnings, (QStringList{QStringLiteral("File search has no vector store yet; push the assistant first"),
                                               QStringLiteral("1 code interpreter files are not uploaded")}));
        const QJsonArray tools = QJsonDocument::fromJson(config.json).object().value(QStringLiteral("tools")).toArray();
        QCOMPARE(tools.size(), 2);   // code interpreter (empty container) and the function
        QCOMPARE(tools.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("code_interpreter"));
        QCOMPARE(tools.at(0).toObject().value(QStringLiteral("container")).toObject().value(QStringLiteral("file_ids")).toArray().size(), 0);
    }

    void envelopeHoldsTheSameConfigInTheSameOrder()
    {
        Assistant a = exampleHelpdesk();
        a.vectorStoreId.reset();
        const QByteArray envelope = ResponsesExport::envelopeJson(a, helpdeskFiles);
        const ResponsesExport::Config config = ResponsesExport::exportAssistant(a, helpdeskFiles);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(envelope, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(topLevelKeys(envelope), (QStringList{QStringLiteral("config"), QStringLiteral("warnings"),
                                                      QStringLiteral("not_carried_over")}));
        QCOMPARE(o.value(QStringLiteral("config")).toObject(), QJsonDocument::fromJson(config.json).object());
        QCOMPARE(o.value(QStringLiteral("warnings")).toArray(), QJsonArray::fromStringList(config.warnings));
        QCOMPARE(o.value(QStringLiteral("not_carried_over")).toArray(), QJsonArray::fromStringList(config.notCarriedOver));
        // The config inside the envelope is the file's text, indented one level deeper.
        QString nested = QString::fromUtf8(config.json).trimmed();
        nested.replace(QLatin1Char('\n'), QStringLiteral("\n  "));
        QVERIFY(QString::fromUtf8(envelope).contains(QStringLiteral("\"config\": ") + nested + QLatin1Char(',')));
    }

    void versionRecordFromAWorkspace()
    {
        // Any record exports, versions included, straight from what the workspace stores.
        QTemporaryDir dir;
        auto ws = openWorkspace(dir);
        QVERIFY(ws);
        QVERIFY(Interchange::importInto(*ws, fixture(QStringLiteral("domain-example.json"))));
        auto version = ws->assistant(QStringLiteral("a-help-v1"));
        QVERIFY(version);
        const ResponsesExport::Config config = ResponsesExport::exportAssistant(version.value(), ws->files());
        const QJsonObject o = QJsonDocument::fromJson(config.json).object();
        const QJsonArray expectedTools{QJsonObject{{QStringLiteral("type"), QStringLiteral("file_search")},
                                                   {QStringLiteral("vector_store_ids"), QJsonArray{QStringLiteral("vs_V1")}}}};
        QCOMPARE(o.value(QStringLiteral("tools")).toArray(), expectedTools);
        QVERIFY(config.warnings.isEmpty());

        auto working = ws->assistant(QStringLiteral("a-help"));
        QVERIFY(working);
        const ResponsesExport::Config w = ResponsesExport::exportAssistant(working.value(), ws->files());
        QCOMPARE(w.json, fixture(QStringLiteral("responses/domain-example-a-help.json")));
        QCOMPARE(w.warnings, QStringList{QStringLiteral("1 code interpreter files are not uploaded")});
    }
};

QTEST_GUILESS_MAIN(tst_ResponsesExport)
#include "tst_responsesexport.moc"
