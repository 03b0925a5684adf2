// Fixture for the check_layers_detects test: widgets never run SQL or reach behind the Workspace.
#include "storage/storageaccess.h"
#include <QSqlDatabase>
