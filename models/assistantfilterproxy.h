// Filters and sorts the assistant list: text search over name and model (case-insensitive, as you type), hides
// archived records unless asked, hides versions unless asked (they are listed on their working record's page),
// and sorts by name with a locale-aware collator.
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

class AssistantFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AssistantFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setShowArchived(bool show);
    bool showArchived() const { return m_showArchived; }
    void setShowVersions(bool show);
    bool showVersions() const { return m_showVersions; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    bool m_showArchived = false;
    bool m_showVersions = false;
    QCollator m_collator;
};
