// Fixture for the check_layers_detects test: the HTTP layer must not reach into storage, nor run SQL.
#include "storage/workspace.h"
#include <QSqlQuery>
