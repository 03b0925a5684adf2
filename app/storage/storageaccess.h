// The Database behind a Workspace, for the storage modules that sit beside Workspace (deletion jobs, create intents,
// listings, the archive write, release scope) and for the storage tests' seams (failure injection, schema checks).
// Nothing outside app/storage and tests/ includes this header (the include_layers test checks it): every other
// layer reads and writes through Workspace and the storage modules' functions, never through SQL.
#pragma once

#include "storage/workspace.h"

class StorageAccess
{
public:
    static Database &database(Workspace &workspace) { return *workspace.m_db; }
    static const Database &database(const Workspace &workspace) { return *workspace.m_db; }
};
