// Fixture for the check_layers_detects test: allowed includes.
#include "storage/workspace.h"
#include <QJsonObject>
