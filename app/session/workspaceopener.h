// Opening a workspace by the name both programs take (`--workspace`, File → Open / Open team workspace…, Recent): a
// file path or a postgresql:// URL (storage/workspacelocation.h). A team workspace's password comes from PGPASSWORD,
// else from the system keychain (service "assistant-desk", account WorkspaceLocation::keychainAccount()) — never from
// the URL, settings, the workspace, logs or messages. The GUI asks for it once and stores it with rememberPassword().
#pragma once

#include "core/result.h"
#include "storage/workspace.h"
#include "storage/workspacelocation.h"

#include <QCoro/QCoroTask>

#include <memory>
#include <optional>

class SecretStore;

namespace WorkspaceOpener {
/// The stored password of a team workspace: PGPASSWORD, else the keychain; nullopt when neither has one.
QCoro::Task<Result<std::optional<QString>>> storedPassword(WorkspaceLocation location, SecretStore *secrets);
/// Opens `spec`. A file is created when missing unless `mustExist` (then Error{NotFound} naming it). A team
/// workspace uses `password` when given, else storedPassword(); a missing or wrong one is Error{Unauthorized}.
QCoro::Task<Result<std::unique_ptr<Workspace>>> open(QString spec, SecretStore *secrets, bool mustExist,
                                                     Workspace::OpenOptions options = {},
                                                     std::optional<QString> password = std::nullopt);
/// Stores a team workspace's password in the keychain (after it opened the workspace).
QCoro::Task<Status> rememberPassword(WorkspaceLocation location, SecretStore *secrets, QString password);
} // namespace WorkspaceOpener
