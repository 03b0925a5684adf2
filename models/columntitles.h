// The horizontal header of the table models here and in ui/: one title per column, in column order.
#pragma once

#include <QStringList>
#include <QVariant>

namespace ColumnTitles {
/// `titles[section]` for the horizontal header's DisplayRole (nothing for a section without a title); `other` for
/// every other orientation and role.
inline QVariant header(const QStringList &titles, int section, Qt::Orientation orientation, int role,
                       const QVariant &other = {})
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return other;
    return section >= 0 && section < titles.size() ? QVariant(titles.at(section)) : QVariant();
}
} // namespace ColumnTitles
