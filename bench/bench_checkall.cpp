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

    // Link every assistant (import, no latency): this is set-up, not measured.
    auto imported = TestWait::run(bench.engine().importAll());
    if (!imported || imported->size() != n) {
        std::fputs("import failed\n", stderr);
        return 1;
    }
    double wall = 0;
    const CheckAllSummary summary =
        bench.measure([&] { return QCoro::waitFor(bench.engine().checkAll(bench.args.concurrency)); }, wall);
    const double limit = (2.0 * n / bench.args.concurrency + bench.fileListingPages()) * bench.args.latencyMs / 1000.0;
    QTextStream out(stdout);
    bench.report(out, "bench_checkall", QStringLiteral("check all"), summary.text(), wall, 1.1, limit);
    const bool ok = summary.inSync == n;
    if (!ok)
        out << "not every assistant was in sync: " << summary.text() << "\n";
    return ok ? 0 : 1;
}
