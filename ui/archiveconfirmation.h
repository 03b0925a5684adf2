// The archive confirmation (domain.md §7, ui.md "Archive confirmation"): "Archive “<name>”?", what is archived and
// deleted in OpenAI, the released experiment versions archived with it and, offline, when the deletion will run.
// Buttons "Archive" (destructive style) and "Cancel". It goes through the Dialogs seam, so tests answer it with
// Dialogs::setNextAnswer(Dialogs::Yes) (Archive) or Dialogs::Cancel, and read the texts from Dialogs::history()
// (kind "confirm": title, text = confirmationText(), details = paragraphs()).
#pragma once

#include <QStringList>

class Dialogs;
class QWidget;
struct ArchivePlan;

namespace ArchiveConfirmation {
/// The paragraphs under the main text: the auto-archived experiment versions (when any), then the offline note
/// (when offline).
QStringList paragraphs(const ArchivePlan &plan, bool offline);
/// Asks; true when the user chose "Archive".
bool ask(Dialogs &dialogs, QWidget *parent, const ArchivePlan &plan, bool offline);
}
