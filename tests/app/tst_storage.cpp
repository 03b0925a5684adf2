// The SQLite workspace: round trips, migrations, transactions, refusal of files it must not touch.
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

    /// Runs `statements` on `path` through a plain SQLite connection named `connection` (no workspace), then
    /// closes and removes that connection.
    static void execRaw(const QString &path, const QString &connection, const QStringList &statements)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &statement : statements)
                QVERIFY2(q.exec(statement), qPrintable(statement));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }

    /// Opening `path` as a workspace fails with a message that contains each of `reasons`, and leaves its bytes as
    /// they were.
    static void verifyRefusedUntouched(const QString &path, const QStringList &reasons)
    {
        const QByteArray before = readAll(path);
        auto ws = Workspace::open(path);
        QVERIFY(!ws);
        for (const QString &reason : reasons)
            QVERIFY2(ws.error().message.contains(reason), qPrintable(ws.error().message));
        QCOMPARE(readAll(path), before);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newWorkspaceIsEmptyAndCurrent()
    {
        QTemporaryDir dir;
        auto ws = openWorkspace(dir);
        QVERIFY(ws);
        QVERIFY(ws->isEmpty());
        QCOMPARE(StorageAccess::database(*ws).schemaVersion(), Database::CurrentSchemaVersion);
        QSqlQuery q(QSqlDatabase::database(QSqlDatabase::connectionNames().constLast()));
        auto mode = StorageAccess::database(*ws).exec(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode && (*mode)->next());
        QCOMPARE((*mode)->value(0).toString(), QStringLiteral("wal"));
        auto fk = StorageAccess::database(*ws).exec(QStringLiteral("PRAGMA foreign_keys"));
        QVERIFY(fk && (*fk)->next());
        QCOMPARE((*fk)->value(0).toInt(), 1);
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

    void migratesFromSchemaVersion1()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.adesk"));
        {
            Workspace::OpenOptions options;
            options.database.migrateTo = 1;
            options.blobRoot = dir.filePath(QStringLiteral("blobs"));
            auto old = Workspace::open(path, options);
            QVERIFY(old);
            QCOMPARE(StorageAccess::database(*old.value()).schemaVersion(), 1);
            // Write version-1 rows with the version-1 tables only.
            auto &db = StorageAccess::database(*old.value());
            QVERIFY(db.write([&]() -> Status {
                for (const auto &[sql, binds] : std::initializer_list<std::pair<QString, QVariantList>>{
                         {QStringLiteral("INSERT INTO local_ids (id, kind) VALUES (?, ?)"), {QStringLiteral("a-old"), QStringLiteral("assistant")}},
                         {QStringLiteral("INSERT INTO assistants (id, name, description, instructions, model, temperature, top_p, "
                                         "code_interpreter, file_search, vector_store_id, metadata, include_file_info, "
                                         "allow_file_search_attachments, allow_code_interpreter_attachments, allow_file_downloads, "
                                         "remote_id, working_version_id, version_number, is_archived, not_pushed, updated_at) "
                                         "VALUES (?, ?, NULL, ?, ?, 0.5, 1, 1, 0, NULL, '{}', 1, 1, 1, 0, ?, NULL, 1, 0, 0, ?)"),
                          {QStringLiteral("a-old"), QStringLiteral("Old one"), QStringLiteral("Be nice."), QStringLiteral("gpt-4"),
                           QStringLiteral("asst_old"), QStringLiteral("2026-01-01T00:00:00Z")}}}) {
                    if (Status s = db.change(sql, binds); !s)
                        return s;
                }
                return {};
            }));
            auto q = db.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'sync_states'"));
            QVERIFY(q && (*q)->next());
            QCOMPARE((*q)->value(0).toInt(), 0);
        }
        auto ws = openWorkspace(dir, QStringLiteral("old.adesk"));
        QVERIFY(ws);
        QCOMPARE(StorageAccess::database(*ws).schemaVersion(), Database::CurrentSchemaVersion);
        auto a = ws->assistant(QStringLiteral("a-old"));
        QVERIFY(a);
        QCOMPARE(a->name, QStringLiteral("Old one"));
        QCOMPARE(a->temperature, 0.5);
        QVERIFY(a->codeInterpreter);
        QCOMPARE(syncStatusWireName(ws->assistantSummary(QStringLiteral("a-old"))->syncStatus), QStringLiteral("not_checked"));
        // The version-2 tables exist and work.
        QVERIFY(StorageAccess::database(*ws).write([&] {
            return StorageAccess::database(*ws).change(QStringLiteral("INSERT INTO sync_states (assistant_id, status, differences, checked_at) "
                                                        "VALUES (?, ?, '[]', ?)"),
                                         {QStringLiteral("a-old"), QStringLiteral("in_sync"), QStringLiteral("2026-11-25T10:42:00Z")});
        }));
        QCOMPARE(syncStatusWireName(ws->assistantSummary(QStringLiteral("a-old"))->syncStatus), QStringLiteral("in_sync"));
    }

    void refusesNewerSchemaUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.adesk"));
        {
            auto ws = openWorkspace(dir, QStringLiteral("new.adesk"));
            QVERIFY(ws);
            QVERIFY(StorageAccess::database(*ws).write([&] {
                return StorageAccess::database(*ws).change(QStringLiteral("PRAGMA user_version = 99"));
            }));
        }
        // Fold the WAL into the main file so the byte comparison covers everything.
        execRaw(path, QStringLiteral("ckpt"), {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
        verifyRefusedUntouched(path, {QStringLiteral("newer version of Assistant Desk"), QStringLiteral("left untouched")});
    }

    void refusesGarbageUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("this is not a database\n");
        QTest::newRow("json") << QByteArray("{\"format\": \"assistant-desk-workspace\"}");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\x03 garbage garbage garbage", 28);
        QTest::newRow("truncated sqlite header") << QByteArray("SQLite format 3\0garbage-garbage-garbage", 40);
    }

    void refusesGarbageUntouched()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.adesk"));
        writeAll(path, content);
        auto ws = Workspace::open(path);
        QVERIFY(!ws);
        QVERIFY2(ws.error().message.contains(QStringLiteral("not an Assistant Desk workspace"))
                     || ws.error().message.contains(QStringLiteral("left untouched")),
                 qPrintable(ws.error().message));
        QCOMPARE(readAll(path), content);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesForeignSqliteDatabaseUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        execRaw(path, QStringLiteral("foreign"),
                {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
                 QStringLiteral("INSERT INTO notes (text) VALUES ('keep me')")});
        verifyRefusedUntouched(path, {QStringLiteral("another program")});
    }

    void refusesLockedWorkspaceUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked.adesk"));
        {
            auto ws = openWorkspace(dir, QStringLiteral("locked.adesk"));
            QVERIFY(Demo::populate(*ws));
        }
        // Another program holds the write lock.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        const QByteArray before = readAll(path);
        const QByteArray walBefore = readAll(path + QStringLiteral("-wal"));

        Workspace::OpenOptions options;
        options.database.busyTimeoutMs = 200;
        auto ws = Workspace::open(path, options);
        QVERIFY(!ws);
        QVERIFY2(ws.error().message.contains(QStringLiteral("locked by another program")), qPrintable(ws.error().message));
        QCOMPARE(readAll(path), before);
        QCOMPARE(readAll(path + QStringLiteral("-wal")), walBefore);

        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        q.finish();
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        auto reopened = Workspace::open(path, options);
        QVERIFY(reopened);
        QCOMPARE(reopened.value()->assistants().size(), 6);
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
