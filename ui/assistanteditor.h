// The editor of one assistant record: a header line (name, sync badge, "Not pushed", unsaved marker, version
// switcher, "Read-only: version vN of <name>") above the tabs General, Tools & files, Differences (the stored
// SyncState: refreshed whenever the workspace reports a change of the record, e.g. after a check), Versions, Try (a
// conversation with the record as the form shows it, trytab.h) and Checks (the working assistant's saved checks,
// checkstab.h).
//
// Edits stay in the form until save(); save() validates (validateAssistant plus the function JSON) and refuses
// with the problems shown next to their fields. Versions are shown read-only. maybeLeave() is the one place that
// asks Save / Discard / Cancel before the form is replaced, so unsaved edits are never dropped silently.
#pragma once

#include "domain/assistant.h"
#include "domain/validation.h"
#include "storage/workspace.h"

#include <QPointer>
#include <QWidget>

class ChecksTab;
class DifferencesTab;
class Dialogs;
class MessageBanner;
class QTimer;
class SyncController;
class TryTab;
class GeneralTab;
class QComboBox;
class QLabel;
class QTabWidget;
class ToolsTab;
class VersionsTab;


class AssistantEditor : public QWidget
{
    Q_OBJECT
public:
    AssistantEditor(Dialogs *dialogs, QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    /// The server side of the Try and Checks tabs (client, session, mode); null: they cannot run.
    void setServer(SyncController *sync);
    /// Loads a record (working or version) into the form, replacing any edit: callers ask maybeLeave() first.
    bool loadAssistant(const QString &id);
    void clear();
    QString currentId() const { return m_loaded.id; }
    bool hasRecord() const { return !m_loaded.id.isEmpty(); }
    /// A version, or a workspace that refuses writes (a read-only role, the offline copy of a team workspace).
    bool isReadOnly() const { return m_loaded.isVersion() || (m_workspace && m_workspace->isReadOnly()); }
    bool isModified() const { return m_modified; }
    /// The record as the form shows it now.
    Assistant formValue() const;
    /// Every problem of the form: validation rules and invalid function JSON.
    QList<FieldProblem> problems() const;

    /// Re-reads the stored sync state (header badge, Differences tab) without touching the form.
    void refreshSyncState();
    DifferencesTab *differencesTab() const { return m_differences; }
    /// Shows the Differences tab.
    void showDifferences();
    TryTab *tryTab() const { return m_try; }
    ChecksTab *checksTab() const { return m_checks; }
    /// Shows the Try tab, or the Checks tab (working records only).
    void showTry();
    void showChecks();
    /// "Apply" of the Differences tab (domain.md §5.4): unsaved edits are saved or discarded first (maybeLeave), then
    /// the fields are taken from the snapshot in one transaction and the form reloads. Emits applied().
    void applyTaken(const QStringList &fields);

    /// Puts the keyboard focus in the name field with its text selected.
    void focusName();
    /// Validates and saves; on failure shows the problems and returns false. The save is made on the row version the
    /// form was loaded from: when someone else saved the record meanwhile, the user chooses per field between mine and
    /// theirs (Dialogs::chooseMerge) and the merged record is saved. When the workspace server cannot be reached the
    /// edits stay in the form and the save is tried again every few seconds until it works (isWaitingToSave()).
    bool save();
    bool isWaitingToSave() const;
    /// Who saved the loaded record last and its row version, as read when it was loaded.
    RecordStamp loadedStamp() const { return m_stamp; }
    /// The notice above the tabs: a change by someone else while the form has unsaved edits, or a save waiting for the
    /// server.
    MessageBanner *noticeBanner() const { return m_notice; }
    /// Drops the edits and shows the stored record again.
    void revert();
    /// True when the form may be replaced: nothing unsaved, or the user chose Save (and it worked) or Discard.
    bool maybeLeave();

signals:
    void modifiedChanged(bool modified);
    /// A record was loaded or cleared (Save/Revert availability changes).
    void recordChanged(const QString &id);
    void saved(const QString &id);
    /// Apply wrote the taken values; `remaining` differences are left (then the push plan is the next step).
    void applied(const QString &id, int remaining);
    /// Errors of the last action that belong in the banner (not next to a field).
    void messageRaised(const QString &message, const QStringList &details);
    /// A short note for the status bar ("Saved the check …").
    void statusMessage(const QString &message);

private:
    void buildHeader();
    void updateHeader();
    void fillVersionCombo();
    void openVersionAt(int index);
    void onEdited();
    void showProblems(const QList<FieldProblem> &problems);
    void onStoredChange();
    /// Saves `value` on the row version `base`; a conflict is merged with the user (at most a few rounds).
    Status saveMerging(Assistant value, qint64 base);
    void retrySave();
    void setModified(bool modified);

    QPointer<Workspace> m_workspace;
    Dialogs *m_dialogs = nullptr;
    Assistant m_loaded;
    QString m_workingName;
    bool m_modified = false;
    QWidget *m_header = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_badgeLabel = nullptr;
    QLabel *m_notPushedLabel = nullptr;
    QLabel *m_modifiedLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QLabel *m_changedByLabel = nullptr;
    MessageBanner *m_notice = nullptr;
    QTimer *m_saveRetry = nullptr;
    RecordStamp m_stamp;
    QComboBox *m_versionCombo = nullptr;
    QTabWidget *m_tabs = nullptr;
    GeneralTab *m_general = nullptr;
    ToolsTab *m_tools = nullptr;
    DifferencesTab *m_differences = nullptr;
    VersionsTab *m_versions = nullptr;   // working records only
    TryTab *m_try = nullptr;
    ChecksTab *m_checks = nullptr;       // working records only
};
