// Workspace benchmark: a workspace of 10,000 assistants, each with 2 function tools and 20 files.
//   bench_workspace generate PATH   builds it through the core API (Workspace::importData, one transaction)
//   bench_workspace measure PATH    in a fresh process: time to open it and fill the list model, time of one filter
//                                    keystroke on the proxy (median of several), and peak RSS.
// Targets: open < 0.5 s, filter < 16 ms, RSS < 150 MB.
#include "assistantfilterproxy.h"
#include "assistantlistmodel.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {
constexpr int Assistants = 10000;
constexpr int FilesPerAssistant = 20;

/// The workspace at `path`, its file copies beside it in PATH.blobs; null (with the error on stderr) when it cannot be
/// opened.
std::unique_ptr<Workspace> openWorkspace(const QString &path)
{
    Workspace::OpenOptions options;
    options.blobRoot = path + QStringLiteral(".blobs");
    auto ws = Workspace::open(path, options);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().message));
        return nullptr;
    }
    return std::move(ws).value();
}

int generate(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    const auto ws = openWorkspace(path);
    if (!ws)
        return 1;
    WorkspaceData data;
    const QStringList models{QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4.1")};
    const QStringList words{QStringLiteral("Helpdesk"), QStringLiteral("Sales"), QStringLiteral("Clinic"), QStringLiteral("Triage"),
                            QStringLiteral("Billing"), QStringLiteral("Onboarding"), QStringLiteral("Returns")};
    for (int i = 0; i < Assistants; ++i) {
        Assistant a;
        a.id = QStringLiteral("a-%1").arg(i, 5, 10, QLatin1Char('0'));
        a.name = QStringLiteral("%1 %2").arg(words.at(i % words.size())).arg(i);
        a.model = models.at(i % models.size());
        a.instructions = QStringLiteral("Answer questions about topic %1 politely and briefly.").arg(i);
        a.temperature = 0.1 * (i % 20);
        a.codeInterpreter = true;
        a.fileSearch = true;
        for (int f = 0; f < 2; ++f)
            a.functions << FunctionTool{QStringLiteral("tool_%1").arg(f), QStringLiteral("Function %1").arg(f),
                                        FunctionTool::defaultParameters(), false};
        for (int f = 0; f < FilesPerAssistant; ++f) {
            WorkspaceFile file;
            file.id = QStringLiteral("f-%1-%2").arg(i).arg(f);
            file.name = QStringLiteral("doc-%1-%2.txt").arg(i).arg(f);
            file.size = 1000 + f;
            data.files << file;
            (f < 5 ? a.codeInterpreterFiles : a.fileSearchFiles) << file.id;
        }
        if (i % 2 == 0)
            a.remoteId = QStringLiteral("asst_%1").arg(i);
        a.notPushed = !a.remoteId;
        data.assistants << a;
    }
    QElapsedTimer t;
    t.start();
    const Status s = ws->importData(data);
    if (!s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 1;
    }
    std::printf("generated %d assistants, %lld files in %.1f s\n", Assistants, qlonglong(data.files.size()), t.elapsed() / 1000.0);
    return 0;
}

int measure(const QString &path)
{
    QElapsedTimer t;
    t.start();
    const auto ws = openWorkspace(path);
    if (!ws)
        return 1;
    AssistantListModel model;
    model.setWorkspace(ws.get());
    AssistantFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(AssistantListModel::NameColumn);
    const double openMs = t.nsecsElapsed() / 1e6;
    if (proxy.rowCount() != Assistants) {
        std::fprintf(stderr, "expected %d rows, got %d\n", Assistants, proxy.rowCount());
        return 1;
    }

    // Typing "help" then deleting it: one keystroke = one setSearchText.
    QList<double> keystrokes;
    const QStringList typed{QStringLiteral("h"), QStringLiteral("he"), QStringLiteral("hel"), QStringLiteral("help"),
                            QStringLiteral("hel"), QStringLiteral("he"), QStringLiteral("h"), QString(),
                            QStringLiteral("4"), QStringLiteral("4o"), QStringLiteral("4o-"), QString()};
    for (const QString &text : typed) {
        QElapsedTimer k;
        k.start();
        proxy.setSearchText(text);
        // Include what a view does next (row count, first visible rows), since the proxy may map lazily.
        const int rows = proxy.rowCount();
        for (int r = 0; r < std::min(rows, 40); ++r)
            (void)proxy.index(r, AssistantListModel::NameColumn).data();
        keystrokes << k.nsecsElapsed() / 1e6;
        std::fprintf(stderr, "keystroke %-6s -> %5d rows in %6.2f ms\n", qPrintable(QLatin1Char('"') + text + QLatin1Char('"')),
                     proxy.rowCount(), keystrokes.last());
    }
    std::sort(keystrokes.begin(), keystrokes.end());
    const double medianMs = keystrokes.at(keystrokes.size() / 2);
    const double worstMs = keystrokes.last();

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double rssMb = usage.ru_maxrss / 1024.0;

    QTextStream out(stdout);
    out << QStringLiteral("%1\t%2\t%3\t%4\n").arg(QStringLiteral("what"), QStringLiteral("measured"), QStringLiteral("target"),
                                                  QStringLiteral("ratio"));
    out << QStringLiteral("open 10k-assistant workspace + list model\t%1 ms\t< 500 ms\t%2\n").arg(openMs, 0, 'f', 1).arg(openMs / 500, 0, 'f', 2);
    out << QStringLiteral("filter keystroke (median of %1; worst %2 ms)\t%3 ms\t< 16 ms\t%4\n")
               .arg(keystrokes.size())
               .arg(worstMs, 0, 'f', 2)
               .arg(medianMs, 0, 'f', 2)
               .arg(medianMs / 16, 0, 'f', 2);
    out << QStringLiteral("peak RSS after open\t%1 MB\t< 150 MB\t%2\n").arg(rssMb, 0, 'f', 1).arg(rssMb / 150, 0, 'f', 2);
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("assistantdesk.*.info=false"));
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("generate"))
        return generate(args.at(2));
    if (args.size() == 3 && args.at(1) == QLatin1String("measure"))
        return measure(args.at(2));
    std::fprintf(stderr, "usage: bench_workspace generate|measure PATH\n");
    return 2;
}
