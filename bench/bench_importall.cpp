// bench_importall: "Import all from OpenAI" of 1,000 remote assistants, each with a 20-file vector store, into an
// empty workspace against the fake server with 50 ms added latency at the default concurrency (issue 14). The
// import lists the assistants (100 a page) and /files (10,000 a page) once, then per assistant GET /assistants/{id}
// and the store's file list in the pool, so the limit is (assistant pages + file pages + 2 × N / concurrency) ×
// latency. Prints wall time, its ratio to that limit, the requests sent and peak RSS.
// Not run by CTest; see bench/run. Usage: bench_importall [--count N] [--files N] [--latency MS] [--concurrency N]
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

    startMeasuring(server, latencyMs);
    QElapsedTimer timer;
    timer.start();
    auto imported = TestWait::run(engine.importAll());
    const double wall = timer.elapsed() / 1000.0;
    int ok = 0;
    if (imported)
        for (const auto &o : imported.value())
            ok += o.ok && !o.alreadyLinked ? 1 : 0;
    const int assistantPages = (n + 99) / 100;
    const int listingPages = (n * perStore + 9999) / 10000;
    const double limit = (assistantPages + listingPages + 2.0 * n / parallel) * latencyMs / 1000.0;
    const double rssMb = peakRssMb();
    QTextStream out(stdout);
    out << "bench_importall: " << n << " assistants x " << perStore << " files, " << latencyMs << " ms latency, concurrency "
        << parallel << " (server saw at most " << server->maxConcurrent() << " at once); " << server->requests().size()
        << " requests; imported " << ok << "\n";
    printTarget(out, QStringLiteral("import all %1 x %2 files @%3 ms").arg(n).arg(perStore).arg(latencyMs), wall, 1.3, limit);
    out << "import all peak RSS\t" << QString::number(rssMb, 'f', 1) << " MB\t(recorded)\t-\n";
    printRequestKinds(server);
    if (ok != n)
        out << "not every assistant was imported: " << ok << " of " << n << "\n";
    return ok == n ? 0 : 1;
}
