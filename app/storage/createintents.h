// The intent of every create sent to the server (domain.md §5.6 "No duplicates from retries"): written to the
// workspace before the request goes out and cleared once its result is stored, so a run killed mid-request leaves
// a record the next push, release or upload resolves by looking for the object it may have made.
// Each change is its own short transaction. An intent is claimed by the program that records it (storage/claims.h):
// another program does not create the same object while that program lives, and takes over its leftover intents
// only when it is gone.
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
    /// begin(): when set, the record's link (assistant remote_id, vector_store_id, file remote_file_id) must still
    /// be `expectedLink` (empty = none), or another program linked an object meanwhile and nothing is recorded.
    bool checkLink = false;
    QString expectedLink;
    /// list(): a live program other than this one holds the intent (its create is under way).
    bool heldElsewhere = false;

    friend bool operator==(const CreateIntent &, const CreateIntent &) = default;
};

namespace CreateIntents {
/// Records `intent` (id and started_at generated), claimed by this program, and returns its id. Refused
/// (Error{Refused}) while another live program holds an intent for the same kind and record, and (Error{Conflict})
/// when the link check fails.
Result<QString> begin(Workspace &workspace, CreateIntent intent);
/// Takes a leftover intent of a program that is gone over for this one. False when a live program holds it or it is
/// gone already.
Result<bool> takeOver(Workspace &workspace, const QString &intentId);
/// The create's result is stored (or it certainly made nothing): the intent goes.
Status end(Workspace &workspace, const QString &intentId);
/// Leftover intents, oldest first; filters apply when non-empty.
QList<CreateIntent> list(Workspace &workspace, const QString &kind = {}, const QString &recordId = {},
                         const QString &purpose = {});
}
