// What a release of an experiment covers (domain.md §6 step 1): the working experiment, the pipeline record it
// references, and W = the distinct working assistants it references directly or through an `assistant` node of
// that pipeline record. References to versions stay as they are and add nothing to W.
//
// Refusals (Error{Refused} or {NotFound}, nothing read from the server): an unknown id, an experiment version
// (only the unreleased record is released), an archived experiment (own flag or its family's), and a reference to an
// archived assistant or pipeline record (§1.3: a version counts as archived with its family) — a release must not
// point at what Archive removed from OpenAI.
// Pure reads of the workspace; used by the Releaser before any request and again inside the release transaction.
#pragma once

#include "core/result.h"
#include "domain/experiment.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

class Workspace;

struct ReleaseScope {
    Experiment experiment;                 // the working experiment
    std::optional<Pipeline> pipeline;      // the pipeline record it references (working or version), if any
    QStringList workingAssistants;         // W: ids, in release order (by name, then id)
    QHash<QString, QString> names;         // W id → name
    bool firstRelease = true;              // no version yet: published automatically, no "Publish this version"

    /// Release creates something in OpenAI only when W is non-empty.
    bool needsConnection() const { return !workingAssistants.isEmpty(); }
};

[[nodiscard]] Result<ReleaseScope> collectReleaseScope(const Workspace &workspace, const QString &experimentId);
