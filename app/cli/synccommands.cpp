#include "cli/synccommands.h"

#include "domain/archiveplanner.h"
#include "archive/deletionqueue.h"
#include "cli/clisupport.h"
#include "storage/deletionjobs.h"
#include "storage/workspacearchive.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <unistd.h>

namespace Cli {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject resultJson(const SyncResult &r)
{
    return QJsonObject{{QStringLiteral("status"), syncStatusWireName(r.status)},
                       {QStringLiteral("checked_at"), orNull(r.checkedAt)},
                       {QStringLiteral("differences"), SyncDiff::toJson(r.differences)}};
}

/// The cli.md `check --json` object of one record.
QJsonObject checkJson(Workspace &ws, const QString &id)
{
    const Assistant a = ws.assistant(id).value();
    const SyncState s = ws.syncState(id);
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("name"), a.name},
                  {QStringLiteral("remote_id"), a.remoteId ? QJsonValue(*a.remoteId) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("status"), syncStatusWireName(s.current.status)},
                  {QStringLiteral("not_pushed"), a.notPushed},
                  {QStringLiteral("checked_at"), orNull(s.current.checkedAt)},
                  {QStringLiteral("stale"), s.stale()},
                  {QStringLiteral("error"), orNull(s.error)},
                  {QStringLiteral("differences"), SyncDiff::toJson(s.current.differences)}};
    if (s.current.status == SyncStatus::CheckFailed)
        o.insert(QStringLiteral("last_known"), s.lastKnown ? QJsonValue(resultJson(*s.lastKnown)) : QJsonValue(QJsonValue::Null));
    if (s.noAssistantsApi)
        o.insert(QStringLiteral("no_assistants_api"), true);
    return o;
}

void printCheckText(QTextStream &out, Workspace &ws, const QString &id)
{
    const Assistant a = ws.assistant(id).value();
    const SyncState s = ws.syncState(id);
    out << a.id << '\t' << a.name << '\t' << s.badgeText();
    if (a.notPushed && a.remoteId)
        out << tr(" · Not pushed");
    if (!s.current.checkedAt.isEmpty())
        out << tr(" · checked %1").arg(s.current.checkedAt);
    out << '\n';
    if (!s.error.isEmpty())
        out << "  " << s.error << '\n';
    if (s.stale())
        out << "  " << tr("Last known: %1, checked %2 (stale)").arg(syncStatusBadgeText(s.lastKnown->status, int(s.lastKnown->differences.size())), s.lastKnown->checkedAt) << '\n';
    for (const auto &d : s.current.differences) {
        out << "  " << d.summary() << '\n';
        for (const auto &f : d.onlyLocal)
            out << "    " << tr("in the workspace but not in OpenAI: %1 (%2)%3").arg(f.name, f.remoteId.isEmpty() ? f.localId : f.remoteId,
                                                                                    f.note.isEmpty() ? QString() : QStringLiteral(" — ") + f.note) << '\n';
        for (const auto &f : d.onlyRemote)
            out << "    " << tr("in OpenAI but not in the workspace: %1 (%2)%3").arg(f.name, f.remoteId,
                                                                                    f.note.isEmpty() ? QString() : QStringLiteral(" — ") + f.note) << '\n';
    }
}

/// Splits options of the form --name VALUE / --flag from positional arguments.
struct Args {
    QStringList positional;
    QStringList flags;
    QHash<QString, QString> values;
    QString unknown;
};

Args parseArgs(const QStringList &args, const QStringList &flags, const QStringList &valued)
{
    Args a;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &s = args.at(i);
        if (flags.contains(s))
            a.flags << s;
        else if (valued.contains(s) && i + 1 < args.size())
            a.values.insert(s, args.at(++i));
        else if (s.startsWith(QLatin1String("--")))
            a.unknown = s;
        else
            a.positional << s;
    }
    return a;
}
} // namespace

bool showProgress(const CommandContext &c)
{
    return !c.quiet && ::isatty(STDERR_FILENO);
}

int importRemoteCommand(const CommandContext &c, QTextStream &out, QTextStream &err)
{
    const Args args = parseArgs(c.args, {QStringLiteral("--all")}, {QStringLiteral("--concurrency")});
    if (!args.unknown.isEmpty())
        return printUsage(err, tr("Unknown option for import-remote: %1").arg(args.unknown));
    bool concurrencyOk = true;
    const int concurrency = args.values.value(QStringLiteral("--concurrency"), QStringLiteral("8")).toInt(&concurrencyOk);
    if (!concurrencyOk || concurrency < 1 || concurrency > 32)
        return printUsage(err, tr("--concurrency takes a number from 1 to 32."));
    const bool all = args.flags.contains(QStringLiteral("--all"));
    if (all == !args.positional.isEmpty())
        return printUsage(err, tr("import-remote takes REMOTE_ID… or --all."));
    // A remote id goes into the request path: refuse what cannot be one before anything is sent.
    for (const QString &id : args.positional)
        if (id.trimmed().isEmpty() || id.contains(QRegularExpression(QStringLiteral("[\\s/?#%]"))))
            return printUsage(err, tr("REMOTE_ID: “%1” is not an assistant id (e.g. asst_abc123).").arg(id));
    auto session = openSession(c.workspace, true);
    if (!session)
        return printError(err, session.error());
    session.value()->client()->setConcurrency(concurrency);
    SyncEngine &engine = *session.value()->engine();
    QList<ImportOutcome> outcomes;
    if (all) {
        auto listed = runSync(engine.importAll());
        if (!listed)
            return printError(err, listed.error());
        outcomes = listed.value();
    } else {   // the same pool as --all: one /files listing, at most --concurrency imports at a time
        outcomes = runSync(engine.importSelected(args.positional));
    }
    int imported = 0, linked = 0, failed = 0;
    bool networkFailed = false;
    QJsonArray array;
    for (const auto &o : outcomes) {
        const QString status = !o.ok ? QStringLiteral("failed") : o.alreadyLinked ? QStringLiteral("already_linked") : QStringLiteral("imported");
        (!o.ok ? failed : o.alreadyLinked ? linked : imported)++;
        if (!o.ok && o.errorKind == ErrorKind::Network)
            networkFailed = true;
        array.append(QJsonObject{{QStringLiteral("remote_id"), o.remoteId},
                                 {QStringLiteral("id"), orNull(o.localId)},
                                 {QStringLiteral("status"), status},
                                 {QStringLiteral("message"), orNull(o.message)},
                                 {QStringLiteral("warnings"), QJsonArray::fromStringList(o.warnings)}});
        if (!o.ok)   // on stderr in --json mode too (cli.md)
            err << tr("Cannot import %1: %2").arg(o.remoteId, o.message) << '\n';
        if (!c.json) {
            if (o.ok)
                out << o.remoteId << '\t' << o.localId << '\t' << (o.alreadyLinked ? o.message : tr("imported")) << '\n';
            for (const QString &w : o.warnings)
                err << o.remoteId << ": " << w << '\n';
        }
    }
    if (c.json)
        printJson(out, array);
    if (!c.quiet)
        err << tr("Imported %1 · already in the workspace %2 · failed %3").arg(imported).arg(linked).arg(failed) << '\n';
    // 4 when the server could not be reached or failed after retries (cli.md), 1 for any other failure.
    return networkFailed ? 4 : failed ? 1 : 0;
}

int checkCommand(const CommandContext &c, QTextStream &out, QTextStream &err)
{
    const Args args = parseArgs(c.args, {QStringLiteral("--all")}, {QStringLiteral("--concurrency")});
    if (!args.unknown.isEmpty())
        return printUsage(err, tr("Unknown option for check: %1").arg(args.unknown));
    const bool all = args.flags.contains(QStringLiteral("--all"));
    if (all == !args.positional.isEmpty())
        return printUsage(err, tr("check takes ID… or --all."));
    bool ok = true;
    const int concurrency = args.values.value(QStringLiteral("--concurrency"), QStringLiteral("8")).toInt(&ok);
    if (!ok || concurrency < 1 || concurrency > 32)
        return printUsage(err, tr("--concurrency takes a number from 1 to 32."));
    auto session = openSession(c.workspace, false);
    if (!session)
        return printError(err, session.error());
    Workspace &ws = session.value()->workspace();
    QStringList ids = args.positional;
    if (all) {
        ids.clear();
        for (const auto &s : ws.assistantSummaries())
            if (!s.archived && s.remoteId)
                ids << s.id;
    }
    bool anyRemote = false;
    for (const QString &id : std::as_const(ids)) {
        auto a = ws.assistant(id);
        if (!a)
            return printError(err, a.error());
        anyRemote = anyRemote || a->remoteId.has_value();
    }
    // The key (and a client) only when a request will be made: a never-pushed record is answered from the workspace.
    if (anyRemote) {
        if (Status s = attachClient(session.value()); !s)
            return printError(err, s.error());
    }   // else the session's client has no key: the engine sends nothing for these records
    session.value()->client()->setConcurrency(concurrency);
    SyncEngine &engine = *session.value()->engine();
    OpenAi::CancelToken cancel;
    InterruptCancels interrupt(cancel);   // Ctrl-C: the checks done so far are stored and printed
    const CheckAllSummary summary = runSync(engine.checkMany(ids, concurrency, &cancel));
    QJsonArray array;
    for (const QString &id : std::as_const(ids)) {
        if (c.json)
            array.append(checkJson(ws, id));
        else
            printCheckText(out, ws, id);
    }
    if (c.json)
        printJson(out, array);
    if (!c.quiet || summary.cancelled)
        err << (summary.cancelled ? tr("Check cancelled: %1").arg(summary.text()) : summary.text()) << '\n';
    if (summary.cancelled)
        return 1;
    return summary.failed > 0 ? 4 : 0;
}

int pushCommand(const CommandContext &c, QTextStream &out, QTextStream &err)
{
    const Args args = parseArgs(c.args, {QStringLiteral("--dry-run")}, {});
    if (!args.unknown.isEmpty() || args.positional.size() != 1)
        return printUsage(err, tr("push takes one assistant ID: push ID [--dry-run]."));
    auto session = openSession(c.workspace, true);
    if (!session)
        return printError(err, session.error());
    SyncEngine &engine = *session.value()->engine();
    const QString id = args.positional.first();
    if (args.flags.contains(QStringLiteral("--dry-run"))) {
        auto plan = runSync(engine.planPush(id));
        if (!plan)
            return printError(err, plan.error());
        if (c.json)
            printJson(out, plan->toJson());
        else
            for (const QString &line : plan->textLines())
                out << line << '\n';
        return 0;
    }
    if (c.interactive) {
        auto plan = runSync(engine.planPush(id));
        if (!plan)
            return printError(err, plan.error());
        if (!plan->nothingToDo()) {
            for (const QString &line : plan->textLines())
                err << line << '\n';
            if (!confirm(err, tr("Push these changes to OpenAI?"))) {
                err << tr("Nothing was pushed.") << '\n';
                return 1;
            }
        }
    }
    if (showProgress(c))
        QObject::connect(&engine, &SyncEngine::pushStepStarted, &engine,
                         [&err](int, const QString &text) { err << text << '\n' << Qt::flush; });
    OpenAi::CancelToken cancel;
    InterruptCancels interrupt(cancel);   // Ctrl-C stops after the running step; what is done stays recorded
    const PushOutcome outcome = runSync(engine.push(id, &cancel));
    if (c.json) {
        QJsonObject o = outcome.plan.toJson();
        o.insert(QStringLiteral("ok"), outcome.ok);
        o.insert(QStringLiteral("steps_done"), outcome.stepsDone);
        o.insert(QStringLiteral("error"), orNull(outcome.error));
        o.insert(QStringLiteral("not_kept"), QJsonArray::fromStringList(outcome.notKept));
        o.insert(QStringLiteral("failed_files"), QJsonArray::fromStringList(outcome.failedFiles));
        if (auto a = session.value()->workspace().assistant(id))
            o.insert(QStringLiteral("check"), checkJson(session.value()->workspace(), id));
        printJson(out, o);
    } else if (outcome.ok) {
        if (outcome.plan.nothingToDo())
            out << tr("Nothing to push: already in sync") << '\n';
        else
            out << QCoreApplication::translate("Cli", "Pushed %n step(s).", nullptr, outcome.stepsDone) << '\n';
        if (!outcome.notKept.isEmpty())
            out << tr("The server did not keep: %1").arg(outcome.notKept.join(QStringLiteral(", "))) << '\n';
        for (const QString &f : outcome.failedFiles)
            out << f << '\n';
    }
    if (!outcome.ok) {
        // The message goes to stderr in --json mode too (cli.md), then the server's details.
        err << outcome.error << '\n';
        for (qsizetype i = 1; i < outcome.cause.details.size(); ++i)
            err << outcome.cause.details.at(i) << '\n';
        return exitStatus(outcome.cause);
    }
    return 0;
}

int pullCommand(const CommandContext &c, QTextStream &out, QTextStream &err)
{
    const Args args = parseArgs(c.args, {}, {});
    if (!args.unknown.isEmpty() || args.positional.size() != 1)
        return printUsage(err, tr("pull takes one assistant ID."));
    auto session = openSession(c.workspace, true);
    if (!session)
        return printError(err, session.error());
    SyncEngine &engine = *session.value()->engine();
    const QString id = args.positional.first();
    auto state = runSync(engine.pull(id));
    if (!state)
        return printError(err, state.error());
    if (c.json)
        printJson(out, checkJson(session.value()->workspace(), id));
    else
        printCheckText(out, session.value()->workspace(), id);
    return 0;
}

int archiveCommand(const CommandContext &c, QTextStream &out, QTextStream &err)
{
    const Args args = parseArgs(c.args, {QStringLiteral("--dry-run")}, {});
    if (!args.unknown.isEmpty() || args.positional.size() != 1)
        return printUsage(err, tr("archive takes one assistant ID: archive ID [--dry-run]."));
    auto session = openSession(c.workspace, false);
    if (!session)
        return printError(err, session.error());
    Workspace &ws = session.value()->workspace();
    const QString id = args.positional.first();
    auto plan = planArchive(ws.exportData(), id);
    if (!plan)
        return printError(err, plan.error());
    const auto printPlan = [&](const ArchivePlan &p) {
        if (c.json) {
            printJson(out, toCliJson(p));
            return;
        }
        if (!p.archivable()) {
            out << p.blockedTitle() << '\n' << p.blockedText() << '\n';
            for (const auto &b : p.blockers())
                out << "  " << b.rowText << " — " << b.detail << '\n';
        } else {
            out << p.confirmationTitle() << '\n' << p.confirmationText() << '\n';
            if (!p.autoArchivedText().isEmpty())
                out << p.autoArchivedText() << '\n';
        }
    };
    if (args.flags.contains(QStringLiteral("--dry-run")) || !plan->archivable()) {
        printPlan(plan.value());
        if (!plan->archivable()) {
            err << tr("Cannot archive “%1”: it is still in use.").arg(plan->assistantName) << '\n';
            return 3;
        }
        return 0;
    }
    if (c.interactive) {
        err << plan->confirmationText() << '\n';
        if (!plan->autoArchivedText().isEmpty())
            err << plan->autoArchivedText() << '\n';
        if (!confirm(err, plan->confirmationTitle())) {
            err << tr("Nothing was archived.") << '\n';
            return 1;
        }
    }
    auto outcome = archiveFamily(ws, id);
    if (!outcome)
        return printError(err, outcome.error());
    if (!outcome->archived) {
        printPlan(outcome->plan);
        err << tr("Cannot archive “%1”: it is still in use.").arg(outcome->plan.assistantName) << '\n';
        return 3;
    }
    printPlan(outcome->plan);
    // The remote cleanup runs now when the server can be reached; otherwise the jobs wait (`deletions --retry`).
    auto online = openSession(c.workspace, true);
    if (!online) {
        if (!c.quiet)
            err << tr("Archived. The deletion in OpenAI is queued: %1").arg(online.error().message) << '\n';
        return 0;
    }
    DeletionQueue &queue = *online.value()->deletionQueue();
    const DeletionRunSummary run = runSync(queue.runPending());
    if (!run.error.isEmpty()) {
        err << tr("Archived, but the remote cleanup could not record its work: %1").arg(run.error) << '\n';
        return 1;
    }
    if (!c.quiet)
        err << tr("Archived. Remote cleanup: %1 done, %2 failed, %3 pending.").arg(run.done).arg(run.failed).arg(run.pending) << '\n';
    return run.failed ? 4 : 0;
}

int deletionsCommand(const CommandContext &c, QTextStream &out, QTextStream &err)
{
    const Args args = parseArgs(c.args, {QStringLiteral("--retry")}, {});
    if (!args.unknown.isEmpty() || !args.positional.isEmpty())
        return printUsage(err, tr("deletions takes only --retry and --json."));
    const bool retry = args.flags.contains(QStringLiteral("--retry"));
    auto session = openSession(c.workspace, retry);
    if (!session)
        return printError(err, session.error());
    Workspace &ws = session.value()->workspace();
    if (Status s = DeletionJobs::resumeInterrupted(ws); !s)
        return printError(err, s.error());
    int failed = 0;
    int waiting = 0;   // still queued after the retry: the server could not be reached
    QString waitReason;
    if (retry) {
        if (Status s = DeletionJobs::retryFailed(ws); !s)
            return printError(err, s.error());
        DeletionQueue &queue = *session.value()->deletionQueue();
        const DeletionRunSummary run = runSync(queue.runPending());
        if (!run.error.isEmpty()) {
            err << tr("The remote cleanup could not record its work: %1").arg(run.error) << '\n';
            return 1;
        }
        failed = run.failed;
        waiting = run.waitReason.isEmpty() ? 0 : run.pending;
        waitReason = run.waitReason;
    }
    const QList<DeletionJob> jobs = DeletionJobs::list(ws);
    if (c.json) {
        QJsonArray array;
        for (const auto &j : jobs)
            array.append(QJsonObject{{QStringLiteral("id"), j.id},
                                     {QStringLiteral("owner"), j.owner},
                                     {QStringLiteral("kind"), j.kind},
                                     {QStringLiteral("remote_id"), j.remoteId},
                                     {QStringLiteral("label"), j.label},
                                     {QStringLiteral("state"), j.state},
                                     {QStringLiteral("attempts"), j.attempts},
                                     {QStringLiteral("error"), orNull(j.lastError)},
                                     {QStringLiteral("updated_at"), j.updatedAt}});
        printJson(out, array);
    } else {
        for (const auto &j : jobs)
            out << j.kind << '\t' << j.label << '\t' << j.remoteId << '\t' << j.state << '\t' << j.attempts
                << (j.lastError.isEmpty() ? QString() : QLatin1Char('\t') + j.lastError) << '\n';
    }
    if (failed)
        err << QCoreApplication::translate("Cli", "%n deletion(s) failed; see the list.", nullptr, failed) << '\n';
    if (waiting)
        err << QCoreApplication::translate("Cli", "%n deletion(s) still queued: %1", nullptr, waiting).arg(waitReason) << '\n';
    return failed || waiting ? 4 : 0;
}

} // namespace Cli
