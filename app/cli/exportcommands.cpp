#include "cli/exportcommands.h"

#include "cli/cli.h"
#include "cli/clisupport.h"
#include "export/bundle.h"
#include "export/responsesexport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace Cli {
namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Cli", text, nullptr, n);
}

/// Message, then every detail line (bundle errors do not repeat the message in their details).
int printBundleError(QTextStream &err, const Error &e)
{
    err << e.message << '\n';
    for (const QString &line : e.details)
        if (line != e.message)
            err << line << '\n';
    return e.kind == ErrorKind::Network ? 4 : 1;
}
} // namespace

int exportResponsesCommand(const CommandContext &c, QTextStream &out, QTextStream &err)
{
    bool json = c.json;
    QStringList ids;
    for (const QString &a : c.args) {
        if (a == QLatin1String("--json"))
            json = true;
        else if (a.startsWith(QLatin1String("--")))
            return printUsage(err, tr("Unknown option for export-responses: %1").arg(a));
        else
            ids << a;
    }
    if (ids.size() != 1)
        return printUsage(err, tr("export-responses takes exactly one assistant ID."));
    auto session = openSession(c.workspace, false);
    if (!session)
        return printError(err, session.error());
    Workspace &ws = session.value()->workspace();
    auto assistant = ws.assistant(ids.first());
    if (!assistant)
        return printError(err, assistant.error());
    QStringList fileIds = assistant->codeInterpreterFiles;
    fileIds << assistant->fileSearchFiles;
    const QList<WorkspaceFile> files = ws.filesByIds(fileIds);
    if (json) {
        out << QString::fromUtf8(ResponsesExport::envelopeJson(assistant.value(), files));
        return Ok;
    }
    const ResponsesExport::Config config = ResponsesExport::exportAssistant(assistant.value(), files);
    out << QString::fromUtf8(config.json);
    for (const QString &warning : config.warnings)
        err << tr("Warning: %1").arg(warning) << '\n';
    if (!c.quiet) {
        QStringList labels;
        for (const QString &field : config.notCarriedOver)
            labels << ResponsesExport::fieldLabel(field);
        err << tr("Not carried over: %1").arg(labels.join(QStringLiteral(", "))) << '\n';
    }
    return Ok;
}

int bundleCommand(const CommandContext &c, QTextStream &out, QTextStream &err)
{
    bool json = c.json;
    QStringList positional;
    for (const QString &a : c.args) {
        if (a == QLatin1String("--json"))
            json = true;
        else if (a.startsWith(QLatin1String("--")))
            return printUsage(err, tr("Unknown option for bundle: %1").arg(a));
        else
            positional << a;
    }
    if (positional.size() != 2)
        return printUsage(err, tr("bundle takes an assistant ID and the OUT.zip file to write."));
    auto session = openSession(c.workspace, false);
    if (!session)
        return printError(err, session.error());
    const QString target = positional.at(1);
    auto written = Bundle::write(session.value()->workspace(), positional.first(), target);
    if (!written)
        return printBundleError(err, written.error());
    if (json) {
        printJson(out, QJsonObject{{QStringLiteral("bundle"), QFileInfo(target).absoluteFilePath()},
                                   {QStringLiteral("assistant"), written->assistantId},
                                   {QStringLiteral("name"), written->name},
                                   {QStringLiteral("versions"), written->versions},
                                   {QStringLiteral("files"), written->files},
                                   {QStringLiteral("without_content"), QJsonArray::fromStringList(written->withoutContent)}});
    } else if (!c.quiet) {
        err << tr("Wrote the bundle “%1”: “%2”, %3, %4.")
                   .arg(target, written->name, tr("%n version(s)", written->versions), tr("%n file(s)", written->files))
            << '\n';
    }
    for (const QString &name : written->withoutContent)
        err << tr("Warning: “%1” has no local copy; the bundle holds its record only.").arg(name) << '\n';
    return Ok;
}

int importBundleFile(const CommandContext &c, const QString &zipPath, QTextStream &out, QTextStream &err)
{
    auto ws = openWorkspace(c.workspace, false);
    if (!ws)
        return printError(err, ws.error());
    auto imported = Bundle::importInto(*ws.value(), zipPath);
    if (!imported)
        return printBundleError(err, imported.error());
    if (c.json) {
        printJson(out, QJsonObject{{QStringLiteral("workspace"), ws.value()->path()},
                                   {QStringLiteral("bundle"), QJsonObject{{QStringLiteral("assistant"), imported->assistantId},
                                                                          {QStringLiteral("name"), imported->name}}},
                                   {QStringLiteral("imported"), QJsonObject{{QStringLiteral("files"), imported->files},
                                                                            {QStringLiteral("assistants"), imported->assistants},
                                                                            {QStringLiteral("versions"), imported->versions},
                                                                            {QStringLiteral("contents"), imported->contents}}}});
    } else if (!c.quiet) {
        err << tr("Imported the bundle “%1” (“%2”) into %3.").arg(zipPath, imported->name, ws.value()->path()) << '\n';
    }
    return Ok;
}

} // namespace Cli
