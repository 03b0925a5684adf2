// The choice of the way a conversation or a check runs (domain.md §12): "Assistants (thread and run)" or "Responses
// API". A way that cannot run the assistant — not pushed, a server without the Assistants API (the capabilities
// probe), offline — is shown disabled with the reason in its tooltip and in reasonText(); the current way moves to
// one that can run when it can no longer.
#pragma once

#include "conversation/turn.h"
#include "domain/assistant.h"

#include <QComboBox>

#include <optional>

struct ServerCapabilities;

class WayPicker : public QComboBox
{
    Q_OBJECT
public:
    explicit WayPicker(QWidget *parent = nullptr);

    /// Re-evaluates both ways for `assistant`. `capabilities` may be null (unknown). A non-empty `offlineReason`
    /// (e.g. "Not available offline") rules both out.
    void setAssistant(const Assistant &assistant, const ServerCapabilities *capabilities, const QString &offlineReason);
    /// Re-evaluates both ways for pushed assistants in general (Run all checks): only the server and the mode count.
    void setServerState(const ServerCapabilities *capabilities, const QString &offlineReason);
    ConversationWay way() const;
    void setWay(ConversationWay way);
    /// Why `way` cannot run now; empty when it can.
    QString reason(ConversationWay way) const;
    bool canRun() const { return reason(way()).isEmpty(); }
    /// One line for the unavailable ways ("Assistants: Push the assistant first…"); empty when both can run.
    QString reasonText() const;

    static QString wayLabel(ConversationWay way);

signals:
    /// The chosen way, or whether it can run, changed.
    void wayChanged();

private:
    QString m_reasons[2];
};
