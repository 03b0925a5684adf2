// Settings → General…: its action and the GeneralSettingsDialog, one at a time. Saved concurrency and timeout go to
// the app's OpenAiClient at once (the language takes effect after a restart).
#pragma once

#include <QObject>
#include <QPointer>

class ActionRegistry;
class GeneralSettingsDialog;
class QWidget;
class SyncController;

class GeneralSettingsController : public QObject
{
    Q_OBJECT
public:
    /// The dialog opens on `window`, which owns the controller.
    GeneralSettingsController(ActionRegistry &actions, SyncController *sync, QWidget *window);

    void showGeneralSettings();

signals:
    void statusMessage(const QString &text, int timeoutMs);

private:
    SyncController *m_sync = nullptr;
    QWidget *m_window = nullptr;
    QPointer<GeneralSettingsDialog> m_dialog;
};
