// The orphan view's core (domain.md §9): the pure classification, the scan against the fake server (pagination,
// progress, cancel, a server without the Assistants API), the cache, and deletion through the tracked queue with the
// re-check that skips what is in use again.
#include "archive/deletionqueue.h"
#include "cleanup/orphanscan.h"
#include "fakeserverfixture.h"
#include "interchange/interchange.h"
#include "openai/openaiclient.h"
#include "storage/deletionjobs.h"
#include "storage/workspace.h"
#include "testsupport.h"
#include "testwait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace TestSupport;
using TestWait::run;

namespace {
QSet<QString> idsOf(const QList<OrphanItem> &items)
{
    QSet<QString> out;
    for (const auto &i : items)
        out.insert(i.remoteId);
    return out;
}

const OrphanItem *find(const QList<OrphanItem> &items, const QString &id)
{
    for (const auto &i : items)
        if (i.remoteId == id)
            return &i;
    return nullptr;
}

Assistant assistant(const QString &id, bool archived, const QStringList &ci, const QStringList &fs,
                    const std::optional<QString> &store, const QString &workingId = {}, const QString &name = {})
{
    Assistant a;
    a.id = id;
    a.name = name.isEmpty() ? id : name;
    a.model = QStringLiteral("gpt-4o");
    a.archived = archived;
    a.codeInterpreterFiles = ci;
    a.fileSearchFiles = fs;
    a.vectorStoreId = store;
    a.workingVersionId = workingId;
    return a;
}

WorkspaceFile file(const QString &id, const QString &remote)
{
    WorkspaceFile f;
    f.id = id;
    f.name = id + QStringLiteral(".txt");
    f.remoteFileId = remote;
    return f;
}

OrphanListing::RemoteFile remoteFile(const QString &id, qint64 bytes = 100)
{
    return OrphanListing::RemoteFile{id, id + QStringLiteral(".txt"), bytes, 1700000000, std::nullopt};
}

OrphanListing::RemoteStore remoteStore(const QString &id, const QStringList &files, qint64 usage = 1000)
{
    return OrphanListing::RemoteStore{id, id + QStringLiteral(" store"), usage, 1700000000, 1700000500, std::nullopt, files};
}
} // namespace

class tst_OrphanScan : public QObject, protected FakeServerFixture
{
    Q_OBJECT

private:
    int m_counter = 0;

    /// tests/data/orphans-workspace.json, connected to the fake server.
    std::unique_ptr<Workspace> scenarioWorkspace()
    {
        auto ws = openWorkspace(*m_dir, QStringLiteral("orphans%1.adesk").arg(++m_counter));
        if (!ws)
            return ws;
        const Status imported = Interchange::importInto(*ws, fixture(QStringLiteral("orphans-workspace.json")));
        if (!imported)
            qWarning("%s", qPrintable(imported.error().details.join(QLatin1Char('\n'))));
        const Status connected = OpenAi::Connection::make(m_server->baseUrl()).value().save(*ws);
        if (!imported || !connected)
            return nullptr;
        return ws;
    }

    /// The seeded orphan scenario, scanned: its workspace (null, with a warning, when a step failed), what the scan
    /// classified against it, and every orphan (files, then vector stores).
    struct ScannedScenario {
        std::unique_ptr<Workspace> ws;
        OrphanReport report;
        QList<OrphanItem> orphans;
    };
    ScannedScenario scanScenario()
    {
        m_server->seedOrphanScenario();
        ScannedScenario out;
        auto ws = scenarioWorkspace();
        auto listing = run(OrphanScan::scan(*m_client));
        if (!ws || !listing) {
            qWarning("cannot scan the orphan scenario: %s", qPrintable(listing ? QString() : listing.error().message));
            return out;
        }
        out.report = OrphanScan::classify(*listing, ws->assistants(), ws->files());
        out.orphans = out.report.files + out.report.vectorStores;
        out.ws = std::move(ws);
        return out;
    }

    int countRequests(const QByteArray &method) const
    {
        return requestsWhere([&](const auto &r) { return r.method == method; });
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { startServer({.timeout = std::chrono::milliseconds(5000)}); }

    void cleanup() { stop(); }

    // --- classification (pure) ------------------------------------------------------------------------------------

    void storeIsOrphanUnlessALiveLocalOrARemoteAssistantUsesIt()
    {
        OrphanListing listing;
        listing.stores = {remoteStore(QStringLiteral("vs_live"), {}), remoteStore(QStringLiteral("vs_version"), {}),
                          remoteStore(QStringLiteral("vs_remote"), {}), remoteStore(QStringLiteral("vs_archived"), {}),
                          remoteStore(QStringLiteral("vs_none"), {})};
        listing.assistants = {OrphanListing::RemoteAssistant{QStringLiteral("asst_x"), QStringLiteral("X"),
                                                             QStringLiteral("gpt-4o"), 1, {}, {QStringLiteral("vs_remote")}}};
        const QList<Assistant> local{
            assistant(QStringLiteral("a"), false, {}, {}, QStringLiteral("vs_live")),
            // A version of a live family counts as live, even with file search off.
            assistant(QStringLiteral("a-v1"), false, {}, {}, QStringLiteral("vs_version"), QStringLiteral("a")),
            assistant(QStringLiteral("old"), true, {}, {}, QStringLiteral("vs_archived"), {}, QStringLiteral("Old bot")),
            assistant(QStringLiteral("old-v1"), true, {}, {}, QStringLiteral("vs_archived"), QStringLiteral("old"),
                      QStringLiteral("Old bot v1"))};
        const OrphanReport report = OrphanScan::classify(listing, local, {});
        QCOMPARE(idsOf(report.vectorStores), idSet({"vs_archived", "vs_none"}));
        const OrphanItem *archived = find(report.vectorStores, QStringLiteral("vs_archived"));
        QVERIFY(archived);
        // The family once, by its working record, though two of its records used the store.
        QCOMPARE(archived->wasUsedBy, (QList<OrphanUser>{{QStringLiteral("old"), QStringLiteral("Old bot")}}));
        QCOMPARE(archived->wasUsedByText(), QStringLiteral("was used by archived “Old bot”"));
        QVERIFY(find(report.vectorStores, QStringLiteral("vs_none"))->wasUsedBy.isEmpty());
        QVERIFY(find(report.vectorStores, QStringLiteral("vs_none"))->wasUsedByText().isEmpty());
    }

    void fileIsOrphanOnlyWhenNoLiveAttachmentRemoteListingOrLiveStoreHoldsIt()
    {
        OrphanListing listing;
        for (const char *id : {"f_live_ci", "f_live_fs_off", "f_remote_ci", "f_in_live_store", "f_in_remote_store",
                               "f_in_orphan_store", "f_shared", "f_archived", "f_none"})
            listing.files << remoteFile(QString::fromLatin1(id));
        listing.stores = {remoteStore(QStringLiteral("vs_live"), {QStringLiteral("f_in_live_store")}),
                          remoteStore(QStringLiteral("vs_remote"), {QStringLiteral("f_in_remote_store")}),
                          remoteStore(QStringLiteral("vs_orphan"), {QStringLiteral("f_in_orphan_store"), QStringLiteral("f_archived")})};
        listing.assistants = {OrphanListing::RemoteAssistant{QStringLiteral("asst_x"), QStringLiteral("X"),
                                                             QStringLiteral("gpt-4o"), 1, {QStringLiteral("f_remote_ci")},
                                                             {QStringLiteral("vs_remote")}}};
        Assistant live = assistant(QStringLiteral("a"), false, {QStringLiteral("l1"), QStringLiteral("l3")},
                                   {QStringLiteral("l2")}, QStringLiteral("vs_live"));
        live.codeInterpreter = true;
        live.fileSearch = false;   // files of a disabled tool are still attached
        const QList<Assistant> local{live,
                                     assistant(QStringLiteral("old"), true, {QStringLiteral("l3"), QStringLiteral("l4")}, {},
                                               QStringLiteral("vs_orphan"), {}, QStringLiteral("Old bot"))};
        const QList<WorkspaceFile> files{file(QStringLiteral("l1"), QStringLiteral("f_live_ci")),
                                         file(QStringLiteral("l2"), QStringLiteral("f_live_fs_off")),
                                         file(QStringLiteral("l3"), QStringLiteral("f_shared")),
                                         file(QStringLiteral("l4"), QStringLiteral("f_archived"))};
        const OrphanReport report = OrphanScan::classify(listing, local, files);
        QCOMPARE(idsOf(report.files), idSet({"f_in_orphan_store", "f_archived", "f_none"}));
        QCOMPARE(idsOf(report.vectorStores), idSet({"vs_orphan"}));
        QCOMPARE(find(report.files, QStringLiteral("f_archived"))->wasUsedByText(),
                 QStringLiteral("was used by archived “Old bot”"));
        QVERIFY(find(report.files, QStringLiteral("f_none"))->wasUsedBy.isEmpty());
        QCOMPARE(find(report.vectorStores, QStringLiteral("vs_orphan"))->fileCount, 2);
        QVERIFY(report.assistantsNotInWorkspace.size() == 1);
        QCOMPARE(report.assistantsNotInWorkspace.first().id, QStringLiteral("asst_x"));
    }

    void remoteAssistantsLinkedToAnyRecordAreNotListedApart()
    {
        OrphanListing listing;
        for (const char *id : {"asst_live", "asst_version", "asst_archived", "asst_stray"})
            listing.assistants << OrphanListing::RemoteAssistant{QString::fromLatin1(id), QString::fromLatin1(id),
                                                                 QStringLiteral("gpt-4o"), 1, {}, {}};
        Assistant live = assistant(QStringLiteral("a"), false, {}, {}, std::nullopt);
        live.remoteId = QStringLiteral("asst_live");
        Assistant version = assistant(QStringLiteral("a-v1"), false, {}, {}, std::nullopt, QStringLiteral("a"));
        version.remoteId = QStringLiteral("asst_version");
        Assistant archived = assistant(QStringLiteral("old"), true, {}, {}, std::nullopt);
        archived.remoteId = QStringLiteral("asst_archived");
        const OrphanReport report = OrphanScan::classify(listing, {live, version, archived}, {});
        QCOMPARE(report.assistantsNotInWorkspace.size(), 1);
        QCOMPARE(report.assistantsNotInWorkspace.first().id, QStringLiteral("asst_stray"));
    }

    void totalsAndJson()
    {
        OrphanListing listing;
        listing.scannedAt = QStringLiteral("2026-11-25T16:00:00Z");
        listing.files = {remoteFile(QStringLiteral("f1"), 34000000), remoteFile(QStringLiteral("f2"), 500000)};
        listing.files[1].expiresAt = 1800000000;
        listing.stores = {remoteStore(QStringLiteral("vs1"), {QStringLiteral("f1")}, 120000000)};
        const OrphanReport report = OrphanScan::classify(listing, {}, {});
        QCOMPARE(report.fileBytes(), 34500000);
        QCOMPARE(report.storeBytes(), 120000000);
        // No translator is installed in tests, so the plural form is the source text's.
        QCOMPARE(report.totalsText(), QStringLiteral("2 file(s) (34.5 MB) · 1 vector store(s) (120.0 MB)"));
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(QStringLiteral("scanned_at")).toString(), QStringLiteral("2026-11-25T16:00:00Z"));
        const QJsonObject f2 = json.value(QStringLiteral("files")).toArray().at(1).toObject();
        QCOMPARE(f2.value(QStringLiteral("remote_id")).toString(), QStringLiteral("f2"));
        QCOMPARE(f2.value(QStringLiteral("bytes")).toInteger(), 500000);
        QCOMPARE(f2.value(QStringLiteral("created_at")).toString(), QStringLiteral("2023-11-14T22:13:20Z"));
        QCOMPARE(f2.value(QStringLiteral("expires_at")).toString(), QStringLiteral("2027-01-15T08:00:00Z"));
        QVERIFY(json.value(QStringLiteral("files")).toArray().at(0).toObject().value(QStringLiteral("expires_at")).isNull());
        const QJsonObject vs = json.value(QStringLiteral("vector_stores")).toArray().at(0).toObject();
        QCOMPARE(vs.value(QStringLiteral("usage_bytes")).toInteger(), 120000000);
        QCOMPARE(vs.value(QStringLiteral("file_count")).toInt(), 1);
        QCOMPARE(vs.value(QStringLiteral("last_active_at")).toString(), QStringLiteral("2023-11-14T22:21:40Z"));
        const QJsonObject totals = json.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("files")).toInt(), 2);
        QCOMPARE(totals.value(QStringLiteral("file_bytes")).toInteger(), 34500000);
        QCOMPARE(totals.value(QStringLiteral("vector_stores")).toInt(), 1);
        QCOMPARE(totals.value(QStringLiteral("vector_store_bytes")).toInteger(), 120000000);
    }

    void listingRoundTripsThroughJsonAndDropsDeletedObjects()
    {
        OrphanListing listing;
        listing.scannedAt = QStringLiteral("2026-11-25T16:00:00Z");
        listing.baseUrl = QStringLiteral("http://127.0.0.1:1/v1");
        listing.assistantsApi = false;
        listing.files = {remoteFile(QStringLiteral("f1")), remoteFile(QStringLiteral("f2"))};
        listing.files[0].expiresAt = 1800000000;
        listing.stores = {remoteStore(QStringLiteral("vs1"), {QStringLiteral("f1"), QStringLiteral("f2")})};
        listing.assistants = {OrphanListing::RemoteAssistant{QStringLiteral("asst_1"), QStringLiteral("A"),
                                                             QStringLiteral("gpt-4o"), 5, {QStringLiteral("f1")}, {}}};
        const auto back = OrphanListing::fromJson(listing.toJson());
        QVERIFY(back);
        QCOMPARE(*back, listing);
        const OrphanListing without = listing.without({QStringLiteral("f1")});
        QCOMPARE(without.files.size(), 1);
        QCOMPARE(without.stores.first().fileIds, QStringList{QStringLiteral("f2")});
        QVERIFY(!OrphanListing::fromJson(QJsonObject{}));
    }

    // --- against the fake server ----------------------------------------------------------------------------------

    void scanOfTheSeededServerFindsExactlyTheOrphans()
    {
        m_server->seedOrphanScenario();
        auto ws = scenarioWorkspace();
        QVERIFY(ws);
        QList<std::tuple<int, int, QString>> progress;
        auto listing = run(OrphanScan::scan(*m_client, [&progress](int d, int t, const QString &s) { progress.append({d, t, s}); }));
        QVERIFY2(listing, qPrintable(listing ? QString() : listing.error().message));
        QVERIFY(listing->assistantsApi);
        QCOMPARE(listing->files.size(), 9);   // file-TUNE (purpose fine-tune) is not listed
        QCOMPARE(listing->stores.size(), 4);
        const OrphanReport report = OrphanScan::classify(*listing, ws->assistants(), ws->files());
        QCOMPARE(idsOf(report.files), idSet({"file-OLDCI", "file-OLDFS", "file-LOOSE", "file-LOOSE2"}));
        QCOMPARE(idsOf(report.vectorStores), idSet({"vs_OLD", "vs_LOOSE"}));
        QCOMPARE(report.assistantsNotInWorkspace.size(), 1);
        QCOMPARE(report.assistantsNotInWorkspace.first().id, QStringLiteral("asst_STRAY"));
        QCOMPARE(find(report.vectorStores, QStringLiteral("vs_OLD"))->wasUsedByText(),
                 QStringLiteral("was used by archived “Old helper”"));
        QCOMPARE(find(report.vectorStores, QStringLiteral("vs_OLD"))->bytes, 120000000);
        QCOMPARE(find(report.vectorStores, QStringLiteral("vs_OLD"))->fileCount, 2);
        QCOMPARE(find(report.files, QStringLiteral("file-OLDCI"))->wasUsedByText(),
                 QStringLiteral("was used by archived “Old helper”"));
        QVERIFY(find(report.files, QStringLiteral("file-LOOSE"))->wasUsedBy.isEmpty());
        QCOMPARE(report.totalsText(), QStringLiteral("4 file(s) (2.5 MB) · 2 vector store(s) (120.0 MB)"));
        // Progress: three listings, then one step per store, ending complete.
        QVERIFY(!progress.isEmpty());
        QCOMPARE(std::get<0>(progress.last()), 7);
        QCOMPARE(std::get<1>(progress.last()), 7);
        // A scan only reads.
        QCOMPARE(countRequests("GET"), m_server->requests().size());
    }

    void scanReadsEveryPage()
    {
        // More than one page of every listing (assistants and stores: 100 a page).
        for (int i = 0; i < 120; ++i) {
            const QString f = m_server->addFile(QStringLiteral("f%1.txt").arg(i), "x");
            m_server->addVectorStore(QStringLiteral("store %1").arg(i), {f});
            m_server->addAssistant(QJsonObject{{QStringLiteral("name"), QStringLiteral("A%1").arg(i)}});
        }
        auto listing = run(OrphanScan::scan(*m_client));
        QVERIFY(listing);
        QCOMPARE(listing->assistants.size(), 120);
        QCOMPARE(listing->files.size(), 120);
        QCOMPARE(listing->stores.size(), 120);
        for (const auto &s : listing->stores)
            QCOMPARE(s.fileIds.size(), 1);
        const OrphanReport report = OrphanScan::classify(*listing, {}, {});
        QCOMPARE(report.files.size(), 120);
        QCOMPARE(report.vectorStores.size(), 120);
        QCOMPARE(report.assistantsNotInWorkspace.size(), 120);
    }

    void cancelledScanEndsWithCancelled()
    {
        m_server->seedOrphanScenario();
        OpenAi::CancelToken token;
        auto listing = run(OrphanScan::scan(*m_client, [&token](int done, int, const QString &) {
            if (done == 2)
                token.cancel();
        }, &token));
        QVERIFY(!listing);
        QCOMPARE(listing.error().kind, ErrorKind::Cancelled);
    }

    void serverWithoutAssistantsApiStillScans()
    {
        m_server->seedOrphanScenario();
        m_server->setAssistantsApiMissing(true);
        auto ws = scenarioWorkspace();
        QVERIFY(ws);
        auto listing = run(OrphanScan::scan(*m_client));
        QVERIFY2(listing, qPrintable(listing ? QString() : listing.error().message));
        QVERIFY(!listing->assistantsApi);
        QVERIFY(listing->assistants.isEmpty());
        const OrphanReport report = OrphanScan::classify(*listing, ws->assistants(), ws->files());
        QVERIFY(!report.assistantsApi);
        QVERIFY(!report.toJson().value(QStringLiteral("assistants_api")).toBool());
        // Only the workspace decides now: what only the stray remote assistant used becomes an orphan too.
        QCOMPARE(idsOf(report.vectorStores), idSet({"vs_OLD", "vs_LOOSE", "vs_STRAY"}));
        QCOMPARE(idsOf(report.files), idSet({"file-OLDCI", "file-OLDFS", "file-LOOSE", "file-LOOSE2", "file-STRAYCI",
                                           "file-INSTRAY"}));
    }

    void scanIsCachedForItsServerOnly()
    {
        m_server->seedOrphanScenario();
        auto ws = scenarioWorkspace();
        QVERIFY(ws);
        QVERIFY(!OrphanScan::cachedReport(*ws));
        auto listing = run(OrphanScan::scan(*m_client));
        QVERIFY(listing);
        QVERIFY(OrphanScan::saveListing(*ws, *listing));
        const auto cached = OrphanScan::cachedListing(*ws);
        QVERIFY(cached);
        QCOMPARE(*cached, *listing);
        const auto report = OrphanScan::cachedReport(*ws);
        QVERIFY(report);
        QCOMPARE(report->scannedAt, listing->scannedAt);
        QCOMPARE(idsOf(report->files), idSet({"file-OLDCI", "file-OLDFS", "file-LOOSE", "file-LOOSE2"}));
        // Another server: the scan means nothing there.
        QVERIFY(OpenAi::Connection::make(QStringLiteral("http://127.0.0.1:9/v1")).value().save(*ws));
        QVERIFY(!OrphanScan::cachedReport(*ws));
    }

    void deletingTheOrphansRemovesExactlyThem()
    {
        const auto [ws, report, items] = scanScenario();
        QVERIFY(ws);
        const QSet<QString> filesBefore = idsOf(m_server->files());
        const QSet<QString> storesBefore = idsOf(m_server->vectorStores());
        auto jobIds = OrphanScan::queueDeletions(*ws, items);
        QVERIFY(jobIds);
        QCOMPARE(jobIds->size(), 6);
        // Queueing twice does not duplicate pending jobs.
        auto again = OrphanScan::queueDeletions(*ws, items);
        QVERIFY(again);
        QCOMPARE(QSet<QString>(again->cbegin(), again->cend()), QSet<QString>(jobIds->cbegin(), jobIds->cend()));
        const auto jobs = DeletionJobs::list(*ws, QString::fromLatin1(OrphanScan::JobOwner));
        QCOMPARE(jobs.size(), 6);
        QCOMPARE(jobs.first().kind, QStringLiteral("vector_store"));   // stores run before files
        for (const auto &j : jobs)
            QCOMPARE(j.owner, QStringLiteral("orphan cleanup"));

        DeletionQueue queue(*ws, *m_client);
        const DeletionRunSummary summary = run(queue.runPending());
        QCOMPARE(summary.done, 6);
        QCOMPARE(summary.skipped, 0);
        QCOMPARE(idsOf(m_server->files()), filesBefore - idSet({"file-OLDCI", "file-OLDFS", "file-LOOSE", "file-LOOSE2"}));
        QCOMPARE(idsOf(m_server->vectorStores()), storesBefore - idSet({"vs_OLD", "vs_LOOSE"}));
        QCOMPARE(idsOf(m_server->assistants()), idSet({"asst_LIVE", "asst_STRAY"}));
        // The deleted files' records lose their remote ids; the live ones keep them.
        QVERIFY(!ws->file(QStringLiteral("f-oldci"))->remoteFileId);
        QVERIFY(!ws->file(QStringLiteral("f-oldfs"))->remoteFileId);
        QCOMPARE(ws->file(QStringLiteral("f-shared"))->remoteFileId, std::optional<QString>(QStringLiteral("file-SHARED")));
        // A new scan finds nothing left.
        auto after = run(OrphanScan::scan(*m_client));
        QVERIFY(after);
        QVERIFY(OrphanScan::classify(*after, ws->assistants(), ws->files()).isEmpty());
    }

    void jobSkipsWhatIsInUseAgainJustBeforeRunning()
    {
        const auto [ws, report, items] = scanScenario();
        QVERIFY(ws);
        QVERIFY(OrphanScan::queueDeletions(*ws, items));

        // Since the scan: a remote assistant took vs_LOOSE (so file-LOOSE2 is in a live store again), and the
        // workspace's live Helpdesk attached file-LOOSE.
        m_server->addAssistant(QJsonObject{
            {QStringLiteral("name"), QStringLiteral("Newcomer")},
            {QStringLiteral("tool_resources"),
             QJsonObject{{QStringLiteral("file_search"),
                          QJsonObject{{QStringLiteral("vector_store_ids"), QJsonArray{QStringLiteral("vs_LOOSE")}}}}}}});
        auto loose = ws->addFile(QStringLiteral("draft-upload.docx"), QByteArray(34000, 'x'));
        QVERIFY(loose);
        QVERIFY(ws->linkFile(loose->id, QStringLiteral("file-LOOSE"), loose->sha256));
        Assistant help = ws->assistant(QStringLiteral("a-help")).value();
        help.codeInterpreterFiles << loose->id;
        QVERIFY(ws->saveAssistant(help));

        DeletionQueue queue(*ws, *m_client);
        const DeletionRunSummary summary = run(queue.runPending());
        QCOMPARE(summary.done, 6);
        QCOMPARE(summary.skipped, 3);
        QCOMPARE(summary.failed, 0);
        QSet<QString> skipped, deleted;
        for (const auto &j : DeletionJobs::list(*ws, QString::fromLatin1(OrphanScan::JobOwner))) {
            QCOMPARE(j.state, QStringLiteral("done"));
            if (j.lastError == QStringLiteral("skipped: now in use"))
                skipped.insert(j.remoteId);
            else
                deleted.insert(j.remoteId);
        }
        QCOMPARE(skipped, idSet({"vs_LOOSE", "file-LOOSE2", "file-LOOSE"}));
        QCOMPARE(deleted, idSet({"vs_OLD", "file-OLDCI", "file-OLDFS"}));
        QVERIFY(idsOf(m_server->vectorStores()).contains(QStringLiteral("vs_LOOSE")));
        QVERIFY(idsOf(m_server->files()).contains(QStringLiteral("file-LOOSE")));
        QVERIFY(idsOf(m_server->files()).contains(QStringLiteral("file-LOOSE2")));
        QCOMPARE(ws->file(loose->id)->remoteFileId, std::optional<QString>(QStringLiteral("file-LOOSE")));
        // No DELETE was sent for the skipped objects.
        for (const auto &r : m_server->requests())
            if (r.method == "DELETE")
                QVERIFY2(!r.path.contains(QStringLiteral("LOOSE")), qPrintable(r.path));
    }

    void failedReCheckLeavesTheJobToRetry()
    {
        const auto [ws, report, items] = scanScenario();
        QVERIFY(ws);
        QVERIFY(OrphanScan::queueDeletions(*ws, {*find(report.vectorStores, QStringLiteral("vs_LOOSE"))}));
        m_server->failNext("GET", QStringLiteral("^/assistants$"), 10, 403);
        DeletionQueue queue(*ws, *m_client);
        const DeletionRunSummary summary = run(queue.runPending());
        QCOMPARE(summary.failed, 1);
        QVERIFY(idsOf(m_server->vectorStores()).contains(QStringLiteral("vs_LOOSE")));
        const auto jobs = DeletionJobs::list(*ws, QString::fromLatin1(OrphanScan::JobOwner));
        QCOMPARE(jobs.first().state, QStringLiteral("failed"));
        QVERIFY2(jobs.first().lastError.startsWith(QStringLiteral("vector_store vs_LOOSE: ")), qPrintable(jobs.first().lastError));
        m_server->clearFaults();
        QVERIFY(DeletionJobs::retryFailed(*ws));
        QCOMPARE(run(queue.runPending()).done, 1);
        QVERIFY(!idsOf(m_server->vectorStores()).contains(QStringLiteral("vs_LOOSE")));
    }
};

QTEST_GUILESS_MAIN(tst_OrphanScan)
#include "tst_orphanscan.moc"
