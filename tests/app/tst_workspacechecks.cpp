// Saved checks in the workspace (domain.md §2 "Check", §12): schema 6, the checks of a working assistant in order,
// their last results per way, refusals on versions and archived assistants, all-or-nothing writes, the change
// history, and a workspace of schema 5 migrated forward.
#include "storage/storageaccess.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Check)

namespace {
Check check(const QString &name, const QString &id = {})
{
    Check c;
    c.id = id;
    c.name = name;
    c.messages = {u"Where is order 42?"_s};
    c.functionResults.insert(u"lookup_order"_s, u"shipped"_s);
    c.expect = {CheckExpectation{CheckExpectation::Kind::Contains, u"shipped"_s, {}},
                CheckExpectation{CheckExpectation::Kind::Calls, u"lookup_order"_s, {}}};
    return c;
}

CheckOutcome outcome(const QString &checkId, const QString &way, bool passed)
{
    CheckOutcome o;
    o.checkId = checkId;
    o.checkName = u"Order status"_s;
    o.way = way;
    o.passed = passed;
    o.answer = passed ? u"Result: shipped"_s : u"Echo: Where is order 42?"_s;
    o.expectations = {Checks::ExpectationResult{CheckExpectation{CheckExpectation::Kind::Contains, u"shipped"_s, {}},
                                                passed, passed ? u"The answer contains “shipped”."_s
                                                               : u"The answer does not contain “shipped”."_s}};
    o.calls = passed ? QStringList{u"lookup_order"_s} : QStringList{};
    o.inputTokens = 12;
    o.outputTokens = 3;
    o.durationMs = 250;
    o.ranAt = u"2026-11-25T16:00:00Z"_s;
    return o;
}

const QByteArray Family = R"({"format": "assistant-desk-workspace", "format_version": 1,
  "assistants": [
    {"id": "a-help", "name": "Helpdesk", "model": "gpt-4o",
     "versions": [{"id": "a-help-v1", "version_number": 1, "name": "Helpdesk v1", "model": "gpt-4o"}]},
    {"id": "a-old", "name": "Old", "model": "gpt-4o", "is_archived": true,
     "checks": [{"id": "c-old", "name": "Still kept", "messages": ["hi"]}]}]})";
} // namespace

class tst_WorkspaceChecks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void saveListUpdateDeleteInOrder()
    {
        QTemporaryDir dir;
        auto ws = importedWorkspace(dir, Family);
        QVERIFY(ws);
        QSignalSpy changed(ws.get(), &Workspace::checksChanged);
        const auto first = ws->saveCheck(u"a-help"_s, check(u"Order status"_s));
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QVERIFY(first->id.startsWith(u"c-"_s));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), u"a-help"_s);
        const auto second = ws->saveCheck(u"a-help"_s, check(u"Greets"_s, u"c-greets"_s));
        QVERIFY(second);
        QCOMPARE(ws->checks(u"a-help"_s), (QList<Check>{first.value(), second.value()}));
        QVERIFY(ws->localIds().contains(u"c-greets"_s));

        // Saving under an existing id replaces the check in its place.
        Check edited = first.value();
        edited.name = u"Order status (edited)"_s;
        edited.messages << u"Thanks"_s;
        QVERIFY(ws->saveCheck(u"a-help"_s, edited));
        QCOMPARE(ws->checks(u"a-help"_s), (QList<Check>{edited, second.value()}));
        QCOMPARE(ws->assistantsWithChecks(), (QStringList{u"a-help"_s, u"a-old"_s}));

        QVERIFY(ws->deleteCheck(first->id));
        QCOMPARE(ws->checks(u"a-help"_s), QList<Check>{second.value()});
        QVERIFY(!ws->localIds().contains(first->id));   // the id is free again
        QCOMPARE(changed.size(), 4);
        const Status gone = ws->deleteCheck(first->id);
        QVERIFY(!gone);
        QCOMPARE(gone.error().kind, ErrorKind::NotFound);
    }

    void refusedOnVersionsAndArchivedAssistants()
    {
        QTemporaryDir dir;
        auto ws = importedWorkspace(dir, Family);
        QVERIFY(ws);
        const auto onVersion = ws->saveCheck(u"a-help-v1"_s, check(u"C"_s));
        QVERIFY(!onVersion);
        QCOMPARE(onVersion.error().kind, ErrorKind::Refused);
        QCOMPARE(onVersion.error().message, u"Assistant versions are read-only. Edit the working assistant instead."_s);
        const auto onArchived = ws->saveCheck(u"a-old"_s, check(u"C"_s));
        QVERIFY(!onArchived);
        QCOMPARE(onArchived.error().message, u"Archived assistants are read-only."_s);
        const Status deleteArchived = ws->deleteCheck(u"c-old"_s);
        QVERIFY(!deleteArchived);
        QCOMPARE(deleteArchived.error().kind, ErrorKind::Refused);
        QCOMPARE(ws->checks(u"a-old"_s).size(), 1);
        const auto unknown = ws->saveCheck(u"a-nope"_s, check(u"C"_s));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
        // Running checks changes nothing but their results: allowed on an archived assistant.
        QVERIFY(ws->storeCheckOutcome(outcome(u"c-old"_s, u"responses"_s, true)));
        QCOMPARE(ws->checkOutcomes(u"a-old"_s).size(), 1);
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<Check>("value");
        QTest::addColumn<QStringList>("problems");
        Check blank = check(u" "_s, u"c-1"_s);
        blank.messages.clear();
        QTest::newRow("blank") << blank << QStringList{u"Name: must not be empty"_s,
                                                       u"Messages: must hold at least one message"_s};
        Check regex = check(u"R"_s, u"c-1"_s);
        regex.expect = {CheckExpectation{CheckExpectation::Kind::Contains, u"a"_s, {}},
                        CheckExpectation{CheckExpectation::Kind::Regex, u"(open"_s, {}}};
        QTest::newRow("regex") << regex << QStringList{
            u"Expectation 2: is not a valid regular expression: missing closing parenthesis (at offset 5)"_s};
        Check schema = check(u"S"_s, u"c-1"_s);
        schema.expect = {CheckExpectation{CheckExpectation::Kind::JsonSchema, {},
                                          QJsonObject{{u"properties"_s, QJsonObject{{u"n"_s, QJsonObject{{u"type"_s, u"nummber"_s}}}}}}}};
        QTest::newRow("schema") << schema << QStringList{
            u"Expectation 1 (json_schema.properties.n.type): \"nummber\" is not a type; use one of null, boolean, "
            u"object, array, number, integer, string"_s};
        Check function = check(u"F"_s, u"c-1"_s);
        function.functionResults.insert(u"two words"_s, u"x"_s);
        QTest::newRow("function result") << function << QStringList{
            u"Result of two words: \"two words\" is not a valid function name"_s};
        QTest::newRow("id") << check(u"I"_s, u"bad id"_s) << QStringList{u"Id: \"bad id\" is not a valid id"_s};
    }

    void validationNamesTheField()
    {
        QFETCH(Check, value);
        QFETCH(QStringList, problems);
        QTemporaryDir dir;
        auto ws = importedWorkspace(dir, Family);
        QVERIFY(ws);
        QCOMPARE(Checks::problems(value), problems);
        const auto saved = ws->saveCheck(u"a-help"_s, value);
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind, ErrorKind::Validation);
        QCOMPARE(saved.error().details, problems);
        QVERIFY(ws->checks(u"a-help"_s).isEmpty());
    }

    void anIdOfAnotherRecordIsRefused()
    {
        QTemporaryDir dir;
        auto ws = importedWorkspace(dir, Family);
        QVERIFY(ws);
        for (const QString &taken : {u"a-help-v1"_s, u"c-old"_s}) {
            const auto saved = ws->saveCheck(u"a-help"_s, check(u"C"_s, taken));
            QVERIFY(!saved);
            QCOMPARE(saved.error().kind, ErrorKind::Validation);
            QCOMPARE(saved.error().message, u"Id: “%1” already exists"_s.arg(taken));
        }
        QVERIFY(ws->checks(u"a-help"_s).isEmpty());
        QCOMPARE(ws->checks(u"a-old"_s).first().name, u"Still kept"_s);
    }

    void resultsPerWayReplaceTheLastOne()
    {
        QTemporaryDir dir;
        auto ws = importedWorkspace(dir, Family);
        QVERIFY(ws);
        const auto a = ws->saveCheck(u"a-help"_s, check(u"A"_s, u"c-a"_s));
        const auto b = ws->saveCheck(u"a-help"_s, check(u"B"_s, u"c-b"_s));
        QVERIFY(a && b);
        QSignalSpy changed(ws.get(), &Workspace::checksChanged);
        QVERIFY(ws->storeCheckOutcome(outcome(u"c-b"_s, u"responses"_s, false)));
        QVERIFY(ws->storeCheckOutcome(outcome(u"c-a"_s, u"responses"_s, false)));
        QVERIFY(ws->storeCheckOutcome(outcome(u"c-a"_s, u"assistants"_s, true)));
        QVERIFY(ws->storeCheckOutcome(outcome(u"c-a"_s, u"responses"_s, true)));   // replaces the failure
        QCOMPARE(changed.size(), 4);
        const QList<CheckOutcome> stored = ws->checkOutcomes(u"a-help"_s);
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored.at(0).checkId, u"c-a"_s);
        QCOMPARE(stored.at(0).way, u"assistants"_s);
        QCOMPARE(stored.at(1).way, u"responses"_s);
        QVERIFY(stored.at(1).passed);
        QCOMPARE(stored.at(2).checkId, u"c-b"_s);
        QVERIFY(!stored.at(2).passed);
        // Everything kept comes back as it was given.
        QCOMPARE(Checks::outcomeToJson(stored.at(1)), Checks::outcomeToJson(outcome(u"c-a"_s, u"responses"_s, true)));

        const Status badWay = ws->storeCheckOutcome(outcome(u"c-a"_s, u"chat"_s, true));
        QVERIFY(!badWay);
        QCOMPARE(badWay.error().kind, ErrorKind::Validation);
        QVERIFY(!ws->storeCheckOutcome(outcome(u"c-none"_s, u"responses"_s, true)));

        QVERIFY(ws->deleteCheck(u"c-a"_s));   // its results go with it
        QCOMPARE(ws->checkOutcomes(u"a-help"_s).size(), 1);
    }

    void aCheckThatCouldNotRunIsStoredWithoutAnswer()
    {
        QTemporaryDir dir;
        auto ws = importedWorkspace(dir, Family);
        QVERIFY(ws);
        QVERIFY(ws->saveCheck(u"a-help"_s, check(u"A"_s, u"c-a"_s)));
        // As CheckRunner reports a way that cannot run: no turn, so no answer (a null string), no expectations.
        CheckOutcome refused;
        refused.checkId = u"c-a"_s;
        refused.checkName = u"A"_s;
        refused.way = u"assistants"_s;
        refused.failure = u"Push the assistant first: the Assistants way runs it as the server has it."_s;
        refused.ranAt = u"2026-11-25T16:00:00Z"_s;
        QVERIFY(refused.answer.isNull());
        const Status stored = ws->storeCheckOutcome(refused);
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
        const QList<CheckOutcome> back = ws->checkOutcomes(u"a-help"_s);
        QCOMPARE(back.size(), 1);
        QVERIFY(!back.first().passed);
        QVERIFY(back.first().answer.isEmpty());
        QCOMPARE(back.first().failure, refused.failure);
    }

    void aFailedWriteLeavesNothing()
    {
        QTemporaryDir dir;
        auto ws = importedWorkspace(dir, Family);
        QVERIFY(ws);
        // The id is registered, then inserting the check fails: neither stays.
        StorageAccess::database(*ws).failAfterChanges(1);
        QVERIFY(!ws->saveCheck(u"a-help"_s, check(u"C"_s, u"c-half"_s)));
        StorageAccess::database(*ws).failAfterChanges(-1);
        QVERIFY(ws->checks(u"a-help"_s).isEmpty());
        QVERIFY(!ws->localIds().contains(u"c-half"_s));
        QVERIFY(ws->saveCheck(u"a-help"_s, check(u"C"_s, u"c-half"_s)));
    }

    void everyWriteIsInTheHistory()
    {
        QTemporaryDir dir;
        auto ws = importedWorkspace(dir, Family);
        QVERIFY(ws);
        QVERIFY(ws->saveCheck(u"a-help"_s, check(u"C"_s, u"c-h"_s)));
        QVERIFY(ws->saveCheck(u"a-help"_s, check(u"C2"_s, u"c-h"_s)));
        QVERIFY(ws->storeCheckOutcome(outcome(u"c-h"_s, u"assistants"_s, true)));
        QVERIFY(ws->deleteCheck(u"c-h"_s));
        const QList<ChangeEntry> history = ws->history({u"c-h"_s});
        QStringList actions;
        for (const ChangeEntry &c : history) {
            QCOMPARE(c.kind, u"check"_s);
            QVERIFY(c.mine);
            QCOMPARE(c.changedBy, ws->userName());
            actions.prepend(c.action);
        }
        QCOMPARE(actions, (QStringList{u"insert"_s, u"update"_s, u"result"_s, u"delete"_s}));
    }

    void anotherProgramsChangeIsAnnounced()
    {
        QTemporaryDir dir;
        auto ws = importedWorkspace(dir, Family);
        QVERIFY(ws);
        auto other = Workspace::open(ws->path());
        QVERIFY(other);
        QVERIFY(other.value()->saveCheck(u"a-help"_s, check(u"From elsewhere"_s)));
        QSignalSpy changed(ws.get(), &Workspace::checksChanged);
        QVERIFY(ws->pollChanges() > 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(ws->checks(u"a-help"_s).first().name, u"From elsewhere"_s);
    }

    void migratesFromSchemaVersion5()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"five.adesk"_s);
        {
            Workspace::OpenOptions options;
            options.database.migrateTo = 5;
            options.blobRoot = dir.filePath(u"blobs"_s);
            auto old = Workspace::open(path, options);
            QVERIFY(old);
            QCOMPARE(StorageAccess::database(*old.value()).schemaVersion(), 5);
            QVERIFY(old.value()->createAssistant(namedAssistant(u"Five"_s, u"a-five"_s)));
            auto q = StorageAccess::database(*old.value()).exec(u"SELECT count(*) FROM sqlite_master WHERE name = 'checks'"_s);
            QVERIFY(q && (*q)->next());
            QCOMPARE((*q)->value(0).toInt(), 0);
        }
        auto ws = openWorkspace(dir, u"five.adesk"_s);
        QVERIFY(ws);
        QCOMPARE(StorageAccess::database(*ws).schemaVersion(), 6);
        QCOMPARE(ws->assistant(u"a-five"_s)->name, u"Five"_s);
        QVERIFY(ws->checks(u"a-five"_s).isEmpty());
        QVERIFY(ws->saveCheck(u"a-five"_s, check(u"After the migration"_s)));
        QCOMPARE(ws->checks(u"a-five"_s).size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_WorkspaceChecks)
#include "tst_workspacechecks.moc"
