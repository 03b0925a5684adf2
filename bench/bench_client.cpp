// bench_client: retrieve 1,000 assistants from the fake server with 50 ms added latency at the client's default
// concurrency; prints the wall time and its ratio to the ideal 1000 × 50 ms / concurrency (target ≤ 1.3).
// Not run by CTest; see bench/run. Usage: bench_client [--count N] [--latency MS] [--concurrency N]
#include "fakeserver.h"

#include "openai/openaiclient.h"

#include <QCoro/QCoroTask>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <optional>
#include <vector>

namespace {
QCoro::Task<int> retrieveAll(OpenAi::OpenAiClient &client, QStringList ids)
{
    std::vector<QCoro::Task<Result<QJsonObject>>> tasks;
    tasks.reserve(ids.size());
    for (const QString &id : ids)
        tasks.push_back(client.retrieveAssistant(id));
    int failures = 0;
    for (auto &task : tasks)
        failures += (co_await std::move(task)) ? 0 : 1;
    co_return failures;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("assistantdesk.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Assistants to retrieve."),
                                   QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption latency(QStringLiteral("latency"), QStringLiteral("Added latency per answer (ms)."),
                                     QStringLiteral("MS"), QStringLiteral("50"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         QStringLiteral("Client concurrency (default: the client's default)."),
                                         QStringLiteral("N"));
    parser.addOptions({count, latency, concurrency});
    parser.process(app);

    const int n = parser.value(count).toInt();
    const int latencyMs = parser.value(latency).toInt();
    FakeOpenAiServer server;
    server.seed(n);
    if (!server.listen()) {
        std::fputs("cannot listen on 127.0.0.1\n", stderr);
        return 1;
    }
    QStringList ids;
    for (const QJsonObject &a : server.assistants())
        ids << a.value(QLatin1String("id")).toString();

    QNetworkAccessManager nam;
    OpenAi::OpenAiClient client(&nam);
    client.setConnection(OpenAi::Connection::make(server.baseUrl()).value());
    client.setApiKey(server.apiKey());
    if (parser.isSet(concurrency))
        client.setConcurrency(parser.value(concurrency).toInt());

    // Warm up the connections, so the measurement is of steady-state throughput.
    QCoro::waitFor(retrieveAll(client, ids.mid(0, client.concurrency())));
    server.setLatency(latencyMs);
    server.resetMaxConcurrent();

    QElapsedTimer timer;
    timer.start();
    const int failures = QCoro::waitFor(retrieveAll(client, ids));
    const double wall = timer.elapsed() / 1000.0;
    const double ideal = n * latencyMs / 1000.0 / client.concurrency();
    QTextStream out(stdout);
    out << "bench_client: " << n << " retrieves, " << latencyMs << " ms latency, concurrency "
        << client.concurrency() << " (server saw at most " << server.maxConcurrent() << " at once)\n"
        << "retrieve " << n << " assistants @" << latencyMs << " ms, concurrency " << client.concurrency() << '\t'
        << QString::number(wall, 'f', 2) << " s\t<= 1.3 x " << QString::number(ideal, 'f', 2) << " s\t"
        << QString::number(wall / ideal, 'f', 2) << '\n';
    if (failures)
        out << failures << " requests failed\n";
    return failures ? 1 : 0;
}
