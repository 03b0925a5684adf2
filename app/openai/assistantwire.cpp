#include "openai/assistantwire.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace AssistantWire {

QJsonObject requestBody(const Assistant &a, const QStringList &codeInterpreterRemoteIds)
{
    QJsonArray tools;
    if (a.codeInterpreter)
        tools.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("code_interpreter")}});
    if (a.fileSearch)
        tools.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("file_search")}});
    for (const FunctionTool &f : a.functions) {
        QJsonObject function{{QStringLiteral("name"), f.name},
                             {QStringLiteral("description"), f.description},
                             {QStringLiteral("parameters"), f.parameters}};
        if (f.strict)
            function.insert(QStringLiteral("strict"), true);
        tools.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                 {QStringLiteral("function"), function}});
    }

    QJsonObject resources;
    if (a.codeInterpreter)
        resources.insert(QStringLiteral("code_interpreter"),
                         QJsonObject{{QStringLiteral("file_ids"),
                                      QJsonArray::fromStringList(codeInterpreterRemoteIds)}});
    if (a.fileSearch) {
        QJsonArray stores;
        if (a.vectorStoreId && !a.vectorStoreId->isEmpty())
            stores.append(*a.vectorStoreId);
        resources.insert(QStringLiteral("file_search"), QJsonObject{{QStringLiteral("vector_store_ids"), stores}});
    }

    QJsonObject metadata;
    for (auto it = a.metadata.cbegin(); it != a.metadata.cend(); ++it)
        metadata.insert(it.key(), it.value());
    metadata.insert(QStringLiteral("assistant_desk_id"), a.id);

    return QJsonObject{
        {QStringLiteral("model"), a.model},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("description"), a.description ? QJsonValue(*a.description) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("instructions"), a.instructions},
        {QStringLiteral("temperature"), a.temperature},
        {QStringLiteral("top_p"), a.topP},
        {QStringLiteral("tools"), tools},
        {QStringLiteral("tool_resources"), resources},
        {QStringLiteral("metadata"), metadata},
    };
}

Result<QJsonObject> requestBody(const Assistant &a, const QHash<QString, QString> &remoteIdByLocalId)
{
    QStringList remote;
    QStringList missing;
    if (a.codeInterpreter) {
        for (const QString &local : a.codeInterpreterFiles) {
            const QString id = remoteIdByLocalId.value(local);
            if (id.isEmpty())
                missing << local;
            else
                remote << id;
        }
    }
    if (!missing.isEmpty())
        return Error::validation({QCoreApplication::translate("AssistantWire",
                                                              "Code interpreter files: not uploaded yet: %1")
                                      .arg(missing.join(QStringLiteral(", ")))});
    return requestBody(a, remote);
}

} // namespace AssistantWire
