// "Take OpenAI" per difference (domain.md §5.4): the record with the chosen differences taken from the stored
// snapshot and every other value kept. Pure functions, no I/O — it works offline, from the cache.
#pragma once

#include "core/result.h"
#include "domain/assistant.h"
#include "domain/workspacefile.h"
#include "domain/remotemapping.h"
#include "domain/snapshot.h"

#include <QList>
#include <QStringList>

namespace TakeRemote {
/// `local` with the OpenAI values of `fields` (Difference::field names, e.g. "name", "functions.lookup_order",
/// "metadata.team", "code_interpreter.files", "file_search.vector_store") taken from `snapshot`. Files attach or
/// detach as in Pull (detached records are kept); the vector-store row adopts the remote store with its files.
/// newFiles holds only the file records the result references. Fails with the field message when a taken remote
/// value breaks a §1 rule, or when a field name is unknown.
Result<RemoteMapping> apply(const Assistant &local, const RemoteSnapshot &snapshot, const QList<WorkspaceFile> &files,
                            const QStringList &fields);
}
