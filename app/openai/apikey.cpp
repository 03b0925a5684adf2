#include "openai/apikey.h"

#include <QCoreApplication>

namespace OpenAi {

QCoro::Task<Result<QString>> lookupApiKey(Connection connection, SecretStore &secrets,
                                          QProcessEnvironment environment)
{
    const QString fromEnvironment = environment.value(QStringLiteral("OPENAI_API_KEY")).trimmed();
    if (!fromEnvironment.isEmpty())
        co_return fromEnvironment;
    auto stored = co_await secrets.read(connection.keychainAccount());
    if (!stored)
        co_return stored.error();
    if (stored.value() && !stored.value()->trimmed().isEmpty())
        co_return stored.value()->trimmed();
    co_return Error{ErrorKind::Refused,
                    QCoreApplication::translate("OpenAi::Connection",
                                                "No API key is stored for %1. Add one in Settings → Connection.")
                        .arg(connection.baseUrl),
                    {}};
}

} // namespace OpenAi
