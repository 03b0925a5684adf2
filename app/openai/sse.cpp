#include "openai/sse.h"

#include <QCoreApplication>

#include <algorithm>

namespace OpenAi {
namespace {
constexpr char Bom[] = "\xEF\xBB\xBF";

bool isLineEnd(char c)
{
    return c == '\n' || c == '\r';
}
} // namespace

SseParser::SseParser(qsizetype maxEventBytes) : m_max(std::max<qsizetype>(maxEventBytes, 1)) {}

QList<SseEvent> SseParser::feed(QByteArrayView bytes)
{
    QList<SseEvent> out;
    if (m_failed)
        return out;
    m_bytesFed += bytes.size();

    QByteArray start;   // only while the stream's first bytes may still be a byte order mark
    if (m_bomChecked < 3) {
        start = m_bomPrefix;
        start.append(bytes);
        const QByteArrayView bom(Bom, 3);
        if (start.size() < 3 && bom.startsWith(start)) {
            m_bomPrefix = start;
            return out;
        }
        m_bomChecked = 3;
        m_bomPrefix.clear();
        if (start.startsWith(bom))
            start.remove(0, 3);
        bytes = start;
    }

    const char *p = bytes.data();
    const qsizetype n = bytes.size();
    qsizetype from = 0;
    if (m_skipLf && n > 0) {
        if (p[0] == '\n')
            from = 1;
        m_skipLf = false;
    }
    for (qsizetype i = from; i < n; ++i) {
        // Most bytes are text: jump to the next line end.
        const char *end = std::find_if(p + i, p + n, isLineEnd);
        i = end - p;
        if (i >= n)
            break;
        const QByteArrayView piece(p + from, i - from);
        if (m_line.isEmpty()) {
            if (overLimit(piece.size()))
                return out;
            takeLine(piece, out);
        } else {
            if (overLimit(m_line.size() + piece.size()))
                return out;
            m_line.append(piece);
            takeLine(m_line, out);
            m_line.clear();
        }
        if (m_failed)
            return out;
        if (p[i] == '\r') {
            if (i + 1 < n) {
                if (p[i + 1] == '\n')
                    ++i;
            } else {
                m_skipLf = true;
            }
        }
        from = i + 1;
    }
    if (from < n) {
        if (overLimit(m_line.size() + (n - from)))
            return out;
        m_line.append(p + from, n - from);
    }
    return out;
}

bool SseParser::hasPartialEvent() const
{
    return m_haveFields || !m_line.isEmpty() || !m_bomPrefix.isEmpty();
}

// The event's bytes so far plus `pendingLineBytes` of the line being read.
bool SseParser::overLimit(qsizetype pendingLineBytes)
{
    if (m_data.size() + m_eventType.size() + pendingLineBytes <= m_max)
        return false;
    m_failed = true;
    m_error = QCoreApplication::translate("OpenAi::SseParser", "an event of the stream is larger than %1 bytes")
                  .arg(m_max);
    m_line.clear();
    m_data.clear();
    m_eventType.clear();
    return true;
}

void SseParser::takeLine(QByteArrayView line, QList<SseEvent> &out)
{
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.front() == ':')
        return;   // a comment (servers send them as keep-alives)
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);
    m_haveFields = true;
    if (field == "data") {
        m_data.append(value);
        m_data.append('\n');
    } else if (field == "event") {
        m_eventType = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastEventId = QString::fromUtf8(value);
    }
    // `retry` and unknown fields are ignored.
}

void SseParser::dispatch(QList<SseEvent> &out)
{
    m_haveFields = false;
    if (m_data.isEmpty()) {
        m_eventType.clear();
        return;
    }
    m_data.chop(1);   // the "\n" after the last data line
    SseEvent e;
    e.event = m_eventType.isEmpty() ? QStringLiteral("message") : QString::fromUtf8(m_eventType);
    e.data = std::move(m_data);
    e.id = m_lastEventId;
    out.append(std::move(e));
    m_data = QByteArray();
    m_eventType.clear();
}

} // namespace OpenAi
