// Filters and sorts the assistant list: text search over name and model (case-insensitive, as you type), hides
// archived records unless asked, hides versions unless asked (they are listed on their working record's page),
// and sorts by name with a locale-aware collator.
#pragma once

#include "searchfilterproxy.h"

#include <QCollator>

class AssistantFilterProxy : public SearchFilterProxy
{
    Q_OBJECT
public:
    explicit AssistantFilterProxy(QObject *parent = nullptr);

    void setShowVersions(bool show);
    bool showVersions() const { return m_showVersions; }

protected:
    void searchTextChanged() override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_showVersions = false;
    QCollator m_collator;
};
