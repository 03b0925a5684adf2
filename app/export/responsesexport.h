// "Export as Responses config" (domain.md §9): one assistant record as the body of a Responses-API request.
//
// Promises:
// - Pure: no I/O, no network, no workspace access; works offline and on any record (working, version, archived).
// - The JSON is one object with its keys in exactly this order: model, instructions, temperature, top_p, tools.
//   Tools come in this order: file_search (only when enabled and the record has a vector_store_id), code_interpreter
//   (when enabled; container {"type": "auto", "file_ids": [remote ids]}), then every function tool in the record's
//   order ({type, name, description, parameters, strict}). `tools` is always written, possibly empty. A function's
//   `parameters` is the user's schema and is written with its keys in code-point order, as the interchange file does.
//   2-space indent, UTF-8, final newline.
// - Warnings say what was left out of the JSON and why; they are never written into it.
// - notCarriedOver names the record's fields that have no Responses equivalent, by their interchange key
//   ("name", "description" when set, "metadata" when not empty, and the four local flags), so scripts can rely on
//   them; fieldLabel() gives the text to show.
#pragma once

#include "domain/assistant.h"
#include "domain/workspacefile.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace ResponsesExport {

struct Config {
    QByteArray json;              // the config document
    QStringList warnings;         // translated, one sentence each
    QStringList notCarriedOver;   // interchange keys, e.g. "name", "metadata", "include_file_info"
};

/// `files` are workspace file records; the ones `assistant` names are looked up by id, the others are ignored. A code
/// interpreter file that is missing from `files` or has no remote_file_id counts as not uploaded.
Config exportAssistant(const Assistant &assistant, const QList<WorkspaceFile> &files);

/// The CLI's `export-responses --json` document: {"config": {…}, "warnings": […], "not_carried_over": […]}, the
/// config's keys in the same order as in exportAssistant().
QByteArray envelopeJson(const Assistant &assistant, const QList<WorkspaceFile> &files);

/// The translated label of a notCarriedOver entry ("name" → "Name"); unknown keys are returned as they are.
QString fieldLabel(const QString &field);

} // namespace ResponsesExport
