#include "session/workspaceopener.h"

#include "secrets/secretstore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace WorkspaceOpener {
QCoro::Task<Result<std::optional<QString>>> storedPassword(WorkspaceLocation location, SecretStore *secrets)
{
    if (!location.isTeam())
        co_return std::optional<QString>{};
    const QString fromEnvironment = qEnvironmentVariable("PGPASSWORD");
    if (!fromEnvironment.isEmpty())
        co_return std::optional<QString>(fromEnvironment);
    if (!secrets)
        co_return std::optional<QString>{};
    auto stored = co_await secrets->read(location.keychainAccount());
    if (!stored && stored.error().kind == ErrorKind::Refused)
        co_return std::optional<QString>{};   // no keychain here: as if nothing were stored (the GUI asks)
    co_return stored;
}

QCoro::Task<Result<std::unique_ptr<Workspace>>> open(QString spec, SecretStore *secrets, bool mustExist,
                                                     Workspace::OpenOptions options, std::optional<QString> password)
{
    auto location = WorkspaceLocation::parse(spec);
    if (!location)
        co_return location.error();
    if (!location->isTeam()) {
        if (mustExist && !QFileInfo::exists(location->path))
            co_return Error{ErrorKind::NotFound,
                            QCoreApplication::translate("WorkspaceOpener", "Workspace “%1” does not exist. Create it with "
                                                                           "import-workspace or open it in Assistant Desk.")
                                .arg(spec),
                            {}};
        co_return Workspace::open(location.value(), options);
    }
    if (!password) {
        auto stored = co_await storedPassword(location.value(), secrets);
        if (!stored)
            co_return stored.error();
        password = stored.value();
    }
    options.database.password = password.value_or(QString());
    // Like a missing file, an empty database becomes a workspace where the caller may create one (import-workspace).
    if (!mustExist && options.database.createSchema == Database::OpenOptions::Schema::Never)
        options.database.createSchema = Database::OpenOptions::Schema::IfMissing;
    co_return Workspace::open(location.value(), options);
}

QCoro::Task<Status> rememberPassword(WorkspaceLocation location, SecretStore *secrets, QString password)
{
    if (!secrets || !location.isTeam() || password.isEmpty())
        co_return Status{};
    co_return co_await secrets->write(location.keychainAccount(), password);
}
} // namespace WorkspaceOpener
