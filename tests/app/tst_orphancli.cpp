// `assistant-desk-cli orphans` as a script runs it, against the fake server seeded with orphans (cli.md, domain.md §9):
// the --json shape, the usage rule for --delete, the cached scan without requests, deletion of exactly the orphans,
// and a server without the Assistants API where orphans, check badges and export still work.
#include "fakeserver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {
QSet<QString> remoteIds(const QJsonValue &array)
{
    QSet<QString> out;
    for (const QJsonValue &v : array.toArray())
        out.insert(v.toObject().value(QStringLiteral("remote_id")).toString());
    return out;
}
} // namespace

class tst_OrphanCli : public QObject
{
    Q_OBJECT

private:
    using Run = CliRun;

    QTemporaryDir m_dir;
    FakeOpenAiServer m_server;

    Run cli(const QString &workspace, const QStringList &args, const QString &key)
    {
        CliOptions options;
        options.env.insert(QStringLiteral("OPENAI_API_KEY"), key);
        options.env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        return runCli(QStringList{QStringLiteral("--workspace"), workspace} + args, options);
    }

    Run cli(const QStringList &args) { return cli(ws(), args, m_server.apiKey()); }
    QString ws() const { return m_dir.filePath(QStringLiteral("orphans.adesk")); }

    bool setUpWorkspace(const QString &path, const QString &baseUrl)
    {
        const Run imported = cli(path, {QStringLiteral("import-workspace"), fixturePath(QStringLiteral("orphans-workspace.json"))},
                                 QString());
        const Run connected = cli(path, {QStringLiteral("connect"), QStringLiteral("--base-url"), baseUrl,
                                         QStringLiteral("--no-key")},
                                  QString());
        return imported.code == 0 && connected.code == 0;
    }

    int changes() const
    {
        int n = 0;
        for (const auto &r : m_server.requests())
            n += r.method != "GET" ? 1 : 0;
        return n;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_server.listen());
        m_server.seedOrphanScenario();
        QVERIFY(setUpWorkspace(ws(), m_server.baseUrl()));
    }

    void jsonListsExactlyTheOrphansAndChangesNothing()
    {
        m_server.clearRequests();
        const Run r = cli({QStringLiteral("orphans"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = r.json();
        QVERIFY(o.value(QStringLiteral("scanned_at")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(remoteIds(o.value(QStringLiteral("files"))), idSet({"file-OLDCI", "file-OLDFS", "file-LOOSE", "file-LOOSE2"}));
        QCOMPARE(remoteIds(o.value(QStringLiteral("vector_stores"))), idSet({"vs_OLD", "vs_LOOSE"}));
        QCOMPARE(remoteIds(o.value(QStringLiteral("assistants_not_in_workspace"))), idSet({"asst_STRAY"}));
        for (const QJsonValue &v : o.value(QStringLiteral("vector_stores")).toArray()) {
            const QJsonObject vs = v.toObject();
            for (const char *key : {"remote_id", "name", "usage_bytes", "file_count", "created_at", "last_active_at",
                                    "was_used_by"})
                QVERIFY2(vs.contains(QLatin1String(key)), key);
            if (vs.value(QStringLiteral("remote_id")).toString() == QLatin1String("vs_OLD")) {
                QCOMPARE(vs.value(QStringLiteral("usage_bytes")).toInteger(), 120000000);
                QCOMPARE(vs.value(QStringLiteral("file_count")).toInt(), 2);
                QCOMPARE(vs.value(QStringLiteral("was_used_by")).toArray(),
                         (QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("a-old")},
                                                 {QStringLiteral("name"), QStringLiteral("Old helper")}}}));
            }
        }
        for (const QJsonValue &v : o.value(QStringLiteral("files")).toArray()) {
            const QJsonObject f = v.toObject();
            for (const char *key : {"remote_id", "name", "bytes", "created_at", "expires_at", "was_used_by"})
                QVERIFY2(f.contains(QLatin1String(key)), key);
            if (f.value(QStringLiteral("remote_id")).toString() == QLatin1String("file-OLDFS")) {
                QCOMPARE(f.value(QStringLiteral("name")).toString(), QStringLiteral("old-manual.pdf"));
                QCOMPARE(f.value(QStringLiteral("bytes")).toInteger(), 2500000);
                QVERIFY(f.value(QStringLiteral("expires_at")).isNull());
            }
        }
        const QJsonObject totals = o.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("files")).toInt(), 4);
        QCOMPARE(totals.value(QStringLiteral("file_bytes")).toInteger(), 12000 + 2500000 + 34000 + 900);
        QCOMPARE(totals.value(QStringLiteral("vector_stores")).toInt(), 2);
        QCOMPARE(totals.value(QStringLiteral("vector_store_bytes")).toInteger(), 120005000);
        QCOMPARE(changes(), 0);   // a listing is a dry run: nothing changes at the server
    }

    void textNamesTheArchivedUserAndTheTotals()
    {
        const Run r = cli({QStringLiteral("orphans")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(QStringLiteral("vs_OLD\tOld helper store\t120.0 MB\t2 files")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("was used by archived “Old helper”")));
        QVERIFY(text.contains(QStringLiteral("Assistants not in this workspace")));
        QVERIFY(text.contains(QStringLiteral("asst_STRAY\tStray assistant")));
        QVERIFY(text.trimmed().endsWith(QStringLiteral("4 files (2.5 MB) · 2 vector stores (120.0 MB)")));
    }

    void deleteNeedsYes()
    {
        m_server.clearRequests();
        const Run r = cli({QStringLiteral("orphans"), QStringLiteral("--delete")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--yes"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(m_server.requests().size(), 0);
        QCOMPARE(cli({QStringLiteral("orphans"), QStringLiteral("--yes")}).code, 2);
    }

    void cachedScanNeedsNoServer()
    {
        m_server.clearRequests();
        // No key at all: --cached opens no connection.
        const Run r = cli(ws(), {QStringLiteral("orphans"), QStringLiteral("--cached"), QStringLiteral("--json")}, QString());
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(remoteIds(r.json().value(QStringLiteral("files"))), idSet({"file-OLDCI", "file-OLDFS", "file-LOOSE", "file-LOOSE2"}));
        QCOMPARE(remoteIds(r.json().value(QStringLiteral("vector_stores"))), idSet({"vs_OLD", "vs_LOOSE"}));
        QCOMPARE(m_server.requests().size(), 0);
    }

    void deleteYesRemovesExactlyTheOrphans()
    {
        const QSet<QString> filesBefore = idsOf(m_server.files());
        const QSet<QString> storesBefore = idsOf(m_server.vectorStores());
        const QSet<QString> assistantsBefore = idsOf(m_server.assistants());
        const Run r = cli({QStringLiteral("orphans"), QStringLiteral("--delete"), QStringLiteral("--yes"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray deletions = r.json().value(QStringLiteral("deletions")).toArray();
        QCOMPARE(deletions.size(), 6);
        for (const QJsonValue &v : deletions) {
            QCOMPARE(v.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("done"));
            QVERIFY(!v.toObject().value(QStringLiteral("skipped")).toBool());
        }
        QCOMPARE(idsOf(m_server.files()), filesBefore - idSet({"file-OLDCI", "file-OLDFS", "file-LOOSE", "file-LOOSE2"}));
        QCOMPARE(idsOf(m_server.vectorStores()), storesBefore - idSet({"vs_OLD", "vs_LOOSE"}));
        QCOMPARE(idsOf(m_server.assistants()), assistantsBefore);
        // The jobs are tracked like any remote deletion.
        const Run jobs = cli({QStringLiteral("deletions"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(jobs.out).array().size(), 6);
        QCOMPARE(QJsonDocument::fromJson(jobs.out).array().first().toObject().value(QStringLiteral("owner")).toString(),
                 QStringLiteral("orphan cleanup"));
        // Nothing is left, also in the cached scan.
        const Run again = cli({QStringLiteral("orphans"), QStringLiteral("--json")});
        QVERIFY(again.json().value(QStringLiteral("files")).toArray().isEmpty());
        QVERIFY(again.json().value(QStringLiteral("vector_stores")).toArray().isEmpty());
        const Run cached = cli(ws(), {QStringLiteral("orphans"), QStringLiteral("--cached"), QStringLiteral("--json")}, QString());
        QVERIFY(cached.json().value(QStringLiteral("files")).toArray().isEmpty());
    }

    void serverWithoutAssistantsApi()
    {
        FakeOpenAiServer bare;
        QVERIFY(bare.listen());
        bare.seedOrphanScenario();
        bare.setAssistantsApiMissing(true);
        const QString path = m_dir.filePath(QStringLiteral("bare.adesk"));
        QVERIFY(setUpWorkspace(path, bare.baseUrl()));

        const Run orphans = cli(path, {QStringLiteral("orphans"), QStringLiteral("--json")}, bare.apiKey());
        QVERIFY2(orphans.code == 0, orphans.err.constData());
        QVERIFY(!orphans.json().value(QStringLiteral("assistants_api")).toBool(true));
        QCOMPARE(remoteIds(orphans.json().value(QStringLiteral("vector_stores"))), idSet({"vs_OLD", "vs_LOOSE", "vs_STRAY"}));
        const Run text = cli(path, {QStringLiteral("orphans")}, bare.apiKey());
        QVERIFY(text.out.contains("no Assistants API (404)"));

        const Run check = cli(path, {QStringLiteral("check"), QStringLiteral("a-help"), QStringLiteral("--json")}, bare.apiKey());
        const QJsonObject checked = QJsonDocument::fromJson(check.out).array().first().toObject();
        QCOMPARE(checked.value(QStringLiteral("status")).toString(), QStringLiteral("check_failed"));
        QVERIFY(checked.value(QStringLiteral("no_assistants_api")).toBool());
        QVERIFY(checked.value(QStringLiteral("error")).toString().contains(QStringLiteral("does not offer the Assistants API")));
        const Run list = cli(path, {QStringLiteral("list")}, bare.apiKey());
        QVERIFY2(list.out.contains("No Assistants API"), list.out.constData());
        QVERIFY(!list.out.contains("Missing remotely"));

        const Run exported = cli(path, {QStringLiteral("export-workspace")}, bare.apiKey());
        QCOMPARE(exported.code, 0);
        QVERIFY(QJsonDocument::fromJson(exported.out).isObject());
    }
};

QTEST_GUILESS_MAIN(tst_OrphanCli)
#include "tst_orphancli.moc"
