// bench_checkall: "Check all" of 1,000 linked assistants, each with a 20-file vector store, against the fake server
// with 50 ms added latency at the default concurrency (domain.md §4). One check is GET /assistants/{id} then the
// store's file list (file names come from the single /files listing Check all starts with), so the limit is
// 2 × N × latency / concurrency plus the listing. Prints wall time, its ratio to that limit, and peak RSS.
// Not run by CTest; see bench/run. Usage: bench_checkall [--count N] [--files N] [--latency MS] [--concurrency N]
#include "benchserver.h"
#include "testwait.h"

#include "openai/openaiclient.h"
#include "storage/workspace.h"
#include "sync/syncengine.h"

#include <QCoro/QCoroTask>

#include <QCommandLineParser>
#include <QScopeGuard>
#include <QThread>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTextStream>

#include <sys/resource.h>

#include <cstdio>
#include <functional>
#include <memory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(QStringLiteral("assistantdesk.*.info=false\nassistantdesk.*.debug=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Assistants."), QStringLiteral("N"),
                                   QStringLiteral("1000"));
    const QCommandLineOption files(QStringLiteral("files"), QStringLiteral("Files per vector store."),
                                   QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption latency(QStringLiteral("latency"), QStringLiteral("Added latency per answer (ms)."),
                                     QStringLiteral("MS"), QStringLiteral("50"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), QStringLiteral("Check all concurrency."),
                                         QStringLiteral("N"), QStringLiteral("8"));
    parser.addOptions({count, files, latency, concurrency});
    parser.process(app);
    const int n = parser.value(count).toInt();
    const int perStore = parser.value(files).toInt();
    const int latencyMs = parser.value(latency).toInt();
    const int parallel = parser.value(concurrency).toInt();

    BenchServer server(n, perStore);
    if (!server.listening()) {
        std::fputs("cannot listen on 127.0.0.1\n", stderr);
        return 1;
    }
    QTemporaryDir dir;
    Workspace::OpenOptions options;
    options.blobRoot = dir.filePath(QStringLiteral("blobs"));
    auto ws = Workspace::open(dir.filePath(QStringLiteral("bench.adesk")), options);
    if (!ws) {
        std::fprintf(stderr, "cannot open the workspace: %s\n", qPrintable(ws.error().message));
        return 1;
    }
    QNetworkAccessManager nam;
    OpenAi::OpenAiClient client(&nam);
    client.setConnection(OpenAi::Connection::make(server->baseUrl()).value());
    client.setApiKey(server->apiKey());
    client.setConcurrency(parallel);
    SyncEngine engine(*ws.value(), client);

    // Link every assistant (import, no latency): this is set-up, not measured.
    auto imported = TestWait::run(engine.importAll());
    if (!imported || imported->size() != n) {
        std::fputs("import failed\n", stderr);
        return 1;
    }
    server.on([&] {
        server->setLatency(latencyMs);
        server->resetMaxConcurrent();
        server->clearRequests();
    });
    QElapsedTimer timer;
    timer.start();
    const CheckAllSummary summary = QCoro::waitFor(engine.checkAll(parallel));
    const double wall = timer.elapsed() / 1000.0;
    const int listingPages = (n * perStore + 9999) / 10000;
    const double limit = (2.0 * n / parallel + listingPages) * latencyMs / 1000.0;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double rssMb = usage.ru_maxrss / 1024.0;
    QTextStream out(stdout);
    out << "bench_checkall: " << n << " assistants x " << perStore << " files, " << latencyMs << " ms latency, concurrency "
        << parallel << " (server saw at most " << server->maxConcurrent() << " at once); " << summary.text() << "\n";
    out << "check all " << n << " x " << perStore << " files @" << latencyMs << " ms\t" << QString::number(wall, 'f', 2)
        << " s\t<= 1.1 x " << QString::number(limit, 'f', 2) << " s\t" << QString::number(wall / limit, 'f', 2) << "\n";
    out << "check all peak RSS\t" << QString::number(rssMb, 'f', 1) << " MB\t(recorded)\t-\n";
    if (qEnvironmentVariableIsSet("BENCH_VERBOSE")) {
        QHash<QString, int> byKind;
        for (const auto &r : server->requests()) {
            QString path = r.path;
            path.replace(QRegularExpression(QStringLiteral("/(asst|vs|file)[-_][A-Za-z0-9]+")), QStringLiteral("/{id}"));
            ++byKind[QString::fromLatin1(r.method) + QLatin1Char(' ') + path];
        }
        for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
            std::fprintf(stderr, "%6d %s\n", it.value(), qPrintable(it.key()));
    }
    const bool ok = summary.inSync == n;
    if (!ok)
        out << "not every assistant was in sync: " << summary.text() << "\n";
    return ok ? 0 : 1;
}
