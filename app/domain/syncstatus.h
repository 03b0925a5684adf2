// Sync status of an assistant record (domain.md §4). Wire names are the CLI's JSON values.
#pragma once

#include <QString>

enum class SyncStatus { NeverPushed, NotChecked, InSync, OutOfSync, MissingRemote, CheckFailed };

QString syncStatusWireName(SyncStatus status);
SyncStatus syncStatusFromWireName(const QString &name, SyncStatus fallback = SyncStatus::NotChecked);
/// The short badge word shown to the user, translated ("In sync", "Out of sync (2)").
QString syncStatusBadgeText(SyncStatus status, int differenceCount = 0);
