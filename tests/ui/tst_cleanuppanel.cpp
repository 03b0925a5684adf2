// The "Remote cleanup" panel and its DeletionJobModel: rows and states of the jobs archiveFamily() creates, the
// summary line, "Retry" / "Retry all failed" offline (failed → pending, shown "Queued") and online against the fake
// server (the queue runs and the jobs end done).
#include "archive/deletionqueue.h"
#include "cleanuppanel.h"
#include "deletionjobmodel.h"
#include "fakeserver.h"
#include "guitest.h"
#include "interchange/interchange.h"
#include "openai/connection.h"
#include "openai/openaiclient.h"
#include "storage/deletionjobs.h"
#include "storage/workspace.h"
#include "storage/workspacearchive.h"
#include "testsupport.h"
#include "testwait.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_CleanupPanel : public QObject, protected GuiTest::WorkspaceFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void modelFollowsJobs();
    void summaryText_data();
    void summaryText();
    void rowsForArchivedFamily();
    void statesAndErrorsShown();
    void retrySelectedResetsFailedToPending();
    void retryAllFailedOffline();
    void retryAllFailedOnlineRunsQueue();
    void ownerFilter();

private:
    QStringList archiveDeletionsFixture();
    QStringList column(int column) const;
    void selectRow(int row);
    static DeletionJob job(const QString &id, const QString &state, const QString &error = {});
    static void saveShot(QWidget *widget, const QString &name);

    std::unique_ptr<CleanupPanel> m_panel;
};

void tst_CleanupPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_CleanupPanel::init()
{
    startWorkspaceTest();
}

void tst_CleanupPanel::cleanup()
{
    m_panel.reset();
    stopWorkspace();
}

QStringList tst_CleanupPanel::archiveDeletionsFixture()
{
    const Status s = Interchange::importInto(*m_ws, TestSupport::fixture(u"archive/deletions.json"_s));
    if (!s) {
        qWarning("import failed: %s", qPrintable(s.error().details.join(u'\n')));
        return {};
    }
    Result<ArchiveOutcome> outcome = archiveFamily(*m_ws, u"a"_s);
    if (!outcome || !outcome->archived) {
        qWarning("archive failed");
        return {};
    }
    return outcome->jobIds;
}

QStringList tst_CleanupPanel::column(int col) const
{
    QStringList out;
    const QAbstractItemModel *model = m_panel->findChild<QTableView *>(u"cleanupTable"_s)->model();
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, col).data().toString();
    return out;
}

void tst_CleanupPanel::selectRow(int row)
{
    auto *table = m_panel->findChild<QTableView *>(u"cleanupTable"_s);
    const QRect rect = table->visualRect(table->model()->index(row, DeletionJobModel::LabelColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

DeletionJob tst_CleanupPanel::job(const QString &id, const QString &state, const QString &error)
{
    DeletionJob j;
    j.id = id;
    j.owner = u"a"_s;
    j.kind = u"file"_s;
    j.remoteId = u"file-"_s + id;
    j.label = id + u".txt"_s;
    j.state = state;
    j.lastError = error;
    return j;
}

void tst_CleanupPanel::saveShot(QWidget *widget, const QString &name)
{
    // Screenshots for a human look: ADESK_SCREENSHOT_DIR=/tmp ctest -R tst_cleanuppanel
    const QString dir = qEnvironmentVariable("ADESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(dir + u"/shot-"_s + name + u".png"_s));
}

void tst_CleanupPanel::modelFollowsJobs()
{
    DeletionJobModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resetSpy(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changedSpy(&model, &QAbstractItemModel::dataChanged);

    model.setJobs({job(u"1"_s, u"pending"_s), job(u"2"_s, u"pending"_s), job(u"3"_s, u"pending"_s)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(DeletionJobModel::ColumnCount));
    QCOMPARE(resetSpy.size(), 1);

    // Same jobs, one state changed: only that row changes.
    model.setJobs({job(u"1"_s, u"done"_s), job(u"2"_s, u"pending"_s), job(u"3"_s, u"pending"_s)});
    QCOMPARE(resetSpy.size(), 1);
    QCOMPARE(changedSpy.size(), 1);
    QCOMPARE(changedSpy.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(model.index(0, DeletionJobModel::StateColumn).data().toString(), u"Done"_s);
    QCOMPARE(model.index(0, DeletionJobModel::StateColumn).data(DeletionJobModel::StateRole).toString(), u"done"_s);
    QCOMPARE(model.index(1, DeletionJobModel::StateColumn).data().toString(), u"Queued"_s);
    QCOMPARE(model.index(2, 0).data(DeletionJobModel::IdRole).toString(), u"3"_s);
    QCOMPARE(model.indexOf(u"2"_s).row(), 1);

    model.setJobs({job(u"1"_s, u"done"_s)});
    QCOMPARE(resetSpy.size(), 2);
    QCOMPARE(model.rowCount(), 1);
    model.setJobs({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_CleanupPanel::summaryText_data()
{
    QTest::addColumn<QStringList>("states");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QStringList{} << u"Remote cleanup: done"_s;
    QTest::newRow("all done") << QStringList{u"done"_s, u"done"_s} << u"Remote cleanup: done"_s;
    QTest::newRow("pending") << QStringList{u"done"_s, u"pending"_s, u"running"_s} << u"Remote cleanup: 2 pending"_s;
    QTest::newRow("one pending") << QStringList{u"pending"_s} << u"Remote cleanup: 1 pending"_s;
    QTest::newRow("failed") << QStringList{u"failed"_s, u"done"_s} << u"Remote cleanup: 1 failed"_s;
    QTest::newRow("both") << QStringList{u"failed"_s, u"failed"_s, u"pending"_s}
                          << u"Remote cleanup: 2 failed, 1 pending"_s;
}

void tst_CleanupPanel::summaryText()
{
    QFETCH(QStringList, states);
    QFETCH(QString, expected);
    QList<DeletionJob> jobs;
    for (const QString &state : states)
        jobs << job(QString::number(jobs.size()), state);
    QCOMPARE(DeletionJobModel::summaryText(jobs), expected);
}

void tst_CleanupPanel::rowsForArchivedFamily()
{
    const QStringList jobIds = archiveDeletionsFixture();
    QVERIFY(!jobIds.isEmpty());
    m_panel = std::make_unique<CleanupPanel>(m_ws.get());
    QAbstractItemModelTester tester(m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(m_panel->model()->rowCount(), int(jobIds.size()));
    for (int r = 0; r < int(jobIds.size()); ++r)
        QCOMPARE(m_panel->model()->index(r, 0).data(DeletionJobModel::IdRole).toString(), jobIds.at(r));
    const QList<DeletionJob> stored = DeletionJobs::list(*m_ws);
    QStringList kinds, labels, remoteIds;
    for (const DeletionJob &j : stored) {
        kinds << DeletionJobModel::kindText(j.kind);
        labels << j.label;
        remoteIds << j.remoteId;
    }
    QCOMPARE(column(DeletionJobModel::KindColumn), kinds);
    QCOMPARE(column(DeletionJobModel::LabelColumn), labels);
    QCOMPARE(column(DeletionJobModel::RemoteIdColumn), remoteIds);
    QCOMPARE(column(DeletionJobModel::KindColumn).first(), u"Assistant"_s);
    QVERIFY(column(DeletionJobModel::KindColumn).contains(u"Vector store"_s));
    QCOMPARE(column(DeletionJobModel::KindColumn).last(), u"File"_s);
    for (const QString &state : column(DeletionJobModel::StateColumn))
        QCOMPARE(state, u"Queued"_s);
    for (const QString &attempts : column(DeletionJobModel::AttemptsColumn))
        QCOMPARE(attempts, u"0"_s);
    // Shared and never-uploaded files are not deleted.
    QVERIFY(!remoteIds.contains(u"file-LIVE"_s));
    QCOMPARE(m_panel->findChild<QLabel *>(u"cleanupSummaryLabel"_s)->text(),
             u"Remote cleanup: %1 pending"_s.arg(jobIds.size()));
    QVERIFY(!m_panel->findChild<QPushButton *>(u"retryAllButton"_s)->isEnabled());
}

void tst_CleanupPanel::statesAndErrorsShown()
{
    const QStringList jobIds = archiveDeletionsFixture();
    QVERIFY(jobIds.size() >= 4);
    const QList<DeletionJob> jobs = DeletionJobs::list(*m_ws);
    QVERIFY(DeletionJobs::markDone(*m_ws, jobs.at(0)).ok());
    QVERIFY(DeletionJobs::markDone(*m_ws, jobs.at(1)).ok());
    QVERIFY(DeletionJobs::markFailed(*m_ws, jobs.at(2).id, u"vector_store vs_X: Server error 500"_s).ok());

    m_panel = std::make_unique<CleanupPanel>(m_ws.get());
    m_panel->resize(900, 320);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    saveShot(m_panel.get(), u"cleanup"_s);

    const QStringList states = column(DeletionJobModel::StateColumn);
    QCOMPARE(states.mid(0, 3), (QStringList{u"Done"_s, u"Done"_s, u"Failed"_s}));
    QCOMPARE(states.mid(3), QStringList(int(jobIds.size()) - 3, u"Queued"_s));
    QCOMPARE(column(DeletionJobModel::ErrorColumn).at(2), u"vector_store vs_X: Server error 500"_s);
    QCOMPARE(column(DeletionJobModel::AttemptsColumn).at(2), u"1"_s);
    QCOMPARE(m_panel->findChild<QLabel *>(u"cleanupSummaryLabel"_s)->text(),
             u"Remote cleanup: 1 failed, %1 pending"_s.arg(jobIds.size() - 3));
    QVERIFY(m_panel->findChild<QPushButton *>(u"retryAllButton"_s)->isEnabled());
    QVERIFY(!m_panel->findChild<QPushButton *>(u"retryButton"_s)->isEnabled());
}

void tst_CleanupPanel::retrySelectedResetsFailedToPending()
{
    const QStringList jobIds = archiveDeletionsFixture();
    QVERIFY(jobIds.size() >= 2);
    QVERIFY(DeletionJobs::markFailed(*m_ws, jobIds.at(0), u"assistant asst_A: Access denied (403)"_s).ok());
    QVERIFY(DeletionJobs::markFailed(*m_ws, jobIds.at(1), u"assistant asst_AV1: Access denied (403)"_s).ok());
    m_panel = std::make_unique<CleanupPanel>(m_ws.get());
    m_panel->resize(900, 320);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    auto *retry = m_panel->findChild<QPushButton *>(u"retryButton"_s);

    selectRow(2);   // a pending job: nothing to retry
    QVERIFY(!retry->isEnabled());
    selectRow(1);
    QVERIFY(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);

    const QList<DeletionJob> jobs = DeletionJobs::list(*m_ws);
    QCOMPARE(jobs.at(0).state, u"failed"_s);
    QCOMPARE(jobs.at(1).state, u"pending"_s);
    QCOMPARE(column(DeletionJobModel::StateColumn).mid(0, 2), (QStringList{u"Failed"_s, u"Queued"_s}));
    QVERIFY(!retry->isEnabled());   // the selected row is no longer failed
    QCOMPARE(m_panel->findChild<QLabel *>(u"cleanupSummaryLabel"_s)->text(),
             u"Remote cleanup: 1 failed, %1 pending"_s.arg(jobIds.size() - 1));
}

void tst_CleanupPanel::retryAllFailedOffline()
{
    const QStringList jobIds = archiveDeletionsFixture();
    QVERIFY(jobIds.size() >= 3);
    QVERIFY(DeletionJobs::markDone(*m_ws, DeletionJobs::list(*m_ws).at(0)).ok());
    QVERIFY(DeletionJobs::markFailed(*m_ws, jobIds.at(1), u"boom"_s).ok());
    QVERIFY(DeletionJobs::markFailed(*m_ws, jobIds.at(2), u"boom"_s).ok());
    m_panel = std::make_unique<CleanupPanel>(m_ws.get());
    auto *retryAll = m_panel->findChild<QPushButton *>(u"retryAllButton"_s);
    QVERIFY(retryAll->isEnabled());
    QTest::mouseClick(retryAll, Qt::LeftButton);

    const QList<DeletionJob> jobs = DeletionJobs::list(*m_ws);
    QCOMPARE(jobs.at(0).state, u"done"_s);
    for (int i = 1; i < int(jobs.size()); ++i)
        QCOMPARE(jobs.at(i).state, u"pending"_s);
    QVERIFY(!retryAll->isEnabled());
    QVERIFY(!m_panel->isRunning());   // offline: nothing runs, the jobs wait as "Queued"
    QCOMPARE(m_panel->summaryText(), u"Remote cleanup: %1 pending"_s.arg(jobIds.size() - 1));
}

void tst_CleanupPanel::retryAllFailedOnlineRunsQueue()
{
    FakeOpenAiServer server;
    QVERIFY(server.listen());
    QNetworkAccessManager nam;
    OpenAi::OpenAiClient client(&nam);
    client.setConnection(OpenAi::Connection::make(server.baseUrl()).value());
    client.setApiKey(server.apiKey());
    TestWait::RecordingSleeper sleeper;
    client.setSleeper(&sleeper);
    DeletionQueue queue(*m_ws, client);

    const QStringList jobIds = archiveDeletionsFixture();
    QVERIFY(!jobIds.isEmpty());
    m_panel = std::make_unique<CleanupPanel>(m_ws.get(), &queue);
    m_panel->show();

    // First run: the server refuses every vector store deletion (403); the other objects are unknown → 404 = done.
    server.failNext("DELETE", u"^/vector_stores/"_s, 100, 403);
    const DeletionRunSummary first = TestWait::run(queue.runPending());
    QVERIFY(first.failed > 0);
    QTRY_COMPARE(m_panel->summaryText(), u"Remote cleanup: %1 failed"_s.arg(first.failed));
    QVERIFY(column(DeletionJobModel::StateColumn).contains(u"Failed"_s));

    server.clearFaults();
    QSignalSpy finishedSpy(m_panel.get(), &CleanupPanel::runFinished);
    QTest::mouseClick(m_panel->findChild<QPushButton *>(u"retryAllButton"_s), Qt::LeftButton);
    QVERIFY(m_panel->isRunning() || finishedSpy.size() == 1);
    QVERIFY(finishedSpy.size() == 1 || finishedSpy.wait());
    QCOMPARE(m_panel->summaryText(), u"Remote cleanup: done"_s);
    for (const DeletionJob &j : DeletionJobs::list(*m_ws))
        QCOMPARE(j.state, u"done"_s);
    QCOMPARE(column(DeletionJobModel::StateColumn), QStringList(int(jobIds.size()), u"Done"_s));
}

void tst_CleanupPanel::ownerFilter()
{
    const QStringList jobIds = archiveDeletionsFixture();
    m_panel = std::make_unique<CleanupPanel>(m_ws.get());
    m_panel->setOwner(u"someone else"_s);
    QCOMPARE(m_panel->model()->rowCount(), 0);
    QCOMPARE(m_panel->summaryText(), u"Remote cleanup: done"_s);
    m_panel->setOwner(u"a"_s);
    QCOMPARE(m_panel->model()->rowCount(), int(jobIds.size()));
    m_panel->setOwner({});
    QCOMPARE(m_panel->model()->rowCount(), int(jobIds.size()));
}

QTEST_MAIN(tst_CleanupPanel)
#include "tst_cleanuppanel.moc"
