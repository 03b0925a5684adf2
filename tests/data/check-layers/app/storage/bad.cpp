// Fixture for the check_layers_detects test: every include below breaks a rule of .ci/check-layers.
#include "sync/syncengine.h"
#include "openai/openaiclient.h"
#include <QWidget>
