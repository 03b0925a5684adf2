// What only an SQLite workspace file has: WAL and foreign keys, migrations of old files, and refusing — byte for byte
// untouched — files written by a newer version, files that are not workspaces, other programs' databases and a file
// another program holds locked.
#include "demo/demoworkspace.h"
#include "storage/storageaccess.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class tst_SqliteFile : public QObject
{
    Q_OBJECT

private:
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

    void newFileIsWalWithForeignKeys()
    {
        QTemporaryDir dir;
        auto ws = openWorkspace(dir);
        QVERIFY(ws);
        QSqlQuery q(QSqlDatabase::database(QSqlDatabase::connectionNames().constLast()));
        auto mode = StorageAccess::database(*ws).exec(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode && (*mode)->next());
        QCOMPARE((*mode)->value(0).toString(), QStringLiteral("wal"));
        auto fk = StorageAccess::database(*ws).exec(QStringLiteral("PRAGMA foreign_keys"));
        QVERIFY(fk && (*fk)->next());
        QCOMPARE((*fk)->value(0).toInt(), 1);
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
};

QTEST_GUILESS_MAIN(tst_SqliteFile)
#include "tst_sqlitefile.moc"
