#include "cli/releasecommands.h"

#include "cli/clisupport.h"
#include "versions/releaser.h"
#include "versions/releasescope.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
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

int s_interruptPipe[2] = {-1, -1};

extern "C" void onInterrupt(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_interruptPipe[1], &byte, 1);
}

/// While alive, Ctrl-C (SIGINT) cancels `token` instead of killing the process, so a release still deletes what it
/// created (cli.md: "cancelled cleanly by Ctrl-C").
class InterruptCancels
{
public:
    explicit InterruptCancels(OpenAi::CancelToken &token)
    {
        if (::pipe(s_interruptPipe) != 0)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(s_interruptPipe[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, &token, [&token] {
            char byte = 0;
            [[maybe_unused]] const auto got = ::read(s_interruptPipe[0], &byte, 1);
            token.cancel();
        });
        struct sigaction action = {};
        action.sa_handler = onInterrupt;
        sigemptyset(&action.sa_mask);
        m_installed = ::sigaction(SIGINT, &action, &m_previous) == 0;
    }
    ~InterruptCancels()
    {
        if (m_installed)
            ::sigaction(SIGINT, &m_previous, nullptr);
        m_notifier.reset();
        for (int &fd : s_interruptPipe) {
            if (fd >= 0)
                ::close(fd);
            fd = -1;
        }
    }
    InterruptCancels(const InterruptCancels &) = delete;
    InterruptCancels &operator=(const InterruptCancels &) = delete;

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_previous = {};
    bool m_installed = false;
};

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
    auto scope = collectReleaseScope(*session->workspace, experimentId);
    if (scope && scope->needsConnection()) {
        session = openSession(c.workspace, true);
        if (!session)
            return printError(err, session.error());
    }

    Releaser releaser(*session->workspace, session->client.get());
    if (!c.quiet)
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
