// Release (domain.md §6) against the fake server: one version per distinct working assistant, names, stores,
// metadata, counters, rewritten references, publishing; a failure midway deletes what the release created and
// leaves the workspace as it was; a deletion that fails becomes a failed deletion job; the CLI's `release --json`.
#include "fakeserverfixture.h"
#include "interchange/interchange.h"
#include "openai/openaiclient.h"
#include "storage/createintents.h"
#include "storage/deletionjobs.h"
#include "storage/workspace.h"
#include "testsupport.h"
#include "testwait.h"
#include "versions/releaser.h"
#include "storage/releasescope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace TestSupport;
using TestWait::run;

namespace {
// Helpdesk (both tools, two files) is used directly and through node n1; Triage through n2; n4 names a version of
// Old, which stays as it is. e-plain uses nothing.
const char WorkspaceJson[] = R"({"format": "assistant-desk-workspace", "format_version": 1,
  "files": [{"id": "f-prices", "name": "prices.csv", "size": 10, "content_base64": "c2t1LHByaWNlCg=="},
            {"id": "f-faq", "name": "faq.txt", "size": 5, "content_base64": "UTogPwo="}],
  "assistants": [
    {"id": "a-help", "name": "Helpdesk", "model": "gpt-4o", "instructions": "Answer order questions.",
     "temperature": 0.7, "builtin_tools": ["code_interpreter", "file_search"],
     "functions": [{"name": "lookup_order", "description": "Find an order", "parameters": {"type": "object", "properties": {}}}],
     "files": {"code_interpreter": ["f-prices"], "file_search": ["f-faq"]}, "metadata": {"team": "support"}},
    {"id": "a-triage", "name": "Triage", "model": "gpt-4o-mini"},
    {"id": "a-old", "name": "Old", "model": "gpt-4o", "next_version_number": 2,
     "versions": [{"id": "a-old-v1", "version_number": 1, "name": "Old v1", "model": "gpt-4o", "remote_id": "asst_OLD1"}]}],
  "experiments": [{"id": "e-bot", "name": "Clinic bot", "assistant": "a-help", "pipeline": "p-flow"},
                  {"id": "e-plain", "name": "Plain bot"}],
  "pipelines": [{"id": "p-flow", "name": "Flow", "nodes": [
     {"id": "n1", "type": "assistant", "label": "Answer", "assistant": "a-help"},
     {"id": "n2", "type": "assistant", "assistant": "a-triage"},
     {"id": "n3", "type": "llm"},
     {"id": "n4", "type": "assistant", "assistant": "a-old-v1"}]}]})";

QString idOf(const QJsonObject &o)
{
    return o.value(QStringLiteral("id")).toString();
}

QString deskId(const QJsonObject &o)
{
    return o.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("assistant_desk_id")).toString();
}
} // namespace

class tst_Release : public QObject, protected FakeServerFixture
{
    Q_OBJECT

private:

    ReleaseOutcome release(const QString &experimentId, bool publish, OpenAi::CancelToken *cancel = nullptr)
    {
        Releaser releaser(*m_ws, m_client.get());
        return run(releaser.release(experimentId, publish, cancel));
    }

    Experiment experiment(const QString &id) const
    {
        for (const auto &e : m_ws->experiments())
            if (e.id == id)
                return e;
        return {};
    }

    Pipeline pipeline(const QString &id) const
    {
        for (const auto &p : m_ws->pipelines())
            if (p.id == id)
                return p;
        return {};
    }

    int count(const QByteArray &method, const QString &pathPattern) const
    {
        const QRegularExpression re(pathPattern);
        return requestsWhere([&](const auto &r) { return r.method == method && re.match(r.path).hasMatch(); });
    }

    /// The next POST /assistants after the first one answers 400 (the second assistant of a release fails).
    void failSecondAssistantCreate()
    {
        auto *server = m_server.get();
        auto armed = std::make_shared<bool>(false);
        connect(server, &FakeOpenAiServer::requestLogged, server, [server, armed](int index) {
            const auto &r = server->requests().at(index);
            if (*armed || r.method != "POST" || r.path != QLatin1String("/v1/assistants"))
                return;
            *armed = true;
            FakeOpenAiServer::Fault f;
            f.method = "POST";
            f.path = QRegularExpression(QStringLiteral("^/assistants$"));
            f.status = 400;
            f.message = QStringLiteral("Injected error");
            server->addFault(f);
        });
    }

    static void compareRecords(const WorkspaceData &before, const WorkspaceData &after)
    {
        QCOMPARE(after.assistants, before.assistants);
        QCOMPARE(after.experiments, before.experiments);
        QCOMPARE(after.pipelines, before.pipelines);
        QCOMPARE(after.files.size(), before.files.size());
        for (int i = 0; i < before.files.size(); ++i) {
            // Uploaded files are kept (their ids stored on the records); nothing else about them changes.
            WorkspaceFile f = after.files.at(i);
            f.remoteFileId = before.files.at(i).remoteFileId;
            f.uploadedSha256 = before.files.at(i).uploadedSha256;
            QCOMPARE(f, before.files.at(i));
        }
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        startWithWorkspace(QStringLiteral("ws.adesk"), {}, false);
        if (QTest::currentTestFailed())
            return;
        const Status imported = Interchange::importInto(*m_ws, QByteArray(WorkspaceJson));
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().details.join(QLatin1Char('\n'))));
    }

    void cleanup() { stop(); }

    void scopeCollectsDistinctWorkingAssistantsByName()
    {
        auto scope = collectReleaseScope(*m_ws, QStringLiteral("e-bot"));
        QVERIFY(scope);
        QCOMPARE(scope->workingAssistants, (QStringList{QStringLiteral("a-help"), QStringLiteral("a-triage")}));
        QVERIFY(scope->firstRelease);
        QVERIFY(scope->pipeline);
        auto plain = collectReleaseScope(*m_ws, QStringLiteral("e-plain"));
        QVERIFY(plain);
        QVERIFY(!plain->needsConnection());
        QCOMPARE(collectReleaseScope(*m_ws, QStringLiteral("nope")).error().kind, ErrorKind::NotFound);
    }

    void releaseMakesOneVersionPerDistinctAssistant()
    {
        QSignalSpy reset(m_ws.get(), &Workspace::reset);
        const ReleaseOutcome o = release(QStringLiteral("e-bot"), false);
        QVERIFY2(o.ok, qPrintable(o.error));
        QCOMPARE(reset.size(), 1);
        const ReleasedRecords &r = *o.records;

        // One version per distinct working assistant (Helpdesk is referenced twice), by name.
        QCOMPARE(r.assistantVersions.size(), 2);
        const Assistant help = r.assistantVersions.at(0);
        const Assistant triage = r.assistantVersions.at(1);
        QCOMPARE(help.name, QStringLiteral("Helpdesk v1"));
        QCOMPARE(triage.name, QStringLiteral("Triage v1"));
        QCOMPARE(count("POST", QStringLiteral("^/v1/assistants$")), 2);
        QCOMPARE(count("POST", QStringLiteral("^/v1/files$")), 2);
        QCOMPARE(count("POST", QStringLiteral("^/v1/vector_stores$")), 1);

        // The server: names, metadata, the store of the file-search files.
        QCOMPARE(m_server->assistants().size(), 2);
        QJsonObject remoteHelp, remoteTriage;
        for (const auto &a : m_server->assistants())
            (idOf(a) == help.remoteId ? remoteHelp : remoteTriage) = a;
        QCOMPARE(remoteHelp.value(QStringLiteral("name")).toString(), QStringLiteral("Helpdesk v1"));
        QCOMPARE(deskId(remoteHelp), help.id);
        QCOMPARE(remoteHelp.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("team")).toString(), QStringLiteral("support"));
        QCOMPARE(remoteTriage.value(QStringLiteral("name")).toString(), QStringLiteral("Triage v1"));
        QCOMPARE(deskId(remoteTriage), triage.id);
        QCOMPARE(idOf(remoteTriage), *triage.remoteId);
        QCOMPARE(m_server->vectorStores().size(), 1);
        const QJsonObject store = m_server->vectorStores().first();
        QCOMPARE(store.value(QStringLiteral("name")).toString(), QStringLiteral("Helpdesk v1 - File Search"));
        QCOMPARE(deskId(store), help.id);
        QCOMPARE(help.vectorStoreId, idOf(store));
        QCOMPARE(remoteHelp.value(QStringLiteral("tool_resources")).toObject().value(QStringLiteral("file_search")).toObject()
                     .value(QStringLiteral("vector_store_ids")).toArray().first().toString(),
                 idOf(store));
        QCOMPARE(m_server->vectorStoreFiles(idOf(store)).size(), 1);
        QVERIFY(!triage.vectorStoreId);

        // The workspace: versions stored as released, shared file records, counters moved.
        const Assistant storedHelp = m_ws->assistant(help.id).value();
        QCOMPARE(storedHelp.workingVersionId, QStringLiteral("a-help"));
        QCOMPARE(storedHelp.versionNumber, 1);
        QCOMPARE(storedHelp.remoteId, help.remoteId);
        QCOMPARE(storedHelp.vectorStoreId, help.vectorStoreId);
        QVERIFY(!storedHelp.notPushed);
        QCOMPARE(storedHelp.codeInterpreterFiles, QStringList{QStringLiteral("f-prices")});
        QCOMPARE(storedHelp.fileSearchFiles, QStringList{QStringLiteral("f-faq")});
        QCOMPARE(storedHelp.instructions, QStringLiteral("Answer order questions."));
        QCOMPARE(m_ws->assistant(QStringLiteral("a-help"))->versionNumber, 2);
        QCOMPARE(m_ws->assistant(QStringLiteral("a-triage"))->versionNumber, 2);
        QCOMPARE(m_ws->assistant(QStringLiteral("a-old"))->versionNumber, 2);   // only referenced through a version
        QVERIFY(m_ws->file(QStringLiteral("f-faq"))->remoteFileId);
        QCOMPARE(m_ws->files().size(), 2);   // nothing copied

        // Experiment version 1, published (first release), references rewritten; a pipeline version.
        const Experiment ev = experiment(r.experimentVersion.id);
        QCOMPARE(ev.workingId, QStringLiteral("e-bot"));
        QCOMPARE(ev.versionNumber, 1);
        QVERIFY(ev.published);
        QCOMPARE(ev.assistantId, help.id);
        QVERIFY(r.pipelineVersion);
        QCOMPARE(ev.pipelineId, r.pipelineVersion->id);
        QCOMPARE(experiment(QStringLiteral("e-bot")).versionNumber, 2);
        const Pipeline pv = pipeline(r.pipelineVersion->id);
        QCOMPARE(pv.workingId, QStringLiteral("p-flow"));
        QCOMPARE(pv.versionNumber, 1);
        QCOMPARE(pv.nodes.size(), 4);
        QCOMPARE(pv.nodes.at(0).assistantId, help.id);
        QCOMPARE(pv.nodes.at(0).label, QStringLiteral("Answer"));
        QCOMPARE(pv.nodes.at(1).assistantId, triage.id);
        QCOMPARE(pv.nodes.at(2).type, QStringLiteral("llm"));
        QCOMPARE(pv.nodes.at(3).assistantId, QStringLiteral("a-old-v1"));   // a version stays as it is
        QCOMPARE(pipeline(QStringLiteral("p-flow")).versionNumber, 2);
        QCOMPARE(pipeline(QStringLiteral("p-flow")).nodes.at(0).assistantId, QStringLiteral("a-help"));   // working unchanged

        // Second release: v2, not published unless asked; the first stays published.
        m_server->clearRequests();
        const ReleaseOutcome second = release(QStringLiteral("e-bot"), false);
        QVERIFY2(second.ok, qPrintable(second.error));
        QCOMPARE(second.records->assistantVersions.at(0).name, QStringLiteral("Helpdesk v2"));
        QCOMPARE(second.records->experimentVersion.versionNumber, 2);
        QVERIFY(!experiment(second.records->experimentVersion.id).published);
        QVERIFY(experiment(r.experimentVersion.id).published);
        QCOMPARE(count("POST", QStringLiteral("^/v1/files$")), 0);   // files are not uploaded again
        QCOMPARE(m_server->vectorStores().size(), 2);
        QCOMPARE(m_server->vectorStores().last().value(QStringLiteral("name")).toString(), QStringLiteral("Helpdesk v2 - File Search"));

        // Third, published: the others are cleared.
        const ReleaseOutcome third = release(QStringLiteral("e-bot"), true);
        QVERIFY2(third.ok, qPrintable(third.error));
        QVERIFY(experiment(third.records->experimentVersion.id).published);
        QVERIFY(!experiment(r.experimentVersion.id).published);
        QVERIFY(!experiment(second.records->experimentVersion.id).published);
        QCOMPARE(m_ws->versions(QStringLiteral("a-help")).size(), 3);
        QCOMPARE(m_server->assistants().size(), 6);
    }

    void releaseWithoutAssistantsNeedsNoConnection()
    {
        Releaser offline(*m_ws, nullptr);
        const ReleaseOutcome o = run(offline.release(QStringLiteral("e-plain"), false));
        QVERIFY2(o.ok, qPrintable(o.error));
        QVERIFY(o.records->assistantVersions.isEmpty());
        QVERIFY(!o.records->pipelineVersion);
        QVERIFY(experiment(o.records->experimentVersion.id).published);
        QCOMPARE(m_server->requests().size(), 0);

        // With assistants to release and no client: refused before anything changes.
        const WorkspaceData before = m_ws->exportData();
        const ReleaseOutcome refused = run(offline.release(QStringLiteral("e-bot"), false));
        QVERIFY(!refused.ok);
        QCOMPARE(refused.error, QStringLiteral("Release failed: Not available offline. Nothing was released."));
        compareRecords(before, m_ws->exportData());
    }

    void refusalsSendNothing()
    {
        // A file of an enabled tool with neither a local copy nor a remote id.
        WorkspaceData data;
        WorkspaceFile ghost;
        ghost.id = QStringLiteral("f-ghost");
        ghost.name = QStringLiteral("ghost.pdf");
        ghost.size = 3;
        data.files << ghost;
        QVERIFY(m_ws->importData(data));
        Assistant triage = m_ws->assistant(QStringLiteral("a-triage")).value();
        triage.fileSearch = true;
        triage.fileSearchFiles << QStringLiteral("f-ghost");
        QVERIFY(m_ws->saveAssistant(triage));
        const WorkspaceData before = m_ws->exportData();
        const ReleaseOutcome o = release(QStringLiteral("e-bot"), false);
        QVERIFY(!o.ok);
        QCOMPARE(o.error, QStringLiteral("Release failed: File “ghost.pdf” has no local copy and was never uploaded. "
                                         "Add it again. Nothing was released."));
        QCOMPARE(m_server->requests().size(), 0);
        compareRecords(before, m_ws->exportData());

        // A released version is not released again; an unknown id is refused.
        const ReleaseOutcome plain = release(QStringLiteral("e-plain"), false);
        QVERIFY(plain.ok);
        const ReleaseOutcome again = release(plain.records->experimentVersion.id, false);
        QVERIFY(!again.ok);
        QCOMPARE(again.errorKind, ErrorKind::Refused);
        QCOMPARE(release(QStringLiteral("e-none"), false).errorKind, ErrorKind::NotFound);
    }

    void failureMidwayDeletesWhatTheReleaseCreated()
    {
        const WorkspaceData before = m_ws->exportData();
        failSecondAssistantCreate();
        const ReleaseOutcome o = release(QStringLiteral("e-bot"), true);
        QVERIFY(!o.ok);
        QVERIFY2(o.error.startsWith(QStringLiteral("Release failed: ")), qPrintable(o.error));
        QVERIFY2(o.error.contains(QStringLiteral("Injected error")), qPrintable(o.error));
        QVERIFY2(o.error.endsWith(QStringLiteral(". Nothing was released.")), qPrintable(o.error));
        QCOMPARE(o.undeleted, 0);

        // Helpdesk v1 and its store were created, then deleted: assistants first, then stores.
        QCOMPARE(count("POST", QStringLiteral("^/v1/assistants$")), 2);
        QCOMPARE(count("POST", QStringLiteral("^/v1/vector_stores$")), 1);
        QVERIFY(m_server->assistants().isEmpty());
        QVERIFY(m_server->vectorStores().isEmpty());
        int deleteAssistantAt = -1, deleteStoreAt = -1;
        for (int i = 0; i < m_server->requests().size(); ++i) {
            const auto &r = m_server->requests().at(i);
            if (r.method == "DELETE" && r.path.startsWith(QLatin1String("/v1/assistants/")))
                deleteAssistantAt = i;
            if (r.method == "DELETE" && r.path.startsWith(QLatin1String("/v1/vector_stores/")))
                deleteStoreAt = i;
        }
        QVERIFY(deleteAssistantAt >= 0);
        QVERIFY(deleteStoreAt > deleteAssistantAt);

        // Nothing committed, no counter moved; uploaded files are kept; no job, no intent left.
        compareRecords(before, m_ws->exportData());
        QVERIFY(m_ws->file(QStringLiteral("f-faq"))->remoteFileId);
        QCOMPARE(m_server->files().size(), 2);
        QVERIFY(DeletionJobs::list(*m_ws).isEmpty());
        QVERIFY(CreateIntents::list(*m_ws).isEmpty());

        // A retry releases v1 and uploads nothing again.
        m_server->clearRequests();
        const ReleaseOutcome retry = release(QStringLiteral("e-bot"), false);
        QVERIFY2(retry.ok, qPrintable(retry.error));
        QCOMPARE(retry.records->assistantVersions.at(0).name, QStringLiteral("Helpdesk v1"));
        QCOMPARE(count("POST", QStringLiteral("^/v1/files$")), 0);
    }

    void deletionFailureBecomesAFailedJob()
    {
        const WorkspaceData before = m_ws->exportData();
        failSecondAssistantCreate();
        m_server->failNext("DELETE", QStringLiteral("^/assistants/"), 1, 403);
        const ReleaseOutcome o = release(QStringLiteral("e-bot"), false);
        QVERIFY(!o.ok);
        QVERIFY2(o.error.endsWith(QStringLiteral(". Nothing was released. 1 objects created in OpenAI could not be deleted; "
                                                 "see Remote cleanup.")),
                 qPrintable(o.error));
        QCOMPARE(o.undeleted, 1);

        // The assistant stays on the server as a failed job of the Helpdesk family; the store was deleted.
        QCOMPARE(m_server->assistants().size(), 1);
        QVERIFY(m_server->vectorStores().isEmpty());
        const QList<DeletionJob> jobs = DeletionJobs::list(*m_ws);
        QCOMPARE(jobs.size(), 1);
        const DeletionJob job = jobs.first();
        QCOMPARE(o.deletionJobIds, QStringList{job.id});
        QCOMPARE(job.state, QStringLiteral("failed"));
        QCOMPARE(job.kind, QStringLiteral("assistant"));
        QCOMPARE(job.owner, QStringLiteral("a-help"));
        QCOMPARE(job.label, QStringLiteral("Helpdesk v1"));
        QCOMPARE(job.remoteId, idOf(m_server->assistants().first()));
        QVERIFY2(job.lastError.startsWith(QStringLiteral("assistant %1: ").arg(job.remoteId)), qPrintable(job.lastError));
        compareRecords(before, m_ws->exportData());
    }

    void cancelDeletesWhatWasCreatedEvenMidRequest()
    {
        // Cancelled while the first assistant create is on the wire: the server made it, the client never heard;
        // the release finds it through its intent and deletes it with the store.
        const WorkspaceData before = m_ws->exportData();
        OpenAi::CancelToken cancel;
        FakeOpenAiServer::Fault stall;
        stall.method = "POST";
        stall.path = QRegularExpression(QStringLiteral("^/assistants$"));
        stall.action = FakeOpenAiServer::Fault::Action::PerformThenStall;
        stall.delayMs = 2000;
        m_server->addFault(stall);
        connect(m_server.get(), &FakeOpenAiServer::requestLogged, &cancel, [this, &cancel](int index) {
            const auto &r = m_server->requests().at(index);
            if (r.method == "POST" && r.path == QLatin1String("/v1/assistants"))
                QTimer::singleShot(50, &cancel, &OpenAi::CancelToken::cancel);
        });
        const ReleaseOutcome o = release(QStringLiteral("e-bot"), false, &cancel);
        QVERIFY(!o.ok);
        QCOMPARE(o.errorKind, ErrorKind::Cancelled);
        QCOMPARE(o.error, QStringLiteral("Release failed: Cancelled. Nothing was released."));
        QCOMPARE(count("POST", QStringLiteral("^/v1/assistants$")), 1);
        QVERIFY(m_server->assistants().isEmpty());
        QVERIFY(m_server->vectorStores().isEmpty());
        QVERIFY(CreateIntents::list(*m_ws).isEmpty());
        compareRecords(before, m_ws->exportData());
    }

    void leftoverIntentOfAKilledReleaseIsCleanedUp()
    {
        // A release killed mid-request: its intent stayed, the server made the assistant. The next release looks for
        // it and deletes it (it belongs to no version), then releases normally.
        CreateIntent intent;
        intent.kind = QStringLiteral("assistant");
        intent.recordId = QStringLiteral("a-ghost");
        intent.marker = QStringLiteral("a-ghost");
        intent.purpose = QStringLiteral("release");
        QVERIFY(CreateIntents::begin(*m_ws, intent));
        const QString ghost = m_server->addAssistant(
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Helpdesk v1")},
                        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("assistant_desk_id"), QStringLiteral("a-ghost")}}}});
        const ReleaseOutcome o = release(QStringLiteral("e-bot"), false);
        QVERIFY2(o.ok, qPrintable(o.error));
        QCOMPARE(count("DELETE", QStringLiteral("^/v1/assistants/") + ghost + QLatin1Char('$')), 1);
        for (const auto &a : m_server->assistants())
            QVERIFY(idOf(a) != ghost);
        QCOMPARE(m_server->assistants().size(), 2);
        QVERIFY(CreateIntents::list(*m_ws).isEmpty());
    }

    void cliReleaseJson()
    {
        const QString path = m_dir->filePath(QStringLiteral("cli.adesk"));
        bool withKey = true;
        const auto cli = [&](const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr) {
            CliOptions options;
            options.unsetEnv << QStringLiteral("OPENAI_API_KEY");
            options.env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
            if (withKey)
                options.env.insert(QStringLiteral("OPENAI_API_KEY"), m_server->apiKey());
            const CliRun r = runCli(QStringList{QStringLiteral("--workspace"), path} + args, options);
            if (out)
                *out = r.out;
            if (err)
                *err = r.err;
            return r.code;
        };
        writeAll(m_dir->filePath(QStringLiteral("cli.json")), QByteArray(WorkspaceJson));
        QCOMPARE(cli({QStringLiteral("import-workspace"), m_dir->filePath(QStringLiteral("cli.json"))}), 0);
        QCOMPARE(cli({QStringLiteral("connect"), QStringLiteral("--base-url"), m_server->baseUrl(), QStringLiteral("--no-key")}), 0);

        QByteArray out, err;
        QCOMPARE(cli({QStringLiteral("release"), QStringLiteral("e-bot"), QStringLiteral("--json")}, &out, &err), 0);
        QJsonObject o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o.value(QStringLiteral("experiment")).toString(), QStringLiteral("e-bot"));
        QCOMPARE(o.value(QStringLiteral("version")).toString(), QStringLiteral("v1"));
        QVERIFY(!o.value(QStringLiteral("experiment_version_id")).toString().isEmpty());
        QCOMPARE(o.value(QStringLiteral("published")).toBool(), true);
        QVERIFY(!o.value(QStringLiteral("pipeline_version_id")).toString().isEmpty());
        const QJsonArray versions = o.value(QStringLiteral("assistant_versions")).toArray();
        QCOMPARE(versions.size(), 2);
        const QJsonObject help = versions.at(0).toObject();
        QCOMPARE(help.value(QStringLiteral("name")).toString(), QStringLiteral("Helpdesk v1"));
        QCOMPARE(help.value(QStringLiteral("working_id")).toString(), QStringLiteral("a-help"));
        QVERIFY(help.value(QStringLiteral("remote_id")).toString().startsWith(QStringLiteral("asst_")));
        QVERIFY(help.value(QStringLiteral("vector_store_id")).toString().startsWith(QStringLiteral("vs_")));
        QVERIFY(versions.at(1).toObject().value(QStringLiteral("vector_store_id")).isNull());
        QCOMPARE(m_server->assistants().size(), 2);

        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("release"), QStringLiteral("e-bot"), QStringLiteral("--publish")}, &out), 0);
        o = QJsonDocument::fromJson(out).object();
        QCOMPARE(o.value(QStringLiteral("version")).toString(), QStringLiteral("v2"));
        QCOMPARE(o.value(QStringLiteral("published")).toBool(), true);

        // Without --publish a later release is not published; no assistants: no key needed, JSON null pipeline.
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("release"), QStringLiteral("e-bot")}, &out), 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("published")).toBool(), false);
        withKey = false;
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("release"), QStringLiteral("e-plain")}, &out, &err), 0);
        QVERIFY2(QJsonDocument::fromJson(out).object().value(QStringLiteral("pipeline_version_id")).isNull(), err.constData());
        QVERIFY(QJsonDocument::fromJson(out).object().value(QStringLiteral("assistant_versions")).toArray().isEmpty());
        withKey = true;

        // Refused: 1. Server error: 4, with the §6 message and nothing on stdout.
        QCOMPARE(cli({QStringLiteral("release"), QStringLiteral("e-missing")}, &out, &err), 1);
        m_server->failNext("POST", QStringLiteral("^/assistants$"), 1, 400);
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("release"), QStringLiteral("e-bot")}, &out, &err), 4);
        QVERIFY(out.isEmpty());
        QVERIFY2(err.contains("Release failed: ") && err.contains("Nothing was released."), err.constData());
        QCOMPARE(cli({QStringLiteral("release")}, &out, &err), 2);
    }
};

QTEST_GUILESS_MAIN(tst_Release)
#include "tst_release.moc"
