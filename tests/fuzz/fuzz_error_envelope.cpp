// Fuzz target: the error envelope of a non-2xx answer, OpenAi::parseErrorEnvelope, and the user message built from
// it (OpenAi::makeError, domain.md §10) for the statuses the client treats differently.
//
// Checks: the envelope fields come back as text; makeError's details start with its message and carry the ApiError;
// a redacted text never contains the secret.
#include "fuzztarget.h"

#include "openai/apierror.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    const std::optional<OpenAi::ApiError> envelope = OpenAi::parseErrorEnvelope(body);
    if (!envelope)
        return 0;
    static const QString secret = QStringLiteral("sk-fuzz-0123456789abcdef");
    for (const int status : {400, 401, 404, 409, 429, 500, 503}) {
        OpenAi::ApiError api = *envelope;
        api.httpStatus = status;
        api.method = QStringLiteral("POST");
        api.path = QStringLiteral("/assistants");
        api.requestId = QStringLiteral("req_fuzz");
        api.attempts = status >= 500 ? 4 : 1;
        api.message = OpenAi::redacted(api.message + secret + api.message, secret);
        if (api.message.contains(secret))
            Fuzz::fail("redacted() left the secret in", api.message.toUtf8());
        const Error e = OpenAi::makeError(api, QStringLiteral("https://api.example.test/v1"), status == 404);
        if (e.details.isEmpty() || e.details.first() != e.message)
            Fuzz::fail("details[0] must repeat the message", e.message.toUtf8());
        if (!e.api || e.api->httpStatus != status)
            Fuzz::fail("the error must carry its ApiError");
    }
    return 0;
}
