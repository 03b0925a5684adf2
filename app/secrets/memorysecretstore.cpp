#include "secrets/secretstore.h"

std::optional<Error> MemorySecretStore::takeFailure()
{
    return std::exchange(m_failure, std::nullopt);
}

QCoro::Task<Result<std::optional<QString>>> MemorySecretStore::read(QString account)
{
    if (auto e = takeFailure())
        co_return *e;
    const auto it = m_secrets.constFind(account);
    co_return it == m_secrets.cend() ? std::optional<QString>{} : std::optional<QString>(*it);
}

QCoro::Task<Status> MemorySecretStore::write(QString account, QString secret)
{
    if (auto e = takeFailure())
        co_return *e;
    m_secrets.insert(account, secret);
    co_return Status{};
}

QCoro::Task<Status> MemorySecretStore::remove(QString account)
{
    if (auto e = takeFailure())
        co_return *e;
    m_secrets.remove(account);
    co_return Status{};
}
