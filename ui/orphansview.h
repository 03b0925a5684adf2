// The orphan view (domain.md §9, ui.md "Orphans"): remote files and vector stores that no workspace assistant and no
// remote assistant uses, with kind, name, remote id, size, created, file count, last active, expiry and "was used by
// archived “X”"; a footer with the totals ("12 files (34.5 MB) · 3 vector stores (120.0 MB)"); remote assistants
// linked to no workspace record under "Assistants not in this workspace" (only importable, never deleted here).
//
// - Scan (online only) lists the server with progress and Cancel; a finished scan is stored in the workspace and
//   replaces the shown one; a cancelled or failed scan keeps the last one (the error goes to the inline banner).
// - The last scan is shown with its time at once, also offline, classified against the workspace as it is now.
// - "Delete selected…" first shows what would be deleted (Dialogs::confirmDestructive: the dry-run summary); only
//   "Delete" creates the deletion jobs (owner "orphan cleanup") and runs them through the DeletionQueue, each
//   re-checking that its object is still an orphan. Deleted objects leave the list; the outcome appears in the
//   status line ("Deleted 5 · skipped 1 (now in use)").
// - Offline (setOnline(false), no client or no queue) Scan and Delete are disabled with the tooltip
//   "Not available offline".
// Never blocks: coroutines run through QCoro::connect. Workspace, queue and client are held by QPointer (the client and
// queue must outlive a task they run). Object names: orphansScanLabel, orphansApiNotice, orphansTable,
// orphansTotalsLabel, orphansStrayTable, scanButton, cancelScanButton, deleteSelectedButton, orphansProgress,
// orphansStatusLabel, orphansBanner.
#pragma once

#include "cleanup/orphanscan.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QWidget>

class DeletionQueue;
class Dialogs;
class MessageBanner;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
class Workspace;
namespace OpenAi {
class CancelToken;
class OpenAiClient;
}

/// The rows of the orphan table: the report's vector stores, then its files.
class OrphanTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, NameColumn, RemoteIdColumn, SizeColumn, CreatedColumn, FilesColumn, LastActiveColumn,
                  ExpiresColumn, UsedByColumn, ColumnCount };
    enum Role { RemoteIdRole = Qt::UserRole + 1, KindRole, BytesRole };

    using QAbstractTableModel::QAbstractTableModel;
    void setItems(const QList<OrphanItem> &items);
    const QList<OrphanItem> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<OrphanItem> m_items;
};

class OrphansView : public QWidget
{
    Q_OBJECT
public:
    /// `dialogs` must outlive the view.
    OrphansView(Workspace *workspace, Dialogs *dialogs, QWidget *parent = nullptr);
    ~OrphansView() override;

    void setWorkspace(Workspace *workspace);
    /// The client a scan uses (null: no server features).
    void setClient(OpenAi::OpenAiClient *client);
    /// The queue that runs the deletions (null: offline).
    void setQueue(DeletionQueue *queue);
    void setOnline(bool online);
    bool canUseServer() const;

    /// Shows the last stored scan, classified against the workspace now.
    void refresh();
    void scan();
    void cancelScan();
    /// Selects the rows of these remote ids (for tests and callers); others are deselected.
    void selectRemoteIds(const QStringList &remoteIds);
    QStringList selectedRemoteIds() const;
    /// Asks with the summary of the selected rows, then deletes them (see above).
    void deleteSelected();

    const OrphanReport &report() const { return m_report; }
    bool hasReport() const { return m_hasReport; }
    bool isScanning() const { return m_scanCancel != nullptr; }
    bool isDeleting() const { return m_deleting; }
    OrphanTableModel *model() const { return m_model; }
    QString totalsText() const;
    QString statusText() const;

signals:
    void scanFinished(bool ok);
    void deletionFinished();

private:
    void showReport();
    void updateButtons();
    void onScanProgress(int done, int total, const QString &step);
    void onScanned(const Result<OrphanListing> &listing);
    void onDeleted(const QStringList &jobIds);

    QPointer<Workspace> m_workspace;
    Dialogs *m_dialogs = nullptr;
    QPointer<OpenAi::OpenAiClient> m_client;
    QPointer<DeletionQueue> m_queue;
    QPointer<OpenAi::CancelToken> m_scanCancel;
    bool m_online = false;
    bool m_deleting = false;
    bool m_hasReport = false;
    std::optional<OrphanListing> m_listing;   // what the shown report was classified from
    OrphanReport m_report;

    OrphanTableModel *m_model = nullptr;
    MessageBanner *m_banner = nullptr;
    QLabel *m_scanLabel = nullptr;
    QLabel *m_apiNotice = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_totalsLabel = nullptr;
    QTableWidget *m_strayTable = nullptr;
    QLabel *m_strayHint = nullptr;
    QPushButton *m_scanButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_statusLabel = nullptr;
};
