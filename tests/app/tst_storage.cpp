// The workspace, on either backend (tst_storage on SQLite files, tst_storage_pg on PostgreSQL): round trips,
// transactions, summaries, settings. What only an SQLite file has (its format, migrations of old files, refusing files
// it must not touch) is in tst_sqlitefile; what only a team workspace has, in tst_teamworkspace.
#include "demo/demoworkspace.h"
#include "storage/storageaccess.h"
#include "storage/schema.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class tst_Storage : public QObject
{
    Q_OBJECT

private:
    static Assistant fullAssistant()
    {
        Assistant a;
        a.name = QStringLiteral("Helpdesk ✓ “quoted”");
        a.description = QStringLiteral("Answers questions");
        a.instructions = QStringLiteral("Line 1\nLine 2 — ünïcode");
        a.model = QStringLiteral("gpt-4o");
        a.temperature = 0.7;
        a.topP = 0.35;
        a.codeInterpreter = true;
        a.fileSearch = true;
        a.functions << FunctionTool{QStringLiteral("lookup_order"), QStringLiteral("Find an order"),
                                    QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                                {QStringLiteral("properties"),
                                                 QJsonObject{{QStringLiteral("n"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}}},
                                    true}
                    << FunctionTool{QStringLiteral("open_ticket"), QString(), FunctionTool::defaultParameters(), false};
        a.vectorStoreId = QStringLiteral("vs_1");
        a.metadata = {{QStringLiteral("team"), QStringLiteral("support")}, {QStringLiteral("tier"), QStringLiteral("1")}};
        a.includeFileInfo = false;
        a.allowFileSearchAttachments = false;
        a.allowCodeInterpreterAttachments = false;
        a.allowFileDownloads = true;
        a.remoteId = QStringLiteral("asst_1");
        return a;
    }

    static QByteArray fileBytes(const QString &path) { return readAll(path); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newWorkspaceIsEmptyAndCurrent()
    {
        QTemporaryDir dir;
        auto ws = openWorkspace(dir);
        QVERIFY(ws);
        QVERIFY(ws->isEmpty());
        QCOMPARE(StorageAccess::database(*ws).schemaVersion(), Database::CurrentSchemaVersion);
    }

    void assistantRoundTripKeepsEveryField()
    {
        QTemporaryDir dir;
        QString id;
        Assistant expected = fullAssistant();
        {
            auto ws = openWorkspace(dir);
            auto f1 = ws->addFile(QStringLiteral("prices.csv"), "sku,price\n");
            auto f2 = ws->addFile(QStringLiteral("faq.txt"), "Q: ?\n");
            QVERIFY(f1 && f2);
            expected.codeInterpreterFiles = {f1->id};
            expected.fileSearchFiles = {f2->id, f1->id};
            auto created = ws->createAssistant(expected);
            QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
            id = created->id;
            expected.id = id;
        }
        auto ws = openWorkspace(dir);
        auto loaded = ws->assistant(id);
        QVERIFY(loaded);
        expected.notPushed = true;
        QCOMPARE(loaded->name, expected.name);
        QCOMPARE(loaded->functions, expected.functions);
        QCOMPARE(loaded->metadata, expected.metadata);
        QCOMPARE(loaded->fileSearchFiles, expected.fileSearchFiles);
        QVERIFY(loaded.value() == expected);
    }

    void fileRoundTripAndReuse()
    {
        QTemporaryDir dir;
        auto ws = openWorkspace(dir);
        auto f = ws->addFile(QStringLiteral("a.txt"), "hello");
        QVERIFY(f);
        QCOMPARE(f->size, 5);
        QCOMPARE(*f->sha256, QStringLiteral("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"));
        QVERIFY(f->hasLocalCopy());
        QCOMPARE(readAll(f->localPath), QByteArray("hello"));
        auto again = ws->addFile(QStringLiteral("a.txt"), "hello");
        QCOMPARE(again->id, f->id);   // same name and content: the record is reused
        auto other = ws->addFile(QStringLiteral("b.txt"), "hello");
        QVERIFY(other->id != f->id);
        QCOMPARE(other->localPath, f->localPath);   // content-addressed: one copy
        QCOMPARE(ws->files().size(), 2);
    }

    void saveMarksNotPushedOnlyForSentFields()
    {
        QTemporaryDir dir;
        auto ws = openWorkspace(dir);
        WorkspaceData data;
        Assistant a = fullAssistant();
        a.id = QStringLiteral("a-1");
        a.notPushed = false;
        data.assistants << a;
        QVERIFY(ws->importData(data));
        Assistant edit = ws->assistant(QStringLiteral("a-1")).value();
        QVERIFY(!edit.notPushed);
        edit.allowFileDownloads = !edit.allowFileDownloads;   // local only: not sent
        QVERIFY(ws->saveAssistant(edit));
        QVERIFY(!ws->assistant(QStringLiteral("a-1"))->notPushed);
        edit.temperature = 0.1;
        QSignalSpy changed(ws.get(), &Workspace::assistantChanged);
        QVERIFY(ws->saveAssistant(edit));
        QVERIFY(ws->assistant(QStringLiteral("a-1"))->notPushed);
        QCOMPARE(changed.size(), 1);
    }

    void saveValidatesAndChangesNothing()
    {
        QTemporaryDir dir;
        auto ws = openWorkspace(dir);
        auto a = ws->createAssistant(fullAssistant());
        QVERIFY(a);
        Assistant bad = a.value();
        bad.temperature = 3;
        bad.name = QStringLiteral("Changed");
        const Status s = ws->saveAssistant(bad);
        QVERIFY(!s);
        QCOMPARE(s.error().kind, ErrorKind::Validation);
        QCOMPARE(s.error().message, QStringLiteral("Temperature: must be between 0 and 2"));
        QCOMPARE(ws->assistant(a->id)->name, a->name);
        bad = a.value();
        bad.codeInterpreterFiles << QStringLiteral("f-missing");
        QCOMPARE(ws->saveAssistant(bad).error().message, QStringLiteral("Files: unknown file id “f-missing”"));
    }

    void versionsAreReadOnlyInTheCore()
    {
        QTemporaryDir dir;
        auto ws = openWorkspace(dir);
        QVERIFY(Demo::populate(*ws));
        auto version = ws->assistant(QStringLiteral("demo-helpdesk-v1"));
        QVERIFY(version && version->isVersion());
        Assistant edit = version.value();
        edit.name = QStringLiteral("Hacked");
        const Status s = ws->saveAssistant(edit);
        QVERIFY(!s);
        QCOMPARE(s.error().kind, ErrorKind::Refused);
        QCOMPARE(s.error().message, QStringLiteral("Assistant versions are read-only. Edit the working assistant instead."));
        // Pretending the record is a working one does not help: the stored record decides.
        edit.workingVersionId.clear();
        QVERIFY(!ws->saveAssistant(edit));
        QCOMPARE(ws->assistant(QStringLiteral("demo-helpdesk-v1"))->name, QStringLiteral("Helpdesk v1"));
    }

    void duplicateMakesANeverPushedWorkingCopy()
    {
        QTemporaryDir dir;
        auto ws = openWorkspace(dir);
        QVERIFY(Demo::populate(*ws));
        auto copy = ws->duplicateAssistant(QStringLiteral("demo-helpdesk-v2"));
        QVERIFY(copy);
        QCOMPARE(copy->name, QStringLiteral("Helpdesk v2 (copy)"));
        QVERIFY(!copy->isVersion());
        QVERIFY(!copy->remoteId);
        QVERIFY(!copy->vectorStoreId);
        QVERIFY(copy->notPushed);
        QCOMPARE(copy->functions.size(), 2);
        QCOMPARE(syncStatusWireName(ws->assistantSummary(copy->id)->syncStatus), QStringLiteral("never_pushed"));
    }

    void interruptedTransactionLeavesOldState_data()
    {
        QTest::addColumn<int>("failAfter");
        // The save below writes 5 rows (update, 2 deletes, 2 inserts); the demo import writes far more.
        for (int n : {0, 1, 2, 3, 4})
            QTest::newRow(qPrintable(QStringLiteral("after %1 writes").arg(n))) << n;
    }

    void interruptedTransactionLeavesOldState()
    {
        QFETCH(int, failAfter);
        QTemporaryDir dir;
        auto ws = openWorkspace(dir);
        auto f = ws->addFile(QStringLiteral("a.txt"), "a");
        Assistant a = fullAssistant();
        a.codeInterpreterFiles = {f->id};
        auto created = ws->createAssistant(a);
        QVERIFY(created);
        const Assistant before = ws->assistant(created->id).value();

        Assistant edit = before;
        edit.name = QStringLiteral("Renamed");
        edit.functions.removeLast();
        edit.codeInterpreterFiles.clear();
        edit.fileSearchFiles = {f->id};
        StorageAccess::database(*ws).failAfterChanges(failAfter);
        QVERIFY(!ws->saveAssistant(edit));
        QCOMPARE(ws->assistant(created->id).value(), before);

        // An import that fails midway imports nothing.
        StorageAccess::database(*ws).failAfterChanges(failAfter * 13 + 7);
        QVERIFY(!Demo::populate(*ws));
        QCOMPARE(ws->assistants().size(), 1);
        QCOMPARE(ws->files().size(), 1);
        QVERIFY(ws->experiments().isEmpty());
        QVERIFY(Demo::populate(*ws));   // and works once the fault is gone
    }

    void summariesCountVersionsAndStatus()
    {
        QTemporaryDir dir;
        auto ws = openWorkspace(dir);
        QVERIFY(Demo::populate(*ws));
        const auto help = ws->assistantSummary(QStringLiteral("demo-helpdesk"));
        QVERIFY(help);
        QCOMPARE(help->versionCount, 2);
        QCOMPARE(syncStatusWireName(help->syncStatus), QStringLiteral("not_checked"));
        QVERIFY(!help->notPushed);
        const auto draft = ws->assistantSummary(QStringLiteral("demo-onboarding"));
        QCOMPARE(syncStatusWireName(draft->syncStatus), QStringLiteral("never_pushed"));
        QVERIFY(draft->notPushed);
        QCOMPARE(ws->versions(QStringLiteral("demo-helpdesk")).size(), 2);
        QCOMPARE(ws->versions(QStringLiteral("demo-helpdesk")).first().versionNumber, 1);
    }

    void settingsRoundTrip()
    {
        QTemporaryDir dir;
        {
            auto ws = openWorkspace(dir);
            QVERIFY(ws->setSetting(QStringLiteral("base_url"), QStringLiteral("http://127.0.0.1:8080/v1")));
            QVERIFY(ws->setSetting(QStringLiteral("base_url"), QStringLiteral("https://api.example/v1")));
        }
        auto ws = openWorkspace(dir);
        QCOMPARE(ws->setting(QStringLiteral("base_url")), QStringLiteral("https://api.example/v1"));
        QCOMPARE(ws->setting(QStringLiteral("missing"), QStringLiteral("fallback")), QStringLiteral("fallback"));
    }
};

QTEST_GUILESS_MAIN(tst_Storage)
#include "tst_storage.moc"
