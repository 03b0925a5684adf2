#include "releasecontroller.h"

#include "nonmodal.h"
#include "releasedialog.h"
#include "storage/workspace.h"
#include "synccontroller.h"

#include <QWidget>

ReleaseController::ReleaseController(SyncController *sync, QWidget *window)
    : QObject(window), m_sync(sync), m_window(window)
{
}

ReleaseDialog *ReleaseController::dialog() const
{
    return m_dialog;
}

void ReleaseController::release(const QString &experimentId)
{
    WorkspaceSession *session = m_sync ? m_sync->session() : nullptr;
    if (!m_dialog && !session)
        return;
    NonModal::raiseOrOpen(m_dialog, [this, session, &experimentId] {
        auto *dialog = new ReleaseDialog(&session->workspace(), m_sync->client(), m_sync->canChange(), experimentId,
                                         m_window);
        dialog->setKeepAlive(session->shared_from_this());
        if (m_sync)
            connect(m_sync, &SyncController::modeChanged, dialog,
                    [this, dialog] { dialog->setOnline(m_sync && m_sync->canChange()); });
        connect(dialog, &ReleaseDialog::finishedRelease, this,
                [this](const QString &id, bool ok, const QString &versionId, const QStringList &assistantVersionIds) {
                    if (!ok)
                        return;
                    // Like after a push, the new versions are re-checked so their badges show what the server holds.
                    if (m_sync && m_sync->isOnline())
                        for (const QString &assistantId : assistantVersionIds)
                            m_sync->check(assistantId);
                    emit released(id, versionId);
                });
        return dialog;
    });
}
