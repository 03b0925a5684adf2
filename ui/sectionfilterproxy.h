// Filter for the experiment and pipeline lists: name contains the search text (case-insensitive) and archived
// records are hidden unless asked for. The assistant list has its own proxy (AssistantFilterProxy).
#pragma once

#include "searchfilterproxy.h"

class SectionFilterProxy : public SearchFilterProxy
{
    Q_OBJECT
public:
    /// `archivedRole` is the source model's bool role for "archived"; `nameColumn` the column searched.
    SectionFilterProxy(int archivedRole, int nameColumn, QObject *parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_archivedRole;
    int m_nameColumn;
};
