#include "storage/schema.h"

namespace Schema {
namespace {
QStringList version1()
{
    return {
        // Every local id of every kind, so ids are unique across the whole workspace (domain.md §1).
        QStringLiteral("CREATE TABLE local_ids (id TEXT PRIMARY KEY, kind TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE workspace_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE files ("
                       " id TEXT PRIMARY KEY REFERENCES local_ids(id),"
                       " name TEXT NOT NULL,"
                       " size BIGINT NOT NULL,"
                       " sha256 TEXT,"
                       " remote_file_id TEXT UNIQUE,"
                       " uploaded_sha256 TEXT,"
                       " local_path TEXT)"),
        QStringLiteral("CREATE TABLE assistants ("
                       " id TEXT PRIMARY KEY REFERENCES local_ids(id),"
                       " name TEXT NOT NULL,"
                       " description TEXT,"
                       " instructions TEXT NOT NULL,"
                       " model TEXT NOT NULL,"
                       " temperature DOUBLE PRECISION NOT NULL,"
                       " top_p DOUBLE PRECISION NOT NULL,"
                       " code_interpreter INTEGER NOT NULL,"
                       " file_search INTEGER NOT NULL,"
                       " vector_store_id TEXT,"
                       " metadata TEXT NOT NULL,"
                       " include_file_info INTEGER NOT NULL,"
                       " allow_file_search_attachments INTEGER NOT NULL,"
                       " allow_code_interpreter_attachments INTEGER NOT NULL,"
                       " allow_file_downloads INTEGER NOT NULL,"
                       " remote_id TEXT UNIQUE,"
                       " working_version_id TEXT REFERENCES assistants(id),"
                       " version_number INTEGER NOT NULL,"
                       " is_archived INTEGER NOT NULL,"
                       " not_pushed INTEGER NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX assistants_working ON assistants(working_version_id)"),
        QStringLiteral("CREATE TABLE assistant_functions ("
                       " assistant_id TEXT NOT NULL REFERENCES assistants(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " name TEXT NOT NULL,"
                       " description TEXT NOT NULL,"
                       " parameters TEXT NOT NULL,"
                       " strict INTEGER NOT NULL,"
                       " PRIMARY KEY (assistant_id, position))"),
        QStringLiteral("CREATE TABLE assistant_files ("
                       " assistant_id TEXT NOT NULL REFERENCES assistants(id) ON DELETE CASCADE,"
                       " tool TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " file_id TEXT NOT NULL REFERENCES files(id),"
                       " PRIMARY KEY (assistant_id, tool, position))"),
        QStringLiteral("CREATE INDEX assistant_files_file ON assistant_files(file_id)"),
        QStringLiteral("CREATE TABLE pipelines ("
                       " id TEXT PRIMARY KEY REFERENCES local_ids(id),"
                       " name TEXT,"
                       " working_id TEXT REFERENCES pipelines(id),"
                       " version_number INTEGER NOT NULL,"
                       " is_archived INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE pipeline_nodes ("
                       " pipeline_id TEXT NOT NULL REFERENCES pipelines(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " node_id TEXT NOT NULL,"
                       " type TEXT NOT NULL,"
                       " label TEXT,"
                       " assistant_id TEXT REFERENCES assistants(id),"
                       " PRIMARY KEY (pipeline_id, position))"),
        QStringLiteral("CREATE TABLE experiments ("
                       " id TEXT PRIMARY KEY REFERENCES local_ids(id),"
                       " name TEXT,"
                       " working_id TEXT REFERENCES experiments(id),"
                       " version_number INTEGER NOT NULL,"
                       " published INTEGER NOT NULL,"
                       " is_archived INTEGER NOT NULL,"
                       " assistant_id TEXT REFERENCES assistants(id),"
                       " pipeline_id TEXT REFERENCES pipelines(id))"),
    };
}

QStringList version2()
{
    return {
        // Cached remote state (domain.md §1.4), filled by the sync engine.
        QStringLiteral("CREATE TABLE remote_snapshots ("
                       " assistant_id TEXT PRIMARY KEY REFERENCES assistants(id) ON DELETE CASCADE,"
                       " assistant_json TEXT NOT NULL,"
                       " stores_json TEXT NOT NULL,"
                       " files_json TEXT NOT NULL,"
                       " fetched_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE sync_states ("
                       " assistant_id TEXT PRIMARY KEY REFERENCES assistants(id) ON DELETE CASCADE,"
                       " status TEXT NOT NULL,"
                       " differences TEXT NOT NULL,"
                       " checked_at TEXT,"
                       " last_error TEXT,"
                       " last_error_at TEXT,"
                       " last_known TEXT)"),
        QStringLiteral("CREATE TABLE deletion_jobs ("
                       " id TEXT PRIMARY KEY,"
                       " owner TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " remote_id TEXT NOT NULL,"
                       " label TEXT NOT NULL,"
                       " state TEXT NOT NULL,"
                       " attempts INTEGER NOT NULL,"
                       " last_error TEXT,"
                       " updated_at TEXT NOT NULL)"),
        // Intent of every create sent to the server (domain.md §5.6), so a crash mid-request is recoverable.
        QStringLiteral("CREATE TABLE create_intents ("
                       " id TEXT PRIMARY KEY,"
                       " kind TEXT NOT NULL,"
                       " record_id TEXT NOT NULL,"
                       " detail TEXT NOT NULL,"
                       " started_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE remote_listings ("
                       " kind TEXT PRIMARY KEY,"
                       " listing_json TEXT NOT NULL,"
                       " fetched_at TEXT NOT NULL)"),
    };
}

QStringList version3()
{
    return {
        // A check compares one assistant: it loads only the files it names and the records holding the remote ids
        // its snapshot names (Workspace::filesForCompare), so looking up by remote id must not scan every file.
        QStringLiteral("CREATE INDEX files_remote ON files(remote_file_id)"),
    };
}
QStringList version4(SqlDialect dialect)
{
    QStringList statements{
        // Deletion jobs carry their creation order explicitly (list order: assistants, stores, files, each by seq),
        // so it does not depend on a database's physical row order.
        QStringLiteral("ALTER TABLE deletion_jobs ADD COLUMN seq BIGINT NOT NULL DEFAULT 0"),
    };
    statements << Sql::numberRowsInCreationOrder(dialect, QStringLiteral("deletion_jobs"), QStringLiteral("seq"));
    statements << QStringLiteral("CREATE INDEX deletion_jobs_seq ON deletion_jobs(seq)");
    return statements;
}
QStringList version5()
{
    return {
        // No lost update: every editable record carries a row version; who changed it last and when.
        QStringLiteral("ALTER TABLE assistants ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE assistants ADD COLUMN updated_by TEXT"),
        QStringLiteral("ALTER TABLE experiments ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE experiments ADD COLUMN updated_by TEXT"),
        QStringLiteral("ALTER TABLE experiments ADD COLUMN updated_at TEXT"),
        QStringLiteral("ALTER TABLE pipelines ADD COLUMN row_version BIGINT NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE pipelines ADD COLUMN updated_by TEXT"),
        QStringLiteral("ALTER TABLE pipelines ADD COLUMN updated_at TEXT"),
        // Who did what: one row per changed record per write transaction, in commit order (seq), read by the other
        // desktops' change feed and by the History view.
        QStringLiteral("CREATE TABLE changes ("
                       " seq BIGINT PRIMARY KEY,"
                       " record_kind TEXT NOT NULL,"
                       " record_id TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " fields TEXT,"
                       " changed_by TEXT NOT NULL,"
                       " changed_at TEXT NOT NULL,"
                       " session_id TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX changes_record ON changes(record_id)"),
        // Remote work is claimed by one desktop at a time: the claimant's session, its process (PostgreSQL backend
        // or operating-system process) and host, so another desktop can tell a dead claimant from a live one.
        QStringLiteral("ALTER TABLE deletion_jobs ADD COLUMN claimed_by TEXT"),
        QStringLiteral("ALTER TABLE deletion_jobs ADD COLUMN claim_pid BIGINT"),
        QStringLiteral("ALTER TABLE deletion_jobs ADD COLUMN claim_host TEXT"),
        QStringLiteral("ALTER TABLE create_intents ADD COLUMN claimed_by TEXT"),
        QStringLiteral("ALTER TABLE create_intents ADD COLUMN claim_pid BIGINT"),
        QStringLiteral("ALTER TABLE create_intents ADD COLUMN claim_host TEXT"),
        // File contents kept in the workspace itself (team workspaces), content-addressed, in chunks.
        QStringLiteral("CREATE TABLE blobs ("
                       " sha256 TEXT PRIMARY KEY,"
                       " size BIGINT NOT NULL,"
                       " chunk_count INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE blob_chunks ("
                       " sha256 TEXT NOT NULL REFERENCES blobs(sha256) ON DELETE CASCADE,"
                       " n INTEGER NOT NULL,"
                       " data BLOB NOT NULL,"
                       " PRIMARY KEY (sha256, n))"),
        // A release never gives two versions of one family the same number.
        QStringLiteral("CREATE UNIQUE INDEX assistants_version_number ON assistants(working_version_id, version_number) "
                       "WHERE working_version_id IS NOT NULL"),
        QStringLiteral("CREATE UNIQUE INDEX experiments_version_number ON experiments(working_id, version_number) "
                       "WHERE working_id IS NOT NULL"),
        QStringLiteral("CREATE UNIQUE INDEX pipelines_version_number ON pipelines(working_id, version_number) "
                       "WHERE working_id IS NOT NULL"),
    };
}
QStringList version6()
{
    return {
        // Saved checks (domain.md §12): scripted conversations kept with a working assistant, in its order. The check
        // itself is its interchange JSON (domain/check.h); its id is a local id like every record's.
        QStringLiteral("CREATE TABLE checks ("
                       " id TEXT PRIMARY KEY REFERENCES local_ids(id),"
                       " assistant_id TEXT NOT NULL REFERENCES assistants(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " name TEXT NOT NULL,"
                       " check_json TEXT NOT NULL,"
                       " row_version BIGINT NOT NULL DEFAULT 1,"
                       " updated_by TEXT,"
                       " updated_at TEXT)"),
        QStringLiteral("CREATE INDEX checks_assistant ON checks(assistant_id, position)"),
        // The last result of each check per way ("assistants", "responses"): the answer, the token counts, when it
        // ran, and the expectations' outcomes and any failure as JSON (details).
        QStringLiteral("CREATE TABLE check_results ("
                       " check_id TEXT NOT NULL REFERENCES checks(id) ON DELETE CASCADE,"
                       " way TEXT NOT NULL,"
                       " passed INTEGER NOT NULL,"
                       " answer TEXT NOT NULL,"
                       " details TEXT NOT NULL,"
                       " input_tokens BIGINT NOT NULL,"
                       " output_tokens BIGINT NOT NULL,"
                       " ran_at TEXT NOT NULL,"
                       " PRIMARY KEY (check_id, way))"),
    };
}
} // namespace

QStringList migrationTo(int version, SqlDialect dialect)
{
    switch (version) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
    case 4:
        return version4(dialect);
    case 5:
        return version5();
    case 6:
        return version6();
    default:
        return {};
    }
}
} // namespace Schema
