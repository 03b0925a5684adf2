#include "badgedelegate.h"

#include "appearance.h"
#include "assistantlistmodel.h"
#include "domain/syncstatus.h"

#include <QApplication>
#include <QPainter>

namespace {
constexpr int Padding = 4;
constexpr int TagPadding = 5;

} // namespace

BadgeDelegate::BadgeDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

BadgeDelegate::Badge BadgeDelegate::badgeFor(SyncStatus status)
{
    return badgeFor(status, QGuiApplication::palette());
}

SyncStatus BadgeDelegate::statusOf(const QModelIndex &index)
{
    registerSyncStatusConversions();
    return index.data(AssistantListModel::SyncStatusRole).value<SyncStatus>();
}

BadgeDelegate::Badge BadgeDelegate::badgeFor(SyncStatus status, const QPalette &palette)
{
    using Appearance::Tone;
    const QString word = syncStatusBadgeText(status);
    switch (status) {
    case SyncStatus::InSync:
        return {QStringLiteral("✓"), word, Appearance::statusColor(Tone::Positive, palette)};
    case SyncStatus::OutOfSync:
        return {QStringLiteral("●"), word, Appearance::statusColor(Tone::Warning, palette)};
    case SyncStatus::NeverPushed:
        return {QStringLiteral("○"), word, Appearance::statusColor(Tone::Neutral, palette)};
    case SyncStatus::MissingRemote:
        return {QStringLiteral("✕"), word, Appearance::statusColor(Tone::Negative, palette)};
    case SyncStatus::CheckFailed:
        return {QStringLiteral("⚠"), word, Appearance::statusColor(Tone::Negative, palette)};
    case SyncStatus::NotChecked:
        break;
    }
    return {QStringLiteral("◌"), word, Appearance::statusColor(Tone::Neutral, palette)};
}

QString BadgeDelegate::badgeLabel(SyncStatus status, const QString &word, bool stale)
{
    const Badge badge = badgeFor(status);
    const QString shown = word.isEmpty() ? badge.word : word;
    const QString label = badge.symbol + QChar(0x2009) + shown;   // thin space between symbol and word
    return stale ? tr("%1 · stale").arg(label) : label;
}

QString BadgeDelegate::badgeLabel(const QModelIndex &index)
{
    return badgeLabel(statusOf(index), index.data(Qt::DisplayRole).toString(),
                      index.data(AssistantListModel::StaleRole).toBool());
}

QString BadgeDelegate::notPushedText()
{
    return tr("Not pushed");
}

QColor BadgeDelegate::notPushedColor()
{
    return notPushedColor(QGuiApplication::palette());
}

QColor BadgeDelegate::notPushedColor(const QPalette &palette)
{
    return Appearance::statusColor(Appearance::Tone::Accent, palette);
}

bool BadgeDelegate::showsNotPushed(const QModelIndex &index)
{
    return index.data(AssistantListModel::NotPushedRole).toBool()
        && statusOf(index) != SyncStatus::NeverPushed;
}

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == AssistantListModel::StatusColumn)
        paintBadge(painter, option, index);
    else if (index.column() == AssistantListModel::NameColumn && showsNotPushed(index))
        paintNotPushed(painter, option, index);
    else
        QStyledItemDelegate::paint(painter, option, index);
}

void BadgeDelegate::paintBadge(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const Badge badge = badgeFor(statusOf(index), opt.palette);
    // The style lays the text rect out for the option's text: give it the badge, then paint the cell without it.
    const QString label = badgeLabel(index);
    opt.text = label;
    QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(Padding, 0, -Padding, 0);
    textRect = QStyle::visualRect(opt.direction, opt.rect, textRect);
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    painter->save();
    painter->setPen(selected ? opt.palette.color(QPalette::HighlightedText) : badge.color);
    const QString text = opt.fontMetrics.elidedText(label, Qt::ElideRight, textRect.width());
    painter->drawText(textRect, int(Qt::AlignVCenter | Qt::AlignLeading) | Qt::TextSingleLine, text);
    painter->restore();
}

void BadgeDelegate::paintNotPushed(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString name = opt.text;
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(Padding, 0, -Padding, 0);
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QFont tagFont = opt.font;
    tagFont.setPointSizeF(tagFont.pointSizeF() * 0.85);
    const QFontMetrics tagMetrics(tagFont);
    const QString tag = notPushedText();
    const int tagWidth = tagMetrics.horizontalAdvance(tag) + 2 * TagPadding;

    QRect tagRect(textRect.right() - tagWidth + 1, textRect.top() + 2, tagWidth, textRect.height() - 4);
    QRect nameRect = textRect.adjusted(0, 0, -(tagWidth + Padding), 0);
    tagRect = QStyle::visualRect(opt.direction, opt.rect, tagRect);
    nameRect = QStyle::visualRect(opt.direction, opt.rect, nameRect);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    painter->save();
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(nameRect, int(Qt::AlignVCenter | Qt::AlignLeading) | Qt::TextSingleLine,
                      opt.fontMetrics.elidedText(name, Qt::ElideRight, nameRect.width()));
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = selected ? opt.palette.color(QPalette::HighlightedText) : notPushedColor(opt.palette);
    painter->setPen(color);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(tagRect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    painter->setFont(tagFont);
    painter->drawText(tagRect, Qt::AlignCenter | Qt::TextSingleLine, tag);
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (index.column() == AssistantListModel::StatusColumn) {
        size.setWidth(opt.fontMetrics.horizontalAdvance(badgeLabel(index)) + 4 * Padding);
    } else if (index.column() == AssistantListModel::NameColumn && showsNotPushed(index)) {
        QFont tagFont = opt.font;
        tagFont.setPointSizeF(tagFont.pointSizeF() * 0.85);
        size.rwidth() += QFontMetrics(tagFont).horizontalAdvance(notPushedText()) + 2 * TagPadding + 2 * Padding;
    }
    return size;
}
