// Families of records (domain.md §1.1, §1.3): a working record plus its versions, for assistants (working id in
// `workingVersionId`), experiments and pipelines (`workingId`). The one place that says when a record counts as
// archived: its own flag, or — for a version — its family's working record's flag.
#pragma once

#include "domain/assistant.h"
#include "domain/experiment.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Family {
/// The id of the record's working record; its own id for a working record.
inline QString workingIdOf(const Assistant &a) { return a.isVersion() ? a.workingVersionId : a.id; }
inline QString workingIdOf(const AssistantSummary &a) { return a.isVersion() ? a.workingVersionId : a.id; }
inline QString workingIdOf(const Experiment &e) { return e.isVersion() ? e.workingId : e.id; }
inline QString workingIdOf(const Pipeline &p) { return p.isVersion() ? p.workingId : p.id; }

/// §1.3: a record counts as archived when its own flag or its family's working record's flag is set.
inline bool countsAsArchived(bool ownFlag, bool isVersion, bool workingFlag)
{
    return ownFlag || (isVersion && workingFlag);
}
} // namespace Family

/// The families of one list of records (Assistant, AssistantSummary, Experiment or Pipeline): which records are
/// working records, whether a record counts as archived, and a family's versions. Built once from the whole list.
template <typename Record>
class FamilyIndex
{
public:
    FamilyIndex() = default;
    explicit FamilyIndex(const QList<Record> &records)
    {
        for (const Record &r : records) {
            m_byId.insert(r.id, r);
            if (!r.isVersion())
                m_workingArchived.insert(r.id, r.archived);
        }
    }

    bool isArchived(const Record &r) const
    {
        return Family::countsAsArchived(r.archived, r.isVersion(), m_workingArchived.value(Family::workingIdOf(r), false));
    }
    /// The record `id`, or null when it is not in the list.
    const Record *find(const QString &id) const
    {
        const auto it = m_byId.constFind(id);
        return it == m_byId.cend() ? nullptr : &*it;
    }
    /// The working record of `r`'s family (r itself for a working record); null when it is not in the list.
    const Record *working(const Record &r) const { return r.isVersion() ? find(Family::workingIdOf(r)) : &r; }
    /// The name of `r`'s family: its working record's name (versions of experiments and pipelines carry it too).
    QString familyName(const Record &r) const
    {
        const Record *w = working(r);
        return w ? w->name : r.name;
    }

private:
    QHash<QString, Record> m_byId;
    QHash<QString, bool> m_workingArchived;
};
