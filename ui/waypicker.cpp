#include "waypicker.h"

#include "conversation/conversation.h"
#include "sync/servercapabilities.h"

#include <QStandardItemModel>

namespace {
int indexOf(ConversationWay way)
{
    return way == ConversationWay::Assistants ? 0 : 1;
}
} // namespace

WayPicker::WayPicker(QWidget *parent) : QComboBox(parent)
{
    addItem(wayLabel(ConversationWay::Assistants), int(ConversationWay::Assistants));
    addItem(wayLabel(ConversationWay::Responses), int(ConversationWay::Responses));
    setItemData(0, tr("An Assistants-v2 thread and run: the assistant as the server holds it (it must be pushed)"),
                Qt::ToolTipRole);
    setItemData(1, tr("POST /responses with the assistant's Responses configuration: also unsaved and never-pushed "
                      "changes"),
                Qt::ToolTipRole);
    setCurrentIndex(1);
    setAccessibleName(tr("Way to run"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::currentIndexChanged, this, &WayPicker::wayChanged);
}

QString WayPicker::wayLabel(ConversationWay way)
{
    return way == ConversationWay::Assistants ? tr("Assistants (thread and run)") : tr("Responses API");
}

void WayPicker::setAssistant(const Assistant &assistant, const ServerCapabilities *capabilities,
                             const QString &offlineReason)
{
    auto *items = qobject_cast<QStandardItemModel *>(model());
    bool changed = false;
    for (ConversationWay way : {ConversationWay::Assistants, ConversationWay::Responses}) {
        const int i = indexOf(way);
        QString reason = offlineReason;
        if (reason.isEmpty())
            reason = Conversation::unavailableReason(way, assistant, capabilities);
        changed = changed || reason != m_reasons[i];
        m_reasons[i] = reason;
        if (QStandardItem *item = items ? items->item(i) : nullptr) {
            // Both unavailable (offline): keep them selectable so the reason stays readable in the closed combo.
            item->setEnabled(reason.isEmpty() || !offlineReason.isEmpty());
            item->setToolTip(reason.isEmpty() ? itemData(i, Qt::ToolTipRole).toString() : reason);
        }
    }
    if (!m_reasons[currentIndex()].isEmpty() && offlineReason.isEmpty()) {
        const int other = 1 - currentIndex();
        if (m_reasons[other].isEmpty()) {
            setCurrentIndex(other);   // emits wayChanged()
            return;
        }
    }
    setToolTip(m_reasons[currentIndex()]);
    if (changed)
        emit wayChanged();
}

void WayPicker::setServerState(const ServerCapabilities *capabilities, const QString &offlineReason)
{
    Assistant pushed;
    pushed.remoteId = QStringLiteral("asst_any");
    setAssistant(pushed, capabilities, offlineReason);
}

ConversationWay WayPicker::way() const
{
    return currentIndex() == 0 ? ConversationWay::Assistants : ConversationWay::Responses;
}

void WayPicker::setWay(ConversationWay way)
{
    setCurrentIndex(indexOf(way));
}

QString WayPicker::reason(ConversationWay way) const
{
    return m_reasons[indexOf(way)];
}

QString WayPicker::reasonText() const
{
    if (!m_reasons[0].isEmpty() && m_reasons[0] == m_reasons[1])
        return m_reasons[0];
    QStringList lines;
    for (ConversationWay way : {ConversationWay::Assistants, ConversationWay::Responses})
        if (const QString r = reason(way); !r.isEmpty())
            lines << tr("%1: %2").arg(wayLabel(way), r);
    return lines.join(QLatin1Char('\n'));
}
