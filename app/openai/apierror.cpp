#include "openai/apierror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>

namespace OpenAi {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("OpenAi::ApiError", text);
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QString statusTitle(int status)
{
    switch (status) {
    case 400: return tr("Bad request (400)");
    case 403: return tr("Access denied (403)");
    case 404: return tr("Not found (404)");
    case 405: return tr("Method not allowed (405)");
    case 408: return tr("Request timeout (408)");
    case 409: return tr("Conflict (409)");
    case 413: return tr("Request too large (413)");
    case 415: return tr("Unsupported media type (415)");
    case 422: return tr("Unprocessable request (422)");
    default: return tr("HTTP error (%1)").arg(status);
    }
}

QString withRequestId(const QString &text, const QString &requestId)
{
    return requestId.isEmpty() ? text : tr("%1 (request %2)").arg(text, requestId);
}
} // namespace

std::optional<ApiError> parseErrorEnvelope(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonValue error = doc.object().value(QLatin1String("error"));
    if (!error.isObject())
        return std::nullopt;
    const QJsonObject e = error.toObject();
    ApiError api;
    api.message = jsonText(e.value(QLatin1String("message")));
    api.type = jsonText(e.value(QLatin1String("type")));
    api.param = jsonText(e.value(QLatin1String("param")));
    api.code = jsonText(e.value(QLatin1String("code")));
    return api;
}

QString redacted(QString text, const QString &secret)
{
    if (!secret.isEmpty())
        text.replace(secret, QStringLiteral("[redacted]"));
    return text;
}

Error makeError(const ApiError &api, const QString &baseUrl, bool assistantsEndpoint)
{
    Error e;
    e.kind = ErrorKind::Network;
    const int n = std::max(1, api.attempts);
    switch (api.failure) {
    case ApiError::Failure::Cancelled:
        e.kind = ErrorKind::Cancelled;
        e.message = tr("Cancelled.");
        break;
    case ApiError::Failure::Refused:
        e.kind = ErrorKind::Refused;
        e.message = api.message;
        break;
    case ApiError::Failure::Timeout:
        e.message = n == 1 ? tr("The server did not answer in time (1 attempt).")
                           : QCoreApplication::translate("OpenAi::ApiError",
                                                         "The server did not answer in time (%n attempts).", nullptr, n);
        break;
    case ApiError::Failure::Connection:
        e.message = n == 1 ? tr("Cannot reach %1 (1 attempt): %2").arg(QUrl(baseUrl).host(), api.message)
                           : QCoreApplication::translate("OpenAi::ApiError", "Cannot reach %1 (%n attempts): %2", nullptr, n)
                                 .arg(QUrl(baseUrl).host(), api.message);
        break;
    case ApiError::Failure::MalformedReply:
        e.message = withRequestId(tr("The server sent a reply that is not valid JSON (HTTP %1): %2")
                                      .arg(api.httpStatus)
                                      .arg(api.message),
                                  api.requestId);
        break;
    case ApiError::Failure::Http:
        if (api.httpStatus == 401) {
            e.message = tr("The server rejected the API key (401). Check Settings → Connection.");
        } else if (api.httpStatus == 429) {
            e.message = n == 1 ? tr("The server is rate-limiting requests. Tried once; try again later.")
                               : QCoreApplication::translate(
                                     "OpenAi::ApiError",
                                     "The server is rate-limiting requests. Tried %n times; try again later.", nullptr, n);
        } else if (api.httpStatus >= 500) {
            const QString status = QString::number(api.httpStatus);
            e.message = withRequestId(n == 1 ? tr("Server error %1 after 1 attempt: %2").arg(status, api.message)
                                             : QCoreApplication::translate("OpenAi::ApiError",
                                                                           "Server error %1 after %n attempts: %2", nullptr, n)
                                                   .arg(status, api.message),
                                      api.requestId);
        } else if (api.httpStatus == 404 && assistantsEndpoint) {
            e.message = tr("%1 does not offer the Assistants API (404). Point the base URL at an "
                           "Assistants-v2-compatible server.")
                            .arg(baseUrl);
        } else {
            if (api.httpStatus == 404)
                e.kind = ErrorKind::NotFound;
            e.message = withRequestId(tr("%1: %2").arg(statusTitle(api.httpStatus), api.message), api.requestId);
        }
        break;
    }
    if (!api.method.isEmpty())
        e.details << QStringLiteral("%1 %2").arg(api.method, api.path);
    if (api.httpStatus)
        e.details << QStringLiteral("HTTP %1").arg(api.httpStatus);
    if (!api.code.isEmpty())
        e.details << QStringLiteral("code: %1").arg(api.code);
    if (!api.param.isEmpty())
        e.details << QStringLiteral("param: %1").arg(api.param);
    if (!api.requestId.isEmpty())
        e.details << QStringLiteral("request id: %1").arg(api.requestId);
    e.details.prepend(e.message);   // Error's convention: details[0] repeats the message (see Cli::fail)
    e.api = std::make_shared<const ApiError>(api);
    return e;
}

} // namespace OpenAi
