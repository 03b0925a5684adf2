#include "generalsettingscontroller.h"

#include "actionregistry.h"
#include "generalsettings.h"
#include "generalsettingsdialog.h"
#include "nonmodal.h"
#include "openai/openaiclient.h"
#include "synccontroller.h"

GeneralSettingsController::GeneralSettingsController(ActionRegistry &actions, SyncController *sync, QWidget *window)
    : QObject(window), m_sync(sync), m_window(window)
{
    QAction *action = actions.add(ActionRegistry::Section::Settings,
                                  {.objectName = QStringLiteral("generalSettingsAction"),
                                   .text = tr("&General…"),
                                   .shortcuts = ActionRegistry::keys(Qt::CTRL | Qt::SHIFT | Qt::Key_Comma),
                                   .toolTip = tr("Concurrent requests, request timeout and language"),
                                   .menuRole = QAction::PreferencesRole},
                                  this);
    connect(action, &QAction::triggered, this, &GeneralSettingsController::showGeneralSettings);
}

void GeneralSettingsController::showGeneralSettings()
{
    NonModal::raiseOrOpen(m_dialog, [this] {
        auto *dialog = new GeneralSettingsDialog(m_window);
        dialog->setWindowModality(Qt::WindowModal);
        connect(dialog, &GeneralSettingsDialog::saved, this, [this] {
            if (OpenAi::OpenAiClient *client = m_sync->client())
                GeneralSettings::applyTo(*client);
            emit statusMessage(tr("Settings saved."), 5000);
        });
        return dialog;
    });
}
