// Applying an archive to the workspace (domain.md §7 "On Archive"): one transaction that re-plans, archives the
// family and what goes with it, and queues the remote deletion jobs.
//
// Promises:
// - One write transaction (BEGIN IMMEDIATE): the plan is computed again inside it from the stored records, so a
//   blocker added since the dialog was shown is never missed. If anything blocks, nothing is written and the outcome
//   carries the fresh plan with archived == false (show the blocker dialog again).
// - Otherwise sets is_archived on every record of F, on every released unpublished experiment version and every
//   pipeline version the plan lists, and inserts one `pending` deletion job per planned deletion (owner = the
//   working assistant's id, attempts 0), in the plan's order: assistants, vector stores, files.
// - Any storage failure rolls everything back and returns Error{Storage}.
// - Works offline: it sends no request. The jobs wait until the deletion queue runs them.
// - Emits Workspace::reset() after the commit, since many records of several kinds changed at once.
// Threading: the workspace's thread.
#pragma once

#include "domain/archiveplanner.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

class Workspace;

struct ArchiveOutcome {
    ArchivePlan plan;          // as evaluated inside the transaction
    bool archived = false;     // false: blockers were found and nothing changed
    QStringList jobIds;        // the deletion jobs created, in plan order
};

/// Archives the family of `workingAssistantId` (see above). Refuses like planArchive() when the id is not a
/// non-archived working assistant.
[[nodiscard]] Result<ArchiveOutcome> archiveFamily(Workspace &workspace, const QString &workingAssistantId);
