// Where the API key of a connection comes from (cli.md, domain.md §0).
//
// Promises: lookupApiKey() tries the OPENAI_API_KEY environment variable first, then the keychain entry of the
// connection (service "assistant-desk", account Connection::keychainAccount()). With neither it fails with
// Error{Refused} "No API key is stored for <base URL>. Add one in Settings → Connection."; keychain failures are
// passed on. The key is returned in memory only and never logged.
#pragma once

#include "core/result.h"
#include "openai/connection.h"
#include "secrets/secretstore.h"

#include <QCoro/QCoroTask>

#include <QProcessEnvironment>

namespace OpenAi {

QCoro::Task<Result<QString>> lookupApiKey(Connection connection, SecretStore &secrets,
                                          QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

} // namespace OpenAi
