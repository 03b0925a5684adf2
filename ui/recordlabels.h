// Small helpers shared by the read-only record views: how a referenced record is named, and a bold title label.
#pragma once

#include <QString>

class QLabel;
class QWidget;
class Workspace;

namespace RecordLabels {
/// "Helpdesk (working)" or "Helpdesk v2 · v2"; the id itself when the record is unknown; "—" when empty.
QString assistantName(const Workspace &workspace, const QString &id);
/// "Triage flow · working" or "Triage flow · v2"; the id itself when unknown; "—" when empty.
QString pipelineName(const Workspace &workspace, const QString &id);
QString yesNo(bool value);
QLabel *titleLabel(QWidget *parent);
QLabel *valueLabel(const QString &objectName, QWidget *parent);
}
