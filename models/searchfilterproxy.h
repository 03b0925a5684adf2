// What the proxies of the navigator's lists share (AssistantFilterProxy, SectionFilterProxy): the search text
// (trimmed) and whether archived records show. Each filters the rows again when it changes; how a row matches is
// the subclass's filterAcceptsRow().
#pragma once

#include <QSortFilterProxyModel>

class SearchFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    void setSearchText(const QString &text);
    const QString &searchText() const { return m_search; }
    void setShowArchived(bool show);
    bool showArchived() const { return m_showArchived; }

protected:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    /// Filters again after the search text changed: invalidateRowsFilter(), unless the subclass knows better.
    virtual void searchTextChanged() { invalidateRowsFilter(); }
    /// Sets `flag` (a member filterAcceptsRow() reads) to `value` and filters again when that changed it.
    void setFilterFlag(bool &flag, bool value);

private:
    QString m_search;
    bool m_showArchived = false;
};
