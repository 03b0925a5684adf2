#include "domain/syncstate.h"

#include <QCoreApplication>

QString SyncState::badgeText() const
{
    if (current.status == SyncStatus::CheckFailed && noAssistantsApi)
        return QCoreApplication::translate("SyncStatus", "No Assistants API");
    return syncStatusBadgeText(current.status, int(current.differences.size()));
}
