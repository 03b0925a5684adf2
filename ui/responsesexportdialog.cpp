#include "responsesexportdialog.h"

#include "dialogs.h"
#include "widgets.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStyle>
#include <QVBoxLayout>

namespace {
QString onOff(bool on)
{
    return on ? QCoreApplication::translate("ResponsesExportDialog", "on")
              : QCoreApplication::translate("ResponsesExportDialog", "off");
}

/// The value the record holds for a field that does not carry over, as shown next to its label.
QString shownValue(const Assistant &a, const QString &field)
{
    if (field == QLatin1String("name"))
        return a.name;
    if (field == QLatin1String("description"))
        return a.description.value_or(QString());
    if (field == QLatin1String("metadata"))
        return QCoreApplication::translate("ResponsesExportDialog", "%n pair(s)", nullptr, int(a.metadata.size()));
    if (field == QLatin1String("include_file_info"))
        return onOff(a.includeFileInfo);
    if (field == QLatin1String("allow_file_search_attachments"))
        return onOff(a.allowFileSearchAttachments);
    if (field == QLatin1String("allow_code_interpreter_attachments"))
        return onOff(a.allowCodeInterpreterAttachments);
    if (field == QLatin1String("allow_file_downloads"))
        return onOff(a.allowFileDownloads);
    return {};
}

/// Sizes a short list to its rows, so it needs no scroll bar and leaves no empty band.
void fitToRows(QListWidget *list)
{
    int height = 2 * list->frameWidth() + 2;
    for (int row = 0; row < list->count(); ++row)
        height += list->sizeHintForRow(row);
    list->setFixedHeight(height);
}

QString suggestedFileName(const QString &assistantName)
{
    QString base = assistantName.trimmed().toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]+")), QStringLiteral("-"));
    base.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (base.isEmpty())
        base = QStringLiteral("assistant");
    return base + QStringLiteral("-responses.json");
}
} // namespace

ResponsesExportDialog::ResponsesExportDialog(const Assistant &assistant, const QList<WorkspaceFile> &files,
                                             Dialogs *dialogs, QWidget *parent)
    : QDialog(parent), m_dialogs(dialogs), m_assistantName(assistant.name),
      m_config(ResponsesExport::exportAssistant(assistant, files))
{
    setObjectName(QStringLiteral("responsesExportDialog"));
    setWindowTitle(tr("Export “%1” for Responses API").arg(assistant.name));

    auto *intro = new QLabel(tr("The request settings of “%1” for the Responses API. Nothing is sent; copy the JSON "
                                "or save it to a file.")
                                 .arg(assistant.name),
                             this);
    intro->setWordWrap(true);

    m_jsonEdit = new QPlainTextEdit(this);
    m_jsonEdit->setObjectName(QStringLiteral("responsesJsonEdit"));
    m_jsonEdit->setReadOnly(true);
    m_jsonEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_jsonEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_jsonEdit->setPlainText(QString::fromUtf8(m_config.json));

    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    auto *warningsLabel = new QLabel(tr("Left out of the JSON"), this);
    m_warningsList = new QListWidget(this);
    m_warningsList->setObjectName(QStringLiteral("responsesWarningsList"));
    const int small = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_warningsList->setIconSize(QSize(small, small));
    for (const QString &w : std::as_const(m_config.warnings))
        m_warningsList->addItem(new QListWidgetItem(warningIcon, w));
    if (m_config.warnings.isEmpty()) {
        auto *none = new QListWidgetItem(tr("Nothing: every enabled tool is in the JSON."));
        none->setFlags(Qt::NoItemFlags);
        m_warningsList->addItem(none);
    }
    m_warningsList->setSelectionMode(QAbstractItemView::NoSelection);
    fitToRows(m_warningsList);

    auto *notCarriedLabel = new QLabel(tr("Does not carry over to the Responses API"), this);
    m_notCarriedList = new QListWidget(this);
    m_notCarriedList->setObjectName(QStringLiteral("notCarriedOverList"));
    for (const QString &field : std::as_const(m_config.notCarriedOver)) {
        const QString value = shownValue(assistant, field);
        auto *item = new QListWidgetItem(value.isEmpty() ? ResponsesExport::fieldLabel(field)
                                                         : tr("%1: %2").arg(ResponsesExport::fieldLabel(field), value));
        item->setData(Qt::UserRole, field);
        item->setToolTip(field);
        m_notCarriedList->addItem(item);
    }
    m_notCarriedList->setSelectionMode(QAbstractItemView::NoSelection);
    fitToRows(m_notCarriedList);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("responsesStatusLabel"));

    QDialogButtonBox *buttons = Widgets::closeButtonBox(this);
    QPushButton *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyButton"));
    copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    QPushButton *save = buttons->addButton(tr("Save…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(copy, &QPushButton::clicked, this, &ResponsesExportDialog::copyToClipboard);
    connect(save, &QPushButton::clicked, this, &ResponsesExportDialog::saveToFile);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_jsonEdit, 1);
    layout->addWidget(warningsLabel);
    layout->addWidget(m_warningsList);
    layout->addWidget(notCarriedLabel);
    layout->addWidget(m_notCarriedList);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttons);
    resize(720, 640);
}

void ResponsesExportDialog::copyToClipboard()
{
    QApplication::clipboard()->setText(QString::fromUtf8(m_config.json));
    m_statusLabel->setText(tr("Copied to the clipboard."));
}

bool ResponsesExportDialog::saveToFile()
{
    const QString path = m_dialogs->saveFile(this, tr("Save Responses config"),
                                             QDir::home().filePath(suggestedFileName(m_assistantName)),
                                             tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_config.json) != m_config.json.size() || !file.commit()) {
        m_statusLabel->setText(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    m_statusLabel->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}
