#include "cli/remotecommands.h"

#include "cli/clisupport.h"
#include "core/jsonnumber.h"

#include "interchange/jsonwriter.h"
#include "openai/apierror.h"
#include "openai/apikey.h"
#include "openai/connection.h"
#include "openai/openaiclient.h"
#include "secrets/secretstore.h"
#include "storage/workspace.h"

#include <QCoro/QCoroTask>

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <cstdio>

namespace Cli {
namespace {
SecretStore *g_secretStore = nullptr;
QTextStream *g_keyInput = nullptr;

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

enum Exit { Ok = 0, Failed = 1, Usage = 2, NetworkError = 4 };

struct SecretStoreChoice {
    KeychainSecretStore keychain;
    SecretStore &get() { return g_secretStore ? *g_secretStore : keychain; }
};

QString readKey()
{
    if (g_keyInput)
        return g_keyInput->readLine().trimmed();
    QTextStream in(stdin);
    return in.readLine().trimmed();
}

} // namespace

void setSecretStoreForTesting(SecretStore *store)
{
    g_secretStore = store;
}

void setKeyInputForTesting(QTextStream *input)
{
    g_keyInput = input;
}

int connectCommand(const RemoteContext &c, QTextStream &out, QTextStream &err)
{
    QString baseUrl, organization, project;
    bool baseUrlGiven = false;
    bool noKey = false;
    for (qsizetype i = 0; i < c.args.size(); ++i) {
        const QString &a = c.args.at(i);
        auto value = [&](QString *target) {
            if (i + 1 >= c.args.size())
                return false;
            *target = c.args.at(++i);
            return true;
        };
        if (a == QLatin1String("--base-url")) {
            if (!value(&baseUrl))
                return printUsage(err, tr("--base-url needs a URL."));
            baseUrlGiven = true;
        } else if (a == QLatin1String("--organization")) {
            if (!value(&organization))
                return printUsage(err, tr("--organization needs an ID."));
        } else if (a == QLatin1String("--project")) {
            if (!value(&project))
                return printUsage(err, tr("--project needs an ID."));
        } else if (a == QLatin1String("--no-key")) {
            noKey = true;
        } else {
            return printUsage(err, tr("Unknown argument for connect: %1").arg(a));
        }
    }
    if (!baseUrlGiven)
        return printUsage(err, tr("connect needs --base-url URL."));
    if (baseUrl.trimmed().isEmpty())   // not silently the default server
        return printUsage(err, tr("Base URL: is empty; give the server's URL, e.g. https://api.openai.com/v1."));
    auto connection = OpenAi::Connection::make(baseUrl, organization, project);
    if (!connection)
        return printError(err, connection.error());

    QString key;
    if (!noKey) {
        key = readKey();
        if (key.isEmpty()) {
            err << tr("No API key on standard input. Pipe the key in, or pass --no-key to use OPENAI_API_KEY.")
                << '\n';
            return Failed;
        }
    }
    auto ws = openWorkspace(c.workspace, false);
    if (!ws)
        return printError(err, ws.error());
    // A workspace is bound to one account: remote ids mean something only there (domain.md §0). Moving linked
    // records to another server or project makes every cached status meaningless.
    const auto previous = OpenAi::Connection::load(*ws.value());
    const bool moved = previous && (previous->baseUrl != connection->baseUrl || previous->project != connection->project);
    if (Status s = connection->save(*ws.value()); !s)
        return printError(err, s.error());
    if (moved && !ws.value()->linkedRemoteIds().isEmpty()) {
        if (Status s = ws.value()->clearRemoteCache(); !s)
            return printError(err, s.error());
        if (!c.quiet)
            err << tr("The connection changed: every status is now Not checked yet.") << '\n';
    }
    if (!noKey) {
        SecretStoreChoice secrets;
        const Status stored = runSync(secrets.get().write(connection->keychainAccount(), key));
        if (!stored)
            return printError(err, stored.error());
    }
    if (c.json) {
        printJson(out, QJsonObject{{QStringLiteral("workspace"), ws.value()->path()},
                                   {QStringLiteral("base_url"), connection->baseUrl},
                                   {QStringLiteral("organization"), connection->organization.isEmpty()
                                                                        ? QJsonValue(QJsonValue::Null)
                                                                        : QJsonValue(connection->organization)},
                                   {QStringLiteral("project"), connection->project.isEmpty()
                                                                   ? QJsonValue(QJsonValue::Null)
                                                                   : QJsonValue(connection->project)},
                                   {QStringLiteral("key_stored"), !noKey}});
    } else if (!c.quiet) {
        err << (noKey ? tr("Connected %1 to %2; the key will come from OPENAI_API_KEY.")
                      : tr("Connected %1 to %2; the key is stored in the system keychain."))
                   .arg(ws.value()->path(), connection->baseUrl)
            << '\n';
    }
    return Ok;
}

int remoteCommand(const RemoteContext &c, QTextStream &out, QTextStream &err)
{
    if (c.args.isEmpty() || c.args.first() != QLatin1String("list"))
        return printUsage(err, tr("remote takes a subcommand: remote list [--json]"));
    if (c.args.size() > 1)
        return printUsage(err, tr("Unknown argument for remote list: %1").arg(c.args.at(1)));
    if (!WorkspaceLocation::looksLikeUrl(c.workspace) && !QFileInfo::exists(c.workspace)) {
        err << tr("Workspace “%1” does not exist. Connect it first with connect --base-url URL.").arg(c.workspace)
            << '\n';
        return Failed;
    }
    auto ws = openWorkspace(c.workspace, true);
    if (!ws)
        return printError(err, ws.error());
    auto connection = OpenAi::Connection::load(*ws.value());
    if (!connection)
        return printError(err, connection.error());
    SecretStoreChoice secrets;
    auto key = runSync(OpenAi::lookupApiKey(connection.value(), secrets.get()));
    if (!key)
        return printError(err, key.error());

    QNetworkAccessManager nam;
    OpenAi::OpenAiClient client(&nam);
    client.setConnection(connection.value());
    client.setApiKey(key.value());
    auto assistants = runSync(client.listAssistants());
    if (!assistants)
        return printError(err, assistants.error());

    auto createdAt = [](const QJsonObject &o) {
        return QDateTime::fromSecsSinceEpoch(jsonInteger(o.value(QLatin1String("created_at"))), Qt::UTC)
            .toString(Qt::ISODate);
    };
    if (c.json) {
        QJsonArray array;
        for (const QJsonObject &a : assistants.value()) {
            const QJsonValue deskId = a.value(QLatin1String("metadata")).toObject().value(QLatin1String("assistant_desk_id"));
            array.append(QJsonObject{{QStringLiteral("remote_id"), a.value(QLatin1String("id"))},
                                     {QStringLiteral("name"), a.value(QLatin1String("name"))},
                                     {QStringLiteral("model"), a.value(QLatin1String("model"))},
                                     {QStringLiteral("created_at"), createdAt(a)},
                                     {QStringLiteral("assistant_desk_id"),
                                      deskId.isString() ? deskId : QJsonValue(QJsonValue::Null)}});
        }
        printJson(out, array);
        return Ok;
    }
    for (const QJsonObject &a : assistants.value()) {
        const QJsonValue name = a.value(QLatin1String("name"));
        out << a.value(QLatin1String("id")).toString() << '\t'
            << (name.isString() ? name.toString() : tr("Untitled assistant")) << '\t'
            << a.value(QLatin1String("model")).toString() << '\t' << createdAt(a) << '\n';
    }
    if (!c.quiet)
        err << QCoreApplication::translate("Cli", "%n assistant(s) on %1.", nullptr, int(assistants->size()))
                   .arg(connection->baseUrl)
            << '\n';
    return Ok;
}

} // namespace Cli
