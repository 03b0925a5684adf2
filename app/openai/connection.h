// The connection of a workspace (domain.md §0): base URL, organization and project. The API key is not part of it.
//
// Promises:
// - A Connection obtained from make() or load() is valid: an absolute http(s) URL without a trailing '/', with
//   `http://` only for a loopback host (localhost, 127.0.0.0/8, ::1). Invalid input is refused with
//   Error{Validation} whose message names the field ("Base URL: …").
// - save() writes only the three non-secret fields to the workspace settings (keys connection/base_url,
//   connection/organization, connection/project), in one transaction each; the key is never stored there.
// - keychainAccount() is the account name of the key in the OS keychain: "<base URL>" or "<base URL>#<project>".
#pragma once

#include "core/result.h"
#include "core/settingsstore.h"

#include <QString>

namespace OpenAi {

struct Connection {
    static constexpr const char *DefaultBaseUrl = "https://api.openai.com/v1";
    static constexpr const char *KeychainService = "assistant-desk";

    QString baseUrl = QString::fromLatin1(DefaultBaseUrl);
    QString organization;
    QString project;

    /// Validates and normalises (trims, removes trailing '/'); an empty base URL means the default.
    static Result<Connection> make(const QString &baseUrl, const QString &organization = {},
                                   const QString &project = {});
    /// The workspace's connection (the default one when nothing was saved).
    static Result<Connection> load(const SettingsStore &workspace);
    Status save(SettingsStore &workspace) const;
    /// True once a connection was saved in the workspace (Connect, Settings → Connection, an import that carried
    /// one); false for a workspace that only has the default.
    static bool isConfigured(const SettingsStore &workspace);

    QString keychainAccount() const;
    QString host() const;

    friend bool operator==(const Connection &, const Connection &) = default;
};

/// True for "localhost" and loopback addresses (127.0.0.0/8, ::1).
bool isLoopbackHost(const QString &host);

} // namespace OpenAi
