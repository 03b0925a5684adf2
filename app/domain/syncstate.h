// The stored sync status of one assistant record (domain.md §1.4 "Sync status", §4).
#pragma once

#include "domain/syncstatus.h"
#include "domain/syncdiff.h"

#include <QList>
#include <QString>

#include <optional>

struct SyncResult {
    SyncStatus status = SyncStatus::NotChecked;
    QList<Difference> differences;
    QString checkedAt;              // fetched_at of the snapshot it was computed from
    friend bool operator==(const SyncResult &, const SyncResult &) = default;
};

struct SyncState {
    SyncResult current;
    QString error;                  // set when current.status is CheckFailed
    QString errorAt;
    std::optional<SyncResult> lastKnown;   // the last successful result, shown as stale while the check fails
    bool noAssistantsApi = false;   // the failure was a 404 on the Assistants endpoint itself

    bool stale() const { return current.status == SyncStatus::CheckFailed && lastKnown.has_value(); }
    /// The badge word: "Out of sync (2)", "Check failed", "No Assistants API".
    QString badgeText() const;
};
