// The archive planner (domain.md §7): for a working assistant and its versions (the family F), what still uses them
// (the blockers, in three sections), what is archived together with them, and which remote objects the archive
// deletes.
//
// Promises:
// - Pure: planArchive() reads only the WorkspaceData it is given; no I/O, no signals, no Qt objects. Call it again
//   after any change ("Check again", and inside the archive transaction) to get a fresh plan.
// - Archived experiment and pipeline records (own flag or their family's working record's flag) are never
//   considered: they neither block nor are archived again. Released experiment versions that are not published
//   never block; they are archived with the family instead.
// - Rows of each section sort by family name (case-insensitive), then the unreleased/working record, then versions
//   by ascending number. A record may appear in two sections, once per reason.
// - All texts (row, detail, confirmation) are translated when the plan is made (context "ArchivePlan"). The CLI
//   JSON keeps wire values ("unreleased", "working", "vN") untranslated, apart from `reason`.
// Failure: planArchive() refuses (ErrorKind::NotFound / Refused) unless the id names a non-archived working
// assistant. Threading: plain values, use from any thread.
#pragma once

#include "core/result.h"
#include "domain/workspacedata.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

enum class BlockerSection {
    Experiments,                      // "Experiments": direct `assistant` reference into F
    Pipelines,                        // "Pipelines": working pipeline with an assistant node in F
    ExperimentsReferencingPipeline,   // "Experiments Referencing Pipeline"
};

/// One row of the blocker dialog.
struct ArchiveBlocker {
    BlockerSection section = BlockerSection::Experiments;
    QString recordId;          // the experiment record (Experiments, …Referencing Pipeline) or the working pipeline
    QString name;              // the family's name
    QString version;           // wire label: "unreleased" or "working" for working records, else "vN"
    int versionNumber = 0;     // 0 for working records
    bool published = false;
    QString versionLabel;      // shown: "unreleased", "working", "v3 [published]"
    QString rowText;           // shown: "Support bot · unreleased"
    QString detail;            // shown: "uses Helpdesk (working)", "1 Assistant node uses Helpdesk v1", …
    QStringList nodeIds;       // Pipelines: the node ids whose assistant is in F, in node order
    QString pipelineId;        // Experiments Referencing Pipeline: the pipeline record the experiment uses

    friend bool operator==(const ArchiveBlocker &, const ArchiveBlocker &) = default;
};

/// A record archived together with the family (released unpublished experiment version, pipeline version).
struct ArchiveAutoRecord {
    enum class Kind { ExperimentVersion, PipelineVersion };
    Kind kind = Kind::ExperimentVersion;
    QString id;
    QString name;              // the family's name
    int versionNumber = 0;
    QString version;           // wire label "vN"
    QString rowText;           // shown: "Support bot · v1"

    QString kindName() const;  // wire: "experiment_version" or "pipeline_version"
    friend bool operator==(const ArchiveAutoRecord &, const ArchiveAutoRecord &) = default;
};

/// A remote object the archive deletes (one deletion job each, domain.md §1.4).
struct PlannedDeletion {
    enum class Kind { Assistant, VectorStore, File };
    Kind kind = Kind::Assistant;
    QString remoteId;
    QString label;             // assistant and store: the family record's name; file: the file's name

    QString kindName() const;  // wire/stored: "assistant", "vector_store" or "file"
    friend bool operator==(const PlannedDeletion &, const PlannedDeletion &) = default;
};

struct ArchivePlan {
    QString assistantId;       // the working record
    QString assistantName;
    QStringList family;        // F: the working record first, then its versions by number

    QList<ArchiveBlocker> experiments;
    QList<ArchiveBlocker> pipelines;
    QList<ArchiveBlocker> experimentsReferencingPipeline;

    /// Released unpublished experiment versions referencing F (directly or through a pipeline record), then
    /// pipeline versions with an assistant node in F; each group sorted like the blocker rows.
    QList<ArchiveAutoRecord> autoArchived;
    /// Assistants (family order), then distinct vector stores, then distinct files (jobs run in this order).
    QList<PlannedDeletion> deletions;

    bool archivable() const;
    /// Every blocker, section by section.
    QList<ArchiveBlocker> blockers() const;
    int versionCount() const { return int(family.size()) - 1; }
    int deletionCount(PlannedDeletion::Kind kind) const;
    QStringList autoArchivedExperimentRows() const;

    // --- texts of the blocker dialog and the confirmation (domain.md §7) -------------------------------------------
    QString blockedTitle() const;              // "Cannot archive “<name>”"
    static QString blockedText();              // "This assistant or one of its versions is still in use. …"
    static QString sectionTitle(BlockerSection section);
    QString confirmationTitle() const;         // "Archive “<name>”?"
    QString confirmationText() const;          // "This archives the assistant and its <v> versions and deletes …"
    /// "These released experiment versions will be archived too: <list>", or empty when there are none.
    QString autoArchivedText() const;
    static QString offlineText();              // "You are offline; the deletion in OpenAI will run when …"

    friend bool operator==(const ArchivePlan &, const ArchivePlan &) = default;

    Q_DECLARE_TR_FUNCTIONS(ArchivePlan)
};

/// Plans archiving the family of `workingAssistantId`; refuses unless it is a non-archived working assistant.
[[nodiscard]] Result<ArchivePlan> planArchive(const WorkspaceData &data, const QString &workingAssistantId);

/// The plan as `archive ID --dry-run --json` prints it (cli.md).
QJsonObject toCliJson(const ArchivePlan &plan);
