#include "sectionfilterproxy.h"

SectionFilterProxy::SectionFilterProxy(int archivedRole, int nameColumn, QObject *parent)
    : QSortFilterProxyModel(parent), m_archivedRole(archivedRole), m_nameColumn(nameColumn)
{
}

void SectionFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

void SectionFilterProxy::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    invalidateRowsFilter();
}

bool SectionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex name = sourceModel()->index(sourceRow, m_nameColumn, sourceParent);
    if (!m_showArchived && name.data(m_archivedRole).toBool())
        return false;
    return m_search.isEmpty() || name.data().toString().contains(m_search, Qt::CaseInsensitive);
}
