// How records are named to the user (domain.md §1.3, §7), in one place for the planner, storage messages, the CLI,
// models and views: "unreleased", "v3", "v3 [published]", "Triage flow · working", "Helpdesk (working)".
#pragma once

#include "domain/experiment.h"

#include <QString>

namespace RecordLabel {
/// "unreleased" for a working experiment, "v3" for a version, "v3 [published]" for the published one.
QString experimentVersion(const Experiment &e);
/// "<family name> · <experimentVersion>", e.g. "Support bot · v2 [published]".
QString experimentRow(const QString &familyName, const Experiment &e);
/// "working" for a working pipeline, "v2" for a version.
QString pipelineVersion(const Pipeline &p);
/// "<family name> · working" or "<family name> · v2".
QString pipelineRow(const QString &familyName, const Pipeline &p);
/// An assistant as a reference names it: "Helpdesk (working)" for the working record, else the version's own name
/// ("Helpdesk v2").
QString assistant(const QString &name, bool isVersion);
} // namespace RecordLabel
