// SecretStore: where API keys live (the OS keychain in production, memory in tests).
//
// Promises: read, write and remove are asynchronous (QCoro tasks) and never block the thread. read() yields
// nullopt when no secret is stored under `account` (not an error). Failures are Error{Refused} when the keychain
// is missing or locked/denied ("no backend", "access denied": the UI then offers a session-only key) and
// Error{Storage} otherwise; messages never contain the secret. Secrets are never logged.
// Threading: the thread that created the store. Ownership: the caller owns the store; tasks must finish first.
#pragma once

#include "core/result.h"

#include <QCoro/QCoroTask>

#include <QHash>
#include <QString>

#include <optional>

class SecretStore
{
public:
    virtual ~SecretStore() = default;
    virtual QCoro::Task<Result<std::optional<QString>>> read(QString account) = 0;
    virtual QCoro::Task<Status> write(QString account, QString secret) = 0;
    /// Removing a secret that does not exist succeeds.
    virtual QCoro::Task<Status> remove(QString account) = 0;
};

/// The OS keychain through QtKeychain (Secret Service, macOS Keychain, Windows Credential Store) under one service
/// name (default "assistant-desk"); the insecure plaintext fallback is off.
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("assistant-desk"));
    QCoro::Task<Result<std::optional<QString>>> read(QString account) override;
    QCoro::Task<Status> write(QString account, QString secret) override;
    QCoro::Task<Status> remove(QString account) override;

private:
    QString m_service;
};

/// For tests: secrets in a hash; completes without suspending. failNext() makes the next call fail with `error`.
class MemorySecretStore final : public SecretStore
{
public:
    QCoro::Task<Result<std::optional<QString>>> read(QString account) override;
    QCoro::Task<Status> write(QString account, QString secret) override;
    QCoro::Task<Status> remove(QString account) override;

    void failNext(Error error) { m_failure = std::move(error); }
    const QHash<QString, QString> &secrets() const { return m_secrets; }

private:
    std::optional<Error> takeFailure();

    QHash<QString, QString> m_secrets;
    std::optional<Error> m_failure;
};
