#include "export/responsesexport.h"

#include "interchange/jsonwriter.h"

#include <QCoreApplication>
#include <QHash>

namespace ResponsesExport {
namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("ResponsesExport", text, nullptr, n);
}

/// Writes the config object into `w` and returns its warnings and the fields that do not carry over.
Config writeConfig(JsonWriter &w, const Assistant &a, const QList<WorkspaceFile> &files)
{
    Config result;
    QHash<QString, WorkspaceFile> byId;
    for (const WorkspaceFile &f : files)
        byId.insert(f.id, f);

    w.beginObject();
    w.key(QStringLiteral("model"));
    w.value(a.model);
    w.key(QStringLiteral("instructions"));
    w.value(a.instructions);
    w.key(QStringLiteral("temperature"));
    w.value(a.temperature);
    w.key(QStringLiteral("top_p"));
    w.value(a.topP);
    w.key(QStringLiteral("tools"));
    w.beginArray();
    if (a.fileSearch) {
        if (a.vectorStoreId && !a.vectorStoreId->isEmpty()) {
            w.beginObject();
            w.key(QStringLiteral("type"));
            w.value(QStringLiteral("file_search"));
            w.key(QStringLiteral("vector_store_ids"));
            w.stringArray({*a.vectorStoreId});
            w.endObject();
        } else {
            result.warnings << tr("File search has no vector store yet; push the assistant first");
        }
    }
    if (a.codeInterpreter) {
        QStringList remoteIds;
        int notUploaded = 0;
        for (const QString &id : a.codeInterpreterFiles) {
            const auto it = byId.constFind(id);
            if (it != byId.cend() && it->remoteFileId && !it->remoteFileId->isEmpty())
                remoteIds << *it->remoteFileId;
            else
                ++notUploaded;
        }
        w.beginObject();
        w.key(QStringLiteral("type"));
        w.value(QStringLiteral("code_interpreter"));
        w.key(QStringLiteral("container"));
        w.beginObject();
        w.key(QStringLiteral("type"));
        w.value(QStringLiteral("auto"));
        w.key(QStringLiteral("file_ids"));
        w.stringArray(remoteIds);
        w.endObject();
        w.endObject();
        if (notUploaded > 0)
            result.warnings << tr("%n code interpreter files are not uploaded", notUploaded);
    }
    for (const FunctionTool &f : a.functions) {
        w.beginObject();
        w.key(QStringLiteral("type"));
        w.value(QStringLiteral("function"));
        w.key(QStringLiteral("name"));
        w.value(f.name);
        w.key(QStringLiteral("description"));
        w.value(f.description);
        w.key(QStringLiteral("parameters"));
        w.value(QJsonValue(f.parameters));
        w.key(QStringLiteral("strict"));
        w.value(f.strict);
        w.endObject();
    }
    w.endArray();
    w.endObject();

    result.notCarriedOver << QStringLiteral("name");
    if (a.description && !a.description->isEmpty())
        result.notCarriedOver << QStringLiteral("description");
    if (!a.metadata.isEmpty())
        result.notCarriedOver << QStringLiteral("metadata");
    result.notCarriedOver << QStringLiteral("include_file_info") << QStringLiteral("allow_file_search_attachments")
                          << QStringLiteral("allow_code_interpreter_attachments") << QStringLiteral("allow_file_downloads");
    return result;
}
} // namespace

Config exportAssistant(const Assistant &assistant, const QList<WorkspaceFile> &files)
{
    JsonWriter w;
    Config result = writeConfig(w, assistant, files);
    result.json = w.finish();
    return result;
}

QByteArray envelopeJson(const Assistant &assistant, const QList<WorkspaceFile> &files)
{
    JsonWriter w;
    w.beginObject();
    w.key(QStringLiteral("config"));
    const Config result = writeConfig(w, assistant, files);
    w.key(QStringLiteral("warnings"));
    w.stringArray(result.warnings);
    w.key(QStringLiteral("not_carried_over"));
    w.stringArray(result.notCarriedOver);
    w.endObject();
    return w.finish();
}

QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("ResponsesExport", "Name")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("ResponsesExport", "Description")},
        {QStringLiteral("metadata"), QT_TRANSLATE_NOOP("ResponsesExport", "Metadata")},
        {QStringLiteral("include_file_info"), QT_TRANSLATE_NOOP("ResponsesExport", "Include file info (local setting)")},
        {QStringLiteral("allow_file_search_attachments"),
         QT_TRANSLATE_NOOP("ResponsesExport", "Allow file search attachments (local setting)")},
        {QStringLiteral("allow_code_interpreter_attachments"),
         QT_TRANSLATE_NOOP("ResponsesExport", "Allow code interpreter attachments (local setting)")},
        {QStringLiteral("allow_file_downloads"), QT_TRANSLATE_NOOP("ResponsesExport", "Allow file downloads (local setting)")},
    };
    const auto it = labels.constFind(field);
    return it == labels.cend() ? field : tr(*it);
}

} // namespace ResponsesExport
