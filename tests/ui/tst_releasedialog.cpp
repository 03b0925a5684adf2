// The Release dialog (domain.md §6): what it shows before a release, "Publish this version" (hidden on the first
// release, ticked by default later), "Not available offline" only when assistants must be created, the steps and
// the result of a release against the fake server, and the §6 message when it fails.
#include "fakeserverfixture.h"
#include "guitest.h"
#include "interchange/interchange.h"
#include "openai/connection.h"
#include "openai/openaiclient.h"
#include "releasecontroller.h"
#include "releasedialog.h"
#include "storage/workspace.h"
#include "synccontroller.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {
const char WorkspaceJson[] = R"({"format": "assistant-desk-workspace", "format_version": 1,
  "files": [{"id": "f-faq", "name": "faq.txt", "size": 5, "content_base64": "UTogPwo="}],
  "assistants": [{"id": "a-help", "name": "Helpdesk", "model": "gpt-4o", "builtin_tools": ["file_search"],
                  "files": {"file_search": ["f-faq"]}}],
  "experiments": [{"id": "e-bot", "name": "Clinic bot", "assistant": "a-help"}, {"id": "e-plain", "name": "Plain bot"}]})";
} // namespace

using GuiTest::child;

class tst_ReleaseDialog : public QObject, protected FakeServerFixture
{
    Q_OBJECT

private:
    Experiment experiment(const QString &id) const
    {
        for (const auto &e : m_ws->experiments())
            if (e.id == id)
                return e;
        return {};
    }

    /// Clicks Release and waits for the result.
    static bool releaseAndWait(ReleaseDialog &dialog)
    {
        QSignalSpy finished(&dialog, &ReleaseDialog::finishedRelease);
        QTest::mouseClick(child<QPushButton>(&dialog, "releaseButton"), Qt::LeftButton);
        return !finished.isEmpty() || finished.wait(20000);   // a release without requests may finish at once
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        startWithWorkspace(QStringLiteral("ui.adesk"), {.timeout = std::chrono::milliseconds(0), .recordWaits = false}, false);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(Interchange::importInto(*m_ws, QByteArray(WorkspaceJson)));
    }

    void cleanup() { stop(); }

    void offlineDisablesOnlyWhenAssistantsMustBeCreated()
    {
        ReleaseDialog dialog(m_ws.get(), m_client.get(), false, QStringLiteral("e-bot"));
        dialog.show();
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Release “Clinic bot”"));
        QVERIFY(dialog.needsConnection());
        QVERIFY(!child<QPushButton>(&dialog, "releaseButton")->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "releaseOfflineLabel")->isVisible());
        QCOMPARE(child<QLabel>(&dialog, "releaseOfflineLabel")->text(), QStringLiteral("Not available offline"));
        QCOMPARE(child<QListWidget>(&dialog, "releasePlanList")->item(0)->text(), QStringLiteral("Helpdesk → Helpdesk v1"));
        // First release: always published, no choice shown.
        QVERIFY(!child<QCheckBox>(&dialog, "releasePublishCheck")->isVisible());
        QVERIFY(child<QLabel>(&dialog, "releaseFirstLabel")->isVisible());
        dialog.setOnline(true);
        QVERIFY(child<QPushButton>(&dialog, "releaseButton")->isEnabled());
        QVERIFY(!child<QLabel>(&dialog, "releaseOfflineLabel")->isVisible());

        // No assistants to create: works offline, sends nothing.
        ReleaseDialog plain(m_ws.get(), nullptr, false, QStringLiteral("e-plain"));
        plain.show();
        QVERIFY(!plain.needsConnection());
        QVERIFY(child<QPushButton>(&plain, "releaseButton")->isEnabled());
        QVERIFY(!child<QLabel>(&plain, "releaseOfflineLabel")->isVisible());
        QVERIFY(releaseAndWait(plain));
        QCOMPARE(plain.resultText(), QStringLiteral("Released v1 [published]."));
        QCOMPARE(plain.stage(), ReleaseDialog::Stage::Done);
        QVERIFY(m_server->requests().isEmpty());
    }

    void releaseShowsStepsAndAsksToPublishLater()
    {
        {
            ReleaseDialog dialog(m_ws.get(), m_client.get(), true, QStringLiteral("e-bot"));
            dialog.show();
            QVERIFY(releaseAndWait(dialog));
            QVERIFY2(dialog.outcome() && dialog.outcome()->ok, qPrintable(dialog.resultText()));
            QCOMPARE(dialog.resultText(), QStringLiteral("Released v1 [published]."));
            const QStringList rows = dialog.stepRows();
            QVERIFY2(rows.contains(QStringLiteral("✓ Create assistant “Helpdesk v1”")), qPrintable(rows.join(QLatin1Char('\n'))));
            QVERIFY(rows.contains(QStringLiteral("✓ Create vector store “Helpdesk v1 - File Search” with 1 file")));
            QCOMPARE(rows.last(), QStringLiteral("✓ Save the release"));
            QCOMPARE(child<QPushButton>(&dialog, "releaseCancelButton")->text(), QStringLiteral("Close"));
        }
        // Later releases: "Publish this version", ticked by default; unticked → not published.
        ReleaseDialog second(m_ws.get(), m_client.get(), true, QStringLiteral("e-bot"));
        second.show();
        auto *publish = child<QCheckBox>(&second, "releasePublishCheck");
        QVERIFY(publish->isVisible());
        QVERIFY(publish->isChecked());
        QCOMPARE(child<QListWidget>(&second, "releasePlanList")->item(0)->text(), QStringLiteral("Helpdesk → Helpdesk v2"));
        publish->setChecked(false);
        QVERIFY(releaseAndWait(second));
        QCOMPARE(second.resultText(), QStringLiteral("Released v2."));
        QVERIFY(!experiment(second.outcome()->records->experimentVersion.id).published);
    }

    void controllerOpensOneDialogAndReportsTheRelease()
    {
        QWidget window;
        SyncController sync(SyncServices{});   // no server features: offline
        sync.setWorkspace(m_ws.get());
        ReleaseController controller(&sync, &window);
        QSignalSpy released(&controller, &ReleaseController::released);
        controller.release(QStringLiteral("e-bot"));
        QPointer<ReleaseDialog> dialog = controller.dialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->parentWidget(), &window);
        QVERIFY(!dialog->canRelease());   // Helpdesk must be created in OpenAI: not offline
        controller.release(QStringLiteral("e-plain"));
        QCOMPARE(controller.dialog(), dialog.data());   // one at a time
        dialog->close();
        QTRY_VERIFY(!dialog);

        controller.release(QStringLiteral("e-plain"));
        QVERIFY(controller.dialog());
        QVERIFY(releaseAndWait(*controller.dialog()));
        QCOMPARE(released.size(), 1);
        QCOMPARE(released.first().at(0).toString(), QStringLiteral("e-plain"));
        QVERIFY(experiment(released.first().at(1).toString()).published);
        controller.dialog()->close();
    }

    void failureShowsTheReleaseMessage()
    {
        m_server->failNext("POST", QStringLiteral("^/assistants$"), 1, 400);
        ReleaseDialog dialog(m_ws.get(), m_client.get(), true, QStringLiteral("e-bot"));
        dialog.show();
        QVERIFY(releaseAndWait(dialog));
        QVERIFY(dialog.resultText().startsWith(QStringLiteral("Release failed: ")));
        QVERIFY(dialog.resultText().endsWith(QStringLiteral("Nothing was released.")));
        const QStringList rows = dialog.stepRows();
        QVERIFY2(rows.contains(QStringLiteral("✕ Create assistant “Helpdesk v1”")), qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY(rows.last().startsWith(QStringLiteral("✓ Delete vector store vs_")));
        QVERIFY(m_server->vectorStores().isEmpty());
        QVERIFY(m_ws->versions(QStringLiteral("a-help")).isEmpty());
    }
};

QTEST_MAIN(tst_ReleaseDialog)
#include "tst_releasedialog.moc"
