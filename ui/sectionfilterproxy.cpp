#include "sectionfilterproxy.h"

SectionFilterProxy::SectionFilterProxy(int archivedRole, int nameColumn, QObject *parent)
    : SearchFilterProxy(parent), m_archivedRole(archivedRole), m_nameColumn(nameColumn)
{
}

bool SectionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex name = sourceModel()->index(sourceRow, m_nameColumn, sourceParent);
    if (!showArchived() && name.data(m_archivedRole).toBool())
        return false;
    return searchText().isEmpty() || name.data().toString().contains(searchText(), Qt::CaseInsensitive);
}
