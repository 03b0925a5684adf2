#include "testsupport.h"

#include "interchange/interchange.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QSignalSpy>
#include <QTest>

namespace TestSupport {
QString fixturePath(const QString &name)
{
    return QStringLiteral(ADESK_TEST_DATA_DIR_SUPPORT) + QLatin1Char('/') + name;
}

QByteArray fixture(const QString &name)
{
    return readAll(fixturePath(name));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", qPrintable(path));
        return {};
    }
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
}

bool onPostgres()
{
    return qEnvironmentVariable("ADESK_TEST_BACKEND") == QLatin1String("postgres");
}

namespace {
QString pgEnv(const char *name)
{
    const QString value = qEnvironmentVariable(name);
    if (value.isEmpty())
        qWarning("%s is not set: run the PostgreSQL tests through .ci/test, which starts their server", name);
    return value;
}
} // namespace

bool postgresAdmin(const QString &sql, const QString &database)
{
    const QString connection = QStringLiteral("adesk-test-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(pgEnv("ADESK_TEST_PG_ADMIN_SOCKET"));
        db.setPort(pgEnv("ADESK_TEST_PG_PORT").toInt());
        db.setUserName(pgEnv("ADESK_TEST_PG_ADMIN_USER"));
        db.setDatabaseName(database.isEmpty() ? QStringLiteral("postgres") : database);
        if (!db.open()) {
            qWarning("cannot reach the test PostgreSQL server: %s", qPrintable(db.lastError().text()));
        } else {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

QString newPostgresDatabase(const QString &user)
{
    qputenv("PGPASSWORD", pgEnv("ADESK_TEST_PG_PASSWORD").toUtf8());
    const QString name = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(20);
    if (!postgresAdmin(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(name, pgEnv("ADESK_TEST_PG_USER"))))
        return {};
    return QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=disable")
        .arg(user.isEmpty() ? pgEnv("ADESK_TEST_PG_USER") : user, pgEnv("ADESK_TEST_PG_HOST"), pgEnv("ADESK_TEST_PG_PORT"), name);
}

bool workspaceExists(const QString &spec)
{
    if (!WorkspaceLocation::looksLikeUrl(spec))
        return QFile::exists(spec);
    Workspace::OpenOptions options;
    options.database.password = qEnvironmentVariable("ADESK_TEST_PG_PASSWORD");
    return Workspace::open(spec, options).ok();
}

QString workspaceSpec(const QTemporaryDir &dir, const QString &name, bool withSchema)
{
    if (!onPostgres())
        return dir.filePath(name);
    static QHash<QString, QString> made;   // dir/name → its database's URL, for the life of the test process
    const QString key = dir.filePath(name);
    if (const auto it = made.constFind(key); it != made.cend())
        return *it;
    const QString url = newPostgresDatabase();
    if (url.isEmpty())
        return {};
    made.insert(key, url);
    if (!withSchema)
        return url;
    Workspace::OpenOptions options;
    options.database.createSchema = Database::OpenOptions::Schema::Required;
    options.database.password = qEnvironmentVariable("ADESK_TEST_PG_PASSWORD");
    options.blobRoot = dir.filePath(QStringLiteral("blobs"));
    auto ws = Workspace::open(url, options);
    if (!ws) {
        qWarning("cannot create the workspace schema in %s: %s", qPrintable(url), qPrintable(ws.error().message));
        return {};
    }
    return url;
}

std::unique_ptr<Workspace> openWorkspace(const QTemporaryDir &dir, const QString &name)
{
    Workspace::OpenOptions options;
    options.blobRoot = dir.filePath(QStringLiteral("blobs"));
    auto ws = Workspace::open(workspaceSpec(dir, name), options);
    if (!ws) {
        qWarning("cannot open workspace: %s", qPrintable(ws.error().message));
        return nullptr;
    }
    return std::move(ws).value();
}

std::unique_ptr<Workspace> importedWorkspace(const QTemporaryDir &dir, const QByteArray &document, const QString &name)
{
    auto ws = openWorkspace(dir, name);
    if (!ws)
        return nullptr;
    const Status imported = Interchange::importInto(*ws, document);
    if (!imported) {
        qWarning("cannot import into %s: %s", qPrintable(name),
                 qPrintable(imported.error().details.isEmpty() ? imported.error().message
                                                               : imported.error().details.join(QLatin1Char('\n'))));
        return nullptr;
    }
    return ws;
}

Assistant namedAssistant(const QString &name, const QString &id)
{
    Assistant a;
    a.id = id;
    a.name = name;
    a.model = QStringLiteral("gpt-4o");
    return a;
}

Assistant helpdeskDraft()
{
    Assistant a = namedAssistant(QStringLiteral("Helpdesk"));
    a.instructions = QStringLiteral("Answer order questions.");
    return a;
}

FunctionTool lookupOrder()
{
    FunctionTool f;
    f.name = QStringLiteral("lookup_order");
    f.description = QStringLiteral("Find an order by number");
    f.parameters = QJsonDocument::fromJson(
                       R"({"type": "object", "properties": {"number": {"type": "string"}}, "required": ["number"]})")
                       .object();
    return f;
}

Assistant exampleHelpdesk()
{
    Assistant a = helpdeskDraft();
    a.id = QStringLiteral("a-help");
    a.temperature = 0.7;
    a.codeInterpreter = a.fileSearch = true;
    a.functions = {lookupOrder()};
    a.codeInterpreterFiles = {QStringLiteral("f-prices")};
    a.fileSearchFiles = {QStringLiteral("f-faq")};
    a.vectorStoreId = QStringLiteral("vs_W1");
    return a;
}

QStringList fieldsOf(const QList<Difference> &differences)
{
    QStringList out;
    for (const auto &d : differences)
        out << d.field;
    return out;
}

QSet<QString> idsOf(const QList<QJsonObject> &objects)
{
    QSet<QString> out;
    for (const auto &o : objects)
        out.insert(o.value(QStringLiteral("id")).toString());
    return out;
}

QSet<QString> idSet(std::initializer_list<const char *> ids)
{
    QSet<QString> out;
    for (const char *id : ids)
        out.insert(QString::fromLatin1(id));
    return out;
}

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

CliRun runCli(const QStringList &args, const CliOptions &options)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : options.unsetEnv)
        env.remove(name);
    for (auto it = options.env.cbegin(); it != options.env.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral(ADESK_CLI_PATH_SUPPORT), args);
    if (!p.waitForStarted(10000))
        return {};
    p.write(options.input);
    p.closeWriteChannel();
    if (!finished.wait(options.timeoutMs))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}
} // namespace TestSupport
