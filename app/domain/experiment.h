// Experiments (chatbots) and pipelines with their versions (domain.md §1.3).
#pragma once

#include <QList>
#include <QString>

/// An experiment record: the working record ("unreleased") or a released version.
struct Experiment {
    QString id;
    QString name;              // the family's name (versions show their working record's name)
    QString workingId;         // empty = working record
    int versionNumber = 1;     // working: next version number; version: its own number
    bool published = false;
    bool archived = false;
    QString assistantId;       // direct reference (any assistant record) or empty
    QString pipelineId;        // any pipeline record or empty

    bool isVersion() const { return !workingId.isEmpty(); }
    friend bool operator==(const Experiment &, const Experiment &) = default;
};

struct PipelineNode {
    QString id;
    QString type;
    QString label;             // optional, empty when absent
    QString assistantId;       // only for type "assistant"; empty = no assistant chosen
    friend bool operator==(const PipelineNode &, const PipelineNode &) = default;
};

struct Pipeline {
    QString id;
    QString name;
    QString workingId;
    int versionNumber = 1;
    bool archived = false;
    QList<PipelineNode> nodes;

    bool isVersion() const { return !workingId.isEmpty(); }
    friend bool operator==(const Pipeline &, const Pipeline &) = default;
};
