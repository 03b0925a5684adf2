#include "domain/remotemapping.h"

#include "domain/validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RemoteMap", text);
}
}

Result<RemoteMapping> RemoteMap::map(const Assistant &base, const RemoteSnapshot &snapshot,
                                     const QList<WorkspaceFile> &existingFiles)
{
    const QJsonObject &r = snapshot.assistant;
    RemoteMapping out;
    Assistant a = base;
    if (a.id.isEmpty())
        a.id = generateLocalId(QStringLiteral("a-"));
    const QJsonValue name = r.value(QStringLiteral("name"));
    a.name = name.isString() && !name.toString().isEmpty() ? name.toString() : tr("Untitled assistant");
    const QString description = r.value(QStringLiteral("description")).toString();
    a.description = description.isEmpty() ? std::nullopt : std::optional<QString>(description);
    a.instructions = r.value(QStringLiteral("instructions")).toString();
    a.model = r.value(QStringLiteral("model")).toString();
    a.temperature = r.value(QStringLiteral("temperature")).isDouble() ? r.value(QStringLiteral("temperature")).toDouble() : 1.0;
    a.topP = r.value(QStringLiteral("top_p")).isDouble() ? r.value(QStringLiteral("top_p")).toDouble() : 1.0;
    a.codeInterpreter = a.fileSearch = false;
    a.functions.clear();
    for (const auto &t : r.value(QStringLiteral("tools")).toArray()) {
        const QJsonObject tool = t.toObject();
        const QString type = tool.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("code_interpreter")) {
            a.codeInterpreter = true;
        } else if (type == QLatin1String("file_search")) {
            a.fileSearch = true;
        } else if (type == QLatin1String("function")) {
            const QJsonObject fn = tool.value(QStringLiteral("function")).toObject();
            FunctionTool f;
            f.name = fn.value(QStringLiteral("name")).toString();
            f.description = fn.value(QStringLiteral("description")).toString();
            if (fn.value(QStringLiteral("parameters")).isObject())
                f.parameters = fn.value(QStringLiteral("parameters")).toObject();
            f.strict = fn.value(QStringLiteral("strict")).toBool(false);
            a.functions << f;
        } else {
            out.warnings << tr("Tool type %1 is not supported and will be removed by the next push").arg(type);
        }
    }
    a.metadata.clear();
    const QJsonObject metadata = r.value(QStringLiteral("metadata")).toObject();
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        if (it.key() != QLatin1String(ReservedMetadataKey))
            a.metadata.insert(it.key(), it.value().toString());

    QHash<QString, WorkspaceFile> byRemote;
    for (const auto &f : existingFiles)
        if (f.remoteFileId)
            byRemote.insert(*f.remoteFileId, f);
    const auto localIdFor = [&](const QString &remoteId) {
        const auto it = byRemote.constFind(remoteId);
        if (it != byRemote.cend())
            return it->id;
        WorkspaceFile f;
        f.id = generateLocalId(QStringLiteral("f-"));
        f.remoteFileId = remoteId;
        const auto info = snapshot.files.constFind(remoteId);
        f.name = info != snapshot.files.cend() && info->found && !info->filename.isEmpty() ? info->filename : remoteId;
        f.size = info != snapshot.files.cend() ? info->bytes : 0;
        byRemote.insert(remoteId, f);
        out.newFiles << f;
        return f.id;
    };
    const QJsonObject resources = r.value(QStringLiteral("tool_resources")).toObject();
    a.codeInterpreterFiles.clear();
    for (const auto &v : resources.value(QStringLiteral("code_interpreter")).toObject().value(QStringLiteral("file_ids")).toArray())
        a.codeInterpreterFiles << localIdFor(v.toString());
    const QJsonArray stores = resources.value(QStringLiteral("file_search")).toObject().value(QStringLiteral("vector_store_ids")).toArray();
    a.vectorStoreId = stores.isEmpty() ? std::nullopt : std::optional<QString>(stores.first().toString());
    a.fileSearchFiles.clear();
    if (a.vectorStoreId) {
        for (const auto &store : snapshot.stores)
            if (store.id == *a.vectorStoreId)
                for (const auto &f : store.files)
                    if (!a.fileSearchFiles.contains(localIdFor(f.fileId)))
                        a.fileSearchFiles << localIdFor(f.fileId);
    }
    a.remoteId = r.value(QStringLiteral("id")).toString();
    a.notPushed = false;

    QList<FieldProblem> problems = validateAssistant(a);
    for (const auto &f : out.newFiles)
        problems << validateFile(f);
    if (!problems.isEmpty())
        return Error::validation(problemTexts(problems));
    out.assistant = a;
    return out;
}
