// Applying an archive (domain.md §7 "On Archive"): one transaction, re-planned inside, with deletion jobs.
#include "storage/workspacearchive.h"
#include "storage/storageaccess.h"
#include "interchange/interchange.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

namespace {
const QDateTime ExportTime = QDateTime(QDate(2026, 11, 25), QTime(16, 0), Qt::UTC);

struct JobRow {
    QString id;
    QString text;   // "<owner> <kind> <remote id> <label> <state> <attempts>"
};

QList<JobRow> jobs(Workspace &ws)
{
    QList<JobRow> out;
    auto q = StorageAccess::database(ws).exec(u"SELECT id, owner, kind, remote_id, label, state, attempts, last_error, updated_at "
                                u"FROM deletion_jobs ORDER BY seq"_s);
    if (!q)
        return out;
    QSqlQuery &r = **q;
    while (r.next()) {
        QStringList parts;
        for (int i = 1; i <= 6; ++i)
            parts << r.value(i).toString();
        if (!r.value(7).isNull() || r.value(8).toString().isEmpty())
            parts << u"(unexpected error or time)"_s;
        out << JobRow{r.value(0).toString(), parts.join(u' ')};
    }
    return out;
}

QStringList jobTexts(Workspace &ws)
{
    QStringList out;
    for (const auto &j : jobs(ws))
        out << j.text;
    return out;
}

/// Whether the experiment or pipeline `id` among `records` is archived (false when it is not there).
template<typename Record>
bool archived(const QList<Record> &records, const QString &id)
{
    for (const auto &r : records) {
        if (r.id == id)
            return r.archived;
    }
    return false;
}
} // namespace

class tst_WorkspaceArchive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void archivesFamilyReleasedVersionsAndQueuesJobs()
    {
        QTemporaryDir dir;
        auto ws = importedWorkspace(dir, fixture(u"archive/example1.json"_s));
        QVERIFY(ws);
        QSignalSpy reset(ws.get(), &Workspace::reset);

        const auto outcome = archiveFamily(*ws, u"a"_s);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        QVERIFY(outcome->archived);
        QCOMPARE(reset.size(), 1);
        for (const QString &id : {u"a"_s, u"a-v1"_s, u"a-v2"_s})
            QVERIFY2(ws->assistant(id)->archived, qPrintable(id));
        QVERIFY(!ws->assistant(u"b"_s)->archived);
        const auto experiments = ws->experiments();
        QVERIFY(archived(experiments, u"e-support-v1"_s));    // released, unpublished, → a-v1
        QVERIFY(!archived(experiments, u"e-support"_s));
        QVERIFY(!archived(experiments, u"e-support-v2"_s));   // published, → another assistant

        QCOMPARE(jobTexts(*ws), (QStringList{u"a assistant asst_A Helpdesk pending 0"_s,
                                             u"a assistant asst_AV1 Helpdesk v1 pending 0"_s,
                                             u"a assistant asst_AV2 Helpdesk v2 pending 0"_s,
                                             u"a vector_store vs_A Helpdesk pending 0"_s,
                                             u"a vector_store vs_AV1 Helpdesk v1 pending 0"_s,
                                             u"a vector_store vs_AV2 Helpdesk v2 pending 0"_s,
                                             u"a file file-FAQ faq.pdf pending 0"_s}));
        QStringList ids;
        for (const auto &j : jobs(*ws))
            ids << j.id;
        QCOMPARE(outcome->jobIds, ids);

        // Archived now: not offered again.
        const auto again = archiveFamily(*ws, u"a"_s);
        QVERIFY(!again);
        QCOMPARE(again.error().kind, ErrorKind::Refused);
        QCOMPARE(jobs(*ws).size(), 7);
    }

    void archivesPipelineVersions()
    {
        QTemporaryDir dir;
        auto ws = importedWorkspace(dir, fixture(u"archive/pipelineversion.json"_s));
        QVERIFY(ws);
        // "Clinic bot" v3 (published) blocks through "Router" v1; archiving that experiment version clears it.
        QVERIFY(StorageAccess::database(*ws).change(u"UPDATE experiments SET is_archived = 1 WHERE id = 'e-clinic-v3'"_s));
        const auto outcome = archiveFamily(*ws, u"a"_s);
        QVERIFY(outcome);
        QVERIFY(outcome->archived);
        QVERIFY(archived(ws->experiments(), u"e-clinic-v1"_s));
        QVERIFY(!archived(ws->experiments(), u"e-clinic"_s));
        QVERIFY(archived(ws->pipelines(), u"p-router-v1"_s));
        QVERIFY(!archived(ws->pipelines(), u"p-router"_s));
        QVERIFY(!archived(ws->pipelines(), u"p-router-v2"_s));
    }

    void blockedChangesNothing()
    {
        QTemporaryDir dir;
        auto ws = importedWorkspace(dir, fixture(u"archive/example4.json"_s));
        QVERIFY(ws);
        const QByteArray before = Interchange::exportFrom(*ws, false, ExportTime);
        QSignalSpy reset(ws.get(), &Workspace::reset);

        const auto outcome = archiveFamily(*ws, u"a"_s);
        QVERIFY(outcome);
        QVERIFY(!outcome->archived);
        QCOMPARE(outcome->plan.pipelines.size(), 1);
        QCOMPARE(outcome->plan.experimentsReferencingPipeline.size(), 2);
        QVERIFY(outcome->jobIds.isEmpty());
        QCOMPARE(Interchange::exportFrom(*ws, false, ExportTime), before);
        QVERIFY(jobs(*ws).isEmpty());
        QCOMPARE(reset.size(), 0);
    }

    void storageFailureRollsBack_data()
    {
        QTest::addColumn<int>("changesBeforeFailure");
        QTest::newRow("first archive flag") << 0;
        QTest::newRow("experiment version") << 3;
        QTest::newRow("last deletion job") << 10;
    }

    void storageFailureRollsBack()
    {
        QFETCH(int, changesBeforeFailure);
        QTemporaryDir dir;
        auto ws = importedWorkspace(dir, fixture(u"archive/example1.json"_s));
        QVERIFY(ws);
        const QByteArray before = Interchange::exportFrom(*ws, false, ExportTime);

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"storage error.*injected failure"_s));
        StorageAccess::database(*ws).failAfterChanges(changesBeforeFailure);
        const auto outcome = archiveFamily(*ws, u"a"_s);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().kind, ErrorKind::Storage);
        QCOMPARE(Interchange::exportFrom(*ws, false, ExportTime), before);
        QVERIFY(jobs(*ws).isEmpty());

        // Nothing was half-applied, so the same archive succeeds afterwards.
        const auto retried = archiveFamily(*ws, u"a"_s);
        QVERIFY(retried && retried->archived);
        QCOMPARE(jobs(*ws).size(), 7);
    }

    void refusesAVersion()
    {
        QTemporaryDir dir;
        auto ws = importedWorkspace(dir, fixture(u"archive/example1.json"_s));
        QVERIFY(ws);
        const auto outcome = archiveFamily(*ws, u"a-v1"_s);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().kind, ErrorKind::Refused);
        QVERIFY(!ws->assistant(u"a-v1"_s)->archived);
    }
};

QTEST_GUILESS_MAIN(tst_WorkspaceArchive)
#include "tst_workspacearchive.moc"
