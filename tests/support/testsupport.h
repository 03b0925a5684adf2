// Shared helpers for the tests: temporary workspaces and fixture files.
#pragma once

#include "domain/assistant.h"
#include "domain/syncdiff.h"
#include "storage/workspace.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <initializer_list>

#include <memory>

namespace TestSupport {
/// The bytes of tests/data/<name>.
QByteArray fixture(const QString &name);
QString fixturePath(const QString &name);
QByteArray readAll(const QString &path);
void writeAll(const QString &path, const QByteArray &bytes);

/// The backend the workspace tests run on: a team workspace on PostgreSQL when ADESK_TEST_BACKEND=postgres (the
/// throwaway server .ci/test starts, ADESK_TEST_PG_*), else SQLite files. The same tests run on both.
bool onPostgres();
/// The workspace `name` of `dir` as both programs name it: the file dir/name, or on PostgreSQL the URL of a database
/// of its own (made, with the schema, on first use; the same one again for the same dir and name). On PostgreSQL,
/// PGPASSWORD holds the test role's password for this process and the CLI processes it starts.
/// With `withSchema` false a database is left empty (as a new SQLite file is absent) until the workspace is made in it.
QString workspaceSpec(const QTemporaryDir &dir, const QString &name = QStringLiteral("ws.adesk"), bool withSchema = true);
/// Whether a workspace exists there: the file, or a database holding the workspace schema.
bool workspaceExists(const QString &spec);
/// PostgreSQL: a fresh empty database on the test server (no schema), and its URL for `user` (default: the test role).
QString newPostgresDatabase(const QString &user = {});
/// PostgreSQL: runs `sql` as the server's superuser in database `database` ("postgres" when empty); false with a
/// warning when it fails.
bool postgresAdmin(const QString &sql, const QString &database = {});
/// A workspace in `dir` (file name `name`; on PostgreSQL its database, see workspaceSpec()), blobs under the same
/// directory. Fails the current test when it cannot be opened (returns null then).
std::unique_ptr<Workspace> openWorkspace(const QTemporaryDir &dir, const QString &name = QStringLiteral("ws.adesk"));
/// openWorkspace(), then the interchange `document` imported into it. Null (with a warning naming the import's
/// errors) when either fails.
std::unique_ptr<Workspace> importedWorkspace(const QTemporaryDir &dir, const QByteArray &document,
                                             const QString &name = QStringLiteral("ws.adesk"));

/// An assistant record named `name` with model gpt-4o and the id `id` (empty: none yet); every other field at its
/// default.
Assistant namedAssistant(const QString &name, const QString &id = {});
/// A draft "Helpdesk": model gpt-4o, instructions "Answer order questions."; every other field at its default.
Assistant helpdeskDraft();
/// The function of the domain.md §3.1 example: lookup_order, "Find an order by number", one required string
/// parameter "number".
FunctionTool lookupOrder();
/// The "Helpdesk" of domain.md §3.1 and §9: helpdeskDraft() with id "a-help", temperature 0.7, both builtin tools,
/// lookupOrder(), code-interpreter file "f-prices", file-search file "f-faq" and vector store "vs_W1".
Assistant exampleHelpdesk();

/// The field of each difference, in order.
QStringList fieldsOf(const QList<Difference> &differences);

/// The "id" of each object (as the fake server lists assistants, stores and files).
QSet<QString> idsOf(const QList<QJsonObject> &objects);
QSet<QString> idSet(std::initializer_list<const char *> ids);

/// What a run of assistant-desk-cli gave: exit code (-1 when it did not start or finish in time), stdout, stderr.
struct CliRun {
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const;   ///< stdout as a JSON object
};

struct CliOptions {
    QHash<QString, QString> env;   ///< set on top of this process's environment
    QStringList unsetEnv;          ///< removed from it first
    QByteArray input;              ///< written to stdin, which is then closed
    int timeoutMs = 120000;
};

/// Runs assistant-desk-cli with `args`. Waits with the event loop running, so a fake server in this process answers.
CliRun runCli(const QStringList &args, const CliOptions &options = {});
}
