#include "orphansview.h"

#include "archive/deletionqueue.h"
#include "columntitles.h"
#include "dialogs.h"
#include "messagebanner.h"
#include "openai/openaiclient.h"
#include "rebind.h"
#include "storage/deletionjobs.h"
#include "storage/workspace.h"
#include "sync/pushplan.h"
#include "widgets.h"

#include <QCoro/QCoroTask>

#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QDateTime localTime(qint64 unix)
{
    return QDateTime::fromSecsSinceEpoch(unix).toLocalTime();
}

QString dateText(qint64 unix)
{
    return QLocale().toString(localTime(unix).date(), QLocale::ShortFormat);
}

QString dateTimeText(qint64 unix)
{
    return QLocale().toString(localTime(unix), QLocale::LongFormat);
}

/// "Vector store “Old store” (vs_1) · 120.0 MB · was used by archived “Helpdesk”", one line of the summary.
QString summaryLine(const OrphanItem &item)
{
    const QString name = item.name.isEmpty() ? OrphansView::tr("(no name)") : item.name;
    QString line = item.kind == OrphanItem::Kind::VectorStore
                       ? OrphansView::tr("Vector store “%1” (%2) · %3").arg(name, item.remoteId, Push::sizeText(item.bytes))
                       : OrphansView::tr("File “%1” (%2) · %3").arg(name, item.remoteId, Push::sizeText(item.bytes));
    if (!item.wasUsedBy.isEmpty())
        line = OrphansView::tr("%1 · %2").arg(line, item.wasUsedByText());
    return line;
}
} // namespace

// --- OrphanTableModel ------------------------------------------------------------------------------------------------

void OrphanTableModel::setItems(const QList<OrphanItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

int OrphanTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int OrphanTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrphanTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const OrphanItem &item = m_items.at(index.row());
    const bool store = item.kind == OrphanItem::Kind::VectorStore;
    switch (role) {
    case RemoteIdRole:
        return item.remoteId;
    case KindRole:
        return item.kindName();
    case BytesRole:
        return item.bytes;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == FilesColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CreatedColumn:
            return dateTimeText(item.createdAt);
        case LastActiveColumn:
            return item.lastActiveAt ? dateTimeText(*item.lastActiveAt) : QVariant();
        case ExpiresColumn:
            return item.expiresAt ? dateTimeText(*item.expiresAt) : QVariant();
        case SizeColumn:
            return tr("%1 bytes").arg(QLocale().toString(item.bytes));
        case UsedByColumn:
            return item.wasUsedBy.isEmpty() ? tr("No workspace assistant used it") : item.wasUsedByText();
        default:
            return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return store ? tr("Vector store") : tr("File");
        case NameColumn:
            return item.name.isEmpty() ? tr("(no name)") : item.name;
        case RemoteIdColumn:
            return item.remoteId;
        case SizeColumn:
            return Push::sizeText(item.bytes);
        case CreatedColumn:
            return dateText(item.createdAt);
        case FilesColumn:
            return store ? QVariant(item.fileCount) : QVariant();
        case LastActiveColumn:
            return store && item.lastActiveAt ? dateText(*item.lastActiveAt) : QString();
        case ExpiresColumn:
            return item.expiresAt ? dateText(*item.expiresAt) : tr("never");
        case UsedByColumn:
            return item.wasUsedByText();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant OrphanTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return ColumnTitles::header({tr("Kind"), tr("Name"), tr("Remote id"), tr("Size"), tr("Created"), tr("Files"),
                                 tr("Last active"), tr("Expires"), tr("Used by")},
                                section, orientation, role);
}

// --- OrphansView -----------------------------------------------------------------------------------------------------

OrphansView::OrphansView(Workspace *workspace, Dialogs *dialogs, QWidget *parent) : QWidget(parent), m_dialogs(dialogs)
{
    setObjectName(u"orphansView"_s);
    m_model = new OrphanTableModel(this);

    m_banner = new MessageBanner(u"orphansBanner"_s, this);

    m_scanLabel = Widgets::label(u"orphansScanLabel"_s, Widgets::WordWrap, this);
    Widgets::setHeadingFont(m_scanLabel);

    m_apiNotice = Widgets::label(u"orphansApiNotice"_s, Widgets::WordWrap, this);
    m_apiNotice->hide();

    m_table = Widgets::tableView(u"orphansTable"_s, m_model, OrphanTableModel::UsedByColumn, this);

    m_totalsLabel = Widgets::label(u"orphansTotalsLabel"_s, {}, this);

    auto *strayBox = new QGroupBox(tr("Assistants not in this workspace"), this);
    strayBox->setObjectName(u"orphansStrayBox"_s);
    m_strayTable = new QTableWidget(0, 4, strayBox);
    m_strayTable->setObjectName(u"orphansStrayTable"_s);
    m_strayTable->setHorizontalHeaderLabels({tr("Name"), tr("Remote id"), tr("Model"), tr("Created")});
    m_strayTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_strayTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_strayTable->verticalHeader()->hide();
    m_strayTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_strayTable->horizontalHeader()->setStretchLastSection(true);
    // A short list beside the main table: room for four rows, then it scrolls.
    m_strayTable->setMaximumHeight(m_strayTable->horizontalHeader()->sizeHint().height()
                                   + 4 * m_strayTable->verticalHeader()->defaultSectionSize()
                                   + 2 * m_strayTable->frameWidth());
    m_strayHint = new QLabel(tr("They are never deleted here. Import them with Assistant → Import all from OpenAI…"), strayBox);
    m_strayHint->setWordWrap(true);
    m_strayHint->setForegroundRole(QPalette::PlaceholderText);
    auto *strayLayout = new QVBoxLayout(strayBox);
    strayLayout->addWidget(m_strayTable);
    strayLayout->addWidget(m_strayHint);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"orphansProgress"_s);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_statusLabel = Widgets::label(u"orphansStatusLabel"_s, {}, this);
    m_scanButton = new QPushButton(QIcon::fromTheme(u"view-refresh"_s), tr("Scan"), this);
    m_scanButton->setObjectName(u"scanButton"_s);
    m_cancelButton = Widgets::button(u"cancelScanButton"_s, tr("Cancel"), this);
    m_cancelButton->hide();
    m_deleteButton = new QPushButton(QIcon::fromTheme(u"edit-delete"_s), tr("Delete selected…"), this);
    m_deleteButton->setObjectName(u"deleteSelectedButton"_s);
    connect(m_scanButton, &QPushButton::clicked, this, &OrphansView::scan);
    connect(m_cancelButton, &QPushButton::clicked, this, &OrphansView::cancelScan);
    connect(m_deleteButton, &QPushButton::clicked, this, &OrphansView::deleteSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OrphansView::updateButtons);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_progress);
    footer->addWidget(m_statusLabel, 1);
    footer->addWidget(m_scanButton);
    footer->addWidget(m_cancelButton);
    footer->addWidget(m_deleteButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_scanLabel);
    layout->addWidget(m_apiNotice);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_totalsLabel);
    layout->addWidget(strayBox);
    layout->addLayout(footer);

    setWorkspace(workspace);
}

OrphansView::~OrphansView()
{
    if (m_scanCancel)
        m_scanCancel->cancel();
}

void OrphansView::setWorkspace(Workspace *workspace)
{
    if (rebind(m_workspace, workspace, this)) {
        // Archiving or pulling changes what is in use: classify the shown scan again.
        const auto reclassify = [this] {
            if (m_listing && m_workspace) {
                m_report = OrphanScan::classify(*m_listing, m_workspace->assistants(), m_workspace->files());
                showReport();
            }
        };
        connect(m_workspace, &Workspace::reset, this, reclassify);
        connect(m_workspace, &Workspace::assistantChanged, this, reclassify);
    }
    refresh();
}

void OrphansView::setClient(OpenAi::OpenAiClient *client)
{
    m_client = client;
    updateButtons();
}

void OrphansView::setQueue(DeletionQueue *queue)
{
    m_queue = queue;
    updateButtons();
}

void OrphansView::setOnline(bool online)
{
    m_online = online;
    if (!online)
        cancelScan();
    showReport();
}

bool OrphansView::canUseServer() const
{
    return m_online && m_client && m_workspace;
}

void OrphansView::refresh()
{
    m_listing = m_workspace ? OrphanScan::cachedListing(*m_workspace) : std::nullopt;
    m_hasReport = m_listing.has_value();
    m_report = m_listing ? OrphanScan::classify(*m_listing, m_workspace->assistants(), m_workspace->files())
                         : OrphanReport{};
    showReport();
}

void OrphansView::showReport()
{
    if (!m_hasReport) {
        m_scanLabel->setText(tr("Not scanned yet. A scan lists every file and vector store in OpenAI and shows the ones "
                                "no assistant uses."));
    } else {
        const QDateTime when = QDateTime::fromString(m_report.scannedAt, Qt::ISODate).toLocalTime();
        const QString time = QLocale().toString(when, QLocale::ShortFormat);
        m_scanLabel->setText(canUseServer() ? tr("Last scan: %1").arg(time)
                                            : tr("Last scan: %1 · shown as last fetched (offline)").arg(time));
    }
    QStringList notices;
    if (m_hasReport && !m_report.assistantsApi)
        notices << tr("The server has no Assistants API (404): remote assistants could not be listed, so only the "
                      "workspace decides what is in use.");
    if (m_hasReport && !m_report.vectorStoresApi)
        notices << tr("The server has no vector stores API (404): no vector stores were listed.");
    m_apiNotice->setText(notices.join(QLatin1Char('\n')));
    m_apiNotice->setVisible(!notices.isEmpty());

    const QStringList selected = selectedRemoteIds();
    QList<OrphanItem> rows = m_report.vectorStores;
    rows += m_report.files;
    m_model->setItems(rows);
    selectRemoteIds(selected);
    m_totalsLabel->setText(m_hasReport ? m_report.totalsText() : QString());

    m_strayTable->setRowCount(int(m_report.assistantsNotInWorkspace.size()));
    for (int row = 0; row < m_report.assistantsNotInWorkspace.size(); ++row) {
        const auto &a = m_report.assistantsNotInWorkspace.at(row);
        const QStringList cells{a.name.isEmpty() ? tr("(no name)") : a.name, a.id, a.model, dateText(a.createdAt)};
        for (int column = 0; column < cells.size(); ++column)
            m_strayTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_strayTable->parentWidget()->setVisible(!m_report.assistantsNotInWorkspace.isEmpty());
    updateButtons();
}

void OrphansView::updateButtons()
{
    const bool server = canUseServer();
    const bool busy = isScanning() || m_deleting;
    const QString offline = tr("Not available offline");
    m_scanButton->setEnabled(server && !busy);
    m_scanButton->setToolTip(server ? tr("List every file and vector store in OpenAI and find the unused ones") : offline);
    m_cancelButton->setVisible(isScanning());
    const bool canDelete = server && m_queue;
    m_deleteButton->setEnabled(canDelete && !busy && !selectedRemoteIds().isEmpty());
    m_deleteButton->setToolTip(canDelete ? tr("Show what would be deleted, then delete it in OpenAI") : offline);
}

void OrphansView::scan()
{
    if (!canUseServer() || isScanning() || m_deleting)
        return;
    m_banner->dismiss();
    auto token = std::make_unique<OpenAi::CancelToken>();
    m_scanCancel = token.get();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_statusLabel->setText(tr("Scanning…"));
    updateButtons();
    // The task owns its token; the view keeps a QPointer to cancel and is itself watched by QPointer. The progress
    // callback is made out here: GCC 12 destroys a capturing lambda written inside a co_await expression twice.
    QPointer<OrphansView> self(this);
    OrphanScan::Progress progress = [self](int done, int total, const QString &step) {
        if (self)
            self->onScanProgress(done, total, step);
    };
    auto task = [](QPointer<OpenAi::OpenAiClient> client, std::unique_ptr<OpenAi::CancelToken> cancel,
                   OrphanScan::Progress onProgress) -> QCoro::Task<Result<OrphanListing>> {
        co_return co_await OrphanScan::scan(*client, onProgress, cancel.get());
    }(m_client, std::move(token), std::move(progress));
    QCoro::connect(std::move(task), this, [this](const Result<OrphanListing> &listing) { onScanned(listing); });
}

void OrphansView::cancelScan()
{
    if (m_scanCancel)
        m_scanCancel->cancel();
}

void OrphansView::onScanProgress(int done, int total, const QString &step)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_statusLabel->setText(step);
}

void OrphansView::onScanned(const Result<OrphanListing> &listing)
{
    m_scanCancel = nullptr;
    m_progress->hide();
    if (!listing) {
        if (listing.error().kind == ErrorKind::Cancelled) {
            m_statusLabel->setText(tr("Scan cancelled. The last scan is shown."));
        } else {
            m_statusLabel->clear();
            m_banner->showMessage(MessageBanner::Kind::Error, tr("Scan failed: %1").arg(listing.error().message),
                                  listing.error().details);
        }
        updateButtons();
        emit scanFinished(false);
        return;
    }
    if (m_workspace) {
        if (Status stored = OrphanScan::saveListing(*m_workspace, listing.value()); !stored)
            m_banner->showMessage(MessageBanner::Kind::Warning,
                                  tr("The scan could not be kept for offline use: %1").arg(stored.error().message));
        m_listing = listing.value();
        m_hasReport = true;
        m_report = OrphanScan::classify(*m_listing, m_workspace->assistants(), m_workspace->files());
    }
    m_statusLabel->setText(tr("Scan finished."));
    showReport();
    emit scanFinished(true);
}

void OrphansView::selectRemoteIds(const QStringList &remoteIds)
{
    QItemSelection selection;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (remoteIds.contains(m_model->items().at(row).remoteId))
            selection.select(m_model->index(row, 0), m_model->index(row, OrphanTableModel::ColumnCount - 1));
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

QStringList OrphansView::selectedRemoteIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << index.data(OrphanTableModel::RemoteIdRole).toString();
    return ids;
}

void OrphansView::deleteSelected()
{
    if (!canUseServer() || !m_queue || isScanning() || m_deleting)
        return;
    const QStringList ids = selectedRemoteIds();
    OrphanReport chosen;
    for (const OrphanItem &item : m_model->items()) {
        if (!ids.contains(item.remoteId))
            continue;
        (item.kind == OrphanItem::Kind::VectorStore ? chosen.vectorStores : chosen.files) << item;
    }
    if (chosen.isEmpty())
        return;
    QStringList lines;
    for (const OrphanItem &item : chosen.vectorStores)
        lines << summaryLine(item);
    for (const OrphanItem &item : chosen.files)
        lines << summaryLine(item);
    const auto answer = m_dialogs->confirmDestructive(
        this, tr("Delete in OpenAI?"),
        tr("This deletes %1 in OpenAI. Just before each deletion the app checks again that nothing uses the object; "
           "what is in use by then is skipped.")
            .arg(chosen.totalsText()),
        lines, tr("Delete"));
    if (answer != Dialogs::Yes) {
        m_statusLabel->setText(tr("Nothing was deleted."));
        return;
    }
    QList<OrphanItem> items = chosen.vectorStores;
    items += chosen.files;
    auto jobIds = OrphanScan::queueDeletions(*m_workspace, items);
    if (!jobIds) {
        m_banner->showError(jobIds.error().message, jobIds.error().details);
        return;
    }
    m_deleting = true;
    m_statusLabel->setText(tr("Deleting %n object(s) in OpenAI…", nullptr, int(items.size())));
    updateButtons();
    const QStringList created = jobIds.value();
    QCoro::connect(m_queue->runPending(nullptr, created), this,
                   [this, created](const DeletionRunSummary &) { onDeleted(created); });
}

void OrphansView::onDeleted(const QStringList &jobIds)
{
    m_deleting = false;
    if (!m_workspace) {
        updateButtons();
        emit deletionFinished();
        return;
    }
    int deleted = 0, skipped = 0, failed = 0, queued = 0;
    QStringList gone;
    for (const DeletionJob &job : DeletionJobs::list(*m_workspace, QString::fromLatin1(OrphanScan::JobOwner))) {
        if (!jobIds.contains(job.id))
            continue;
        if (job.state == "done"_L1 && !job.lastError.isEmpty()) {
            ++skipped;
        } else if (job.state == "done"_L1) {
            ++deleted;
            gone << job.remoteId;
        } else if (job.state == "failed"_L1) {
            ++failed;
        } else {
            ++queued;
        }
    }
    if (m_listing) {
        m_listing = m_listing->without(gone);
        if (Status stored = OrphanScan::saveListing(*m_workspace, *m_listing); !stored)
            m_banner->showError(stored.error().message);
        m_report = OrphanScan::classify(*m_listing, m_workspace->assistants(), m_workspace->files());
    }
    QStringList parts{tr("Deleted %1").arg(deleted)};
    if (skipped)
        parts << tr("skipped %1 (now in use)").arg(skipped);
    if (failed)
        parts << tr("failed %1").arg(failed);
    if (queued)
        parts << tr("queued %1").arg(queued);
    m_statusLabel->setText(parts.join(QStringLiteral(" · ")));
    if (failed)
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("%n deletion(s) failed. Assistant → Remote cleanup… shows the errors and offers Retry.",
                                 nullptr, failed));
    showReport();
    emit deletionFinished();
}

QString OrphansView::totalsText() const
{
    return m_totalsLabel->text();
}

QString OrphansView::statusText() const
{
    return m_statusLabel->text();
}
