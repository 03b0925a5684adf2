// One open workspace database connection: opening with its safety checks (not a workspace, a newer schema, a held
// lock), schema migrations, short write transactions and a prepared-statement helper.
//
// Threading: a Database belongs to the thread that opened it (Qt's SQL connections are per thread).
// Failure: every method returns a Result; nothing throws. Opening refuses — and leaves the file byte-for-byte as it
// was — a file that is not SQLite, an SQLite file that is not an Assistant Desk workspace, a workspace written by a
// newer schema, and a workspace whose write lock another program holds.
#pragma once

#include "core/result.h"
#include "storage/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

class Database
{
public:
    /// Schema history: 1 = records (files, assistants, experiments, pipelines); 2 = cache and job tables; 3 = index
    /// of files by remote id; 4 = deletion job sequence.
    static constexpr int CurrentSchemaVersion = 4;
    /// PRAGMA application_id of workspace files ("ADSK").
    static constexpr int ApplicationId = 0x4144534b;

    struct OpenOptions {
        int busyTimeoutMs = 3000;
        int migrateTo = CurrentSchemaVersion;   // tests create older schemas with a lower value
    };

    static Result<std::unique_ptr<Database>> openSqlite(const QString &path, const OpenOptions &options);
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path) { return openSqlite(path, OpenOptions{}); }
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// The version of the SQLite library Qt's driver runs on ("3.40.1"), asked at run time through a private
    /// in-memory connection; empty without the driver.
    static QString sqliteVersion();

    QString path() const { return m_path; }
    SqlDialect dialect() const { return m_dialect; }
    int schemaVersion() const;

    /// Runs `body` inside one write transaction; commits when it returns ok, rolls back otherwise.
    /// Nested calls join the outer transaction.
    Status write(const std::function<Status()> &body);

    /// Prepares (cached per SQL text) and runs one statement with positional bindings. The query stays valid until
    /// the same SQL text is run again; read its rows before running it a second time.
    Result<QSqlQuery *> exec(const QString &sql, const QVariantList &bindings = {});
    /// Runs a statement that changes rows; counts towards the failure-injection seam.
    Status change(const QString &sql, const QVariantList &bindings = {});

    /// Test seam (like Nextcloud's journal fail counter): the (n+1)-th change() from now fails with a storage error.
    /// A negative value turns injection off.
    void failAfterChanges(int n) { m_failAfter = n; }

    Error storageError(const QString &what, const QString &driverText) const;

private:
    Database(QString path, QString connectionName, SqlDialect dialect);
    Status migrate(int from, int to);

    QString m_path;
    QString m_connectionName;
    SqlDialect m_dialect;
    int m_transactionDepth = 0;
    int m_failAfter = -1;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

/// SQL NULL for an empty optional, the value otherwise.
QVariant nullable(const std::optional<QString> &value);
QVariant nullableIfEmpty(const QString &value);
std::optional<QString> optionalString(const QVariant &value);
