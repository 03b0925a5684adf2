// The interchange file (domain.md §2): byte-identical round trip, and all-or-nothing rejection with JSON paths.
#include "demo/demoworkspace.h"
#include "interchange/interchange.h"
#include "interchange/jsonwriter.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {
const QDateTime ExportTime = QDateTime(QDate(2026, 11, 25), QTime(16, 0), Qt::UTC);

/// A minimal valid document with `body` spliced in as its records.
QByteArray doc(const QByteArray &records)
{
    return "{\"format\": \"assistant-desk-workspace\", \"format_version\": 1" + (records.isEmpty() ? QByteArray() : ", " + records)
         + "}";
}

/// How an assistant record that the import gave every default (only id, name, model "m" and temperature given) is
/// exported, as an entry of "assistants".
QByteArray defaultAssistantJson(const char *id, const char *name, const char *temperature)
{
    return QStringLiteral(R"(    {
      "id": "%1",
      "name": "%2",
      "model": "m",
      "description": null,
      "instructions": "",
      "temperature": %3,
      "top_p": 1,
      "builtin_tools": [],
      "functions": [],
      "files": {
        "code_interpreter": [],
        "file_search": []
      },
      "vector_store_id": null,
      "metadata": {},
      "include_file_info": true,
      "allow_file_search_attachments": true,
      "allow_code_interpreter_attachments": true,
      "allow_file_downloads": false,
      "remote_id": null,
      "is_archived": false,
      "next_version_number": 1,
      "versions": [],
      "checks": []
    })").arg(QLatin1String(id), QLatin1String(name), QLatin1String(temperature)).toUtf8();
}
} // namespace

class tst_Interchange : public QObject
{
    Q_OBJECT

private:
    /// Importing `json` into `ws` fails with exactly `details`, in that order.
    static void verifyImportErrors(Workspace &ws, const QByteArray &json, const QStringList &details)
    {
        const Status s = Interchange::importInto(ws, json);
        QVERIFY(!s);
        QCOMPARE(s.error().details, details);
    }
    /// The same in a new, empty workspace.
    static void verifyImportErrors(const QByteArray &json, const QStringList &details)
    {
        QTemporaryDir dir;
        auto ws = openWorkspace(dir);
        QVERIFY(ws);
        verifyImportErrors(*ws, json, details);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void domainExampleImports()
    {
        QTemporaryDir dir;
        auto ws = openWorkspace(dir);
        // In document order (§2): the files come first in this text.
        const Status s = Interchange::importInto(*ws, fixture(QStringLiteral("domain-example.json")));
        QVERIFY2(s, qPrintable(s ? QString() : s.error().details.join(QLatin1Char('\n'))));
        QCOMPARE(ws->assistants().size(), 2);
        const auto help = ws->assistant(QStringLiteral("a-help"));
        QCOMPARE(help->versionNumber, 2);
        QCOMPARE(help->temperature, 0.7);
        QVERIFY(!help->notPushed);   // has a remote id
        QCOMPARE(syncStatusWireName(ws->assistantSummary(QStringLiteral("a-help"))->syncStatus), QStringLiteral("not_checked"));
        const auto v1 = ws->assistant(QStringLiteral("a-help-v1"));
        QCOMPARE(v1->workingVersionId, QStringLiteral("a-help"));
        QCOMPARE(v1->versionNumber, 1);
        const auto prices = ws->file(QStringLiteral("f-prices"));
        QVERIFY(prices->hasLocalCopy());   // content_base64 became the local copy
        QCOMPARE(readAll(prices->localPath), QByteArray("sku,price\n"));
        const auto faq = ws->file(QStringLiteral("f-faq"));
        QCOMPARE(faq->uploadedSha256, faq->sha256);   // default when remote_file_id is set
        QCOMPARE(ws->experiments().size(), 3);
        QCOMPARE(ws->pipelines().size(), 1);
        QCOMPARE(ws->pipelines().first().nodes.size(), 2);
    }

    void exportImportExportIsByteIdentical_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<bool>("withContents");
        QTest::newRow("domain example") << fixture(QStringLiteral("domain-example.json")) << false;
        QTest::newRow("domain example with contents") << fixture(QStringLiteral("domain-example.json")) << true;
        QTest::newRow("demo") << Demo::interchangeDocument() << true;
        QTest::newRow("empty") << doc({}) << false;
        QTest::newRow("checks") << fixture(QStringLiteral("checks-example.json")) << false;
    }

    void exportImportExportIsByteIdentical()
    {
        QFETCH(QByteArray, source);
        QFETCH(bool, withContents);
        QTemporaryDir dir;
        auto first = openWorkspace(dir, QStringLiteral("first.adesk"));
        QVERIFY(Interchange::importInto(*first, source));
        const QByteArray exported = Interchange::exportFrom(*first, withContents, ExportTime);
        QTemporaryDir dir2;
        auto second = openWorkspace(dir2, QStringLiteral("second.adesk"));
        const Status s = Interchange::importInto(*second, exported);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().details.join(QLatin1Char('\n'))));
        const QByteArray again = Interchange::exportFrom(*second, withContents, ExportTime);
        QCOMPARE(again, exported);
        QVERIFY(exported.endsWith("}\n"));
        QVERIFY(exported.startsWith("{\n  \"format\": \"assistant-desk-workspace\",\n  \"format_version\": 1,\n"
                                    "  \"exported_at\": \"2026-11-25T16:00:00Z\",\n"));
    }

    void exportWritesKeyOrderAndDefaults()
    {
        QTemporaryDir dir;
        auto ws = openWorkspace(dir);
        QVERIFY(Interchange::importInto(*ws, doc("\"assistants\": [{\"id\": \"b\", \"name\": \"B\", \"model\": \"m\"},"
                                                 "{\"id\": \"a\", \"name\": \"A\", \"model\": \"m\", \"temperature\": 0.1}]")));
        const QByteArray out = Interchange::exportFrom(*ws, false, ExportTime);
        const QByteArray expected = R"({
  "format": "assistant-desk-workspace",
  "format_version": 1,
  "exported_at": "2026-11-25T16:00:00Z",
  "files": [],
  "assistants": [
)" + defaultAssistantJson("a", "A", "0.1") + ",\n" + defaultAssistantJson("b", "B", "1") + R"(
  ],
  "experiments": [],
  "pipelines": []
}
)";
        QCOMPARE(out, expected);
        // Import defaults: never pushed, not_pushed.
        QCOMPARE(syncStatusWireName(ws->assistantSummary(QStringLiteral("a"))->syncStatus), QStringLiteral("never_pushed"));
        QVERIFY(ws->assistant(QStringLiteral("a"))->notPushed);
    }

    void invalidFilesAreRejectedWithPaths_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("errors");

        QTest::newRow("not json") << QByteArray("{\n  \"format\": \n}") << QStringList{
            QStringLiteral("$: invalid JSON at line 3, column 2: object is missing after a comma")};
        QTest::newRow("not utf-8") << QByteArray("{\"format\": \"\xff\xfe\"}") << QStringList{
            QStringLiteral("$: the file is not valid UTF-8 text")};
        QTest::newRow("array root") << QByteArray("[]") << QStringList{QStringLiteral("$: must be a JSON object")};
        QTest::newRow("wrong format") << QByteArray(R"({"format": "other", "format_version": 1})")
                                      << QStringList{QStringLiteral("$.format: must be \"assistant-desk-workspace\"")};
        QTest::newRow("wrong version") << QByteArray(R"({"format": "assistant-desk-workspace", "format_version": 2})")
                                       << QStringList{QStringLiteral("$.format_version: must be 1 (this version of Assistant Desk reads format version 1)")};
        QTest::newRow("missing format") << QByteArray(R"({"format_version": 1})")
                                        << QStringList{QStringLiteral("$.format: is required")};
        QTest::newRow("unknown top key") << doc(R"("assistans": [])") << QStringList{QStringLiteral("$.assistans: unknown key")};
        QTest::newRow("wrong type") << doc(R"("assistants": [{"id": "a", "name": "A", "model": "m", "temperature": "hot"}])")
                                    << QStringList{QStringLiteral("$.assistants[0].temperature: must be a number")};
        QTest::newRow("out of range") << doc(R"("assistants": [{"id": "a", "name": "A", "model": "m"}, {"id": "b", "name": "B", "model": "m"}, {"id": "c", "name": "C", "model": "m", "temperature": 2.5}])")
                                      << QStringList{QStringLiteral("$.assistants[2].temperature: must be between 0 and 2")};
        QTest::newRow("version out of range") << doc(R"("assistants": [{"id": "a", "name": "A", "model": "m", "versions": [{"id": "a1", "version_number": 1, "name": "A v1", "model": "m"}, {"id": "a2", "version_number": 2, "name": "A v2", "model": "m", "temperature": 9}]}])")
                                              << QStringList{QStringLiteral("$.assistants[0].versions[1].temperature: must be between 0 and 2")};
        QTest::newRow("missing required") << doc(R"("assistants": [{"id": "a", "name": "A"}])")
                                          << QStringList{QStringLiteral("$.assistants[0].model: is required")};
        QTest::newRow("unknown key") << doc(R"("assistants": [{"id": "a", "name": "A", "model": "m", "colour": "red"}])")
                                     << QStringList{QStringLiteral("$.assistants[0].colour: unknown key")};
        QTest::newRow("version with next_version_number") << doc(R"("assistants": [{"id": "a", "name": "A", "model": "m", "versions": [{"id": "a1", "version_number": 1, "name": "A1", "model": "m", "is_archived": true}]}])")
                                                          << QStringList{QStringLiteral("$.assistants[0].versions[0].is_archived: unknown key")};
        QTest::newRow("dangling experiment reference") << doc(R"("assistants": [{"id": "a", "name": "A", "model": "m"}], "experiments": [{"id": "e0", "name": "E0"}, {"id": "e1", "name": "E1"}, {"id": "e2", "name": "E2", "assistant": "a-x"}])")
                                                       << QStringList{QStringLiteral("$.experiments[2].assistant: unknown assistant id \"a-x\"")};
        QTest::newRow("dangling file reference") << doc(R"("assistants": [{"id": "a", "name": "A", "model": "m", "files": {"file_search": ["f-x"]}}])")
                                                 << QStringList{QStringLiteral("$.assistants[0].files.file_search[0]: unknown file id \"f-x\"")};
        QTest::newRow("reference of the wrong kind") << doc(R"("assistants": [{"id": "a", "name": "A", "model": "m"}], "experiments": [{"id": "e", "name": "E", "pipeline": "a"}])")
                                                     << QStringList{QStringLiteral("$.experiments[0].pipeline: unknown pipeline id \"a\"")};
        QTest::newRow("duplicate id") << doc(R"("files": [{"id": "x", "name": "a.txt", "size": 1}], "assistants": [{"id": "x", "name": "A", "model": "m"}])")
                                      << QStringList{QStringLiteral("$.assistants[0].id: duplicate id \"x\" (also at $.files[0])")};
        QTest::newRow("too many ci files") << [] {
            QByteArray files, ids;
            for (int i = 0; i < 21; ++i) {
                files += (i ? "," : "") + QStringLiteral(R"({"id": "f%1", "name": "f%1.txt", "size": 1})").arg(i).toUtf8();
                ids += (i ? "," : "") + QStringLiteral(R"("f%1")").arg(i).toUtf8();
            }
            return doc("\"files\": [" + files + "], \"assistants\": [{\"id\": \"a\", \"name\": \"A\", \"model\": \"m\", "
                       "\"builtin_tools\": [\"code_interpreter\"], \"files\": {\"code_interpreter\": [" + ids + "]}}]");
        }() << QStringList{QStringLiteral("$.assistants[0].files.code_interpreter: at most 20 (now 21)")};
        QTest::newRow("name too long") << doc(QStringLiteral(R"("assistants": [{"id": "a", "name": "%1", "model": "m"}])").arg(QString(300, QLatin1Char('n'))).toUtf8())
                                       << QStringList{QStringLiteral("$.assistants[0].name: at most 256 characters (now 300)")};
        QTest::newRow("assistant on non-assistant node") << doc(R"("assistants": [{"id": "a", "name": "A", "model": "m"}], "pipelines": [{"id": "p", "name": "P", "nodes": [{"id": "n1", "type": "llm", "assistant": "a"}]}])")
                                                         << QStringList{QStringLiteral("$.pipelines[0].nodes[0].assistant: only nodes of type \"assistant\" may name an assistant")};
        QTest::newRow("duplicate node id") << doc(R"("pipelines": [{"id": "p", "name": "P", "nodes": [{"id": "n1", "type": "llm"}, {"id": "n1", "type": "llm"}]}])")
                                           << QStringList{QStringLiteral("$.pipelines[0].nodes[1].id: duplicate node id \"n1\" (also at $.pipelines[0].nodes[0])")};
        QTest::newRow("duplicate version number") << doc(R"("experiments": [{"id": "e", "name": "E", "versions": [{"id": "e1", "version_number": 1}, {"id": "e2", "version_number": 1}]}])")
                                                  << QStringList{QStringLiteral("$.experiments[0].versions[1].version_number: version 1 appears twice in this family")};
        QTest::newRow("next version too low") << doc(R"("experiments": [{"id": "e", "name": "E", "next_version_number": 2, "versions": [{"id": "e1", "version_number": 1}, {"id": "e2", "version_number": 2}]}])")
                                              << QStringList{QStringLiteral("$.experiments[0].next_version_number: must be greater than every version number (highest is 2)")};
        QTest::newRow("two published") << doc(R"("experiments": [{"id": "e", "name": "E", "versions": [{"id": "e1", "version_number": 1, "published": true}, {"id": "e2", "version_number": 2, "published": true}]}])")
                                       << QStringList{QStringLiteral("$.experiments[0].versions[1].published: only one version of an experiment can be published (also $.experiments[0].versions[0])")};
        QTest::newRow("duplicate remote id") << doc(R"("assistants": [{"id": "a", "name": "A", "model": "m", "remote_id": "asst_1"}, {"id": "b", "name": "B", "model": "m", "remote_id": "asst_1"}])")
                                             << QStringList{QStringLiteral("$.assistants[1].remote_id: \"asst_1\" is also used at $.assistants[0].remote_id")};
        QTest::newRow("bad base64") << doc(R"("files": [{"id": "f", "name": "a.txt", "size": 3, "content_base64": "!!!"}])")
                                    << QStringList{QStringLiteral("$.files[0].content_base64: is not valid base64")};
        QTest::newRow("content size mismatch") << doc(R"("files": [{"id": "f", "name": "a.txt", "size": 4, "content_base64": "YWJj"}])")
                                               << QStringList{QStringLiteral("$.files[0].content_base64: decodes to 3 bytes, but size is 4")};
        QTest::newRow("content hash mismatch") << doc(R"("files": [{"id": "f", "name": "a.txt", "size": 3, "content_base64": "YWJj", "sha256": "0000000000000000000000000000000000000000000000000000000000000000"}])")
                                               << QStringList{QStringLiteral("$.files[0].content_base64: its SHA-256 is ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad, but sha256 is 0000000000000000000000000000000000000000000000000000000000000000")};
        QTest::newRow("bad file name") << doc(R"("files": [{"id": "f", "name": "a/b.txt", "size": -1}])")
                                       << QStringList{QStringLiteral("$.files[0].name: must not contain / or \\"),
                                                      QStringLiteral("$.files[0].size: must not be negative")};
        QTest::newRow("bad builtin tool") << doc(R"("assistants": [{"id": "a", "name": "A", "model": "m", "builtin_tools": ["retrieval"]}])")
                                          << QStringList{QStringLiteral("$.assistants[0].builtin_tools[0]: must be \"code_interpreter\" or \"file_search\"")};
        QTest::newRow("invalid id") << doc(R"("assistants": [{"id": "bad id", "name": "A", "model": "m"}])")
                                    << QStringList{QStringLiteral("$.assistants[0].id: “bad id” is not a valid id")};
        QTest::newRow("checks on a version") << doc(R"("assistants": [{"id": "a", "name": "A", "model": "m", "versions": [{"id": "a1", "version_number": 1, "name": "A1", "model": "m", "checks": []}]}])")
                                             << QStringList{QStringLiteral("$.assistants[0].versions[0].checks: unknown key")};
        QTest::newRow("checks not an array") << doc(R"("assistants": [{"id": "a", "name": "A", "model": "m", "checks": {}}])")
                                             << QStringList{QStringLiteral("$.assistants[0].checks: must be an array")};
        QTest::newRow("check id taken by a record") << doc(R"("files": [{"id": "x", "name": "a.txt", "size": 1}], "assistants": [{"id": "a", "name": "A", "model": "m", "checks": [{"id": "x", "name": "C", "messages": ["m"]}]}])")
                                                    << QStringList{QStringLiteral("$.assistants[0].checks[0].id: duplicate id \"x\" (also at $.files[0])")};
        QTest::newRow("duplicate check id") << doc(R"("assistants": [{"id": "a", "name": "A", "model": "m", "checks": [{"id": "c", "name": "C", "messages": ["m"]}, {"id": "c", "name": "D", "messages": ["m"]}]}])")
                                            << QStringList{QStringLiteral("$.assistants[0].checks[1].id: duplicate id \"c\" (also at $.assistants[0].checks[0])")};
        QTest::newRow("check id in the demo workspace") << doc(R"("assistants": [{"id": "a", "name": "A", "model": "m", "checks": [{"id": "demo-helpdesk", "name": "C", "messages": ["m"]}]}])")
                                                        << QStringList{QStringLiteral("$.assistants[0].checks[0].id: id already exists in the workspace (\"demo-helpdesk\")")};
        // (moc stumbles over a raw string holding "(open", so this one is escaped by hand.)
        QTest::newRow("check problems in document order")
            << doc("\"assistants\": [{\"id\": \"a\", \"name\": \"A\", \"model\": \"m\", \"checks\": [\n"
                   "  {\"name\": \" \", \"messages\": [], \"id\": \"c1\", \"expect\": [{\"regex\": \"(open\"}, "
                   "{\"calls\": \"two words\"}]},\n"
                   "  {\"id\": \"c2\", \"name\": \"C2\", \"messages\": [\"m\"], \"function_results\": {\"f\": 3}, "
                   "\"colour\": \"red\"}]}]")
            << QStringList{QStringLiteral("$.assistants[0].checks[0].name: must not be empty"),
                           QStringLiteral("$.assistants[0].checks[0].messages: must hold at least one message"),
                           QStringLiteral("$.assistants[0].checks[0].expect[0].regex: is not a valid regular expression: missing closing parenthesis (at offset 5)"),
                           QStringLiteral("$.assistants[0].checks[0].expect[1].calls: \"two words\" is not a valid function name"),
                           QStringLiteral("$.assistants[0].checks[1].function_results.f: must be a string"),
                           QStringLiteral("$.assistants[0].checks[1].colour: unknown key")};
        QTest::newRow("reserved metadata") << doc(R"("assistants": [{"id": "a", "name": "A", "model": "m", "metadata": {"assistant_desk_id": "x"}}])")
                                           << QStringList{QStringLiteral("$.assistants[0].metadata.assistant_desk_id: the key “assistant_desk_id” is reserved for Assistant Desk")};
    }

    void invalidFilesAreRejectedWithPaths()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, errors);
        QTemporaryDir dir;
        auto ws = openWorkspace(dir);
        QVERIFY(Demo::populate(*ws));
        const QByteArray before = Interchange::exportFrom(*ws, true, ExportTime);
        const Status s = Interchange::importInto(*ws, json);
        QVERIFY(!s);
        QCOMPARE(s.error().kind, ErrorKind::Validation);
        QCOMPARE(s.error().details, errors);
        QCOMPARE(Interchange::exportFrom(*ws, true, ExportTime), before);   // nothing imported
    }

    void checksImportAndExportInTheirOrder()
    {
        QTemporaryDir dir;
        auto ws = openWorkspace(dir);
        const Status s = Interchange::importInto(*ws, fixture(QStringLiteral("checks-example.json")));
        QVERIFY2(s, qPrintable(s ? QString() : s.error().details.join(QLatin1Char('\n'))));
        const QList<Check> checks = ws->checks(QStringLiteral("a-help"));
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks.at(0).id, QStringLiteral("c-order"));   // the file's order, not the ids'
        QCOMPARE(checks.at(1).messages, (QStringList{QStringLiteral("Hello"), QStringLiteral("How are you?")}));
        QCOMPARE(checks.at(0).functionResults.value(QStringLiteral("lookup_order")), QStringLiteral("shipped yesterday"));
        QVERIFY(ws->checks(QStringLiteral("a-plain")).isEmpty());
        QVERIFY(ws->checks(QStringLiteral("a-help-v1")).isEmpty());
        QVERIFY(ws->localIds().contains(QStringLiteral("c-hello")));

        // Keys in the documented order, every default written; the schema's keys in code-point order.
        const QByteArray out = Interchange::exportFrom(*ws, false, ExportTime);
        const QByteArray expected = R"(      "versions": [
        {
          "id": "a-help-v1",
          "version_number": 1,
          "name": "Helpdesk v1",
          "model": "gpt-4o",
          "description": null,
          "instructions": "",
          "temperature": 1,
          "top_p": 1,
          "builtin_tools": [],
          "functions": [],
          "files": {
            "code_interpreter": [],
            "file_search": []
          },
          "vector_store_id": null,
          "metadata": {},
          "include_file_info": true,
          "allow_file_search_attachments": true,
          "allow_code_interpreter_attachments": true,
          "allow_file_downloads": false,
          "remote_id": null
        }
      ],
      "checks": [
        {
          "id": "c-order",
          "name": "Order status",
          "messages": [
            "Where is order 42?"
          ],
          "function_results": {
            "lookup_order": "shipped yesterday"
          },
          "expect": [
            {
              "contains": "shipped"
            },
            {
              "calls": "lookup_order"
            },
            {
              "json_schema": {
                "required": [
                  "status"
                ],
                "type": "object"
              }
            }
          ]
        },
        {
          "id": "c-hello",
          "name": "Greets back",
          "messages": [
            "Hello",
            "How are you?"
          ],
          "function_results": {},
          "expect": [
            {
              "regex": "^Echo: How"
            },
            {
              "not_contains": "sorry"
            }
          ]
        }
      ]
    },
)";
        QVERIFY2(out.contains(expected), out.constData());
        // An assistant without checks writes the default.
        QVERIFY(out.contains("      \"versions\": [],\n      \"checks\": []\n    }\n  ],"));
    }

    void filesWithoutChecksStillImport()
    {
        // A file written before checks existed (no "checks" key anywhere) imports as before, with no checks.
        QTemporaryDir dir;
        auto ws = openWorkspace(dir);
        QVERIFY(Interchange::importInto(*ws, fixture(QStringLiteral("domain-example.json"))));
        QVERIFY(ws->assistantsWithChecks().isEmpty());
        QVERIFY(Interchange::exportFrom(*ws, false, ExportTime).contains("\"checks\": []"));
    }

    void idsAndLinksMustNotCollideWithTheWorkspace()
    {
        QTemporaryDir dir;
        auto ws = openWorkspace(dir);
        QVERIFY(Interchange::importInto(*ws, fixture(QStringLiteral("domain-example.json"))));
        // In document order (§2): the files come first in this text.
        verifyImportErrors(*ws, doc(R"("files": [{"id": "f-new", "name": "x", "size": 0, "remote_file_id": "file-FAQ1"}], "assistants": [{"id": "a-help", "name": "A", "model": "m"}, {"id": "a-2", "name": "B", "model": "m", "remote_id": "asst_W1"}])"),
                           {QStringLiteral("$.files[0].remote_file_id: \"file-FAQ1\" is already linked in the workspace"),
                            QStringLiteral("$.assistants[0].id: id already exists in the workspace (\"a-help\")"),
                            QStringLiteral("$.assistants[1].remote_id: \"asst_W1\" is already linked in the workspace")});
    }

    void errorsComeInDocumentOrder()
    {
        // A duplicate id in the second record, a bad value and an unknown key in the first (written after its
        // temperature), an unknown top-level key in the middle and a dangling reference at the end.
        const QByteArray json = R"({"format": "assistant-desk-workspace", "format_version": 1,
          "assistants": [{"id": "a1", "name": "A", "model": "m", "temperature": 9, "zzz": 1},
                         {"id": "a1", "name": "B", "model": "m"}],
          "bogus": true,
          "experiments": [{"id": "e1", "name": "E", "assistant": "a-x"}]})";
        verifyImportErrors(json,
                           {QStringLiteral("$.assistants[0].temperature: must be between 0 and 2"),
                            QStringLiteral("$.assistants[0].zzz: unknown key"),
                            QStringLiteral("$.assistants[1].id: duplicate id \"a1\" (also at $.assistants[0])"),
                            QStringLiteral("$.bogus: unknown key"),
                            QStringLiteral("$.experiments[0].assistant: unknown assistant id \"a-x\"")});
    }

    void aRepeatedKeyIsReportedWhereTheValueThatCountsIs()
    {
        // JSON keeps the last of repeated keys: the error in it sorts where that last one is, after the experiments.
        const QByteArray json = R"({"format": "assistant-desk-workspace", "format_version": 1,
          "assistants": [{"id": "a1", "name": "A", "model": "m", "temperature": 1}, {"id": "a2", "name": "B", "model": "m", "top_p": 5}],
          "experiments": [{"id": "e1", "name": "E", "assistant": "a-x"}],
          "assistants": [{"id": "a1", "name": "A", "model": "m"}, {"id": "a2", "name": "B", "model": "m", "top_p": 7}]})";
        verifyImportErrors(json,
                           {QStringLiteral("$.experiments[0].assistant: unknown assistant id \"a-x\""),
                            QStringLiteral("$.assistants[1].top_p: must be between 0 and 1")});
    }

    void errorListIsCappedAt100()
    {
        QByteArray assistants;
        for (int i = 0; i < 150; ++i)
            assistants += (i ? "," : "") + QStringLiteral(R"({"id": "a%1", "name": "A", "model": "m", "top_p": 5})").arg(i).toUtf8();
        auto parsed = Interchange::parse(doc("\"assistants\": [" + assistants + "]"));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().details.size(), 101);
        QCOMPARE(parsed.error().details.first(), QStringLiteral("$.assistants[0].top_p: must be between 0 and 1"));
        QCOMPARE(parsed.error().details.last(), QStringLiteral("…and 50 more"));
    }

    void numbersUseShortestForm_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("one") << 1.0 << QByteArray("1");
        QTest::newRow("zero") << 0.0 << QByteArray("0");
        QTest::newRow("point seven") << 0.7 << QByteArray("0.7");
        QTest::newRow("tiny step") << 0.7000000001 << QByteArray("0.7000000001");
        QTest::newRow("third") << 1.0 / 3 << QByteArray("0.3333333333333333");
    }

    void numbersUseShortestForm()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, text);
        QCOMPARE(JsonWriter::number(value), text);
        QCOMPARE(QJsonDocument::fromJson("[" + text + "]").array().at(0).toDouble(), value);
    }
};

QTEST_GUILESS_MAIN(tst_Interchange)
#include "tst_interchange.moc"
