#include "searchfilterproxy.h"

void SearchFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    searchTextChanged();
}

void SearchFilterProxy::setShowArchived(bool show)
{
    setFilterFlag(m_showArchived, show);
}

void SearchFilterProxy::setFilterFlag(bool &flag, bool value)
{
    if (flag == value)
        return;
    flag = value;
    invalidateRowsFilter();
}
