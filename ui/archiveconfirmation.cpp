#include "archiveconfirmation.h"

#include "domain/archiveplanner.h"
#include "dialogs.h"

#include <QCoreApplication>

namespace ArchiveConfirmation {

QStringList paragraphs(const ArchivePlan &plan, bool offline)
{
    QStringList out;
    if (const QString autoText = plan.autoArchivedText(); !autoText.isEmpty())
        out << autoText;
    if (offline)
        out << ArchivePlan::offlineText();
    return out;
}

bool ask(Dialogs &dialogs, QWidget *parent, const ArchivePlan &plan, bool offline)
{
    const Dialogs::Answer answer =
        dialogs.confirmDestructive(parent, plan.confirmationTitle(), plan.confirmationText(), paragraphs(plan, offline),
                                   QCoreApplication::translate("ArchiveConfirmation", "Archive"));
    return answer == Dialogs::Yes;
}

} // namespace ArchiveConfirmation
