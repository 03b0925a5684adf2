// MainWindow's Settings → General: opens the GeneralSettingsDialog and hands the saved concurrency and timeout to the
// app's OpenAiClient at once (the language takes effect after a restart).
#include "mainwindow.h"

#include "generalsettings.h"
#include "generalsettingsdialog.h"
#include "openai/openaiclient.h"

#include <QAction>
#include <QStatusBar>

QAction *MainWindow::createGeneralSettingsAction()
{
    auto *action = new QAction(tr("&General…"), this);
    action->setObjectName(QStringLiteral("generalSettingsAction"));
    action->setToolTip(tr("Concurrent requests, request timeout and language"));
    action->setMenuRole(QAction::PreferencesRole);
    connect(action, &QAction::triggered, this, &MainWindow::showGeneralSettings);
    return action;
}

void MainWindow::showGeneralSettings()
{
    if (auto *open = findChild<GeneralSettingsDialog *>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new GeneralSettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &GeneralSettingsDialog::saved, this, [this] {
        if (OpenAi::OpenAiClient *client = m_sync->client())
            GeneralSettings::applyTo(*client);
        statusBar()->showMessage(tr("Settings saved."), 5000);
    });
    dialog->show();
}
