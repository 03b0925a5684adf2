#include "functioncallpanel.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

FunctionCallPanel::FunctionCallPanel(QWidget *parent) : QGroupBox(parent)
{
    setObjectName(QStringLiteral("functionCallPanel"));
    setTitle(tr("The assistant waits for a function result"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    m_nameLabel = new QLabel(this);
    m_nameLabel->setObjectName(QStringLiteral("functionNameLabel"));
    m_nameLabel->setTextFormat(Qt::RichText);
    m_argumentsView = new QPlainTextEdit(this);
    m_argumentsView->setObjectName(QStringLiteral("functionArgumentsView"));
    m_argumentsView->setReadOnly(true);
    m_argumentsView->setFont(mono);
    m_argumentsView->setAccessibleName(tr("Arguments"));
    m_argumentsView->setMaximumHeight(m_argumentsView->fontMetrics().lineSpacing() * 6 + 12);

    m_savedCombo = new QComboBox(this);
    m_savedCombo->setObjectName(QStringLiteral("savedResultsCombo"));
    m_savedCombo->setAccessibleName(tr("Saved results"));
    m_resultEdit = new QPlainTextEdit(this);
    m_resultEdit->setObjectName(QStringLiteral("functionResultEdit"));
    m_resultEdit->setFont(mono);
    m_resultEdit->setAccessibleName(tr("Result"));
    m_resultEdit->setPlaceholderText(tr("What the function returned, e.g. {\"status\": \"shipped\"}"));
    m_resultEdit->setMaximumHeight(m_resultEdit->fontMetrics().lineSpacing() * 5 + 12);
    m_resultEdit->installEventFilter(this);
    m_submitButton = new QPushButton(tr("Su&bmit result"), this);
    m_submitButton->setObjectName(QStringLiteral("submitResultButton"));
    m_submitButton->setToolTip(tr("Send the result to the assistant (Ctrl+Enter)"));

    auto *form = new QFormLayout;
    form->addRow(tr("Function:"), m_nameLabel);
    auto *argumentsLabel = new QLabel(tr("&Arguments:"), this);
    argumentsLabel->setBuddy(m_argumentsView);
    form->addRow(argumentsLabel, m_argumentsView);
    auto *savedLabel = new QLabel(tr("Sa&ved result:"), this);
    savedLabel->setBuddy(m_savedCombo);
    form->addRow(savedLabel, m_savedCombo);
    auto *resultLabel = new QLabel(tr("&Result:"), this);
    resultLabel->setBuddy(m_resultEdit);
    auto *resultRow = new QHBoxLayout;
    resultRow->addWidget(m_resultEdit, 1);
    resultRow->addWidget(m_submitButton, 0, Qt::AlignBottom);
    form->addRow(resultLabel, resultRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);

    connect(m_submitButton, &QPushButton::clicked, this, &FunctionCallPanel::submit);
    connect(m_savedCombo, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            m_resultEdit->setPlainText(m_savedCombo->itemData(index).toString());
    });
    clear();
}

QString FunctionCallPanel::prettyArguments(const QString &arguments)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(arguments.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return arguments;
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

void FunctionCallPanel::showCall(const FunctionCall &call, int waiting, const QStringList &savedResults)
{
    const bool another = call.callId != m_callId;
    m_callId = call.callId;
    setTitle(waiting > 1 ? tr("The assistant waits for %n function result(s)", nullptr, waiting)
                         : tr("The assistant waits for a function result"));
    m_nameLabel->setText(QStringLiteral("<b>%1</b>").arg(call.name.toHtmlEscaped()));
    m_argumentsView->setPlainText(prettyArguments(call.arguments));
    m_savedCombo->clear();
    m_savedCombo->addItem(savedResults.isEmpty() ? tr("No saved results for %1").arg(call.name)
                                                 : tr("Pick a result saved in a check…"));
    for (const QString &result : savedResults)
        m_savedCombo->addItem(QString(result).replace(QLatin1Char('\n'), QLatin1Char(' ')).left(80), result);
    m_savedCombo->setEnabled(!savedResults.isEmpty());
    if (another)
        m_resultEdit->clear();
    setVisible(true);
    m_resultEdit->setFocus(Qt::OtherFocusReason);
}

void FunctionCallPanel::clear()
{
    m_callId.clear();
    m_resultEdit->clear();
    m_argumentsView->clear();
    m_savedCombo->clear();
    setVisible(false);
}

void FunctionCallPanel::submit()
{
    if (m_callId.isEmpty())
        return;
    emit resultSubmitted(m_callId, m_resultEdit->toPlainText());
}

bool FunctionCallPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_resultEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() & Qt::ControlModifier) {
            submit();
            return true;
        }
    }
    return QGroupBox::eventFilter(watched, event);
}
