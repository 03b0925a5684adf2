// Internal to OpenAiClient (openaiclient.cpp and openaiclientstreams.cpp): the request of one call and the outcome of
// one attempt. Not for use outside app/openai.
#pragma once

#include "openai/openaiclient.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace OpenAi {

struct OpenAiClient::Request {
    enum class Create { None, Assistant, VectorStore, File };

    QByteArray method = QByteArrayLiteral("GET");
    QString path;              // relative to the base URL, segments already percent-encoded
    QUrlQuery query;
    std::optional<QJsonObject> json;
    Create create = Create::None;
    QString marker;            // metadata.assistant_desk_id (assistants, vector stores) or the filename (files)
    QString uploadPath;        // local file for POST /files
    qint64 uploadSize = 0;
};

struct OpenAiClient::Attempt {
    enum class Outcome {
        Answered,     // an HTTP status arrived
        Timeout,
        Cancelled,
        NotSent,      // refused or unresolved before the request left: safe to repeat
        Lost,         // dropped mid-way: the server may have acted on it
        LocalError,   // e.g. the upload source cannot be read
    };
    Outcome outcome = Outcome::Answered;
    int status = 0;
    QByteArray body;
    QString reason;           // HTTP reason phrase or transport error text
    QString requestId;
    QByteArray retryAfter;
    QByteArray retryAfterMs;
};

namespace Internal {
/// One path segment (an id), percent-encoded.
inline QString encodeSegment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

// Errors below 200 are the connection's (1–99) or the proxy's (101–199); the others describe an HTTP answer.
// An answer cut off mid-body (status known, then RemoteHostClosedError) is a transport failure too.
inline bool isTransportError(QNetworkReply::NetworkError error)
{
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
           || error == QNetworkReply::ContentReSendError;
}
} // namespace Internal

} // namespace OpenAi
