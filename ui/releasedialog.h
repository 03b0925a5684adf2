// The Release dialog (domain.md §6, ui.md); ReleaseController (releasecontroller.h) opens it for
// ExperimentView::releaseRequested.
//
// ReleaseDialog shows what the release makes — version vM of the experiment, one assistant version per assistant
// of W ("Helpdesk → Helpdesk v3"), a pipeline version — asks "Publish this version" (ticked by default; hidden on
// the family's first release, which is always published), then runs the Releaser, listing each step as it starts,
// and shows the result or the error ("Release failed: …. Nothing was released."). When W is non-empty and the app is
// offline, Release is disabled with "Not available offline"; a release with no assistants works offline.
// Cancel while releasing cancels the release (it still deletes what it created) instead of closing the dialog.
//
// Window-modal but never blocking (open with show()). The Releaser and its cancel token live as long as the
// release task, even if the dialog goes first. The workspace and client must outlive the dialog (the window-modal
// dialog keeps the user from switching workspaces meanwhile).
//
// Object names: releaseIntroLabel, releasePlanList, releasePublishCheck, releaseFirstLabel, releaseOfflineLabel,
// releaseStepsList, releaseResultLabel, releaseButton, releaseCancelButton.
#pragma once

#include "versions/releaser.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class Workspace;
namespace OpenAi {
class CancelToken;
class OpenAiClient;
}

class ReleaseDialog : public QDialog
{
    Q_OBJECT
public:
    /// `client` may be null (no server features); `online` says whether requests may be sent now.
    ReleaseDialog(Workspace *workspace, OpenAi::OpenAiClient *client, bool online, const QString &experimentId,
                  QWidget *parent = nullptr);
    ~ReleaseDialog() override;

    enum class Stage { Ready, Releasing, Done };
    Stage stage() const { return m_stage; }
    QString experimentId() const { return m_experimentId; }
    /// Whether the release needs the server (W is non-empty).
    bool needsConnection() const { return m_needsConnection; }
    /// Online state changed (SyncController::modeChanged); only matters before the release starts.
    void setOnline(bool online);
    /// A reference the release task holds until it has ended (the session of the workspace), so the workspace
    /// outlives a release that runs on after the dialog or the window let go of it.
    void setKeepAlive(std::shared_ptr<void> keepAlive) { m_keepAlive = std::move(keepAlive); }
    bool canRelease() const;
    /// The Release button's action; only in Stage::Ready and when canRelease().
    void startRelease();
    /// The result text shown after the release (or why it cannot start).
    QString resultText() const;
    /// The step rows as shown.
    QStringList stepRows() const;
    const std::optional<ReleaseOutcome> &outcome() const { return m_outcome; }

signals:
    /// The release finished; `ok` false when it failed (nothing was released).
    /// `assistantVersionIds`: the assistant versions the release created (empty when it failed).
    void finishedRelease(const QString &experimentId, bool ok, const QString &experimentVersionId,
                         const QStringList &assistantVersionIds);

protected:
    void reject() override;

private:
    void onStepStarted(const QString &text);
    void onStepFailed();
    void showOutcome(const ReleaseOutcome &outcome);
    void setStage(Stage stage);
    void showResult(const QString &text, bool ok);
    void updateAvailability();

    QPointer<Workspace> m_workspace;
    OpenAi::OpenAiClient *m_client = nullptr;
    bool m_online = false;
    QString m_experimentId;
    bool m_scopeOk = false;
    bool m_needsConnection = false;
    bool m_firstRelease = false;
    Stage m_stage = Stage::Ready;
    std::shared_ptr<OpenAi::CancelToken> m_cancel;
    std::shared_ptr<void> m_keepAlive;
    std::optional<ReleaseOutcome> m_outcome;
    bool m_stepFailed = false;

    QLabel *m_introLabel = nullptr;
    QListWidget *m_planList = nullptr;
    QCheckBox *m_publishCheck = nullptr;
    QLabel *m_firstLabel = nullptr;
    QLabel *m_offlineLabel = nullptr;
    QListWidget *m_stepsList = nullptr;
    QLabel *m_resultLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_releaseButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};
