// Named text settings kept with a workspace (its settings table). Value types that persist themselves, such as the
// OpenAI connection, read and write through this interface, so they do not depend on the database layer.
#pragma once

#include "core/result.h"

#include <QString>

class SettingsStore
{
public:
    virtual ~SettingsStore() = default;
    /// The stored value of `key`, `fallback` when none is stored.
    virtual QString setting(const QString &key, const QString &fallback = {}) const = 0;
    /// Stores `value` under `key` in one transaction.
    virtual Status setSetting(const QString &key, const QString &value) = 0;
};
