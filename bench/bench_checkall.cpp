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

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <memory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const auto [n, perStore, latencyMs, parallel] = BenchArgs::parse(app, 1000, QStringLiteral("Files per vector store."));

    BenchServer server(n, perStore);
    BenchClient bench;
    if (!bench.open(server, parallel))
        return 1;
    SyncEngine engine(bench.workspace(), bench.client());

    // Link every assistant (import, no latency): this is set-up, not measured.
    auto imported = TestWait::run(engine.importAll());
    if (!imported || imported->size() != n) {
        std::fputs("import failed\n", stderr);
        return 1;
    }
    startMeasuring(server, latencyMs);
    QElapsedTimer timer;
    timer.start();
    const CheckAllSummary summary = QCoro::waitFor(engine.checkAll(parallel));
    const double wall = timer.elapsed() / 1000.0;
    const int listingPages = (n * perStore + 9999) / 10000;
    const double limit = (2.0 * n / parallel + listingPages) * latencyMs / 1000.0;
    const double rssMb = peakRssMb();
    QTextStream out(stdout);
    out << "bench_checkall: " << n << " assistants x " << perStore << " files, " << latencyMs << " ms latency, concurrency "
        << parallel << " (server saw at most " << server->maxConcurrent() << " at once); " << summary.text() << "\n";
    printTarget(out, QStringLiteral("check all %1 x %2 files @%3 ms").arg(n).arg(perStore).arg(latencyMs), wall, 1.1, limit);
    out << "check all peak RSS\t" << QString::number(rssMb, 'f', 1) << " MB\t(recorded)\t-\n";
    printRequestKinds(server);
    const bool ok = summary.inSync == n;
    if (!ok)
        out << "not every assistant was in sync: " << summary.text() << "\n";
    return ok ? 0 : 1;
}
