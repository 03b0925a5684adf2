#include "secrets/secretstore.h"

#include "core/logging.h"

#include <qt6keychain/keychain.h>

#include <QCoro/QCoroSignal>

#include <QCoreApplication>

#include <memory>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("KeychainSecretStore", text);
}

struct JobDeleter {
    void operator()(QKeychain::Job *job) const { job->deleteLater(); }
};

template<typename JobType>
std::unique_ptr<JobType, JobDeleter> makeJob(const QString &service, const QString &account)
{
    std::unique_ptr<JobType, JobDeleter> job(new JobType(service));
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(account);
    return job;
}

// QtKeychain's error() and errorString() are valid only after finished().
Error keychainError(const QKeychain::Job &job, const char *action)
{
    const bool unavailable = job.error() == QKeychain::NoBackendAvailable || job.error() == QKeychain::AccessDenied
                             || job.error() == QKeychain::AccessDeniedByUser;
    qCWarning(lcSecrets) << action << "failed:" << int(job.error()) << job.errorString();
    return Error{unavailable ? ErrorKind::Refused : ErrorKind::Storage,
                 unavailable ? tr("The system keychain is not available (%1).").arg(job.errorString())
                             : tr("The system keychain failed: %1").arg(job.errorString()),
                 {}};
}

QCoro::Task<void> run(QKeychain::Job *job)
{
    job->start();   // QtKeychain queues the actual start, so connecting afterwards is safe
    co_await qCoro(job, &QKeychain::Job::finished);
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QString service) : m_service(std::move(service)) {}

QCoro::Task<Result<std::optional<QString>>> KeychainSecretStore::read(QString account)
{
    auto job = makeJob<QKeychain::ReadPasswordJob>(m_service, account);
    co_await run(job.get());
    if (job->error() == QKeychain::EntryNotFound)
        co_return std::optional<QString>{};
    if (job->error() != QKeychain::NoError)
        co_return keychainError(*job, "read");
    qCDebug(lcSecrets) << "read a key for" << account;
    co_return std::optional<QString>(job->textData());
}

QCoro::Task<Status> KeychainSecretStore::write(QString account, QString secret)
{
    auto job = makeJob<QKeychain::WritePasswordJob>(m_service, account);
    job->setTextData(secret);
    co_await run(job.get());
    if (job->error() != QKeychain::NoError)
        co_return keychainError(*job, "write");
    qCInfo(lcSecrets) << "stored a key for" << account;
    co_return Status{};
}

QCoro::Task<Status> KeychainSecretStore::remove(QString account)
{
    auto job = makeJob<QKeychain::DeletePasswordJob>(m_service, account);
    co_await run(job.get());
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
        co_return keychainError(*job, "remove");
    qCInfo(lcSecrets) << "removed the key for" << account;
    co_return Status{};
}
