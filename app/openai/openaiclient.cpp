#include "openai/openaiclient.h"

#include "core/jsonnumber.h"
#include "core/logging.h"
#include "openai/apierror.h"
#include "openai/openaiclientinternal.h"

#include <QCoro/QCoroNetworkReply>
#include <QCoro/QCoroSignal>
#include <QCoro/QCoroTimer>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QScopedPointer>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <list>

namespace OpenAi {
namespace {
const QByteArray BetaHeader = QByteArrayLiteral("assistants=v2");
const QString MetadataIdKey = QStringLiteral("assistant_desk_id");

// A signal the client's coroutines can await; lives in the awaiting coroutine's frame.
class Gate : public QObject
{
    Q_OBJECT
public:
    bool granted = false;
    bool cancelled = false;
    quint64 ticket = 0;
signals:
    void opened();
};

using Internal::encodeSegment;
using Internal::isTransportError;

// The body of a create, readable once. Qt 6.4 silently re-sends a request whose connection closes before any byte
// of the answer arrives, POST included (newer Qt checks methodIsIdempotent). A body that cannot be rewound turns
// that re-send into ContentReSendError, so the no-duplicate rule of §5.6 decides instead.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr) : QIODevice(parent), m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_pos >= m_data.size())
            return -1;
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

bool needsBeta(const QString &path)
{
    return path.startsWith(QLatin1String("/assistants")) || path.startsWith(QLatin1String("/vector_stores"))
           || path.startsWith(QLatin1String("/threads"));
}
} // namespace

// --- the concurrency limit -----------------------------------------------------------------------------------

// Holds the configured limit and, below it, a window that adapts to the server's rate limits (additive increase,
// multiplicative decrease): a 429 halves the window — once per round of requests, so eight 429s answering requests
// that were all in flight together count as one signal — and each success grows it by 1/window, i.e. by one slot
// per window of successes, back up to the configured limit.
class OpenAiClient::Limiter
{
public:
    explicit Limiter(int limit) : m_limit(limit), m_window(limit) {}

    int limit() const { return m_limit; }
    int window() const { return std::max(1, int(m_window)); }
    int active() const { return m_active; }
    int waiting() const { return int(m_queue.size()); }

    void setLimit(int limit)
    {
        m_limit = limit;
        m_window = limit;
        pump();
    }

    void onSuccess()
    {
        if (m_window >= m_limit)
            return;
        m_window = std::min<double>(m_limit, m_window + 1.0 / m_window);
        pump();
    }

    // `ticket`: the grant number of the request that was answered 429.
    void onRateLimited(quint64 ticket)
    {
        if (ticket <= m_decreasedAt)
            return;   // that request was sent before the last decrease: the same signal
        m_window = std::max(1.0, std::floor(m_window / 2));
        m_decreasedAt = m_granted;
        qCInfo(lcNet) << "rate limited: at most" << window() << "requests at once";
    }

    // The grant number of the slot now held (release() it); 0 when cancelled while waiting.
    QCoro::Task<quint64> acquire(QPointer<CancelToken> cancel)
    {
        if (cancel && cancel->isCancelled())
            co_return quint64(0);
        if (m_active < window() && m_queue.empty()) {
            ++m_active;
            co_return ++m_granted;
        }
        Gate gate;
        m_queue.push_back(&gate);
        if (cancel) {
            QObject::connect(cancel.data(), &CancelToken::cancelled, &gate, [this, &gate] {
                if (gate.granted)
                    return;   // the slot is already ours; the caller sees the token and releases it
                m_queue.remove(&gate);
                gate.cancelled = true;
                emit gate.opened();
            });
        }
        co_await qCoro(&gate, &Gate::opened);
        co_return gate.cancelled ? quint64(0) : gate.ticket;
    }

    void release()
    {
        --m_active;
        pump();
    }

private:
    void pump()
    {
        while (m_active < window() && !m_queue.empty())
            grantNext();
    }

    void grantNext()
    {
        Gate *gate = m_queue.front();
        m_queue.pop_front();
        gate->granted = true;
        gate->ticket = ++m_granted;
        ++m_active;
        // Resume the waiter from the event loop, not from inside release(), so long queues never nest.
        QMetaObject::invokeMethod(gate, [gate] { emit gate->opened(); }, Qt::QueuedConnection);
    }

    int m_limit;
    double m_window;
    int m_active = 0;
    quint64 m_granted = 0;       // grants so far; a slot's number is its ticket
    quint64 m_decreasedAt = 0;   // m_granted at the last decrease
    std::list<Gate *> m_queue;
};

// --- TimerSleeper ----------------------------------------------------------------------------------------------

QCoro::Task<bool> TimerSleeper::sleep(std::chrono::milliseconds duration, QPointer<CancelToken> cancel)
{
    if (cancel && cancel->isCancelled())
        co_return false;
    QTimer timer;
    timer.setSingleShot(true);
    timer.setTimerType(Qt::PreciseTimer);
    bool cancelled = false;
    if (cancel) {
        QObject::connect(cancel.data(), &CancelToken::cancelled, &timer, [&timer, &cancelled] {
            cancelled = true;
            timer.start(0);
        });
    }
    timer.start(std::max(duration, std::chrono::milliseconds(0)));
    co_await timer;
    co_return !cancelled;
}

// --- OpenAiClient ------------------------------------------------------------------------------------------------

OpenAiClient::OpenAiClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent),
      m_nam(nam),
      m_limiter(std::make_unique<Limiter>(m_options.concurrency)),
      m_clock([] { return QDateTime::currentDateTimeUtc(); }),
      m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
}

OpenAiClient::~OpenAiClient() = default;

void OpenAiClient::setConnection(const Connection &connection)
{
    m_connection = connection;
}

void OpenAiClient::setApiKey(const QString &key)
{
    m_apiKey = key.trimmed();
}

void OpenAiClient::setOptions(const ClientOptions &options)
{
    m_options = options;
    setConcurrency(options.concurrency);
}

void OpenAiClient::setConcurrency(int concurrency)
{
    m_options.concurrency = std::clamp(concurrency, 1, 32);
    m_limiter->setLimit(m_options.concurrency);
}

int OpenAiClient::concurrency() const
{
    return m_limiter->limit();
}

void OpenAiClient::setSleeper(Sleeper *sleeper)
{
    m_sleeper = sleeper ? sleeper : &m_timerSleeper;
}

void OpenAiClient::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); };
}

void OpenAiClient::setRandom(std::function<double()> random01)
{
    m_random = random01 ? std::move(random01) : [] { return QRandomGenerator::global()->generateDouble(); };
}

int OpenAiClient::effectiveConcurrency() const
{
    return m_limiter->window();
}

int OpenAiClient::activeRequests() const
{
    return m_limiter->active();
}

int OpenAiClient::waitingRequests() const
{
    return m_limiter->waiting();
}

QCoro::Task<quint64> OpenAiClient::acquireSlot(QPointer<CancelToken> cancel)
{
    co_return co_await m_limiter->acquire(cancel);
}

void OpenAiClient::releaseSlot()
{
    m_limiter->release();
}

// The request with every header of the wire rules (see the header); the caller adds the body's headers.
QNetworkRequest OpenAiClient::networkRequest(const Request &r) const
{
    QUrl url(m_connection.baseUrl + r.path, QUrl::StrictMode);
    url.setQuery(r.query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("AssistantDesk/" ADESK_VERSION));
    request.setRawHeader("Accept", "application/json");
    if (!m_connection.organization.isEmpty())
        request.setRawHeader("OpenAI-Organization", m_connection.organization.toUtf8());
    if (!m_connection.project.isEmpty())
        request.setRawHeader("OpenAI-Project", m_connection.project.toUtf8());
    if (needsBeta(r.path))
        request.setRawHeader("OpenAI-Beta", BetaHeader);
    // Over HTTP/1.1 Qt 6.4 opens at most 6 connections per host (configurable only from 6.5), fewer than the
    // default concurrency of 8; pipelining idempotent GETs lets those connections carry the rest. Over TLS Qt
    // negotiates HTTP/2, which multiplexes and ignores this.
    if (r.method == "GET")
        request.setAttribute(QNetworkRequest::HttpPipeliningAllowedAttribute, true);
    // Same-origin redirects only; the key must never follow a redirect to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    return request;
}

// One HTTP exchange: wait for a slot, send, wait for the answer, the timeout or the cancel.
QCoro::Task<OpenAiClient::Attempt> OpenAiClient::sendOnce(const Request &r, QPointer<CancelToken> cancel,
                                                          const std::function<void(qint64, qint64)> &onProgress)
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
    QNetworkReply *reply = nullptr;
    if (!r.uploadPath.isEmpty()) {
        auto file = std::make_unique<QFile>(r.uploadPath);
        if (!file->open(QIODevice::ReadOnly)) {
            a.outcome = Attempt::Outcome::LocalError;
            a.reason = file->errorString();
            co_return a;
        }
        auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart purpose;
        purpose.setHeader(QNetworkRequest::ContentDispositionHeader, QStringLiteral("form-data; name=\"purpose\""));
        purpose.setBody(QByteArrayLiteral("assistants"));
        multi->append(purpose);
        QHttpPart filePart;
        QString quoted = r.marker;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        filePart.setHeader(QNetworkRequest::ContentDispositionHeader,
                           QStringLiteral("form-data; name=\"file\"; filename=\"%1\"").arg(quoted));
        filePart.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/octet-stream"));
        filePart.setBodyDevice(file.get());
        file.release()->setParent(multi);
        multi->append(filePart);
        reply = m_nam->post(request, multi);
        multi->setParent(reply);
    } else if (r.json && r.create != Request::Create::None) {
        const QByteArray bytes = QJsonDocument(*r.json).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setHeader(QNetworkRequest::ContentLengthHeader, bytes.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(bytes);
        reply = m_nam->sendCustomRequest(request, r.method, body);
        body->setParent(reply);
    } else if (r.json) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        reply = m_nam->sendCustomRequest(request, r.method, QJsonDocument(*r.json).toJson(QJsonDocument::Compact));
    } else if (r.method == "GET") {
        reply = m_nam->get(request);   // not sendCustomRequest: Qt pipelines only real GET operations
    } else {
        reply = m_nam->sendCustomRequest(request, r.method);
    }
    QScopedPointer<QNetworkReply, QScopedPointerDeleteLater> replyHolder(reply);

    QElapsedTimer elapsed;
    elapsed.start();
    bool timedOut = false;
    bool cancelled = false;
    QObject scope;   // context of every connection below: they end with this frame
    QTimer timer;
    timer.setSingleShot(true);
    timer.setInterval(m_options.timeout);
    QObject::connect(&timer, &QTimer::timeout, &scope, [reply, &timedOut] {
        timedOut = true;
        reply->abort();
    });
    if (!r.uploadPath.isEmpty()) {
        QObject::connect(reply, &QNetworkReply::uploadProgress, &scope,
                         [&timer, &onProgress](qint64 sent, qint64 total) {
                             timer.start();   // uploads time out only without progress (§5.6)
                             if (onProgress && total > 0)
                                 onProgress(sent, total);
                         });
    }
    if (cancel) {
        QObject::connect(cancel.data(), &CancelToken::cancelled, &scope, [reply, &cancelled] {
            cancelled = true;
            reply->abort();
        });
    }
    timer.start();
    if (cancel && cancel->isCancelled()) {
        cancelled = true;
        reply->abort();
    }

    co_await reply;
    co_return finishAttempt(r, reply, ticket, cancelled, timedOut, elapsed.elapsed());
}

// What an attempt whose reply has finished came to: its answer, or why there was none. Also feeds the rate limits.
OpenAiClient::Attempt OpenAiClient::finishAttempt(const Request &r, QNetworkReply *reply, quint64 ticket,
                                                  bool cancelled, bool timedOut, qint64 elapsedMs)
{
    Attempt a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.requestId = QString::fromLatin1(reply->rawHeader("x-request-id"));
    const QNetworkReply::NetworkError error = reply->error();
    if (cancelled) {
        a.outcome = Attempt::Outcome::Cancelled;
    } else if (timedOut) {
        a.outcome = Attempt::Outcome::Timeout;
        a.reason = tr("no answer within %1 s").arg(m_options.timeout.count() / 1000.0);
    } else if (a.status > 0 && !isTransportError(error)) {
        a.outcome = Attempt::Outcome::Answered;
        a.body = reply->readAll();
        a.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        a.retryAfter = reply->rawHeader("retry-after");
        a.retryAfterMs = reply->rawHeader("retry-after-ms");
        if (a.status == 429) {
            m_limiter->onRateLimited(ticket);
            if (const auto wait = m_options.retry.serverDelay(a.retryAfterMs, a.retryAfter, m_clock())) {
                const QDateTime until = m_clock().addMSecs(wait->count());
                if (!m_pausedUntil.isValid() || until > m_pausedUntil)
                    m_pausedUntil = until;
            }
        } else if (a.status >= 200 && a.status < 300) {
            m_limiter->onSuccess();
        }
    } else {
        switch (error) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
            a.outcome = Attempt::Outcome::NotSent;
            break;
        default:
            a.outcome = Attempt::Outcome::Lost;
            break;
        }
        a.reason = redacted(reply->errorString(), m_apiKey);
        // Qt names some transport failures only "Unknown error": ContentReSendError is a POST whose kept-alive
        // connection the server closed without answering (Qt cannot send the body again). Say what happened.
        if (error == QNetworkReply::ContentReSendError)
            a.reason = tr("the server closed the connection without answering");
        else if (a.reason.isEmpty() || a.reason == QLatin1String("Unknown error"))
            a.reason = tr("network error %1")
                           .arg(QString::fromLatin1(QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error)));
    }
    qCInfo(lcNet).noquote() << r.method << r.path << "->"
                            << (a.status ? QString::number(a.status)
                                         : QString::fromLatin1(QMetaEnum::fromType<QNetworkReply::NetworkError>()
                                                                   .valueToKey(error)))
                            << elapsedMs << "ms"
                            << (a.requestId.isEmpty() ? QString() : QStringLiteral("request ") + a.requestId);
    return a;
}

Error OpenAiClient::errorFor(const Request &r, const Attempt &a, int attempts) const
{
    ApiError api;
    api.attempts = attempts;
    api.method = QString::fromLatin1(r.method);
    api.path = r.path;
    api.httpStatus = a.status;
    api.requestId = a.requestId;
    switch (a.outcome) {
    case Attempt::Outcome::Cancelled:
        api.failure = ApiError::Failure::Cancelled;
        break;
    case Attempt::Outcome::Timeout:
        api.failure = ApiError::Failure::Timeout;
        api.message = a.reason;
        break;
    case Attempt::Outcome::NotSent:
    case Attempt::Outcome::Lost:
        api.failure = ApiError::Failure::Connection;
        api.message = a.reason;
        break;
    case Attempt::Outcome::LocalError:
        api.failure = ApiError::Failure::Refused;
        api.message = tr("Cannot read “%1”: %2").arg(r.uploadPath, a.reason);
        break;
    case Attempt::Outcome::Answered:
        api.failure = ApiError::Failure::Http;
        if (auto envelope = parseErrorEnvelope(a.body)) {
            api.message = envelope->message;
            api.type = envelope->type;
            api.param = envelope->param;
            api.code = envelope->code;
        }
        if (api.message.isEmpty())
            api.message = a.reason.isEmpty() ? QStringLiteral("HTTP %1").arg(a.status) : a.reason;
        break;
    }
    // Every text the server chose may echo the key (a proxy's "Received API key = …"): none keeps it.
    for (QString *text : {&api.message, &api.type, &api.param, &api.code, &api.requestId})
        *text = redacted(*text, m_apiKey);
    return makeError(api, m_connection.baseUrl, r.path == QLatin1String("/assistants"));
}

Error OpenAiClient::noKeyError(const Request &r) const
{
    ApiError api;
    api.failure = ApiError::Failure::Refused;
    api.method = QString::fromLatin1(r.method);
    api.path = r.path;
    api.message = tr("No API key is stored for %1. Add one in Settings → Connection.").arg(m_connection.baseUrl);
    return makeError(api, m_connection.baseUrl);
}

// The wait before attempt number `attempt` (0 = the first): a server that asked for a pause (429 with Retry-After)
// is left alone by every request until then, so the workers back off together instead of each on its own; a retry
// also waits as §5.6 says. False when cancelled meanwhile.
QCoro::Task<bool> OpenAiClient::waitBeforeAttempt(const Request &r, int attempt, const Attempt &last,
                                                  QPointer<CancelToken> cancel)
{
    const qint64 paused = m_pausedUntil.isValid() ? m_clock().msecsTo(m_pausedUntil) : 0;
    if (attempt == 0) {
        if (paused > 0)
            co_return co_await m_sleeper->sleep(std::chrono::milliseconds(paused), cancel);
        co_return true;
    }
    const auto wait = std::max(m_options.retry.delay(attempt - 1, last.retryAfterMs, last.retryAfter, m_clock(),
                                                     m_random()),
                               std::chrono::milliseconds(std::max<qint64>(0, paused)));
    qCDebug(lcNet).noquote() << "retrying" << r.method << r.path << "in" << wait.count() << "ms (attempt"
                             << attempt + 1 << "of" << std::max(1, m_options.retry.maxAttempts()) << ")";
    co_return co_await m_sleeper->sleep(wait, cancel);
}

// The retry loop of domain.md §5.6, including the no-duplicate lookup for creates.
QCoro::Task<Result<QByteArray>> OpenAiClient::execute(Request r, QPointer<CancelToken> cancel,
                                                      ProgressCallback progress, QString *requestId)
{
    if (m_apiKey.isEmpty())
        co_return noKeyError(r);
    // Progress never goes backwards, even when a retry starts the body again.
    auto reported = std::make_shared<qint64>(-1);
    std::function<void(qint64, qint64)> onProgress;
    if (progress) {
        onProgress = [progress, reported](qint64 sent, qint64 total) {
            if (sent > *reported) {
                *reported = sent;
                progress(sent, total);
            }
        };
    }

    const QDateTime firstAttempt = m_clock();
    const int maxAttempts = std::max(1, m_options.retry.maxAttempts());
    bool outcomeUnknown = false;   // a create may have happened on the server
    Attempt last;
    int attempts = 0;
    for (int attempt = 0; attempt < maxAttempts; ++attempt) {
        if (!co_await waitBeforeAttempt(r, attempt, last, cancel)) {
            last.outcome = Attempt::Outcome::Cancelled;
            co_return errorFor(r, last, attempts);
        }
        if (outcomeUnknown) {   // only after an attempt
            auto found = co_await findCreated(r, firstAttempt, cancel);
            if (!found)
                co_return found.error();
            if (found.value()) {
                qCInfo(lcNet).noquote() << "adopted" << found.value()->value(QLatin1String("id")).toString()
                                        << "made by an earlier attempt of" << r.method << r.path;
                co_return QJsonDocument(*found.value()).toJson(QJsonDocument::Compact);
            }
            outcomeUnknown = false;
        }
        ++attempts;
        last = co_await sendOnce(r, cancel, onProgress);
        switch (last.outcome) {
        case Attempt::Outcome::Cancelled:
        case Attempt::Outcome::LocalError:
            co_return errorFor(r, last, attempts);
        case Attempt::Outcome::Answered:
            if (last.status >= 200 && last.status < 300) {
                if (requestId)
                    *requestId = last.requestId;
                co_return last.body;
            }
            if (!RetryPolicy::isRetryableStatus(last.status))
                co_return errorFor(r, last, attempts);
            if (last.status >= 500)
                outcomeUnknown = r.create != Request::Create::None;
            continue;
        case Attempt::Outcome::Timeout:
        case Attempt::Outcome::Lost:
            outcomeUnknown = r.create != Request::Create::None;
            continue;
        case Attempt::Outcome::NotSent:
            continue;
        }
    }
    // The last attempt may still have made the object: adopt it rather than leave an orphan behind.
    if (outcomeUnknown && !(cancel && cancel->isCancelled())) {
        auto found = co_await findCreated(r, firstAttempt, cancel);
        if (found && found.value())
            co_return QJsonDocument(*found.value()).toJson(QJsonDocument::Compact);
    }
    co_return errorFor(r, last, attempts);
}

QCoro::Task<Result<std::optional<QJsonObject>>> OpenAiClient::findCreated(const Request &r, QDateTime firstAttempt,
                                                                          QPointer<CancelToken> cancel)
{
    const qint64 since = firstAttempt.toSecsSinceEpoch() - m_options.clockSkew.count();
    auto olderThanFirstAttempt = [since](const QJsonObject &o) {
        return jsonInteger(o.value(QLatin1String("created_at"))) < since;
    };
    if (r.marker.isEmpty())
        co_return std::optional<QJsonObject>{};
    QString path;
    QUrlQuery query;
    switch (r.create) {
    case Request::Create::None:
        co_return std::optional<QJsonObject>{};
    case Request::Create::Assistant:
        path = QStringLiteral("/assistants");
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
        break;
    case Request::Create::VectorStore:
        path = QStringLiteral("/vector_stores");
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
        break;
    case Request::Create::File:
        path = QStringLiteral("/files");
        query.addQueryItem(QStringLiteral("purpose"), QStringLiteral("assistants"));
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("10000"));
        break;
    }
    query.addQueryItem(QStringLiteral("order"), QStringLiteral("desc"));
    auto listed = co_await listAll(path, query, cancel, olderThanFirstAttempt);
    if (!listed)
        co_return listed.error();
    for (const QJsonObject &o : listed.value()) {
        if (r.create == Request::Create::File) {
            if (o.value(QLatin1String("filename")).toString() == r.marker
                && jsonInteger(o.value(QLatin1String("bytes"))) == r.uploadSize)
                co_return std::optional<QJsonObject>(o);
        } else if (o.value(QLatin1String("metadata")).toObject().value(MetadataIdKey).toString() == r.marker) {
            co_return std::optional<QJsonObject>(o);
        }
    }
    co_return std::optional<QJsonObject>{};
}

QCoro::Task<Result<std::optional<QJsonObject>>> OpenAiClient::lookForCreated(CreatedKind kind, QString marker,
                                                                             qint64 bytes, QDateTime since,
                                                                             CancelToken *cancel)
{
    Request r;
    r.method = QByteArrayLiteral("POST");
    r.marker = marker;
    r.uploadSize = bytes;
    switch (kind) {
    case CreatedKind::Assistant:
        r.create = Request::Create::Assistant;
        break;
    case CreatedKind::VectorStore:
        r.create = Request::Create::VectorStore;
        break;
    case CreatedKind::File:
        r.create = Request::Create::File;
        break;
    }
    co_return co_await findCreated(r, since, cancel);
}

QCoro::Task<Result<QJsonObject>> OpenAiClient::executeJson(Request r, QPointer<CancelToken> cancel,
                                                           ProgressCallback progress)
{
    const Request copy = r;
    QString requestId;   // so a reply that is not JSON still names its request (§5.6: the user sees the id)
    auto body = co_await execute(std::move(r), cancel, std::move(progress), &requestId);
    if (!body)
        co_return body.error();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body.value(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        ApiError api;
        api.failure = ApiError::Failure::MalformedReply;
        api.httpStatus = 200;
        api.requestId = requestId;
        api.method = QString::fromLatin1(copy.method);
        api.path = copy.path;
        api.message = parseError.error != QJsonParseError::NoError
                          ? tr("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset)
                          : tr("expected a JSON object");
        qCInfo(lcNet).noquote() << "malformed JSON from" << copy.method << copy.path << ":" << api.message;
        co_return makeError(api, m_connection.baseUrl);
    }
    co_return doc.object();
}

QCoro::Task<Result<QList<QJsonObject>>> OpenAiClient::listAll(QString path, QUrlQuery query,
                                                              QPointer<CancelToken> cancel,
                                                              std::function<bool(const QJsonObject &)> stopBefore)
{
    QList<QJsonObject> all;
    QSet<QString> seenIds;
    QSet<QString> seenCursors;
    QString after;
    for (;;) {
        Request r;
        r.path = path;
        r.query = query;
        if (!after.isEmpty())
            r.query.addQueryItem(QStringLiteral("after"), after);
        auto page = co_await executeJson(r, cancel);
        if (!page)
            co_return page.error();
        const QJsonValue data = page->value(QLatin1String("data"));
        if (!data.isArray()) {
            ApiError api;
            api.failure = ApiError::Failure::MalformedReply;
            api.httpStatus = 200;
            api.method = QStringLiteral("GET");
            api.path = path;
            api.message = tr("the list has no \"data\" array");
            co_return makeError(api, m_connection.baseUrl);
        }
        const QJsonArray items = data.toArray();
        if (items.isEmpty())
            break;
        for (const QJsonValue &item : items) {
            const QJsonObject o = item.toObject();
            if (stopBefore && stopBefore(o))
                co_return all;
            const QString id = o.value(QLatin1String("id")).toString();
            if (!id.isEmpty() && seenIds.contains(id))
                continue;
            seenIds.insert(id);
            all.append(o);
        }
        if (!page->value(QLatin1String("has_more")).toBool())
            break;
        QString last = page->value(QLatin1String("last_id")).toString();
        if (last.isEmpty())
            last = items.last().toObject().value(QLatin1String("id")).toString();
        if (last.isEmpty() || seenCursors.contains(last))
            break;
        seenCursors.insert(last);
        after = last;
    }
    co_return all;
}

namespace {
QUrlQuery pageQuery(int limit = 100)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    q.addQueryItem(QStringLiteral("order"), QStringLiteral("asc"));
    return q;
}

Status toStatus(const Result<QJsonObject> &r)
{
    if (!r)
        return r.error();
    return {};
}
} // namespace

// --- operations ------------------------------------------------------------------------------------------------

QCoro::Task<Result<QList<QJsonObject>>> OpenAiClient::listModels(CancelToken *cancel)
{
    Request r;
    r.path = QStringLiteral("/models");
    auto page = co_await executeJson(r, cancel);
    if (!page)
        co_return page.error();
    QList<QJsonObject> models;
    for (const QJsonValue &v : page->value(QLatin1String("data")).toArray())
        models.append(v.toObject());
    co_return models;
}

QCoro::Task<Result<QJsonObject>> OpenAiClient::createAssistant(QJsonObject body, CancelToken *cancel)
{
    Request r;
    r.method = QByteArrayLiteral("POST");
    r.path = QStringLiteral("/assistants");
    r.marker = body.value(QLatin1String("metadata")).toObject().value(MetadataIdKey).toString();
    r.create = r.marker.isEmpty() ? Request::Create::None : Request::Create::Assistant;
    r.json = std::move(body);
    co_return co_await executeJson(std::move(r), cancel);
}

QCoro::Task<Result<QJsonObject>> OpenAiClient::probeAssistantsApi(CancelToken *cancel)
{
    Request r;
    r.path = QStringLiteral("/assistants");
    r.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    co_return co_await executeJson(std::move(r), cancel);
}

QCoro::Task<Result<QJsonObject>> OpenAiClient::retrieveAssistant(QString assistantId, CancelToken *cancel)
{
    Request r;
    r.path = QStringLiteral("/assistants/") + encodeSegment(assistantId);
    co_return co_await executeJson(std::move(r), cancel);
}

QCoro::Task<Result<QJsonObject>> OpenAiClient::modifyAssistant(QString assistantId, QJsonObject body,
                                                               CancelToken *cancel)
{
    Request r;
    r.method = QByteArrayLiteral("POST");
    r.path = QStringLiteral("/assistants/") + encodeSegment(assistantId);
    r.json = std::move(body);
    co_return co_await executeJson(std::move(r), cancel);
}

QCoro::Task<Status> OpenAiClient::deleteAssistant(QString assistantId, CancelToken *cancel)
{
    Request r;
    r.method = QByteArrayLiteral("DELETE");
    r.path = QStringLiteral("/assistants/") + encodeSegment(assistantId);
    co_return toStatus(co_await executeJson(std::move(r), cancel));
}

QCoro::Task<Result<QList<QJsonObject>>> OpenAiClient::listAssistants(CancelToken *cancel)
{
    co_return co_await listAll(QStringLiteral("/assistants"), pageQuery(), cancel);
}

QCoro::Task<Result<QJsonObject>> OpenAiClient::uploadFile(QString localPath, QString filename,
                                                          ProgressCallback progress, CancelToken *cancel)
{
    Request r;
    r.method = QByteArrayLiteral("POST");
    r.path = QStringLiteral("/files");
    r.create = Request::Create::File;
    r.uploadPath = localPath;
    r.marker = filename.isEmpty() ? QFileInfo(localPath).fileName() : filename;
    r.uploadSize = QFileInfo(localPath).size();
    co_return co_await executeJson(std::move(r), cancel, std::move(progress));
}

QCoro::Task<Result<QJsonObject>> OpenAiClient::retrieveFile(QString fileId, CancelToken *cancel)
{
    Request r;
    r.path = QStringLiteral("/files/") + encodeSegment(fileId);
    co_return co_await executeJson(std::move(r), cancel);
}

QCoro::Task<Result<QList<QJsonObject>>> OpenAiClient::listFiles(CancelToken *cancel)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("purpose"), QStringLiteral("assistants"));
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("10000"));
    q.addQueryItem(QStringLiteral("order"), QStringLiteral("asc"));
    co_return co_await listAll(QStringLiteral("/files"), q, cancel);
}

QCoro::Task<Status> OpenAiClient::deleteFile(QString fileId, CancelToken *cancel)
{
    Request r;
    r.method = QByteArrayLiteral("DELETE");
    r.path = QStringLiteral("/files/") + encodeSegment(fileId);
    co_return toStatus(co_await executeJson(std::move(r), cancel));
}

QCoro::Task<Result<QByteArray>> OpenAiClient::downloadFileContent(QString fileId, CancelToken *cancel)
{
    Request r;
    r.path = QStringLiteral("/files/") + encodeSegment(fileId) + QStringLiteral("/content");
    co_return co_await execute(std::move(r), cancel, {});
}

QCoro::Task<Result<QJsonObject>> OpenAiClient::createVectorStore(QJsonObject body, CancelToken *cancel)
{
    Request r;
    r.method = QByteArrayLiteral("POST");
    r.path = QStringLiteral("/vector_stores");
    r.marker = body.value(QLatin1String("metadata")).toObject().value(MetadataIdKey).toString();
    r.create = r.marker.isEmpty() ? Request::Create::None : Request::Create::VectorStore;
    r.json = std::move(body);
    co_return co_await executeJson(std::move(r), cancel);
}

QCoro::Task<Result<QJsonObject>> OpenAiClient::retrieveVectorStore(QString vectorStoreId, CancelToken *cancel)
{
    Request r;
    r.path = QStringLiteral("/vector_stores/") + encodeSegment(vectorStoreId);
    co_return co_await executeJson(std::move(r), cancel);
}

QCoro::Task<Result<QJsonObject>> OpenAiClient::modifyVectorStore(QString vectorStoreId, QJsonObject body,
                                                                 CancelToken *cancel)
{
    Request r;
    r.method = QByteArrayLiteral("POST");
    r.path = QStringLiteral("/vector_stores/") + encodeSegment(vectorStoreId);
    r.json = std::move(body);
    co_return co_await executeJson(std::move(r), cancel);
}

QCoro::Task<Status> OpenAiClient::deleteVectorStore(QString vectorStoreId, CancelToken *cancel)
{
    Request r;
    r.method = QByteArrayLiteral("DELETE");
    r.path = QStringLiteral("/vector_stores/") + encodeSegment(vectorStoreId);
    co_return toStatus(co_await executeJson(std::move(r), cancel));
}

QCoro::Task<Result<QList<QJsonObject>>> OpenAiClient::listVectorStores(CancelToken *cancel)
{
    co_return co_await listAll(QStringLiteral("/vector_stores"), pageQuery(), cancel);
}

QCoro::Task<Result<QJsonObject>> OpenAiClient::addVectorStoreFile(QString vectorStoreId, QString fileId,
                                                                  CancelToken *cancel)
{
    Request r;
    r.method = QByteArrayLiteral("POST");
    r.path = QStringLiteral("/vector_stores/") + encodeSegment(vectorStoreId) + QStringLiteral("/files");
    r.json = QJsonObject{{QStringLiteral("file_id"), fileId}};
    co_return co_await executeJson(std::move(r), cancel);
}

QCoro::Task<Result<QList<QJsonObject>>> OpenAiClient::listVectorStoreFiles(QString vectorStoreId,
                                                                           CancelToken *cancel)
{
    co_return co_await listAll(QStringLiteral("/vector_stores/") + encodeSegment(vectorStoreId)
                                   + QStringLiteral("/files"),
                               pageQuery(), cancel);
}

QCoro::Task<Status> OpenAiClient::removeVectorStoreFile(QString vectorStoreId, QString fileId, CancelToken *cancel)
{
    Request r;
    r.method = QByteArrayLiteral("DELETE");
    r.path = QStringLiteral("/vector_stores/") + encodeSegment(vectorStoreId) + QStringLiteral("/files/")
             + encodeSegment(fileId);
    co_return toStatus(co_await executeJson(std::move(r), cancel));
}

QCoro::Task<Result<QJsonObject>> OpenAiClient::createFileBatch(QString vectorStoreId, QStringList fileIds,
                                                               CancelToken *cancel)
{
    if (fileIds.isEmpty() || fileIds.size() > 500)
        co_return Error::validation({tr("File batch: between 1 and 500 files per batch (now %1)")
                                         .arg(fileIds.size())});
    Request r;
    r.method = QByteArrayLiteral("POST");
    r.path = QStringLiteral("/vector_stores/") + encodeSegment(vectorStoreId) + QStringLiteral("/file_batches");
    r.json = QJsonObject{{QStringLiteral("file_ids"), QJsonArray::fromStringList(fileIds)}};
    co_return co_await executeJson(std::move(r), cancel);
}

QCoro::Task<Result<QJsonObject>> OpenAiClient::retrieveFileBatch(QString vectorStoreId, QString batchId,
                                                                 CancelToken *cancel)
{
    Request r;
    r.path = QStringLiteral("/vector_stores/") + encodeSegment(vectorStoreId) + QStringLiteral("/file_batches/")
             + encodeSegment(batchId);
    co_return co_await executeJson(std::move(r), cancel);
}

QCoro::Task<Result<QJsonObject>> OpenAiClient::createFileBatchAndWait(QString vectorStoreId, QStringList fileIds,
                                                                      CancelToken *cancel)
{
    QPointer<CancelToken> guard(cancel);
    auto batch = co_await createFileBatch(vectorStoreId, fileIds, cancel);
    if (!batch)
        co_return batch;
    const QString batchId = batch->value(QLatin1String("id")).toString();
    // Counted rather than timed, so an injected sleeper keeps the limit meaningful.
    const qint64 maxPolls = m_options.batchPollInterval.count() > 0
                                ? m_options.batchPollLimit.count() / m_options.batchPollInterval.count()
                                : 1;
    for (qint64 polls = 0;
         polls < maxPolls && batch->value(QLatin1String("status")).toString() == QLatin1String("in_progress");
         ++polls) {
        if (!co_await m_sleeper->sleep(m_options.batchPollInterval, guard)) {
            ApiError api;
            api.failure = ApiError::Failure::Cancelled;
            co_return makeError(api, m_connection.baseUrl);
        }
        auto next = co_await retrieveFileBatch(vectorStoreId, batchId, guard.data());
        if (!next)
            co_return next;
        batch = std::move(next);
    }
    co_return batch;
}

} // namespace OpenAi

#include "openaiclient.moc"
