// What the list models of experiments and of pipelines share (ExperimentListModel, PipelineListModel): the workspace
// they follow, their rows in family order (families by name; in each the working record first, then its versions
// newest first), the archived state a version takes from its working record, the names of the assistants they show,
// and finding a row by record id. `Record` is Experiment or Pipeline.
#pragma once

#include "domain/family.h"
#include "domain/recordlabels.h"
#include "storage/workspace.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include <algorithm>
#include <initializer_list>

template <typename Record>
class RecordListModel : public QAbstractTableModel
{
public:
    void setWorkspace(Workspace *workspace)
    {
        if (m_workspace)
            disconnect(m_workspace, nullptr, this, nullptr);
        m_workspace = workspace;
        if (m_workspace) {
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
            QList<Record> all = records(*m_workspace);
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
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_columnCount; }

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
    /// Besides reset() and assistantChanged(), the model re-reads on the workspace signals `reloadOn`.
    RecordListModel(int columnCount, std::initializer_list<void (Workspace::*)()> reloadOn, QObject *parent)
        : QAbstractTableModel(parent), m_columnCount(columnCount), m_reloadOn(reloadOn)
    {
    }

    /// Every record of the kind the model lists.
    virtual QList<Record> records(const Workspace &workspace) const = 0;
    /// What the subclass reads besides the records and assistant names, and drops on reload.
    virtual void readReferences(const Workspace &) {}
    virtual void clearReferences() {}

    QList<Record> m_rows;

private:
    int m_columnCount = 0;
    QList<void (Workspace::*)()> m_reloadOn;
    QPointer<Workspace> m_workspace;
    QHash<QString, QString> m_assistantNames;
    FamilyIndex<Record> m_families;
};
