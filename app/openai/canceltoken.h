// A cancellation token shared between the caller of an OpenAiClient call and the call itself.
//
// Promises: cancel() may be called any number of times from the token's thread; the first call emits cancelled()
// once. A call that sees its token cancelled aborts its request at once (reply->abort(), never reported as a
// timeout) or stops waiting for a slot or a retry delay, and finishes with Error{ErrorKind::Cancelled}.
// Ownership: the caller owns the token and keeps it alive until the call's task has finished; calls hold only a
// QPointer, so a token destroyed early simply stops being observable. Threading: the client's thread only.
#pragma once

#include <QObject>

namespace OpenAi {

class CancelToken : public QObject
{
    Q_OBJECT
public:
    explicit CancelToken(QObject *parent = nullptr) : QObject(parent) {}

    bool isCancelled() const { return m_cancelled; }
    void cancel()
    {
        if (m_cancelled)
            return;
        m_cancelled = true;
        emit cancelled();
    }

signals:
    void cancelled();

private:
    bool m_cancelled = false;
};

} // namespace OpenAi
