// Where a workspace lives: an SQLite file (one person) or a PostgreSQL database (a team), named the way both programs
// take it (`--workspace`, File → Open team workspace…, Recent): a file path, or a URL
// `postgresql://user@host:port/dbname?sslmode=…`.
//
// Rules (parse() refuses anything else with a message that names the problem, before any connection is tried):
// - A value that looks like a URL of any scheme other than postgresql:// (or postgres://) is refused, never taken as a
//   file name.
// - The URL names the user and the database; it never carries a password (that comes from PGPASSWORD or the system
//   keychain). Options: sslmode, sslrootcert, connect_timeout, host (a socket folder when the URL has no host);
//   anything else — a fragment, an unknown or repeated option — is refused.
// - A host that is not loopback needs TLS: sslmode defaults to verify-full there, `require` only when the user writes
//   it, and disable/allow/prefer are refused. Loopback hosts and sockets default to prefer.
#pragma once

#include "core/result.h"

#include <QString>

struct WorkspaceLocation {
    enum class Kind { SqliteFile, Postgres };

    Kind kind = Kind::SqliteFile;
    QString path;            // SqliteFile: the file (absolute)
    QString user;            // Postgres
    QString host;            // empty with a socket folder
    int port = 5432;
    QString database;
    QString socketDir;       // the `host` option: a folder holding the server's Unix socket
    QString sslMode;         // always set for Postgres
    QString sslRootCert;     // optional CA file for verify-ca / verify-full
    int connectTimeoutSeconds = 10;

    static Result<WorkspaceLocation> parse(const QString &spec);
    static WorkspaceLocation file(const QString &path);
    /// Whether `spec` is meant as a URL (has a scheme), valid or not.
    static bool looksLikeUrl(const QString &spec);

    bool isTeam() const { return kind == Kind::Postgres; }
    /// The canonical text: the absolute path, or the URL without default options ("postgresql://u@h:5432/db").
    QString toString() const;
    /// The keychain account of the password: "postgresql://user@host:port/dbname".
    QString keychainAccount() const;
    /// For messages and titles: the path, or "dbname on host".
    QString displayName() const;
    bool isLoopback() const;

    friend bool operator==(const WorkspaceLocation &, const WorkspaceLocation &) = default;
};
