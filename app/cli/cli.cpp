#include "cli/cli.h"
#include "cli/clisupport.h"
#include "cli/exportcommands.h"
#include "cli/orphancommands.h"
#include "cli/remotecommands.h"
#include "cli/releasecommands.h"
#include "cli/synccommands.h"
#include "cli/workspacecommands.h"
#include "cli/testcommands.h"

#include "domain/syncstatus.h"
#include "export/bundle.h"
#include "interchange/interchange.h"
#include "interchange/jsonwriter.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Cli {
namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Cli", text, disambiguation, n);
}

struct Options {
    QString workspace;
    bool json = false;
    bool quiet = false;
    bool interactive = false;
    bool help = false;
    bool version = false;
    QString command;
    QStringList args;      // command arguments, options included
};

QString usageText()
{
    return tr("Usage: assistant-desk-cli [--workspace PATH] [--json] [--quiet] [--interactive] <command> [arguments]\n"
              "\n"
              "Commands:\n"
              "  import-workspace FILE                     load a workspace interchange file or a bundle .zip (all or nothing)\n"
              "  export-workspace [--with-content] [FILE]  write the workspace as interchange JSON (stdout without FILE)\n"
              "  list [--all]                              assistants with their cached sync status\n"
              "  show ID                                   one assistant: fields, files, versions, sync state\n"
              "  import-remote (REMOTE_ID… | --all)        link remote assistants without duplicating linked ones [--concurrency N]\n"
              "  check (ID… | --all) [--concurrency N]     sync check; statuses and differences\n"
              "  push ID [--dry-run]                       push local → OpenAI; --dry-run prints the plan only\n"
              "  pull ID                                   take the OpenAI state into the workspace\n"
              "  release EXPERIMENT_ID [--publish]         release an experiment: assistant versions, experiment version\n"
              "  archive ID [--dry-run]                    archive an assistant family, or show what blocks it\n"
              "  deletions [--retry]                       remote deletion jobs and their state\n"
              "  orphans [--cached] [--delete --yes]       remote files and vector stores no assistant uses; delete them\n"
              "  connect --base-url URL [--organization ID] [--project ID] [--no-key]\n"
              "                                            set the workspace's connection; key read from stdin\n"
              "  remote list                               every assistant of the account (all pages)\n"
              "  export-responses ID                       the assistant as a Responses-API request config\n"
              "  bundle ID OUT.zip                         archive bundle: definition, versions, manifest, file copies\n"
              "  set (ID… | --all) FIELD=VALUE…            change only the named fields of working assistants, all or none:\n"
              "                                            name, description, instructions (instructions=@PATH reads a file),\n"
              "                                            model, temperature, top_p, metadata.KEY (empty value removes it)\n"
              "  workspace init URL                        create the team workspace schema in an empty PostgreSQL database\n"
              "  workspace copy FROM TO                    copy a whole workspace (file copies included) into an empty one,\n"
              "                                            SQLite or PostgreSQL either way; all or nothing\n"
              "  test (ID… | --all) [--via assistants|responses] [--json]\n"
              "                                            run the saved conversation checks (default: --via responses);\n"
              "                                            exit 1 when one fails, 4 when the server cannot be reached\n"
              "\n"
              "Global options:\n"
              "  --workspace PATH   the workspace file or a postgresql://user@host:port/dbname URL (password from\n"
              "                     PGPASSWORD or the keychain; default: %1)\n"
              "  --json             machine-readable output on stdout\n"
              "  --quiet            no progress or informational messages\n"
              "  --interactive      ask before deleting or sending (archive, orphans --delete, push)\n"
              "  --help, --version\n"
              "\n"
              "Exit status: 0 success, 1 failed or refused, 2 usage error, 3 blocked, 4 network or server error.\n")
        .arg(Workspace::defaultPath());
}

/// `COMMAND --help`: the command's lines of the usage text, then the global options and exit statuses.
QString commandUsage(const QString &command)
{
    const QStringList lines = usageText().split(QLatin1Char('\n'));
    QStringList own;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i);
        const QString trimmed = line.trimmed();
        if (!line.startsWith(QLatin1String("  ")) || line.startsWith(QLatin1String("   "))
            || !(trimmed == command || trimmed.startsWith(command + QLatin1Char(' '))))
            continue;
        own << line;
        // A description on its own line is indented further.
        while (i + 1 < lines.size() && lines.at(i + 1).startsWith(QLatin1String("          ")))
            own << lines.at(++i);
    }
    if (own.isEmpty())
        return usageText();
    // The sections after the commands ("Global options:", exit statuses): from the second heading on.
    const QStringList headings = lines.filter(QRegularExpression(QStringLiteral("^\\S.*:$")));
    const qsizetype globals = headings.size() >= 2 ? lines.indexOf(headings.at(1)) : -1;
    QString text = tr("Usage: assistant-desk-cli [global options] %1 [arguments]").arg(command) + QStringLiteral("\n\n");
    text += own.join(QLatin1Char('\n')) + QStringLiteral("\n\n");
    if (globals > 0)
        text += lines.mid(globals).join(QLatin1Char('\n'));
    return text;
}

int usageError(QTextStream &err, const QString &message)
{
    err << message << '\n' << tr("Run 'assistant-desk-cli --help' for usage.") << '\n';
    return Usage;
}


QJsonValue nullableJson(const std::optional<QString> &s)
{
    return s ? QJsonValue(*s) : QJsonValue(QJsonValue::Null);
}

QJsonValue nullableJson(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

void writeJson(QTextStream &out, const QJsonValue &value)
{
    // JsonWriter keeps key insertion order for our own objects only through QJsonObject's sorted order; the shapes
    // of cli.md name keys, not their order.
    JsonWriter w;
    w.value(value);
    out << QString::fromUtf8(w.finish());
}

Result<std::unique_ptr<Workspace>> openExisting(const QString &spec)
{
    return openWorkspace(spec, true);
}

int fail(QTextStream &err, const Error &e)
{
    err << e.message << '\n';
    for (qsizetype i = 1; i < e.details.size(); ++i)
        err << e.details.at(i) << '\n';
    switch (e.kind) {
    case ErrorKind::Network:
        return NetworkError;
    case ErrorKind::Blocked:
        return Blocked;
    default:
        return Failed;
    }
}

int importWorkspace(const Options &o, QTextStream &out, QTextStream &err)
{
    if (o.args.size() != 1 || o.args.first().startsWith(QLatin1String("--")))
        return usageError(err, tr("import-workspace takes exactly one FILE."));
    const QString source = o.args.first();
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("Cannot import “%1”: %2").arg(source, file.errorString()) << '\n';
        return Failed;
    }
    // A bundle is recognised by its zip signature, whatever its name (exportcommands.h).
    if (Bundle::looksLikeZip(file.peek(4)))
        return importBundleFile({o.workspace, o.json, o.quiet, o.args}, source, out, err);
    const QByteArray json = file.readAll();
    auto ws = openWorkspace(o.workspace, false);
    if (!ws)
        return fail(err, ws.error());
    if (ws.value()->isReadOnly()) {
        // Refused before the file is checked against the records: nothing could be imported anyway.
        err << ws.value()->readOnlyReason() << '\n';
        return Failed;
    }
    const Status s = Interchange::importInto(*ws.value(), json);
    if (!s) {
        const Error &e = s.error();
        if (e.kind == ErrorKind::Validation) {
            err << tr("Cannot import “%1”: the file has errors; nothing was imported. Problems: %2")
                       .arg(source)
                       .arg(e.details.size())
                << '\n';
            for (const QString &line : e.details)
                err << line << '\n';
            return Failed;
        }
        return fail(err, e);
    }
    const auto data = ws.value()->exportData();
    int working = 0;
    for (const auto &a : data.assistants)
        working += a.isVersion() ? 0 : 1;
    if (o.json) {
        writeJson(out, QJsonObject{{QStringLiteral("workspace"), ws.value()->path()},
                                   {QStringLiteral("imported"), QJsonObject{{QStringLiteral("files"), data.files.size()},
                                                                            {QStringLiteral("assistants"), working}}}});
    } else if (!o.quiet) {
        err << tr("Imported “%1” into %2.").arg(source, ws.value()->path()) << '\n';
    }
    return Ok;
}

int exportWorkspace(const Options &o, QTextStream &out, QTextStream &err)
{
    bool withContent = false;
    QString target;
    for (const QString &a : o.args) {
        if (a == QLatin1String("--with-content"))
            withContent = true;
        else if (a.startsWith(QLatin1String("--")))
            return usageError(err, tr("Unknown option for export-workspace: %1").arg(a));
        else if (target.isEmpty())
            target = a;
        else
            return usageError(err, tr("export-workspace takes at most one FILE."));
    }
    auto ws = openExisting(o.workspace);
    if (!ws)
        return fail(err, ws.error());
    const QByteArray json = Interchange::exportFrom(*ws.value(), withContent, QDateTime::currentDateTimeUtc());
    if (target.isEmpty()) {
        out << QString::fromUtf8(json);
        return Ok;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        err << tr("Cannot write “%1”: %2").arg(target, file.errorString()) << '\n';
        return Failed;
    }
    if (!o.quiet)
        err << tr("Exported the workspace to “%1”.").arg(target) << '\n';
    return Ok;
}

int list(const Options &o, QTextStream &out, QTextStream &err)
{
    bool all = false;
    for (const QString &a : o.args) {
        if (a == QLatin1String("--all"))
            all = true;
        else
            return usageError(err, tr("Unknown argument for list: %1").arg(a));
    }
    auto ws = openExisting(o.workspace);
    if (!ws)
        return fail(err, ws.error());
    QList<AssistantSummary> rows;
    for (const auto &s : ws.value()->assistantSummaries())
        if (!s.isVersion() && (all || !s.archived))
            rows << s;
    std::sort(rows.begin(), rows.end(), [](const AssistantSummary &a, const AssistantSummary &b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    if (o.json) {
        QJsonArray array;
        for (const auto &s : rows)
            array.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("name"), s.name},
                                     {QStringLiteral("remote_id"), nullableJson(s.remoteId)},
                                     {QStringLiteral("model"), s.model},
                                     {QStringLiteral("status"), syncStatusWireName(s.syncStatus)},
                                     {QStringLiteral("checked_at"), nullableJson(s.checkedAt)},
                                     {QStringLiteral("not_pushed"), s.notPushed},
                                     {QStringLiteral("archived"), s.archived},
                                     {QStringLiteral("version_count"), s.versionCount}});
        writeJson(out, array);
        return Ok;
    }
    if (rows.isEmpty()) {
        if (!o.quiet)
            err << tr("No assistants in this workspace.") << '\n';
        return Ok;
    }
    for (const auto &s : rows) {
        QString status = s.noAssistantsApi ? tr("No Assistants API") : syncStatusBadgeText(s.syncStatus);
        if (s.notPushed && s.remoteId)
            status += tr(" · Not pushed");
        if (s.archived)
            status += tr(" · Archived");
        out << s.id << '\t' << s.name << '\t' << s.model << '\t' << status << '\t'
            << (s.checkedAt.isEmpty() ? tr("never checked") : s.checkedAt) << '\n';
    }
    return Ok;
}

QJsonObject fileJson(const WorkspaceFile &f)
{
    return QJsonObject{{QStringLiteral("id"), f.id},
                       {QStringLiteral("name"), f.name},
                       {QStringLiteral("size"), double(f.size)},
                       {QStringLiteral("sha256"), nullableJson(f.sha256)},
                       {QStringLiteral("remote_file_id"), nullableJson(f.remoteFileId)},
                       {QStringLiteral("local_copy"), f.hasLocalCopy()}};
}

int show(const Options &o, QTextStream &out, QTextStream &err)
{
    if (o.args.size() != 1 || o.args.first().startsWith(QLatin1String("--")))
        return usageError(err, tr("show takes exactly one assistant ID."));
    auto ws = openExisting(o.workspace);
    if (!ws)
        return fail(err, ws.error());
    Workspace &w = *ws.value();
    auto a = w.assistant(o.args.first());
    if (!a)
        return fail(err, a.error());
    const SyncState sync = w.syncState(a->id);
    const QString status = syncStatusWireName(sync.current.status);
    const QString checkedAt = sync.current.checkedAt;
    const QList<Assistant> versions = a->isVersion() ? QList<Assistant>{} : w.versions(a->id);
    if (o.json) {
        QJsonArray functions;
        for (const auto &f : a->functions)
            functions.append(QJsonObject{{QStringLiteral("name"), f.name},
                                         {QStringLiteral("description"), f.description},
                                         {QStringLiteral("parameters"), f.parameters},
                                         {QStringLiteral("strict"), f.strict}});
        QJsonArray ci, fs;
        for (const auto &f : w.filesByIds(a->codeInterpreterFiles))
            ci.append(fileJson(f));
        for (const auto &f : w.filesByIds(a->fileSearchFiles))
            fs.append(fileJson(f));
        QJsonObject metadata;
        for (auto it = a->metadata.cbegin(); it != a->metadata.cend(); ++it)
            metadata.insert(it.key(), it.value());
        QJsonArray versionArray;
        const auto summaries = w.assistantSummaries();
        for (const auto &v : versions) {
            QString vStatus = QStringLiteral("never_pushed"), vChecked;
            for (const auto &s : summaries)
                if (s.id == v.id) {
                    vStatus = syncStatusWireName(s.syncStatus);
                    vChecked = s.checkedAt;
                }
            versionArray.append(QJsonObject{{QStringLiteral("id"), v.id},
                                            {QStringLiteral("version_number"), v.versionNumber},
                                            {QStringLiteral("name"), v.name},
                                            {QStringLiteral("remote_id"), nullableJson(v.remoteId)},
                                            {QStringLiteral("status"), vStatus},
                                            {QStringLiteral("checked_at"), nullableJson(vChecked)}});
        }
        QJsonArray tools;
        for (const auto &t : a->builtinTools())
            tools.append(t);
        writeJson(out, QJsonObject{
                           {QStringLiteral("id"), a->id},
                           {QStringLiteral("name"), a->name},
                           {QStringLiteral("model"), a->model},
                           {QStringLiteral("description"), nullableJson(a->description)},
                           {QStringLiteral("instructions"), a->instructions},
                           {QStringLiteral("temperature"), a->temperature},
                           {QStringLiteral("top_p"), a->topP},
                           {QStringLiteral("builtin_tools"), tools},
                           {QStringLiteral("functions"), functions},
                           {QStringLiteral("files"), QJsonObject{{QStringLiteral("code_interpreter"), ci},
                                                                 {QStringLiteral("file_search"), fs}}},
                           {QStringLiteral("vector_store_id"), nullableJson(a->vectorStoreId)},
                           {QStringLiteral("metadata"), metadata},
                           {QStringLiteral("include_file_info"), a->includeFileInfo},
                           {QStringLiteral("allow_file_search_attachments"), a->allowFileSearchAttachments},
                           {QStringLiteral("allow_code_interpreter_attachments"), a->allowCodeInterpreterAttachments},
                           {QStringLiteral("allow_file_downloads"), a->allowFileDownloads},
                           {QStringLiteral("remote_id"), nullableJson(a->remoteId)},
                           {QStringLiteral("working_version_id"), nullableJson(a->workingVersionId)},
                           {QStringLiteral("version_number"), a->versionNumber},
                           {QStringLiteral("archived"), a->archived},
                           {QStringLiteral("not_pushed"), a->notPushed},
                           {QStringLiteral("versions"), versionArray},
                           {QStringLiteral("status"), status},
                           {QStringLiteral("checked_at"), nullableJson(checkedAt)},
                           {QStringLiteral("stale"), sync.stale()},
                           {QStringLiteral("error"), nullableJson(sync.error)},
                           {QStringLiteral("differences"), SyncDiff::toJson(sync.current.differences)},
                           {QStringLiteral("last_known"), sync.lastKnown ? QJsonValue(QJsonObject{
                                                              {QStringLiteral("status"), syncStatusWireName(sync.lastKnown->status)},
                                                              {QStringLiteral("checked_at"), nullableJson(sync.lastKnown->checkedAt)},
                                                              {QStringLiteral("differences"), SyncDiff::toJson(sync.lastKnown->differences)}})
                                                                        : QJsonValue(QJsonValue::Null)}});
        return Ok;
    }
    out << a->name << "  (" << a->id << ")\n";
    if (a->isVersion())
        out << tr("Read-only: version v%1").arg(a->versionNumber) << '\n';
    out << tr("Status: %1").arg(sync.badgeText())
        << (a->notPushed && a->remoteId ? tr(" · Not pushed") : QString())
        << (checkedAt.isEmpty() ? QString() : tr(" · checked %1").arg(checkedAt)) << '\n';
    if (!sync.error.isEmpty())
        out << tr("Last check failed: %1").arg(sync.error) << '\n';
    for (const auto &d : sync.current.differences)
        out << tr("Differs: %1").arg(d.summary()) << '\n';
    out << tr("Model: %1").arg(a->model) << '\n';
    out << tr("Remote id: %1").arg(a->remoteId.value_or(tr("(none)"))) << '\n';
    if (a->description)
        out << tr("Description: %1").arg(*a->description) << '\n';
    out << tr("Temperature: %1 · Top P: %2").arg(a->temperature).arg(a->topP) << '\n';
    out << tr("Tools: %1").arg(a->builtinTools().isEmpty() ? tr("(none)") : a->builtinTools().join(QStringLiteral(", ")))
        << '\n';
    for (const auto &f : a->functions)
        out << tr("Function: %1 — %2").arg(f.name, f.description) << '\n';
    for (const auto &f : w.filesByIds(a->codeInterpreterFiles))
        out << tr("Code interpreter file: %1 (%2 bytes)").arg(f.name).arg(f.size) << '\n';
    for (const auto &f : w.filesByIds(a->fileSearchFiles))
        out << tr("File search file: %1 (%2 bytes)").arg(f.name).arg(f.size) << '\n';
    for (const auto &v : versions)
        out << tr("Version v%1: %2 (%3)").arg(v.versionNumber).arg(v.name, v.id) << '\n';
    out << tr("Instructions:") << '\n' << a->instructions << '\n';
    return Ok;
}
} // namespace

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Options o;
    o.workspace = Workspace::defaultPath();
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--workspace")) {
            if (i + 1 >= arguments.size())
                return usageError(err, tr("--workspace needs a PATH."));
            o.workspace = arguments.at(++i);
        } else if (a.startsWith(QLatin1String("--workspace="))) {
            o.workspace = a.mid(12);
        } else if (a == QLatin1String("--json")) {
            o.json = true;
        } else if (a == QLatin1String("--quiet")) {
            o.quiet = true;
        } else if (a == QLatin1String("--interactive")) {
            o.interactive = true;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            o.help = true;
        } else if (a == QLatin1String("--version")) {
            o.version = true;
        } else if (o.command.isEmpty() && !a.startsWith(QLatin1Char('-'))) {
            o.command = a;
        } else if (!o.command.isEmpty()) {
            o.args << a;
        } else {
            return usageError(err, tr("Unknown option: %1").arg(a));
        }
    }
    if (o.version) {
        out << "assistant-desk-cli " << ADESK_VERSION << '\n';
        return Ok;
    }
    if (o.help) {
        // `workspace init --help` shows that subcommand only.
        const QString subcommand = o.command == QLatin1String("workspace") && !o.args.isEmpty()
                                           && !o.args.first().startsWith(QLatin1Char('-'))
                                       ? o.command + QLatin1Char(' ') + o.args.first()
                                       : o.command;
        out << (o.command.isEmpty() ? usageText() : commandUsage(subcommand));
        return Ok;
    }
    if (o.command.isEmpty())
        return usageError(err, tr("No command given."));
    if (o.workspace.isEmpty())
        return usageError(err, tr("--workspace needs a PATH."));

    if (o.command == QLatin1String("import-workspace"))
        return importWorkspace(o, out, err);
    if (o.command == QLatin1String("export-workspace"))
        return exportWorkspace(o, out, err);
    if (o.command == QLatin1String("list"))
        return list(o, out, err);
    if (o.command == QLatin1String("show"))
        return show(o, out, err);
    if (o.command == QLatin1String("connect"))
        return connectCommand({o.workspace, o.json, o.quiet, o.args}, out, err);
    if (o.command == QLatin1String("remote"))
        return remoteCommand({o.workspace, o.json, o.quiet, o.args}, out, err);
    const CommandContext context{o.workspace, o.json, o.quiet, o.args, o.interactive};
    using Command = int (*)(const CommandContext &, QTextStream &, QTextStream &);
    static const QHash<QString, Command> commands{
        {QStringLiteral("import-remote"), importRemoteCommand}, {QStringLiteral("check"), checkCommand},
        {QStringLiteral("push"), pushCommand},                  {QStringLiteral("pull"), pullCommand},
        {QStringLiteral("archive"), archiveCommand},            {QStringLiteral("deletions"), deletionsCommand},
        {QStringLiteral("orphans"), orphansCommand},
        {QStringLiteral("release"), releaseCommand},
        {QStringLiteral("export-responses"), exportResponsesCommand}, {QStringLiteral("bundle"), bundleCommand},
        {QStringLiteral("set"), setCommand},                    {QStringLiteral("workspace"), workspaceCommand},
        {QStringLiteral("test"), testCommand}};
    if (const auto it = commands.constFind(o.command); it != commands.cend())
        return (*it)(context, out, err);
    return usageError(err, tr("Unknown command: %1").arg(o.command));
}
} // namespace Cli
