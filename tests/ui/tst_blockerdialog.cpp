// GUI tests of the archive flow's dialogs: the blocker dialog (domain.md §7 worked example 4), its "Open" and
// "Check again", the confirmation (worked example 1) and the ArchiveController that runs the whole flow offline.
// Widgets are found by objectName; the modal confirmation is answered through the Dialogs seam.
#include "domain/archiveplanner.h"
#include "storage/storageaccess.h"
#include "archivecontroller.h"
#include "blockerdialog.h"
#include "dialogs.h"
#include "guitest.h"
#include "interchange/interchange.h"
#include "storage/deletionjobs.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_BlockerDialog : public QObject, protected GuiTest::WorkspaceFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void example4SectionsAndRows();
    void openEmitsRecordIds();
    void checkAgainAfterRemovingBlockers();
    void confirmationTextForExample1();
    void controllerArchivesAfterConfirmation();
    void controllerBlockedThenCheckAgainConfirms();
    void controllerCloseEndsFlow();

private:
    void importFixture(const QString &name);
    ArchivePlan plan(const QString &id = u"a"_s);
    static QStringList texts(QWidget *box, const QString &labelName);
    static QWidget *row(QWidget *dialog, const QString &groupName, int index);
    void removeBlockersOfExample4();
    static void saveShot(QWidget *widget, const QString &name);

    std::unique_ptr<Dialogs> m_dialogs;
    std::unique_ptr<QWidget> m_parent;
};

void tst_BlockerDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_BlockerDialog::init()
{
    startWorkspaceTest();
    if (QTest::currentTestFailed())
        return;
    m_dialogs = std::make_unique<Dialogs>();
    m_dialogs->setTestMode(true);
    m_parent = std::make_unique<QWidget>();
}

void tst_BlockerDialog::cleanup()
{
    m_parent.reset();
    m_dialogs.reset();
    stopWorkspace();
}

void tst_BlockerDialog::importFixture(const QString &name)
{
    const Status s = Interchange::importInto(*m_ws, TestSupport::fixture(u"archive/"_s + name));
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().details.join(u'\n')));
}

ArchivePlan tst_BlockerDialog::plan(const QString &id)
{
    Result<ArchivePlan> p = planArchive(m_ws->exportData(), id);
    if (!p) {
        qWarning("planArchive failed: %s", qPrintable(p.error().message));
        return {};
    }
    return p.value();
}

QStringList tst_BlockerDialog::texts(QWidget *box, const QString &labelName)
{
    QStringList out;
    for (QLabel *label : box->findChildren<QLabel *>(labelName))
        out << label->text();
    return out;
}

QWidget *tst_BlockerDialog::row(QWidget *dialog, const QString &groupName, int index)
{
    auto *box = dialog->findChild<QGroupBox *>(groupName);
    if (!box)
        return nullptr;
    return box->findChildren<QWidget *>(u"blockerRow"_s).value(index);
}

void tst_BlockerDialog::removeBlockersOfExample4()
{
    // The editing API for experiments and pipelines is not part of this unit; change the records directly:
    // remove node "Answer" from the working "Triage flow" (clears rows 1 and 2) and unpublish "Sales bot" v1 (row 3).
    QVERIFY(StorageAccess::database(*m_ws).change(u"DELETE FROM pipeline_nodes WHERE pipeline_id = ? AND node_id = ?"_s,
                                    {u"p-triage"_s, u"n-answer"_s}).ok());
    QVERIFY(StorageAccess::database(*m_ws).change(u"UPDATE experiments SET published = 0 WHERE id = ?"_s, {u"e-sales-v1"_s}).ok());
}

void tst_BlockerDialog::saveShot(QWidget *widget, const QString &name)
{
    // Screenshots for a human look: ADESK_SCREENSHOT_DIR=/tmp ctest -R tst_blockerdialog
    const QString dir = qEnvironmentVariable("ADESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(dir + u"/shot-"_s + name + u".png"_s));
}

void tst_BlockerDialog::example4SectionsAndRows()
{
    importFixture(u"example4.json"_s);
    BlockerDialog dialog(*m_ws, plan());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    saveShot(&dialog, u"blocker"_s);

    QCOMPARE(dialog.windowTitle(), u"Cannot archive “Helpdesk”"_s);
    QCOMPARE(dialog.findChild<QLabel *>(u"explanationLabel"_s)->text(),
             u"This assistant or one of its versions is still in use. Resolve each item below, then check again."_s);
    QVERIFY(!dialog.isModal());

    QVERIFY(!dialog.findChild<QGroupBox *>(u"experimentsGroupBox"_s));
    auto *pipelines = dialog.findChild<QGroupBox *>(u"pipelinesGroupBox"_s);
    auto *referencing = dialog.findChild<QGroupBox *>(u"experimentsReferencingPipelineGroupBox"_s);
    QVERIFY(pipelines && referencing);
    QVERIFY(pipelines->isVisible() && referencing->isVisible());
    QCOMPARE(pipelines->title(), u"Pipelines"_s);
    QCOMPARE(referencing->title(), u"Experiments Referencing Pipeline"_s);
    QVERIFY(pipelines->y() < referencing->y());

    QCOMPARE(texts(pipelines, u"rowLabel"_s), QStringList{u"Triage flow · working"_s});
    QCOMPARE(texts(pipelines, u"detailLabel"_s), QStringList{u"1 Assistant node uses Helpdesk (working)"_s});
    QCOMPARE(texts(referencing, u"rowLabel"_s),
             (QStringList{u"Sales bot · unreleased"_s, u"Sales bot · v1 [published]"_s}));
    QCOMPARE(texts(referencing, u"detailLabel"_s),
             (QStringList{u"uses pipeline Triage flow · working, which uses Helpdesk (working)"_s,
                          u"uses pipeline Triage flow · v1, which uses Helpdesk v1"_s}));
    QCOMPARE(dialog.findChildren<QPushButton *>(u"openButton"_s).size(), 3);
    QCOMPARE(dialog.findChild<QPushButton *>(u"checkAgainButton"_s)->text(), u"Check again"_s);
    QCOMPARE(dialog.findChild<QPushButton *>(u"closeButton"_s)->text(), u"Close"_s);
}

void tst_BlockerDialog::openEmitsRecordIds()
{
    importFixture(u"example4.json"_s);
    BlockerDialog dialog(*m_ws, plan());
    dialog.show();
    QSignalSpy pipelineSpy(&dialog, &BlockerDialog::openPipeline);
    QSignalSpy experimentSpy(&dialog, &BlockerDialog::openExperiment);

    QTest::mouseClick(row(&dialog, u"pipelinesGroupBox"_s, 0)->findChild<QPushButton *>(u"openButton"_s),
                      Qt::LeftButton);
    QCOMPARE(pipelineSpy.size(), 1);
    QCOMPARE(pipelineSpy.at(0).at(0).toString(), u"p-triage"_s);
    QCOMPARE(pipelineSpy.at(0).at(1).toStringList(), QStringList{u"n-answer"_s});

    QTest::mouseClick(row(&dialog, u"experimentsReferencingPipelineGroupBox"_s, 0)->findChild<QPushButton *>(u"openButton"_s),
                      Qt::LeftButton);
    QTest::mouseClick(row(&dialog, u"experimentsReferencingPipelineGroupBox"_s, 1)->findChild<QPushButton *>(u"openButton"_s),
                      Qt::LeftButton);
    QCOMPARE(experimentSpy.size(), 2);
    QCOMPARE(experimentSpy.at(0).at(0).toString(), u"e-sales"_s);
    QCOMPARE(experimentSpy.at(1).at(0).toString(), u"e-sales-v1"_s);
    QVERIFY(dialog.isVisible());   // "Open" keeps the dialog available for the next row
}

void tst_BlockerDialog::checkAgainAfterRemovingBlockers()
{
    importFixture(u"example4.json"_s);
    BlockerDialog dialog(*m_ws, plan());
    dialog.show();
    QSignalSpy nothingSpy(&dialog, &BlockerDialog::nothingBlocks);
    auto *checkAgain = dialog.findChild<QPushButton *>(u"checkAgainButton"_s);

    // Still blocked: the dialog stays, with the same rows and a note.
    QTest::mouseClick(checkAgain, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(nothingSpy.size(), 0);
    QCOMPARE(dialog.findChild<QLabel *>(u"statusLabel"_s)->text(), u"Checked again: 3 items still block archiving."_s);

    // Remove node "Answer": the Pipelines section and the unreleased row go away.
    QVERIFY(StorageAccess::database(*m_ws).change(u"DELETE FROM pipeline_nodes WHERE pipeline_id = ? AND node_id = ?"_s,
                                    {u"p-triage"_s, u"n-answer"_s}).ok());
    QTest::mouseClick(checkAgain, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.findChild<QGroupBox *>(u"pipelinesGroupBox"_s));
    auto *referencing = dialog.findChild<QGroupBox *>(u"experimentsReferencingPipelineGroupBox"_s);
    QVERIFY(referencing);
    QCOMPARE(texts(referencing, u"rowLabel"_s), QStringList{u"Sales bot · v1 [published]"_s});
    QCOMPARE(dialog.findChild<QLabel *>(u"statusLabel"_s)->text(), u"Checked again: 1 item still blocks archiving."_s);

    // Unpublish "Sales bot" v1: nothing blocks; the dialog closes and hands over to the confirmation.
    QVERIFY(StorageAccess::database(*m_ws).change(u"UPDATE experiments SET published = 0 WHERE id = ?"_s, {u"e-sales-v1"_s}).ok());
    QTest::mouseClick(checkAgain, Qt::LeftButton);
    QCOMPARE(nothingSpy.size(), 1);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.plan().archivable());
    QCOMPARE(dialog.plan().autoArchivedExperimentRows(),
             (QStringList{u"Sales bot · v1"_s, u"Sales bot · v2"_s}));
}

void tst_BlockerDialog::confirmationTextForExample1()
{
    importFixture(u"example1.json"_s);
    ArchiveController controller(*m_ws, *m_dialogs, nullptr, m_parent.get());
    QSignalSpy finishedSpy(&controller, &ArchiveController::finished);
    m_dialogs->setNextAnswer(Dialogs::Cancel);
    controller.start(u"a"_s);

    QVERIFY(!controller.blockerDialog());
    QCOMPARE(finishedSpy.size(), 1);
    QCOMPARE(finishedSpy.at(0).at(0).toBool(), false);
    QCOMPARE(m_dialogs->history().size(), 1);
    const Dialogs::Record &asked = m_dialogs->history().constLast();
    QCOMPARE(asked.kind, u"confirm"_s);
    QCOMPARE(asked.title, u"Archive “Helpdesk”?"_s);
    QCOMPARE(asked.text, u"This archives the assistant and its 2 versions and deletes them in OpenAI: 3 assistants, "
                         "3 vector stores, 1 file."_s);
    QCOMPARE(asked.details,
             (QStringList{u"These released experiment versions will be archived too: Support bot · v1"_s,
                          u"You are offline; the deletion in OpenAI will run when you are back online."_s}));
    // Cancel changes nothing.
    QVERIFY(!m_ws->assistant(u"a"_s)->archived);
    QVERIFY(DeletionJobs::list(*m_ws).isEmpty());
}

void tst_BlockerDialog::controllerArchivesAfterConfirmation()
{
    importFixture(u"example1.json"_s);
    ArchiveController controller(*m_ws, *m_dialogs, nullptr, m_parent.get());
    QSignalSpy archivedSpy(&controller, &ArchiveController::archived);
    QSignalSpy finishedSpy(&controller, &ArchiveController::finished);
    m_dialogs->setNextAnswer(Dialogs::Yes);
    controller.start(u"a"_s);

    QCOMPARE(finishedSpy.size(), 1);
    QCOMPARE(finishedSpy.at(0).at(0).toBool(), true);
    QCOMPARE(archivedSpy.size(), 1);
    QCOMPARE(archivedSpy.at(0).at(0).toString(), u"a"_s);
    const QStringList jobIds = archivedSpy.at(0).at(1).toStringList();
    QCOMPARE(jobIds.size(), 7);   // 3 assistants, 3 vector stores, 1 file
    for (const QString &id : {u"a"_s, u"a-v1"_s, u"a-v2"_s})
        QVERIFY(m_ws->assistant(id)->archived);
    // Offline: every job waits.
    for (const DeletionJob &job : DeletionJobs::list(*m_ws))
        QCOMPARE(job.state, u"pending"_s);
}

void tst_BlockerDialog::controllerBlockedThenCheckAgainConfirms()
{
    importFixture(u"example4.json"_s);
    ArchiveController controller(*m_ws, *m_dialogs, nullptr, m_parent.get());
    QSignalSpy experimentSpy(&controller, &ArchiveController::openExperiment);
    QSignalSpy pipelineSpy(&controller, &ArchiveController::openPipeline);
    QSignalSpy finishedSpy(&controller, &ArchiveController::finished);
    controller.start(u"a"_s);

    BlockerDialog *dialog = controller.blockerDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(controller.isRunning());
    QVERIFY(m_dialogs->history().isEmpty());   // no confirmation while blocked

    QTest::mouseClick(row(dialog, u"pipelinesGroupBox"_s, 0)->findChild<QPushButton *>(u"openButton"_s), Qt::LeftButton);
    QTest::mouseClick(row(dialog, u"experimentsReferencingPipelineGroupBox"_s, 1)->findChild<QPushButton *>(u"openButton"_s),
                      Qt::LeftButton);
    QCOMPARE(pipelineSpy.size(), 1);
    QCOMPARE(experimentSpy.size(), 1);
    QCOMPARE(experimentSpy.at(0).at(0).toString(), u"e-sales-v1"_s);

    removeBlockersOfExample4();
    m_dialogs->setNextAnswer(Dialogs::Yes);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"checkAgainButton"_s), Qt::LeftButton);
    QCOMPARE(finishedSpy.size(), 1);
    QCOMPARE(finishedSpy.at(0).at(0).toBool(), true);
    QCOMPARE(m_dialogs->history().constLast().details.value(0),
             u"These released experiment versions will be archived too: Sales bot · v1, Sales bot · v2"_s);
    QVERIFY(m_ws->assistant(u"a"_s)->archived);
    QVERIFY(!DeletionJobs::list(*m_ws, u"a"_s).isEmpty());
}

void tst_BlockerDialog::controllerCloseEndsFlow()
{
    importFixture(u"example4.json"_s);
    ArchiveController controller(*m_ws, *m_dialogs, nullptr, m_parent.get());
    QSignalSpy finishedSpy(&controller, &ArchiveController::finished);
    controller.start(u"a"_s);
    QVERIFY(controller.blockerDialog());
    QTest::mouseClick(controller.blockerDialog()->findChild<QPushButton *>(u"closeButton"_s), Qt::LeftButton);
    QCOMPARE(finishedSpy.size(), 1);
    QCOMPARE(finishedSpy.at(0).at(0).toBool(), false);
    QVERIFY(!controller.isRunning());
    QVERIFY(!m_ws->assistant(u"a"_s)->archived);
}

QTEST_MAIN(tst_BlockerDialog)
#include "tst_blockerdialog.moc"
