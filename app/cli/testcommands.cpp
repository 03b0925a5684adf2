#include "cli/testcommands.h"

#include "cli/clisupport.h"
#include "conversation/checkrunner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Cli {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

QString trn(const char *text, int n)
{
    return QCoreApplication::translate("Cli", text, nullptr, n);
}

struct TestArgs {
    QStringList ids;
    bool all = false;
    bool json = false;
    ConversationWay way = ConversationWay::Responses;
    QString problem;   // a usage error
};

TestArgs parseTestArgs(const CommandContext &c)
{
    TestArgs a;
    a.json = c.json;
    for (qsizetype i = 0; i < c.args.size(); ++i) {
        const QString &s = c.args.at(i);
        if (s == QLatin1String("--all")) {
            a.all = true;
        } else if (s == QLatin1String("--json")) {
            a.json = true;
        } else if (s == QLatin1String("--via") || s.startsWith(QLatin1String("--via="))) {
            const QString value = s.contains(QLatin1Char('=')) ? s.section(QLatin1Char('='), 1)
                                  : i + 1 < c.args.size()      ? c.args.at(++i)
                                                               : QString();
            const auto way = wayFromWireName(value);
            if (!way) {
                a.problem = tr("--via takes assistants or responses.");
                return a;
            }
            a.way = *way;
        } else if (s.startsWith(QLatin1String("--"))) {
            a.problem = tr("Unknown option for test: %1").arg(s);
            return a;
        } else {
            a.ids << s;
        }
    }
    if (a.all == !a.ids.isEmpty())
        a.problem = tr("test takes ID… or --all.");
    return a;
}

/// One assistant to test: its record and files, and its checks.
struct Subject {
    Assistant assistant;
    QList<WorkspaceFile> files;
    QList<Check> checks;
};

void printOutcomeText(QTextStream &out, const CheckOutcome &o)
{
    out << "  " << (o.passed ? tr("PASS") : tr("FAIL")) << "  " << o.checkName << "  ("
        << tr("%1, %2 in · %3 out tokens").arg(o.way).arg(o.inputTokens).arg(o.outputTokens) << ")\n";
    if (o.passed)
        return;
    if (!o.failure.isEmpty())
        out << "        " << o.failure << '\n';
    for (const Checks::ExpectationResult &e : o.expectations)
        if (!e.passed)
            out << "        ✕ " << e.reason << '\n';
    if (!o.answer.isEmpty())
        out << "        " << tr("answer: %1").arg(QString(o.answer).replace(QLatin1Char('\n'), QStringLiteral("\n          ")))
            << '\n';
}
} // namespace

int testCommand(const CommandContext &c, QTextStream &out, QTextStream &err)
{
    const TestArgs args = parseTestArgs(c);
    if (!args.problem.isEmpty())
        return printUsage(err, args.problem);
    auto session = openSession(c.workspace, false);
    if (!session)
        return printError(err, session.error());
    Workspace &ws = session.value()->workspace();

    QStringList ids = args.ids;
    if (args.all) {
        for (const QString &id : ws.assistantsWithChecks())
            if (auto a = ws.assistant(id); a && !a->archived && !a->isVersion())
                ids << id;
    }
    QList<Subject> subjects;
    for (const QString &id : std::as_const(ids)) {
        auto a = ws.assistant(id);
        if (!a)
            return printError(err, a.error());
        if (a->isVersion())
            return printError(err, Error{ErrorKind::Refused,
                                         tr("“%1” is a version; checks belong to the working assistant %2.")
                                             .arg(a->name, a->workingVersionId),
                                         {}});
        Subject s{a.value(), ws.filesByIds(a->codeInterpreterFiles + a->fileSearchFiles), ws.checks(id)};
        if (s.checks.isEmpty())
            return printError(err, Error{ErrorKind::Refused, tr("“%1” has no saved checks.").arg(a->name), {}});
        subjects << s;
    }
    if (subjects.isEmpty()) {
        if (!c.quiet)
            err << tr("No assistant has saved checks.") << '\n';
        if (args.json)
            printJson(out, QJsonObject{{QStringLiteral("via"), wayWireName(args.way)},
                                       {QStringLiteral("passed"), true},
                                       {QStringLiteral("cancelled"), false},
                                       {QStringLiteral("counts"), QJsonObject{{QStringLiteral("passed"), 0},
                                                                              {QStringLiteral("failed"), 0}}},
                                       {QStringLiteral("assistants"), QJsonArray{}}});
        return 0;
    }
    if (Status s = attachClient(session.value()); !s)
        return printError(err, s.error());

    int total = 0;
    for (const Subject &s : std::as_const(subjects))
        total += int(s.checks.size());
    OpenAi::CancelToken cancel;
    InterruptCancels interrupt(cancel);   // Ctrl-C: the running conversation is stopped and closed
    int passed = 0, failed = 0, done = 0;
    bool network = false;
    QJsonArray assistants;
    for (const Subject &s : std::as_const(subjects)) {
        QJsonArray checks;
        bool allPassed = true;
        if (!args.json)
            out << s.assistant.id << '\t' << s.assistant.name << '\n';
        for (const Check &check : s.checks) {
            if (cancel.isCancelled())
                break;
            if (showProgress(c))
                err << tr("Running “%1” (%2 of %3)…").arg(check.name).arg(done + 1).arg(total) << '\n' << Qt::flush;
            const CheckResult result = runSync(CheckRunner::run(*session.value()->client(),
                                                                Conversation::Target{s.assistant, s.files}, args.way,
                                                                check, &cancel));
            if (result.failureKind == ErrorKind::Cancelled && cancel.isCancelled())
                break;
            ++done;
            const CheckOutcome outcome = CheckRunner::outcome(result);
            if (Status stored = ws.storeCheckOutcome(outcome); !stored)
                err << tr("Cannot store the result of “%1”: %2").arg(check.name, stored.error().message) << '\n';
            (outcome.passed ? passed : failed)++;
            allPassed = allPassed && outcome.passed;
            network = network || result.failureKind == ErrorKind::Network;
            checks.append(Checks::outcomeToJson(outcome));
            if (!args.json)
                printOutcomeText(out, outcome);
        }
        assistants.append(QJsonObject{{QStringLiteral("id"), s.assistant.id},
                                      {QStringLiteral("name"), s.assistant.name},
                                      {QStringLiteral("passed"), allPassed},
                                      {QStringLiteral("checks"), checks}});
        if (cancel.isCancelled())
            break;
    }
    const bool cancelled = cancel.isCancelled();
    if (args.json)
        printJson(out, QJsonObject{{QStringLiteral("via"), wayWireName(args.way)},
                                   {QStringLiteral("passed"), failed == 0 && !cancelled},
                                   {QStringLiteral("cancelled"), cancelled},
                                   {QStringLiteral("counts"), QJsonObject{{QStringLiteral("passed"), passed},
                                                                          {QStringLiteral("failed"), failed}}},
                                   {QStringLiteral("assistants"), assistants}});
    const QString summary = tr("%1 · %2").arg(trn("%n check(s) passed", passed), trn("%n failed", failed));
    if (cancelled)
        err << tr("Test cancelled: %1").arg(summary) << '\n';
    else if (!c.quiet)
        err << summary << '\n';
    if (network)
        return 4;
    return failed > 0 || cancelled ? 1 : 0;
}

} // namespace Cli
