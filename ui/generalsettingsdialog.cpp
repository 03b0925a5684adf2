#include "generalsettingsdialog.h"

#include "generalsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

GeneralSettingsDialog::GeneralSettingsDialog(QWidget *parent)
    : QDialog(parent), m_startLanguage(GeneralSettings::startupLanguage())
{
    setObjectName(u"generalSettingsDialog"_s);
    setWindowTitle(tr("General settings"));

    m_concurrencySpin = new QSpinBox(this);
    m_concurrencySpin->setObjectName(u"concurrencySpin"_s);
    m_concurrencySpin->setRange(GeneralSettings::MinConcurrency, GeneralSettings::MaxConcurrency);
    m_concurrencySpin->setValue(GeneralSettings::concurrency());
    m_concurrencySpin->setToolTip(tr("How many requests run at once, for Check all and every other server action "
                                     "(1–32)"));

    m_timeoutSpin = new QSpinBox(this);
    m_timeoutSpin->setObjectName(u"timeoutSpin"_s);
    m_timeoutSpin->setRange(GeneralSettings::MinTimeoutSeconds, GeneralSettings::MaxTimeoutSeconds);
    m_timeoutSpin->setSuffix(tr(" s"));
    m_timeoutSpin->setValue(GeneralSettings::timeoutSeconds());
    m_timeoutSpin->setToolTip(tr("How long one request may wait for an answer before it is retried; uploads time out "
                                 "only without progress"));

    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(u"languageCombo"_s);
    const QStringList codes = GeneralSettings::languages();
    const QStringList names{tr("System default"), tr("English"), tr("Deutsch")};
    for (qsizetype i = 0; i < codes.size(); ++i)
        m_languageCombo->addItem(names.value(i), codes.at(i));
    m_languageCombo->setCurrentIndex(std::max(0, m_languageCombo->findData(GeneralSettings::language())));

    m_languageNote = new QLabel(tr("Takes effect after restarting Assistant Desk."), this);
    m_languageNote->setObjectName(u"languageNote"_s);
    m_languageNote->setForegroundRole(QPalette::PlaceholderText);

    auto *theme = new QLabel(tr("The theme follows the system's light or dark palette."), this);
    theme->setWordWrap(true);
    theme->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Concurrent requests:"), m_concurrencySpin);
    form->addRow(tr("Request &timeout:"), m_timeoutSpin);
    form->addRow(tr("&Language:"), m_languageCombo);
    form->addRow(QString(), m_languageNote);
    form->addRow(QString(), theme);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"generalSettingsButtons"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, &GeneralSettingsDialog::updateLanguageNote);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
    updateLanguageNote();
}

QString GeneralSettingsDialog::chosenLanguage() const
{
    return m_languageCombo->currentData().toString();
}

void GeneralSettingsDialog::updateLanguageNote()
{
    m_languageNote->setVisible(chosenLanguage() != m_startLanguage);
}

void GeneralSettingsDialog::save()
{
    GeneralSettings::setConcurrency(m_concurrencySpin->value());
    GeneralSettings::setTimeoutSeconds(m_timeoutSpin->value());
    GeneralSettings::setLanguage(chosenLanguage());
    emit saved();
}
