#include "cli/releasecommands.h"

#include "cli/clisupport.h"
#include "versions/releaser.h"
#include "storage/releasescope.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <unistd.h>

namespace Cli {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QJsonValue orNull(const std::optional<QString> &s)
{
    return s ? QJsonValue(*s) : QJsonValue(QJsonValue::Null);
}

QJsonObject releaseJson(const ReleaseOutcome &o)
{
    const ReleasedRecords &r = *o.records;
    QJsonArray versions;
    for (const Assistant &v : r.assistantVersions)
        versions.append(QJsonObject{{QStringLiteral("id"), v.id},
                                    {QStringLiteral("name"), v.name},
                                    {QStringLiteral("working_id"), v.workingVersionId},
                                    {QStringLiteral("remote_id"), orNull(v.remoteId)},
                                    {QStringLiteral("vector_store_id"), orNull(v.vectorStoreId)}});
    return QJsonObject{{QStringLiteral("experiment"), o.experimentId},
                       {QStringLiteral("version"), QStringLiteral("v%1").arg(r.experimentVersion.versionNumber)},
                       {QStringLiteral("experiment_version_id"), r.experimentVersion.id},
                       {QStringLiteral("published"), r.experimentVersion.published},
                       {QStringLiteral("assistant_versions"), versions},
                       {QStringLiteral("pipeline_version_id"),
                        r.pipelineVersion ? QJsonValue(r.pipelineVersion->id) : QJsonValue(QJsonValue::Null)}};
}
} // namespace

int releaseCommand(const CommandContext &c, QTextStream &out, QTextStream &err)
{
    QStringList positional;
    bool publish = false;
    for (const QString &a : c.args) {
        if (a == QLatin1String("--publish"))
            publish = true;
        else if (a == QLatin1String("--json"))
            continue;   // also accepted after the command
        else if (a.startsWith(QLatin1String("--")))
            return printUsage(err, tr("Unknown option for release: %1").arg(a));
        else
            positional << a;
    }
    const bool json = c.json || c.args.contains(QStringLiteral("--json"));
    if (positional.size() != 1)
        return printUsage(err, tr("release takes one experiment ID: release EXPERIMENT_ID [--publish]."));
    const QString experimentId = positional.first();

    // A release that creates nothing in OpenAI needs no key (domain.md §6).
    auto session = openSession(c.workspace, false);
    if (!session)
        return printError(err, session.error());
    auto scope = collectReleaseScope(session.value()->workspace(), experimentId);
    if (scope && scope->needsConnection()) {
        session = openSession(c.workspace, true);
        if (!session)
            return printError(err, session.error());
    }

    Releaser &releaser = session.value()->releaser();
    if (showProgress(c))
        QObject::connect(&releaser, &Releaser::stepStarted, &releaser,
                         [&err](const QString &text) { err << text << '\n' << Qt::flush; });
    OpenAi::CancelToken cancel;
    InterruptCancels interrupt(cancel);
    const ReleaseOutcome outcome = runSync(releaser.release(experimentId, publish, &cancel));
    if (!outcome.ok) {
        err << outcome.error << '\n';
        return outcome.errorKind == ErrorKind::Network ? 4 : 1;
    }
    for (const QString &w : outcome.warnings)
        err << w << '\n';
    if (json) {
        printJson(out, releaseJson(outcome));
        return 0;
    }
    const ReleasedRecords &r = *outcome.records;
    out << tr("Released “%1” v%2%3")
               .arg(r.experimentVersion.name)
               .arg(r.experimentVersion.versionNumber)
               .arg(r.experimentVersion.published ? tr(" [published]") : QString())
        << '\n';
    for (const Assistant &v : r.assistantVersions)
        out << "  " << v.name << '\t' << v.id << '\t' << v.remoteId.value_or(QString()) << '\n';
    if (r.pipelineVersion)
        out << "  " << tr("Pipeline %1 v%2").arg(r.pipelineVersion->name).arg(r.pipelineVersion->versionNumber) << '\t'
            << r.pipelineVersion->id << '\n';
    return 0;
}

} // namespace Cli
