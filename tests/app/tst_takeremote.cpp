// "Keep workspace" / "Take OpenAI" per difference and "Apply" (domain.md §5.4): the chosen values come from the
// stored snapshot, everything else stays, files attach or detach as in Pull, and it works with no server at all.
#include "storage/workspace.h"
#include "domain/syncdiff.h"
#include "domain/takeremote.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class tst_TakeRemote : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Workspace> m_ws;
    QString m_prices;   // local file ids
    QString m_faq;
    QString m_id;

    /// A linked "Helpdesk" whose snapshot differs from the record in name, temperature, one function, one
    /// metadata key and the code-interpreter files (OpenAI has an extra "rates.csv").
    RemoteSnapshot makeDiverged()
    {
        m_ws = openWorkspace(m_dir, QStringLiteral("t%1.adesk").arg(++m_counter));
        m_prices = m_ws->addFile(QStringLiteral("prices.csv"), QByteArray("sku,price\n")).value().id;
        m_faq = m_ws->addFile(QStringLiteral("faq.pdf"), QByteArray("faq")).value().id;
        (void)m_ws->linkFile(m_prices, QStringLiteral("file-PR1"), m_ws->file(m_prices)->sha256);
        (void)m_ws->linkFile(m_faq, QStringLiteral("file-FAQ1"), m_ws->file(m_faq)->sha256);
        Assistant a = helpdeskDraft();
        a.temperature = 0.7;
        a.codeInterpreter = a.fileSearch = true;
        a.functions << FunctionTool{QStringLiteral("lookup_order"), QStringLiteral("Find an order"), FunctionTool::defaultParameters(), false}
                    << FunctionTool{QStringLiteral("local_only"), QStringLiteral("Mine"), FunctionTool::defaultParameters(), false};
        a.metadata.insert(QStringLiteral("team"), QStringLiteral("support"));
        a.codeInterpreterFiles = {m_prices};
        a.fileSearchFiles = {m_faq};
        a.vectorStoreId = QStringLiteral("vs_W1");
        auto created = m_ws->createAssistant(a);
        m_id = created.value().id;
        (void)m_ws->linkAssistant(m_id, QStringLiteral("asst_W1"));
        (void)m_ws->markPushed(m_id);

        RemoteSnapshot s;
        s.assistant = QJsonDocument::fromJson(R"J({
          "id": "asst_W1", "object": "assistant", "created_at": 1700000000,
          "model": "gpt-4o", "name": "Helpdesk EU", "description": null, "instructions": "Answer order questions.",
          "temperature": 0.2, "top_p": 1.0,
          "tools": [{"type": "file_search"}, {"type": "code_interpreter"},
                    {"type": "function", "function": {"name": "lookup_order", "description": "Find an order (EU)",
                      "parameters": {"type": "object", "properties": {}}}}],
          "tool_resources": {"code_interpreter": {"file_ids": ["file-PR1", "file-RT9"]},
                             "file_search": {"vector_store_ids": ["vs_W1"]}},
          "metadata": {"assistant_desk_id": "x", "team": "sales", "region": "eu"}})J").object();
        s.assistant[QStringLiteral("metadata")] = QJsonObject{{QStringLiteral("assistant_desk_id"), m_id},
                                                             {QStringLiteral("team"), QStringLiteral("sales")},
                                                             {QStringLiteral("region"), QStringLiteral("eu")}};
        s.stores << RemoteStore{QStringLiteral("vs_W1"), true, {RemoteStoreFile{QStringLiteral("file-FAQ1"), QStringLiteral("completed")}}};
        s.files.insert(QStringLiteral("file-PR1"), RemoteFileInfo{QStringLiteral("file-PR1"), QStringLiteral("prices.csv"), 10, true});
        s.files.insert(QStringLiteral("file-RT9"), RemoteFileInfo{QStringLiteral("file-RT9"), QStringLiteral("rates.csv"), 77, true});
        s.files.insert(QStringLiteral("file-FAQ1"), RemoteFileInfo{QStringLiteral("file-FAQ1"), QStringLiteral("faq.pdf"), 3, true});
        s.fetchedAt = QStringLiteral("2026-11-25T10:42:00Z");
        (void)m_ws->storeCheckResult(m_id, s);
        return s;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theDivergedFixtureHasTheExpectedRows()
    {
        makeDiverged();
        const QStringList rows = fieldsOf(m_ws->syncState(m_id).current.differences);
        for (const char *f : {"name", "temperature", "functions.lookup_order", "functions.local_only", "metadata.team",
                              "metadata.region", "code_interpreter.files"})
            QVERIFY2(rows.contains(QLatin1String(f)), f);
    }

    void takingOneFieldKeepsEveryOther()
    {
        const RemoteSnapshot s = makeDiverged();
        const Assistant local = m_ws->assistant(m_id).value();
        auto r = TakeRemote::apply(local, s, m_ws->files(), {QStringLiteral("name")});
        QVERIFY(r);
        Assistant expected = local;
        expected.name = QStringLiteral("Helpdesk EU");
        QCOMPARE(r->assistant, expected);
        QVERIFY(r->newFiles.isEmpty());
    }

    void functionsAndMetadataPerName()
    {
        const RemoteSnapshot s = makeDiverged();
        const Assistant local = m_ws->assistant(m_id).value();
        auto r = TakeRemote::apply(local, s, m_ws->files(),
                                   {QStringLiteral("functions.lookup_order"), QStringLiteral("functions.local_only"),
                                    QStringLiteral("metadata.team"), QStringLiteral("metadata.region")});
        QVERIFY(r);
        QCOMPARE(r->assistant.functions.size(), 1);   // local_only exists only locally: taking OpenAI removes it
        QCOMPARE(r->assistant.functions.first().description, QStringLiteral("Find an order (EU)"));
        QCOMPARE(r->assistant.metadata.value(QStringLiteral("team")), QStringLiteral("sales"));
        QCOMPARE(r->assistant.metadata.value(QStringLiteral("region")), QStringLiteral("eu"));
        QVERIFY(!r->assistant.metadata.contains(QStringLiteral("assistant_desk_id")));
        QCOMPARE(r->assistant.temperature, 0.7);
    }

    void takingFilesAttachesANewRecordWithoutContent()
    {
        const RemoteSnapshot s = makeDiverged();
        const Assistant local = m_ws->assistant(m_id).value();
        auto r = TakeRemote::apply(local, s, m_ws->files(), {QStringLiteral("code_interpreter.files")});
        QVERIFY(r);
        QCOMPARE(r->assistant.codeInterpreterFiles.size(), 2);
        QCOMPARE(r->assistant.codeInterpreterFiles.first(), m_prices);   // same remote id: the record is reused
        QCOMPARE(r->newFiles.size(), 1);
        QCOMPARE(r->newFiles.first().name, QStringLiteral("rates.csv"));
        QCOMPARE(r->newFiles.first().remoteFileId.value_or(QString()), QStringLiteral("file-RT9"));
        QVERIFY(!r->newFiles.first().hasLocalCopy());
    }

    void unknownFieldIsRefused()
    {
        const RemoteSnapshot s = makeDiverged();
        auto r = TakeRemote::apply(m_ws->assistant(m_id).value(), s, m_ws->files(), {QStringLiteral("colour")});
        QVERIFY(!r);
        QVERIFY(r.error().message.startsWith(QStringLiteral("colour:")));
    }

    void applyInTheWorkspaceIsOneStepAndOffline()
    {
        makeDiverged();
        // Some rows taken: the rest stays, so differences are left and the record is Not pushed.
        auto partial = m_ws->takeRemote(m_id, {QStringLiteral("name"), QStringLiteral("code_interpreter.files")});
        QVERIFY2(partial, partial ? "" : qPrintable(partial.error().message));
        QVERIFY(!fieldsOf(partial.value()).contains(QStringLiteral("name")));
        QVERIFY(!fieldsOf(partial.value()).contains(QStringLiteral("code_interpreter.files")));
        QVERIFY(fieldsOf(partial.value()).contains(QStringLiteral("temperature")));
        Assistant after = m_ws->assistant(m_id).value();
        QCOMPARE(after.name, QStringLiteral("Helpdesk EU"));
        QCOMPARE(after.temperature, 0.7);
        QVERIFY(after.notPushed);
        QCOMPARE(m_ws->files().size(), 3);   // rates.csv recorded, nothing deleted
        QCOMPARE(m_ws->syncState(m_id).current.status, SyncStatus::OutOfSync);

        // Every remaining row taken: in sync, and no longer Not pushed.
        QStringList rest = fieldsOf(partial.value());
        auto all = m_ws->takeRemote(m_id, rest);
        QVERIFY2(all, all ? "" : qPrintable(all.error().message));
        QVERIFY(all->isEmpty());
        after = m_ws->assistant(m_id).value();
        QVERIFY(!after.notPushed);
        QCOMPARE(after.temperature, 0.2);
        QCOMPARE(m_ws->syncState(m_id).current.status, SyncStatus::InSync);
        QCOMPARE(m_ws->syncState(m_id).current.checkedAt, QStringLiteral("2026-11-25T10:42:00Z"));
    }

    void versionsAndUncheckedRecordsAreRefused()
    {
        makeDiverged();
        Assistant draft;
        draft.name = QStringLiteral("Draft");
        draft.model = QStringLiteral("gpt-4o");
        const QString draftId = m_ws->createAssistant(draft).value().id;
        auto none = m_ws->takeRemote(draftId, {QStringLiteral("name")});
        QVERIFY(!none);
        QCOMPARE(none.error().kind, ErrorKind::Refused);
        const Assistant before = m_ws->assistant(m_id).value();
        auto bad = m_ws->takeRemote(m_id, {QStringLiteral("name"), QStringLiteral("colour")});
        QVERIFY(!bad);
        QCOMPARE(m_ws->assistant(m_id).value(), before);   // nothing of a refused apply is written
    }
};

QTEST_GUILESS_MAIN(tst_TakeRemote)
#include "tst_takeremote.moc"
