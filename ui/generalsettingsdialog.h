// Settings → General (ui.md): "Concurrent requests" (1–32, default 8; Check all and the client's request limit),
// "Request timeout" (seconds, default 60; domain.md §5.6) and "Language" (System default / English / Deutsch). The
// theme follows the system and is only described. Save writes GeneralSettings (QSettings, never the API key) and
// emits saved(); a changed language shows "Takes effect after restarting Assistant Desk." next to the field.
// Object names: concurrencySpin, timeoutSpin, languageCombo, languageNote, generalSettingsButtons.
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

class GeneralSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GeneralSettingsDialog(QWidget *parent = nullptr);

    /// Writes the fields to GeneralSettings (also the Save button's action) and emits saved().
    void save();
    /// The language chosen in the combo ("" for the system default).
    QString chosenLanguage() const;

signals:
    void saved();

private:
    void updateLanguageNote();

    QString m_startLanguage;   // the language the app runs with (GeneralSettings::startupLanguage)
    QSpinBox *m_concurrencySpin = nullptr;
    QSpinBox *m_timeoutSpin = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QLabel *m_languageNote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
