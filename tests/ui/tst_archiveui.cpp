// The Archive… action in the real main window: the blocker dialog appears for a referenced assistant, its "Open"
// selects the experiment in the main window, and an unreferenced assistant is archived after the confirmation.
#include "assistantlistmodel.h"
#include "blockerdialog.h"
#include "demo/demoworkspace.h"
#include "dialogs.h"
#include "experimentlistmodel.h"
#include "guitest.h"
#include "mainwindow.h"
#include "storage/deletionjobs.h"
#include "storage/workspace.h"
#include "testsupport.h"

#include <QAction>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

class tst_ArchiveUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Dialogs m_dialogs;

    /// Shows `w` with the demo workspace and selects the assistant `name`; waits until Archive… is enabled.
    void openAndSelect(MainWindow &w, const QString &name)
    {
        w.show();
        w.openWorkspace(m_dir.filePath(QStringLiteral("demo.adesk")));
        GuiTest::clickRow(GuiTest::child<QTreeView>(&w, QStringLiteral("assistantView")), name, AssistantListModel::NameColumn);
        QTRY_VERIFY(w.findChild<QAction *>(QStringLiteral("archiveAction"))->isEnabled());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString path = m_dir.filePath(QStringLiteral("demo.adesk"));
        auto ws = Workspace::open(path);
        QVERIFY(ws && Demo::populate(*ws.value()));
    }

    void blockedArchiveOpensTheExperiment()
    {
        MainWindow w(&m_dialogs);
        openAndSelect(w, QStringLiteral("Helpdesk"));
        w.findChild<QAction *>(QStringLiteral("archiveAction"))->trigger();
        BlockerDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<BlockerDialog *>()) && dialog->isVisible());
        QVERIFY(dialog->windowTitle().contains(QStringLiteral("Helpdesk")) || !dialog->findChildren<QWidget *>().isEmpty());
        QWidget *row = nullptr;
        for (QWidget *r : dialog->findChildren<QWidget *>(QStringLiteral("blockerRow")))
            if (r->property("recordId").toString() == QLatin1String("demo-e-support-v2"))
                row = r;
        QVERIFY(row);
        QTest::mouseClick(row->findChild<QPushButton *>(QStringLiteral("openButton")), Qt::LeftButton);
        auto *experiments = w.findChild<QTreeView *>(QStringLiteral("experimentListView"));
        QTRY_VERIFY(experiments->isVisible());
        QCOMPARE(experiments->currentIndex().data(ExperimentListModel::IdRole).toString(), QStringLiteral("demo-e-support-v2"));
        QVERIFY(dialog->isVisible());   // still there to fix the next row
    }

    void unreferencedAssistantIsArchivedAfterConfirmation()
    {
        MainWindow w(&m_dialogs);
        openAndSelect(w, QStringLiteral("Onboarding guide (draft)"));
        m_dialogs.setNextAnswer(Dialogs::Yes);
        w.findChild<QAction *>(QStringLiteral("archiveAction"))->trigger();
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("demo.adesk")));
        QVERIFY(ws);
        QTRY_VERIFY(ws.value()->assistant(QStringLiteral("demo-onboarding"))->archived);
    }
};

QTEST_MAIN(tst_ArchiveUi)
#include "tst_archiveui.moc"
