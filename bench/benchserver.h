// What the network benchmarks share: the fake server on its own thread (as a real one answers from its own machine,
// so the client's work is what is measured, not the stand-in's JSON), seeded with `count` assistants that each have
// a vector store of `perStore` files. Header-only; used by bench_checkall, bench_importall and bench_push, with their
// options (BenchArgs), workspace and client (BenchClient) and request counts (printRequestKinds); the two sync
// benchmarks run on a SyncBench.
#pragma once

#include "fakeserver.h"

#include "openai/openaiclient.h"
#include "storage/workspace.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>

#include <cstdio>
#include <functional>
#include <memory>

class BenchServer
{
public:
    BenchServer(int count, int perStore)
    {
        m_thread.start();
        m_anchor.moveToThread(&m_thread);
        on([&] {
            m_server = std::make_unique<FakeOpenAiServer>();
            for (int i = 0; i < count; ++i) {
                QStringList ids;
                for (int j = 0; j < perStore; ++j)
                    ids << m_server->addFile(QStringLiteral("doc-%1-%2.txt").arg(i).arg(j),
                                             QByteArray("content ") + QByteArray::number(j));
                const QString store = m_server->addVectorStore(QStringLiteral("Assistant %1 - File Search").arg(i), ids);
                m_server->addAssistant(QJsonObject{
                    {QStringLiteral("name"), QStringLiteral("Assistant %1").arg(i)},
                    {QStringLiteral("model"), QStringLiteral("gpt-4o")},
                    {QStringLiteral("instructions"), QStringLiteral("Answer questions about topic %1.").arg(i)},
                    {QStringLiteral("tools"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("file_search")}}}},
                    {QStringLiteral("tool_resources"),
                     QJsonObject{{QStringLiteral("file_search"),
                                  QJsonObject{{QStringLiteral("vector_store_ids"), QJsonArray{store}}}}}}});
            }
            m_listening = m_server->listen();
        });
    }
    ~BenchServer()
    {
        on([&] { m_server.reset(); });
        m_thread.quit();
        m_thread.wait();
    }
    bool listening() const { return m_listening; }
    /// Runs `fn` on the server's thread and waits for it.
    void on(const std::function<void()> &fn) { QMetaObject::invokeMethod(&m_anchor, fn, Qt::BlockingQueuedConnection); }
    /// Only between calls of on(), or while the client is idle.
    FakeOpenAiServer *operator->() const { return m_server.get(); }

private:
    QThread m_thread;
    QObject m_anchor;
    std::unique_ptr<FakeOpenAiServer> m_server;
    bool m_listening = false;
};

/// The network benchmarks' options: --count, --files, --latency (ms), --concurrency.
struct BenchArgs {
    int count = 0;
    int files = 0;
    int latencyMs = 0;
    int concurrency = 0;

    static BenchArgs parse(const QCoreApplication &app, int defaultCount, const QString &filesHelp)
    {
        QStandardPaths::setTestModeEnabled(true);
        QLoggingCategory::setFilterRules(QStringLiteral("assistantdesk.*.info=false\nassistantdesk.*.debug=false"));
        QCommandLineParser parser;
        parser.addHelpOption();
        const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Assistants."), QStringLiteral("N"),
                                       QString::number(defaultCount));
        const QCommandLineOption files(QStringLiteral("files"), filesHelp, QStringLiteral("N"), QStringLiteral("20"));
        const QCommandLineOption latency(QStringLiteral("latency"), QStringLiteral("Added latency per answer (ms)."),
                                         QStringLiteral("MS"), QStringLiteral("50"));
        const QCommandLineOption concurrency(QStringLiteral("concurrency"), QStringLiteral("Requests at once."),
                                             QStringLiteral("N"), QStringLiteral("8"));
        parser.addOptions({count, files, latency, concurrency});
        parser.process(app);
        return {parser.value(count).toInt(), parser.value(files).toInt(), parser.value(latency).toInt(),
                parser.value(concurrency).toInt()};
    }
};

/// A workspace in a temporary folder and a client of `server` at `concurrency`.
class BenchClient
{
public:
    bool open(BenchServer &server, int concurrency)
    {
        if (!server.listening()) {
            std::fputs("cannot listen on 127.0.0.1\n", stderr);
            return false;
        }
        Workspace::OpenOptions options;
        options.blobRoot = m_dir.filePath(QStringLiteral("blobs"));
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("bench.adesk")), options);
        if (!ws) {
            std::fprintf(stderr, "cannot open the workspace: %s\n", qPrintable(ws.error().message));
            return false;
        }
        m_workspace = std::move(ws.value());
        m_client = std::make_unique<OpenAi::OpenAiClient>(&m_nam);
        m_client->setConnection(OpenAi::Connection::make(server->baseUrl()).value());
        m_client->setApiKey(server->apiKey());
        m_client->setConcurrency(concurrency);
        return true;
    }
    Workspace &workspace() { return *m_workspace; }
    OpenAi::OpenAiClient &client() { return *m_client; }

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<OpenAi::OpenAiClient> m_client;
};

/// Before the measured part: the server's latency on, its request log and peak cleared.
inline void startMeasuring(BenchServer &server, int latencyMs)
{
    server.on([&] {
        server->setLatency(latencyMs);
        server->resetMaxConcurrent();
        server->clearRequests();
    });
}

/// The row of the benchmark table: what, measured wall time, the target (`factor` × `limit`) and measured / limit.
inline void printTarget(QTextStream &out, const QString &what, double wall, double factor, double limit)
{
    out << what << "\t" << QString::number(wall, 'f', 2) << " s\t<= " << QString::number(factor) << " x "
        << QString::number(limit, 'f', 2) << " s\t" << QString::number(wall / limit, 'f', 2) << "\n";
}

/// This process's peak resident set so far, in MB.
inline double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

/// With BENCH_VERBOSE set: the requests the server saw, counted by method and path (ids replaced by {id}).
inline void printRequestKinds(const BenchServer &server)
{
    if (!qEnvironmentVariableIsSet("BENCH_VERBOSE"))
        return;
    QHash<QString, int> byKind;
    for (const auto &r : server->requests()) {
        QString path = r.path;
        path.replace(QRegularExpression(QStringLiteral("/(asst|vs|file)[-_][A-Za-z0-9]+")), QStringLiteral("/{id}"));
        ++byKind[QString::fromLatin1(r.method) + QLatin1Char(' ') + path];
    }
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        std::fprintf(stderr, "%6d %s\n", it.value(), qPrintable(it.key()));
}

/// The process of bench_checkall and bench_importall: the application, its options (default 1,000 assistants), the
/// server seeded with that many assistants of that many store files, a workspace and client of it at the options'
/// concurrency, and a SyncEngine on them.
class SyncBench
{
public:
    SyncBench(int &argc, char **argv)
        : app(argc, argv), args(BenchArgs::parse(app, 1000, QStringLiteral("Files per vector store."))),
          server(args.count, args.files)
    {
    }

    /// The workspace, client and engine; false (with the reason on stderr) when they cannot be set up.
    bool open()
    {
        if (!m_client.open(server, args.concurrency))
            return false;
        m_engine = std::make_unique<SyncEngine>(m_client.workspace(), m_client.client());
        return true;
    }
    SyncEngine &engine() { return *m_engine; }

    /// What `work` returns, run after startMeasuring(); its wall time in seconds goes to `wall`.
    template<typename Work>
    auto measure(Work &&work, double &wall)
    {
        startMeasuring(server, args.latencyMs);
        QElapsedTimer timer;
        timer.start();
        auto result = work();
        wall = timer.elapsed() / 1000.0;
        return result;
    }

    /// The pages of the one /files listing (10,000 a page) that names every store file.
    int fileListingPages() const { return (args.count * args.files + 9999) / 10000; }

    /// Prints what `program` ran and its `outcome`, the table row of `what` (`wall` against `factor` × `limit`), the
    /// peak RSS and, with BENCH_VERBOSE, the requests.
    void report(QTextStream &out, const char *program, const QString &what, const QString &outcome, double wall,
                double factor, double limit) const
    {
        const double rssMb = peakRssMb();
        out << program << ": " << args.count << " assistants x " << args.files << " files, " << args.latencyMs
            << " ms latency, concurrency " << args.concurrency << " (server saw at most " << server->maxConcurrent()
            << " at once); " << outcome << "\n";
        const QString row = QStringLiteral("%1 %2 x %3 files @%4 ms").arg(what).arg(args.count).arg(args.files).arg(args.latencyMs);
        printTarget(out, row, wall, factor, limit);
        out << what << " peak RSS\t" << QString::number(rssMb, 'f', 1) << " MB\t(recorded)\t-\n";
        printRequestKinds(server);
    }

    QCoreApplication app;
    const BenchArgs args;
    BenchServer server;

private:
    BenchClient m_client;
    std::unique_ptr<SyncEngine> m_engine;
};
