// The Try tab of the assistant editor (domain.md §12): a conversation with the assistant as the form shows it —
// the working copy with unsaved edits, or a version — by the way chosen for the conversation (WayPicker: a way that
// cannot run is disabled with its reason). Send (Ctrl+Enter), Stop, New conversation, Retry after a broken answer,
// function results typed or picked from the results saved in checks, and "Save as check…" (CheckDialog) for the
// working assistant.
//
// The tab talks to the server through the SyncController's client and session; nothing blocks. Offline (or without
// a server) both ways are disabled with the reason.
#pragma once

#include "domain/assistant.h"

#include <QPointer>
#include <QWidget>

class ConversationPane;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class SyncController;
class WayPicker;
class Workspace;

class TryTab : public QWidget
{
    Q_OBJECT
public:
    explicit TryTab(QWidget *parent = nullptr);

    void setServer(SyncController *sync);
    void setWorkspace(Workspace *workspace);
    /// The record as the form shows it now; a conversation already started keeps the record it started with.
    void setAssistant(const Assistant &assistant);
    /// Closes the conversation (its thread or responses are deleted at the server) and forgets the record.
    void clear();

    ConversationPane *pane() const { return m_pane; }
    WayPicker *wayPicker() const { return m_way; }
    /// Sends the message in the editor (Ctrl+Enter).
    void sendMessage();
    /// "Save as check…": the conversation's messages and results in CheckDialog, saved with the working assistant.
    void saveAsCheck();

signals:
    void messageRaised(const QString &message, const QStringList &details);
    void statusMessage(const QString &message);
    /// A check was saved with the assistant.
    void checkSaved(const QString &checkId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshWays();
    void updateButtons();
    void newConversation();
    void refreshSavedResults();

    QPointer<SyncController> m_sync;
    QPointer<Workspace> m_workspace;
    Assistant m_assistant;

    WayPicker *m_way = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLabel *m_warningsLabel = nullptr;
    QPushButton *m_newButton = nullptr;
    ConversationPane *m_pane = nullptr;
    QPlainTextEdit *m_messageEdit = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_saveCheckButton = nullptr;
};
