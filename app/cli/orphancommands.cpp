#include "cli/orphancommands.h"

#include "archive/deletionqueue.h"
#include "cleanup/orphanscan.h"
#include "cli/cli.h"
#include "cli/clisupport.h"
#include "storage/deletionjobs.h"
#include "sync/pushplan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <unistd.h>

namespace Cli {
namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Cli", text, disambiguation, n);
}

QString whenText(const std::optional<qint64> &unix, const QString &none)
{
    return unix ? OrphanScan::isoFromUnix(*unix) : none;
}

void printReport(QTextStream &out, const OrphanReport &report)
{
    out << tr("Orphans as of %1").arg(report.scannedAt) << '\n';
    if (!report.assistantsApi)
        out << tr("The server has no Assistants API (404): no remote assistants were listed.") << '\n';
    if (!report.vectorStoresApi)
        out << tr("The server has no vector stores API (404): no vector stores were listed.") << '\n';
    const auto usedBy = [](const OrphanItem &item) {
        return item.wasUsedBy.isEmpty() ? QString() : QLatin1Char('\t') + item.wasUsedByText();
    };
    out << tr("Files:") << (report.files.isEmpty() ? tr(" none") : QString()) << '\n';
    for (const OrphanItem &f : report.files)
        out << "  " << f.remoteId << '\t' << f.name << '\t' << Push::sizeText(f.bytes) << '\t'
            << tr("created %1").arg(OrphanScan::isoFromUnix(f.createdAt)) << '\t'
            << tr("expires %1").arg(whenText(f.expiresAt, tr("never"))) << usedBy(f) << '\n';
    out << tr("Vector stores:") << (report.vectorStores.isEmpty() ? tr(" none") : QString()) << '\n';
    for (const OrphanItem &s : report.vectorStores)
        out << "  " << s.remoteId << '\t' << (s.name.isEmpty() ? tr("(no name)") : s.name) << '\t'
            << Push::sizeText(s.bytes) << '\t' << tr("%n file(s)", nullptr, s.fileCount) << '\t'
            << tr("created %1").arg(OrphanScan::isoFromUnix(s.createdAt)) << '\t'
            << tr("last active %1").arg(whenText(s.lastActiveAt, tr("never"))) << usedBy(s) << '\n';
    if (!report.assistantsNotInWorkspace.isEmpty()) {
        out << tr("Assistants not in this workspace (import them with import-remote):") << '\n';
        for (const auto &a : report.assistantsNotInWorkspace)
            out << "  " << a.id << '\t' << (a.name.isEmpty() ? tr("(no name)") : a.name) << '\t' << a.model << '\t'
                << tr("created %1").arg(OrphanScan::isoFromUnix(a.createdAt)) << '\n';
    }
    out << report.totalsText() << '\n';
}

QString kindText(const QString &kind)
{
    return kind == QLatin1String("vector_store") ? tr("vector store") : tr("file");
}
} // namespace

int orphansCommand(const CommandContext &c, QTextStream &out, QTextStream &err)
{
    bool remove = false, yes = false, cached = false;
    for (const QString &a : c.args) {
        if (a == QLatin1String("--delete"))
            remove = true;
        else if (a == QLatin1String("--yes"))
            yes = true;
        else if (a == QLatin1String("--cached"))
            cached = true;
        else
            return printUsage(err, tr("Unknown argument for orphans: %1").arg(a));
    }
    if (remove && !yes && !c.interactive)
        return printUsage(err, tr("orphans --delete needs --yes (or --interactive): it deletes every listed orphan "
                                  "in OpenAI. Run orphans without --delete first to see the list."));
    if (yes && !remove)
        return printUsage(err, tr("--yes goes with --delete."));
    if (cached && remove)
        return printUsage(err, tr("--cached shows the last scan; it cannot be combined with --delete."));

    auto session = openSession(c.workspace, !cached);
    if (!session)
        return printError(err, session.error());
    Workspace &ws = session.value()->workspace();

    OrphanListing listing;
    if (cached) {
        auto stored = OrphanScan::cachedListing(ws);
        if (!stored) {
            err << tr("No orphan scan is stored in this workspace for its server yet. Run orphans online first.") << '\n';
            return Failed;
        }
        listing = std::move(*stored);
    } else {
        const bool progress = showProgress(c);
        auto scanned = runSync(OrphanScan::scan(*session.value()->client(), [&err, progress](int done, int total, const QString &step) {
            if (progress) {
                err << QStringLiteral("[%1/%2] ").arg(done).arg(total) << step << '\n';
                err.flush();
            }
        }));
        if (!scanned)
            return printError(err, scanned.error());
        listing = std::move(scanned).value();
        if (Status s = OrphanScan::saveListing(ws, listing); !s)
            return printError(err, s.error());
    }
    const OrphanReport report = OrphanScan::classify(listing, ws.assistants(), ws.files());

    if (!remove) {
        if (c.json)
            printJson(out, report.toJson());
        else
            printReport(out, report);
        return Ok;
    }

    QList<OrphanItem> items = report.vectorStores;
    items += report.files;
    if (!yes && !items.isEmpty()) {   // --interactive: show what goes and ask
        printReport(err, report);
        if (!confirm(err, QCoreApplication::translate("Cli", "Delete these %n object(s) in OpenAI? This cannot be undone.",
                                                      nullptr, int(items.size())))) {
            err << tr("Nothing was deleted.") << '\n';
            return Failed;
        }
    }
    auto jobIds = OrphanScan::queueDeletions(ws, items);
    if (!jobIds)
        return printError(err, jobIds.error());
    if (Status s = DeletionJobs::resumeInterrupted(ws); !s)
        return printError(err, s.error());
    DeletionQueue &queue = *session.value()->deletionQueue();
    runSync(queue.runPending(nullptr, jobIds.value()));

    QJsonArray deletions;
    QStringList deleted;
    int notDone = 0;
    for (const DeletionJob &j : DeletionJobs::list(ws, QString::fromLatin1(OrphanScan::JobOwner))) {
        if (!jobIds->contains(j.id))
            continue;
        const bool skipped = j.state == QLatin1String("done") && !j.lastError.isEmpty();
        if (j.state == QLatin1String("done") && !skipped)
            deleted << j.remoteId;
        if (j.state != QLatin1String("done"))
            ++notDone;
        deletions.append(QJsonObject{{QStringLiteral("id"), j.id},
                                     {QStringLiteral("kind"), j.kind},
                                     {QStringLiteral("remote_id"), j.remoteId},
                                     {QStringLiteral("label"), j.label},
                                     {QStringLiteral("state"), j.state},
                                     {QStringLiteral("skipped"), skipped},
                                     {QStringLiteral("error"), j.lastError.isEmpty() || skipped
                                                                   ? QJsonValue(QJsonValue::Null)
                                                                   : QJsonValue(j.lastError)}});
        if (c.json)
            continue;
        const QString what = QStringLiteral("%1 %2 (%3)").arg(kindText(j.kind), j.remoteId, j.label);
        if (skipped)
            out << tr("Skipped %1: now in use").arg(what) << '\n';
        else if (j.state == QLatin1String("done"))
            out << tr("Deleted %1").arg(what) << '\n';
        else if (j.state == QLatin1String("failed"))
            out << tr("Failed %1: %2").arg(what, j.lastError) << '\n';
        else
            out << tr("Queued %1: not run yet").arg(what) << '\n';
    }
    // The cached scan no longer lists what is gone, so the offline view does not offer it again.
    if (Status s = OrphanScan::saveListing(ws, listing.without(deleted)); !s)
        return printError(err, s.error());
    if (c.json) {
        QJsonObject o = report.toJson();
        o.insert(QStringLiteral("deletions"), deletions);
        printJson(out, o);
    } else if (items.isEmpty() && !c.quiet) {
        out << tr("No orphans to delete.") << '\n';
    }
    return notDone ? NetworkError : Ok;
}

} // namespace Cli
