// The workspace schema as forward migrations. Version N's statements turn a version N-1 workspace into version N.
// Migrations are append-only: a released migration is never edited, a new version is added instead.
#pragma once

#include "storage/sqldialect.h"

#include <QStringList>

namespace Schema {
QStringList migrationTo(int version, SqlDialect dialect);
}
