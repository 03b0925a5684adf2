// The whole content of a workspace as plain values: what the interchange file (domain.md §2) carries, what import
// writes in one transaction, and what export reads.
#pragma once

#include "domain/assistant.h"
#include "domain/check.h"
#include "domain/experiment.h"
#include "domain/workspacefile.h"

#include <QByteArray>
#include <QHash>
#include <QList>

struct WorkspaceData {
    QList<WorkspaceFile> files;
    QList<Assistant> assistants;     // working records and versions
    QList<Experiment> experiments;   // working records and versions
    QList<Pipeline> pipelines;       // working records and versions
    QHash<QString, QByteArray> fileContents;   // file id → content (interchange content_base64)
    QHash<QString, QList<Check>> checks;       // working assistant id → its saved checks, in order
};
