// The assistant request body of domain.md §3.1, built from a local record.
//
// Promises: the body create (POST /assistants) and modify (POST /assistants/{id}) send is complete and uses exactly
// the field names and types of CreateAssistantRequest / ModifyAssistantRequest:
// - model, name, description (null when absent), instructions, temperature, top_p;
// - tools: code_interpreter, then file_search (each if enabled), then every function in local order
//   (`strict` only when true);
// - tool_resources always present, holding code_interpreter.file_ids only when that tool is enabled and
//   file_search.vector_store_ids ([store] or []) only when file search is enabled;
// - metadata: the user's pairs plus assistant_desk_id = the record's local id.
// Fields the app does not model (response_format, reasoning_effort, …) are never sent. Pure functions, no I/O.
#pragma once

#include "core/result.h"
#include "domain/assistant.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace AssistantWire {

/// The body for `assistant`, with `codeInterpreterRemoteIds` = the remote ids of its code-interpreter files, in
/// local order.
QJsonObject requestBody(const Assistant &assistant, const QStringList &codeInterpreterRemoteIds);

/// As above, mapping the record's local file ids through `remoteIdByLocalId`. Fails (Error{Validation}, naming
/// the files) when the code interpreter is enabled and one of its files has no remote id yet.
Result<QJsonObject> requestBody(const Assistant &assistant, const QHash<QString, QString> &remoteIdByLocalId);

} // namespace AssistantWire
