// A second desktop for tst_teamrace: one program on a workspace (an SQLite file or a team workspace on PostgreSQL)
// that the test drives line by line over stdin, so two of them can be told to act at the same moment. Every answer
// is one line on stdout.
//
//   adesk_teamrace_worker SPEC BLOBS  opens the workspace (PostgreSQL password from PGPASSWORD; file copies under
//                                     BLOBS), prints "ready"
//
// Commands (one per line) and their answers:
//   edit ID N TAG          N edits of assistant ID, each appending " TAG-k" (k = 1..N) to its instructions: read the
//                          stamp, then the record, save with that base row version, and on Conflict read again and
//                          retry → "edited SAVES CONFLICTS"
//   archive ID             archiveFamily(ID) → "archived T0 T1" | "blocked T0 T1 <title> <row — detail>; …"
//   use-experiment E ID    setExperimentAssistant(E, ID) → "ok T0 T1" | "refused T0 T1 <message>"
//   use-node P NODE ID     setNodeAssistant(P, NODE, ID) → the same
//   hold-claim JOB         claims deletion job JOB inside a write transaction and keeps it open (uncommitted):
//                          "holding", then waits for the next line ("release" commits → "released")
//   quit
// T0 and T1: std::chrono::steady_clock microseconds (CLOCK_MONOTONIC, the same clock in every process) around the
// call, so the test can tell whether the two programs' transactions overlapped.
// Any other failure → "error <message>". Logging goes to stderr.
#include "storage/deletionjobs.h"
#include "storage/storageaccess.h"
#include "storage/workspace.h"
#include "storage/workspacearchive.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <chrono>
#include <functional>
#include <cstdio>
#include <iostream>
#include <string>

namespace {
qint64 nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void answer(const QString &line)
{
    QString oneLine = line;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    std::fputs(qPrintable(oneLine + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

bool readLine(QString &line)
{
    std::string s;
    if (!std::getline(std::cin, s))
        return false;
    line = QString::fromStdString(s).trimmed();
    return true;
}

QString timed(qint64 t0, qint64 t1)
{
    return QStringLiteral("%1 %2").arg(t0).arg(t1);
}

void edit(Workspace &ws, const QString &id, int count, const QString &tag)
{
    int saves = 0;
    int conflicts = 0;
    for (int k = 1; k <= count; ++k) {
        for (;;) {
            // The stamp first, then the record: a save made in between makes the record newer than the stamp, and
            // the save below is refused (never the other way round, which would lose that save).
            auto stamp = ws.stamp(id);
            if (!stamp)
                return answer(QStringLiteral("error ") + stamp.error().message);
            auto a = ws.assistant(id);
            if (!a)
                return answer(QStringLiteral("error ") + a.error().message);
            Assistant edited = a.value();
            edited.instructions += QStringLiteral(" %1-%2").arg(tag).arg(k);
            const Status saved = ws.saveAssistant(edited, stamp->rowVersion);
            if (saved) {
                ++saves;
                break;
            }
            if (saved.error().kind != ErrorKind::Conflict)
                return answer(QStringLiteral("error ") + saved.error().message);
            ++conflicts;
        }
    }
    answer(QStringLiteral("edited %1 %2").arg(saves).arg(conflicts));
}

void archive(Workspace &ws, const QString &id)
{
    const qint64 t0 = nowUs();
    auto outcome = archiveFamily(ws, id);
    const qint64 t1 = nowUs();
    if (!outcome)
        return answer(QStringLiteral("error ") + outcome.error().message);
    if (!outcome->archived) {
        QStringList rows;
        for (const ArchiveBlocker &b : outcome->plan.blockers())
            rows << b.rowText + QStringLiteral(" — ") + b.detail;
        return answer(QStringLiteral("blocked %1 %2 %3").arg(timed(t0, t1), outcome->plan.blockedTitle(), rows.join(QStringLiteral("; "))));
    }
    answer(QStringLiteral("archived ") + timed(t0, t1));
}

void reference(const std::function<Status()> &write)
{
    const qint64 t0 = nowUs();
    const Status s = write();
    const qint64 t1 = nowUs();
    if (s)
        return answer(QStringLiteral("ok ") + timed(t0, t1));
    const QString text = s.error().details.isEmpty() ? s.error().message : s.error().details.join(QLatin1Char(' '));
    if (s.error().kind == ErrorKind::Validation || s.error().kind == ErrorKind::Refused)
        return answer(QStringLiteral("refused %1 %2").arg(timed(t0, t1), text));
    answer(QStringLiteral("error ") + text);
}

void holdClaim(Workspace &ws, const QString &jobId)
{
    Database &db = StorageAccess::database(ws);
    const Status s = db.write([&]() -> Status {
        auto claimed = DeletionJobs::claim(ws, jobId);   // joins this transaction
        if (!claimed)
            return claimed.error();
        if (!claimed.value())
            return Error{ErrorKind::Refused, QStringLiteral("job %1 is not pending").arg(jobId), {}};
        answer(QStringLiteral("holding"));
        QString line;
        readLine(line);   // killed here, or told to let go
        return {};
    });
    answer(s ? QStringLiteral("released") : QStringLiteral("error ") + s.error().message);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("assistantdesk.*.info=false"));
    if (argc != 3) {
        std::fprintf(stderr, "usage: adesk_teamrace_worker SPEC BLOBS\n");
        return 2;
    }
    Workspace::OpenOptions options;
    options.blobRoot = QString::fromLocal8Bit(argv[2]);
    options.database.password = qEnvironmentVariable("PGPASSWORD");
    auto opened = Workspace::open(QString::fromLocal8Bit(argv[1]), options);
    if (!opened) {
        answer(QStringLiteral("error ") + opened.error().message);
        return 1;
    }
    Workspace &ws = *opened.value();
    answer(QStringLiteral("ready"));
    QString line;
    while (readLine(line)) {
        const QStringList w = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (w.isEmpty())
            continue;
        const QString &cmd = w.first();
        if (cmd == QLatin1String("quit"))
            break;
        if (cmd == QLatin1String("edit") && w.size() == 4)
            edit(ws, w.at(1), w.at(2).toInt(), w.at(3));
        else if (cmd == QLatin1String("archive") && w.size() == 2)
            archive(ws, w.at(1));
        else if (cmd == QLatin1String("use-experiment") && w.size() == 3)
            reference([&] { return ws.setExperimentAssistant(w.at(1), w.at(2)); });
        else if (cmd == QLatin1String("use-node") && w.size() == 4)
            reference([&] { return ws.setNodeAssistant(w.at(1), w.at(2), w.at(3)); });
        else if (cmd == QLatin1String("hold-claim") && w.size() == 2)
            holdClaim(ws, w.at(1));
        else
            answer(QStringLiteral("error unknown command: ") + line);
    }
    return 0;
}
