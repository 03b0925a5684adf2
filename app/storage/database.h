// One open workspace database connection — an SQLite file or a PostgreSQL database — with its safety checks at open
// (not a workspace, a newer schema, a held lock, wrong password, missing database, missing rights), schema
// migrations, short write transactions and a prepared-statement helper.
//
// Write transactions: SQLite takes the write lock at BEGIN (IMMEDIATE) and waits out a held lock for busyTimeoutMs;
// PostgreSQL runs every write SERIALIZABLE and re-runs the body when the server reports a serialization failure or a
// deadlock, so two desktops deciding on the same rows never both act on a stale read. A body must therefore be
// repeatable: it may be run more than once, and only the last run's effects are committed. write() returns success
// only for a committed transaction: on PostgreSQL a statement that failed inside the body (even one whose error the
// body ignored) aborts the transaction, and write() then runs the body again or fails — never reports it saved.
// Lost races that a re-run wins are logged at debug level, not as warnings.
// Every write transaction appends one row per noted change to the `changes` table (who, when, which record, which
// fields) before it commits, and on PostgreSQL wakes the other desktops with NOTIFY; see Workspace's change feed.
//
// Threading: a Database belongs to the thread that opened it (Qt's SQL connections are per thread).
// Failure: every method returns a Result; nothing throws.
#pragma once

#include "core/result.h"
#include "storage/sqldialect.h"
#include "storage/workspacelocation.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

class QSqlError;
class QSqlDriver;

class Database
{
public:
    /// Schema history: 1 = records (files, assistants, experiments, pipelines); 2 = cache and job tables; 3 = index
    /// of files by remote id; 4 = deletion job sequence; 5 = team workspaces (row versions, who changed what, claims,
    /// file contents in the database, unique version numbers); 6 = saved checks and their last results.
    static constexpr int CurrentSchemaVersion = 6;
    /// PRAGMA application_id of workspace files ("ADSK").
    static constexpr int ApplicationId = 0x4144534b;

    struct OpenOptions {
        int busyTimeoutMs = 10000;
        int migrateTo = CurrentSchemaVersion;   // tests create older schemas with a lower value
        QString password;                       // PostgreSQL: the role's password (empty: none)
        /// PostgreSQL: what to do about a database without the workspace schema. Never: refuse (the default; a team
        /// workspace is made on purpose); IfMissing: create it (import-workspace, like a missing SQLite file);
        /// Required: create it and refuse a database that already has one (workspace init).
        enum class Schema { Never, IfMissing, Required };
        Schema createSchema = Schema::Never;
        /// Opens the workspace read-only (the offline copy of a team workspace): every write is refused with
        /// `readOnlyReason`.
        bool readOnly = false;
        QString readOnlyReason;
    };

    static Result<std::unique_ptr<Database>> openSqlite(const QString &path, const OpenOptions &options);
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path) { return openSqlite(path, OpenOptions{}); }
    static Result<std::unique_ptr<Database>> openPostgres(const WorkspaceLocation &location, const OpenOptions &options);
    static Result<std::unique_ptr<Database>> open(const WorkspaceLocation &location, const OpenOptions &options);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// The version of the SQLite library Qt's driver runs on ("3.40.1"), asked at run time through a private
    /// in-memory connection; empty without the driver.
    static QString sqliteVersion();

    /// The file path, or the URL of a team workspace.
    QString path() const { return m_location.toString(); }
    const WorkspaceLocation &location() const { return m_location; }
    SqlDialect dialect() const { return m_dialect; }
    int schemaVersion() const;
    /// Who writes: the PostgreSQL role, or the operating-system user of an SQLite workspace.
    QString userName() const { return m_userName; }
    /// A random id of this connection, recorded with each change so the change feed skips our own.
    QString sessionId() const { return m_sessionId; }
    /// The process a claim of this connection names (Claims): the PostgreSQL backend, or this process.
    qint64 claimantPid() const { return m_claimantPid; }
    /// PostgreSQL: the role may read but not change the workspace. Every write is refused before it starts.
    bool isReadOnly() const { return m_readOnly; }
    /// Why writes are refused (a sentence for the banner), empty when they are not.
    QString readOnlyReason() const;
    /// The Qt driver of the connection (PostgreSQL notifications).
    QSqlDriver *driver() const;

    /// Runs `body` inside one write transaction; commits when it returns ok, rolls back otherwise. Nested calls join
    /// the outer transaction. PostgreSQL re-runs the body after a serialization failure (see above).
    Status write(const std::function<Status()> &body);
    /// Inside write(): records that the transaction changes record `recordId` of `kind` ("assistant", "experiment",
    /// "pipeline", "file", "job", "workspace"), with the names of the changed fields when known.
    void noteChange(const QString &kind, const QString &recordId, const QString &action = QStringLiteral("update"),
                    const QStringList &fields = {});

    /// Prepares (cached per SQL text) and runs one statement with positional bindings. The query stays valid until
    /// the same SQL text is run again or the next write() or releaseReads() begins; read its rows before that.
    Result<QSqlQuery *> exec(const QString &sql, const QVariantList &bindings = {});
    /// Outside a write: ends every cached query still open. On an SQLite file a query left unfinished (a read of
    /// its first row only) keeps the connection on the snapshot it started with: it sees no later commit of another
    /// program, and its next write fails at once with "database is locked" instead of waiting for the lock. write()
    /// calls it before it begins; the change feed (Workspace::pollChanges) before it reads.
    void releaseReads();
    /// Runs a statement that changes rows; counts towards the failure-injection seam.
    Status change(const QString &sql, const QVariantList &bindings = {});
    /// change() that returns how many rows it changed (a claim: "… WHERE state = 'pending'" changed 1 or 0 rows).
    Result<int> changeCount(const QString &sql, const QVariantList &bindings = {});

    /// Test seam (like Nextcloud's journal fail counter): the (n+1)-th change() from now fails with a storage error.
    /// A negative value turns injection off.
    void failAfterChanges(int n) { m_failAfter = n; }

    /// A storage error for the caller, logged as a warning — or, with `retried` (a lost race write() runs again),
    /// logged at debug level only.
    Error storageError(const QString &what, const QSqlError &error, bool retried = false) const;
    Error storageError(const QString &what, const QString &driverText) const;

private:
    Database(WorkspaceLocation location, QString connectionName, SqlDialect dialect);
    Status migrate(int from, int to);
    Status setSchemaVersion(int version);
    Status runBody(const std::function<Status()> &body, bool &retry);
    /// PostgreSQL: opens the connection again after the server dropped it (restart, network), with the same
    /// credentials, statements prepared anew and the notifications it listened to subscribed again.
    Status reconnect();
    Status appendChanges();
    QSqlDatabase connection() const;

    WorkspaceLocation m_location;
    QString m_connectionName;
    SqlDialect m_dialect;
    QString m_userName;
    QString m_sessionId;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    qint64 m_claimantPid = 0;
    int m_transactionDepth = 0;
    int m_failAfter = -1;
    bool m_retryable = false;
    bool m_connectionLost = false;   // a statement found the server gone; the next use reconnects
    int m_schemaVersion = -1;   // cached; -1: ask   // the running transaction hit a serialization failure
    struct NotedChange {
        QString kind, id, action;
        QStringList fields;
    };
    QList<NotedChange> m_changes;
    QSet<QString> m_changeKeys;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

/// SQL NULL for an empty optional, the value otherwise.
QVariant nullable(const std::optional<QString> &value);
QVariant nullableIfEmpty(const QString &value);
std::optional<QString> optionalString(const QVariant &value);
