// Paints the sync badge of the assistant list (ui.md "Look"): a symbol plus a short word, so colour is never the
// only signal — In sync ✓ green, Out of sync ● amber, Never pushed ○ grey, Not checked ◌ grey, Missing remotely ✕ red,
// Check failed ⚠ red. In the name column it adds a "Not pushed" tag when local changes are not on the server yet.
// Reads AssistantListModel::SyncStatusRole / NotPushedRole; other columns are painted by the base class.
#pragma once

#include "domain/syncstatus.h"

#include <QColor>
#include <QPalette>
#include <QStyledItemDelegate>

class BadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    struct Badge {
        QString symbol;   // "✓"
        QString word;     // "In sync", translated
        QColor color;
    };

    explicit BadgeDelegate(QObject *parent = nullptr);

    /// The badge for a sync status. Its colour suits `palette` (light or dark); without one, the application's
    /// palette.
    static Badge badgeFor(SyncStatus status, const QPalette &palette);
    static Badge badgeFor(SyncStatus status);
    /// The status a model index carries in AssistantListModel::SyncStatusRole (a SyncStatus, or its wire name).
    static SyncStatus statusOf(const QModelIndex &index);
    /// The full badge of a status-column index: symbol, the model's word ("Out of sync (2)", "No Assistants API")
    /// and " · stale" while a failed check shows the last known status.
    static QString badgeLabel(const QModelIndex &index);
    /// The same for a summary (the editor header).
    static QString badgeLabel(SyncStatus status, const QString &word, bool stale);
    /// The marker text and colour for "Not pushed".
    static QString notPushedText();
    static QColor notPushedColor(const QPalette &palette);
    static QColor notPushedColor();
    /// Whether a row shows the "Not pushed" marker (never-pushed records are not marked twice).
    static bool showsNotPushed(const QModelIndex &index);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintBadge(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintNotPushed(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};
