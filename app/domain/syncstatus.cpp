#include "domain/syncstatus.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<SyncStatus, const char *>, 6> WireNames{{
    {SyncStatus::NeverPushed, "never_pushed"},
    {SyncStatus::NotChecked, "not_checked"},
    {SyncStatus::InSync, "in_sync"},
    {SyncStatus::OutOfSync, "out_of_sync"},
    {SyncStatus::MissingRemote, "missing_remote"},
    {SyncStatus::CheckFailed, "check_failed"},
}};
}

QString syncStatusWireName(SyncStatus status)
{
    for (const auto &[s, name] : WireNames)
        if (s == status)
            return QString::fromLatin1(name);
    return QStringLiteral("not_checked");
}

SyncStatus syncStatusFromWireName(const QString &name, SyncStatus fallback)
{
    for (const auto &[s, wire] : WireNames)
        if (name == QLatin1String(wire))
            return s;
    return fallback;
}

void registerSyncStatusConversions()
{
    static const bool registered = [] {
        QMetaType::registerConverter<SyncStatus, QString>(&syncStatusWireName);
        QMetaType::registerConverter<QString, SyncStatus>([](const QString &name) { return syncStatusFromWireName(name); });
        return true;
    }();
    Q_UNUSED(registered)
}

QString syncStatusBadgeText(SyncStatus status, int differenceCount)
{
    switch (status) {
    case SyncStatus::NeverPushed:
        return QCoreApplication::translate("SyncStatus", "Never pushed");
    case SyncStatus::NotChecked:
        return QCoreApplication::translate("SyncStatus", "Not checked yet");
    case SyncStatus::InSync:
        return QCoreApplication::translate("SyncStatus", "In sync");
    case SyncStatus::OutOfSync:
        return differenceCount > 0 ? QCoreApplication::translate("SyncStatus", "Out of sync (%1)").arg(differenceCount)
                                   : QCoreApplication::translate("SyncStatus", "Out of sync");
    case SyncStatus::MissingRemote:
        return QCoreApplication::translate("SyncStatus", "Missing remotely");
    case SyncStatus::CheckFailed:
        return QCoreApplication::translate("SyncStatus", "Check failed");
    }
    return {};
}
