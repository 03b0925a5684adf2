// The intent of every create sent to the server (domain.md §5.6 "No duplicates from retries"): written to the
// workspace before the request goes out and cleared once its result is stored, so a run killed mid-request leaves
// a record the next push, release or upload resolves by looking for the object it may have made.
// Each change is its own short transaction.
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

class Workspace;

struct CreateIntent {
    QString id;
    QString kind;        // assistant, vector_store, file
    QString recordId;    // assistant and vector_store: the assistant record (or version) id; file: the file record id
    QString marker;      // assistant and vector_store: metadata.assistant_desk_id; file: the filename sent
    qint64 bytes = 0;    // file: its size
    QString purpose;     // "push" or "release"
    QString startedAt;   // ISO 8601 UTC

    friend bool operator==(const CreateIntent &, const CreateIntent &) = default;
};

namespace CreateIntents {
/// Records `intent` (id and started_at generated) and returns its id.
Result<QString> begin(Workspace &workspace, CreateIntent intent);
/// The create's result is stored (or it certainly made nothing): the intent goes.
Status end(Workspace &workspace, const QString &intentId);
/// Leftover intents, oldest first; filters apply when non-empty.
QList<CreateIntent> list(Workspace &workspace, const QString &kind = {}, const QString &recordId = {},
                         const QString &purpose = {});
}
