// Fuzz target: the server-sent-events parser (OpenAi::SseParser) that reads streamed answers of the Assistants and
// Responses APIs, and the StreamReader that turns their events into a conversation's turn. The input is the raw
// stream.
//
// Checks: the stream fed in pieces (sizes drawn from the input) gives exactly the events of the stream fed at once,
// and fails exactly when it does; no event is larger than the cap; every event has a type. Read as either API's
// stream, the turn grows only by what the events carry (malformed and unknown events change nothing).
#include "fuzztarget.h"

#include "conversation/streamreader.h"
#include "openai/sse.h"

#include <algorithm>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    constexpr qsizetype Max = 4096;   // small, so the cap is reached often
    const QByteArray input = Fuzz::bytes(data, size);

    OpenAi::SseParser whole(Max);
    const QList<OpenAi::SseEvent> all = whole.feed(input);

    OpenAi::SseParser chunked(Max);
    QList<OpenAi::SseEvent> pieces;
    quint32 state = quint32(size) * 2654435761u + 1;
    for (qsizetype pos = 0; pos < input.size();) {
        state = state * 1103515245u + 12345u;
        const qsizetype n = std::min<qsizetype>(1 + qsizetype((state >> 16) % 97), input.size() - pos);
        pieces += chunked.feed(QByteArrayView(input).sliced(pos, n));
        pos += n;
    }

    if (pieces.size() != all.size())
        Fuzz::fail("chunked feeding gave another number of events",
                   QByteArray::number(pieces.size()) + " vs " + QByteArray::number(all.size()));
    if (pieces != all)
        Fuzz::fail("chunked feeding gave other events");
    if (whole.failed() != chunked.failed())
        Fuzz::fail("chunked feeding failed differently");
    if (whole.failed() && whole.errorString().isEmpty())
        Fuzz::fail("failure without a message");
    if (!whole.failed() && whole.hasPartialEvent() != chunked.hasPartialEvent())
        Fuzz::fail("chunked feeding left another partial event");
    for (const OpenAi::SseEvent &e : all) {
        if (e.data.size() > Max)
            Fuzz::fail("an event passed the cap", QByteArray::number(e.data.size()));
        if (e.event.isEmpty())
            Fuzz::fail("an event without a type");
    }
    // After a failure nothing more comes out.
    if (whole.failed() && !whole.feed("data: more\n\n").isEmpty())
        Fuzz::fail("events after a failure");

    for (const ConversationWay way : {ConversationWay::Assistants, ConversationWay::Responses}) {
        StreamReader reader(way);
        Turn turn;
        qsizetype carried = 0;
        for (const OpenAi::SseEvent &e : all) {
            reader.apply(e, turn);
            carried += e.data.size();
        }
        // Text comes from JSON strings of the events (a character takes at least one byte there), and every
        // message adds at most a blank line before it.
        if (turn.answer.size() > 3 * carried + 16)
            Fuzz::fail("the answer grew beyond what the events carried", QByteArray::number(turn.answer.size()));
        // A citation, code call or function call takes more than 16 bytes of JSON to describe.
        if (turn.citations.size() + turn.code.size() + turn.functionCalls.size() > carried / 16 + 8)
            Fuzz::fail("more turn entries than the events could describe");
        if (turn.usage.input < 0 || turn.usage.output < 0)
            Fuzz::fail("negative token counts");
    }
    return 0;
}
