#include "generaltab.h"

#include "fielderrorlabel.h"
#include "widgets.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace {
constexpr int SpinDecimals = 2;
constexpr int SliderSteps = 100;   // slider ticks per unit

double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

/// The value to store: the loaded value when the (rounded) spin box still shows it, so merely opening a record
/// with more decimals than the spin box shows never counts as an edit.
double keptValue(double shown, double loaded)
{
    return qFuzzyCompare(1.0 + shown, 1.0 + rounded(loaded)) ? loaded : shown;
}

QWidget *withError(QWidget *field, FieldErrorLabel *error)
{
    auto *box = new QWidget;
    QVBoxLayout *layout = Widgets::stacked(field, error);
    layout->setContentsMargins(0, 0, 0, 0);
    box->setLayout(layout);
    return box;
}
} // namespace

GeneralTab::GeneralTab(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("generalTab"));
    m_nameEdit = Widgets::lineEdit(QStringLiteral("nameEdit"), tr("Required"), this, tr("Name"));
    m_modelCombo = Widgets::named<QComboBox>(QStringLiteral("modelComboBox"), this, tr("Model"));
    m_modelCombo->setEditable(true);
    m_modelCombo->setInsertPolicy(QComboBox::NoInsert);
    // Suggestions until the client can list the server's models (GET /models).
    m_modelCombo->addItems({QStringLiteral("gpt-4o"), QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4.1"),
                            QStringLiteral("gpt-4.1-mini"), QStringLiteral("o3-mini")});
    m_modelCombo->setMinimumContentsLength(16);
    m_descriptionEdit = Widgets::lineEdit(QStringLiteral("descriptionEdit"), tr("Optional"), this, tr("Description"));
    m_instructionsEdit = Widgets::named<QPlainTextEdit>(QStringLiteral("instructionsEdit"), this, tr("Instructions"));
    m_instructionsEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_instructionsEdit->setTabChangesFocus(true);
    m_instructionsEdit->setMinimumHeight(140);
    m_instructionsEdit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_instructionsCountLabel = Widgets::label(QStringLiteral("instructionsCountLabel"), {}, this);
    m_instructionsCountLabel->setAlignment(Qt::AlignRight);

    m_temperatureSpin = Widgets::named<QDoubleSpinBox>(QStringLiteral("temperatureSpinBox"), this, tr("Temperature"));
    m_temperatureSlider = new QSlider(Qt::Horizontal, this);
    m_temperatureSlider->setObjectName(QStringLiteral("temperatureSlider"));
    m_temperatureSlider->setAccessibleName(tr("Temperature"));
    m_topPSpin = Widgets::named<QDoubleSpinBox>(QStringLiteral("topPSpinBox"), this, tr("Top P"));
    m_topPSlider = new QSlider(Qt::Horizontal, this);
    m_topPSlider->setObjectName(QStringLiteral("topPSlider"));
    m_topPSlider->setAccessibleName(tr("Top P"));

    m_metadataTable = new QTableWidget(0, 2, this);
    m_metadataTable->setObjectName(QStringLiteral("metadataTable"));
    m_metadataTable->setAccessibleName(tr("Metadata"));
    m_metadataTable->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_metadataTable->horizontalHeader()->setStretchLastSection(true);
    m_metadataTable->horizontalHeader()->resizeSection(0, 180);
    m_metadataTable->verticalHeader()->hide();
    m_metadataTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_metadataTable->setFixedHeight(110);
    m_addMetadataButton = Widgets::button(QStringLiteral("addMetadataButton"), tr("Add pair"), this);
    m_removeMetadataButton = Widgets::button(QStringLiteral("removeMetadataButton"), tr("Remove pair"), this);

    m_nameError = new FieldErrorLabel(QStringLiteral("nameErrorLabel"), this);
    m_modelError = new FieldErrorLabel(QStringLiteral("modelErrorLabel"), this);
    m_descriptionError = new FieldErrorLabel(QStringLiteral("descriptionErrorLabel"), this);
    m_instructionsError = new FieldErrorLabel(QStringLiteral("instructionsErrorLabel"), this);
    m_temperatureError = new FieldErrorLabel(QStringLiteral("temperatureErrorLabel"), this);
    m_topPError = new FieldErrorLabel(QStringLiteral("topPErrorLabel"), this);
    m_metadataError = new FieldErrorLabel(QStringLiteral("metadataErrorLabel"), this);

    auto *instructions = new QWidget(this);
    auto *instructionsLayout = new QVBoxLayout(instructions);
    instructionsLayout->setContentsMargins(0, 0, 0, 0);
    instructionsLayout->setSpacing(2);
    instructionsLayout->addWidget(m_instructionsEdit, 1);
    instructionsLayout->addWidget(m_instructionsCountLabel);
    instructionsLayout->addWidget(m_instructionsError);

    auto *sampling = new QWidget(this);
    auto *samplingLayout = new QHBoxLayout(sampling);
    samplingLayout->setContentsMargins(0, 0, 0, 0);
    samplingLayout->addWidget(withError(spinWithSlider(m_temperatureSpin, m_temperatureSlider, 2.0), m_temperatureError), 1);
    auto *topPLabel = new QLabel(tr("Top P:"), this);
    topPLabel->setBuddy(m_topPSpin);
    topPLabel->setMinimumHeight(m_topPSpin->sizeHint().height());
    samplingLayout->addSpacing(12);
    samplingLayout->addWidget(topPLabel, 0, Qt::AlignTop);
    samplingLayout->addWidget(withError(spinWithSlider(m_topPSpin, m_topPSlider, 1.0), m_topPError), 1);

    auto *metadataButtons = new QHBoxLayout;
    metadataButtons->addWidget(m_addMetadataButton);
    metadataButtons->addWidget(m_removeMetadataButton);
    metadataButtons->addStretch();
    auto *metadata = new QWidget(this);
    auto *metadataLayout = new QVBoxLayout(metadata);
    metadataLayout->setContentsMargins(0, 0, 0, 0);
    metadataLayout->setSpacing(2);
    metadataLayout->addWidget(m_metadataTable);
    metadataLayout->addLayout(metadataButtons);
    metadataLayout->addWidget(m_metadataError);

    auto *nameRow = new QWidget(this);
    auto *nameRowLayout = new QHBoxLayout(nameRow);
    nameRowLayout->setContentsMargins(0, 0, 0, 0);
    nameRowLayout->addWidget(withError(m_nameEdit, m_nameError), 2);
    auto *modelLabel = new QLabel(tr("Model:"), this);
    modelLabel->setBuddy(m_modelCombo);
    modelLabel->setMinimumHeight(m_modelCombo->sizeHint().height());
    nameRowLayout->addSpacing(12);
    nameRowLayout->addWidget(modelLabel, 0, Qt::AlignTop);
    nameRowLayout->addWidget(withError(m_modelCombo, m_modelError), 1);

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(tr("&Name:"), nameRow);
    form->addRow(tr("&Description:"), withError(m_descriptionEdit, m_descriptionError));
    form->addRow(tr("&Instructions:"), instructions);
    form->addRow(tr("&Temperature:"), sampling);
    form->addRow(tr("&Metadata:"), metadata);

    const auto changed = [this] {
        if (!m_loading)
            emit edited();
    };
    connect(m_nameEdit, &QLineEdit::textChanged, this, changed);
    connect(m_modelCombo, &QComboBox::currentTextChanged, this, changed);
    connect(m_descriptionEdit, &QLineEdit::textChanged, this, changed);
    connect(m_instructionsEdit, &QPlainTextEdit::textChanged, this, [this, changed] {
        updateCharacterCount();
        changed();
    });
    connect(m_temperatureSpin, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_topPSpin, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_metadataTable, &QTableWidget::itemChanged, this, changed);
    connect(m_addMetadataButton, &QPushButton::clicked, this, [this, changed] {
        addMetadataRow(QString(), QString());
        m_metadataTable->setCurrentCell(m_metadataTable->rowCount() - 1, 0);
        m_metadataTable->editItem(m_metadataTable->currentItem());
        changed();
    });
    connect(m_removeMetadataButton, &QPushButton::clicked, this, [this, changed] {
        const int row = m_metadataTable->currentRow();
        if (row < 0)
            return;
        m_metadataTable->removeRow(row);
        changed();
    });
    updateCharacterCount();
}

QWidget *GeneralTab::spinWithSlider(QDoubleSpinBox *spin, QSlider *slider, double max)
{
    spin->setRange(0.0, max);
    spin->setDecimals(SpinDecimals);
    spin->setSingleStep(0.05);
    slider->setRange(0, int(max * SliderSteps));
    slider->setMinimumWidth(80);
    connect(slider, &QSlider::valueChanged, this, [spin](int v) {
        if (int(std::lround(spin->value() * SliderSteps)) != v)
            spin->setValue(double(v) / SliderSteps);
    });
    connect(spin, &QDoubleSpinBox::valueChanged, this, [slider](double v) {
        const QSignalBlocker block(slider);
        slider->setValue(int(std::lround(v * SliderSteps)));
    });
    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(spin);
    layout->addWidget(slider, 1);
    return box;
}

void GeneralTab::updateCharacterCount()
{
    const auto count = m_instructionsEdit->document()->characterCount() - 1;   // the document's final paragraph separator
    m_instructionsCountLabel->setText(tr("%1 / %2 characters")
                                          .arg(QLocale().toString(qMax<qsizetype>(count, 0)),
                                               QLocale().toString(Limits::InstructionsMax)));
}

void GeneralTab::addMetadataRow(const QString &key, const QString &value)
{
    const int row = m_metadataTable->rowCount();
    m_metadataTable->insertRow(row);
    m_metadataTable->setItem(row, 0, new QTableWidgetItem(key));
    m_metadataTable->setItem(row, 1, new QTableWidgetItem(value));
}

void GeneralTab::setAssistant(const Assistant &a)
{
    m_loading = true;
    m_nameEdit->setText(a.name);
    m_modelCombo->setCurrentText(a.model);
    m_descriptionEdit->setText(a.description.value_or(QString()));
    m_instructionsEdit->setPlainText(a.instructions);
    m_loadedTemperature = a.temperature;
    m_loadedTopP = a.topP;
    m_temperatureSpin->setValue(a.temperature);
    m_topPSpin->setValue(a.topP);
    m_metadataTable->setRowCount(0);
    for (auto it = a.metadata.cbegin(); it != a.metadata.cend(); ++it)
        addMetadataRow(it.key(), it.value());
    m_loading = false;
    updateCharacterCount();
}

void GeneralTab::apply(Assistant &a) const
{
    a.name = m_nameEdit->text();
    a.model = m_modelCombo->currentText();
    const QString description = m_descriptionEdit->text();
    a.description = description.isEmpty() ? std::nullopt : std::optional<QString>(description);
    a.instructions = m_instructionsEdit->toPlainText();
    a.temperature = keptValue(m_temperatureSpin->value(), m_loadedTemperature);
    a.topP = keptValue(m_topPSpin->value(), m_loadedTopP);
    a.metadata.clear();
    for (int row = 0; row < m_metadataTable->rowCount(); ++row) {
        const auto *key = m_metadataTable->item(row, 0);
        const auto *value = m_metadataTable->item(row, 1);
        const QString k = key ? key->text() : QString();
        if (!k.isEmpty() || (value && !value->text().isEmpty()))
            a.metadata.insert(k, value ? value->text() : QString());
    }
}

void GeneralTab::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_nameEdit->setReadOnly(readOnly);
    m_modelCombo->setEnabled(!readOnly);
    m_descriptionEdit->setReadOnly(readOnly);
    m_descriptionEdit->setPlaceholderText(readOnly ? QString() : tr("Optional"));
    m_nameEdit->setPlaceholderText(readOnly ? QString() : tr("Required"));
    m_instructionsEdit->setReadOnly(readOnly);
    m_temperatureSpin->setReadOnly(readOnly);
    m_temperatureSlider->setEnabled(!readOnly);
    m_topPSpin->setReadOnly(readOnly);
    m_topPSlider->setEnabled(!readOnly);
    m_metadataTable->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                              : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                                    | QAbstractItemView::AnyKeyPressed);
    m_addMetadataButton->setEnabled(!readOnly);
    m_removeMetadataButton->setEnabled(!readOnly);
}

QList<FieldProblem> GeneralTab::showProblems(const QList<FieldProblem> &problems)
{
    const std::pair<FieldErrorLabel *, QString> targets[] = {
        {m_nameError, QStringLiteral("name")},
        {m_modelError, QStringLiteral("model")},
        {m_descriptionError, QStringLiteral("description")},
        {m_instructionsError, QStringLiteral("instructions")},
        {m_temperatureError, QStringLiteral("temperature")},
        {m_topPError, QStringLiteral("top_p")},
        {m_metadataError, QStringLiteral("metadata")},
    };
    QList<FieldProblem> rest;
    QHash<FieldErrorLabel *, QStringList> lines;
    for (const FieldProblem &p : problems) {
        bool shown = false;
        for (const auto &[label, path] : targets) {
            if (p.path == path || p.path.startsWith(path + QLatin1Char('.'))) {
                lines[label] << p.text();
                shown = true;
                break;
            }
        }
        if (!shown)
            rest << p;
    }
    for (const auto &[label, path] : targets)
        label->setProblems(lines.value(label));
    return rest;
}
