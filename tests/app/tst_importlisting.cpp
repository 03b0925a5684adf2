// "Import all from OpenAI…" in the core (domain.md §5.5, §8): the listing of every remote assistant with its link to
// the workspace, kept with its time for the offline view, and importing only the chosen ones, each on its own.
#include "fakeserverfixture.h"
#include "interchange/interchange.h"
#include "openai/openaiclient.h"
#include "storage/importlisting.h"
#include "storage/workspace.h"
#include "sync/syncengine.h"
#include "testsupport.h"
#include "testwait.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;
using TestWait::run;

namespace {
/// An archived working record linked to asst_ARCH and a version linked to asst_VER (its working record unlinked).
const QByteArray LinkedRecords = R"({
  "format": "assistant-desk-workspace", "format_version": 1,
  "assistants": [
    {"id": "a-old", "name": "Old helper", "model": "gpt-4o", "remote_id": "asst_ARCH", "is_archived": true},
    {"id": "a-help", "name": "Helpdesk", "model": "gpt-4o", "next_version_number": 2,
     "versions": [{"id": "a-help-v1", "version_number": 1, "name": "Helpdesk v1", "model": "gpt-4o",
                   "remote_id": "asst_VER"}]}
  ]
})";

const RemoteListingRow *rowOf(const QList<RemoteListingRow> &rows, const QString &remoteId)
{
    for (const RemoteListingRow &r : rows)
        if (r.remoteId == remoteId)
            return &r;
    return nullptr;
}
} // namespace

class tst_ImportListing : public QObject, protected FakeServerFixture
{
    Q_OBJECT

private:

    int countAssistantListRequests() const
    {
        return requestsWhere([](const auto &r) {
            return r.method == "GET" && r.path == "/v1/assistants"_L1 && !r.query.contains("limit=1&"_L1);
        });
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { startWithWorkspace(); }

    void cleanup() { stop(); }

    void listsEveryPageWithLinksOfArchivedRecordsAndVersions()
    {
        m_server->addAssistant(QJsonObject{{u"id"_s, u"asst_ARCH"_s}, {u"name"_s, u"Old helper"_s}, {u"model"_s, u"gpt-4o"_s}});
        m_server->addAssistant(QJsonObject{{u"id"_s, u"asst_VER"_s}, {u"name"_s, u"Helpdesk v1"_s}, {u"model"_s, u"gpt-4o-mini"_s}});
        m_server->addAssistant(QJsonObject{{u"id"_s, u"asst_NONAME"_s}, {u"model"_s, u"gpt-4.1"_s}});
        m_server->seed(150);
        QVERIFY(Interchange::importInto(*m_ws, LinkedRecords));
        m_server->clearRequests();

        auto rows = run(m_engine->listForImport());
        QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
        QCOMPARE(rows->size(), 153);
        QVERIFY(countAssistantListRequests() >= 2);   // 100 per page (§3.4)
        for (const auto &r : m_server->requests())
            QCOMPARE(r.method, QByteArray("GET"));     // listing only reads

        const RemoteListingRow *archived = rowOf(*rows, u"asst_ARCH"_s);
        QVERIFY(archived);
        QVERIFY(!archived->isNew());
        QCOMPARE(archived->linkedId, u"a-old"_s);
        QCOMPARE(archived->linkedName, u"Old helper"_s);
        const RemoteListingRow *version = rowOf(*rows, u"asst_VER"_s);
        QVERIFY(version);
        QCOMPARE(version->linkedId, u"a-help-v1"_s);
        QCOMPARE(version->model, u"gpt-4o-mini"_s);
        const RemoteListingRow *noName = rowOf(*rows, u"asst_NONAME"_s);
        QVERIFY(noName);
        QVERIFY(noName->isNew());
        QCOMPARE(noName->name, u"Untitled assistant"_s);
        QVERIFY(noName->createdAt > 0);
        int newRows = 0;
        for (const RemoteListingRow &r : *rows)
            newRows += r.isNew() ? 1 : 0;
        QCOMPARE(newRows, 151);
        QCOMPARE(m_ws->assistantSummaries().size(), 3);   // nothing imported by listing
    }

    void listingIsKeptWithItsTimeAcrossReopen()
    {
        m_server->seed(3);
        QVERIFY(!ImportListing::load(*m_ws));
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto rows = run(m_engine->listForImport());
        QVERIFY(rows);
        QCOMPARE(rows->size(), 3);

        reopenWorkspace();
        auto cached = ImportListing::load(*m_ws);
        QVERIFY(cached);
        QCOMPARE(cached->rows, rows.value());
        QCOMPARE(cached->baseUrl, m_server->baseUrl());
        const QDateTime fetched = QDateTime::fromString(cached->fetchedAt, Qt::ISODate);
        QVERIFY(fetched.isValid());
        QVERIFY(fetched >= before && fetched <= QDateTime::currentDateTimeUtc().addSecs(1));

        // Read back after an import, the listing shows the imported one as already in the workspace (no request).
        const ImportOutcome imported = run(m_engine->importRemote(rows->at(1).remoteId));
        QVERIFY2(imported.ok, qPrintable(imported.message));
        reopenWorkspace();
        m_server->clearRequests();
        cached = ImportListing::load(*m_ws);
        QVERIFY(cached);
        QVERIFY(cached->rows.at(0).isNew());
        QCOMPARE(cached->rows.at(1).linkedId, imported.localId);
        QCOMPARE(cached->rows.at(1).linkedName, rows->at(1).name);
        QVERIFY(m_server->requests().isEmpty());

        // A newer listing replaces the kept one.
        m_server->seed(2);
        QVERIFY(run(m_engine->listForImport()));
        QCOMPARE(ImportListing::load(*m_ws)->rows.size(), 5);
    }

    void importsOnlyTheChosenEachOnItsOwn()
    {
        m_server->seed(5);
        auto rows = run(m_engine->listForImport());
        QVERIFY(rows);
        const QStringList chosen{rows->at(0).remoteId, rows->at(2).remoteId, rows->at(4).remoteId};
        // The middle one fails (a 400 is never retried); the others are imported all the same.
        m_server->failNext("GET", u"^/assistants/%1$"_s.arg(chosen.at(1)), 1, 400);
        QSignalSpy progress(m_engine.get(), &SyncEngine::importProgress);

        const QList<ImportOutcome> outcomes = run(m_engine->importSelected(chosen));
        QCOMPARE(outcomes.size(), 3);
        QVERIFY(outcomes.at(0).ok && !outcomes.at(0).alreadyLinked);
        QVERIFY(!outcomes.at(1).ok);
        QVERIFY(!outcomes.at(1).cancelled);
        QVERIFY(!outcomes.at(1).message.isEmpty());
        QVERIFY(outcomes.at(2).ok && !outcomes.at(2).alreadyLinked);
        QCOMPARE(m_ws->assistants().size(), 2);
        QCOMPARE(m_ws->linkedRemoteIds(), (QSet<QString>{chosen.at(0), chosen.at(2)}));
        QCOMPARE(progress.size(), 4);
        QCOMPARE(progress.first(), (QList<QVariant>{0, 3}));
        QCOMPARE(progress.last(), (QList<QVariant>{3, 3}));

        // Listed again: the imported ones are linked, and importing everything new adds exactly the other three.
        rows = run(m_engine->listForImport());
        QVERIFY(rows);
        QStringList fresh;
        for (const RemoteListingRow &r : *rows)
            if (r.isNew())
                fresh << r.remoteId;
        QCOMPARE(fresh.size(), 3);
        QVERIFY(fresh.contains(chosen.at(1)));
        for (const ImportOutcome &o : run(m_engine->importSelected(fresh)))
            QVERIFY2(o.ok && !o.alreadyLinked, qPrintable(o.message));
        QCOMPARE(m_ws->assistants().size(), 5);

        // A second run finds nothing new; an id imported again only refreshes its record.
        rows = run(m_engine->listForImport());
        QVERIFY(rows);
        for (const RemoteListingRow &r : *rows)
            QVERIFY(!r.isNew());
        const QList<ImportOutcome> again = run(m_engine->importSelected({chosen.at(0)}));
        QCOMPARE(again.size(), 1);
        QVERIFY(again.at(0).ok && again.at(0).alreadyLinked);
        QCOMPARE(m_ws->assistants().size(), 5);
    }

    void cancelStartsNoFurtherImports()
    {
        m_server->seed(4);
        auto rows = run(m_engine->listForImport());
        QVERIFY(rows);
        QStringList ids;
        for (const RemoteListingRow &r : *rows)
            ids << r.remoteId;
        OpenAi::CancelToken cancel;
        connect(m_engine.get(), &SyncEngine::importProgress, &cancel, [&cancel](int done) {
            if (done == 1)
                cancel.cancel();
        });
        const QList<ImportOutcome> outcomes = run(m_engine->importSelected(ids, &cancel));
        QCOMPARE(outcomes.size(), 1);
        QVERIFY(outcomes.at(0).ok);
        QCOMPARE(m_ws->assistants().size(), 1);

        // A cancelled listing is an error and keeps the last listing.
        OpenAi::CancelToken cancelled;
        cancelled.cancel();
        auto listed = run(m_engine->listForImport(&cancelled));
        QVERIFY(!listed);
        QCOMPARE(listed.error().kind, ErrorKind::Cancelled);
        QCOMPARE(ImportListing::load(*m_ws)->rows.size(), 4);
    }

    void failedListingKeepsTheLastOne()
    {
        m_server->seed(2);
        QVERIFY(run(m_engine->listForImport()));
        const QString fetchedAt = ImportListing::load(*m_ws)->fetchedAt;
        m_server->seed(1);
        m_server->failNext("GET", u"^/assistants$"_s, 1, 403);
        auto listed = run(m_engine->listForImport());
        QVERIFY(!listed);
        QVERIFY(listed.error().message.contains("403"_L1));
        const auto cached = ImportListing::load(*m_ws);
        QCOMPARE(cached->rows.size(), 2);
        QCOMPARE(cached->fetchedAt, fetchedAt);
    }
};

QTEST_GUILESS_MAIN(tst_ImportListing)
#include "tst_importlisting.moc"
