// Remote work — a deletion job (domain.md §7) or a create intent (§5.6) — is claimed by one program at a time, so two
// desktops (or a desktop and a script) on one workspace never send the same DELETE or create twice. A claim records
// the claimant: its session, its process (the PostgreSQL backend of its connection, or its operating-system process
// on an SQLite file) and its host. Another program takes a claim over only when the claimant is gone: its PostgreSQL
// backend no longer exists, its process on this host has ended, or — for a claimant on another host of an SQLite
// file, which cannot be asked — it has not touched the claim for StaleAfterSeconds.
#pragma once

#include <QString>

class Database;

namespace Claims {
inline constexpr int StaleAfterSeconds = 3600;

struct Claimant {
    QString session;
    qint64 pid = 0;
    QString host;
};

/// This connection as a claimant.
Claimant me(Database &db);
/// Whether `claimant` (read from a claimed row, touched last at `touchedAt`) still runs. A row with no claimant
/// (written before claims existed) counts as gone.
bool isAlive(Database &db, const Claimant &claimant, const QString &touchedAt);
} // namespace Claims
