// Remote → local (domain.md §3.5), used by Pull and Import: the fields of a remote assistant mapped onto a local
// record, with the file records it needs. Pure functions, no I/O.
#pragma once

#include "core/result.h"
#include "domain/assistant.h"
#include "domain/workspacefile.h"
#include "domain/snapshot.h"

#include <QHash>
#include <QList>
#include <QStringList>

struct RemoteMapping {
    Assistant assistant;               // fields, tools, files (local ids), vector store, remote id
    QList<WorkspaceFile> newFiles;     // file records to create (no local copy: "Contents not available")
    QStringList warnings;              // e.g. "Tool type retrieval is not supported and will be removed by the next push"
};

namespace RemoteMap {
/// Maps `snapshot` onto `base` (an existing record for Pull, or a fresh one for Import). Files with the same
/// remote_file_id in `existingFiles` are reused; others become new records named from the snapshot's file info.
/// Fails with the field message when a remote value breaks a §1 rule.
Result<RemoteMapping> map(const Assistant &base, const RemoteSnapshot &snapshot, const QList<WorkspaceFile> &existingFiles);
}
