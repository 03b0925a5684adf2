#include "toolfilespanel.h"

#include "dialogs.h"
#include "fielderrorlabel.h"
#include "storage/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int ShortShaLength = 12;

QString capitalised(const QString &prefix)
{
    return prefix.left(1).toUpper() + prefix.mid(1);
}
} // namespace

ToolFilesPanel::ToolFilesPanel(const QString &prefix, Dialogs *dialogs, QWidget *parent)
    : QWidget(parent), m_dialogs(dialogs)
{
    setObjectName(prefix + QStringLiteral("FilesPanel"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(prefix + QStringLiteral("FilesTable"));
    const bool codeInterpreter = prefix == QLatin1String("codeInterpreter");
    m_table->setAccessibleName(codeInterpreter ? tr("Code interpreter files") : tr("File search files"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Size"), tr("SHA-256"), tr("Remote id"), tr("Local copy")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int c = SizeColumn; c < ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(80);
    m_table->setMaximumHeight(160);
    m_addButton = new QPushButton(tr("Add files…"), this);
    m_addButton->setObjectName(QStringLiteral("add") + capitalised(prefix) + QStringLiteral("FilesButton"));
    m_removeButton = new QPushButton(tr("Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("remove") + capitalised(prefix) + QStringLiteral("FilesButton"));
    m_disabledNote = new QLabel(tr("Not sent while this tool is off"), this);
    m_disabledNote->setObjectName(prefix + QStringLiteral("DisabledNoteLabel"));
    m_disabledNote->setForegroundRole(QPalette::PlaceholderText);
    m_disabledNote->hide();
    m_error = new FieldErrorLabel(prefix + QStringLiteral("FilesErrorLabel"), this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_disabledNote);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_error);

    connect(m_addButton, &QPushButton::clicked, this, &ToolFilesPanel::addFiles);
    connect(m_removeButton, &QPushButton::clicked, this, &ToolFilesPanel::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ToolFilesPanel::updateButtons);
    updateButtons();
}

void ToolFilesPanel::setFileIds(const QStringList &ids)
{
    m_ids = ids;
    m_files.clear();
    if (m_workspace)
        for (const WorkspaceFile &f : m_workspace->filesByIds(ids))
            m_files.insert(f.id, f);
    rebuild();
}

void ToolFilesPanel::rebuild()
{
    m_table->setRowCount(int(m_ids.size()));
    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    for (int row = 0; row < m_ids.size(); ++row) {
        const QString &id = m_ids.at(row);
        const auto it = m_files.constFind(id);
        const bool known = it != m_files.cend();
        const QString sha = known ? it->sha256.value_or(QString()) : QString();
        const QString cells[ColumnCount] = {
            known ? it->name : tr("Unknown file %1").arg(id),
            known ? QLocale().formattedDataSize(it->size) : QString(),
            sha.left(ShortShaLength),
            known ? it->remoteFileId.value_or(tr("not uploaded")) : QString(),
            known && it->hasLocalCopy() ? tr("✓ Yes") : tr("Contents not available"),
        };
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, id);
            if (c == ShaColumn && !sha.isEmpty())
                item->setToolTip(sha);
            if (c == LocalCopyColumn && known)
                item->setToolTip(it->hasLocalCopy()
                                     ? tr("The workspace keeps a copy of the contents (%1): it can be uploaded again "
                                          "and goes into bundles.")
                                           .arg(QDir::toNativeSeparators(it->localPath))
                                     : tr("Only the record is here (pulled or imported without contents). Add the file "
                                          "again to keep a copy."));
            if (!m_toolEnabled) {
                item->setForeground(grey);
                item->setToolTip(tr("Not sent while this tool is off"));
            }
            m_table->setItem(row, c, item);
        }
    }
    m_disabledNote->setVisible(!m_toolEnabled && !m_ids.isEmpty());
    updateButtons();
}

void ToolFilesPanel::setToolEnabled(bool enabled)
{
    if (enabled == m_toolEnabled)
        return;
    m_toolEnabled = enabled;
    rebuild();
}

void ToolFilesPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void ToolFilesPanel::setProblems(const QStringList &problems)
{
    m_error->setProblems(problems);
}

void ToolFilesPanel::updateButtons()
{
    m_addButton->setEnabled(!m_readOnly && m_workspace);
    m_removeButton->setEnabled(!m_readOnly && !m_table->selectedItems().isEmpty());
}

void ToolFilesPanel::addFiles()
{
    if (!m_workspace || m_readOnly)
        return;
    const QStringList paths = m_dialogs->openFiles(this, tr("Add files"), tr("All files (*)"));
    QStringList failures;
    bool added = false;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            failures << tr("%1: %2").arg(QFileInfo(path).fileName(), file.errorString());
            continue;
        }
        auto record = m_workspace->addFile(QFileInfo(path).fileName(), file.readAll());
        if (!record) {
            failures << tr("%1: %2").arg(QFileInfo(path).fileName(), record.error().message);
            continue;
        }
        m_files.insert(record->id, record.value());
        if (!m_ids.contains(record->id)) {
            m_ids.append(record->id);
            added = true;
        }
    }
    rebuild();
    if (added)
        emit edited();
    if (!failures.isEmpty())
        emit errorOccurred(tr("Some files could not be added."), failures);
}

void ToolFilesPanel::removeSelected()
{
    QStringList remove;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        remove << index.data(Qt::UserRole).toString();
    if (remove.isEmpty())
        return;
    for (const QString &id : remove)
        m_ids.removeAll(id);
    rebuild();
    emit edited();
}
