// An incremental parser of server-sent events (the `text/event-stream` format of the WHATWG HTML standard, §9.2),
// as the Assistants v2 runs and the Responses API stream their answers.
//
// Promises:
// - feed() takes the bytes of the stream in any chunking (one byte at a time, or everything at once) and returns
//   the events that those bytes completed, in order; the same stream gives the same events whatever its chunking.
// - Lines end in LF, CRLF or CR (a CR at the end of one chunk and an LF at the start of the next are one line end).
//   A UTF-8 byte order mark at the very start of the stream is skipped. Lines starting with ':' are comments.
//   `field: value` lines: one space after the colon is dropped; a line without a colon is a field with an empty
//   value. `event` sets the event's type, `data` lines are joined with "\n", `id` sets the last event id (kept for
//   later events, ignored when it contains NUL), `retry` and unknown fields are ignored. An empty line dispatches
//   the event; an event without any `data` line is not dispatched (as the standard says).
// - `data: [DONE]` is an ordinary event whose data is "[DONE]" (SseEvent::isDone()).
// - No event grows without bound: when the bytes of the event being read (its fields so far plus the line being
//   read) pass maxEventBytes, the parser stops with an error (failed(), errorString()) and returns no further events.
//   Malformed input never makes it fail otherwise: unknown fields and lines are ignored.
// - At the end of the stream, hasPartialEvent() tells whether bytes of an event that was never completed remain
//   (a stream cut mid-event); those bytes are dropped, as the standard says.
// Threading: a plain value type; use from one thread at a time.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace OpenAi {

struct SseEvent {
    QString event;    // the `event` field, "message" when the event had none
    QByteArray data;  // the `data` lines joined with "\n" (UTF-8 as sent)
    QString id;       // the last event id when the event was dispatched (empty when none was ever sent)

    /// `data: [DONE]`, the end marker of some OpenAI streams.
    bool isDone() const { return data == "[DONE]"; }
    friend bool operator==(const SseEvent &, const SseEvent &) = default;
};

class SseParser
{
public:
    static constexpr qsizetype DefaultMaxEventBytes = 8 * 1024 * 1024;

    explicit SseParser(qsizetype maxEventBytes = DefaultMaxEventBytes);

    /// The events completed by `bytes`. After failed(), returns nothing and ignores the bytes.
    QList<SseEvent> feed(QByteArrayView bytes);

    bool failed() const { return m_failed; }
    /// Why it failed (translated), empty while it has not.
    QString errorString() const { return m_error; }
    /// True when bytes of an unfinished event (fields or a line without its end) are waiting for more input.
    bool hasPartialEvent() const;
    /// Bytes fed so far, the skipped byte order mark included.
    qint64 bytesFed() const { return m_bytesFed; }

private:
    void takeLine(QByteArrayView line, QList<SseEvent> &out);
    void dispatch(QList<SseEvent> &out);
    bool overLimit(qsizetype pendingLineBytes);

    qsizetype m_max;
    QByteArray m_line;          // the line being read (no line end yet)
    QByteArray m_data;          // data lines of the event being read, each followed by "\n"
    QByteArray m_eventType;
    QString m_lastEventId;
    bool m_haveFields = false;  // the event being read has at least one field line
    bool m_skipLf = false;      // the previous chunk ended in CR: a leading LF belongs to that line end
    int m_bomChecked = 0;       // bytes of the stream start compared with the BOM so far (3 = done)
    QByteArray m_bomPrefix;     // the stream's first bytes while they may still be a BOM
    bool m_failed = false;
    QString m_error;
    qint64 m_bytesFed = 0;
};

} // namespace OpenAi
