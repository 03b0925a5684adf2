// Sync status of an assistant record (domain.md §4). Wire names are the CLI's JSON values.
#pragma once

#include <QMetaType>
#include <QString>

enum class SyncStatus { NeverPushed, NotChecked, InSync, OutOfSync, MissingRemote, CheckFailed };
Q_DECLARE_METATYPE(SyncStatus)

QString syncStatusWireName(SyncStatus status);
SyncStatus syncStatusFromWireName(const QString &name, SyncStatus fallback = SyncStatus::NotChecked);
/// Lets a QVariant holding a SyncStatus convert to and from its wire name (QVariant::toString() of a model's
/// status role gives "in_sync"). Idempotent; call before the first such conversion.
void registerSyncStatusConversions();
/// The short badge word shown to the user, translated ("In sync", "Out of sync (2)").
QString syncStatusBadgeText(SyncStatus status, int differenceCount = 0);
