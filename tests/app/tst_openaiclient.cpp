// OpenAiClient against the in-process fake server: wire rules, pagination, retries, timeouts, cancel, uploads,
// errors and the no-duplicate rule of domain.md §5.6.
#include "fakeserver.h"
#include "testwait.h"

#include "openai/apierror.h"
#include "openai/openaiclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

using namespace OpenAi;
using TestWait::run;
using Action = FakeOpenAiServer::Fault::Action;

namespace {
/// `body` with the metadata {"assistant_desk_id": `marker`}, by which a create that timed out finds its object.
QJsonObject marked(QJsonObject body, const QString &marker)
{
    body.insert(QStringLiteral("metadata"), QJsonObject{{QStringLiteral("assistant_desk_id"), marker}});
    return body;
}

/// The id of the object a call made; empty when the call failed.
QString idOf(const Result<QJsonObject> &made)
{
    return made ? made->value(QLatin1String("id")).toString() : QString();
}
} // namespace

class tst_OpenAiClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void headersOnEveryRequest();
    void betaHeaderOnEveryAssistantsAndVectorStoreRequest();
    void fakeServerRequiresBetaHeader();
    void paginationOverThreePages();
    void fileListUsesPurposeAndLargePages();
    void retryAfterSecondsThenSuccess();
    void retryAfterMsHeader();
    void backoffWithJitterWithoutRetryAfter();
    void serverErrorFourTimes();
    void htmlErrorPageAfterRetries();
    void rateLimitedAfterRetries();
    void noRetryOnOtherClientErrors();
    void wrongKeyGives401Message();
    void keyIsRedactedFromMessages();
    void noKeyRefusesBeforeSending();
    void timeoutAfterFourAttempts();
    void connectionRefused();
    void malformedJsonReply();
    void malformedListReply();
    void errorEnvelopeParsing_data();
    void errorEnvelopeParsing();
    void unknownFieldRejectedWithParam();
    void notFoundIsTyped();
    void assistantsApiMissing();
    void assistantCrud();
    void vectorStoreAndFiles();
    void fileBatchPollsUntilDone();
    void uploadTwentyMegabytes();
    void cancelMidUploadLeavesNothing();
    void cancelDuringRetryWait();
    void concurrencyLimitIsShared();
    void noDuplicateAssistantAfterTimeout();
    void noDuplicateVectorStoreAfterTimeout();
    void noDuplicateFileAfterTimeout();
    void noDuplicateAfterDroppedConnection();
    void createRepeatedWhenNothingWasMade();
    void threadRequestsCarryTheBetaHeader();
    void streamedRunDeliversEventsAsTheyArrive();
    void streamRetriedBeforeTheFirstByte();
    void streamCutAfterTheFirstByteIsIncomplete();
    void streamCancelledMidwayStopsAtOnce();
    void streamedResponse();
    void streamErrorAnswerIsNotStreamed();

private:
    /// An assistant (with the function tool `lookup_order`) and a thread holding the user message `text`.
    std::pair<QString, QString> assistantAndThread(const QString &text);
    QString writeRandomFile(const QString &name, qint64 size, quint32 seed);
    /// Arms a fault: `action` on the next `count` `method` requests (empty: any method) whose path after /v1 matches
    /// `path`, answering `status` with `message` (empty: the status's default) after `delayMs`.
    void addFault(const QByteArray &method, const QString &path, Action action, int count = 1, int status = 500,
                  const QString &message = {}, int delayMs = 0);
    QList<FakeOpenAiServer::LoggedRequest> requestsTo(const QByteArray &method, const QString &pathPattern) const;

    QTemporaryDir m_dir;
    std::unique_ptr<FakeOpenAiServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<OpenAiClient> m_client;
    std::unique_ptr<TestWait::RecordingSleeper> m_sleeper;
};

void tst_OpenAiClient::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_OpenAiClient::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_server = std::make_unique<FakeOpenAiServer>();
    QVERIFY(m_server->listen());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<OpenAiClient>(m_nam.get());
    auto connection = Connection::make(m_server->baseUrl());
    QVERIFY(connection);
    m_client->setConnection(connection.value());
    m_client->setApiKey(m_server->apiKey());
    m_sleeper = std::make_unique<TestWait::RecordingSleeper>();
    m_client->setSleeper(m_sleeper.get());
    m_client->setRandom([] { return 0.5; });
}

void tst_OpenAiClient::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_server.reset();
    m_sleeper.reset();
}

QString tst_OpenAiClient::writeRandomFile(const QString &name, qint64 size, quint32 seed)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QRandomGenerator rng(seed);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (qint64 written = 0; written < size;) {
        rng.fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
        const qint64 n = std::min<qint64>(chunk.size(), size - written);
        f.write(chunk.constData(), n);
        written += n;
    }
    return path;
}

void tst_OpenAiClient::addFault(const QByteArray &method, const QString &path, Action action, int count, int status,
                                const QString &message, int delayMs)
{
    m_server->addFault({.method = method, .path = QRegularExpression(path), .count = count, .action = action,
                        .status = status, .retryAfter = {}, .retryAfterMs = {}, .delayMs = delayMs, .message = message});
}

QList<FakeOpenAiServer::LoggedRequest> tst_OpenAiClient::requestsTo(const QByteArray &method,
                                                                    const QString &pathPattern) const
{
    const QRegularExpression re(pathPattern);
    QList<FakeOpenAiServer::LoggedRequest> matching;
    for (const auto &r : m_server->requests())
        if (r.method == method && re.match(r.path).hasMatch())
            matching << r;
    return matching;
}

void tst_OpenAiClient::headersOnEveryRequest()
{
    auto connection = Connection::make(m_server->baseUrl(), QStringLiteral("org-123"), QStringLiteral("proj_9"));
    QVERIFY(connection);
    m_client->setConnection(connection.value());
    auto models = run(m_client->listModels());
    QVERIFY2(models, qPrintable(models ? QString() : models.error().message));
    QVERIFY(!models->isEmpty());
    QCOMPARE(m_server->requests().size(), 1);
    const auto &r = m_server->requests().first();
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.path, QStringLiteral("/v1/models"));
    QCOMPARE(r.header("authorization"), "Bearer " + m_server->apiKey().toUtf8());
    QCOMPARE(r.header("user-agent"), QByteArray("AssistantDesk/" ADESK_VERSION));
    QCOMPARE(r.header("openai-organization"), QByteArray("org-123"));
    QCOMPARE(r.header("openai-project"), QByteArray("proj_9"));
}

void tst_OpenAiClient::betaHeaderOnEveryAssistantsAndVectorStoreRequest()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("some notes\n");
    }
    const QString fileId = idOf(run(m_client->uploadFile(path, QStringLiteral("notes.txt"))));
    QVERIFY(!fileId.isEmpty());
    const QString vsId = idOf(run(m_client->createVectorStore(QJsonObject{{QStringLiteral("name"), QStringLiteral("VS")}})));
    QVERIFY(!vsId.isEmpty());
    QVERIFY(run(m_client->retrieveVectorStore(vsId)));
    QVERIFY(run(m_client->modifyVectorStore(vsId, QJsonObject{{QStringLiteral("name"), QStringLiteral("VS2")}})));
    QVERIFY(run(m_client->listVectorStores()));
    QVERIFY(run(m_client->addVectorStoreFile(vsId, fileId)));
    QVERIFY(run(m_client->listVectorStoreFiles(vsId)));
    QVERIFY(run(m_client->removeVectorStoreFile(vsId, fileId)));
    QVERIFY(run(m_client->createFileBatchAndWait(vsId, {fileId})));
    const QString id = idOf(run(m_client->createAssistant(QJsonObject{{QStringLiteral("model"), QStringLiteral("gpt-4o")}})));
    QVERIFY(!id.isEmpty());
    QVERIFY(run(m_client->retrieveAssistant(id)));
    QVERIFY(run(m_client->modifyAssistant(id, QJsonObject{{QStringLiteral("name"), QStringLiteral("N")}})));
    QVERIFY(run(m_client->listAssistants()));
    QVERIFY(run(m_client->deleteAssistant(id)));
    QVERIFY(run(m_client->deleteVectorStore(vsId)));

    int checked = 0;
    for (const auto &r : m_server->requests()) {
        QCOMPARE(r.status, 200);
        if (r.path.startsWith(QLatin1String("/v1/assistants")) || r.path.startsWith(QLatin1String("/v1/vector_stores"))) {
            QVERIFY2(r.header("openai-beta") == "assistants=v2", qPrintable(r.method + ' ' + r.path));
            ++checked;
        }
    }
    QCOMPARE(checked, 15);
}

void tst_OpenAiClient::fakeServerRequiresBetaHeader()
{
    // The fake enforces the rule the client is tested against: no OpenAI-Beta → 400 invalid_beta.
    QNetworkRequest request(QUrl(m_server->baseUrl() + QStringLiteral("/assistants")));
    request.setRawHeader("Authorization", "Bearer " + m_server->apiKey().toUtf8());
    QNetworkReply *reply = m_nam->get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    const auto envelope = parseErrorEnvelope(reply->readAll());
    QVERIFY(envelope);
    QCOMPARE(envelope->code, QStringLiteral("invalid_beta"));
    reply->deleteLater();
}

void tst_OpenAiClient::paginationOverThreePages()
{
    m_server->seed(250);
    auto all = run(m_client->listAssistants());
    QVERIFY(all);
    QCOMPARE(all->size(), 250);
    QSet<QString> ids;
    for (const QJsonObject &a : all.value())
        ids.insert(a.value(QLatin1String("id")).toString());
    QCOMPARE(ids.size(), 250);
    QStringList expected;
    for (const QJsonObject &a : m_server->assistants())
        expected << a.value(QLatin1String("id")).toString();
    QStringList got;
    for (const QJsonObject &a : all.value())
        got << a.value(QLatin1String("id")).toString();
    QCOMPARE(got, expected);   // ascending creation order, each once

    const auto pages = requestsTo("GET", QStringLiteral("^/v1/assistants$"));
    QCOMPARE(pages.size(), 3);
    QCOMPARE(pages.at(0).query, QStringLiteral("limit=100&order=asc"));
    QCOMPARE(pages.at(1).query, QStringLiteral("limit=100&order=asc&after=") + expected.at(99));
    QCOMPARE(pages.at(2).query, QStringLiteral("limit=100&order=asc&after=") + expected.at(199));
}

void tst_OpenAiClient::fileListUsesPurposeAndLargePages()
{
    m_server->seed(30);
    auto files = run(m_client->listFiles());
    QVERIFY(files);
    QCOMPARE(files->size(), 30);
    const auto pages = requestsTo("GET", QStringLiteral("^/v1/files$"));
    QCOMPARE(pages.size(), 1);
    QCOMPARE(pages.first().query, QStringLiteral("purpose=assistants&limit=10000&order=asc"));
    QVERIFY(pages.first().header("openai-beta").isEmpty());
}

void tst_OpenAiClient::retryAfterSecondsThenSuccess()
{
    TestWait::RecordingSleeper real(true);
    m_client->setSleeper(&real);
    const QString id = m_server->addAssistant(QJsonObject{{QStringLiteral("name"), QStringLiteral("A")}});
    m_server->failNext("GET", QStringLiteral("^/assistants/"), 1, 429, "1");
    QElapsedTimer elapsed;
    elapsed.start();
    auto a = run(m_client->retrieveAssistant(id));
    QVERIFY(a);
    QCOMPARE(a->value(QLatin1String("id")).toString(), id);
    QCOMPARE(real.waits, QList<qint64>{1000});
    QVERIFY2(elapsed.elapsed() >= 950, qPrintable(QString::number(elapsed.elapsed())));
    const auto attempts = requestsTo("GET", QStringLiteral("^/v1/assistants/"));
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(0).status, 429);
    QCOMPARE(attempts.at(1).status, 200);
}

void tst_OpenAiClient::retryAfterMsHeader()
{
    const QString id = m_server->addAssistant({});
    // retry-after-ms wins over Retry-After; a huge Retry-After alone would be capped at 60 s.
    m_server->failNext("GET", QStringLiteral("^/assistants/"), 1, 503, "30", "150");
    m_server->failNext("GET", QStringLiteral("^/assistants/"), 1, 503, "3600");
    QVERIFY(run(m_client->retrieveAssistant(id)));
    QCOMPARE(m_sleeper->waits, (QList<qint64>{150, 60000}));
}

void tst_OpenAiClient::backoffWithJitterWithoutRetryAfter()
{
    const QString id = m_server->addAssistant({});
    m_server->failNext("GET", QStringLiteral("^/assistants/"), 3, 500);
    QVERIFY(run(m_client->retrieveAssistant(id)));
    // 0.5, 1, 2 s plus jitter: random 0.5 → +12.5 %.
    QCOMPARE(m_sleeper->waits, (QList<qint64>{563, 1125, 2250}));
    QCOMPARE(requestsTo("GET", QStringLiteral("^/v1/assistants/")).size(), 4);
}

void tst_OpenAiClient::serverErrorFourTimes()
{
    const QString id = m_server->addAssistant({});
    addFault("GET", QStringLiteral("^/assistants/"), Action::Status, 4, 500, QStringLiteral("The engine is overloaded"));
    auto a = run(m_client->retrieveAssistant(id));
    QVERIFY(!a);
    QCOMPARE(a.error().kind, ErrorKind::Network);
    const ApiError *api = apiError(a.error());
    QVERIFY(api);
    QCOMPARE(api->httpStatus, 500);
    QCOMPARE(api->attempts, 4);
    QCOMPARE(api->message, QStringLiteral("The engine is overloaded"));
    QVERIFY(api->requestId.startsWith(QLatin1String("req_")));
    QCOMPARE(a.error().message, QStringLiteral("Server error 500 after 4 attempts: The engine is overloaded (request %1)")
                                    .arg(api->requestId));
    QCOMPARE(requestsTo("GET", QStringLiteral("^/v1/assistants/")).size(), 4);
    QCOMPARE(m_sleeper->waits.size(), 3);
}

void tst_OpenAiClient::htmlErrorPageAfterRetries()
{
    addFault({}, QStringLiteral("^/models$"), Action::Html, 4, 502);
    auto models = run(m_client->listModels());
    QVERIFY(!models);
    const ApiError *api = apiError(models.error());
    QVERIFY(api);
    QCOMPARE(api->httpStatus, 502);
    QCOMPARE(models.error().message,
             QStringLiteral("Server error 502 after 4 attempts: Bad Gateway (request %1)").arg(api->requestId));
}

void tst_OpenAiClient::rateLimitedAfterRetries()
{
    m_server->failNext("GET", QStringLiteral("^/models$"), 4, 429, "2");
    auto models = run(m_client->listModels());
    QVERIFY(!models);
    QCOMPARE(models.error().message,
             QStringLiteral("The server is rate-limiting requests. Tried 4 times; try again later."));
    QCOMPARE(m_sleeper->waits, (QList<qint64>{2000, 2000, 2000}));
}

void tst_OpenAiClient::noRetryOnOtherClientErrors()
{
    for (int status : {400, 403, 404, 422}) {
        m_server->clearRequests();
        m_server->failNext("GET", QStringLiteral("^/models$"), 1, status);
        auto models = run(m_client->listModels());
        QVERIFY(!models);
        QCOMPARE(m_server->requests().size(), 1);
        const ApiError *api = apiError(models.error());
        QVERIFY(api);
        QCOMPARE(api->httpStatus, status);
        QVERIFY2(models.error().message.endsWith(QStringLiteral(": Injected error (request %1)").arg(api->requestId)),
                 qPrintable(models.error().message));
    }
    QVERIFY(m_sleeper->waits.isEmpty());
    auto e403 = makeError(ApiError{ApiError::Failure::Http, 403, QStringLiteral("No access"), {}, {}, {},
                                   QStringLiteral("req_1"), 1, {}, {}},
                          m_server->baseUrl());
    QCOMPARE(e403.message, QStringLiteral("Access denied (403): No access (request req_1)"));
}

void tst_OpenAiClient::wrongKeyGives401Message()
{
    m_client->setApiKey(QStringLiteral("sk-wrong-key-0123456789"));
    auto models = run(m_client->listModels());
    QVERIFY(!models);
    QCOMPARE(models.error().message, QStringLiteral("The server rejected the API key (401). Check Settings → Connection."));
    QCOMPARE(apiError(models.error())->httpStatus, 401);
    QCOMPARE(m_server->requests().size(), 1);
    for (const QString &line : models.error().details)
        QVERIFY(!line.contains(QLatin1String("sk-wrong-key-0123456789")));
}

void tst_OpenAiClient::keyIsRedactedFromMessages()
{
    addFault({}, QStringLiteral("^/models$"), Action::Status, 1, 400,
             QStringLiteral("Key %1 is not allowed here").arg(m_server->apiKey()));
    auto models = run(m_client->listModels());
    QVERIFY(!models);
    QVERIFY(!models.error().message.contains(m_server->apiKey()));
    QVERIFY(models.error().message.contains(QLatin1String("[redacted]")));
    QVERIFY(!apiError(models.error())->message.contains(m_server->apiKey()));
}

void tst_OpenAiClient::noKeyRefusesBeforeSending()
{
    m_client->setApiKey({});
    auto models = run(m_client->listModels());
    QVERIFY(!models);
    QCOMPARE(models.error().kind, ErrorKind::Refused);
    QCOMPARE(models.error().message,
             QStringLiteral("No API key is stored for %1. Add one in Settings → Connection.").arg(m_server->baseUrl()));
    QVERIFY(m_server->requests().isEmpty());
}

void tst_OpenAiClient::timeoutAfterFourAttempts()
{
    m_client->setTimeout(std::chrono::milliseconds(200));
    addFault({}, QStringLiteral("^/models$"), Action::Delay, 4, 500, {}, 5000);
    QElapsedTimer elapsed;
    elapsed.start();
    auto models = run(m_client->listModels());
    QVERIFY(!models);
    QCOMPARE(models.error().kind, ErrorKind::Network);
    QCOMPARE(models.error().message, QStringLiteral("The server did not answer in time (4 attempts)."));
    QCOMPARE(apiError(models.error())->failure, ApiError::Failure::Timeout);
    QCOMPARE(m_server->requests().size(), 4);
    QVERIFY(elapsed.elapsed() < 4000);
}

void tst_OpenAiClient::connectionRefused()
{
    const quint16 port = m_server->port();
    m_server.reset();   // nothing listens there any more
    auto connection = Connection::make(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
    QVERIFY(connection);
    m_client->setConnection(connection.value());
    auto models = run(m_client->listModels());
    QVERIFY(!models);
    QCOMPARE(models.error().kind, ErrorKind::Network);
    QCOMPARE(apiError(models.error())->failure, ApiError::Failure::Connection);
    QCOMPARE(apiError(models.error())->attempts, 4);
    QVERIFY2(models.error().message.startsWith(QLatin1String("Cannot reach 127.0.0.1 (4 attempts)")),
             qPrintable(models.error().message));
    m_server = std::make_unique<FakeOpenAiServer>();
}

void tst_OpenAiClient::malformedJsonReply()
{
    const QString id = m_server->addAssistant({});
    addFault({}, QStringLiteral("^/assistants/"), Action::Malformed);
    auto a = run(m_client->retrieveAssistant(id));
    QVERIFY(!a);
    QCOMPARE(a.error().kind, ErrorKind::Network);
    QCOMPARE(apiError(a.error())->failure, ApiError::Failure::MalformedReply);
    QVERIFY2(a.error().message.startsWith(QLatin1String("The server sent a reply that is not valid JSON (HTTP 200)")),
             qPrintable(a.error().message));
    QCOMPARE(m_server->requests().size(), 1);   // a 200 is not retried
    // The user sees the request id of the bad reply (domain.md §5.6), as for every other server error.
    const QString requestId = apiError(a.error())->requestId;
    QVERIFY(requestId.startsWith(QLatin1String("req_")));
    QVERIFY2(a.error().message.contains(requestId), qPrintable(a.error().message));
    QVERIFY(run(m_client->retrieveAssistant(id)));   // and the client keeps working
}

void tst_OpenAiClient::malformedListReply()
{
    m_server->seed(3);
    addFault({}, QStringLiteral("^/assistants$"), Action::Malformed);
    auto list = run(m_client->listAssistants());
    QVERIFY(!list);
    QCOMPARE(apiError(list.error())->failure, ApiError::Failure::MalformedReply);
}

void tst_OpenAiClient::errorEnvelopeParsing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("isEnvelope");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("code");
    QTest::newRow("full") << QByteArray(R"({"error":{"message":"Bad temp","type":"invalid_request_error",)"
                                        R"("param":"temperature","code":"decimal_above_max_value"}})")
                          << true << "Bad temp" << "invalid_request_error" << "temperature"
                          << "decimal_above_max_value";
    QTest::newRow("nulls") << QByteArray(R"({"error":{"message":"No assistant found","type":"invalid_request_error",)"
                                         R"("param":null,"code":null}})")
                           << true << "No assistant found" << "invalid_request_error" << QString() << QString();
    QTest::newRow("numeric code") << QByteArray(R"({"error":{"message":"x","type":"t","param":null,"code":42}})")
                                  << true << "x" << "t" << QString() << "42";
    QTest::newRow("no envelope") << QByteArray(R"({"id":"asst_1"})") << false << QString() << QString() << QString()
                                 << QString();
    QTest::newRow("html") << QByteArray("<html><body>502</body></html>") << false << QString() << QString()
                          << QString() << QString();
    QTest::newRow("empty") << QByteArray() << false << QString() << QString() << QString() << QString();
    QTest::newRow("error not object") << QByteArray(R"({"error":"boom"})") << false << QString() << QString()
                                      << QString() << QString();
}

void tst_OpenAiClient::errorEnvelopeParsing()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, isEnvelope);
    const auto api = parseErrorEnvelope(body);
    QCOMPARE(api.has_value(), isEnvelope);
    if (!api)
        return;
    QTEST(api->message, "message");
    QTEST(api->type, "type");
    QTEST(api->param, "param");
    QTEST(api->code, "code");
}

void tst_OpenAiClient::unknownFieldRejectedWithParam()
{
    auto a = run(m_client->createAssistant(QJsonObject{{QStringLiteral("model"), QStringLiteral("gpt-4o")},
                                                       {QStringLiteral("temperature"), QStringLiteral("hot")}}));
    QVERIFY(!a);
    QCOMPARE(apiError(a.error())->httpStatus, 400);
    QCOMPARE(apiError(a.error())->param, QStringLiteral("temperature"));
    QCOMPARE(apiError(a.error())->code, QStringLiteral("invalid_type"));
    auto b = run(m_client->createAssistant(QJsonObject{{QStringLiteral("model"), QStringLiteral("gpt-4o")},
                                                       {QStringLiteral("colour"), QStringLiteral("blue")}}));
    QVERIFY(!b);
    QCOMPARE(apiError(b.error())->param, QStringLiteral("colour"));
    QVERIFY2(b.error().message.startsWith(QLatin1String("Bad request (400): Unrecognized request argument supplied: colour (request req_")),
             qPrintable(b.error().message));
    QVERIFY(m_server->assistants().isEmpty());
}

void tst_OpenAiClient::notFoundIsTyped()
{
    auto a = run(m_client->retrieveAssistant(QStringLiteral("asst_missing")));
    QVERIFY(!a);
    QCOMPARE(a.error().kind, ErrorKind::NotFound);
    QCOMPARE(apiError(a.error())->httpStatus, 404);
    QVERIFY(a.error().message.startsWith(QLatin1String("Not found (404): No assistant found with id 'asst_missing'.")));
}

void tst_OpenAiClient::assistantsApiMissing()
{
    m_server->setAssistantsApiMissing(true);
    auto list = run(m_client->listAssistants());
    QVERIFY(!list);
    QCOMPARE(list.error().message,
             QStringLiteral("%1 does not offer the Assistants API (404). Point the base URL at an "
                            "Assistants-v2-compatible server.")
                 .arg(m_server->baseUrl()));
}

void tst_OpenAiClient::assistantCrud()
{
    const QJsonObject body =
        marked({{QStringLiteral("model"), QStringLiteral("gpt-4o")}, {QStringLiteral("name"), QStringLiteral("Helpdesk")}},
               QStringLiteral("a-help"));
    auto created = run(m_client->createAssistant(body));
    QVERIFY(created);
    const QString id = created->value(QLatin1String("id")).toString();
    QVERIFY(id.startsWith(QLatin1String("asst_")));
    QCOMPARE(QJsonDocument::fromJson(requestsTo("POST", QStringLiteral("^/v1/assistants$")).first().body).object(), body);
    auto modified = run(m_client->modifyAssistant(id, QJsonObject{{QStringLiteral("name"), QStringLiteral("Help desk")}}));
    QVERIFY(modified);
    QCOMPARE(modified->value(QLatin1String("name")).toString(), QStringLiteral("Help desk"));
    QCOMPARE(run(m_client->retrieveAssistant(id))->value(QLatin1String("name")).toString(), QStringLiteral("Help desk"));
    QVERIFY(run(m_client->deleteAssistant(id)));
    QVERIFY(m_server->assistants().isEmpty());
    auto again = run(m_client->deleteAssistant(id));
    QVERIFY(!again);
    QCOMPARE(again.error().kind, ErrorKind::NotFound);
}

void tst_OpenAiClient::vectorStoreAndFiles()
{
    const QString path = writeRandomFile(QStringLiteral("data.bin"), 1000, 7);
    auto f1 = run(m_client->uploadFile(path, QStringLiteral("first.bin")));
    auto f2 = run(m_client->uploadFile(path, QStringLiteral("second.bin")));
    QVERIFY(f1 && f2);
    const QString id1 = f1->value(QLatin1String("id")).toString();
    const QString id2 = f2->value(QLatin1String("id")).toString();
    QVERIFY(id1.startsWith(QLatin1String("file-")));
    auto retrieved = run(m_client->retrieveFile(id1));
    QVERIFY(retrieved);
    QCOMPARE(retrieved->value(QLatin1String("filename")).toString(), QStringLiteral("first.bin"));
    QCOMPARE(retrieved->value(QLatin1String("bytes")).toInt(), 1000);
    auto content = run(m_client->downloadFileContent(id1));
    QVERIFY(content);
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(content.value(), original.readAll());

    auto vs = run(m_client->createVectorStore(QJsonObject{{QStringLiteral("name"), QStringLiteral("Helpdesk - File Search")},
                                                          {QStringLiteral("file_ids"), QJsonArray{id1}}}));
    QVERIFY(vs);
    const QString vsId = vs->value(QLatin1String("id")).toString();
    QVERIFY(vsId.startsWith(QLatin1String("vs_")));
    QVERIFY(run(m_client->addVectorStoreFile(vsId, id2)));
    auto files = run(m_client->listVectorStoreFiles(vsId));
    QVERIFY(files);
    QCOMPARE(files->size(), 2);
    QVERIFY(run(m_client->removeVectorStoreFile(vsId, id1)));
    QCOMPARE(m_server->vectorStoreFiles(vsId).size(), 1);
    QCOMPARE(m_server->files().size(), 2);   // detaching keeps the file
    QVERIFY(run(m_client->deleteFile(id1)));
    QCOMPARE(run(m_client->listFiles())->size(), 1);
    QVERIFY(run(m_client->deleteVectorStore(vsId)));
    QVERIFY(m_server->vectorStores().isEmpty());
}

void tst_OpenAiClient::fileBatchPollsUntilDone()
{
    m_server->setBatchPollsUntilDone(3);
    m_server->seed(3);
    QStringList ids;
    for (const QJsonObject &f : m_server->files())
        ids << f.value(QLatin1String("id")).toString();
    auto vs = run(m_client->createVectorStore(QJsonObject{{QStringLiteral("name"), QStringLiteral("VS")}}));
    QVERIFY(vs);
    auto batch = run(m_client->createFileBatchAndWait(vs->value(QLatin1String("id")).toString(), ids));
    QVERIFY(batch);
    QCOMPARE(batch->value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(m_sleeper->waits, (QList<qint64>{1000, 1000, 1000}));
    QCOMPARE(requestsTo("GET", QStringLiteral("/file_batches/")).size(), 3);

    // A batch that never finishes: at most 60 polls, then the last state is returned.
    m_server->setBatchPollsUntilDone(1000);
    m_sleeper->waits.clear();
    auto stuck = run(m_client->createFileBatchAndWait(vs->value(QLatin1String("id")).toString(), ids));
    QVERIFY(stuck);
    QCOMPARE(stuck->value(QLatin1String("status")).toString(), QStringLiteral("in_progress"));
    QCOMPARE(m_sleeper->waits.size(), 60);

    auto tooMany = run(m_client->createFileBatch(vs->value(QLatin1String("id")).toString(), QStringList(501, ids.first())));
    QVERIFY(!tooMany);
    QCOMPARE(tooMany.error().kind, ErrorKind::Validation);
}

void tst_OpenAiClient::uploadTwentyMegabytes()
{
    const qint64 size = 20 * 1024 * 1024;
    const QString path = writeRandomFile(QStringLiteral("big.bin"), size, 42);
    QVERIFY(!path.isEmpty());
    QList<QPair<qint64, qint64>> progress;
    auto file = run(m_client->uploadFile(path, QStringLiteral("big data.bin"),
                                         [&progress](qint64 sent, qint64 total) { progress.append({sent, total}); }));
    QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
    QCOMPARE(qint64(file->value(QLatin1String("bytes")).toDouble()), size);
    QCOMPARE(file->value(QLatin1String("filename")).toString(), QStringLiteral("big data.bin"));
    QCOMPARE(file->value(QLatin1String("purpose")).toString(), QStringLiteral("assistants"));

    QVERIFY(progress.size() >= 2);
    for (qsizetype i = 1; i < progress.size(); ++i)
        QVERIFY2(progress.at(i).first > progress.at(i - 1).first, "progress went backwards or repeated");
    QCOMPARE(progress.last().first, progress.last().second);
    QVERIFY(progress.last().second > size);   // the multipart body: the file plus its part headers

    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QVERIFY(m_server->fileContent(file->value(QLatin1String("id")).toString()) == original.readAll());
    const auto posts = requestsTo("POST", QStringLiteral("^/v1/files$"));
    QCOMPARE(posts.size(), 1);
    QVERIFY(posts.first().header("content-type").startsWith("multipart/form-data; boundary="));
}

void tst_OpenAiClient::cancelMidUploadLeavesNothing()
{
    const QString path = writeRandomFile(QStringLiteral("cancel.bin"), 20 * 1024 * 1024, 3);
    CancelToken token;
    qint64 sentAtCancel = -1;
    auto file = run(m_client->uploadFile(path, QStringLiteral("cancel.bin"),
                                         [&](qint64 sent, qint64 total) {
                                             if (sentAtCancel < 0 && sent > 0 && sent < total) {
                                                 sentAtCancel = sent;
                                                 token.cancel();
                                             }
                                         },
                                         &token));
    QVERIFY(!file);
    QCOMPARE(file.error().kind, ErrorKind::Cancelled);
    QVERIFY(sentAtCancel > 0);
    QVERIFY(m_sleeper->waits.isEmpty());   // a cancel is never retried
    // The server never saw a complete request and holds no file; it still serves the next call.
    auto files = run(m_client->listFiles());
    QVERIFY(files);
    QVERIFY(files->isEmpty());
    QVERIFY(m_server->files().isEmpty());
    QVERIFY(requestsTo("POST", QStringLiteral("^/v1/files$")).isEmpty());
}

void tst_OpenAiClient::cancelDuringRetryWait()
{
    TestWait::RecordingSleeper real(true);
    m_client->setSleeper(&real);
    m_server->failNext("GET", QStringLiteral("^/models$"), 1, 429, "30");
    CancelToken token;
    QTimer::singleShot(200, &token, &CancelToken::cancel);
    QElapsedTimer elapsed;
    elapsed.start();
    auto models = run(m_client->listModels(&token));
    QVERIFY(!models);
    QCOMPARE(models.error().kind, ErrorKind::Cancelled);
    QVERIFY(elapsed.elapsed() < 5000);
    QCOMPARE(m_server->requests().size(), 1);
}

void tst_OpenAiClient::concurrencyLimitIsShared()
{
    m_server->setLatency(40);
    m_client->setConcurrency(3);
    QStringList ids;
    for (int i = 0; i < 12; ++i)
        ids << m_server->addAssistant({});
    std::vector<QCoro::Task<Result<QJsonObject>>> tasks;
    for (const QString &id : ids)
        tasks.push_back(m_client->retrieveAssistant(id));
    tasks.push_back(m_client->retrieveAssistant(ids.first()));   // another "job" shares the same limit
    QCOMPARE(m_client->activeRequests(), 3);
    QCOMPARE(m_client->waitingRequests(), 10);
    for (auto &task : tasks)
        QVERIFY(run(std::move(task)));
    QCOMPARE(m_server->maxConcurrent(), 3);
    QCOMPARE(m_client->activeRequests(), 0);
    m_client->setConcurrency(99);
    QCOMPARE(m_client->concurrency(), 32);
    m_client->setConcurrency(0);
    QCOMPARE(m_client->concurrency(), 1);
}

void tst_OpenAiClient::noDuplicateAssistantAfterTimeout()
{
    m_server->seed(5);   // older objects the lookup must not adopt or page through needlessly
    m_client->setTimeout(std::chrono::milliseconds(300));
    addFault("POST", QStringLiteral("^/assistants$"), Action::PerformThenStall);
    const QJsonObject body =
        marked({{QStringLiteral("model"), QStringLiteral("gpt-4o")}, {QStringLiteral("name"), QStringLiteral("Helpdesk")}},
               QStringLiteral("a-help"));
    auto created = run(m_client->createAssistant(body));
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    int matching = 0;
    QString serverId;
    for (const QJsonObject &a : m_server->assistants())
        if (a.value(QLatin1String("metadata")).toObject().value(QLatin1String("assistant_desk_id")).toString()
            == QLatin1String("a-help")) {
            ++matching;
            serverId = a.value(QLatin1String("id")).toString();
        }
    QCOMPARE(matching, 1);
    QCOMPARE(created->value(QLatin1String("id")).toString(), serverId);
    QCOMPARE(requestsTo("POST", QStringLiteral("^/v1/assistants$")).size(), 1);
    const auto lookups = requestsTo("GET", QStringLiteral("^/v1/assistants$"));
    QCOMPARE(lookups.size(), 1);
    QVERIFY(lookups.first().query.contains(QLatin1String("order=desc")));
}

void tst_OpenAiClient::noDuplicateVectorStoreAfterTimeout()
{
    m_client->setTimeout(std::chrono::milliseconds(300));
    addFault("POST", QStringLiteral("^/vector_stores$"), Action::PerformThenStall);
    auto vs = run(m_client->createVectorStore(
        marked({{QStringLiteral("name"), QStringLiteral("Helpdesk - File Search")}}, QStringLiteral("a-help"))));
    QVERIFY(vs);
    QCOMPARE(m_server->vectorStores().size(), 1);
    QCOMPARE(vs->value(QLatin1String("id")), m_server->vectorStores().first().value(QLatin1String("id")));
    QCOMPARE(requestsTo("POST", QStringLiteral("^/v1/vector_stores$")).size(), 1);
}

void tst_OpenAiClient::noDuplicateFileAfterTimeout()
{
    m_server->seed(2);
    m_client->setTimeout(std::chrono::milliseconds(500));
    const QString path = writeRandomFile(QStringLiteral("prices.csv"), 4096, 11);
    addFault("POST", QStringLiteral("^/files$"), Action::PerformThenStall);
    auto file = run(m_client->uploadFile(path, QStringLiteral("prices.csv")));
    QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
    int matching = 0;
    for (const QJsonObject &o : m_server->files())
        matching += o.value(QLatin1String("filename")).toString() == QLatin1String("prices.csv") ? 1 : 0;
    QCOMPARE(matching, 1);
    QCOMPARE(m_server->files().size(), 3);
    QCOMPARE(requestsTo("POST", QStringLiteral("^/v1/files$")).size(), 1);
}

void tst_OpenAiClient::noDuplicateAfterDroppedConnection()
{
    addFault("POST", QStringLiteral("^/assistants$"), Action::PerformThenDrop);
    auto created = run(m_client->createAssistant(marked({{QStringLiteral("model"), QStringLiteral("gpt-4o")}}, QStringLiteral("a-drop"))));
    QVERIFY(created);
    QCOMPARE(m_server->assistants().size(), 1);
    QCOMPARE(requestsTo("POST", QStringLiteral("^/v1/assistants$")).size(), 1);
}

void tst_OpenAiClient::createRepeatedWhenNothingWasMade()
{
    // A 500 without effect, then a dropped connection before the server acted: the lookups find nothing, so the
    // create is repeated, and exactly one object results.
    m_server->failNext("POST", QStringLiteral("^/assistants$"), 1, 500);
    addFault("POST", QStringLiteral("^/assistants$"), Action::Drop);
    auto created = run(m_client->createAssistant(marked({{QStringLiteral("model"), QStringLiteral("gpt-4o")}}, QStringLiteral("a-new"))));
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    QCOMPARE(m_server->assistants().size(), 1);
    QCOMPARE(requestsTo("POST", QStringLiteral("^/v1/assistants$")).size(), 3);
    QCOMPARE(requestsTo("GET", QStringLiteral("^/v1/assistants$")).size(), 2);
}

std::pair<QString, QString> tst_OpenAiClient::assistantAndThread(const QString &text)
{
    const QString assistantId = m_server->addAssistant(QJsonObject{
        {QStringLiteral("tools"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), QStringLiteral("lookup_order")}}}}}}});
    auto thread = run(m_client->createThread());
    if (!thread)
        return {};
    const QString threadId = thread->value(QLatin1String("id")).toString();
    auto message = run(m_client->createMessage(
        threadId, QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), text}}));
    if (!message)
        return {};
    return {assistantId, threadId};
}

void tst_OpenAiClient::threadRequestsCarryTheBetaHeader()
{
    const auto [assistantId, threadId] = assistantAndThread(QStringLiteral("hello"));
    QVERIFY(!threadId.isEmpty());
    QVERIFY(run(m_client->listMessages(threadId)));
    QVERIFY(run(m_client->deleteThread(threadId)));
    QCOMPARE(m_server->threads().size(), 0);
    int checked = 0;
    for (const auto &r : m_server->requests()) {
        if (!r.path.startsWith(QLatin1String("/v1/threads")))
            continue;
        QVERIFY2(r.header("openai-beta") == "assistants=v2", qPrintable(r.method + ' ' + r.path));
        QCOMPARE(r.status, 200);
        ++checked;
    }
    QCOMPARE(checked, 4);
    // The fake server insists, like the real one did.
    QNetworkRequest bare(QUrl(m_server->baseUrl() + QStringLiteral("/threads")));
    bare.setRawHeader("Authorization", "Bearer " + m_server->apiKey().toUtf8());
    bare.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    std::unique_ptr<QNetworkReply> reply(m_nam->post(bare, QByteArray("{}")));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    QVERIFY(reply->readAll().contains("invalid_beta"));
}

void tst_OpenAiClient::streamedRunDeliversEventsAsTheyArrive()
{
    const auto [assistantId, threadId] = assistantAndThread(QStringLiteral("hello there"));
    QVERIFY(!threadId.isEmpty());
    m_server->setStreamEventDelay(20);
    QStringList events;
    int openWhenFirstArrived = -1;
    auto outcome = run(m_client->createRunStreamed(threadId, QJsonObject{{QStringLiteral("assistant_id"), assistantId}},
                                                   [&](const SseEvent &e) {
                                                       if (events.isEmpty())
                                                           openWhenFirstArrived = m_server->openStreams();
                                                       events << e.event;
                                                   }));
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    QVERIFY(outcome->complete);
    QCOMPARE(outcome->events, events.size());
    QCOMPARE(outcome->attempts, 1);
    QVERIFY(!outcome->requestId.isEmpty());
    // The first event came while the server was still writing the stream.
    QCOMPARE(openWhenFirstArrived, 1);
    QCOMPARE(events.first(), QStringLiteral("thread.run.created"));
    QCOMPARE(events.last(), QStringLiteral("done"));
    QVERIFY(events.contains(QStringLiteral("thread.message.delta")));
    QCOMPARE(events.size(), m_server->streamedEvents().size());
    const auto posted = requestsTo("POST", QStringLiteral("^/v1/threads/[^/]+/runs$"));
    QCOMPARE(posted.size(), 1);
    QCOMPARE(posted.first().header("accept"), QByteArray("text/event-stream"));
    const QJsonObject body = QJsonDocument::fromJson(posted.first().body).object();
    QCOMPARE(body, (QJsonObject{{QStringLiteral("assistant_id"), assistantId}, {QStringLiteral("stream"), true}}));
    QCOMPARE(m_server->runs(threadId).first().value(QLatin1String("status")).toString(), QStringLiteral("completed"));
}

void tst_OpenAiClient::streamRetriedBeforeTheFirstByte()
{
    const auto [assistantId, threadId] = assistantAndThread(QStringLiteral("hello"));
    QVERIFY(!threadId.isEmpty());
    m_server->failNext("POST", QStringLiteral("^/threads/[^/]+/runs$"), 1, 429, {}, "250");
    m_server->failNext("POST", QStringLiteral("^/threads/[^/]+/runs$"), 1, 503);
    int delivered = 0;
    auto outcome = run(m_client->createRunStreamed(threadId, QJsonObject{{QStringLiteral("assistant_id"), assistantId}},
                                                   [&delivered](const SseEvent &) { ++delivered; }));
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    QVERIFY(outcome->complete);
    QCOMPARE(outcome->attempts, 3);
    QCOMPARE(delivered, outcome->events);
    QCOMPARE(m_sleeper->waits.first(), qint64(250));   // the server's retry-after-ms
    QCOMPARE(requestsTo("POST", QStringLiteral("^/v1/threads/[^/]+/runs$")).size(), 3);
    QCOMPARE(m_server->runs(threadId).size(), 1);
}

void tst_OpenAiClient::streamCutAfterTheFirstByteIsIncomplete()
{
    const auto [assistantId, threadId] = assistantAndThread(QStringLiteral("hello"));
    QVERIFY(!threadId.isEmpty());
    FakeOpenAiServer::StreamFault cut;
    cut.path = QRegularExpression(QStringLiteral("^/threads/[^/]+/runs$"));
    cut.action = FakeOpenAiServer::StreamFault::Action::Cut;
    cut.afterEvents = 5;
    m_server->addStreamFault(cut);
    QStringList events;
    auto outcome = run(m_client->createRunStreamed(threadId, QJsonObject{{QStringLiteral("assistant_id"), assistantId}},
                                                   [&events](const SseEvent &e) { events << e.event; }));
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    QVERIFY(!outcome->complete);
    QVERIFY(!outcome->problem.isEmpty());
    QCOMPARE(outcome->events, 5);
    QCOMPARE(events.size(), 5);
    // Never repeated once it had begun: the run is still the one, in progress.
    QCOMPARE(requestsTo("POST", QStringLiteral("^/v1/threads/[^/]+/runs$")).size(), 1);
    QCOMPARE(m_server->runs(threadId).first().value(QLatin1String("status")).toString(), QStringLiteral("in_progress"));
}

void tst_OpenAiClient::streamCancelledMidwayStopsAtOnce()
{
    const auto [assistantId, threadId] = assistantAndThread(QStringLiteral("hello"));
    QVERIFY(!threadId.isEmpty());
    FakeOpenAiServer::StreamFault hold;
    hold.path = QRegularExpression(QStringLiteral("^/threads/[^/]+/runs$"));
    hold.action = FakeOpenAiServer::StreamFault::Action::Hold;
    hold.afterEvents = 3;
    m_server->addStreamFault(hold);
    CancelToken token;
    int delivered = 0;
    QElapsedTimer elapsed;
    elapsed.start();
    auto outcome = run(m_client->createRunStreamed(
        threadId, QJsonObject{{QStringLiteral("assistant_id"), assistantId}},
        [&](const SseEvent &) {
            if (++delivered == 3)
                QTimer::singleShot(0, &token, &CancelToken::cancel);
        },
        &token));
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().kind, ErrorKind::Cancelled);
    QCOMPARE(delivered, 3);
    QVERIFY(elapsed.elapsed() < 2000);   // the client's timeout (60 s) never came into it
    QTRY_COMPARE(m_server->openStreams(), 0);
    // Cancelling from inside the handler stops delivery too.
    hold.afterEvents = 6;
    m_server->addStreamFault(hold);
    QVERIFY(run(m_client->cancelRun(threadId, m_server->runs(threadId).first().value(QLatin1String("id")).toString())));
    CancelToken second;
    delivered = 0;
    auto again = run(m_client->createRunStreamed(threadId, QJsonObject{{QStringLiteral("assistant_id"), assistantId}},
                                                 [&](const SseEvent &) {
                                                     if (++delivered == 2)
                                                         second.cancel();
                                                 },
                                                 &second));
    QVERIFY(!again);
    QCOMPARE(again.error().kind, ErrorKind::Cancelled);
    QCOMPARE(delivered, 2);
}

void tst_OpenAiClient::streamedResponse()
{
    QStringList types;
    QString text;
    auto outcome = run(m_client->createResponseStreamed(
        QJsonObject{{QStringLiteral("model"), QStringLiteral("gpt-4o")},
                    {QStringLiteral("input"), QStringLiteral("hi there")}},
        [&](const SseEvent &e) {
            const QJsonObject data = QJsonDocument::fromJson(e.data).object();
            QCOMPARE(data.value(QLatin1String("type")).toString(), e.event);
            types << e.event;
            if (e.event == QLatin1String("response.output_text.delta"))
                text += data.value(QLatin1String("delta")).toString();
        }));
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
    QVERIFY(outcome->complete);
    QCOMPARE(text, QStringLiteral("Echo: hi there"));
    QCOMPARE(types.first(), QStringLiteral("response.created"));
    QCOMPARE(types.last(), QStringLiteral("response.completed"));
    const auto posted = requestsTo("POST", QStringLiteral("^/v1/responses$"));
    QCOMPARE(posted.size(), 1);
    QVERIFY(posted.first().header("openai-beta").isEmpty());
    QCOMPARE(QJsonDocument::fromJson(posted.first().body).object().value(QLatin1String("stream")), QJsonValue(true));
    QCOMPARE(m_server->responses().size(), 1);
    QVERIFY(run(m_client->deleteResponse(m_server->responses().first().value(QLatin1String("id")).toString())));
    QCOMPARE(m_server->responses().size(), 0);
}

void tst_OpenAiClient::streamErrorAnswerIsNotStreamed()
{
    // A 400 (an unknown previous response) is an error with the server's message, not a stream.
    int delivered = 0;
    auto outcome = run(m_client->createResponseStreamed(
        QJsonObject{{QStringLiteral("model"), QStringLiteral("gpt-4o")},
                    {QStringLiteral("input"), QStringLiteral("hi")},
                    {QStringLiteral("previous_response_id"), QStringLiteral("resp_missing")}},
        [&delivered](const SseEvent &) { ++delivered; }));
    QVERIFY(!outcome);
    QCOMPARE(delivered, 0);
    QVERIFY2(outcome.error().message.contains(QStringLiteral("resp_missing")), qPrintable(outcome.error().message));
    QCOMPARE(apiError(outcome.error())->httpStatus, 404);
    QCOMPARE(requestsTo("POST", QStringLiteral("^/v1/responses$")).size(), 1);
}

QTEST_GUILESS_MAIN(tst_OpenAiClient)
#include "tst_openaiclient.moc"
