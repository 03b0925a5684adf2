#include "fakeserver.h"

#include "fakeserverinternal.h"

#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace {
const QString BetaValue = QStringLiteral("assistants=v2");

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

} // namespace

using namespace FakeServerDetail;

struct FakeOpenAiServer::Connection {
    QPointer<QTcpSocket> socket;
    QByteArray buffer;
    bool haveHead = false;
    Request head;
    qint64 contentLength = -1;
    bool chunked = false;
    bool closeAfter = false;
    bool dead = false;        // disconnected; deleted from the event loop
    struct Pending {
        QByteArray bytes;
        bool ready = false;
        Response::Delivery delivery = Response::Delivery::Normal;
        int logIndex = -1;
        // A streamed answer: `bytes` is its head; then `events`, one chunk each, then the last chunk.
        bool streamed = false;
        QList<Response::Event> events;
        qsizetype next = 0;           // the next event to write
        bool started = false;         // head written, counted in m_openStreams
        bool waiting = false;         // a timer will write the next event
        QString path;
    };
    QList<std::shared_ptr<Pending>> queue;
    bool streaming = false;           // the first pending answer is a stream being written
};

FakeOpenAiServer::FakeOpenAiServer(QObject *parent)
    : QObject(parent), m_server(std::make_unique<QTcpServer>()), m_chat(std::make_unique<ChatState>())
{
    connect(m_server.get(), &QTcpServer::newConnection, this, &FakeOpenAiServer::onNewConnection);
    const QString wireLog = qEnvironmentVariable("ADESK_FAKE_WIRE_LOG");
    if (!wireLog.isEmpty()) {
        m_wireLog = std::make_unique<QFile>(wireLog);
        if (!m_wireLog->open(QIODevice::Append | QIODevice::Text))
            m_wireLog.reset();
    }
}

void FakeOpenAiServer::logWire(const QJsonObject &record)
{
    if (m_wireLog) {
        m_wireLog->write(QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n');
        m_wireLog->flush();
    }
}

FakeOpenAiServer::~FakeOpenAiServer()
{
    for (Connection *c : std::as_const(m_connections)) {
        c->dead = true;
        delete c->socket.data();
        delete c;
    }
}

bool FakeOpenAiServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 FakeOpenAiServer::port() const
{
    return m_server->serverPort();
}

QString FakeOpenAiServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/v1").arg(port());
}

QString FakeOpenAiServer::newId(const char *prefix)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString id = QString::fromLatin1(prefix);
    quint64 n = ++m_counter;
    // Deterministic per server, unique, and shaped like the real ids (24 alphanumerics).
    QRandomGenerator rng(quint32(n * 2654435761u));
    for (int i = 0; i < 24; ++i)
        id += QLatin1Char(alphabet[rng.bounded(int(sizeof alphabet - 1))]);
    return id;
}

qint64 FakeOpenAiServer::nextCreatedAt()
{
    m_lastCreatedAt = std::max(m_lastCreatedAt, QDateTime::currentSecsSinceEpoch());
    return m_lastCreatedAt;
}

void FakeOpenAiServer::addFault(const Fault &fault)
{
    m_faults.append(fault);
}

void FakeOpenAiServer::failNext(const QByteArray &method, const QString &pathPattern, int count, int status,
                                const QByteArray &retryAfter, const QByteArray &retryAfterMs)
{
    Fault f;
    f.method = method;
    f.path = QRegularExpression(pathPattern);
    f.count = count;
    f.status = status;
    f.retryAfter = retryAfter;
    f.retryAfterMs = retryAfterMs;
    m_faults.append(f);
}

QList<QJsonObject> FakeOpenAiServer::vectorStoreFiles(const QString &vectorStoreId) const
{
    return m_vectorStoreFiles.value(vectorStoreId);
}

// --- HTTP/1.1 ----------------------------------------------------------------------------------------------------

void FakeOpenAiServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *c = new Connection;
        c->socket = socket;
        m_connections.append(c);
        connect(socket, &QTcpSocket::readyRead, this, [this, c] { onReadyRead(c); });
        connect(socket, &QTcpSocket::disconnected, this, [this, c] {
            if (c->dead)
                return;
            c->dead = true;
            m_inFlight -= int(c->queue.size());   // counted when received, never answered
            if (c->streaming)
                --m_openStreams;
            c->queue.clear();
            // Deleted from the event loop: this may run inside flush() or parseOne(), which still hold `c`.
            QTimer::singleShot(0, this, [this, c] {
                m_connections.removeOne(c);
                delete c->socket.data();
                delete c;
            });
        });
    }
}

void FakeOpenAiServer::onReadyRead(Connection *c)
{
    c->buffer.append(c->socket->readAll());
    while (parseOne(c)) {
    }
}

bool FakeOpenAiServer::parseOne(Connection *c)
{
    if (!c->haveHead) {
        const qsizetype end = c->buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QList<QByteArray> lines = c->buffer.left(end).split('\n');
        c->buffer.remove(0, end + 4);
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        Request r;
        r.method = requestLine.value(0);
        const QByteArray target = requestLine.value(1);
        const qsizetype q = target.indexOf('?');
        r.path = QString::fromUtf8(QByteArray::fromPercentEncoding(q < 0 ? target : target.left(q)));
        r.rawQuery = q < 0 ? QString() : QString::fromUtf8(target.mid(q + 1));
        r.query = QUrlQuery(r.rawQuery);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                r.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        c->head = r;
        c->haveHead = true;
        c->chunked = r.headers.value("transfer-encoding").toLower().contains("chunked");
        c->contentLength = r.headers.value("content-length", "0").toLongLong();
        c->closeAfter = r.headers.value("connection").toLower() == "close";
        emit requestStarted(r.method, r.path);
    }
    QByteArray body;
    if (c->chunked) {
        // Decode only once the terminating chunk is in the buffer.
        qsizetype pos = 0;
        for (;;) {
            const qsizetype lineEnd = c->buffer.indexOf("\r\n", pos);
            if (lineEnd < 0)
                return false;
            bool ok = false;
            const qint64 size = c->buffer.mid(pos, lineEnd - pos).split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok)
                return false;
            pos = lineEnd + 2;
            if (size == 0) {
                const qsizetype trailerEnd = c->buffer.indexOf("\r\n", pos);
                if (trailerEnd < 0)
                    return false;
                pos = trailerEnd + 2;
                break;
            }
            if (c->buffer.size() < pos + size + 2)
                return false;
            body.append(c->buffer.mid(pos, size));
            pos += size + 2;
        }
        c->buffer.remove(0, pos);
    } else {
        if (c->buffer.size() < c->contentLength)
            return false;
        body = c->buffer.left(c->contentLength);
        c->buffer.remove(0, c->contentLength);
    }
    Request r = c->head;
    r.body = body;
    c->haveHead = false;
    dispatch(c, std::move(r));
    return !c->dead && !c->buffer.isEmpty();
}

void FakeOpenAiServer::dispatch(Connection *c, Request request)
{
    LoggedRequest logged;
    logged.method = request.method;
    logged.path = request.path;
    logged.query = request.rawQuery;
    logged.headers = request.headers;
    logged.bodySize = request.body.size();
    if (request.body.size() <= 64 * 1024)
        logged.body = request.body;
    m_log.append(logged);
    request.logIndex = int(m_log.size() - 1);

    ++m_inFlight;
    m_maxInFlight = std::max(m_maxInFlight, m_inFlight);

    Response response = handle(request);
    if (response.streamed)
        applyStreamFaults(request.path.mid(3), response);
    if (m_wireLog) {
        const QString apiPath = request.path.mid(3);
        logWire(QJsonObject{{QStringLiteral("kind"), QStringLiteral("request")},
                            {QStringLiteral("method"), QString::fromLatin1(request.method)},
                            {QStringLiteral("path"), apiPath},
                            {QStringLiteral("body"), QString::fromUtf8(request.body.left(1 << 20))}});
        if (!response.streamed && response.contentType == "application/json")
            logWire(QJsonObject{{QStringLiteral("kind"), QStringLiteral("response")},
                                {QStringLiteral("method"), QString::fromLatin1(request.method)},
                                {QStringLiteral("path"), apiPath},
                                {QStringLiteral("status"), response.status},
                                {QStringLiteral("body"), QString::fromUtf8(response.body)}});
    }
    m_log[request.logIndex].status = response.delivery == Response::Delivery::Normal ? response.status : 0;
    emit requestLogged(request.logIndex);

    auto pending = std::make_shared<Connection::Pending>();
    pending->delivery = response.delivery;
    pending->logIndex = request.logIndex;
    if (response.streamed && response.delivery == Response::Delivery::Normal) {
        pending->streamed = true;
        pending->events = response.events;
        pending->path = request.path.mid(3);
        pending->bytes = "HTTP/1.1 200 OK\r\nContent-Type: " + response.contentType
                         + "\r\nTransfer-Encoding: chunked\r\nCache-Control: no-cache\r\nx-request-id: req_"
                         + QByteArray::number(quint64(request.logIndex) + 1000, 16) + QByteArray::number(m_counter, 16)
                         + "\r\nopenai-version: 2020-10-01";
        if (c->closeAfter)
            pending->bytes += "\r\nConnection: close";
        pending->bytes += "\r\n\r\n";
    } else if (response.delivery == Response::Delivery::Normal) {
        QByteArray bytes = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status)
                           + "\r\nContent-Type: " + response.contentType
                           + "\r\nContent-Length: " + QByteArray::number(response.body.size())
                           + "\r\nx-request-id: req_" + QByteArray::number(quint64(request.logIndex) + 1000, 16)
                           + QByteArray::number(m_counter, 16) + "\r\nopenai-version: 2020-10-01";
        for (const auto &[name, value] : response.headers)
            bytes += "\r\n" + name + ": " + value;
        if (c->closeAfter)
            bytes += "\r\nConnection: close";
        bytes += "\r\n\r\n" + response.body;
        pending->bytes = bytes;
    } else if (response.delivery == Response::Delivery::HalfThenDrop) {
        // The head and half the body: the client knows the request arrived but never gets the answer.
        pending->bytes = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status)
                         + "\r\nContent-Type: " + response.contentType
                         + "\r\nContent-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n"
                         + response.body.left(response.body.size() / 2);
    }
    c->queue.append(pending);

    const int delay = response.delayMs + m_latencyMs;
    QPointer<QTcpSocket> socket = c->socket;
    auto markReady = [this, socket, c, pending] {
        if (!socket)
            return;   // the connection is gone, and `c` with it
        pending->ready = true;
        flush(c);
    };
    if (response.delivery == Response::Delivery::Stall) {
        // Never answered; the connection is closed later so the socket does not linger.
        QTimer::singleShot(std::max(delay, 1), this, [socket] {
            if (socket)
                socket->abort();
        });
    } else if (delay > 0) {
        QTimer::singleShot(delay, this, markReady);
    } else {
        markReady();
    }
}

void FakeOpenAiServer::flush(Connection *c)
{
    // Answers leave in request order (pipelining), each once it is ready; a stream holds back those after it.
    while (!c->dead && !c->queue.isEmpty() && c->queue.first()->ready) {
        if (c->queue.first()->streamed) {
            pumpStream(c);
            if (c->dead || c->streaming)
                return;
            continue;   // the stream ended and left the queue
        }
        const auto p = c->queue.takeFirst();
        --m_inFlight;
        if (p->delivery == Response::Delivery::Drop || p->delivery == Response::Delivery::HalfThenDrop) {
            if (!p->bytes.isEmpty()) {
                c->socket->write(p->bytes);
                c->socket->flush();
            }
            c->socket->abort();   // `c` is deleted by the disconnected handler
            return;
        }
        c->socket->write(p->bytes);
        if (c->closeAfter) {
            c->socket->disconnectFromHost();
            return;
        }
    }
}

// Writes the events of the stream at the head of `c`'s queue, the whole stream when no delay is set; a cut closes
// the connection, a hold stops writing until the client goes away.
void FakeOpenAiServer::pumpStream(Connection *c)
{
    const auto p = c->queue.first();
    if (p->waiting)
        return;
    if (!p->started) {
        p->started = true;
        c->streaming = true;
        ++m_openStreams;
        c->socket->write(p->bytes);
    }
    while (p->next < p->events.size()) {
        const Response::Event &e = p->events.at(p->next++);
        if (e.kind == Response::Event::Kind::Hold) {
            p->waiting = true;   // until the client disconnects
            return;
        }
        if (e.kind == Response::Event::Kind::Cut) {
            c->socket->flush();
            c->socket->abort();   // `c` is deleted by the disconnected handler
            return;
        }
        QByteArray bytes = e.bytes;
        if (!e.name.isEmpty()) {
            bytes = "event: " + e.name + "\ndata: " + e.data + "\n\n";
            if (!e.injected) {
                m_chat->streamed.append(StreamedEvent{p->path, e.name, e.data});
                logWire(QJsonObject{{QStringLiteral("kind"), QStringLiteral("event")},
                                    {QStringLiteral("path"), p->path},
                                    {QStringLiteral("event"), QString::fromUtf8(e.name)},
                                    {QStringLiteral("data"), QString::fromUtf8(e.data)}});
            }
        }
        c->socket->write(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
        if (e.effect)
            e.effect();
        if (m_chat->streamDelayMs > 0 && p->next < p->events.size()) {
            p->waiting = true;
            QPointer<QTcpSocket> socket = c->socket;
            QTimer::singleShot(m_chat->streamDelayMs, this, [this, socket, c, p] {
                if (!socket)
                    return;   // the connection is gone, and `c` with it
                p->waiting = false;
                flush(c);
            });
            return;
        }
    }
    c->socket->write("0\r\n\r\n");
    c->queue.removeFirst();
    c->streaming = false;
    --m_openStreams;
    --m_inFlight;
    if (c->closeAfter)
        c->socket->disconnectFromHost();
}

void FakeOpenAiServer::addStreamFault(const StreamFault &fault)
{
    m_chat->streamFaults.append(fault);
}

void FakeOpenAiServer::setStreamEventDelay(int ms)
{
    m_chat->streamDelayMs = std::max(0, ms);
}

QList<FakeOpenAiServer::StreamedEvent> FakeOpenAiServer::streamedEvents() const
{
    return m_chat->streamed;
}

// --- request handling --------------------------------------------------------------------------------------------

FakeOpenAiServer::Response FakeOpenAiServer::handle(const Request &r)
{
    const QString apiPath = r.path.startsWith(QLatin1String("/v1")) ? r.path.mid(3) : r.path;
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if ((!f.method.isEmpty() && f.method != r.method) || !f.path.match(apiPath).hasMatch())
            continue;
        const Fault fault = f;
        if (--f.count <= 0)
            m_faults.removeAt(i);
        Response resp;
        switch (fault.action) {
        case Fault::Action::Status: {
            QString message = fault.message;
            if (message.isEmpty())
                message = fault.status == 429 ? QStringLiteral("Rate limit reached for requests")
                          : fault.status >= 500
                              ? QStringLiteral("The server had an error while processing your request. Sorry about that!")
                              : QStringLiteral("Injected error");
            const QString type = fault.status == 429 ? QStringLiteral("requests")
                                 : fault.status >= 500 ? QStringLiteral("server_error")
                                                       : QStringLiteral("invalid_request_error");
            resp = Response::error(fault.status, message, type, {},
                                   fault.status == 429 ? QStringLiteral("rate_limit_exceeded") : QString());
            if (!fault.retryAfter.isEmpty())
                resp.headers.append({"Retry-After", fault.retryAfter});
            if (!fault.retryAfterMs.isEmpty())
                resp.headers.append({"retry-after-ms", fault.retryAfterMs});
            resp.delayMs = fault.delayMs;
            return resp;
        }
        case Fault::Action::Malformed:
            resp.status = 200;
            resp.body = "{\"id\": \"asst_trunc";
            resp.delayMs = fault.delayMs;
            return resp;
        case Fault::Action::Html:
            resp.status = fault.status;
            resp.contentType = "text/html";
            resp.body = "<html><head><title>" + QByteArray::number(fault.status) + ' ' + reasonPhrase(fault.status)
                        + "</title></head><body><center><h1>" + QByteArray::number(fault.status) + ' '
                        + reasonPhrase(fault.status) + "</h1></center><hr><center>nginx</center></body></html>";
            resp.delayMs = fault.delayMs;
            return resp;
        case Fault::Action::Drop:
            resp.delivery = Response::Delivery::Drop;
            resp.delayMs = fault.delayMs;
            return resp;
        case Fault::Action::Delay:
            resp = route(r);
            resp.delayMs += fault.delayMs;
            return resp;
        case Fault::Action::PerformThenDrop:
            resp = route(r);
            resp.delivery = Response::Delivery::HalfThenDrop;
            resp.delayMs = fault.delayMs;
            return resp;
        case Fault::Action::PerformThenStall:
            resp = route(r);
            resp.delivery = Response::Delivery::Stall;
            resp.delayMs = std::max(fault.delayMs, 30000);
            return resp;
        }
    }
    // m_inFlight already counts this request.
    const bool overLimit = m_concurrencyLimit > 0 && m_inFlight > m_concurrencyLimit;
    double draw = 1;
    if (m_rate429 > 0 || m_rate500 > 0) {
        // The draw depends on the seed, the request and how often that request came before, not on the order in
        // which concurrent requests arrive: the same seed and the same ids give the same faults.
        const QString key = QString::fromLatin1(r.method) + QLatin1Char(' ') + apiPath + QLatin1Char('?') + r.rawQuery;
        const int occurrence = m_draws[key]++;
        QRandomGenerator rng(quint32(qHash(key, m_seed)) ^ quint32(occurrence * 2654435761u));
        draw = rng.generateDouble();
    }
    if (overLimit || draw < m_rate429) {
        ++m_injected;
        Response resp = Response::error(429, QStringLiteral("Rate limit reached for requests"), QStringLiteral("requests"),
                                        {}, QStringLiteral("rate_limit_exceeded"));
        resp.headers.append({QByteArrayLiteral("retry-after-ms"), QByteArrayLiteral("20")});
        return resp;
    }
    if (draw < m_rate429 + m_rate500) {
        ++m_injected;
        return Response::error(500, QStringLiteral("The server had an error while processing your request. Sorry about that!"),
                               QStringLiteral("server_error"));
    }
    return route(r);
}

void FakeOpenAiServer::setRandomFaults(double rate429, double rate500, quint32 seed)
{
    m_rate429 = rate429;
    m_rate500 = rate500;
    m_seed = seed;
    m_draws.clear();
}

FakeOpenAiServer::Response FakeOpenAiServer::route(const Request &r)
{
    const QByteArray auth = r.headers.value("authorization");
    if (auth.isEmpty())
        return Response::error(401,
                               QStringLiteral("You didn't provide an API key. You need to provide your API key in an "
                                              "Authorization header using Bearer auth (i.e. Authorization: Bearer "
                                              "YOUR_KEY)."),
                               QStringLiteral("invalid_request_error"));
    if (auth != "Bearer " + m_apiKey.toUtf8()) {
        const QString given = QString::fromUtf8(auth.mid(7));
        return Response::error(401,
                               QStringLiteral("Incorrect API key provided: %1***%2.")
                                   .arg(given.left(3), given.right(4)),
                               QStringLiteral("invalid_request_error"), {}, QStringLiteral("invalid_api_key"));
    }
    if (!r.path.startsWith(QLatin1String("/v1/")))
        return Response::notFound(QStringLiteral("Invalid URL (%1 %2)").arg(QString::fromLatin1(r.method), r.path));
    const QStringList segments = r.path.mid(4).split(QLatin1Char('/'));
    const QString root = segments.value(0);
    if (root == QLatin1String("assistants") || root == QLatin1String("vector_stores")) {
        if (root == QLatin1String("assistants") && m_assistantsMissing)
            return Response::notFound(
                QStringLiteral("Invalid URL (%1 %2)").arg(QString::fromLatin1(r.method), r.path));
        if (QString::fromUtf8(r.headers.value("openai-beta")) != BetaValue)
            return Response::error(400,
                                   QStringLiteral("You must provide the 'OpenAI-Beta' header to access the Assistants "
                                                  "API. Please try again by setting the header 'OpenAI-Beta: "
                                                  "assistants=v2'."),
                                   QStringLiteral("invalid_request_error"), {}, QStringLiteral("invalid_beta"));
        return root == QLatin1String("assistants") ? assistantsRoute(r, segments) : vectorStoresRoute(r, segments);
    }
    if (root == QLatin1String("threads")) {
        if (QString::fromUtf8(r.headers.value("openai-beta")) != BetaValue)
            return Response::error(400,
                                   QStringLiteral("You must provide the 'OpenAI-Beta' header to access the Assistants "
                                                  "API. Please try again by setting the header 'OpenAI-Beta: "
                                                  "assistants=v2'."),
                                   QStringLiteral("invalid_request_error"), {}, QStringLiteral("invalid_beta"));
        return threadsRoute(r, segments);
    }
    if (root == QLatin1String("responses"))
        return responsesRoute(r, segments);
    if (root == QLatin1String("files"))
        return filesRoute(r, segments);
    if (root == QLatin1String("models"))
        return modelsRoute(r, segments);
    return Response::notFound(QStringLiteral("Invalid URL (%1 %2)").arg(QString::fromLatin1(r.method), r.path));
}

namespace FakeServerDetail {
QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    default: return QStringLiteral("undefined");
    }
}

// Lists (limit/order/after/before). `items` are in creation order.
std::optional<Invalid> paginate(const QList<QJsonObject> &items, const QUrlQuery &q, int defaultLimit, int maxLimit,
                                bool allowBefore, QJsonObject *out)
{
    int limit = defaultLimit;
    if (q.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = q.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok)
            return Invalid{QStringLiteral("Invalid 'limit': expected an integer."), QStringLiteral("limit"),
                           QStringLiteral("invalid_type")};
        if (limit < 1 || limit > maxLimit)
            return Invalid{QStringLiteral("Invalid 'limit': integer must be between 1 and %1, got %2.")
                               .arg(maxLimit)
                               .arg(limit),
                           QStringLiteral("limit"), QStringLiteral("integer_out_of_range")};
    }
    const QString order = q.queryItemValue(QStringLiteral("order"));
    if (!order.isEmpty() && order != QLatin1String("asc") && order != QLatin1String("desc"))
        return Invalid{QStringLiteral("Invalid value for 'order': expected one of asc, desc."),
                       QStringLiteral("order"), QStringLiteral("invalid_value")};
    QList<QJsonObject> ordered = items;
    if (order != QLatin1String("asc"))
        std::reverse(ordered.begin(), ordered.end());
    auto indexOf = [&ordered](const QString &id) {
        for (qsizetype i = 0; i < ordered.size(); ++i)
            if (ordered.at(i).value(QLatin1String("id")).toString() == id)
                return i;
        return qsizetype(-1);
    };
    qsizetype from = 0;
    qsizetype to = ordered.size();
    const QString after = q.queryItemValue(QStringLiteral("after"));
    const QString before = q.queryItemValue(QStringLiteral("before"));
    if (!before.isEmpty() && !allowBefore)
        return Invalid{QStringLiteral("Unrecognized request argument supplied: before"), QStringLiteral("before"),
                       QStringLiteral("unknown_parameter")};
    if (!after.isEmpty()) {
        const qsizetype i = indexOf(after);
        if (i < 0)
            return Invalid{QStringLiteral("Invalid 'after': no object with id '%1'.").arg(after),
                           QStringLiteral("after"), QStringLiteral("invalid_value")};
        from = i + 1;
    }
    if (!before.isEmpty()) {
        const qsizetype i = indexOf(before);
        if (i < 0)
            return Invalid{QStringLiteral("Invalid 'before': no object with id '%1'.").arg(before),
                           QStringLiteral("before"), QStringLiteral("invalid_value")};
        to = i;
    }
    QJsonArray data;
    bool hasMore = false;
    if (before.isEmpty() || !after.isEmpty()) {
        const qsizetype end = std::min(to, from + limit);
        for (qsizetype i = from; i < end; ++i)
            data.append(ordered.at(i));
        hasMore = end < to;
    } else {
        // "before" alone: the `limit` objects just before the cursor.
        const qsizetype start = std::max(from, to - limit);
        for (qsizetype i = start; i < to; ++i)
            data.append(ordered.at(i));
        hasMore = start > from;
    }
    *out = QJsonObject{
        {QStringLiteral("object"), QStringLiteral("list")},
        {QStringLiteral("data"), data},
        {QStringLiteral("first_id"),
         data.isEmpty() ? QJsonValue(QJsonValue::Null) : data.first().toObject().value(QLatin1String("id"))},
        {QStringLiteral("last_id"),
         data.isEmpty() ? QJsonValue(QJsonValue::Null) : data.last().toObject().value(QLatin1String("id"))},
        {QStringLiteral("has_more"), hasMore},
    };
    return std::nullopt;
}

std::optional<Invalid> parseBody(const QByteArray &body, QJsonObject *out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body.isEmpty() ? QByteArray("{}") : body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Invalid{QStringLiteral("We could not parse the JSON body of your request. (HINT: This likely means "
                                      "you aren't using your HTTP library correctly.)"),
                       {}, {}};
    *out = doc.object();
    return std::nullopt;
}

Invalid wrongType(const QString &param, const QString &expected, const QJsonValue &got)
{
    return Invalid{QStringLiteral("Invalid type for '%1': expected %2, but got %3 instead.")
                       .arg(param, expected, typeName(got)),
                   param, QStringLiteral("invalid_type")};
}

std::optional<Invalid> unknownKeys(const QJsonObject &o, const QStringList &allowed, const QString &prefix)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!allowed.contains(it.key())) {
            const QString param = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
            return Invalid{QStringLiteral("Unrecognized request argument supplied: %1").arg(param), param,
                           QStringLiteral("unknown_parameter")};
        }
    return std::nullopt;
}

std::optional<Invalid> checkString(const QJsonObject &o, const QString &key, bool nullable, int maxLength)
{
    if (!o.contains(key))
        return std::nullopt;
    const QJsonValue v = o.value(key);
    if (v.isNull() && nullable)
        return std::nullopt;
    if (!v.isString())
        return wrongType(key, QStringLiteral("a string"), v);
    if (maxLength > 0 && v.toString().size() > maxLength)
        return Invalid{QStringLiteral("Invalid '%1': string too long. Expected a string with maximum length %2, but "
                                      "got a string with length %3 instead.")
                           .arg(key)
                           .arg(maxLength)
                           .arg(v.toString().size()),
                       key, QStringLiteral("string_above_max_length")};
    return std::nullopt;
}

std::optional<Invalid> checkNumber(const QJsonObject &o, const QString &key, double min, double max)
{
    if (!o.contains(key) || o.value(key).isNull())
        return std::nullopt;
    const QJsonValue v = o.value(key);
    if (!v.isDouble())
        return wrongType(key, QStringLiteral("a decimal"), v);
    if (v.toDouble() < min)
        return Invalid{QStringLiteral("Invalid '%1': decimal below minimum value. Expected a value >= %2, but got %3 "
                                      "instead.")
                           .arg(key)
                           .arg(min)
                           .arg(v.toDouble()),
                       key, QStringLiteral("decimal_below_min_value")};
    if (v.toDouble() > max)
        return Invalid{QStringLiteral("Invalid '%1': decimal above maximum value. Expected a value <= %2, but got %3 "
                                      "instead.")
                           .arg(key)
                           .arg(max)
                           .arg(v.toDouble()),
                       key, QStringLiteral("decimal_above_max_value")};
    return std::nullopt;
}

std::optional<Invalid> checkMetadata(const QJsonObject &o)
{
    if (!o.contains(QLatin1String("metadata")) || o.value(QLatin1String("metadata")).isNull())
        return std::nullopt;
    const QJsonValue v = o.value(QLatin1String("metadata"));
    if (!v.isObject())
        return wrongType(QStringLiteral("metadata"), QStringLiteral("an object"), v);
    const QJsonObject m = v.toObject();
    if (m.size() > 16)
        return Invalid{QStringLiteral("Invalid 'metadata': too many properties. Expected an object with at most 16 "
                                      "properties, but got an object with %1 properties instead.")
                           .arg(m.size()),
                       QStringLiteral("metadata"), QStringLiteral("object_above_max_properties")};
    for (auto it = m.begin(); it != m.end(); ++it) {
        const QString param = QStringLiteral("metadata.") + it.key();
        if (it.key().size() > 64)
            return Invalid{QStringLiteral("Invalid 'metadata': key too long (maximum 64)."), param,
                           QStringLiteral("string_above_max_length")};
        if (!it.value().isString())
            return wrongType(param, QStringLiteral("a string"), it.value());
        if (it.value().toString().size() > 512)
            return Invalid{QStringLiteral("Invalid '%1': string too long (maximum 512).").arg(param), param,
                           QStringLiteral("string_above_max_length")};
    }
    return std::nullopt;
}

std::optional<Invalid> checkStringArray(const QJsonValue &v, const QString &param, int maxItems)
{
    if (!v.isArray())
        return wrongType(param, QStringLiteral("an array"), v);
    const QJsonArray a = v.toArray();
    if (a.size() > maxItems)
        return Invalid{QStringLiteral("Invalid '%1': array too long. Expected an array with maximum length %2, but got "
                                      "an array with length %3 instead.")
                           .arg(param)
                           .arg(maxItems)
                           .arg(a.size()),
                       param, QStringLiteral("array_above_max_length")};
    for (qsizetype i = 0; i < a.size(); ++i)
        if (!a.at(i).isString())
            return wrongType(QStringLiteral("%1[%2]").arg(param).arg(i), QStringLiteral("a string"), a.at(i));
    return std::nullopt;
}

std::optional<Invalid> checkAssistantBody(const QJsonObject &o, bool create)
{
    static const QStringList allowed{
        QStringLiteral("model"),          QStringLiteral("name"),           QStringLiteral("description"),
        QStringLiteral("instructions"),   QStringLiteral("tools"),          QStringLiteral("tool_resources"),
        QStringLiteral("metadata"),       QStringLiteral("temperature"),    QStringLiteral("top_p"),
        QStringLiteral("response_format"), QStringLiteral("reasoning_effort")};
    if (auto e = unknownKeys(o, allowed, {}))
        return e;
    if (create && !o.contains(QLatin1String("model")))
        return Invalid{QStringLiteral("Missing required parameter: 'model'."), QStringLiteral("model"),
                       QStringLiteral("missing_required_parameter")};
    if (auto e = checkString(o, QStringLiteral("model"), false, 0))
        return e;
    if (auto e = checkString(o, QStringLiteral("name"), true, 256))
        return e;
    if (auto e = checkString(o, QStringLiteral("description"), true, 512))
        return e;
    if (auto e = checkString(o, QStringLiteral("instructions"), true, 256000))
        return e;
    if (auto e = checkNumber(o, QStringLiteral("temperature"), 0, 2))
        return e;
    if (auto e = checkNumber(o, QStringLiteral("top_p"), 0, 1))
        return e;
    if (auto e = checkMetadata(o))
        return e;
    if (o.contains(QLatin1String("reasoning_effort")) && !o.value(QLatin1String("reasoning_effort")).isNull()
        && !o.value(QLatin1String("reasoning_effort")).isString())
        return wrongType(QStringLiteral("reasoning_effort"), QStringLiteral("a string"),
                         o.value(QLatin1String("reasoning_effort")));
    if (o.contains(QLatin1String("tools"))) {
        const QJsonValue tv = o.value(QLatin1String("tools"));
        if (!tv.isArray())
            return wrongType(QStringLiteral("tools"), QStringLiteral("an array"), tv);
        const QJsonArray tools = tv.toArray();
        if (tools.size() > 128)
            return Invalid{QStringLiteral("Invalid 'tools': array too long (maximum 128)."), QStringLiteral("tools"),
                           QStringLiteral("array_above_max_length")};
        static const QRegularExpression functionName(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
        for (qsizetype i = 0; i < tools.size(); ++i) {
            const QString p = QStringLiteral("tools[%1]").arg(i);
            if (!tools.at(i).isObject())
                return wrongType(p, QStringLiteral("an object"), tools.at(i));
            const QJsonObject t = tools.at(i).toObject();
            const QString type = t.value(QLatin1String("type")).toString();
            if (type == QLatin1String("code_interpreter")) {
                if (auto e = unknownKeys(t, {QStringLiteral("type")}, p))
                    return e;
            } else if (type == QLatin1String("file_search")) {
                if (auto e = unknownKeys(t, {QStringLiteral("type"), QStringLiteral("file_search")}, p))
                    return e;
            } else if (type == QLatin1String("function")) {
                if (auto e = unknownKeys(t, {QStringLiteral("type"), QStringLiteral("function")}, p))
                    return e;
                const QJsonValue fv = t.value(QLatin1String("function"));
                if (!fv.isObject())
                    return wrongType(p + QStringLiteral(".function"), QStringLiteral("an object"), fv);
                const QJsonObject f = fv.toObject();
                if (auto e = unknownKeys(f,
                                         {QStringLiteral("name"), QStringLiteral("description"),
                                          QStringLiteral("parameters"), QStringLiteral("strict")},
                                         p + QStringLiteral(".function")))
                    return e;
                if (!f.value(QLatin1String("name")).isString()
                    || !functionName.match(f.value(QLatin1String("name")).toString()).hasMatch())
                    return Invalid{QStringLiteral("Invalid '%1.function.name': string does not match pattern. "
                                                  "Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'.")
                                       .arg(p),
                                   p + QStringLiteral(".function.name"), QStringLiteral("invalid_value")};
                if (f.contains(QLatin1String("description")) && !f.value(QLatin1String("description")).isString())
                    return wrongType(p + QStringLiteral(".function.description"), QStringLiteral("a string"),
                                     f.value(QLatin1String("description")));
                if (f.contains(QLatin1String("parameters")) && !f.value(QLatin1String("parameters")).isObject())
                    return wrongType(p + QStringLiteral(".function.parameters"), QStringLiteral("an object"),
                                     f.value(QLatin1String("parameters")));
                if (f.contains(QLatin1String("strict")) && !f.value(QLatin1String("strict")).isNull()
                    && !f.value(QLatin1String("strict")).isBool())
                    return wrongType(p + QStringLiteral(".function.strict"), QStringLiteral("a boolean"),
                                     f.value(QLatin1String("strict")));
            } else {
                return Invalid{QStringLiteral("Invalid value: '%1'. Supported values are: 'code_interpreter', "
                                              "'file_search', and 'function'.")
                                   .arg(type),
                               p + QStringLiteral(".type"), QStringLiteral("invalid_value")};
            }
        }
    }
    if (o.contains(QLatin1String("tool_resources")) && !o.value(QLatin1String("tool_resources")).isNull()) {
        const QJsonValue rv = o.value(QLatin1String("tool_resources"));
        if (!rv.isObject())
            return wrongType(QStringLiteral("tool_resources"), QStringLiteral("an object"), rv);
        const QJsonObject res = rv.toObject();
        if (auto e = unknownKeys(res, {QStringLiteral("code_interpreter"), QStringLiteral("file_search")},
                                 QStringLiteral("tool_resources")))
            return e;
        if (res.contains(QLatin1String("code_interpreter"))) {
            const QJsonObject ci = res.value(QLatin1String("code_interpreter")).toObject();
            if (auto e = unknownKeys(ci, {QStringLiteral("file_ids")}, QStringLiteral("tool_resources.code_interpreter")))
                return e;
            if (ci.contains(QLatin1String("file_ids")))
                if (auto e = checkStringArray(ci.value(QLatin1String("file_ids")),
                                              QStringLiteral("tool_resources.code_interpreter.file_ids"), 20))
                    return e;
        }
        if (res.contains(QLatin1String("file_search"))) {
            const QJsonObject fs = res.value(QLatin1String("file_search")).toObject();
            if (auto e = unknownKeys(fs, {QStringLiteral("vector_store_ids"), QStringLiteral("vector_stores")},
                                     QStringLiteral("tool_resources.file_search")))
                return e;
            if (create && fs.contains(QLatin1String("vector_store_ids")) == fs.contains(QLatin1String("vector_stores")))
                return Invalid{QStringLiteral("Invalid 'tool_resources.file_search': exactly one of "
                                              "'vector_store_ids' or 'vector_stores' must be provided."),
                               QStringLiteral("tool_resources.file_search"), QStringLiteral("invalid_value")};
            if (fs.contains(QLatin1String("vector_store_ids")))
                if (auto e = checkStringArray(fs.value(QLatin1String("vector_store_ids")),
                                              QStringLiteral("tool_resources.file_search.vector_store_ids"), 1))
                    return e;
        }
    }
    return std::nullopt;
}

const QList<QJsonObject>::const_iterator findById(const QList<QJsonObject> &list, const QString &id)
{
    return std::find_if(list.cbegin(), list.cend(),
                        [&id](const QJsonObject &o) { return o.value(QLatin1String("id")).toString() == id; });
}

qsizetype indexById(const QList<QJsonObject> &list, const QString &id)
{
    const auto it = findById(list, id);
    return it == list.cend() ? -1 : it - list.cbegin();
}
} // namespace FakeServerDetail

QString FakeOpenAiServer::addAssistant(const QJsonObject &fields)
{
    QJsonObject a{{QStringLiteral("id"), newId("asst_")},
                  {QStringLiteral("object"), QStringLiteral("assistant")},
                  {QStringLiteral("created_at"), double(nextCreatedAt())},
                  {QStringLiteral("name"), QJsonValue::Null},
                  {QStringLiteral("description"), QJsonValue::Null},
                  {QStringLiteral("model"), QStringLiteral("gpt-4o")},
                  {QStringLiteral("instructions"), QJsonValue::Null},
                  {QStringLiteral("tools"), QJsonArray{}},
                  {QStringLiteral("tool_resources"), QJsonObject{}},
                  {QStringLiteral("metadata"), QJsonObject{}},
                  {QStringLiteral("top_p"), 1.0},
                  {QStringLiteral("temperature"), 1.0},
                  {QStringLiteral("reasoning_effort"), QJsonValue::Null},
                  {QStringLiteral("response_format"), QStringLiteral("auto")}};
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if ((it.key() == QLatin1String("metadata") || it.key() == QLatin1String("tool_resources"))
            && it.value().isNull())
            a.insert(it.key(), QJsonObject{});
        else if ((it.key() == QLatin1String("temperature") || it.key() == QLatin1String("top_p"))
                 && it.value().isNull())
            a.insert(it.key(), 1.0);
        else
            a.insert(it.key(), it.value());
    }
    m_assistants.append(a);
    return a.value(QLatin1String("id")).toString();
}

QString FakeOpenAiServer::addFile(const QString &filename, const QByteArray &content, const QString &id)
{
    const QString fileId = id.isEmpty() ? newId("file-") : id;
    m_files.append(QJsonObject{{QStringLiteral("id"), fileId},
                               {QStringLiteral("object"), QStringLiteral("file")},
                               {QStringLiteral("bytes"), double(content.size())},
                               {QStringLiteral("created_at"), double(nextCreatedAt())},
                               {QStringLiteral("expires_at"), QJsonValue::Null},
                               {QStringLiteral("filename"), filename},
                               {QStringLiteral("purpose"), QStringLiteral("assistants")},
                               {QStringLiteral("status"), QStringLiteral("processed")},
                               {QStringLiteral("status_details"), QJsonValue::Null}});
    m_fileContents.insert(fileId, content);
    return fileId;
}

QString FakeOpenAiServer::addVectorStore(const QString &name, const QStringList &fileIds, qint64 usageBytes,
                                         const QString &id)
{
    const QString vsId = id.isEmpty() ? newId("vs_") : id;
    const qint64 now = nextCreatedAt();
    auto &list = m_vectorStoreFiles[vsId];
    for (const QString &fileId : fileIds)
        list.append(QJsonObject{{QStringLiteral("id"), fileId},
                                {QStringLiteral("object"), QStringLiteral("vector_store.file")},
                                {QStringLiteral("usage_bytes"), 0},
                                {QStringLiteral("created_at"), double(now)},
                                {QStringLiteral("vector_store_id"), vsId},
                                {QStringLiteral("status"), QStringLiteral("completed")},
                                {QStringLiteral("last_error"), QJsonValue::Null}});
    m_vectorStores.append(QJsonObject{
        {QStringLiteral("id"), vsId},
        {QStringLiteral("object"), QStringLiteral("vector_store")},
        {QStringLiteral("created_at"), double(now)},
        {QStringLiteral("name"), name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(name)},
        {QStringLiteral("usage_bytes"), double(usageBytes)},
        {QStringLiteral("file_counts"), QJsonObject{{QStringLiteral("in_progress"), 0},
                                                    {QStringLiteral("completed"), fileIds.size()},
                                                    {QStringLiteral("failed"), 0},
                                                    {QStringLiteral("cancelled"), 0},
                                                    {QStringLiteral("total"), fileIds.size()}}},
        {QStringLiteral("status"), QStringLiteral("completed")},
        {QStringLiteral("expires_after"), QJsonValue::Null},
        {QStringLiteral("expires_at"), QJsonValue::Null},
        {QStringLiteral("last_active_at"), double(now)},
        {QStringLiteral("metadata"), QJsonObject{}}});
    return vsId;
}

void FakeOpenAiServer::backdate(const QString &id, int daysAgo)
{
    const double when = double(QDateTime::currentSecsSinceEpoch() - qint64(daysAgo) * 86400);
    for (QList<QJsonObject> *list : {&m_assistants, &m_files, &m_vectorStores}) {
        for (QJsonObject &o : *list) {
            if (o.value(QLatin1String("id")).toString() != id)
                continue;
            o.insert(QStringLiteral("created_at"), when);
            if (o.contains(QLatin1String("last_active_at")))
                o.insert(QStringLiteral("last_active_at"), when);
        }
    }
}

void FakeOpenAiServer::seedOrphanScenario()
{
    const auto file = [this](const QString &id, const QString &name, int bytes, int daysAgo) {
        addFile(name, QByteArray(bytes, 'x'), id);
        backdate(id, daysAgo);
    };
    file(QStringLiteral("file-LIVECI"), QStringLiteral("prices.csv"), 2048, 30);
    file(QStringLiteral("file-SHARED"), QStringLiteral("faq.pdf"), 18432, 90);
    file(QStringLiteral("file-INLIVE"), QStringLiteral("returns.md"), 4096, 20);
    file(QStringLiteral("file-STRAYCI"), QStringLiteral("stray-data.csv"), 1024, 15);
    file(QStringLiteral("file-INSTRAY"), QStringLiteral("stray-notes.txt"), 512, 15);
    file(QStringLiteral("file-OLDCI"), QStringLiteral("old-prices.csv"), 12000, 200);
    file(QStringLiteral("file-OLDFS"), QStringLiteral("old-manual.pdf"), 2500000, 210);
    file(QStringLiteral("file-LOOSE"), QStringLiteral("draft-upload.docx"), 34000, 120);
    file(QStringLiteral("file-LOOSE2"), QStringLiteral("scratch.txt"), 900, 100);
    const QString tune = addFile(QStringLiteral("training.jsonl"), QByteArray(300, 'x'), QStringLiteral("file-TUNE"));
    m_files.last().insert(QStringLiteral("purpose"), QStringLiteral("fine-tune"));
    backdate(tune, 50);

    addVectorStore(QStringLiteral("Helpdesk store"), {QStringLiteral("file-SHARED"), QStringLiteral("file-INLIVE")},
                   3200000, QStringLiteral("vs_LIVE"));
    backdate(QStringLiteral("vs_LIVE"), 60);
    addVectorStore(QStringLiteral("Stray store"), {QStringLiteral("file-INSTRAY")}, 40000, QStringLiteral("vs_STRAY"));
    backdate(QStringLiteral("vs_STRAY"), 15);
    addVectorStore(QStringLiteral("Old helper store"), {QStringLiteral("file-OLDFS"), QStringLiteral("file-SHARED")},
                   120000000, QStringLiteral("vs_OLD"));
    backdate(QStringLiteral("vs_OLD"), 200);
    addVectorStore(QString(), {QStringLiteral("file-LOOSE2")}, 5000, QStringLiteral("vs_LOOSE"));
    backdate(QStringLiteral("vs_LOOSE"), 100);

    const auto resources = [](const QString &ci, const QString &vs) {
        return QJsonObject{
            {QStringLiteral("code_interpreter"), QJsonObject{{QStringLiteral("file_ids"), QJsonArray{ci}}}},
            {QStringLiteral("file_search"), QJsonObject{{QStringLiteral("vector_store_ids"), QJsonArray{vs}}}}};
    };
    const QJsonArray tools{QJsonObject{{QStringLiteral("type"), QStringLiteral("code_interpreter")}},
                           QJsonObject{{QStringLiteral("type"), QStringLiteral("file_search")}}};
    addAssistant(QJsonObject{{QStringLiteral("id"), QStringLiteral("asst_LIVE")},
                             {QStringLiteral("name"), QStringLiteral("Helpdesk")},
                             {QStringLiteral("instructions"), QStringLiteral("Answer order questions.")},
                             {QStringLiteral("tools"), tools},
                             {QStringLiteral("tool_resources"),
                              resources(QStringLiteral("file-LIVECI"), QStringLiteral("vs_LIVE"))}});
    backdate(QStringLiteral("asst_LIVE"), 60);
    addAssistant(QJsonObject{{QStringLiteral("id"), QStringLiteral("asst_STRAY")},
                             {QStringLiteral("name"), QStringLiteral("Stray assistant")},
                             {QStringLiteral("tools"), tools},
                             {QStringLiteral("tool_resources"),
                              resources(QStringLiteral("file-STRAYCI"), QStringLiteral("vs_STRAY"))}});
    backdate(QStringLiteral("asst_STRAY"), 15);
}

void FakeOpenAiServer::seed(int count)
{
    const qint64 start = QDateTime::currentSecsSinceEpoch() - 2 * count - 3600;
    for (int i = 0; i < count; ++i) {
        const QString id = addAssistant(QJsonObject{
            {QStringLiteral("name"), QStringLiteral("Seed assistant %1").arg(i + 1)},
            {QStringLiteral("instructions"), QStringLiteral("You are seed assistant %1.").arg(i + 1)},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("seed"), QString::number(i + 1)}}}});
        m_assistants.last().insert(QStringLiteral("created_at"), double(start + 2 * i));
        Q_UNUSED(id);
        const QByteArray content = QStringLiteral("Seed file %1\n").arg(i + 1).toUtf8();
        const QString fileId = newId("file-");
        m_files.append(QJsonObject{{QStringLiteral("id"), fileId},
                                   {QStringLiteral("object"), QStringLiteral("file")},
                                   {QStringLiteral("bytes"), double(content.size())},
                                   {QStringLiteral("created_at"), double(start + 2 * i + 1)},
                                   {QStringLiteral("expires_at"), QJsonValue::Null},
                                   {QStringLiteral("filename"), QStringLiteral("seed-%1.txt").arg(i + 1)},
                                   {QStringLiteral("purpose"), QStringLiteral("assistants")},
                                   {QStringLiteral("status"), QStringLiteral("processed")},
                                   {QStringLiteral("status_details"), QJsonValue::Null}});
        m_fileContents.insert(fileId, content);
    }
}

FakeOpenAiServer::Response FakeOpenAiServer::assistantsRoute(const Request &r, const QStringList &segments)
{
    if (segments.size() == 1) {
        if (r.method == "GET") {
            QJsonObject page;
            if (auto e = paginate(m_assistants, r.query, 20, 100, true, &page))
                return Response::invalid(*e);
            return Response::json(page);
        }
        if (r.method == "POST") {
            QJsonObject body;
            if (auto e = parseBody(r.body, &body))
                return Response::invalid(*e);
            if (auto e = checkAssistantBody(body, true))
                return Response::invalid(*e);
            for (const QString &field : std::as_const(m_droppedFields))
                body.remove(field);
            const QString id = addAssistant(body);
            return Response::json(m_assistants.last());
        }
    } else if (segments.size() == 2) {
        const QString id = segments.at(1);
        const qsizetype i = indexById(m_assistants, id);
        if (i < 0)
            return Response::notFound(QStringLiteral("No assistant found with id '%1'.").arg(id));
        if (r.method == "GET")
            return Response::json(m_assistants.at(i));
        if (r.method == "POST") {
            QJsonObject body;
            if (auto e = parseBody(r.body, &body))
                return Response::invalid(*e);
            if (auto e = checkAssistantBody(body, false))
                return Response::invalid(*e);
            QJsonObject a = m_assistants.at(i);
            for (const QString &field : std::as_const(m_droppedFields))
                body.remove(field);
            for (auto it = body.begin(); it != body.end(); ++it) {
                if (it.value().isNull() && (it.key() == QLatin1String("metadata")
                                            || it.key() == QLatin1String("tool_resources")))
                    a.insert(it.key(), QJsonObject{});
                else if (it.value().isNull()
                         && (it.key() == QLatin1String("temperature") || it.key() == QLatin1String("top_p")))
                    a.insert(it.key(), 1.0);
                else
                    a.insert(it.key(), it.value());
            }
            m_assistants[i] = a;
            return Response::json(a);
        }
        if (r.method == "DELETE") {
            m_assistants.removeAt(i);
            return Response::json(QJsonObject{{QStringLiteral("id"), id},
                                              {QStringLiteral("object"), QStringLiteral("assistant.deleted")},
                                              {QStringLiteral("deleted"), true}});
        }
    }
    return Response::notFound(QStringLiteral("Invalid URL (%1 %2)").arg(QString::fromLatin1(r.method), r.path));
}

FakeOpenAiServer::Response FakeOpenAiServer::uploadFile(const Request &r)
{
    const QByteArray contentType = r.headers.value("content-type");
    const qsizetype b = contentType.indexOf("boundary=");
    if (!contentType.startsWith("multipart/form-data") || b < 0)
        return Response::invalid({QStringLiteral("Invalid Content-Type header (%1), expected multipart/form-data.")
                                      .arg(QString::fromLatin1(contentType)),
                                  {}, {}});
    QByteArray boundary = contentType.mid(b + 9);
    if (boundary.startsWith('"'))
        boundary = boundary.mid(1, boundary.indexOf('"', 1) - 1);
    const QByteArray delimiter = "--" + boundary;
    QString purpose;
    QString filename;
    QByteArray content;
    bool haveFile = false;
    qsizetype pos = r.body.indexOf(delimiter);
    while (pos >= 0) {
        pos += delimiter.size();
        if (r.body.mid(pos, 2) == "--")
            break;
        pos += 2;   // CRLF
        const qsizetype headEnd = r.body.indexOf("\r\n\r\n", pos);
        if (headEnd < 0)
            break;
        const QByteArray head = r.body.mid(pos, headEnd - pos);
        const qsizetype next = r.body.indexOf("\r\n" + delimiter, headEnd + 4);
        if (next < 0)
            return Response::invalid({QStringLiteral("Malformed multipart body."), {}, {}});
        const QByteArray partBody = r.body.mid(headEnd + 4, next - headEnd - 4);
        QByteArray name;
        QByteArray partFilename;
        bool hasFilename = false;
        for (const QByteArray &line : head.split('\n')) {
            if (!line.trimmed().toLower().startsWith("content-disposition"))
                continue;
            for (const QByteArray &attr : line.split(';')) {
                const QByteArray a = attr.trimmed();
                if (a.startsWith("name="))
                    name = a.mid(5).replace('"', "");
                if (a.startsWith("filename=")) {
                    hasFilename = true;
                    partFilename = a.mid(9);
                    if (partFilename.startsWith('"'))
                        partFilename = partFilename.mid(1, partFilename.size() - 2);
                    partFilename.replace("\\\"", "\"").replace("\\\\", "\\");
                }
            }
        }
        if (name == "purpose") {
            purpose = QString::fromUtf8(partBody);
        } else if (name == "file" && hasFilename) {
            filename = QString::fromUtf8(partFilename);
            content = partBody;
            haveFile = true;
        } else {
            return Response::invalid({QStringLiteral("Unrecognized request argument supplied: %1")
                                          .arg(QString::fromUtf8(name)),
                                      QString::fromUtf8(name), QStringLiteral("unknown_parameter")});
        }
        pos = next + 2;
    }
    if (!haveFile)
        return Response::invalid({QStringLiteral("Missing required parameter: 'file'."), QStringLiteral("file"),
                                  QStringLiteral("missing_required_parameter")});
    static const QStringList purposes{QStringLiteral("assistants"), QStringLiteral("batch"),
                                      QStringLiteral("fine-tune"),  QStringLiteral("vision"),
                                      QStringLiteral("user_data"),  QStringLiteral("evals")};
    if (purpose.isEmpty())
        return Response::invalid({QStringLiteral("Missing required parameter: 'purpose'."), QStringLiteral("purpose"),
                                  QStringLiteral("missing_required_parameter")});
    if (!purposes.contains(purpose))
        return Response::invalid({QStringLiteral("Invalid value for 'purpose': '%1'.").arg(purpose),
                                  QStringLiteral("purpose"), QStringLiteral("invalid_value")});
    const QString id = newId("file-");
    const QJsonObject file{{QStringLiteral("id"), id},
                           {QStringLiteral("object"), QStringLiteral("file")},
                           {QStringLiteral("bytes"), double(content.size())},
                           {QStringLiteral("created_at"), double(nextCreatedAt())},
                           {QStringLiteral("expires_at"), QJsonValue::Null},
                           {QStringLiteral("filename"), filename},
                           {QStringLiteral("purpose"), purpose},
                           {QStringLiteral("status"), QStringLiteral("processed")},
                           {QStringLiteral("status_details"), QJsonValue::Null}};
    m_files.append(file);
    m_fileContents.insert(id, content);
    return Response::json(file);
}

FakeOpenAiServer::Response FakeOpenAiServer::filesRoute(const Request &r, const QStringList &segments)
{
    if (segments.size() == 1) {
        if (r.method == "GET") {
            QList<QJsonObject> files = m_files;
            const QString purpose = r.query.queryItemValue(QStringLiteral("purpose"));
            if (!purpose.isEmpty())
                files.removeIf([&purpose](const QJsonObject &f) {
                    return f.value(QLatin1String("purpose")).toString() != purpose;
                });
            QJsonObject page;
            if (auto e = paginate(files, r.query, 10000, 10000, false, &page))
                return Response::invalid(*e);
            return Response::json(page);
        }
        if (r.method == "POST")
            return uploadFile(r);
    } else {
        const QString id = segments.at(1);
        const qsizetype i = indexById(m_files, id);
        if (i < 0)
            return Response::notFound(QStringLiteral("No such File object: %1").arg(id));
        if (segments.size() == 2 && r.method == "GET")
            return Response::json(m_files.at(i));
        if (segments.size() == 2 && r.method == "DELETE") {
            m_files.removeAt(i);
            m_fileContents.remove(id);
            for (auto &list : m_vectorStoreFiles)
                list.removeIf([&id](const QJsonObject &f) { return f.value(QLatin1String("id")).toString() == id; });
            return Response::json(QJsonObject{{QStringLiteral("id"), id},
                                              {QStringLiteral("object"), QStringLiteral("file")},
                                              {QStringLiteral("deleted"), true}});
        }
        if (segments.size() == 3 && segments.at(2) == QLatin1String("content") && r.method == "GET") {
            Response resp;
            resp.contentType = "application/octet-stream";
            resp.body = m_fileContents.value(id);
            return resp;
        }
    }
    return Response::notFound(QStringLiteral("Invalid URL (%1 %2)").arg(QString::fromLatin1(r.method), r.path));
}

FakeOpenAiServer::Response FakeOpenAiServer::vectorStoresRoute(const Request &r, const QStringList &segments)
{
    auto fileCounts = [this](const QString &vs) {
        const auto files = m_vectorStoreFiles.value(vs);
        return QJsonObject{{QStringLiteral("in_progress"), 0},
                           {QStringLiteral("completed"), files.size()},
                           {QStringLiteral("failed"), 0},
                           {QStringLiteral("cancelled"), 0},
                           {QStringLiteral("total"), files.size()}};
    };
    auto attach = [this](const QString &vs, const QString &fileId) {
        auto &list = m_vectorStoreFiles[vs];
        const QJsonObject f{{QStringLiteral("id"), fileId},
                            {QStringLiteral("object"), QStringLiteral("vector_store.file")},
                            {QStringLiteral("usage_bytes"), 0},
                            {QStringLiteral("created_at"), double(nextCreatedAt())},
                            {QStringLiteral("vector_store_id"), vs},
                            {QStringLiteral("status"), QStringLiteral("completed")},
                            {QStringLiteral("last_error"), QJsonValue::Null}};
        const qsizetype existing = indexById(list, fileId);
        if (existing >= 0)
            return list.at(existing);
        list.append(f);
        return f;
    };
    auto missingFile = [this](const QJsonArray &ids) -> QString {
        for (const QJsonValue &v : ids)
            if (indexById(m_files, v.toString()) < 0)
                return v.toString();
        return {};
    };

    if (segments.size() == 1) {
        if (r.method == "GET") {
            QJsonObject page;
            if (auto e = paginate(m_vectorStores, r.query, 20, 100, true, &page))
                return Response::invalid(*e);
            return Response::json(page);
        }
        if (r.method == "POST") {
            QJsonObject body;
            if (auto e = parseBody(r.body, &body))
                return Response::invalid(*e);
            if (auto e = unknownKeys(body,
                                     {QStringLiteral("file_ids"), QStringLiteral("name"),
                                      QStringLiteral("description"), QStringLiteral("expires_after"),
                                      QStringLiteral("chunking_strategy"), QStringLiteral("metadata")},
                                     {}))
                return Response::invalid(*e);
            if (auto e = checkString(body, QStringLiteral("name"), true, 0))
                return Response::invalid(*e);
            if (auto e = checkMetadata(body))
                return Response::invalid(*e);
            if (body.contains(QLatin1String("file_ids")))
                if (auto e = checkStringArray(body.value(QLatin1String("file_ids")), QStringLiteral("file_ids"), 500))
                    return Response::invalid(*e);
            const QJsonArray fileIds = body.value(QLatin1String("file_ids")).toArray();
            if (const QString missing = missingFile(fileIds); !missing.isEmpty())
                return Response::notFound(QStringLiteral("No file found with id '%1'.").arg(missing));
            const QString id = newId("vs_");
            for (const QJsonValue &f : fileIds)
                attach(id, f.toString());
            const qint64 now = nextCreatedAt();
            const QJsonObject vs{
                {QStringLiteral("id"), id},
                {QStringLiteral("object"), QStringLiteral("vector_store")},
                {QStringLiteral("created_at"), double(now)},
                {QStringLiteral("name"), body.value(QLatin1String("name")).isString()
                                              ? body.value(QLatin1String("name"))
                                              : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("usage_bytes"), 0},
                {QStringLiteral("file_counts"), fileCounts(id)},
                {QStringLiteral("status"), QStringLiteral("completed")},
                {QStringLiteral("expires_after"), QJsonValue::Null},
                {QStringLiteral("expires_at"), QJsonValue::Null},
                {QStringLiteral("last_active_at"), double(now)},
                {QStringLiteral("metadata"), body.value(QLatin1String("metadata")).isObject()
                                                  ? body.value(QLatin1String("metadata"))
                                                  : QJsonValue(QJsonObject{})}};
            m_vectorStores.append(vs);
            return Response::json(vs);
        }
        return Response::notFound(QStringLiteral("Invalid URL (%1 %2)").arg(QString::fromLatin1(r.method), r.path));
    }

    const QString vsId = segments.at(1);
    const qsizetype vi = indexById(m_vectorStores, vsId);
    if (vi < 0)
        return Response::notFound(QStringLiteral("No vector store found with id '%1'.").arg(vsId));
    if (segments.size() == 2) {
        if (r.method == "GET") {
            QJsonObject vs = m_vectorStores.at(vi);
            vs.insert(QStringLiteral("file_counts"), fileCounts(vsId));
            return Response::json(vs);
        }
        if (r.method == "POST") {
            QJsonObject body;
            if (auto e = parseBody(r.body, &body))
                return Response::invalid(*e);
            if (auto e = unknownKeys(body,
                                     {QStringLiteral("name"), QStringLiteral("expires_after"),
                                      QStringLiteral("metadata")},
                                     {}))
                return Response::invalid(*e);
            if (auto e = checkString(body, QStringLiteral("name"), true, 0))
                return Response::invalid(*e);
            if (auto e = checkMetadata(body))
                return Response::invalid(*e);
            QJsonObject vs = m_vectorStores.at(vi);
            for (auto it = body.begin(); it != body.end(); ++it)
                vs.insert(it.key(), it.value());
            vs.insert(QStringLiteral("file_counts"), fileCounts(vsId));
            m_vectorStores[vi] = vs;
            return Response::json(vs);
        }
        if (r.method == "DELETE") {
            m_vectorStores.removeAt(vi);
            m_vectorStoreFiles.remove(vsId);
            return Response::json(QJsonObject{{QStringLiteral("id"), vsId},
                                              {QStringLiteral("object"), QStringLiteral("vector_store.deleted")},
                                              {QStringLiteral("deleted"), true}});
        }
    }
    const QString sub = segments.value(2);
    if (sub == QLatin1String("files")) {
        if (segments.size() == 3 && r.method == "GET") {
            QJsonObject page;
            if (auto e = paginate(m_vectorStoreFiles.value(vsId), r.query, 20, 100, true, &page))
                return Response::invalid(*e);
            return Response::json(page);
        }
        if (segments.size() == 3 && r.method == "POST") {
            QJsonObject body;
            if (auto e = parseBody(r.body, &body))
                return Response::invalid(*e);
            if (auto e = unknownKeys(body,
                                     {QStringLiteral("file_id"), QStringLiteral("chunking_strategy"),
                                      QStringLiteral("attributes")},
                                     {}))
                return Response::invalid(*e);
            if (!body.contains(QLatin1String("file_id")))
                return Response::invalid({QStringLiteral("Missing required parameter: 'file_id'."),
                                          QStringLiteral("file_id"), QStringLiteral("missing_required_parameter")});
            if (auto e = checkString(body, QStringLiteral("file_id"), false, 0))
                return Response::invalid(*e);
            const QString fileId = body.value(QLatin1String("file_id")).toString();
            if (indexById(m_files, fileId) < 0)
                return Response::notFound(QStringLiteral("No file found with id '%1'.").arg(fileId));
            return Response::json(attach(vsId, fileId));
        }
        if (segments.size() == 4) {
            const QString fileId = segments.at(3);
            auto &list = m_vectorStoreFiles[vsId];
            const qsizetype fi = indexById(list, fileId);
            if (fi < 0)
                return Response::notFound(
                    QStringLiteral("No file found with id '%1' in vector store '%2'.").arg(fileId, vsId));
            if (r.method == "GET")
                return Response::json(list.at(fi));
            if (r.method == "DELETE") {
                list.removeAt(fi);
                return Response::json(QJsonObject{{QStringLiteral("id"), fileId},
                                                  {QStringLiteral("object"), QStringLiteral("vector_store.file.deleted")},
                                                  {QStringLiteral("deleted"), true}});
            }
        }
    }
    if (sub == QLatin1String("file_batches") && m_batchesMissing)
        return Response::notFound(QStringLiteral("Invalid URL (%1 %2)").arg(QString::fromLatin1(r.method), r.path));
    if (sub == QLatin1String("file_batches")) {
        if (segments.size() == 3 && r.method == "POST") {
            QJsonObject body;
            if (auto e = parseBody(r.body, &body))
                return Response::invalid(*e);
            if (auto e = unknownKeys(body,
                                     {QStringLiteral("file_ids"), QStringLiteral("files"),
                                      QStringLiteral("chunking_strategy"), QStringLiteral("attributes")},
                                     {}))
                return Response::invalid(*e);
            if (!body.contains(QLatin1String("file_ids")))
                return Response::invalid({QStringLiteral("Missing required parameter: 'file_ids'."),
                                          QStringLiteral("file_ids"), QStringLiteral("missing_required_parameter")});
            if (auto e = checkStringArray(body.value(QLatin1String("file_ids")), QStringLiteral("file_ids"), 2000))
                return Response::invalid(*e);
            const QJsonArray ids = body.value(QLatin1String("file_ids")).toArray();
            if (ids.isEmpty())
                return Response::invalid({QStringLiteral("Invalid 'file_ids': empty array. Expected an array with "
                                                         "minimum length 1."),
                                          QStringLiteral("file_ids"), QStringLiteral("empty_array")});
            if (const QString missing = missingFile(ids); !missing.isEmpty())
                return Response::notFound(QStringLiteral("No file found with id '%1'.").arg(missing));
            for (const QJsonValue &f : ids)
                attach(vsId, f.toString());
            const QString batchId = newId("vsfb_");
            const bool done = m_batchPolls <= 0;
            const QJsonObject batch{
                {QStringLiteral("id"), batchId},
                {QStringLiteral("object"), QStringLiteral("vector_store.files_batch")},
                {QStringLiteral("created_at"), double(nextCreatedAt())},
                {QStringLiteral("vector_store_id"), vsId},
                {QStringLiteral("status"), done ? QStringLiteral("completed") : QStringLiteral("in_progress")},
                {QStringLiteral("file_counts"),
                 QJsonObject{{QStringLiteral("in_progress"), done ? 0 : ids.size()},
                             {QStringLiteral("completed"), done ? ids.size() : 0},
                             {QStringLiteral("failed"), 0},
                             {QStringLiteral("cancelled"), 0},
                             {QStringLiteral("total"), ids.size()}}}};
            m_batches.insert(batchId, batch);
            m_batchPollsLeft.insert(batchId, m_batchPolls);
            return Response::json(batch);
        }
        if (segments.size() >= 4) {
            const QString batchId = segments.at(3);
            if (!m_batches.contains(batchId)
                || m_batches.value(batchId).value(QLatin1String("vector_store_id")).toString() != vsId)
                return Response::notFound(QStringLiteral("No file batch found with id '%1'.").arg(batchId));
            QJsonObject batch = m_batches.value(batchId);
            if (segments.size() == 4 && r.method == "GET") {
                int &left = m_batchPollsLeft[batchId];
                if (batch.value(QLatin1String("status")).toString() == QLatin1String("in_progress") && --left <= 0) {
                    const int total = batch.value(QLatin1String("file_counts")).toObject().value(QLatin1String("total")).toInt();
                    batch.insert(QStringLiteral("status"), QStringLiteral("completed"));
                    batch.insert(QStringLiteral("file_counts"),
                                 QJsonObject{{QStringLiteral("in_progress"), 0},
                                             {QStringLiteral("completed"), total},
                                             {QStringLiteral("failed"), 0},
                                             {QStringLiteral("cancelled"), 0},
                                             {QStringLiteral("total"), total}});
                    m_batches.insert(batchId, batch);
                }
                return Response::json(batch);
            }
            if (segments.size() == 5 && segments.at(4) == QLatin1String("cancel") && r.method == "POST") {
                if (batch.value(QLatin1String("status")).toString() == QLatin1String("in_progress"))
                    batch.insert(QStringLiteral("status"), QStringLiteral("cancelled"));
                m_batches.insert(batchId, batch);
                return Response::json(batch);
            }
        }
    }
    return Response::notFound(QStringLiteral("Invalid URL (%1 %2)").arg(QString::fromLatin1(r.method), r.path));
}

FakeOpenAiServer::Response FakeOpenAiServer::modelsRoute(const Request &r, const QStringList &segments)
{
    static const QStringList models{QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"),
                                    QStringLiteral("gpt-4.1"), QStringLiteral("o3-mini")};
    auto model = [](const QString &id) {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("object"), QStringLiteral("model")},
                           {QStringLiteral("created"), 1715367049},
                           {QStringLiteral("owned_by"), QStringLiteral("system")}};
    };
    if (r.method == "GET" && segments.size() == 1) {
        QJsonArray data;
        for (const QString &m : models)
            data.append(model(m));
        return Response::json(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                          {QStringLiteral("data"), data}});
    }
    if (r.method == "GET" && segments.size() == 2) {
        if (!models.contains(segments.at(1)))
            return Response::error(404, QStringLiteral("The model '%1' does not exist").arg(segments.at(1)),
                                   QStringLiteral("invalid_request_error"), QStringLiteral("model"),
                                   QStringLiteral("model_not_found"));
        return Response::json(model(segments.at(1)));
    }
    return Response::notFound(QStringLiteral("Invalid URL (%1 %2)").arg(QString::fromLatin1(r.method), r.path));
}
