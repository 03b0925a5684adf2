// The typed error behind every failed OpenAiClient call, and the user messages of domain.md §10.
//
// An Error returned by the client carries a shared ApiError in Error::api (never null for client errors), so callers
// can branch on the HTTP status, the envelope's `code` or `param`, or show the `x-request-id`. Error::message is the
// translated sentence of domain.md §10; Error::details holds technical lines (method, path, status, request id).
// Nothing here contains the API key: the client redacts it from every server message before building errors.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace OpenAi {

struct ApiError {
    enum class Failure {
        Http,             // the server answered with a non-2xx status (envelope fields filled when it sent one)
        Timeout,          // no answer within the per-request timeout, on every attempt
        Connection,       // connection refused, dropped, host not found, TLS failure…
        MalformedReply,   // a 2xx answer whose body is not the JSON the operation expects
        Cancelled,        // the caller cancelled
        Refused,          // refused before sending (no key, invalid connection)
    };

    Failure failure = Failure::Http;
    int httpStatus = 0;          // 0 when there was no HTTP answer
    QString message;             // envelope `error.message`, else the status text or the transport error
    QString type;                // envelope `error.type`
    QString param;               // envelope `error.param`
    QString code;                // envelope `error.code` (string or number as text)
    QString requestId;           // `x-request-id` response header
    int attempts = 1;            // how many attempts were made
    QString method;              // e.g. "POST"
    QString path;                // relative to the base URL, e.g. "/assistants"
};

/// The envelope `{"error": {"message", "type", "param", "code"}}` of `body`; nullopt if the body is not one.
/// Fills message, type, param and code only.
std::optional<ApiError> parseErrorEnvelope(const QByteArray &body);

/// The ApiError attached to `error`, or null when the error did not come from the OpenAI client.
inline const ApiError *apiError(const Error &error) { return error.api.get(); }

/// Builds the user-facing Error for `api` (domain.md §10). `baseUrl` names the server where a message needs it;
/// `assistantsEndpoint` marks a 404 on the /assistants collection itself ("does not offer the Assistants API").
Error makeError(const ApiError &api, const QString &baseUrl, bool assistantsEndpoint = false);

/// `text` with every occurrence of `secret` replaced by "[redacted]" (no-op for an empty secret).
QString redacted(QString text, const QString &secret);

} // namespace OpenAi
