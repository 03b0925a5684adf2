// What the list models of experiments and of pipelines share (ExperimentListModel, PipelineListModel): the workspace
// they follow, their rows in family order (families by name; in each the working record first, then its versions
// newest first), the archived state a version takes from its working record, the names of the assistants they show,
// finding a row by record id, and the columns and roles both have. `Record` is Experiment or Pipeline.
//
// Columns: Name | Version (the subclass's version label) | the subclass's reference column (what the record uses) |
// State ("Archived", "Live").
// Roles: IdRole, WorkingIdRole, ArchivedRole; a subclass numbers its own from FirstOwnRole.
#pragma once

#include "domain/family.h"
#include "domain/recordlabels.h"
#include "rebind.h"
#include "storage/workspace.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointer>

#include <algorithm>
#include <initializer_list>

template <typename Record>
class RecordListModel : public QAbstractTableModel
{
public:
    enum Column { NameColumn, VersionColumn, ReferenceColumn, StateColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, WorkingIdRole, ArchivedRole, FirstOwnRole };

    void setWorkspace(Workspace *workspace)
    {
        if (rebind(m_workspace, workspace, this)) {
            connect(m_workspace, &Workspace::reset, this, &RecordListModel::reload);
            connect(m_workspace, &Workspace::assistantChanged, this, &RecordListModel::reload);
            for (auto signal : m_reloadOn)
                connect(m_workspace, signal, this, &RecordListModel::reload);
        }
        reload();
    }

    /// Re-reads every record from the workspace.
    void reload()
    {
        beginResetModel();
        m_rows.clear();
        m_assistantNames.clear();
        m_families = {};
        clearReferences();
        if (m_workspace) {
            QList<Record> all = ((*m_workspace).*m_read)();
            m_families = FamilyIndex<Record>(all);
            // Family by family (working record first, then versions descending), families by name.
            std::sort(all.begin(), all.end(), [](const Record &a, const Record &b) {
                const QString fa = Family::workingIdOf(a);
                const QString fb = Family::workingIdOf(b);
                if (fa != fb) {
                    const int c = a.name.compare(b.name, Qt::CaseInsensitive);
                    return c != 0 ? c < 0 : fa < fb;
                }
                if (a.isVersion() != b.isVersion())
                    return !a.isVersion();
                return a.versionNumber > b.versionNumber;
            });
            m_rows = all;
            for (const auto &s : m_workspace->assistantSummaries())
                m_assistantNames.insert(s.id, RecordLabel::assistant(s.name, s.isVersion()));
            readReferences(*m_workspace);
        }
        endResetModel();
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Record &r = m_rows.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return text(r, index.column());
        case IdRole:
            return r.id;
        case WorkingIdRole:
            return r.workingId;
        case ArchivedRole:
            return isArchived(r);
        }
        return ownRoleData(r, role);
    }

    /// What `record` shows in `column`.
    QString text(const Record &record, int column) const
    {
        switch (column) {
        case NameColumn:
            return record.name;
        case VersionColumn:
            return m_versionLabel(record);
        case StateColumn:
            return isArchived(record) ? QCoreApplication::translate("RecordListModel", "Archived")
                                      : QCoreApplication::translate("RecordListModel", "Live");
        }
        return referenceText(record);
    }

    const Record &recordAt(int row) const { return m_rows.at(row); }
    /// The index of the record `id` in the first column, invalid when it has no row.
    QModelIndex indexOf(const QString &id) const
    {
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows.at(i).id == id)
                return this->index(i, 0);
        return {};
    }
    /// "Helpdesk (working)", a version's name, or the id itself when unknown.
    QString assistantLabel(const QString &assistantId) const { return m_assistantNames.value(assistantId, assistantId); }
    /// True when the record or its family's working record is archived.
    bool isArchived(const Record &r) const { return m_families.isArchived(r); }

protected:
    /// `read` gives every record of the kind the model lists (Workspace::experiments or pipelines), `versionLabel` the
    /// text of a record's VersionColumn. Besides reset() and assistantChanged(), the model re-reads on the workspace
    /// signals `reloadOn`.
    RecordListModel(QList<Record> (Workspace::*read)() const, QString (*versionLabel)(const Record &),
                    std::initializer_list<void (Workspace::*)()> reloadOn, QObject *parent)
        : QAbstractTableModel(parent), m_read(read), m_versionLabel(versionLabel), m_reloadOn(reloadOn)
    {
    }

    /// The text of `record` in the ReferenceColumn.
    virtual QString referenceText(const Record &record) const = 0;
    /// The subclass's own roles (from FirstOwnRole) of `record`.
    virtual QVariant ownRoleData(const Record &, int) const { return {}; }
    /// What the subclass reads besides the records and assistant names, and drops on reload.
    virtual void readReferences(const Workspace &) {}
    virtual void clearReferences() {}

    QList<Record> m_rows;

private:
    QList<Record> (Workspace::*m_read)() const;
    QString (*m_versionLabel)(const Record &);
    QList<void (Workspace::*)()> m_reloadOn;
    QPointer<Workspace> m_workspace;
    QHash<QString, QString> m_assistantNames;
    FamilyIndex<Record> m_families;
};
