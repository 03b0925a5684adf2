// Assistant → "Compare…" (domain.md §12): the same messages sent to two targets side by side — the working copy (as
// the form shows it) and a version, two assistants, or one assistant by the Assistants way and by its Responses
// configuration ("Migration check"). Each side picks a target and a way; the message is typed once (Ctrl+Enter
// sends it to both); both columns stream at the same time. Once both answers of a turn are complete, the words each
// final answer has and the other lacks are highlighted, and a line says how they differ.
//
// Non-modal; changing a target or a way starts new conversations. Each column is a ConversationPane (function calls
// are answered per column); nothing blocks.
#pragma once

#include "conversation/conversation.h"

#include <QDialog>
#include <QPointer>

class ConversationPane;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class SyncController;
class WayPicker;
class Workspace;

class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    enum Side { Left, Right };

    /// `current`: the assistant the editor shows, as its form holds it (its unsaved edits included).
    CompareDialog(SyncController *sync, Workspace *workspace, const Assistant &current, QWidget *parent = nullptr);

    ConversationPane *pane(Side side) const { return side == Left ? m_left.pane : m_right.pane; }
    QComboBox *targetCombo(Side side) const { return side == Left ? m_left.target : m_right.target; }
    WayPicker *wayPicker(Side side) const { return side == Left ? m_left.way : m_right.way; }
    /// Chooses the target whose label is `label` (see targetCombo()) and `way` on one side.
    bool choose(Side side, const QString &label, ConversationWay way);
    /// Left: the current assistant by the Assistants way; right: the same by the Responses way.
    void migrationCheck();
    /// Sends `text` to both sides.
    void send(const QString &text);
    QString differenceText() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Column {
        QComboBox *target = nullptr;
        WayPicker *way = nullptr;
        QLabel *title = nullptr;
        ConversationPane *pane = nullptr;
    };
    struct Target {
        QString label;
        Assistant record;
    };
    Column makeColumn(const QString &prefix, QWidget *parent);
    void fillTargets();
    void updateWay(Side side);
    void targetChanged(Side side);
    void refreshWays();
    void updateTitles();
    void restart();
    void updateButtons();
    void compareAnswers();
    Conversation::Target targetOf(const Column &column) const;

    QPointer<SyncController> m_sync;
    QPointer<Workspace> m_workspace;
    Assistant m_current;
    QList<Target> m_targets;
    Column m_left;
    Column m_right;
    QPlainTextEdit *m_messageEdit = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_migrationButton = nullptr;
    QLabel *m_differenceLabel = nullptr;
};
