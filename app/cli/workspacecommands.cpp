#include "cli/workspacecommands.h"

#include "cli/cli.h"
#include "cli/clisupport.h"
#include "domain/assistantfields.h"
#include "storage/workspacecopy.h"
#include "storage/workspacelocation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace Cli {
namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Cli", text, disambiguation, n);
}

/// Whether `set` changes the field `name` (settableFields(), with metadata.KEY for any non-empty KEY).
bool isSettable(const QString &name)
{
    static const QString metadataPrefix = QStringLiteral("metadata.");
    if (name.startsWith(metadataPrefix))
        return name.size() > metadataPrefix.size();
    const QStringList names = AssistantFields::settableFields();
    return names.contains(name) && !name.startsWith(metadataPrefix);
}

/// “Helpdesk” (a-help), for messages that name an assistant.
QString named(const Assistant &a)
{
    return tr("“%1” (%2)").arg(a.name, a.id);
}

/// Prints the message and its details (without repeating the message) and returns the exit status.
int printFailure(QTextStream &err, const QString &headline, const Error &e)
{
    err << headline << '\n';
    for (const QString &line : e.details)
        if (line != headline)
            err << line << '\n';
    return exitStatus(e);
}

/// The text of `instructions=@PATH`.
Result<QString> readInstructions(const QString &path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return Error{ErrorKind::Validation,
                     tr("Instructions: cannot read “%1”: %2")
                         .arg(path, path.isEmpty() ? tr("no file named after @") : file.errorString()),
                     {}};
    return QString::fromUtf8(file.readAll());
}

int workspaceInit(const CommandContext &c, const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1String("--")))
        return printUsage(err, tr("workspace init takes exactly one URL: postgresql://user@host:port/dbname"));
    const QString spec = args.first();
    if (!WorkspaceLocation::looksLikeUrl(spec))
        return printUsage(err, tr("workspace init creates a team workspace and needs a postgresql:// URL; “%1” is a "
                                  "file path. A workspace file is created by import-workspace or by the app.")
                                   .arg(spec));
    auto location = WorkspaceLocation::parse(spec);
    if (!location)
        return printError(err, location.error());
    Workspace::OpenOptions options;
    options.database.createSchema = Database::OpenOptions::Schema::Required;
    auto ws = openWorkspace(spec, false, options);
    if (!ws)
        return printError(err, ws.error());
    const QString url = ws.value()->location().toString();
    if (c.json) {
        printJson(out, QJsonObject{{QStringLiteral("workspace"), url},
                                   {QStringLiteral("schema_version"), Database::CurrentSchemaVersion},
                                   {QStringLiteral("user"), ws.value()->userName()}});
    } else if (!c.quiet) {
        err << tr("Created a team workspace in %1 (format %2). Open it with --workspace %3")
                   .arg(ws.value()->location().displayName())
                   .arg(Database::CurrentSchemaVersion)
                   .arg(url)
            << '\n';
    }
    return Ok;
}

/// Removes an SQLite workspace file this command created, with its WAL and shared-memory files.
void removeCreatedFile(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

int workspaceCopy(const CommandContext &c, const QStringList &args, QTextStream &out, QTextStream &err)
{
    for (const QString &a : args)
        if (a.startsWith(QLatin1String("--")))
            return printUsage(err, tr("Unknown option for workspace copy: %1").arg(a));
    if (args.size() != 2)
        return printUsage(err, tr("workspace copy takes FROM and TO: two workspace files or postgresql:// URLs."));
    auto fromLocation = WorkspaceLocation::parse(args.at(0));
    if (!fromLocation)
        return printError(err, fromLocation.error());
    auto toLocation = WorkspaceLocation::parse(args.at(1));
    if (!toLocation)
        return printError(err, toLocation.error());
    const QString fromName = fromLocation->toString();
    const QString toName = toLocation->toString();
    const bool sameDatabase = fromLocation->isTeam() && toLocation->isTeam() && fromLocation->database == toLocation->database
        && fromLocation->host == toLocation->host && fromLocation->socketDir == toLocation->socketDir
        && fromLocation->port == toLocation->port;
    if (fromName == toName || sameDatabase) {
        err << tr("Cannot copy “%1” onto itself: FROM and TO name the same workspace.").arg(fromName) << '\n';
        return Failed;
    }
    auto from = openWorkspace(args.at(0), true);
    if (!from)
        return printError(err, from.error());
    const bool createdFile = !toLocation->isTeam() && !QFileInfo::exists(toLocation->path);
    auto to = openWorkspace(args.at(1), false);
    if (!to) {
        if (createdFile)
            removeCreatedFile(toLocation->path);
        return printError(err, to.error());
    }
    const auto progress = [&err](int done, int total) {
        err << tr("Copying: %1 of %2 steps").arg(done).arg(total) << '\n' << Qt::flush;
    };
    const Status copied = WorkspaceCopy::copy(*from.value(), *to.value(),
                                              showProgress(c) ? std::function<void(int, int)>(progress)
                                                              : std::function<void(int, int)>());
    if (!copied) {
        to = Error{};   // closes the target before a file it created is removed
        if (createdFile)
            removeCreatedFile(toLocation->path);
        return printFailure(err,
                            tr("Cannot copy “%1” to “%2”: %3").arg(fromName, toName, copied.error().message),
                            copied.error());
    }
    Workspace &target = *to.value();
    const qsizetype assistants = target.assistantSummaries().size();
    const qsizetype files = target.files().size();
    const qsizetype experiments = target.experiments().size();
    const qsizetype pipelines = target.pipelines().size();
    if (c.json) {
        printJson(out, QJsonObject{{QStringLiteral("from"), fromName},
                                   {QStringLiteral("to"), toName},
                                   {QStringLiteral("copied"),
                                    QJsonObject{{QStringLiteral("assistants"), double(assistants)},
                                                {QStringLiteral("files"), double(files)},
                                                {QStringLiteral("experiments"), double(experiments)},
                                                {QStringLiteral("pipelines"), double(pipelines)}}}});
    } else if (!c.quiet) {
        err << tr("Copied “%1” to “%2”: %3 assistant records, %4 files, %5 experiment records, %6 pipeline records.")
                   .arg(fromName, toName)
                   .arg(assistants)
                   .arg(files)
                   .arg(experiments)
                   .arg(pipelines)
            << '\n';
    }
    return Ok;
}
} // namespace

int setCommand(const CommandContext &c, QTextStream &out, QTextStream &err)
{
    bool all = false;
    QStringList ids;
    QList<FieldEdit> edits;
    QStringList fieldNames;
    for (const QString &a : c.args) {
        if (a == QLatin1String("--all")) {
            all = true;
            continue;
        }
        if (a.startsWith(QLatin1String("--")))
            return printUsage(err, tr("Unknown option for set: %1").arg(a));
        if (!a.contains(QLatin1Char('=')) && edits.isEmpty()) {
            if (!ids.contains(a))
                ids << a;
            continue;
        }
        auto edit = AssistantFields::parseEdit(a);
        if (!edit)
            return printUsage(err, edit.error().message);
        if (!isSettable(edit->field))
            return printUsage(err, tr("Field “%1”: set changes only %2.")
                                       .arg(edit->field, AssistantFields::settableFields().join(QStringLiteral(", "))));
        if (fieldNames.contains(edit->field))
            return printUsage(err, tr("Field “%1” is given twice.").arg(edit->field));
        fieldNames << edit->field;
        edits << edit.value();
    }
    if (all && !ids.isEmpty())
        return printUsage(err, tr("set takes assistant IDs or --all, not both."));
    if (!all && ids.isEmpty())
        return printUsage(err, tr("set needs the assistant IDs (or --all), then FIELD=VALUE edits."));
    if (edits.isEmpty())
        return printUsage(err, tr("set needs at least one FIELD=VALUE edit (fields: %1).")
                                   .arg(AssistantFields::settableFields().join(QStringLiteral(", "))));
    for (FieldEdit &e : edits) {
        if (e.field == QLatin1String("instructions") && e.value.startsWith(QLatin1Char('@'))) {
            auto text = readInstructions(e.value.mid(1));
            if (!text)
                return printError(err, text.error());
            e.value = text.value();
        }
    }

    auto ws = openWorkspace(c.workspace, true);
    if (!ws)
        return printError(err, ws.error());
    Workspace &w = *ws.value();
    if (w.isReadOnly()) {
        err << w.readOnlyReason() << '\n';
        return Failed;
    }

    // Name every record that cannot be changed before anything is written (the write re-checks in its transaction).
    QList<Assistant> targets;
    QStringList problems;
    if (all) {
        for (const Assistant &a : w.assistants())
            if (!a.isVersion() && !a.archived)
                targets << a;
    } else {
        for (const QString &id : std::as_const(ids)) {
            auto a = w.assistant(id);
            if (!a)
                problems << a.error().message;
            else if (a->isVersion())
                problems << tr("%1 is version v%2 of “%3”: versions are read-only. Set the fields of the working "
                               "assistant %3 instead.")
                                .arg(named(a.value()))
                                .arg(a->versionNumber)
                                .arg(a->workingVersionId);
            else if (a->archived)
                problems << tr("%1 is archived: archived assistants are read-only.").arg(named(a.value()));
            else
                targets << a.value();
        }
    }
    if (!problems.isEmpty()) {
        for (const QString &line : std::as_const(problems))
            err << line << '\n';
        if (targets.size() + problems.size() > 1)
            err << tr("Nothing was changed.") << '\n';
        return Failed;
    }
    if (targets.isEmpty()) {
        if (c.json)
            printJson(out, QJsonObject{{QStringLiteral("changed"), QJsonArray{}}});
        else if (!c.quiet)
            err << tr("No working assistants in this workspace; nothing was changed.") << '\n';
        return Ok;
    }

    QStringList targetIds;
    for (const Assistant &a : std::as_const(targets))
        targetIds << a.id;
    const Status s = w.setAssistantFields(targetIds, edits);
    if (!s) {
        const Error &e = s.error();
        const QString who = targets.size() == 1 ? named(targets.first())
                                                : tr("%n assistants", nullptr, int(targets.size()));
        if (e.kind == ErrorKind::Validation) {
            err << tr("Cannot set the fields of %1; nothing was changed:").arg(who) << '\n';
            for (const QString &line : e.details.isEmpty() ? QStringList{e.message} : e.details)
                err << line << '\n';
            return Failed;
        }
        return printFailure(err, tr("Cannot set the fields of %1: %2").arg(who, e.message), e);
    }

    QJsonArray changed;
    for (const QString &id : std::as_const(targetIds)) {
        auto a = w.assistant(id);
        auto stamp = w.stamp(id);
        if (!a || !stamp)
            continue;
        if (c.json) {
            changed.append(QJsonObject{{QStringLiteral("id"), a->id},
                                       {QStringLiteral("name"), a->name},
                                       {QStringLiteral("fields"), QJsonArray::fromStringList(fieldNames)},
                                       {QStringLiteral("row_version"), double(stamp->rowVersion)},
                                       {QStringLiteral("changed_by"), stamp->changedBy},
                                       {QStringLiteral("changed_at"), stamp->changedAt},
                                       {QStringLiteral("not_pushed"), a->notPushed}});
        } else if (!c.quiet) {
            err << tr("Changed %1 of %2.").arg(fieldNames.join(QStringLiteral(", ")), named(a.value())) << '\n';
        }
    }
    if (c.json)
        printJson(out, QJsonObject{{QStringLiteral("changed"), changed}});
    return Ok;
}

int workspaceCommand(const CommandContext &c, QTextStream &out, QTextStream &err)
{
    const QString sub = c.args.value(0);
    if (sub == QLatin1String("init"))
        return workspaceInit(c, c.args.mid(1), out, err);
    if (sub == QLatin1String("copy"))
        return workspaceCopy(c, c.args.mid(1), out, err);
    if (sub.isEmpty())
        return printUsage(err, tr("workspace needs a subcommand: init URL, or copy FROM TO."));
    return printUsage(err, tr("Unknown workspace subcommand: %1 (init URL, copy FROM TO)").arg(sub));
}
} // namespace Cli
