#include "core/logging.h"

Q_LOGGING_CATEGORY(lcDb, "assistantdesk.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "assistantdesk.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "assistantdesk.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "assistantdesk.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "assistantdesk.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "assistantdesk.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcChat, "assistantdesk.chat", QtInfoMsg)
