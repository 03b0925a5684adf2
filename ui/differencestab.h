// The "Differences" tab of the assistant editor (ui.md, domain.md §4): one row per difference with the workspace
// value next to the OpenAI value; files only on one side as child rows by name, id and size; a line diff of the
// selected instructions or JSON value. When in sync it says so with the check time; when the check failed it shows
// the error and the stale last-known differences. It shows the stored SyncState and requests nothing.
// Each difference row offers "Keep workspace" (default) or "Take OpenAI" (domain.md §5.4); "Apply" emits the fields
// to take, and the editor writes them from the snapshot. Hidden for read-only records (setResolvable(false)).
#pragma once

#include "domain/syncstate.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

class DifferencesTab : public QWidget
{
    Q_OBJECT
public:
    enum Column { FieldColumn, WorkspaceColumn, OpenAiColumn, ResolveColumn, ColumnCount };

    explicit DifferencesTab(QWidget *parent = nullptr);

    /// Shows `state`; `remoteId` is named in the "Missing remotely" text.
    void setState(const SyncState &state, const QString &remoteId);
    void clear();
    /// The tab title: "Differences (N)" (N of the last known result while stale), "Differences" without any.
    QString title() const;
    int differenceCount() const { return m_count; }

    /// Whether rows offer Keep workspace / Take OpenAI and the Apply button (false for versions and archived ones).
    void setResolvable(bool resolvable);
    /// The fields of the rows set to "Take OpenAI", in row order.
    QStringList takenFields() const;
    /// Sets one row's choice (as the user would with its combo box); false when no row has that field.
    bool setTaken(const QString &field, bool take);

    /// Text of a value as shown in a cell ("(none)", "on", numbers, compact JSON, strings).
    static QString valueText(const QJsonValue &value);
    /// A line diff of two texts: unchanged lines start with "  ", removed (workspace) "- ", added (OpenAI) "+ ".
    static QStringList lineDiff(const QString &workspace, const QString &openAi);

signals:
    /// "Apply" with the fields whose rows are set to "Take OpenAI".
    void applyRequested(const QStringList &fields);

private:
    void updateApply();
    void addDifferences(const QList<Difference> &differences);
    void addFileRows(QTreeWidgetItem *parent, const QList<DifferenceFile> &files, bool onlyLocal);
    void showDiffOf(QTreeWidgetItem *item);

    QLabel *m_statusLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_staleLabel = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPlainTextEdit *m_diffView = nullptr;
    QWidget *m_applyBar = nullptr;
    QPushButton *m_applyButton = nullptr;
    QLabel *m_applyHint = nullptr;
    bool m_resolvable = true;
    int m_count = 0;
};
