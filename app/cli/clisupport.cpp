#include "cli/clisupport.h"

#include "interchange/jsonwriter.h"
#include "openai/apikey.h"
#include "openai/connection.h"
#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Cli {

int printError(QTextStream &err, const Error &e)
{
    err << e.message << '\n';
    for (qsizetype i = 1; i < e.details.size(); ++i)
        err << e.details.at(i) << '\n';
    switch (e.kind) {
    case ErrorKind::Network:
        return 4;
    case ErrorKind::Blocked:
        return 3;
    default:
        return 1;
    }
}

int printUsage(QTextStream &err, const QString &message)
{
    err << message << '\n' << QCoreApplication::translate("Cli", "Run 'assistant-desk-cli --help' for usage.") << '\n';
    return 2;
}

void printJson(QTextStream &out, const QJsonValue &value)
{
    JsonWriter w;
    w.value(value);
    out << QString::fromUtf8(w.finish());
}

Result<Session> openSession(const QString &path, bool withClient, SecretStore *secrets)
{
    if (!QFileInfo::exists(path))
        return Error{ErrorKind::NotFound,
                     QCoreApplication::translate("Cli", "Workspace “%1” does not exist. Create it with import-workspace or "
                                                        "open it in Assistant Desk.")
                         .arg(path),
                     {}};
    auto ws = Workspace::open(path);
    if (!ws)
        return ws.error();
    Session session;
    session.workspace = std::move(ws).value();
    if (!withClient)
        return session;
    auto connection = OpenAi::Connection::load(*session.workspace);
    if (!connection)
        return connection.error();
    KeychainSecretStore keychain;
    auto key = runSync(OpenAi::lookupApiKey(connection.value(), secrets ? *secrets : static_cast<SecretStore &>(keychain)));
    if (!key)
        return key.error();
    session.nam = std::make_unique<QNetworkAccessManager>();
    session.client = std::make_unique<OpenAi::OpenAiClient>(session.nam.get());
    session.client->setConnection(connection.value());
    session.client->setApiKey(key.value());
    return session;
}

} // namespace Cli
