#include "sync/servercapabilities.h"

#include "core/logging.h"
#include "openai/apierror.h"
#include "openai/openaiclient.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
using Support = ServerCapabilities::Support;

QString tr(const char *text)
{
    return QCoreApplication::translate("ServerCapabilities", text);
}

bool isHttp(const Error &e, int status)
{
    return e.api && e.api->failure == OpenAi::ApiError::Failure::Http && e.api->httpStatus == status;
}

QString supportName(Support s)
{
    switch (s) {
    case Support::Yes:
        return QStringLiteral("yes");
    case Support::No:
        return QStringLiteral("no");
    case Support::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

Support supportFromName(const QString &name)
{
    if (name == QLatin1String("yes"))
        return Support::Yes;
    if (name == QLatin1String("no"))
        return Support::No;
    return Support::Unknown;
}

QString supportText(Support s)
{
    switch (s) {
    case Support::Yes:
        return tr("yes");
    case Support::No:
        return tr("no");
    case Support::Unknown:
        break;
    }
    return tr("unknown");
}

/// An endpoint's support from the answer to a request on it: 2xx yes, 404 no, anything else unknown.
template<typename T>
Support supportOf(const Result<T> &answer)
{
    if (answer)
        return Support::Yes;
    return isHttp(answer.error(), 404) ? Support::No : Support::Unknown;
}
} // namespace

QStringList ServerCapabilities::summaryLines() const
{
    QStringList lines;
    lines << tr("Assistants API: %1").arg(supportText(assistants));
    lines << tr("Vector stores: %1").arg(supportText(vectorStores));
    lines << tr("File batches: %1").arg(supportText(fileBatches));
    lines << (models == Support::Yes && modelCount >= 0
                  ? tr("Models list: yes (%1)").arg(modelCount)
                  : tr("Models list: %1").arg(supportText(models)));
    if (fieldsNotKept)
        lines << (fieldsNotKept->isEmpty() ? tr("Fields kept: all that the last push sent")
                                           : tr("Fields not kept: %1").arg(fieldsNotKept->join(QStringLiteral(", "))));
    return lines;
}

QJsonObject ServerCapabilities::toJson() const
{
    QJsonObject o{{QStringLiteral("base_url"), baseUrl},
                  {QStringLiteral("probed_at"), probedAt},
                  {QStringLiteral("assistants"), supportName(assistants)},
                  {QStringLiteral("vector_stores"), supportName(vectorStores)},
                  {QStringLiteral("file_batches"), supportName(fileBatches)},
                  {QStringLiteral("models"), supportName(models)},
                  {QStringLiteral("model_count"), modelCount}};
    if (fieldsNotKept) {
        o.insert(QStringLiteral("fields_not_kept"), QJsonArray::fromStringList(*fieldsNotKept));
        o.insert(QStringLiteral("fields_checked_at"), fieldsCheckedAt);
    }
    return o;
}

ServerCapabilities ServerCapabilities::fromJson(const QJsonObject &json)
{
    ServerCapabilities c;
    c.baseUrl = json.value(QLatin1String("base_url")).toString();
    c.probedAt = json.value(QLatin1String("probed_at")).toString();
    c.assistants = supportFromName(json.value(QLatin1String("assistants")).toString());
    c.vectorStores = supportFromName(json.value(QLatin1String("vector_stores")).toString());
    c.fileBatches = supportFromName(json.value(QLatin1String("file_batches")).toString());
    c.models = supportFromName(json.value(QLatin1String("models")).toString());
    c.modelCount = json.value(QLatin1String("model_count")).toInt(-1);
    if (json.value(QLatin1String("fields_not_kept")).isArray()) {
        QStringList fields;
        for (const QJsonValue &v : json.value(QLatin1String("fields_not_kept")).toArray())
            fields << v.toString();
        c.fieldsNotKept = fields;
        c.fieldsCheckedAt = json.value(QLatin1String("fields_checked_at")).toString();
    }
    return c;
}

namespace Capabilities {

QCoro::Task<Result<ServerCapabilities>> probe(OpenAi::OpenAiClient &client, OpenAi::CancelToken *cancel,
                                              std::optional<bool> assistantsApi)
{
    ServerCapabilities c;
    c.baseUrl = client.connection().baseUrl;

    if (assistantsApi) {
        c.assistants = *assistantsApi ? Support::Yes : Support::No;
    } else {
        auto assistants = co_await client.probeAssistantsApi(cancel);
        if (!assistants && !isHttp(assistants.error(), 404))
            co_return assistants.error();   // unreachable, 401, 5xx…: nothing can be told
        c.assistants = supportOf(assistants);
    }

    auto stores = co_await client.listVectorStores(cancel);
    if (!stores && stores.error().kind == ErrorKind::Cancelled)
        co_return stores.error();
    c.vectorStores = supportOf(stores);

    if (stores && !stores->isEmpty()) {
        const QString storeId = stores->first().value(QLatin1String("id")).toString();
        const QString probeBatch = QStringLiteral("vsfb_capability_probe");
        auto batch = co_await client.retrieveFileBatch(storeId, probeBatch, cancel);
        if (!batch && batch.error().kind == ErrorKind::Cancelled)
            co_return batch.error();
        if (batch) {
            c.fileBatches = Support::Yes;
        } else if (batch.error().api && batch.error().api->failure == OpenAi::ApiError::Failure::Http) {
            // The route exists when the server says the batch is unknown; "Invalid URL" means it does not.
            const bool unknownRoute = isHttp(batch.error(), 404)
                && batch.error().api->message.startsWith(QLatin1String("Invalid URL"));
            c.fileBatches = unknownRoute ? Support::No : Support::Yes;
        }
    } else if (c.vectorStores == Support::No) {
        c.fileBatches = Support::No;
    }

    auto models = co_await client.listModels(cancel);
    if (!models && models.error().kind == ErrorKind::Cancelled)
        co_return models.error();
    c.models = supportOf(models);
    if (models)
        c.modelCount = int(models->size());

    c.probedAt = utcNowIso();
    qCInfo(lcSync) << "server capabilities:" << QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact);
    co_return c;
}

std::optional<ServerCapabilities> load(const Workspace &workspace, const QString &baseUrl)
{
    const QString json = workspace.setting(QString::fromLatin1(SettingKey));
    if (json.isEmpty())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    ServerCapabilities c = ServerCapabilities::fromJson(doc.object());
    if (c.baseUrl != baseUrl)
        return std::nullopt;
    return c;
}

Status store(Workspace &workspace, ServerCapabilities capabilities)
{
    if (!capabilities.fieldsNotKept) {
        if (const auto previous = load(workspace, capabilities.baseUrl); previous && previous->fieldsNotKept) {
            capabilities.fieldsNotKept = previous->fieldsNotKept;
            capabilities.fieldsCheckedAt = previous->fieldsCheckedAt;
        }
    }
    return workspace.setSetting(QString::fromLatin1(SettingKey),
                                QString::fromUtf8(QJsonDocument(capabilities.toJson()).toJson(QJsonDocument::Compact)));
}

Status recordFieldsKept(Workspace &workspace, const QString &baseUrl, const QStringList &notKept)
{
    ServerCapabilities c = load(workspace, baseUrl).value_or(ServerCapabilities{});
    c.baseUrl = baseUrl;
    c.fieldsNotKept = notKept;
    c.fieldsCheckedAt = utcNowIso();
    return workspace.setSetting(QString::fromLatin1(SettingKey),
                                QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact)));
}

} // namespace Capabilities
