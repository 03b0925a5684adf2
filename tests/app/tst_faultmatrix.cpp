// The fault matrix: every server fault × every operation that talks to the server, table-driven.
// Faults (rows): HTTP 429, 500, 503, timeout and connection reset, each persistent (more failures than the client's
// retries, so the operation fails) and transient (one failure, then success); a malformed JSON reply; an HTML error
// page (502); and a 404 on a linked vector store or file, made by deleting it on the server behind the app's back.
// Operations (test functions): check, push, import by id, import all, release, archive (+ the deletion queue).
// Each cell asserts the final state of domain.md (§4, §5.2, §5.5, §5.6, §6, §7, §8) and that the message the user
// sees is clear (§10): the exact sentence where the spec fixes it, never HTML, never the key, never a bare Qt error.
#include "archive/deletionqueue.h"
#include "fakeserverfixture.h"
#include "interchange/interchange.h"
#include "openai/openaiclient.h"
#include "storage/createintents.h"
#include "storage/deletionjobs.h"
#include "storage/workspace.h"
#include "storage/workspacearchive.h"
#include "sync/syncengine.h"
#include "testsupport.h"
#include "testwait.h"
#include "versions/releaser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <type_traits>
#include <utility>

using namespace TestSupport;
using TestWait::run;

namespace {

enum Fault { Http429, Http500, Http503, Timeout, Reset, Malformed, Html, NotFound };

// A short client timeout keeps the timeout rows fast: 4 attempts × 600 ms. A "timeout" that must not have any
// effect on the server is an error answer sent long after the client gave up.
constexpr int ClientTimeoutMs = 600;
constexpr int LateAnswerMs = 2500;

// Release fixture (as tst_release): Helpdesk (both tools, two files with contents) used directly and through node
// n1, Triage through n2. Releasing e-bot creates: 2 uploads, 1 store, 2 assistants (Helpdesk first, by name).
const char ReleaseJson[] = R"({"format": "assistant-desk-workspace", "format_version": 1,
  "files": [{"id": "f-prices", "name": "prices.csv", "size": 10, "content_base64": "c2t1LHByaWNlCg=="},
            {"id": "f-faq", "name": "faq.txt", "size": 5, "content_base64": "UTogPwo="}],
  "assistants": [
    {"id": "a-help", "name": "Helpdesk", "model": "gpt-4o", "instructions": "Answer order questions.",
     "temperature": 0.7, "builtin_tools": ["code_interpreter", "file_search"],
     "files": {"code_interpreter": ["f-prices"], "file_search": ["f-faq"]}},
    {"id": "a-triage", "name": "Triage", "model": "gpt-4o-mini"}],
  "experiments": [{"id": "e-bot", "name": "Clinic bot", "assistant": "a-help", "pipeline": "p-flow"}],
  "pipelines": [{"id": "p-flow", "name": "Flow", "nodes": [
     {"id": "n1", "type": "assistant", "label": "Answer", "assistant": "a-help"},
     {"id": "n2", "type": "assistant", "assistant": "a-triage"}]}]})";

QString idOf(const QJsonObject &o)
{
    return o.value(QStringLiteral("id")).toString();
}

QString deskId(const QJsonObject &o)
{
    return o.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("assistant_desk_id")).toString();
}

bool has(const QList<QJsonObject> &objects, const QString &id)
{
    for (const auto &o : objects)
        if (idOf(o) == id)
            return true;
    return false;
}

int withDeskId(const QList<QJsonObject> &objects, const QString &marker)
{
    int n = 0;
    for (const auto &o : objects)
        n += deskId(o) == marker ? 1 : 0;
    return n;
}

} // namespace

class tst_FaultMatrix : public QObject, protected FakeServerFixture
{
    Q_OBJECT

private:
    int m_cellsRun = 0;
    int m_cellsCompleted = 0;
    bool m_inCell = false;
    QStringList m_operations;

    // --- the table ---------------------------------------------------------------------------------------------

    static void faultRows()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<bool>("persistent");
        // HTTP errors, timeouts and resets come persistent and transient; the other faults only persistent.
        const struct {
            Fault fault;
            const char *name;
            bool transientToo;
        } faults[] = {{Http429, "429", true},
                      {Http500, "500", true},
                      {Http503, "503", true},
                      {Timeout, "timeout", true},
                      {Reset, "connection reset", true},
                      {Malformed, "malformed JSON", false},
                      {Html, "HTML error page 502", false},
                      {NotFound, "404 linked store or file", false}};
        for (const auto &f : faults) {
            if (!f.transientToo) {
                QTest::newRow(f.name) << int(f.fault) << true;
                continue;
            }
            QTest::addRow("%s persistent", f.name) << int(f.fault) << true;
            QTest::addRow("%s transient", f.name) << int(f.fault) << false;
        }
    }

    /// The operation must fail: a persistent fault, a malformed reply, an HTML page.
    static bool fails(int fault, bool persistent) { return fault != NotFound && persistent; }

    /// Arms `fault` on requests matching method + path. Persistent faults outlast the client's 4 attempts (and any
    /// request Qt repeats on its own after a dropped connection); transient ones hit once. A transient timeout or
    /// reset happens after the server performed the request (the "unknown outcome" of §5.6), so a create must be
    /// adopted, not repeated; persistent ones have no effect on the server.
    void inject(int fault, bool persistent, const QByteArray &method, const QString &path)
    {
        FakeOpenAiServer::Fault f;
        f.method = method;
        f.path = QRegularExpression(path);
        f.count = persistent ? 16 : 1;
        using A = FakeOpenAiServer::Fault::Action;
        switch (Fault(fault)) {
        case Http429:
        case Http500:
        case Http503:
            f.action = A::Status;
            f.status = fault == Http429 ? 429 : fault == Http500 ? 500 : 503;
            break;
        case Timeout:
            if (persistent) {
                f.action = A::Status;   // answered long after the client gave up: no effect
                f.status = 500;
                f.delayMs = LateAnswerMs;
            } else {
                f.action = A::PerformThenStall;
            }
            break;
        case Reset:
            f.action = persistent ? A::Drop : A::PerformThenDrop;
            break;
        case Malformed:
            f.action = A::Malformed;
            break;
        case Html:
            f.action = A::Html;
            f.status = 502;
            break;
        case NotFound:
            return;
        }
        m_server->addFault(f);
    }

    /// The message a user sees for a failed operation (domain.md §10).
    void verifyMessage(const QString &message, int fault)
    {
        qInfo().noquote() << "user sees:" << message;
        QVERIFY2(!message.trimmed().isEmpty(), "empty message");
        for (const char *raw : {"<html", "<body", "<head", "</", "<!DOCTYPE"})
            QVERIFY2(!message.contains(QLatin1String(raw), Qt::CaseInsensitive), qPrintable(message));
        QVERIFY2(!message.contains(m_server->apiKey()), qPrintable(message));
        QVERIFY2(message.trimmed() != QLatin1String("Unknown error"), qPrintable(message));
        QVERIFY2(!message.startsWith(QLatin1String("Error ")), qPrintable(message));   // Qt's "Error transferring…"
        // The sentence for each fault, in the order of the Fault enum (up to the request id, or the transport's or
        // parser's reason).
        const QString serverError = QStringLiteral("Server error %1 after 4 attempts: ");
        const QString serverFailed =
            serverError + QStringLiteral("The server had an error while processing your request. Sorry about that! (request req_");
        const QString expectedByFault[] = {
            QStringLiteral("The server is rate-limiting requests. Tried 4 times; try again later."),
            serverFailed.arg(500),
            serverFailed.arg(503),
            QStringLiteral("The server did not answer in time (4 attempts)."),
            QStringLiteral("Cannot reach 127.0.0.1 (4 attempts): "),
            QStringLiteral("The server sent a reply that is not valid JSON (HTTP 200): "),
            serverError.arg(502) + QStringLiteral("Bad Gateway (request req_"),
            QStringLiteral("(404)"),
        };
        static_assert(std::extent_v<decltype(expectedByFault)> == NotFound + 1);
        QString expected = expectedByFault[fault];
        // Wrapping sentences ("Release failed: <error>. Nothing was released.") drop the error's own final period.
        if (expected.endsWith(QLatin1Char('.')))
            expected.chop(1);
        QVERIFY2(message.contains(expected), qPrintable(QStringLiteral("“%1” lacks “%2”").arg(message, expected)));
        if (fault == Reset || fault == Malformed) {
            // The sentence is followed by the transport's or parser's reason, never by nothing.
            const QString reason = message.mid(message.indexOf(expected) + expected.size()).trimmed();
            QVERIFY2(!reason.isEmpty() && !reason.startsWith(QLatin1Char('.')), qPrintable(message));
            QVERIFY2(!reason.startsWith(QLatin1String("Unknown error")), qPrintable(message));
        }
    }

    int count(const QByteArray &method, const QString &pathPattern) const
    {
        const QRegularExpression re(pathPattern);
        return requestsWhere([&](const auto &r) {
            return r.method == method && re.match(r.path).hasMatch() && r.status >= 200 && r.status < 300;
        });
    }

    /// The current row of a cell of `operation`: its fault and whether it persists. The cell counts as completed
    /// when it ends without a failure (see cleanup()).
    struct Cell {
        int fault;
        bool persistent;
    };
    Cell beginCell(const char *operation)
    {
        QFETCH(int, fault);
        QFETCH(bool, persistent);
        ++m_cellsRun;
        m_inCell = true;
        if (!m_operations.contains(QLatin1String(operation)))
            m_operations << QLatin1String(operation);
        return {fault, persistent};
    }

    // --- fixtures ----------------------------------------------------------------------------------------------

    /// A remote assistant like "Helpdesk": both builtin tools, a code-interpreter file, a store with one file.
    RemoteHelpdesk makeRemoteHelpdesk(const QString &name = QStringLiteral("Helpdesk"))
    {
        Assistant a = helpdeskDraft();
        a.name = name;
        return createRemoteHelpdesk(a);
    }

    /// A never-pushed local "Helpdesk" with a code-interpreter file and a file-search file, then edited.
    Assistant makeLocalHelpdesk()
    {
        Assistant edited = createLocalHelpdesk();
        if (edited.id.isEmpty())
            return {};
        edited.instructions = QStringLiteral("Edited locally.");
        if (!m_ws->saveAssistant(edited))
            return {};
        auto saved = m_ws->assistant(edited.id);
        return saved ? saved.value() : Assistant{};
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { startWithWorkspace(QStringLiteral("ws.adesk"), {.timeout = std::chrono::milliseconds(ClientTimeoutMs)}); }

    void cleanup()
    {
        if (std::exchange(m_inCell, false) && !QTest::currentTestFailed())
            ++m_cellsCompleted;
        stop();
    }

    void cleanupTestCase()
    {
        qInfo("fault matrix: %d cells (%d faults × %d operations: %s), %d completed", m_cellsRun, 13,
              int(m_operations.size()), qPrintable(m_operations.join(QStringLiteral(", "))), m_cellsCompleted);
    }

    // --- check (§4): check_failed keeps the last known status, never in_sync ------------------------------------

    void check_data() { faultRows(); }
    void check()
    {
        const auto [fault, persistent] = beginCell("check");
        const RemoteHelpdesk remote = makeRemoteHelpdesk();
        QVERIFY(!remote.assistantId.isEmpty());
        const ImportOutcome imported = run(m_engine->importRemote(remote.assistantId));
        QVERIFY2(imported.ok, qPrintable(imported.message));
        const SyncState before = m_ws->syncState(imported.localId);
        QCOMPARE(before.current.status, SyncStatus::InSync);
        // A real change in OpenAI, so a check that does reach the server cannot answer "In sync".
        QVERIFY(run(m_client->modifyAssistant(remote.assistantId, QJsonObject{{QStringLiteral("instructions"), QStringLiteral("Be brief.")}})));
        if (fault == NotFound)
            QVERIFY(run(m_client->deleteVectorStore(remote.storeId)));
        inject(fault, persistent, "GET", QStringLiteral("^/assistants/asst_[^/]+$"));
        const qsizetype waitsBefore = m_sleeper.waits.size();

        auto state = run(m_engine->check(imported.localId));
        const qsizetype retries = m_sleeper.waits.size() - waitsBefore;
        QVERIFY2(state, qPrintable(state ? QString() : state.error().message));   // a failure is a stored state
        QVERIFY(state->current.status != SyncStatus::InSync);
        if (fails(fault, persistent)) {
            QCOMPARE(state->current.status, SyncStatus::CheckFailed);
            QCOMPARE(retries, fault == Malformed ? 0 : 3);   // §5.6: a malformed 200 is not retried; the rest 3 times
            QCOMPARE(state->badgeText(), QStringLiteral("Check failed"));
            verifyMessage(state->error, fault);
            if (QTest::currentTestFailed())
                return;
            QVERIFY(state->stale());
            QCOMPARE(state->lastKnown->status, SyncStatus::InSync);
            QCOMPARE(state->lastKnown->checkedAt, before.current.checkedAt);
            QCOMPARE(syncStatusWireName(m_ws->assistantSummary(imported.localId)->syncStatus), QStringLiteral("check_failed"));
            QCOMPARE(m_ws->syncState(imported.localId).error, state->error);
            // Faults gone: the next check finds the real difference.
            m_server->clearFaults();
            state = run(m_engine->check(imported.localId));
            QVERIFY(state);
        } else if (fault != NotFound) {
            QCOMPARE(retries, 1);   // one failure, then the retry that succeeded
        }
        QCOMPARE(state->current.status, SyncStatus::OutOfSync);
        QVERIFY(state->error.isEmpty());
        QStringList fields;
        QString storeNote;
        for (const auto &d : state->current.differences) {
            fields << d.field;
            if (d.field == QLatin1String("file_search.vector_store"))
                storeNote = d.note;
        }
        QVERIFY2(fields.contains(QStringLiteral("instructions")), qPrintable(fields.join(QLatin1Char(','))));
        if (fault == NotFound) {
            // §4: a store id answering 404 gives "Vector store <id> not found in OpenAI".
            QCOMPARE(storeNote, QStringLiteral("Vector store %1 not found in OpenAI").arg(remote.storeId));
            QCOMPARE(syncStatusWireName(m_ws->assistantSummary(imported.localId)->syncStatus), QStringLiteral("out_of_sync"));
        }
    }

    // --- push (§5.2, §5.6): the edit stays saved and "Not pushed"; no duplicates; a retry completes -------------

    void push_data() { faultRows(); }
    void push()
    {
        const auto [fault, persistent] = beginCell("push");
        const Assistant local = makeLocalHelpdesk();
        QVERIFY(!local.id.isEmpty());

        QString oldStore;
        if (fault == NotFound) {
            // Pushed once; then the store is deleted in OpenAI and the record edited again.
            const PushOutcome first = run(m_engine->push(local.id));
            QVERIFY2(first.ok, qPrintable(first.error));
            oldStore = m_ws->assistant(local.id)->vectorStoreId.value_or(QString());
            QVERIFY(!oldStore.isEmpty());
            QVERIFY(run(m_client->deleteVectorStore(oldStore)));
            Assistant edited = m_ws->assistant(local.id).value();
            edited.instructions = QStringLiteral("Edited again.");
            QVERIFY(m_ws->saveAssistant(edited));
            QVERIFY(m_ws->assistant(local.id)->notPushed);
        }
        inject(fault, persistent, "POST", QStringLiteral("^/assistants$"));

        PushOutcome out = run(m_engine->push(local.id));
        if (fails(fault, persistent)) {
            QVERIFY(!out.ok);
            const QString prefix = QStringLiteral("Push failed at “Create assistant in OpenAI”: ");
            const QString suffix = QStringLiteral(". Your changes are saved and marked Not pushed.");
            QVERIFY2(out.error.startsWith(prefix) && out.error.endsWith(suffix), qPrintable(out.error));
            QVERIFY2(!out.error.contains(QLatin1String("..")), qPrintable(out.error));
            verifyMessage(out.error.mid(prefix.size(), out.error.size() - prefix.size() - suffix.size()), fault);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(out.failedStep, int(out.plan.steps.size()) - 1);
            QCOMPARE(out.stepsDone, int(out.plan.steps.size()) - 1);
            // The edit is saved and still "Not pushed"; nothing was linked to an assistant.
            const Assistant after = m_ws->assistant(local.id).value();
            QCOMPARE(after.instructions, QStringLiteral("Edited locally."));
            QVERIFY(after.notPushed);
            QVERIFY(!after.remoteId);
            QCOMPARE(syncStatusWireName(m_ws->assistantSummary(local.id)->syncStatus), QStringLiteral("never_pushed"));
            // Uploaded files and the created store are kept and referenced; no assistant exists remotely.
            QVERIFY(after.vectorStoreId);
            for (const auto &f : m_ws->files())
                QVERIFY(f.remoteFileId);
            QCOMPARE(m_server->assistants().size(), 0);
            QCOMPARE(m_server->vectorStores().size(), 1);
            QCOMPARE(m_server->files().size(), 2);

            // Faults gone: a retry continues without uploading or creating anything twice.
            m_server->clearFaults();
            out = run(m_engine->push(local.id));
        }
        QVERIFY2(out.ok, qPrintable(out.error));
        const Assistant after = m_ws->assistant(local.id).value();
        QVERIFY(!after.notPushed);
        QVERIFY(after.remoteId);
        QCOMPARE(m_server->assistants().size(), 1);
        QCOMPARE(withDeskId(m_server->assistants(), local.id), 1);
        QCOMPARE(idOf(m_server->assistants().first()), *after.remoteId);
        QCOMPARE(m_server->vectorStores().size(), 1);
        QCOMPARE(idOf(m_server->vectorStores().first()), after.vectorStoreId.value_or(QString()));
        QCOMPARE(m_server->files().size(), 2);
        QCOMPARE(count("POST", QStringLiteral("^/v1/files$")), 2);
        QCOMPARE(m_server->assistants().first().value(QStringLiteral("instructions")).toString(), after.instructions);
        QVERIFY(out.state);
        QCOMPARE(out.state->current.status, SyncStatus::InSync);
        if (fault == NotFound) {
            // §5.2: the stored store answered 404, so a new one was created and linked.
            QVERIFY(*after.vectorStoreId != oldStore);
            bool planned = false;
            for (const auto &s : out.plan.steps)
                planned = planned || s.kind == PushStep::Kind::CreateStore;
            QVERIFY(planned);
            QCOMPARE(after.instructions, QStringLiteral("Edited again."));
        }
        QVERIFY(CreateIntents::list(*m_ws).isEmpty());
    }

    // --- import by id (§5.5): nothing half-imported; a re-run imports exactly once ------------------------------

    void importById_data() { faultRows(); }
    void importById()
    {
        const auto [fault, persistent] = beginCell("import by id");
        const RemoteHelpdesk remote = makeRemoteHelpdesk();
        QVERIFY(!remote.assistantId.isEmpty());
        if (fault == NotFound) {
            QVERIFY(run(m_client->deleteVectorStore(remote.storeId)));
            QVERIFY(run(m_client->deleteFile(remote.pricesId)));
        }
        // The second read of an import (the store's file list), after the assistant itself was read.
        inject(fault, persistent, "GET", QStringLiteral("^/vector_stores/[^/]+/files$"));

        ImportOutcome out = run(m_engine->importRemote(remote.assistantId));
        if (fails(fault, persistent)) {
            QVERIFY(!out.ok);
            verifyMessage(out.message, fault);
            if (QTest::currentTestFailed())
                return;
            QVERIFY(m_ws->assistants().isEmpty());
            QVERIFY(m_ws->files().isEmpty());
            m_server->clearFaults();
            out = run(m_engine->importRemote(remote.assistantId));
        }
        QVERIFY2(out.ok, qPrintable(out.message));
        QVERIFY(!out.alreadyLinked);
        QCOMPARE(m_ws->assistants().size(), 1);
        const Assistant a = m_ws->assistant(out.localId).value();
        QCOMPARE(a.remoteId.value_or(QString()), remote.assistantId);
        QCOMPARE(a.codeInterpreterFiles.size(), 1);
        const SyncState state = m_ws->syncState(out.localId);
        if (fault == NotFound) {
            QCOMPARE(state.current.status, SyncStatus::OutOfSync);
            QStringList notes;
            for (const auto &d : state.current.differences)
                notes << d.note;
            QVERIFY2(notes.contains(QStringLiteral("Vector store %1 not found in OpenAI").arg(remote.storeId)),
                     qPrintable(notes.join(QLatin1Char('|'))));
            QVERIFY(a.fileSearchFiles.isEmpty());
        } else {
            QCOMPARE(state.current.status, SyncStatus::InSync);
            QCOMPARE(a.fileSearchFiles.size(), 1);
            QCOMPARE(m_ws->files().size(), 2);
        }
        const int files = int(m_ws->files().size());

        const ImportOutcome again = run(m_engine->importRemote(remote.assistantId));
        QVERIFY(again.alreadyLinked);
        QCOMPARE(again.localId, out.localId);
        QCOMPARE(again.message, QStringLiteral("Already in the workspace as “Helpdesk”."));
        QCOMPARE(m_ws->assistants().size(), 1);
        QCOMPARE(m_ws->files().size(), files);
    }

    // --- import all (§5.5): one failure does not stop the others; a re-run imports the rest exactly once -------

    void importAll_data() { faultRows(); }
    void importAll()
    {
        const auto [fault, persistent] = beginCell("import all");
        const RemoteHelpdesk help = makeRemoteHelpdesk();
        QVERIFY(!help.assistantId.isEmpty());
        auto triage = run(m_client->createAssistant(QJsonObject{{QStringLiteral("model"), QStringLiteral("gpt-4o-mini")},
                                                                {QStringLiteral("name"), QStringLiteral("Triage")}}));
        QVERIFY(triage);
        if (fault == NotFound)
            QVERIFY(run(m_client->deleteVectorStore(help.storeId)));
        // Only Helpdesk's own read fails.
        inject(fault, persistent, "GET", QStringLiteral("^/assistants/%1$").arg(help.assistantId));

        auto first = run(m_engine->importAll());
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        QCOMPARE(first->size(), 2);
        QHash<QString, ImportOutcome> byRemote;
        for (const auto &o : first.value())
            byRemote.insert(o.remoteId, o);
        const ImportOutcome t = byRemote.value(idOf(*triage));
        QVERIFY2(t.ok && !t.alreadyLinked, qPrintable(t.message));
        const ImportOutcome h = byRemote.value(help.assistantId);
        if (fails(fault, persistent)) {
            QVERIFY(!h.ok);
            verifyMessage(h.message, fault);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(m_ws->assistants().size(), 1);   // Triage only; nothing of Helpdesk
            QVERIFY(m_ws->files().isEmpty());
            m_server->clearFaults();
            auto second = run(m_engine->importAll());
            QVERIFY(second);
            int imported = 0, linked = 0;
            for (const auto &o : second.value()) {
                QVERIFY2(o.ok, qPrintable(o.message));
                imported += o.alreadyLinked ? 0 : 1;
                linked += o.alreadyLinked ? 1 : 0;
            }
            QCOMPARE(imported, 1);
            QCOMPARE(linked, 1);
        } else {
            QVERIFY2(h.ok && !h.alreadyLinked, qPrintable(h.message));
        }
        QCOMPARE(m_ws->assistants().size(), 2);
        QString helpLocal;
        for (const auto &a : m_ws->assistants())
            if (a.remoteId == help.assistantId)
                helpLocal = a.id;
        QVERIFY(!helpLocal.isEmpty());
        const SyncState state = m_ws->syncState(helpLocal);
        QCOMPARE(state.current.status, fault == NotFound ? SyncStatus::OutOfSync : SyncStatus::InSync);

        // A further run imports nothing.
        auto last = run(m_engine->importAll());
        QVERIFY(last);
        for (const auto &o : last.value())
            QVERIFY(o.alreadyLinked);
        QCOMPARE(m_ws->assistants().size(), 2);
    }

    // --- release (§6): on failure no local version and nothing created left in OpenAI ---------------------------

    void release_data() { faultRows(); }
    void release()
    {
        const auto [fault, persistent] = beginCell("release");
        const Status imported = Interchange::importInto(*m_ws, QByteArray(ReleaseJson));
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().details.join(QLatin1Char('\n'))));
        QString deadFile;
        if (fault == NotFound) {
            // f-faq was uploaded once, then deleted in OpenAI behind the app's back.
            const WorkspaceFile faq = m_ws->file(QStringLiteral("f-faq")).value();
            auto up = run(m_client->uploadFile(faq.localPath, faq.name));
            QVERIFY(up);
            deadFile = idOf(*up);
            QVERIFY(run(m_client->deleteFile(deadFile)));
            QVERIFY(m_ws->linkFile(faq.id, deadFile, faq.sha256));
            m_server->clearRequests();
        }
        const WorkspaceData before = m_ws->exportData();
        // Helpdesk's assistant create fails after its files were uploaded and its store created.
        inject(fault, persistent, "POST", QStringLiteral("^/assistants$"));

        Releaser releaser(*m_ws, m_client.get());
        ReleaseOutcome out = run(releaser.release(QStringLiteral("e-bot"), false));
        if (fails(fault, persistent) || fault == NotFound) {
            QVERIFY(!out.ok);
            const QString prefix = QStringLiteral("Release failed: ");
            const QString suffix = QStringLiteral(". Nothing was released.");
            QVERIFY2(out.error.startsWith(prefix) && out.error.endsWith(suffix), qPrintable(out.error));
            QVERIFY2(!out.error.contains(QLatin1String("..")), qPrintable(out.error));
            const QString inner = out.error.mid(prefix.size(), out.error.size() - prefix.size() - suffix.size());
            verifyMessage(inner, fault);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(out.undeleted, 0);
            QVERIFY(DeletionJobs::list(*m_ws).isEmpty());
            // Nothing released: no version, no counter moved, no experiment or pipeline version.
            QVERIFY(m_ws->versions(QStringLiteral("a-help")).isEmpty());
            QVERIFY(m_ws->versions(QStringLiteral("a-triage")).isEmpty());
            QCOMPARE(m_ws->assistant(QStringLiteral("a-help"))->versionNumber, 1);
            const WorkspaceData after = m_ws->exportData();
            QCOMPARE(after.assistants.size(), before.assistants.size());
            QCOMPARE(after.experiments, before.experiments);
            QCOMPARE(after.pipelines, before.pipelines);
            // Nothing the release created is left in OpenAI (uploaded files are kept: the working record uses them).
            QCOMPARE(m_server->assistants().size(), 0);
            QCOMPARE(m_server->vectorStores().size(), 0);
            if (fault == NotFound) {
                QVERIFY2(inner.contains(deadFile), qPrintable(inner));
                return;   // the file stays gone: a retry would fail the same way
            }
            QCOMPARE(m_server->files().size(), 2);
            m_server->clearFaults();
            out = run(releaser.release(QStringLiteral("e-bot"), false));
        }
        QVERIFY2(out.ok, qPrintable(out.error));
        QVERIFY(out.records);
        QCOMPARE(out.records->assistantVersions.size(), 2);
        QCOMPARE(m_server->assistants().size(), 2);
        for (const auto &v : out.records->assistantVersions) {
            QCOMPARE(withDeskId(m_server->assistants(), v.id), 1);
            QVERIFY(has(m_server->assistants(), v.remoteId.value_or(QString())));
        }
        QCOMPARE(m_server->vectorStores().size(), 1);
        QCOMPARE(m_server->files().size(), 2);
        QCOMPARE(count("POST", QStringLiteral("^/v1/files$")), 2);
        QCOMPARE(m_ws->versions(QStringLiteral("a-help")).size(), 1);
        QCOMPARE(m_ws->assistant(QStringLiteral("a-help"))->versionNumber, 2);
        QVERIFY(CreateIntents::list(*m_ws).isEmpty());
    }

    // --- archive (§7): local archive done; jobs fail with the error, Retry finishes; 404 counts as done ---------

    void archive_data() { faultRows(); }
    void archive()
    {
        const auto [fault, persistent] = beginCell("archive");
        // Helpdesk (working + v1) with its own stores and files (as tst_deletionqueue, without the shared file).
        auto upload = [&](const QString &name, const QByteArray &content) {
            const QString path = m_dir->filePath(name);
            writeAll(path, content);
            auto f = run(m_client->uploadFile(path, name));
            return f ? idOf(*f) : QString();
        };
        auto store = [&](const QStringList &fileIds) {
            auto s = run(m_client->createVectorStore(QJsonObject{{QStringLiteral("name"), QStringLiteral("store")},
                                                                 {QStringLiteral("file_ids"), QJsonArray::fromStringList(fileIds)}}));
            return s ? idOf(*s) : QString();
        };
        auto assistant = [&](const QString &name) {
            auto a = run(m_client->createAssistant(QJsonObject{{QStringLiteral("model"), QStringLiteral("gpt-4o")},
                                                               {QStringLiteral("name"), name}}));
            return a ? idOf(*a) : QString();
        };
        const QString fOwn = upload(QStringLiteral("own.txt"), "own");
        const QString fV1 = upload(QStringLiteral("v1.txt"), "v1");
        const QString vsW = store({fOwn});
        const QString vsV1 = store({fV1});
        const QString aW = assistant(QStringLiteral("Helpdesk"));
        const QString aV1 = assistant(QStringLiteral("Helpdesk v1"));
        const QString json = QStringLiteral(R"({"format": "assistant-desk-workspace", "format_version": 1,
          "files": [{"id": "f-own", "name": "own.txt", "size": 3, "remote_file_id": "%1"},
                    {"id": "f-v1", "name": "v1.txt", "size": 2, "remote_file_id": "%2"}],
          "assistants": [
            {"id": "a", "name": "Helpdesk", "model": "gpt-4o", "builtin_tools": ["file_search"],
             "files": {"file_search": ["f-own"]}, "vector_store_id": "%3", "remote_id": "%5",
             "versions": [{"id": "a-v1", "version_number": 1, "name": "Helpdesk v1", "model": "gpt-4o",
                           "builtin_tools": ["file_search"], "files": {"file_search": ["f-v1"]}, "vector_store_id": "%4",
                           "remote_id": "%6"}]}]})")
                                 .arg(fOwn, fV1, vsW, vsV1, aW, aV1);
        const Status imported = Interchange::importInto(*m_ws, json.toUtf8());
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().details.join(QLatin1Char('\n'))));

        auto outcome = archiveFamily(*m_ws, QStringLiteral("a"));
        QVERIFY(outcome && outcome->archived);
        QCOMPARE(DeletionJobs::list(*m_ws).size(), 6);   // 2 assistants, 2 stores, 2 files
        if (fault == NotFound) {
            // Deleted in OpenAI behind the app's back: a 404 counts as done.
            QVERIFY(run(m_client->deleteVectorStore(vsV1)));
            QVERIFY(run(m_client->deleteFile(fOwn)));
        }
        inject(fault, persistent, "DELETE", QStringLiteral("^/vector_stores/%1$").arg(vsW));

        DeletionQueue queue(*m_ws, *m_client);
        DeletionRunSummary summary = run(queue.runPending());
        // The local archive is done whatever happens remotely.
        QVERIFY(m_ws->assistant(QStringLiteral("a"))->archived);
        QVERIFY(m_ws->assistant(QStringLiteral("a-v1"))->archived);
        auto jobOf = [&](const QString &remoteId) {
            for (const auto &j : DeletionJobs::list(*m_ws))
                if (j.remoteId == remoteId)
                    return j;
            return DeletionJob{};
        };
        if (fails(fault, persistent)) {
            const DeletionJob job = jobOf(vsW);
            QCOMPARE(summary.done, 5);
            QVERIFY(has(m_server->vectorStores(), vsW));
            if (fault == Reset) {
                // §7/§8: a connection error that persists after the retries means the server is unreachable; the
                // job waits as "Queued" (pending) and runs when the server answers again.
                QCOMPARE(summary.pending, 1);
                QCOMPARE(summary.failed, 0);
                QCOMPARE(job.state, QStringLiteral("pending"));
                m_server->clearFaults();
            } else {
                QCOMPARE(summary.failed, 1);
                QCOMPARE(job.state, QStringLiteral("failed"));
                QCOMPARE(job.attempts, 1);
                // §10: "<kind> <remote id>: <message>".
                const QString prefix = QStringLiteral("vector_store %1: ").arg(vsW);
                QVERIFY2(job.lastError.startsWith(prefix), qPrintable(job.lastError));
                verifyMessage(job.lastError.mid(prefix.size()), fault);
                if (QTest::currentTestFailed())
                    return;
                m_server->clearFaults();
                QVERIFY(DeletionJobs::retryFailed(*m_ws));
            }
            summary = run(queue.runPending());
            QCOMPARE(summary.done, 1);
            QCOMPARE(summary.failed, 0);
        } else {
            QCOMPARE(summary.done, 6);
            QCOMPARE(summary.failed, 0);
            QCOMPARE(summary.pending, 0);
        }
        for (const auto &j : DeletionJobs::list(*m_ws)) {
            QCOMPARE(j.state, QStringLiteral("done"));
            QVERIFY2(j.lastError.isEmpty() || fault == NotFound, qPrintable(j.lastError));
        }
        for (const QString &id : {aW, aV1})
            QVERIFY(!has(m_server->assistants(), id));
        for (const QString &id : {vsW, vsV1})
            QVERIFY(!has(m_server->vectorStores(), id));
        for (const QString &id : {fOwn, fV1})
            QVERIFY(!has(m_server->files(), id));
        QVERIFY(!m_ws->file(QStringLiteral("f-own"))->remoteFileId);
        QVERIFY(!m_ws->file(QStringLiteral("f-v1"))->remoteFileId);
    }
};

QTEST_GUILESS_MAIN(tst_FaultMatrix)
#include "tst_faultmatrix.moc"
