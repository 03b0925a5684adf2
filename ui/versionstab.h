// The "Versions" tab of a working assistant (domain.md §6 "The working record's page lists its versions with
// badges"; ui.md "Versions"): one row per version, newest first — version label ("v2"), the version's name, its
// remote id, its badge (sync status, or "Archived"), and the experiments that use it, directly or through an
// assistant node of the pipeline record they use ("Sales bot · v1 [published] (via Triage flow · v1)"). Archived
// experiment records are not listed (they use nothing any more, §7).
//
// Below the versions, the family's history (domain: who did what): one row per recorded write of the working record
// or a version — when, who (the database role of a team workspace, the user of a file), which record and what
// changed — newest first.
//
// Read-only. It re-reads the workspace whenever it reports a change. Activating a row (double click, Return) emits
// openRequested().
// Object names: versionsTable, noVersionsLabel, historyTable.
#pragma once

#include <QPointer>
#include <QSet>
#include <QWidget>

class QLabel;
class QTableWidget;
class Workspace;

class VersionsTab : public QWidget
{
    Q_OBJECT
public:
    enum Column { VersionColumn, NameColumn, RemoteIdColumn, StatusColumn, UsedByColumn, ColumnCount };

    explicit VersionsTab(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    /// Lists the versions of the working assistant `workingId`; empty clears.
    void setWorkingAssistant(const QString &workingId);
    int versionCount() const;
    /// "Versions (3)", or "Versions" with none.
    QString title() const;

signals:
    /// A row was activated: open this version record.
    void openRequested(const QString &assistantId);
    /// The list was re-read; the tab title may have changed.
    void refreshed();

private:
    void refresh();

    QPointer<Workspace> m_workspace;
    QString m_workingId;
    QSet<QString> m_shownIds;
    void refreshHistory(const QHash<QString, QString> &recordLabels);

    QTableWidget *m_table = nullptr;
    QTableWidget *m_history = nullptr;
    QLabel *m_emptyLabel = nullptr;
};
