// Plain value types of the assistant family (domain.md §1.1). No I/O, no Qt objects: copy freely.
#pragma once

#include "domain/syncstatus.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

/// A function tool of an assistant (domain.md §1.1 "Function").
struct FunctionTool {
    QString name;
    QString description;
    QJsonObject parameters = defaultParameters();
    bool strict = false;

    static QJsonObject defaultParameters()
    {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                           {QStringLiteral("properties"), QJsonObject{}}};
    }
    friend bool operator==(const FunctionTool &, const FunctionTool &) = default;
};

/// One assistant record: a working assistant (workingVersionId empty) or one of its versions.
struct Assistant {
    QString id;
    QString name;
    std::optional<QString> description;   // "" is stored as null
    QString instructions;
    QString model;
    double temperature = 1.0;
    double topP = 1.0;
    bool codeInterpreter = false;         // builtin_tools contains "code_interpreter"
    bool fileSearch = false;              // builtin_tools contains "file_search"
    QList<FunctionTool> functions;
    QStringList codeInterpreterFiles;     // local file ids, in order
    QStringList fileSearchFiles;          // local file ids, in order
    std::optional<QString> vectorStoreId;
    QMap<QString, QString> metadata;      // user pairs; never contains assistant_desk_id
    bool includeFileInfo = true;
    bool allowFileSearchAttachments = true;
    bool allowCodeInterpreterAttachments = true;
    bool allowFileDownloads = false;
    std::optional<QString> remoteId;
    QString workingVersionId;             // empty = working record
    int versionNumber = 1;                // working: number the next version gets; version: its own number
    bool archived = false;
    bool notPushed = true;

    bool isVersion() const { return !workingVersionId.isEmpty(); }
    QStringList builtinTools() const;     // in canonical order: code_interpreter, file_search

    /// Everything §3.1 sends to the server, so a change here sets not_pushed (§5.1).
    bool sameRemoteConfiguration(const Assistant &other) const;

    friend bool operator==(const Assistant &, const Assistant &) = default;
};

/// What the assistant list shows per row; loaded without the heavy parts of a record.
struct AssistantSummary {
    QString id;
    QString name;
    QString model;
    std::optional<QString> remoteId;
    QString workingVersionId;
    int versionNumber = 1;
    bool archived = false;
    bool notPushed = true;
    int versionCount = 0;                 // for working records: how many versions the family has
    SyncStatus syncStatus = SyncStatus::NeverPushed;   // domain.md §4
    QString checkedAt;                    // ISO 8601 UTC or empty
    int differenceCount = 0;              // for out_of_sync
    bool stale = false;                   // check_failed while showing a last known status
    bool noAssistantsApi = false;         // check_failed because the server has no Assistants API

    bool isVersion() const { return !workingVersionId.isEmpty(); }
    friend bool operator==(const AssistantSummary &, const AssistantSummary &) = default;
};
