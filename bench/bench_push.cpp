// bench_push: pushes 10 never-pushed assistants, each with 20 files (1 for the code interpreter, 19 in its vector
// store), one push each, against the fake server with 50 ms added latency at the default concurrency.
// A push uploads its files in the pool, creates the store with them, creates the assistant and checks it again
// (retrieve + the store's file list; the uploaded files' names come from the upload replies), so the limit is
// N × (files / concurrency + 4) × latency. Prints wall time, its ratio to that limit and the requests sent.
// Not run by CTest; see bench/run. Usage: bench_push [--count N] [--files N] [--latency MS] [--concurrency N]
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

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const BenchArgs args = BenchArgs::parse(app, 10, QStringLiteral("Files per assistant."));
    const int n = args.count;
    const int perAssistant = qMax(2, args.files);
    const int latencyMs = args.latencyMs;
    const int parallel = args.concurrency;

    BenchServer server(0, 0);
    BenchClient bench;
    if (!bench.open(server, parallel))
        return 1;
    Workspace &ws = bench.workspace();
    QStringList ids;
    for (int i = 0; i < n; ++i) {
        Assistant draft;
        draft.name = QStringLiteral("Pushed assistant %1").arg(i);
        draft.model = QStringLiteral("gpt-4o");
        draft.instructions = QStringLiteral("Answer questions about topic %1.").arg(i);
        draft.codeInterpreter = true;
        draft.fileSearch = true;
        for (int j = 0; j < perAssistant; ++j) {
            const QByteArray content = QByteArray("Document ") + QByteArray::number(i) + ' ' + QByteArray::number(j) + '\n'
                + QByteArray(4096, char('a' + j % 26));
            auto f = ws.addFile(QStringLiteral("doc-%1-%2.txt").arg(i).arg(j), content);
            if (!f) {
                std::fprintf(stderr, "cannot add a file: %s\n", qPrintable(f.error().message));
                return 1;
            }
            (j == 0 ? draft.codeInterpreterFiles : draft.fileSearchFiles) << f->id;
        }
        auto created = ws.createAssistant(draft);
        if (!created) {
            std::fprintf(stderr, "cannot create an assistant: %s\n", qPrintable(created.error().message));
            return 1;
        }
        ids << created->id;
    }

    SyncEngine engine(ws, bench.client());

    startMeasuring(server, latencyMs);
    QElapsedTimer timer;
    timer.start();
    int ok = 0;
    for (const QString &id : ids) {
        const PushOutcome outcome = TestWait::run(engine.push(id));
        if (outcome.ok && outcome.state && outcome.state->current.status == SyncStatus::InSync)
            ++ok;
        else
            std::fprintf(stderr, "push failed: %s\n", qPrintable(outcome.error));
    }
    const double wall = timer.elapsed() / 1000.0;
    const double limit = n * (double(perAssistant) / parallel + 4.0) * latencyMs / 1000.0;
    QTextStream out(stdout);
    out << "bench_push: " << n << " assistants x " << perAssistant << " files, " << latencyMs << " ms latency, concurrency "
        << parallel << " (server saw at most " << server->maxConcurrent() << " at once); " << server->requests().size()
        << " requests; in sync after the push " << ok << "\n";
    printTarget(out, QStringLiteral("push %1 x %2 files @%3 ms").arg(n).arg(perAssistant).arg(latencyMs), wall, 1.3, limit);
    printRequestKinds(server);
    if (ok != n)
        out << "not every assistant was pushed and in sync: " << ok << " of " << n << "\n";
    return ok == n ? 0 : 1;
}
