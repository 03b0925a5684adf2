// SseParser: the server-sent-events format (line ends, fields, comments, BOM, ids, [DONE]), the same events for every
// chunking of a stream, and the size cap that stops an event from growing without bound.
#include "openai/sse.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using OpenAi::SseEvent;
using OpenAi::SseParser;

namespace {
SseEvent ev(const QString &event, const QByteArray &data, const QString &id = {})
{
    return SseEvent{event, data, id};
}

QList<SseEvent> parseAll(const QByteArray &stream, qsizetype max = SseParser::DefaultMaxEventBytes)
{
    SseParser p(max);
    return p.feed(stream);
}

// Feeds `stream` in pieces whose sizes `next` chooses.
QList<SseEvent> parseChunked(const QByteArray &stream, const std::function<qsizetype()> &next)
{
    SseParser p;
    QList<SseEvent> out;
    qsizetype pos = 0;
    while (pos < stream.size()) {
        const qsizetype n = std::min<qsizetype>(std::max<qsizetype>(next(), 1), stream.size() - pos);
        out += p.feed(QByteArrayView(stream).sliced(pos, n));
        pos += n;
    }
    return out;
}

const QByteArray AssistantsStream =
    "event: thread.run.created\n"
    "data: {\"id\":\"run_1\",\"object\":\"thread.run\",\"status\":\"queued\"}\n"
    "\n"
    ": keep-alive\n"
    "\n"
    "event: thread.message.delta\n"
    "data: {\"id\":\"msg_1\",\"object\":\"thread.message.delta\",\"delta\":{\"content\":[{\"index\":0,\"type\":\"text\","
    "\"text\":{\"value\":\"Echo: h\\u00e9llo\"}}]}}\n"
    "\n"
    "event: done\n"
    "data: [DONE]\n"
    "\n";
} // namespace

class tst_Sse : public QObject
{
    Q_OBJECT

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void assistantsStream();
    void lineEnds_data();
    void lineEnds();
    void everyChunking();
    void crAndLfInSeparateChunks();
    void multiLineDataIsJoined();
    void commentsAndUnknownFieldsAreIgnored();
    void fieldWithoutColonAndSpaces();
    void eventWithoutDataIsNotDispatched();
    void emptyDataIsDispatched();
    void idIsKeptForLaterEvents();
    void byteOrderMarkAtStartOnly();
    void byteOrderMarkSplitOverChunks();
    void doneMarker();
    void partialEventAtEnd();
    void eventOverTheCapFails();
    void endlessLineOverTheCapFails();
    void eventsBeforeTheOversizedOneAreKept();
    void manySmallEventsStayUnderTheCap();
};

void tst_Sse::assistantsStream()
{
    const QList<SseEvent> events = parseAll(AssistantsStream);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).event, QStringLiteral("thread.run.created"));
    QVERIFY(events.at(0).data.startsWith("{\"id\":\"run_1\""));
    QCOMPARE(events.at(1).event, QStringLiteral("thread.message.delta"));
    QVERIFY(events.at(1).data.contains("h\\u00e9llo"));
    QCOMPARE(events.at(2), ev(QStringLiteral("done"), "[DONE]"));
    QVERIFY(events.at(2).isDone());
    QVERIFY(!events.at(0).isDone());
}

void tst_Sse::lineEnds_data()
{
    QTest::addColumn<QByteArray>("lineEnd");
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("CRLF") << QByteArray("\r\n");
    QTest::newRow("CR") << QByteArray("\r");
}

void tst_Sse::lineEnds()
{
    QFETCH(QByteArray, lineEnd);
    QByteArray stream = AssistantsStream;
    stream.replace("\n", lineEnd);
    QCOMPARE(parseAll(stream), parseAll(AssistantsStream));
    // Byte by byte too, where a CRLF is always split.
    QCOMPARE(parseChunked(stream, [] { return 1; }), parseAll(AssistantsStream));
}

void tst_Sse::everyChunking()
{
    QByteArray stream = AssistantsStream;
    stream.replace("\n\n", "\r\n\r\n");   // mixed line ends
    const QList<SseEvent> whole = parseAll(stream);
    QCOMPARE(whole.size(), 3);
    for (qsizetype split = 0; split <= stream.size(); ++split) {
        SseParser p;
        QList<SseEvent> out = p.feed(QByteArrayView(stream).first(split));
        out += p.feed(QByteArrayView(stream).sliced(split));
        QVERIFY2(out == whole, qPrintable(QStringLiteral("split at %1").arg(split)));
        QVERIFY(!p.hasPartialEvent());
    }
    QRandomGenerator rng(17);
    for (int round = 0; round < 200; ++round)
        QCOMPARE(parseChunked(stream, [&rng] { return qsizetype(rng.bounded(1, 40)); }), whole);
}

void tst_Sse::crAndLfInSeparateChunks()
{
    SseParser p;
    QCOMPARE(p.feed("data: a\r"), QList<SseEvent>());
    // The LF completes the CR's line end; it is not a second (empty) line that would dispatch.
    QCOMPARE(p.feed("\n"), QList<SseEvent>());
    QCOMPARE(p.feed("data: b\r"), QList<SseEvent>());
    QCOMPARE(p.feed("\r"), QList<SseEvent>{ev(QStringLiteral("message"), "a\nb")});
}

void tst_Sse::multiLineDataIsJoined()
{
    QCOMPARE(parseAll("data: first\ndata: second\ndata:\ndata: fourth\n\n"),
             QList<SseEvent>{ev(QStringLiteral("message"), "first\nsecond\n\nfourth")});
}

void tst_Sse::commentsAndUnknownFieldsAreIgnored()
{
    QCOMPARE(parseAll(": comment\nretry: 1000\nfoo: bar\nevent: x\n: another\ndata: 1\n\n"),
             QList<SseEvent>{ev(QStringLiteral("x"), "1")});
    // A comment alone between events dispatches nothing.
    QCOMPARE(parseAll(":\n\n:ping\n\n"), QList<SseEvent>());
}

void tst_Sse::fieldWithoutColonAndSpaces()
{
    // "data" without a colon is a data line with an empty value; only one space after the colon is dropped.
    QCOMPARE(parseAll("data\ndata:  two spaces\ndata:none\n\n"),
             QList<SseEvent>{ev(QStringLiteral("message"), "\n two spaces\nnone")});
    // A malformed line (no known field) changes nothing.
    QCOMPARE(parseAll("this is not a field\n{\"json\": true}\ndata: ok\n\n"),
             QList<SseEvent>{ev(QStringLiteral("message"), "ok")});
}

void tst_Sse::eventWithoutDataIsNotDispatched()
{
    QCOMPARE(parseAll("event: lonely\n\nevent: next\ndata: d\n\n"), QList<SseEvent>{ev(QStringLiteral("next"), "d")});
}

void tst_Sse::emptyDataIsDispatched()
{
    QCOMPARE(parseAll("event: e\ndata:\n\n"), QList<SseEvent>{ev(QStringLiteral("e"), "")});
}

void tst_Sse::idIsKeptForLaterEvents()
{
    const QList<SseEvent> events = parseAll("id: 7\ndata: a\n\ndata: b\n\nid: 8\0x\ndata: c\n\nid\ndata: d\n\n"_ba);
    QCOMPARE(events.size(), 4);
    QCOMPARE(events.at(0).id, QStringLiteral("7"));
    QCOMPARE(events.at(1).id, QStringLiteral("7"));
    QCOMPARE(events.at(2).id, QStringLiteral("7"));   // an id holding NUL is ignored
    QCOMPARE(events.at(3).id, QString());             // "id" with an empty value resets it
}

void tst_Sse::byteOrderMarkAtStartOnly()
{
    QCOMPARE(parseAll("\xEF\xBB\xBF" "data: x\n\n"), QList<SseEvent>{ev(QStringLiteral("message"), "x")});
    // Later, a BOM is part of the line: "\uFEFFdata" is an unknown field.
    QCOMPARE(parseAll("data: x\n\n\xEF\xBB\xBF" "data: y\n\n"), QList<SseEvent>{ev(QStringLiteral("message"), "x")});
    // Two BOMs: only the first is skipped.
    QCOMPARE(parseAll("\xEF\xBB\xBF\xEF\xBB\xBF" "data: x\n\n"), QList<SseEvent>());
}

void tst_Sse::byteOrderMarkSplitOverChunks()
{
    const QByteArray stream = "\xEF\xBB\xBF" "data: x\n\n";
    QCOMPARE(parseChunked(stream, [] { return 1; }), QList<SseEvent>{ev(QStringLiteral("message"), "x")});
    // A stream starting with part of a BOM and then other bytes keeps those bytes.
    SseParser p;
    QCOMPARE(p.feed("\xEF"), QList<SseEvent>());
    QVERIFY(p.hasPartialEvent());
    QCOMPARE(p.feed("\n" "data: y\n\n"), QList<SseEvent>{ev(QStringLiteral("message"), "y")});
}

void tst_Sse::doneMarker()
{
    const QList<SseEvent> events = parseAll("data: {\"a\":1}\n\ndata: [DONE]\n\n");
    QCOMPARE(events.size(), 2);
    QVERIFY(!events.at(0).isDone());
    QVERIFY(events.at(1).isDone());
    QCOMPARE(events.at(1).event, QStringLiteral("message"));
}

void tst_Sse::partialEventAtEnd()
{
    SseParser p;
    QCOMPARE(p.feed("event: a\ndata: 1\n\nevent: thread.message.delta\ndata: {\"trunc").size(), 1);
    QVERIFY(p.hasPartialEvent());
    SseParser q;
    QCOMPARE(q.feed("event: a\ndata: 1\n\n").size(), 1);
    QVERIFY(!q.hasPartialEvent());
    SseParser r;
    QCOMPARE(r.feed("data: 1\n").size(), 0);   // a field line without the empty line that ends its event
    QVERIFY(r.hasPartialEvent());
}

void tst_Sse::eventOverTheCapFails()
{
    SseParser p(64);
    QList<SseEvent> out = p.feed("data: " + QByteArray(40, 'a') + "\n");
    QVERIFY(!p.failed());
    out += p.feed("data: " + QByteArray(40, 'b') + "\n\n");
    QVERIFY(out.isEmpty());
    QVERIFY(p.failed());
    QVERIFY(p.errorString().contains(QStringLiteral("64")));
    // Nothing more after the failure, not even well-formed events.
    QVERIFY(p.feed("data: small\n\n").isEmpty());
    QVERIFY(p.failed());
}

void tst_Sse::endlessLineOverTheCapFails()
{
    SseParser p(1024);
    const QByteArray chunk(100, 'x');
    int fed = 0;
    while (!p.failed() && fed < 100) {
        QVERIFY(p.feed(chunk).isEmpty());
        ++fed;
    }
    QVERIFY(p.failed());
    QCOMPARE(fed, 11);   // 1,100 bytes of one line pass the cap of 1,024 at the 11th chunk
    QCOMPARE(p.bytesFed(), qint64(1100));
}

void tst_Sse::eventsBeforeTheOversizedOneAreKept()
{
    SseParser p(100);
    const QList<SseEvent> out = p.feed("data: a\n\ndata: b\n\ndata: " + QByteArray(200, 'c') + "\n\ndata: d\n\n");
    QCOMPARE(out, (QList<SseEvent>{ev(QStringLiteral("message"), "a"), ev(QStringLiteral("message"), "b")}));
    QVERIFY(p.failed());
}

void tst_Sse::manySmallEventsStayUnderTheCap()
{
    // The cap is per event, not per stream.
    SseParser p(64);
    QByteArray stream;
    for (int i = 0; i < 1000; ++i)
        stream += "event: delta\ndata: " + QByteArray::number(i) + "\n\n";
    const QList<SseEvent> out = p.feed(stream);
    QCOMPARE(out.size(), 1000);
    QVERIFY(!p.failed());
    QCOMPARE(out.last().data, QByteArray("999"));
}

QTEST_GUILESS_MAIN(tst_Sse)
#include "tst_sse.moc"
