// A file record of the workspace (domain.md §1.2).
#pragma once

#include <QString>

#include <optional>

struct WorkspaceFile {
    QString id;
    QString name;
    qint64 size = 0;
    std::optional<QString> sha256;          // 64 lowercase hex chars
    std::optional<QString> remoteFileId;
    std::optional<QString> uploadedSha256;  // sha256 of the content behind remoteFileId
    QString localPath;                      // content-addressed local copy, empty when absent

    bool hasLocalCopy() const { return !localPath.isEmpty(); }
    friend bool operator==(const WorkspaceFile &, const WorkspaceFile &) = default;
};
