// The reference pickers of the experiment and pipeline views (domain.md §1.3): a combo box of assistant records or
// of pipeline records, each item's data the record id ("" = none).
//
// Offered: every non-archived record, working records and versions, sorted by name, the working record first, then
// versions ascending. Assistants read "Helpdesk (working)" / "Helpdesk v2" (the version record's own name), as the
// blocker dialog names them (§7); pipelines read "Triage flow · working" / "Triage flow · v1". A current reference
// to a record that is not offered (archived or unknown) is added as a disabled item, so the combo shows the truth.
#pragma once

#include <QHash>
#include <QString>

class QComboBox;
class QWidget;
class Workspace;

namespace ReferenceCombos {
/// An empty reference picker named `objectName`, at least 24 characters wide and as wide as its longest item.
QComboBox *combo(const QString &objectName, QWidget *parent);
/// Refills `combo` with "None" plus the assistants, and selects `currentId`. Emits no activated().
void fillAssistants(QComboBox *combo, const Workspace &workspace, const QString &currentId);
/// Refills `combo` with "None" plus the pipelines, and selects `currentId`.
void fillPipelines(QComboBox *combo, const Workspace &workspace, const QString &currentId);
/// Every assistant record's label ("Helpdesk (working)", "Helpdesk v2") by id, archived ones included.
QHash<QString, QString> assistantLabels(const Workspace &workspace);
/// Every pipeline record's label ("Triage flow · working", "Triage flow · v1") by id, archived ones included.
QHash<QString, QString> pipelineLabels(const Workspace &workspace);
}
