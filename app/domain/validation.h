// Validation of every rule of domain.md §1. Each failure names the field it is about, so the UI can show it next
// to the field ("Temperature: must be between 0 and 2") and the interchange importer can prefix its JSON path
// ("$.assistants[2].temperature: must be between 0 and 2"). Pure functions; messages are translated.
#pragma once

#include "domain/assistant.h"
#include "domain/experiment.h"
#include "domain/workspacefile.h"

#include <QList>
#include <QString>

struct FieldProblem {
    QString path;     // interchange key path relative to the record: "temperature", "functions[1].name", "files.code_interpreter"
    QString label;    // the field as the user knows it: "Temperature", "Code interpreter files"
    QString problem;  // "must be between 0 and 2"

    QString text() const { return label + QStringLiteral(": ") + problem; }
    friend bool operator==(const FieldProblem &, const FieldProblem &) = default;
};

namespace Limits {
constexpr int NameMax = 256;
constexpr int DescriptionMax = 512;
constexpr int InstructionsMax = 256000;
constexpr int ToolsMax = 128;
constexpr int CodeInterpreterFilesMax = 20;
constexpr int FileSearchFilesMax = 10000;
constexpr int MetadataPairsMax = 15;
constexpr int MetadataKeyMax = 64;
constexpr int MetadataValueMax = 512;
constexpr int FileNameMax = 255;
constexpr double FloatTolerance = 1e-6;
}

inline constexpr char ReservedMetadataKey[] = "assistant_desk_id";

bool isValidLocalId(const QString &id);
/// A new UUID-based local id with a readable prefix ("a-", "f-", "e-", "p-").
QString generateLocalId(const QString &prefix);
bool isValidFunctionName(const QString &name);
bool isSha256Hex(const QString &value);

QList<FieldProblem> validateAssistant(const Assistant &assistant);
QList<FieldProblem> validateFunction(const FunctionTool &function, int index);
QList<FieldProblem> validateFile(const WorkspaceFile &file);
QList<FieldProblem> validateExperiment(const Experiment &experiment);
QList<FieldProblem> validatePipeline(const Pipeline &pipeline);

/// All problems as "<Label>: <problem>" lines.
QStringList problemTexts(const QList<FieldProblem> &problems);
