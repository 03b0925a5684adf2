// "Import all from OpenAI…" (domain.md §5.5, ui.md): a checkable table of every remote assistant — name, model,
// created, and "New" or "Already in the workspace as “<name>”" — with a progress bar while listing; "Import N"
// imports only the checked ones, each on its own, with progress and Cancel; then the summary "Imported N · already in
// the workspace M · failed K" with each failure's message.
//
// - list() (online only) lists the server through SyncController::listForImport; new assistants are preselected,
//   linked ones are shown greyed without a checkbox and can never be checked. The listing is kept in the workspace
//   with its time; the dialog opens on the last kept listing (of the same server), relinked against the workspace
//   now, so it is shown offline too: "Listed 25 Nov 10:42 — offline, import not available".
// - importChecked() imports the checked rows (in the order shown). Afterwards the rows are relinked: imported ones
//   turn into "Already in the workspace", failed ones stay checked, so a second run imports nothing new.
// - Cancel (or closing the dialog) aborts the running listing or import; finished imports are kept.
// Never blocks: results arrive through QCoro::connect. The controller and workspace are held by QPointer.
// Object names: importListingLabel, importTree, importProgress, importBanner, selectAllNewButton, selectNoneButton,
// listButton, importButton, cancelImportButton, closeButton.
#pragma once

#include "sync/syncengine.h"

#include <QDialog>
#include <QPointer>
#include <QSet>

#include <memory>

class MessageBanner;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class SyncController;
class Workspace;

class ImportAllDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { NameColumn, ModelColumn, CreatedColumn, StateColumn, ColumnCount };
    enum Role { RemoteIdRole = Qt::UserRole + 1, CreatedAtRole };

    ImportAllDialog(SyncController *controller, Workspace *workspace, QWidget *parent = nullptr);
    ~ImportAllDialog() override;

    /// Lists every remote assistant (online only); emits listed() when done.
    void list();
    /// Imports the checked rows; emits importStarted() now and importFinished() when done.
    void importChecked();
    /// Aborts the running listing or import.
    void cancel();
    void selectAllNew();
    void selectNone();
    /// Checks or unchecks the row of `remoteId`; rows already in the workspace stay unchecked.
    void setChecked(const QString &remoteId, bool checked);

    bool isOnline() const;
    bool isBusy() const { return m_stage != Stage::Idle; }
    bool hasListing() const { return m_hasListing; }
    QList<RemoteListingRow> rows() const { return m_rows; }
    QStringList checkedRemoteIds() const;
    /// The line above the table ("Listed 25 Nov 10:42 · 12 assistants, 9 new").
    QString listingText() const;
    /// The summary of the last import, empty before.
    QString summaryText() const { return m_summary; }
    QStringList failureLines() const { return m_failures; }

    void reject() override;

signals:
    void listed(bool ok);
    void importStarted();
    void importFinished(const QList<ImportOutcome> &outcomes);

private:
    enum class Stage { Idle, Listing, Importing };
    void loadCachedListing();
    void showRows();
    void onListed(const Result<QList<RemoteListingRow>> &rows);
    void onImportProgress(int done, int total);
    void onImported(const QList<ImportOutcome> &outcomes, const QStringList &requested);
    void setStage(Stage stage);
    void updateState();
    QString rowLabel(const QString &remoteId) const;

    QPointer<SyncController> m_controller;
    QPointer<Workspace> m_workspace;
    std::shared_ptr<OpenAi::CancelToken> m_cancel;
    Stage m_stage = Stage::Idle;
    bool m_hasListing = false;
    bool m_listFailed = false;
    QString m_listedAt;                 // ISO 8601 UTC of the listing shown
    QList<RemoteListingRow> m_rows;
    QSet<QString> m_checked;            // remote ids of the checked new rows
    QString m_summary;
    QStringList m_failures;

    QLabel *m_listingLabel = nullptr;
    MessageBanner *m_banner = nullptr;
    QTreeWidget *m_tree = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_selectAllNewButton = nullptr;
    QPushButton *m_selectNoneButton = nullptr;
    QPushButton *m_listButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
