// Sync comparison benchmark: the diff of one assistant whose vector store holds 10,000 files.
// Target < 10 ms. Prints one table row per figure (what, measured, target, ratio).
#include "domain/syncdiff.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTextStream>

#include <algorithm>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int Files = 10000;
    Assistant local;
    local.id = QStringLiteral("a-big");
    local.name = QStringLiteral("Big");
    local.model = QStringLiteral("gpt-4o");
    local.fileSearch = true;
    local.vectorStoreId = QStringLiteral("vs_big");
    local.remoteId = QStringLiteral("asst_big");
    QHash<QString, WorkspaceFile> files;
    RemoteSnapshot snapshot;
    RemoteStore store{QStringLiteral("vs_big"), true, {}};
    const QString sha(64, QLatin1Char('a'));
    for (int i = 0; i < Files; ++i) {
        const QString id = QStringLiteral("f-%1").arg(i);
        const QString remote = QStringLiteral("file-%1").arg(i);
        files.insert(id, WorkspaceFile{id, QStringLiteral("doc-%1.pdf").arg(i), 1000 + i, sha, remote, sha, {}});
        local.fileSearchFiles << id;
        // 1 % of the store differs: files only in OpenAI instead of the workspace's.
        const QString storeFile = i % 100 == 0 ? QStringLiteral("file-remote-%1").arg(i) : remote;
        store.files << RemoteStoreFile{storeFile, QStringLiteral("completed")};
        snapshot.files.insert(storeFile, RemoteFileInfo{storeFile, QStringLiteral("doc-%1.pdf").arg(i), 1000 + i, true});
    }
    snapshot.stores << store;
    snapshot.assistant = QJsonObject{{QStringLiteral("id"), QStringLiteral("asst_big")},
                                     {QStringLiteral("name"), QStringLiteral("Big")},
                                     {QStringLiteral("model"), QStringLiteral("gpt-4o")},
                                     {QStringLiteral("tools"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("file_search")}}}},
                                     {QStringLiteral("tool_resources"),
                                      QJsonObject{{QStringLiteral("file_search"),
                                                   QJsonObject{{QStringLiteral("vector_store_ids"), QJsonArray{QStringLiteral("vs_big")}}}}}}};
    QList<double> runs;
    qsizetype rows = 0;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        const auto d = SyncDiff::compare(local, files, snapshot);
        runs << t.nsecsElapsed() / 1e6;
        rows = d.isEmpty() ? 0 : d.first().onlyLocal.size() + d.first().onlyRemote.size();
    }
    std::sort(runs.begin(), runs.end());
    const double median = runs.at(runs.size() / 2);
    QTextStream out(stdout);
    out << "what\tmeasured\ttarget\tratio\n";
    out << QStringLiteral("diff of one assistant, 10,000-file vector store (%1 file rows; median of 7)\t%2 ms\t< 10 ms\t%3\n")
               .arg(rows)
               .arg(median, 0, 'f', 2)
               .arg(median / 10, 0, 'f', 2);
    return rows == 200 ? 0 : 1;
}
