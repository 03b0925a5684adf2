// The "General" tab of the assistant editor: name, model, description, instructions (monospace, with a character
// count against the limit), temperature and top_p (spin box with slider), and the metadata key/value table.
#pragma once

#include "domain/assistant.h"
#include "domain/validation.h"

#include <QWidget>

class FieldErrorLabel;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSlider;
class QTableWidget;

class GeneralTab : public QWidget
{
    Q_OBJECT
public:
    explicit GeneralTab(QWidget *parent = nullptr);

    void setAssistant(const Assistant &assistant);
    /// Writes the form's values into `assistant` (other fields untouched).
    void apply(Assistant &assistant) const;
    void setReadOnly(bool readOnly);
    /// Shows the problems that belong to this tab next to their fields; returns the others.
    QList<FieldProblem> showProblems(const QList<FieldProblem> &problems);
    QLineEdit *nameEdit() const { return m_nameEdit; }

signals:
    void edited();

private:
    QWidget *spinWithSlider(QDoubleSpinBox *spin, QSlider *slider, double max);
    void updateCharacterCount();
    void addMetadataRow(const QString &key, const QString &value);

    QLineEdit *m_nameEdit = nullptr;
    QComboBox *m_modelCombo = nullptr;
    QLineEdit *m_descriptionEdit = nullptr;
    QPlainTextEdit *m_instructionsEdit = nullptr;
    QLabel *m_instructionsCountLabel = nullptr;
    QDoubleSpinBox *m_temperatureSpin = nullptr;
    QSlider *m_temperatureSlider = nullptr;
    QDoubleSpinBox *m_topPSpin = nullptr;
    QSlider *m_topPSlider = nullptr;
    QTableWidget *m_metadataTable = nullptr;
    QPushButton *m_addMetadataButton = nullptr;
    QPushButton *m_removeMetadataButton = nullptr;
    FieldErrorLabel *m_nameError = nullptr;
    FieldErrorLabel *m_modelError = nullptr;
    FieldErrorLabel *m_descriptionError = nullptr;
    FieldErrorLabel *m_instructionsError = nullptr;
    FieldErrorLabel *m_temperatureError = nullptr;
    FieldErrorLabel *m_topPError = nullptr;
    FieldErrorLabel *m_metadataError = nullptr;
    double m_loadedTemperature = 1.0;
    double m_loadedTopP = 1.0;
    bool m_readOnly = false;
    bool m_loading = false;
};
