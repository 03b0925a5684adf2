// OpenAiClient: the streamed calls (server-sent events) and the thread, message, run and response operations.
#include "openai/openaiclient.h"

#include "core/logging.h"
#include "openai/apierror.h"
#include "openai/openaiclientinternal.h"

#include <QCoro/QCoroSignal>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopedPointer>
#include <QTimer>

namespace OpenAi {
namespace {
using Internal::encodeSegment;

// Resumes the streaming coroutine from the event loop once the reply has finished. A reply aborted from inside
// the event handler (a cancel) finishes synchronously; resuming there would end the coroutine frame while the
// delivery loop still runs in it.
class FinishGate : public QObject
{
    Q_OBJECT
signals:
    void opened();
};

QString threadPath(const QString &threadId)
{
    return QStringLiteral("/threads/") + encodeSegment(threadId);
}

// The last event of a run's stream (AssistantStreamEvent): `done`, or `error`.
bool endsRunStream(const SseEvent &e)
{
    return e.event == QLatin1String("done") || e.event == QLatin1String("error");
}

// The last event of a response's stream (ResponseStreamEvent): the response's final state, or `error`.
bool endsResponseStream(const SseEvent &e)
{
    return e.event == QLatin1String("response.completed") || e.event == QLatin1String("response.incomplete")
           || e.event == QLatin1String("response.failed") || e.event == QLatin1String("error");
}
} // namespace

// What one streamed attempt saw.
struct OpenAiClient::StreamState {
    StreamHandler onEvent;
    std::function<bool(const SseEvent &)> isLast;
    bool started = false;      // body bytes of a 2xx event stream arrived (no more retries)
    bool ended = false;        // its last event arrived: whatever the connection does next, it is complete
    bool notAStream = false;   // a 2xx answer of another content type
    bool broken = false;       // the stream broke off after it started
    QString problem;
    int events = 0;
};

QCoro::Task<OpenAiClient::Attempt> OpenAiClient::sendStreamOnce(const Request &r, QPointer<CancelToken> cancel,
                                                                StreamState &stream)
{
    Attempt a;
    const quint64 ticket = co_await acquireSlot(cancel);
    if (!ticket) {
        a.outcome = Attempt::Outcome::Cancelled;
        co_return a;
    }
    struct SlotGuard {
        OpenAiClient *client;
        ~SlotGuard() { client->releaseSlot(); }
    } slotGuard{this};
    if (cancel && cancel->isCancelled()) {
        a.outcome = Attempt::Outcome::Cancelled;
        co_return a;
    }

    QNetworkRequest request = networkRequest(r);
    request.setRawHeader("Accept", "text/event-stream");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = m_nam->sendCustomRequest(request, r.method,
                                                    QJsonDocument(r.json.value_or(QJsonObject{})).toJson(QJsonDocument::Compact));
    QScopedPointer<QNetworkReply, QScopedPointerDeleteLater> replyHolder(reply);

    QElapsedTimer elapsed;
    elapsed.start();
    bool timedOut = false;
    bool cancelled = false;
    SseParser parser;
    QObject scope;   // context of every connection below: they end with this frame
    FinishGate gate;
    QTimer timer;    // before the stream: the request's timeout; once it runs: the longest silence allowed
    timer.setSingleShot(true);
    timer.setInterval(m_options.timeout);
    QObject::connect(&timer, &QTimer::timeout, &scope, [reply, &timedOut] {
        timedOut = true;
        reply->abort();
    });
    if (cancel) {
        QObject::connect(cancel.data(), &CancelToken::cancelled, &scope, [reply, &cancelled] {
            cancelled = true;
            reply->abort();
        });
    }
    auto deliver = [&r, reply, &stream, &parser, &timer, &cancelled] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status < 200 || status >= 300 || stream.broken || cancelled)
            return;   // an error answer is read whole when it has finished
        if (!reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(QLatin1String("text/event-stream"))) {
            stream.notAStream = true;
            return;
        }
        const QByteArray bytes = reply->readAll();
        if (bytes.isEmpty())
            return;
        stream.started = true;
        timer.start();
        const QList<SseEvent> events = parser.feed(bytes);
        for (const SseEvent &event : events) {
            if (cancelled)
                return;
            ++stream.events;
            stream.ended = stream.ended || stream.isLast(event);
            stream.onEvent(event);
        }
        if (parser.failed() && !cancelled) {
            stream.broken = true;
            stream.problem = parser.errorString();
            qCInfo(lcNet).noquote() << "stream of" << r.method << r.path << "stopped:" << stream.problem;
            reply->abort();
        }
    };
    QObject::connect(reply, &QNetworkReply::readyRead, &scope, deliver);
    QObject::connect(reply, &QNetworkReply::finished, &scope, [&gate] {
        QMetaObject::invokeMethod(&gate, [&gate] { emit gate.opened(); }, Qt::QueuedConnection);
    });
    timer.start();
    if (cancel && cancel->isCancelled()) {
        cancelled = true;
        reply->abort();
    }

    co_await qCoro(&gate, &FinishGate::opened);

    if (!cancelled && !timedOut && !stream.broken)
        deliver();   // bytes that came with the end
    if (stream.started && !cancelled) {
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.requestId = QString::fromLatin1(reply->rawHeader("x-request-id"));
        const QNetworkReply::NetworkError error = reply->error();
        // Complete only with its last event: Qt 6.4 reports a chunked body cut off by the server as finished
        // without error when the close is seen before the read, so the transport alone cannot tell.
        if (!stream.broken && !stream.ended) {
            stream.broken = true;
            if (timedOut)
                stream.problem = tr("nothing arrived for %1 s").arg(m_options.timeout.count() / 1000.0);
            else if (error != QNetworkReply::NoError)
                stream.problem = redacted(reply->errorString(), m_apiKey);
            else if (parser.hasPartialEvent())
                stream.problem = tr("the stream ended in the middle of an event");
            else
                stream.problem = tr("the stream ended before its last event");
        }
        qCInfo(lcNet).noquote() << r.method << r.path << "->" << a.status << "stream of" << stream.events << "events"
                                << (stream.broken ? QStringLiteral("broken off (%1)").arg(stream.problem) : QString())
                                << elapsed.elapsed() << "ms"
                                << (a.requestId.isEmpty() ? QString() : QStringLiteral("request ") + a.requestId);
        co_return a;
    }
    co_return finishAttempt(r, reply, ticket, cancelled, timedOut, elapsed.elapsed());
}

// The retry loop of domain.md §5.6 for a streamed call: only until the stream has begun.
QCoro::Task<Result<StreamOutcome>> OpenAiClient::executeStream(Request r, StreamHandler onEvent,
                                                               std::function<bool(const SseEvent &)> isLast,
                                                               QPointer<CancelToken> cancel)
{
    if (m_apiKey.isEmpty())
        co_return noKeyError(r);
    r.json = r.json.value_or(QJsonObject{});
    r.json->insert(QStringLiteral("stream"), true);
    const int maxAttempts = std::max(1, m_options.retry.maxAttempts());
    Attempt last;
    int attempts = 0;
    for (int attempt = 0; attempt < maxAttempts; ++attempt) {
        if (!co_await waitBeforeAttempt(r, attempt, last, cancel)) {
            last.outcome = Attempt::Outcome::Cancelled;
            co_return errorFor(r, last, attempts);
        }
        ++attempts;
        StreamState stream;
        stream.onEvent = onEvent;
        stream.isLast = isLast;
        last = co_await sendStreamOnce(r, cancel, stream);
        if (last.outcome == Attempt::Outcome::Cancelled || (cancel && cancel->isCancelled())) {
            last.outcome = Attempt::Outcome::Cancelled;
            co_return errorFor(r, last, attempts);
        }
        if (stream.notAStream) {
            ApiError api;
            api.failure = ApiError::Failure::MalformedReply;
            api.httpStatus = last.status;
            api.requestId = last.requestId;
            api.method = QString::fromLatin1(r.method);
            api.path = r.path;
            api.message = tr("expected a stream of events");
            co_return makeError(api, m_connection.baseUrl);
        }
        if (stream.started || (last.outcome == Attempt::Outcome::Answered && last.status >= 200 && last.status < 300)) {
            StreamOutcome outcome;
            outcome.complete = !stream.broken;
            outcome.problem = stream.problem;
            outcome.events = stream.events;
            outcome.attempts = attempts;
            outcome.requestId = last.requestId;
            co_return outcome;
        }
        switch (last.outcome) {
        case Attempt::Outcome::LocalError:
        case Attempt::Outcome::Cancelled:
            co_return errorFor(r, last, attempts);
        case Attempt::Outcome::Answered:
            if (!RetryPolicy::isRetryableStatus(last.status))
                co_return errorFor(r, last, attempts);
            continue;
        case Attempt::Outcome::Timeout:
        case Attempt::Outcome::Lost:
        case Attempt::Outcome::NotSent:
            continue;
        }
    }
    co_return errorFor(r, last, attempts);
}

// --- threads, messages, runs -------------------------------------------------------------------------------------

QCoro::Task<Result<QJsonObject>> OpenAiClient::createThread(QJsonObject body, CancelToken *cancel)
{
    Request r;
    r.method = QByteArrayLiteral("POST");
    r.path = QStringLiteral("/threads");
    r.json = std::move(body);
    co_return co_await executeJson(std::move(r), cancel);
}

QCoro::Task<Status> OpenAiClient::deleteThread(QString threadId, CancelToken *cancel)
{
    Request r;
    r.method = QByteArrayLiteral("DELETE");
    r.path = threadPath(threadId);
    auto deleted = co_await executeJson(std::move(r), cancel);
    if (!deleted)
        co_return deleted.error();
    co_return Status{};
}

QCoro::Task<Result<QJsonObject>> OpenAiClient::createMessage(QString threadId, QJsonObject body, CancelToken *cancel)
{
    Request r;
    r.method = QByteArrayLiteral("POST");
    r.path = threadPath(threadId) + QStringLiteral("/messages");
    r.json = std::move(body);
    co_return co_await executeJson(std::move(r), cancel);
}

QCoro::Task<Result<QList<QJsonObject>>> OpenAiClient::listMessages(QString threadId, CancelToken *cancel)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    q.addQueryItem(QStringLiteral("order"), QStringLiteral("asc"));
    co_return co_await listAll(threadPath(threadId) + QStringLiteral("/messages"), q, cancel);
}

QCoro::Task<Result<StreamOutcome>> OpenAiClient::createRunStreamed(QString threadId, QJsonObject body,
                                                                   StreamHandler onEvent, CancelToken *cancel)
{
    Request r;
    r.method = QByteArrayLiteral("POST");
    r.path = threadPath(threadId) + QStringLiteral("/runs");
    r.json = std::move(body);
    co_return co_await executeStream(std::move(r), std::move(onEvent), endsRunStream, cancel);
}

QCoro::Task<Result<StreamOutcome>> OpenAiClient::submitToolOutputsStreamed(QString threadId, QString runId,
                                                                           QJsonArray toolOutputs,
                                                                           StreamHandler onEvent, CancelToken *cancel)
{
    Request r;
    r.method = QByteArrayLiteral("POST");
    r.path = threadPath(threadId) + QStringLiteral("/runs/") + encodeSegment(runId)
             + QStringLiteral("/submit_tool_outputs");
    r.json = QJsonObject{{QStringLiteral("tool_outputs"), toolOutputs}};
    co_return co_await executeStream(std::move(r), std::move(onEvent), endsRunStream, cancel);
}

QCoro::Task<Result<QJsonObject>> OpenAiClient::cancelRun(QString threadId, QString runId, CancelToken *cancel)
{
    Request r;
    r.method = QByteArrayLiteral("POST");
    r.path = threadPath(threadId) + QStringLiteral("/runs/") + encodeSegment(runId) + QStringLiteral("/cancel");
    co_return co_await executeJson(std::move(r), cancel);
}

// --- responses -----------------------------------------------------------------------------------------------------

QCoro::Task<Result<StreamOutcome>> OpenAiClient::createResponseStreamed(QJsonObject body, StreamHandler onEvent,
                                                                        CancelToken *cancel)
{
    Request r;
    r.method = QByteArrayLiteral("POST");
    r.path = QStringLiteral("/responses");
    r.json = std::move(body);
    co_return co_await executeStream(std::move(r), std::move(onEvent), endsResponseStream, cancel);
}

QCoro::Task<Status> OpenAiClient::deleteResponse(QString responseId, CancelToken *cancel)
{
    Request r;
    r.method = QByteArrayLiteral("DELETE");
    r.path = QStringLiteral("/responses/") + encodeSegment(responseId);
    auto deleted = co_await executeJson(std::move(r), cancel);
    if (!deleted)
        co_return deleted.error();
    co_return Status{};
}

} // namespace OpenAi

#include "openaiclientstreams.moc"
