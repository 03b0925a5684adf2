// The assistant list: one row per assistant record (working records and versions, archived ones included; the
// proxy decides what is shown), columns Status | Name | Model | Checked. It holds summaries only, so a workspace
// of 10,000 assistants opens fast; the editor loads a full record on selection.
//
// Updates: listens to Workspace signals and changes single rows (dataChanged / insert) rather than resetting,
// except after an import (reset).
#pragma once

#include "domain/assistant.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include "storage/workspace.h"

class AssistantListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StatusColumn, NameColumn, ModelColumn, CheckedColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SyncStatusRole,      // the SyncStatus (QVariant::toString() gives its wire name, "in_sync")
        CheckedAtRole,       // ISO 8601 UTC or empty
        NotPushedRole,       // bool
        ArchivedRole,        // bool
        IsVersionRole,       // bool
        RemoteIdRole,        // string or empty
        VersionCountRole,    // int
        DifferenceCountRole, // int (0 until sync fills it)
        SearchTextRole,      // name and model, for the filter
        StaleRole,           // bool: check failed, showing the last known status
    };

    explicit AssistantListModel(QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    Workspace *workspace() const { return m_workspace; }
    /// Reloads every row from the workspace.
    void reload();
    /// Reloads one row (after a save or a check).
    void refreshRow(const QString &id);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    QModelIndex indexOf(const QString &id, int column = NameColumn) const;
    const AssistantSummary &summaryAt(int row) const { return m_rows.at(row); }

    /// "checked 10:42", "checked yesterday", "checked 24 Nov" — local time, relative when recent.
    /// The badge word of a row: "In sync", "Out of sync (2)", "No Assistants API".
    static QString badgeText(const AssistantSummary &summary);
    static QString checkedText(const QString &isoUtc, const QDateTime &now);

private:
    void rebuildIndex();

    QPointer<Workspace> m_workspace;
    QList<AssistantSummary> m_rows;
    QHash<QString, int> m_rowById;
};
