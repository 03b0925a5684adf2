// The demo workspace offered on the welcome page: a few assistants with versions, files, experiments and pipelines.
// It is built as an interchange document and imported through Interchange::importInto — the same path as a user's
// "Import workspace file…" — never written with SQL of its own.
#pragma once

#include "core/result.h"

#include <QByteArray>

class Workspace;

namespace Demo {
/// The demo as an interchange document.
QByteArray interchangeDocument();
/// Imports the demo into `workspace`, which must not already hold its ids.
Status populate(Workspace &workspace);
}
