#include "assistantfilterproxy.h"

#include "assistantlistmodel.h"

namespace {
// Names sort as people read them ("Assistant 2" before "Assistant 10") in the user's language. Qt's collator
// ignores numeric mode for the C/POSIX locale (a session with LANG unset), so that one collates as English.
QLocale collationLocale()
{
    const QLocale system;
    return system.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : system;
}
} // namespace

AssistantFilterProxy::AssistantFilterProxy(QObject *parent) : SearchFilterProxy(parent), m_collator(collationLocale())
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    setDynamicSortFilter(true);
    setSortRole(Qt::DisplayRole);
}

void AssistantFilterProxy::searchTextChanged()
{
    // A full invalidate re-maps in one pass (one layout change); invalidateRowsFilter() would insert and remove
    // thousands of rows one range at a time, which is slower on large lists.
    invalidate();
}

void AssistantFilterProxy::setShowVersions(bool show)
{
    setFilterFlag(m_showVersions, show);
}

bool AssistantFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const AssistantListModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return false;
    const AssistantSummary &s = model->summaryAt(sourceRow);
    if (s.archived && !showArchived())
        return false;
    if (s.isVersion() && !m_showVersions)
        return false;
    const QString &search = searchText();
    if (search.isEmpty())
        return true;
    return s.name.contains(search, Qt::CaseInsensitive) || s.model.contains(search, Qt::CaseInsensitive);
}

bool AssistantFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = qobject_cast<const AssistantListModel *>(sourceModel());
    if (model && left.column() == AssistantListModel::NameColumn && sortRole() == Qt::DisplayRole) {
        // The common case, without a QVariant per comparison: sorting 10,000 rows stays within a frame.
        const AssistantSummary &l = model->summaryAt(left.row());
        const AssistantSummary &r = model->summaryAt(right.row());
        const int c = m_collator.compare(l.name, r.name);
        return c != 0 ? c < 0 : l.id < r.id;
    }
    const int c = m_collator.compare(left.data(sortRole()).toString(), right.data(sortRole()).toString());
    if (c != 0)
        return c < 0;
    return left.data(AssistantListModel::IdRole).toString() < right.data(AssistantListModel::IdRole).toString();
}
