// bench_importall: "Import all from OpenAI" of 1,000 remote assistants, each with a 20-file vector store, into an
// empty workspace against the fake server with 50 ms added latency at the default concurrency. The
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

#include <QTextStream>

#include <cstdio>
#include <functional>
#include <memory>

int main(int argc, char *argv[])
{
    SyncBench bench(argc, argv);
    if (!bench.open())
        return 1;
    const int n = bench.args.count;

    double wall = 0;
    const auto imported = bench.measure([&] { return TestWait::run(bench.engine().importAll()); }, wall);
    int ok = 0;
    if (imported)
        for (const auto &o : imported.value())
            ok += o.ok && !o.alreadyLinked ? 1 : 0;
    const int assistantPages = (n + 99) / 100;
    const double limit =
        (assistantPages + bench.fileListingPages() + 2.0 * n / bench.args.concurrency) * bench.args.latencyMs / 1000.0;
    QTextStream out(stdout);
    bench.report(out, "bench_importall", QStringLiteral("import all"),
                 QStringLiteral("%1 requests; imported %2").arg(bench.server->requests().size()).arg(ok), wall, 1.3,
                 limit);
    if (ok != n)
        out << "not every assistant was imported: " << ok << " of " << n << "\n";
    return ok == n ? 0 : 1;
}
