// Helpers shared by the Workspace implementation files (workspace.cpp, workspacesync.cpp). Not a public API.
#pragma once

#include <QMap>
#include <QString>

namespace WorkspaceInternal {
QString metadataToJson(const QMap<QString, QString> &metadata);
QMap<QString, QString> metadataFromJson(const QString &json);
}
