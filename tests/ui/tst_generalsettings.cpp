// Settings → General (ui.md; domain.md §4 "configurable 1–32", §5.6 timeout): the dialog stores concurrent requests,
// timeout and language in QSettings, and the concurrency reaches the OpenAiClient and Check all.
#include "dialogs.h"
#include "fakeserver.h"
#include "generalsettings.h"
#include "generalsettingsdialog.h"
#include "mainwindow.h"
#include "openai/connection.h"
#include "openai/openaiclient.h"
#include "secrets/secretstore.h"
#include "storage/workspace.h"
#include "sync/syncengine.h"
#include "synccontroller.h"
#include "testwait.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using TestWait::run;

class tst_GeneralSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"assistant-desk-tests"_s);
        QCoreApplication::setApplicationName(u"tst_generalsettings"_s);
        qunsetenv("OPENAI_API_KEY");
    }
    void init() { QSettings().clear(); }

    void defaultsStoredValuesAndClamping()
    {
        QCOMPARE(GeneralSettings::concurrency(), 8);
        QCOMPARE(GeneralSettings::timeoutSeconds(), 60);
        QCOMPARE(GeneralSettings::language(), QString());
        QSettings().setValue(u"general/concurrency"_s, 99);
        QCOMPARE(GeneralSettings::concurrency(), 32);
        QSettings().setValue(u"general/concurrency"_s, 0);
        QCOMPARE(GeneralSettings::concurrency(), 1);
        QSettings().setValue(u"general/concurrency"_s, u"many"_s);
        QCOMPARE(GeneralSettings::concurrency(), 8);
        QSettings().setValue(u"general/language"_s, u"xx"_s);
        QCOMPARE(GeneralSettings::language(), QString());

        GeneralSettings::setConcurrency(5);
        GeneralSettings::setTimeoutSeconds(45);
        QNetworkAccessManager nam;
        OpenAi::OpenAiClient client(&nam);
        GeneralSettings::applyTo(client);
        QCOMPARE(client.concurrency(), 5);
        QCOMPARE(client.options().timeout, std::chrono::milliseconds(45000));
    }

    void dialogShowsAndSavesTheSettings()
    {
        {
            GeneralSettingsDialog dialog;
            dialog.show();
            auto *concurrency = dialog.findChild<QSpinBox *>(u"concurrencySpin"_s);
            auto *timeout = dialog.findChild<QSpinBox *>(u"timeoutSpin"_s);
            auto *language = dialog.findChild<QComboBox *>(u"languageCombo"_s);
            auto *note = dialog.findChild<QLabel *>(u"languageNote"_s);
            QCOMPARE(concurrency->value(), 8);
            QCOMPARE(concurrency->minimum(), 1);
            QCOMPARE(concurrency->maximum(), 32);
            QCOMPARE(timeout->value(), 60);
            QCOMPARE(language->count(), 3);
            QCOMPARE(language->itemText(0), u"System default"_s);
            QCOMPARE(language->itemText(1), u"English"_s);
            QCOMPARE(language->itemText(2), u"Deutsch"_s);
            QCOMPARE(language->currentIndex(), 0);
            QVERIFY(!note->isVisible());

            concurrency->setValue(3);
            timeout->setValue(30);
            language->setCurrentIndex(2);
            QVERIFY(note->isVisible());
            QCOMPARE(note->text(), u"Takes effect after restarting Assistant Desk."_s);
            QSignalSpy saved(&dialog, &GeneralSettingsDialog::saved);
            QTest::mouseClick(dialog.findChild<QDialogButtonBox *>(u"generalSettingsButtons"_s)
                                  ->button(QDialogButtonBox::Save),
                              Qt::LeftButton);
            QCOMPARE(saved.size(), 1);
            QVERIFY(!dialog.isVisible());
        }
        QCOMPARE(GeneralSettings::concurrency(), 3);
        QCOMPARE(GeneralSettings::timeoutSeconds(), 30);
        QCOMPARE(GeneralSettings::language(), u"de"_s);
        QCOMPARE(QSettings().value(u"general/language"_s).toString(), u"de"_s);
        QCOMPARE(QSettings().allKeys().size(), 3);   // nothing else (never the API key)

        GeneralSettingsDialog again;
        QCOMPARE(again.findChild<QSpinBox *>(u"concurrencySpin"_s)->value(), 3);
        QCOMPARE(again.findChild<QComboBox *>(u"languageCombo"_s)->currentData().toString(), u"de"_s);
        // Back to the system default removes the key; Cancel changes nothing.
        again.findChild<QComboBox *>(u"languageCombo"_s)->setCurrentIndex(0);
        again.findChild<QSpinBox *>(u"concurrencySpin"_s)->setValue(20);
        again.reject();
        QCOMPARE(GeneralSettings::concurrency(), 3);
        again.save();
        QVERIFY(!QSettings().contains(u"general/language"_s));
        QCOMPARE(GeneralSettings::concurrency(), 20);
    }

    void concurrencyReachesClientAndCheckAll()
    {
        QTemporaryDir dir;
        FakeOpenAiServer server;
        QVERIFY(server.listen());
        TestWait::RecordingSleeper sleeper;
        QNetworkAccessManager nam;
        OpenAi::OpenAiClient client(&nam);
        client.setSleeper(&sleeper);
        MemorySecretStore secrets;
        const QString path = dir.filePath(u"general.adesk"_s);
        {
            auto ws = Workspace::open(path);
            QVERIFY(ws);
            const auto connection = OpenAi::Connection::make(server.baseUrl()).value();
            QVERIFY(connection.save(*ws.value()));
            QVERIFY(run(secrets.write(connection.keychainAccount(), server.apiKey())));
            server.seed(8);
            client.setConnection(connection);
            client.setApiKey(server.apiKey());
            SyncEngine engine(*ws.value(), client);
            QVERIFY(run(engine.importAll()));
        }

        Dialogs dialogs;
        dialogs.setTestMode(true);
        MainWindow window(&dialogs, SyncServices{&nam, &client, &secrets});
        window.show();
        QVERIFY(window.openWorkspace(path));
        QTRY_COMPARE(window.syncController()->mode(), SyncController::Mode::Online);

        // Settings → General: 2 concurrent requests, at once for the client.
        window.findChild<QAction *>(u"generalSettingsAction"_s)->trigger();
        auto *dialog = window.findChild<GeneralSettingsDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QSpinBox *>(u"concurrencySpin"_s)->setValue(2);
        dialog->findChild<QSpinBox *>(u"timeoutSpin"_s)->setValue(20);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(u"generalSettingsButtons"_s)
                              ->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QCOMPARE(client.concurrency(), 2);
        QCOMPARE(client.options().timeout, std::chrono::milliseconds(20000));

        // Check all runs at most 2 checks at a time (not only 2 requests: the engine starts no more checks).
        SyncEngine *engine = window.syncController()->engine();
        QVERIFY(engine);
        int running = 0, most = 0;
        connect(engine, &SyncEngine::checkStarted, this, [&] { most = std::max(most, ++running); });
        connect(engine, &SyncEngine::checkFinished, this, [&] { --running; });
        server.setLatency(50);
        std::optional<CheckAllSummary> summary;
        connect(window.syncController(), &SyncController::checkAllFinished, this,
                [&summary](const CheckAllSummary &s) { summary = s; });
        window.findChild<QAction *>(u"checkAllAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(summary.has_value(), 20000);
        QCOMPARE(summary->inSync, 8);
        QCOMPARE(most, 2);
    }
};

QTEST_MAIN(tst_GeneralSettings)
#include "tst_generalsettings.moc"
