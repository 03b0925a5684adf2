// The sync comparison (domain.md §4) and the cached sync state in the workspace.
#include "demo/demoworkspace.h"
#include "interchange/interchange.h"
#include "domain/syncdiff.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {
WorkspaceFile file(const char *id, const char *name, const char *remote, qint64 size = 10)
{
    const QString sha(64, QLatin1Char('a'));
    WorkspaceFile f{QLatin1String(id), QLatin1String(name), size, sha, std::nullopt, std::nullopt, {}};
    if (remote) {
        f.remoteFileId = QLatin1String(remote);
        f.uploadedSha256 = sha;
    }
    return f;
}

/// "Helpdesk" of domain.md §2/§3.1, with both files uploaded.
struct Fixture {
    Assistant local;
    QHash<QString, WorkspaceFile> files;
    RemoteSnapshot snapshot;

    Fixture()
    {
        local = exampleHelpdesk();
        local.remoteId = QStringLiteral("asst_W1");
        files.insert(QStringLiteral("f-prices"), file("f-prices", "prices.csv", "file-PR1"));
        files.insert(QStringLiteral("f-faq"), file("f-faq", "faq.pdf", "file-FAQ1", 18432));
        snapshot.assistant = QJsonDocument::fromJson(R"({
          "id": "asst_W1", "object": "assistant", "created_at": 1700000000,
          "model": "gpt-4o", "name": "Helpdesk", "description": null, "instructions": "Answer order questions.",
          "temperature": 0.7, "top_p": 1.0,
          "tools": [{"type": "file_search", "file_search": {"max_num_results": 20}}, {"type": "code_interpreter"},
                    {"type": "function", "function": {"name": "lookup_order", "description": "Find an order by number",
                      "parameters": {"required": ["number"], "properties": {"number": {"type": "string"}}, "type": "object"}}}],
          "tool_resources": {"code_interpreter": {"file_ids": ["file-PR1"]}, "file_search": {"vector_store_ids": ["vs_W1"]}},
          "metadata": {"assistant_desk_id": "a-help"}, "response_format": "auto"})").object();
        snapshot.stores << RemoteStore{QStringLiteral("vs_W1"), true, {RemoteStoreFile{QStringLiteral("file-FAQ1"), QStringLiteral("completed")}}};
        snapshot.files.insert(QStringLiteral("file-PR1"), RemoteFileInfo{QStringLiteral("file-PR1"), QStringLiteral("prices.csv"), 10, true});
        snapshot.files.insert(QStringLiteral("file-FAQ1"), RemoteFileInfo{QStringLiteral("file-FAQ1"), QStringLiteral("faq.pdf"), 18432, true});
        snapshot.fetchedAt = QStringLiteral("2026-11-25T10:42:00Z");
    }

    QList<Difference> diff() const { return SyncDiff::compare(local, files, snapshot); }
    QJsonObject &remote() { return snapshot.assistant; }
};
} // namespace

class tst_SyncDiff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void identicalIsInSync()
    {
        Fixture f;
        QCOMPARE(fieldsOf(f.diff()), QStringList{});
    }

    void floatTolerance()
    {
        Fixture f;
        f.remote()[QStringLiteral("temperature")] = 0.7 + 1e-9;
        QCOMPARE(fieldsOf(f.diff()), QStringList{});
        f.remote()[QStringLiteral("temperature")] = 0.8;
        const auto d = f.diff();
        QCOMPARE(fieldsOf(d), QStringList{QStringLiteral("temperature")});
        QCOMPARE(d.first().local.toDouble(), 0.7);
        QCOMPARE(d.first().remote.toDouble(), 0.8);
        QCOMPARE(d.first().summary(), QStringLiteral("Temperature: 0.7 in the workspace, 0.8 in OpenAI"));
    }

    void missingOrNullNumbersCountAsOne()
    {
        Fixture f;
        f.local.temperature = 1;
        f.remote().remove(QStringLiteral("temperature"));
        f.remote()[QStringLiteral("top_p")] = QJsonValue::Null;
        QCOMPARE(fieldsOf(f.diff()), QStringList{});
    }

    void nullDescriptionEqualsEmpty()
    {
        Fixture f;
        f.remote()[QStringLiteral("description")] = QString();
        QCOMPARE(fieldsOf(f.diff()), QStringList{});
        f.remote()[QStringLiteral("instructions")] = QJsonValue::Null;
        f.local.instructions.clear();
        QCOMPARE(fieldsOf(f.diff()), QStringList{});
        f.remote()[QStringLiteral("description")] = QStringLiteral("Remote text");
        const auto d = f.diff();
        QCOMPARE(fieldsOf(d), QStringList{QStringLiteral("description")});
        QVERIFY(d.first().local.isNull());
    }

    void scalarsCompareAsStrings()
    {
        Fixture f;
        f.remote()[QStringLiteral("instructions")] = QStringLiteral("Changed in OpenAI.");
        f.remote()[QStringLiteral("model")] = QStringLiteral("gpt-4.1");
        f.remote()[QStringLiteral("name")] = QStringLiteral("Help desk");
        const auto d = f.diff();
        QCOMPARE(fieldsOf(d), (QStringList{QStringLiteral("name"), QStringLiteral("instructions"), QStringLiteral("model")}));
        QCOMPARE(d.at(1).remote.toString(), QStringLiteral("Changed in OpenAI."));
        QCOMPARE(d.at(1).local.toString(), QStringLiteral("Answer order questions."));
    }

    void toolsAreASet()
    {
        Fixture f;
        const QJsonArray tools = f.remote().value(QStringLiteral("tools")).toArray();
        QJsonArray reversed;
        for (auto it = tools.size(); it > 0; --it)
            reversed.append(tools.at(it - 1));
        f.remote()[QStringLiteral("tools")] = reversed;
        QCOMPARE(fieldsOf(f.diff()), QStringList{});
    }

    void functionsByNameWithJsonSemantics()
    {
        Fixture f;
        // Key order and 1 vs 1.0 do not matter; array order does.
        f.local.functions.first().parameters.insert(QStringLiteral("minItems"), 1);
        QJsonArray tools = f.remote().value(QStringLiteral("tools")).toArray();
        QJsonObject fn = tools.at(2).toObject();
        QJsonObject inner = fn.value(QStringLiteral("function")).toObject();
        QJsonObject params = inner.value(QStringLiteral("parameters")).toObject();
        params.insert(QStringLiteral("minItems"), 1.0);
        inner.insert(QStringLiteral("parameters"), params);
        inner.insert(QStringLiteral("strict"), false);
        fn.insert(QStringLiteral("function"), inner);
        tools[2] = fn;
        // A function added in OpenAI.
        tools.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                 {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), QStringLiteral("refund")}}}});
        f.remote()[QStringLiteral("tools")] = tools;
        auto d = f.diff();
        QCOMPARE(fieldsOf(d), QStringList{QStringLiteral("functions.refund")});
        QVERIFY(d.first().local.isNull());
        QCOMPARE(d.first().remote.toObject().value(QStringLiteral("name")).toString(), QStringLiteral("refund"));

        // Array order is kept.
        params.insert(QStringLiteral("required"), QJsonArray{QStringLiteral("b"), QStringLiteral("a")});
        f.local.functions.first().parameters.insert(QStringLiteral("required"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")});
        inner.insert(QStringLiteral("parameters"), params);
        fn.insert(QStringLiteral("function"), inner);
        tools[2] = fn;
        tools.removeLast();
        f.remote()[QStringLiteral("tools")] = tools;
        d = f.diff();
        QCOMPARE(fieldsOf(d), QStringList{QStringLiteral("functions.lookup_order")});

        // strict missing = false; a local function absent remotely.
        f.local.functions.first().parameters = params;
        f.local.functions << FunctionTool{QStringLiteral("local_only"), QString(), FunctionTool::defaultParameters(), false};
        d = f.diff();
        QCOMPARE(fieldsOf(d), QStringList{QStringLiteral("functions.local_only")});
        QVERIFY(d.first().remote.isNull());
    }

    void metadataExceptTheAppKey()
    {
        Fixture f;
        f.remote()[QStringLiteral("metadata")] = QJsonObject{{QStringLiteral("assistant_desk_id"), QStringLiteral("other")},
                                                             {QStringLiteral("team"), QStringLiteral("sales")}};
        f.local.metadata.insert(QStringLiteral("team"), QStringLiteral("support"));
        f.local.metadata.insert(QStringLiteral("tier"), QStringLiteral("1"));
        const auto d = f.diff();
        QCOMPARE(fieldsOf(d), (QStringList{QStringLiteral("metadata.team"), QStringLiteral("metadata.tier")}));
        QCOMPARE(d.at(0).remote.toString(), QStringLiteral("sales"));
        QVERIFY(d.at(1).remote.isNull());
    }

    void filesInBothDirections()
    {
        Fixture f;
        f.snapshot.stores.first().files << RemoteStoreFile{QStringLiteral("file-NEW"), QStringLiteral("completed")};
        f.snapshot.files.insert(QStringLiteral("file-NEW"), RemoteFileInfo{QStringLiteral("file-NEW"), QStringLiteral("new.pdf"), 77, true});
        f.files.insert(QStringLiteral("f-local"), file("f-local", "local.txt", nullptr, 5));
        f.local.codeInterpreterFiles << QStringLiteral("f-local");
        const auto d = f.diff();
        QCOMPARE(fieldsOf(d), (QStringList{QStringLiteral("code_interpreter.files"), QStringLiteral("file_search.files")}));
        QCOMPARE(d.at(0).onlyLocal, (QList<DifferenceFile>{{QStringLiteral("f-local"), QString(), QStringLiteral("local.txt"), 5,
                                                             QStringLiteral("not uploaded yet")}}));
        QVERIFY(d.at(0).onlyRemote.isEmpty());
        QCOMPARE(d.at(1).onlyRemote, (QList<DifferenceFile>{{QString(), QStringLiteral("file-NEW"), QStringLiteral("new.pdf"), 77, QString()}}));
        const QJsonObject json = d.at(1).toJson();
        QCOMPARE(json.value(QStringLiteral("only_remote")).toArray(), QJsonArray{QStringLiteral("file-NEW")});
        QCOMPARE(json.value(QStringLiteral("only_local")).toArray(), QJsonArray{});
    }

    void changedContentAndUnknownAndFailedFiles()
    {
        Fixture f;
        f.files[QStringLiteral("f-prices")].sha256 = QString(64, QLatin1Char('b'));   // replaced content
        f.snapshot.stores.first().files.first().status = QStringLiteral("failed");
        f.snapshot.stores.first().files << RemoteStoreFile{QStringLiteral("file-GONE"), QStringLiteral("completed")};
        f.snapshot.files.insert(QStringLiteral("file-GONE"), RemoteFileInfo{QStringLiteral("file-GONE"), {}, 0, false});
        const auto d = f.diff();
        QCOMPARE(d.size(), 2);
        QCOMPARE(d.at(0).onlyLocal.first().note, QStringLiteral("changed since upload"));
        QCOMPARE(d.at(1).onlyLocal.first().note, QStringLiteral("Failed to index in the vector store"));
        QCOMPARE(d.at(1).onlyRemote.first().name, QStringLiteral("(unknown file)"));
    }

    void disabledToolsAreNotCompared()
    {
        Fixture f;
        f.local.codeInterpreter = false;
        QJsonArray tools;
        for (const auto &t : f.remote().value(QStringLiteral("tools")).toArray())
            if (t.toObject().value(QStringLiteral("type")).toString() != QLatin1String("code_interpreter"))
                tools.append(t);
        f.remote()[QStringLiteral("tools")] = tools;   // resources stay: not compared while the tool is off
        QCOMPARE(fieldsOf(f.diff()), QStringList{});
        f.local.codeInterpreter = true;
        QCOMPARE(fieldsOf(f.diff()), (QStringList{QStringLiteral("tools.code_interpreter"), QStringLiteral("code_interpreter.files")}));
    }

    void vectorStore()
    {
        Fixture f;
        f.snapshot.stores.first().found = false;
        auto d = f.diff();
        QCOMPARE(fieldsOf(d), (QStringList{QStringLiteral("file_search.vector_store"), QStringLiteral("file_search.files")}));
        QCOMPARE(d.first().note, QStringLiteral("Vector store vs_W1 not found in OpenAI"));
        f.snapshot.stores.first().found = true;
        f.local.vectorStoreId = QStringLiteral("vs_OTHER");
        d = f.diff();
        QCOMPARE(d.first().field, QStringLiteral("file_search.vector_store"));
        QCOMPARE(d.first().local.toArray(), QJsonArray{QStringLiteral("vs_OTHER")});
        QCOMPARE(d.first().remote.toArray(), QJsonArray{QStringLiteral("vs_W1")});
    }

    void remoteWithoutToolResourcesDoesNotCrash()
    {
        Fixture f;
        f.remote().remove(QStringLiteral("tool_resources"));
        f.remote().remove(QStringLiteral("tools"));
        const auto d = f.diff();
        QVERIFY(fieldsOf(d).contains(QStringLiteral("tools.file_search")));
        QVERIFY(fieldsOf(d).contains(QStringLiteral("functions.lookup_order")));
    }

    void differencesRoundTripThroughJson()
    {
        Fixture f;
        f.remote()[QStringLiteral("temperature")] = 0.2;
        f.snapshot.stores.first().files << RemoteStoreFile{QStringLiteral("file-X"), QStringLiteral("completed")};
        const auto d = f.diff();
        QCOMPARE(SyncDiff::fromJson(SyncDiff::toJson(d)), d);
    }

    void workspaceStoresStateAndKeepsLastKnownOnFailure()
    {
        QTemporaryDir dir;
        auto ws = openWorkspace(dir);
        QVERIFY(Interchange::importInto(*ws, fixture(QStringLiteral("domain-example.json"))));
        Fixture f;
        // The example's prices.csv was never uploaded: it differs until a push.
        auto state = ws->storeCheckResult(QStringLiteral("a-help"), f.snapshot);
        QVERIFY(state);
        QCOMPARE(state->current.status, SyncStatus::OutOfSync);
        QCOMPARE(fieldsOf(state->current.differences), QStringList{QStringLiteral("code_interpreter.files")});
        QCOMPARE(syncStatusWireName(ws->assistantSummary(QStringLiteral("a-help"))->syncStatus), QStringLiteral("out_of_sync"));
        QCOMPARE(ws->assistantSummary(QStringLiteral("a-help"))->differenceCount, 1);
        QCOMPARE(ws->assistantSummary(QStringLiteral("a-help"))->checkedAt, QStringLiteral("2026-11-25T10:42:00Z"));

        // A local edit recomputes against the snapshot, keeps checked_at.
        Assistant a = ws->assistant(QStringLiteral("a-help")).value();
        a.codeInterpreterFiles.clear();
        a.codeInterpreter = false;
        QVERIFY(ws->saveAssistant(a));
        SyncState s = ws->syncState(QStringLiteral("a-help"));
        // The tool is off locally but on in OpenAI, with its file there.
        QCOMPARE(fieldsOf(s.current.differences),
                 (QStringList{QStringLiteral("tools.code_interpreter"), QStringLiteral("code_interpreter.files")}));
        QCOMPARE(s.current.differences.at(1).onlyRemote.first().remoteId, QStringLiteral("file-PR1"));
        QCOMPARE(s.current.checkedAt, QStringLiteral("2026-11-25T10:42:00Z"));

        // A failed check never yields In sync and keeps the last known result.
        QVERIFY(ws->storeCheckFailure(QStringLiteral("a-help"), QStringLiteral("Server error 500 after 4 attempts: boom (request req_1)")));
        s = ws->syncState(QStringLiteral("a-help"));
        QCOMPARE(s.current.status, SyncStatus::CheckFailed);
        QVERIFY(s.stale());
        QCOMPARE(s.lastKnown->status, SyncStatus::OutOfSync);
        QCOMPARE(s.lastKnown->checkedAt, QStringLiteral("2026-11-25T10:42:00Z"));
        QCOMPARE(s.error, QStringLiteral("Server error 500 after 4 attempts: boom (request req_1)"));
        // A second failure keeps the same last known result.
        QVERIFY(ws->storeCheckFailure(QStringLiteral("a-help"), QStringLiteral("again")));
        QCOMPARE(ws->syncState(QStringLiteral("a-help")).lastKnown->status, SyncStatus::OutOfSync);
        const auto summary = ws->assistantSummary(QStringLiteral("a-help"));
        QCOMPARE(syncStatusWireName(summary->syncStatus), QStringLiteral("check_failed"));
        QVERIFY(summary->stale);

        QVERIFY(ws->clearRemoteCache());   // the connection changed
        QCOMPARE(syncStatusWireName(ws->assistantSummary(QStringLiteral("a-help"))->syncStatus), QStringLiteral("not_checked"));
        QVERIFY(!ws->snapshot(QStringLiteral("a-help")));

        QVERIFY(ws->storeMissingRemote(QStringLiteral("a-help"), QStringLiteral("2026-11-25T11:00:00Z")));
        QCOMPARE(ws->syncState(QStringLiteral("a-help")).error, QStringLiteral("This assistant no longer exists in OpenAI (asst_W1)."));
        QCOMPARE(syncStatusWireName(ws->assistantSummary(QStringLiteral("a-help"))->syncStatus), QStringLiteral("missing_remote"));
    }
};

QTEST_GUILESS_MAIN(tst_SyncDiff)
#include "tst_syncdiff.moc"
