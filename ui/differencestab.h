// The "Differences" tab of the assistant editor (ui.md, domain.md §4): one row per difference with the workspace
// value next to the OpenAI value; files only on one side as child rows by name, id and size; a line diff of the
// selected instructions or JSON value. When in sync it says so with the check time; when the check failed it shows
// the error and the stale last-known differences. Read-only: it shows the stored SyncState, it requests nothing.
#pragma once

#include "sync/syncstate.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

class DifferencesTab : public QWidget
{
    Q_OBJECT
public:
    enum Column { FieldColumn, WorkspaceColumn, OpenAiColumn, ColumnCount };

    explicit DifferencesTab(QWidget *parent = nullptr);

    /// Shows `state`; `remoteId` is named in the "Missing remotely" text.
    void setState(const SyncState &state, const QString &remoteId);
    void clear();
    /// The tab title: "Differences (N)" (N of the last known result while stale), "Differences" without any.
    QString title() const;
    int differenceCount() const { return m_count; }

    /// Text of a value as shown in a cell ("(none)", "on", numbers, compact JSON, strings).
    static QString valueText(const QJsonValue &value);
    /// A line diff of two texts: unchanged lines start with "  ", removed (workspace) "- ", added (OpenAI) "+ ".
    static QStringList lineDiff(const QString &workspace, const QString &openAi);

private:
    void addDifferences(const QList<Difference> &differences);
    void addFileRows(QTreeWidgetItem *parent, const QList<DifferenceFile> &files, bool onlyLocal);
    void showDiffOf(QTreeWidgetItem *item);

    QLabel *m_statusLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_staleLabel = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPlainTextEdit *m_diffView = nullptr;
    int m_count = 0;
};
