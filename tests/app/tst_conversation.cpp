// Conversation against the fake server, by both ways (Assistants thread + run, Responses): streamed answers,
// citations named from the workspace, code-interpreter activity, usage, function calls, Stop, broken streams and
// Retry, retries before the first byte, closing, and the shape of every request sent.
#include "fakeserverfixture.h"
#include "testwait.h"

#include "conversation/conversation.h"
#include "openai/apierror.h"
#include "openai/assistantwire.h"
#include "sync/servercapabilities.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

Q_DECLARE_METATYPE(ConversationWay)
Q_DECLARE_METATYPE(ConversationState)

using TestWait::run;
using Outcome = Result<ConversationState>;

namespace {
// Runs `task` on its own; `out` receives its result once it has finished.
template<typename T>
QCoro::Task<> collect(QCoro::Task<T> task, std::shared_ptr<std::optional<T>> out)
{
    out->emplace(co_await std::move(task));
}

QJsonObject bodyOf(const FakeOpenAiServer::LoggedRequest &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QStringList keysOf(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}
} // namespace

class tst_Conversation : public QObject, protected FakeServerFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void streamedEcho_data() { ways(); }
    void streamedEcho();
    void citationNamedFromTheWorkspace_data() { ways(); }
    void citationNamedFromTheWorkspace();
    void codeInterpreterActivity_data() { ways(); }
    void codeInterpreterActivity();
    void functionCallRoundTrip_data() { ways(); }
    void functionCallRoundTrip();
    void callOfAFunctionTheAssistantLacksIsAnswered_data() { ways(); }
    void callOfAFunctionTheAssistantLacksIsAnswered();
    void stopCancelsAtOnce_data();
    void stopCancelsAtOnce();
    void stopBeforeTheRunIdArrivesStillCancelsTheRun();
    void sendRightAfterAnEarlyStopWaitsForTheCancel();
    void stopWhileWaitingForAFunctionResult_data() { ways(); }
    void stopWhileWaitingForAFunctionResult();
    void cutStreamIsIncompleteAndRetryCompletes_data();
    void cutStreamIsIncompleteAndRetryCompletes();
    void rateLimitBeforeTheFirstByteIsRetried_data() { ways(); }
    void rateLimitBeforeTheFirstByteIsRetried();
    void failureAfterRetriesThenRetry_data() { ways(); }
    void failureAfterRetriesThenRetry();
    void malformedAndUnknownEventsAreIgnored_data() { ways(); }
    void malformedAndUnknownEventsAreIgnored();
    void closeDeletesTheThread();
    void closeDeletesTheResponses();
    void unpushedWorkingCopyRunsByResponsesOnly();
    void invalidRecordIsRefused();
    void assistantsRequestsConformToTheSpec();
    void responsesRequestsConformToTheSpec();

private:
    void ways();
    Conversation::Target target(bool fileSearch, bool code, bool pushed = true);
    std::unique_ptr<Conversation> conversation(ConversationWay way, bool fileSearch = false, bool code = false);
    QList<FakeOpenAiServer::LoggedRequest> requestsTo(const QByteArray &method, const QString &pattern) const;

    QString m_faqId;
    QString m_pricesId;
    QString m_storeId;
};

void tst_Conversation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Conversation::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    startServer();
    m_faqId = m_server->addFile(QStringLiteral("faq.pdf"),
                                "Returns are free within 30 days.\nShipping takes two days.\n");
    m_pricesId = m_server->addFile(QStringLiteral("prices.csv"), "sku,price\n");
    m_storeId = m_server->addVectorStore(QStringLiteral("Helpdesk - File Search"), {m_faqId});
}

void tst_Conversation::cleanup()
{
    stop();
}

void tst_Conversation::ways()
{
    QTest::addColumn<ConversationWay>("way");
    QTest::newRow("assistants") << ConversationWay::Assistants;
    QTest::newRow("responses") << ConversationWay::Responses;
}

// "Helpdesk" with the function lookup_order; its files are named differently in the workspace than on the server.
Conversation::Target tst_Conversation::target(bool fileSearch, bool code, bool pushed)
{
    Assistant a;
    a.id = QStringLiteral("a-help");
    a.name = QStringLiteral("Helpdesk");
    a.model = QStringLiteral("gpt-4o");
    a.instructions = QStringLiteral("Be brief.");
    a.temperature = 0.7;
    a.codeInterpreter = code;
    a.fileSearch = fileSearch;
    a.functions = {FunctionTool{
        QStringLiteral("lookup_order"), QStringLiteral("Find an order by number"),
        QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                    {QStringLiteral("properties"),
                     QJsonObject{{QStringLiteral("number"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}},
                    {QStringLiteral("required"), QJsonArray{QStringLiteral("number")}}},
        false}};
    if (code)
        a.codeInterpreterFiles = {QStringLiteral("f-prices")};
    if (fileSearch) {
        a.fileSearchFiles = {QStringLiteral("f-faq")};
        a.vectorStoreId = m_storeId;
    }
    a.notPushed = false;
    if (pushed)
        a.remoteId = m_server->addAssistant(AssistantWire::requestBody(a, code ? QStringList{m_pricesId} : QStringList{}));
    WorkspaceFile faq;
    faq.id = QStringLiteral("f-faq");
    faq.name = QStringLiteral("Returns FAQ.pdf");
    faq.remoteFileId = m_faqId;
    WorkspaceFile prices;
    prices.id = QStringLiteral("f-prices");
    prices.name = QStringLiteral("prices.csv");
    prices.remoteFileId = m_pricesId;
    return Conversation::Target{a, {faq, prices}};
}

std::unique_ptr<Conversation> tst_Conversation::conversation(ConversationWay way, bool fileSearch, bool code)
{
    return std::make_unique<Conversation>(*m_client, target(fileSearch, code), way);
}

QList<FakeOpenAiServer::LoggedRequest> tst_Conversation::requestsTo(const QByteArray &method,
                                                                    const QString &pattern) const
{
    const QRegularExpression re(pattern);
    QList<FakeOpenAiServer::LoggedRequest> out;
    for (const auto &r : m_server->requests())
        if (r.method == method && re.match(r.path).hasMatch())
            out << r;
    return out;
}

void tst_Conversation::streamedEcho()
{
    QFETCH(ConversationWay, way);
    auto c = conversation(way);
    QString streamed;
    int deltas = 0;
    connect(c.get(), &Conversation::textDelta, this, [&](int turn, const QString &delta) {
        if (turn == 0) {
            streamed += delta;
            ++deltas;
        }
    });
    QSignalSpy states(c.get(), &Conversation::stateChanged);
    QSignalSpy usage(c.get(), &Conversation::usageChanged);
    QSignalSpy finished(c.get(), &Conversation::turnFinished);

    const Outcome first = run(c->send(QStringLiteral("hello there")));
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
    QCOMPARE(*first, ConversationState::Done);
    QCOMPARE(c->state(), ConversationState::Done);
    QCOMPARE(c->turns().size(), 1);
    const Turn &turn = c->turns().first();
    QCOMPARE(turn.userMessage, QStringLiteral("hello there"));
    QCOMPARE(turn.answer, QStringLiteral("Echo: hello there"));
    QCOMPARE(streamed, turn.answer);
    QCOMPARE(deltas, 3);   // "Echo:", " hello", " there": streamed, not in one piece
    QCOMPARE(turn.state, ConversationState::Done);
    QVERIFY(turn.citations.isEmpty());
    QVERIFY(turn.code.isEmpty());
    // Words: the instructions (2) and the message (2) in, the answer (3) out.
    QCOMPARE(turn.usage, (TokenUsage{4, 3}));
    QVERIFY(!usage.isEmpty());
    QCOMPARE(states.size(), 2);
    QCOMPARE(states.at(0).at(0).value<ConversationState>(), ConversationState::Streaming);
    QCOMPARE(states.at(1).at(0).value<ConversationState>(), ConversationState::Done);
    QCOMPARE(finished.size(), 1);

    // The conversation goes on: the second turn sees the first (the thread, or previous_response_id).
    const Outcome second = run(c->send(QStringLiteral("second message")));
    QVERIFY(second);
    QCOMPARE(*second, ConversationState::Done);
    QCOMPARE(c->turns().at(1).answer, QStringLiteral("Echo: second message"));
    QCOMPARE(c->turns().at(1).usage, (TokenUsage{9, 3}));   // 2 + (2 + 3 + 2) words in
    if (way == ConversationWay::Assistants) {
        QCOMPARE(m_server->threads().size(), 1);
        QCOMPARE(m_server->messages(c->threadId()).size(), 4);
        QCOMPARE(m_server->runs(c->threadId()).size(), 2);
    } else {
        const auto posted = requestsTo("POST", QStringLiteral("^/v1/responses$"));
        QCOMPARE(posted.size(), 2);
        QVERIFY(!bodyOf(posted.at(0)).contains(QLatin1String("previous_response_id")));
        QCOMPARE(bodyOf(posted.at(1)).value(QLatin1String("previous_response_id")).toString(),
                 m_server->responses().first().value(QLatin1String("id")).toString());
        QCOMPARE(c->lastResponseId(), m_server->responses().last().value(QLatin1String("id")).toString());
    }
    QVERIFY(run(c->close()));
}

void tst_Conversation::citationNamedFromTheWorkspace()
{
    QFETCH(ConversationWay, way);
    auto c = conversation(way, true);
    QList<Citation> added;
    connect(c.get(), &Conversation::citationAdded, this,
            [&added](int, const Citation &citation) { added << citation; });
    const Outcome done = run(c->send(QStringLiteral("where is my parcel")));
    QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
    QCOMPARE(*done, ConversationState::Done);
    const Turn &turn = c->turns().first();
    QCOMPARE(turn.citations.size(), 1);
    QCOMPARE(added, turn.citations);
    const Citation &citation = turn.citations.first();
    QCOMPARE(citation.fileId, m_faqId);
    QCOMPARE(citation.fileName, QStringLiteral("Returns FAQ.pdf"));   // the workspace's name, not the server's
    QCOMPARE(citation.quote, QStringLiteral("Returns are free within 30 days."));
    if (way == ConversationWay::Assistants) {
        QCOMPARE(citation.marker, QStringLiteral("【4:0†faq.pdf】"));
        QCOMPARE(turn.answer, QStringLiteral("Echo: where is my parcel【4:0†faq.pdf】"));
    } else {
        QCOMPARE(turn.answer, QStringLiteral("Echo: where is my parcel"));
    }
    QVERIFY(run(c->close()));

    // A caller's lookup wins; a file it does not know keeps what the server says (Responses: the filename).
    auto other = conversation(way, true);
    other->setFileNameLookup([this](const QString &id) {
        return id == m_pricesId ? QStringLiteral("unrelated") : QString();
    });
    QVERIFY(run(other->send(QStringLiteral("where is my parcel"))));
    QCOMPARE(other->turns().first().citations.first().fileName,
             way == ConversationWay::Responses ? QStringLiteral("faq.pdf") : m_faqId);
    QVERIFY(run(other->close()));
}

void tst_Conversation::codeInterpreterActivity()
{
    QFETCH(ConversationWay, way);
    auto c = conversation(way, false, true);
    QList<int> changed;
    connect(c.get(), &Conversation::codeActivityChanged, this, [&changed](int, int index) { changed << index; });
    const Outcome done = run(c->send(QStringLiteral("please run code now")));
    QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
    QCOMPARE(*done, ConversationState::Done);
    const Turn &turn = c->turns().first();
    QCOMPARE(turn.code.size(), 1);
    QCOMPARE(turn.code.first().input, QStringLiteral("print(\"please run code now\")"));
    QCOMPARE(turn.code.first().outputs, QStringList{QStringLiteral("please run code now\n")});
    QVERIFY(turn.code.first().finished);
    QVERIFY(!turn.code.first().id.isEmpty());
    QVERIFY(changed.size() >= 2);   // as it ran, not only at the end
    QVERIFY(std::all_of(changed.cbegin(), changed.cend(), [](int i) { return i == 0; }));
    QCOMPARE(turn.answer, QStringLiteral("Echo: please run code now"));
    // A message without "run code" runs none.
    QVERIFY(run(c->send(QStringLiteral("just talk"))));
    QVERIFY(c->turns().at(1).code.isEmpty());
    QVERIFY(run(c->close()));
}

void tst_Conversation::functionCallRoundTrip()
{
    QFETCH(ConversationWay, way);
    auto c = conversation(way);
    QList<FunctionCall> requested;
    connect(c.get(), &Conversation::functionCallRequested, this, [&](int turn, const FunctionCall &call) {
        QCOMPARE(turn, 0);
        QCOMPARE(c->state(), ConversationState::WaitingForFunctionResult);
        requested << call;
    });
    const Outcome waiting = run(c->send(QStringLiteral("call lookup_order {\"number\": \"42\"}")));
    QVERIFY2(waiting, qPrintable(waiting ? QString() : waiting.error().message));
    QCOMPARE(*waiting, ConversationState::WaitingForFunctionResult);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().name, QStringLiteral("lookup_order"));
    QCOMPARE(requested.first().arguments, QStringLiteral("{\"number\": \"42\"}"));
    QVERIFY(!requested.first().callId.isEmpty());
    QVERIFY(!requested.first().output);
    QCOMPARE(c->pendingFunctionCalls(), requested);
    QVERIFY(c->turns().first().answer.isEmpty());

    // Nothing else goes while the call waits.
    const Outcome refused = run(c->send(QStringLiteral("hello?")));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Refused);
    const Outcome wrongCall = run(c->submitFunctionResult(QStringLiteral("call_unknown"), QStringLiteral("x")));
    QVERIFY(!wrongCall);
    QCOMPARE(wrongCall.error().kind, ErrorKind::Refused);
    QCOMPARE(c->state(), ConversationState::WaitingForFunctionResult);

    const Outcome done = run(c->submitFunctionResult(requested.first().callId, QStringLiteral("shipped")));
    QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
    QCOMPARE(*done, ConversationState::Done);
    const Turn &turn = c->turns().first();
    QCOMPARE(turn.answer, QStringLiteral("Result: shipped"));
    QCOMPARE(turn.functionCalls.size(), 1);
    QCOMPARE(turn.functionCalls.first().output, std::optional<QString>(QStringLiteral("shipped")));
    QVERIFY(c->pendingFunctionCalls().isEmpty());
    // Assistants: one run, its usage covers both streams (2 + 4 + 1 in; 2 + 2 out). Responses: two responses,
    // added up ((2 + 4) + (2 + 6 + 1) in; 2 + 2 out).
    QCOMPARE(turn.usage, (way == ConversationWay::Assistants ? TokenUsage{7, 4} : TokenUsage{15, 4}));
    if (way == ConversationWay::Assistants) {
        QCOMPARE(m_server->runs(c->threadId()).size(), 1);
        QCOMPARE(m_server->runs(c->threadId()).first().value(QLatin1String("status")).toString(),
                 QStringLiteral("completed"));
        QCOMPARE(requestsTo("POST", QStringLiteral("/submit_tool_outputs$")).size(), 1);
    } else {
        QCOMPARE(requestsTo("POST", QStringLiteral("^/v1/responses$")).size(), 2);
    }
    // The conversation goes on after the call.
    const Outcome next = run(c->send(QStringLiteral("thanks")));
    QVERIFY(next);
    QCOMPARE(c->turns().at(1).answer, QStringLiteral("Echo: thanks"));
    QVERIFY(run(c->close()));
}

void tst_Conversation::callOfAFunctionTheAssistantLacksIsAnswered()
{
    QFETCH(ConversationWay, way);
    auto c = conversation(way);
    const Outcome done = run(c->send(QStringLiteral("call delete_everything {}")));
    QVERIFY(done);
    QCOMPARE(*done, ConversationState::Done);
    QCOMPARE(c->turns().first().answer, QStringLiteral("Echo: call delete_everything {}"));
    QVERIFY(c->turns().first().functionCalls.isEmpty());
    QVERIFY(run(c->close()));
}

void tst_Conversation::stopCancelsAtOnce_data()
{
    QTest::addColumn<ConversationWay>("way");
    QTest::addColumn<int>("holdAfter");
    // The events before the hold end with the answer's first delta (see the fake server's streams).
    QTest::newRow("assistants") << ConversationWay::Assistants << 8;
    QTest::newRow("responses") << ConversationWay::Responses << 5;
}

void tst_Conversation::stopCancelsAtOnce()
{
    QFETCH(ConversationWay, way);
    QFETCH(int, holdAfter);
    FakeOpenAiServer::StreamFault hold;
    hold.path = QRegularExpression(QStringLiteral("^/(threads/[^/]+/runs|responses)$"));
    hold.action = FakeOpenAiServer::StreamFault::Action::Hold;
    hold.afterEvents = holdAfter;
    m_server->addStreamFault(hold);
    auto c = conversation(way);
    QSignalSpy deltas(c.get(), &Conversation::textDelta);
    QSignalSpy finished(c.get(), &Conversation::turnFinished);
    auto sent = std::make_shared<std::optional<Outcome>>();
    collect(c->send(QStringLiteral("hello there")), sent);
    QCOMPARE(c->state(), ConversationState::Streaming);
    QVERIFY(deltas.wait());
    QCOMPARE(c->turns().first().answer, QStringLiteral("Echo:"));
    QCOMPARE(m_server->openStreams(), 1);

    c->stop();
    // At once: no waiting for the server.
    QCOMPARE(c->state(), ConversationState::Stopped);
    QCOMPARE(c->turns().first().state, ConversationState::Stopped);
    QCOMPARE(c->turns().first().answer, QStringLiteral("Echo:"));   // what had arrived stays
    QCOMPARE(finished.size(), 1);
    QTRY_VERIFY(sent->has_value());
    QVERIFY(sent->value());
    QCOMPARE(*sent->value(), ConversationState::Stopped);
    QTRY_COMPARE(m_server->openStreams(), 0);
    QCOMPARE(deltas.size(), 1);
    if (way == ConversationWay::Assistants) {
        const QString runId = m_server->runs(c->threadId()).first().value(QLatin1String("id")).toString();
        QTRY_COMPARE(m_server->run(runId).value(QLatin1String("status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(requestsTo("POST", QStringLiteral("/runs/%1/cancel$").arg(runId)).size(), 1);
    } else {
        QCOMPARE(requestsTo("POST", QStringLiteral("/cancel$")).size(), 0);
    }
    // The thread is free again: the next message is answered.
    const Outcome next = run(c->send(QStringLiteral("again")));
    QVERIFY2(next, qPrintable(next ? QString() : next.error().message));
    QCOMPARE(*next, ConversationState::Done);
    QCOMPARE(c->turns().at(1).answer, QStringLiteral("Echo: again"));
    QVERIFY(run(c->close()));
}

void tst_Conversation::stopBeforeTheRunIdArrivesStillCancelsTheRun()
{
    // The server makes the run at once but its stream begins only later: Stop comes before the run id is known.
    FakeOpenAiServer::Fault late;
    late.method = "POST";
    late.path = QRegularExpression(QStringLiteral("^/threads/[^/]+/runs$"));
    late.action = FakeOpenAiServer::Fault::Action::Delay;
    late.delayMs = 400;
    m_server->addFault(late);
    m_server->setStreamEventDelay(50);   // the run is still answering when its id arrives
    auto c = conversation(ConversationWay::Assistants);
    QSignalSpy deltas(c.get(), &Conversation::textDelta);
    auto sent = std::make_shared<std::optional<Outcome>>();
    collect(c->send(QStringLiteral("hello there")), sent);
    QTRY_VERIFY(!c->threadId().isEmpty() && !m_server->runs(c->threadId()).isEmpty());
    const QString runId = m_server->runs(c->threadId()).first().value(QLatin1String("id")).toString();
    QVERIFY(requestsTo("POST", QStringLiteral("/cancel$")).isEmpty());

    c->stop();
    QCOMPARE(c->state(), ConversationState::Stopped);   // at once, for the user
    QCOMPARE(c->turns().first().state, ConversationState::Stopped);
    // Once the run id arrives the stream is dropped and the run cancelled at the server.
    QTRY_VERIFY(sent->has_value());
    QVERIFY(sent->value());
    QCOMPARE(*sent->value(), ConversationState::Stopped);
    QTRY_COMPARE(m_server->run(runId).value(QLatin1String("status")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(requestsTo("POST", QStringLiteral("/runs/%1/cancel$").arg(runId)).size(), 1);
    QTRY_COMPARE(m_server->openStreams(), 0);
    QCOMPARE(deltas.size(), 0);                          // nothing of the stopped answer was shown
    QVERIFY(c->turns().first().answer.isEmpty());
    QCOMPARE(c->state(), ConversationState::Stopped);

    // Sending again right after a stop waits for that cancel; the thread then answers.
    const Outcome next = run(c->send(QStringLiteral("again")));
    QVERIFY2(next, qPrintable(next ? QString() : next.error().message));
    QCOMPARE(*next, ConversationState::Done);
    QCOMPARE(c->turns().at(1).answer, QStringLiteral("Echo: again"));
    QVERIFY(run(c->close()));
    QVERIFY(m_server->threads().isEmpty());
}

void tst_Conversation::sendRightAfterAnEarlyStopWaitsForTheCancel()
{
    FakeOpenAiServer::Fault late;
    late.method = "POST";
    late.path = QRegularExpression(QStringLiteral("^/threads/[^/]+/runs$"));
    late.action = FakeOpenAiServer::Fault::Action::Delay;
    late.delayMs = 300;
    m_server->addFault(late);
    m_server->setStreamEventDelay(50);   // the run is still answering when its id arrives
    auto c = conversation(ConversationWay::Assistants);
    auto first = std::make_shared<std::optional<Outcome>>();
    collect(c->send(QStringLiteral("first")), first);
    QTRY_VERIFY(!c->threadId().isEmpty() && !m_server->runs(c->threadId()).isEmpty());
    c->stop();
    // No waiting by the caller: the second message goes out after the first run is cancelled, never beside it
    // (the fake server refuses a run while another of its thread is active).
    const Outcome next = run(c->send(QStringLiteral("second")));
    QVERIFY2(next, qPrintable(next ? QString() : next.error().message));
    QCOMPARE(*next, ConversationState::Done);
    QTRY_VERIFY(first->has_value());
    QCOMPARE(*first->value(), ConversationState::Stopped);
    QCOMPARE(c->turns().size(), 2);
    QCOMPARE(c->turns().at(1).answer, QStringLiteral("Echo: second"));
    const QList<QJsonObject> runs = m_server->runs(c->threadId());
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.first().value(QLatin1String("status")).toString(), QStringLiteral("cancelled"));
    QVERIFY(run(c->close()));
}

void tst_Conversation::stopWhileWaitingForAFunctionResult()
{
    QFETCH(ConversationWay, way);
    auto c = conversation(way);
    QCOMPARE(*run(c->send(QStringLiteral("call lookup_order {}"))), ConversationState::WaitingForFunctionResult);
    QString runId;
    if (way == ConversationWay::Assistants) {
        runId = m_server->runs(c->threadId()).first().value(QLatin1String("id")).toString();
        QCOMPARE(m_server->run(runId).value(QLatin1String("status")).toString(), QStringLiteral("requires_action"));
    }
    c->stop();
    QCOMPARE(c->state(), ConversationState::Stopped);
    QVERIFY(c->pendingFunctionCalls().isEmpty());
    const Outcome refused = run(c->submitFunctionResult(c->turns().first().functionCalls.first().callId,
                                                        QStringLiteral("late")));
    QVERIFY(!refused);
    if (way == ConversationWay::Assistants)
        QTRY_COMPARE(m_server->run(runId).value(QLatin1String("status")).toString(), QStringLiteral("cancelled"));
    // The conversation goes on without the unanswered call (Responses: not from the response that waits for it).
    const Outcome next = run(c->send(QStringLiteral("never mind")));
    QVERIFY2(next, qPrintable(next ? QString() : next.error().message));
    QCOMPARE(*next, ConversationState::Done);
    QCOMPARE(c->turns().at(1).answer, QStringLiteral("Echo: never mind"));
    QVERIFY(run(c->close()));
    QVERIFY(m_server->threads().isEmpty());
}

void tst_Conversation::cutStreamIsIncompleteAndRetryCompletes_data()
{
    QTest::addColumn<ConversationWay>("way");
    QTest::addColumn<int>("cutAfter");
    // Cut after the answer's second delta: "Echo:" and " hello" arrived.
    QTest::newRow("assistants") << ConversationWay::Assistants << 9;
    QTest::newRow("responses") << ConversationWay::Responses << 6;
}

void tst_Conversation::cutStreamIsIncompleteAndRetryCompletes()
{
    QFETCH(ConversationWay, way);
    QFETCH(int, cutAfter);
    FakeOpenAiServer::StreamFault cut;
    cut.path = QRegularExpression(QStringLiteral("^/(threads/[^/]+/runs|responses)$"));
    cut.action = FakeOpenAiServer::StreamFault::Action::Cut;
    cut.afterEvents = cutAfter;
    m_server->addStreamFault(cut);
    auto c = conversation(way);
    const Outcome broken = run(c->send(QStringLiteral("hello there")));
    QVERIFY(broken);
    QCOMPARE(*broken, ConversationState::Incomplete);
    QCOMPARE(c->state(), ConversationState::Incomplete);
    const Turn &partial = c->turns().first();
    QCOMPARE(partial.answer, QStringLiteral("Echo: hello"));   // kept, marked incomplete
    QCOMPARE(partial.state, ConversationState::Incomplete);
    QVERIFY(!partial.error.isEmpty());
    // Never repeated by the client once the stream had begun.
    const QString streamPath = way == ConversationWay::Assistants ? QStringLiteral("^/v1/threads/[^/]+/runs$")
                                                                   : QStringLiteral("^/v1/responses$");
    QCOMPARE(requestsTo("POST", streamPath).size(), 1);

    QSignalSpy replaced(c.get(), &Conversation::answerChanged);
    const Outcome retried = run(c->retry());
    QVERIFY2(retried, qPrintable(retried ? QString() : retried.error().message));
    QCOMPARE(*retried, ConversationState::Done);
    QCOMPARE(c->turns().size(), 1);
    QCOMPARE(c->turns().first().answer, QStringLiteral("Echo: hello there"));
    QCOMPARE(c->turns().first().usage, (TokenUsage{4, 3}));   // the broken attempt counts nothing
    QVERIFY(!replaced.isEmpty());
    QCOMPARE(requestsTo("POST", streamPath).size(), 2);
    if (way == ConversationWay::Assistants) {
        // The broken run (still running at the server) was cancelled first; the message was not sent twice.
        const auto runs = m_server->runs(c->threadId());
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).value(QLatin1String("status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(runs.at(1).value(QLatin1String("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(requestsTo("POST", QStringLiteral("/messages$")).size(), 1);
    } else {
        const auto posted = requestsTo("POST", streamPath);
        QCOMPARE(bodyOf(posted.at(1)), bodyOf(posted.at(0)));   // the same turn, resent
    }
    // Nothing more to retry once it is done.
    const Outcome again = run(c->retry());
    QVERIFY(!again);
    QCOMPARE(again.error().kind, ErrorKind::Refused);
    QVERIFY(run(c->close()));
}

void tst_Conversation::rateLimitBeforeTheFirstByteIsRetried()
{
    QFETCH(ConversationWay, way);
    const QString path = way == ConversationWay::Assistants ? QStringLiteral("^/threads/[^/]+/runs$")
                                                             : QStringLiteral("^/responses$");
    m_server->failNext("POST", path, 1, 429, {}, "120");
    auto c = conversation(way);
    const Outcome done = run(c->send(QStringLiteral("hello there")));
    QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
    QCOMPARE(*done, ConversationState::Done);
    QCOMPARE(c->turns().first().answer, QStringLiteral("Echo: hello there"));
    QCOMPARE(requestsTo("POST", QStringLiteral("^/v1") + path.mid(1)).size(), 2);
    QVERIFY(m_sleeper.waits.contains(120));
    QVERIFY(run(c->close()));
}

void tst_Conversation::failureAfterRetriesThenRetry()
{
    QFETCH(ConversationWay, way);
    const QString path = way == ConversationWay::Assistants ? QStringLiteral("^/threads/[^/]+/runs$")
                                                             : QStringLiteral("^/responses$");
    m_server->failNext("POST", path, 4, 500);
    auto c = conversation(way);
    const Outcome failed = run(c->send(QStringLiteral("hello there")));
    QVERIFY(failed);
    QCOMPARE(*failed, ConversationState::Failed);
    QVERIFY2(c->turns().first().error.contains(QStringLiteral("Server error 500")), qPrintable(c->turns().first().error));
    QVERIFY(c->turns().first().answer.isEmpty());
    const Outcome retried = run(c->retry());
    QVERIFY(retried);
    QCOMPARE(*retried, ConversationState::Done);
    QCOMPARE(c->turns().first().answer, QStringLiteral("Echo: hello there"));
    QCOMPARE(c->turns().first().error, QString());
    if (way == ConversationWay::Assistants)
        QCOMPARE(requestsTo("POST", QStringLiteral("/messages$")).size(), 1);
    QVERIFY(run(c->close()));
}

void tst_Conversation::malformedAndUnknownEventsAreIgnored()
{
    QFETCH(ConversationWay, way);
    for (const auto action : {FakeOpenAiServer::StreamFault::Action::MalformedLines,
                              FakeOpenAiServer::StreamFault::Action::UnknownEvent}) {
        FakeOpenAiServer::StreamFault spoil;
        spoil.path = QRegularExpression(QStringLiteral("^/(threads/[^/]+/runs|responses)$"));
        spoil.action = action;
        spoil.afterEvents = 4;
        m_server->addStreamFault(spoil);
    }
    auto c = conversation(way);
    const Outcome done = run(c->send(QStringLiteral("hello there")));
    QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
    QCOMPARE(*done, ConversationState::Done);
    QCOMPARE(c->turns().first().answer, QStringLiteral("Echo: hello there"));
    QVERIFY(!c->turns().first().answer.contains(QStringLiteral("NOT SHOWN")));
    QVERIFY(run(c->close()));
}

void tst_Conversation::closeDeletesTheThread()
{
    auto c = conversation(ConversationWay::Assistants);
    QVERIFY(run(c->send(QStringLiteral("hello there"))));
    const QString threadId = c->threadId();
    QVERIFY(!threadId.isEmpty());
    QCOMPARE(m_server->threads().size(), 1);
    QSignalSpy states(c.get(), &Conversation::stateChanged);
    QVERIFY(run(c->close()));
    QCOMPARE(c->state(), ConversationState::Closed);
    QVERIFY(m_server->threads().isEmpty());
    QVERIFY(m_server->messages(threadId).isEmpty());
    QCOMPARE(requestsTo("DELETE", QStringLiteral("^/v1/threads/%1$").arg(threadId)).size(), 1);
    QCOMPARE(states.size(), 1);
    const Outcome after = run(c->send(QStringLiteral("more")));
    QVERIFY(!after);
    QCOMPARE(after.error().kind, ErrorKind::Refused);
    QVERIFY(run(c->close()));   // a second close does nothing
    QCOMPARE(requestsTo("DELETE", QStringLiteral("^/v1/threads")).size(), 1);

    // Closing while an answer streams stops it, cancels the run and deletes the thread.
    FakeOpenAiServer::StreamFault hold;
    hold.path = QRegularExpression(QStringLiteral("^/threads/[^/]+/runs$"));
    hold.action = FakeOpenAiServer::StreamFault::Action::Hold;
    hold.afterEvents = 8;
    m_server->addStreamFault(hold);
    auto busy = conversation(ConversationWay::Assistants);
    QSignalSpy deltas(busy.get(), &Conversation::textDelta);
    auto sent = std::make_shared<std::optional<Outcome>>();
    collect(busy->send(QStringLiteral("hello there")), sent);
    QVERIFY(deltas.wait());
    const QString busyThread = busy->threadId();
    QVERIFY(run(busy->close()));
    QCOMPARE(busy->state(), ConversationState::Closed);
    QTRY_VERIFY(sent->has_value());
    QCOMPARE(*sent->value(), ConversationState::Stopped);
    QCOMPARE(requestsTo("POST", QStringLiteral("^/v1/threads/%1/runs/[^/]+/cancel$").arg(busyThread)).size(), 1);
    QVERIFY(m_server->threads().isEmpty());
}

void tst_Conversation::closeDeletesTheResponses()
{
    auto c = conversation(ConversationWay::Responses);
    QVERIFY(run(c->send(QStringLiteral("hello there"))));
    QVERIFY(run(c->send(QStringLiteral("and more"))));
    QCOMPARE(m_server->responses().size(), 2);
    QVERIFY(run(c->close()));
    QCOMPARE(c->state(), ConversationState::Closed);
    QVERIFY(m_server->responses().isEmpty());
    QCOMPARE(requestsTo("DELETE", QStringLiteral("^/v1/responses/")).size(), 2);
    QVERIFY(m_server->threads().isEmpty());
}

void tst_Conversation::unpushedWorkingCopyRunsByResponsesOnly()
{
    Conversation::Target unpushed = target(true, true, false);
    unpushed.assistant.notPushed = true;
    unpushed.assistant.instructions = QStringLiteral("Unsaved instructions here.");
    QVERIFY(!Conversation::unavailableReason(ConversationWay::Assistants, unpushed.assistant).isEmpty());
    QVERIFY(Conversation::unavailableReason(ConversationWay::Responses, unpushed.assistant).isEmpty());

    Conversation assistantsWay(*m_client, unpushed, ConversationWay::Assistants);
    const Outcome refused = run(assistantsWay.send(QStringLiteral("hello")));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Refused);
    QCOMPARE(refused.error().message,
             Conversation::unavailableReason(ConversationWay::Assistants, unpushed.assistant));
    QVERIFY(assistantsWay.turns().isEmpty());
    QCOMPARE(assistantsWay.state(), ConversationState::Idle);

    Conversation responsesWay(*m_client, unpushed, ConversationWay::Responses);
    const Outcome done = run(responsesWay.send(QStringLiteral("hello")));
    QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
    QCOMPARE(*done, ConversationState::Done);
    QCOMPARE(requestsTo("POST", QStringLiteral("^/v1/responses$")).size(), 1);
    // The unsaved working copy is what ran.
    const QJsonObject body = bodyOf(requestsTo("POST", QStringLiteral("^/v1/responses$")).first());
    QCOMPARE(body.value(QLatin1String("instructions")).toString(), QStringLiteral("Unsaved instructions here."));
    QVERIFY(requestsTo("POST", QStringLiteral("^/v1/threads")).isEmpty());
    QVERIFY(run(responsesWay.close()));

    // The probe decides too: a server without the Assistants API rules that way out, with the reason.
    ServerCapabilities none;
    none.assistants = ServerCapabilities::Support::No;
    const Assistant pushed = target(false, false).assistant;
    QVERIFY(Conversation::unavailableReason(ConversationWay::Assistants, pushed).isEmpty());
    QVERIFY(!Conversation::unavailableReason(ConversationWay::Assistants, pushed, &none).isEmpty());
    QVERIFY(Conversation::unavailableReason(ConversationWay::Responses, pushed, &none).isEmpty());
}

void tst_Conversation::invalidRecordIsRefused()
{
    Conversation::Target t = target(false, false);
    t.assistant.temperature = 3;
    Conversation c(*m_client, t, ConversationWay::Responses);
    const Outcome refused = run(c.send(QStringLiteral("hello")));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Validation);
    QVERIFY2(refused.error().message.startsWith(QStringLiteral("Temperature")), qPrintable(refused.error().message));
    QVERIFY(requestsTo("POST", QStringLiteral("^/v1/responses$")).isEmpty());
}

void tst_Conversation::assistantsRequestsConformToTheSpec()
{
    auto c = conversation(ConversationWay::Assistants, true, true);
    QCOMPARE(*run(c->send(QStringLiteral("call lookup_order {\"number\": \"7\"}"))),
             ConversationState::WaitingForFunctionResult);
    const QString callId = c->pendingFunctionCalls().first().callId;
    QCOMPARE(*run(c->submitFunctionResult(callId, QStringLiteral("on its way"))), ConversationState::Done);
    QCOMPARE(*run(c->send(QStringLiteral("please run code"))), ConversationState::Done);
    QVERIFY(run(c->close()));

    int checked = 0;
    for (const auto &r : m_server->requests()) {
        QVERIFY2(r.status == 200, qPrintable(r.method + ' ' + r.path));
        QVERIFY2(r.path.startsWith(QLatin1String("/v1/threads")), qPrintable(r.path));
        QCOMPARE(r.header("openai-beta"), QByteArray("assistants=v2"));
        QCOMPARE(r.header("authorization"), "Bearer " + m_server->apiKey().toUtf8());
        const QJsonObject body = bodyOf(r);
        if (r.method == "POST")
            QCOMPARE(r.header("content-type"), QByteArray("application/json"));
        if (r.method == "POST" && r.path == QLatin1String("/v1/threads")) {
            // CreateThreadRequest: nothing needed.
            QCOMPARE(body, QJsonObject());
        } else if (r.path.endsWith(QLatin1String("/messages"))) {
            // CreateMessageRequest: role (user | assistant) and content (a string), nothing else.
            QCOMPARE(keysOf(body), (QStringList{QStringLiteral("content"), QStringLiteral("role")}));
            QCOMPARE(body.value(QLatin1String("role")).toString(), QStringLiteral("user"));
            QVERIFY(body.value(QLatin1String("content")).isString());
        } else if (r.path.endsWith(QLatin1String("/runs"))) {
            // CreateRunRequest: assistant_id (required, a string) and stream (a boolean).
            QCOMPARE(keysOf(body), (QStringList{QStringLiteral("assistant_id"), QStringLiteral("stream")}));
            QCOMPARE(body.value(QLatin1String("assistant_id")).toString(),
                     m_server->assistants().first().value(QLatin1String("id")).toString());
            QCOMPARE(body.value(QLatin1String("stream")), QJsonValue(true));
            QCOMPARE(r.header("accept"), QByteArray("text/event-stream"));
        } else if (r.path.endsWith(QLatin1String("/submit_tool_outputs"))) {
            // SubmitToolOutputsRunRequest: tool_outputs (required: {tool_call_id, output} strings) and stream.
            QCOMPARE(keysOf(body), (QStringList{QStringLiteral("stream"), QStringLiteral("tool_outputs")}));
            QCOMPARE(body.value(QLatin1String("stream")), QJsonValue(true));
            const QJsonArray outputs = body.value(QLatin1String("tool_outputs")).toArray();
            QCOMPARE(outputs.size(), 1);
            QCOMPARE(keysOf(outputs.first().toObject()), (QStringList{QStringLiteral("output"), QStringLiteral("tool_call_id")}));
            QCOMPARE(outputs.first().toObject().value(QLatin1String("tool_call_id")).toString(), callId);
            QCOMPARE(outputs.first().toObject().value(QLatin1String("output")).toString(), QStringLiteral("on its way"));
        } else {
            QCOMPARE(r.method, QByteArray("DELETE"));
            QVERIFY(r.body.isEmpty());
        }
        ++checked;
    }
    // thread, 2 × (message, run), tool outputs, delete
    QCOMPARE(checked, 7);
    // Every event the server streamed is one of AssistantStreamEvent's, with JSON data (or [DONE]).
    for (const auto &e : m_server->streamedEvents()) {
        if (e.event == "done") {
            QCOMPARE(e.data, QByteArray("[DONE]"));
            continue;
        }
        QVERIFY2(e.event.startsWith("thread."), e.event.constData());
        QVERIFY(QJsonDocument::fromJson(e.data).isObject());
    }
}

void tst_Conversation::responsesRequestsConformToTheSpec()
{
    auto c = conversation(ConversationWay::Responses, true, true);
    QCOMPARE(*run(c->send(QStringLiteral("call lookup_order {\"number\": \"7\"}"))),
             ConversationState::WaitingForFunctionResult);
    const QString callId = c->pendingFunctionCalls().first().callId;
    QCOMPARE(*run(c->submitFunctionResult(callId, QStringLiteral("on its way"))), ConversationState::Done);
    QCOMPARE(*run(c->send(QStringLiteral("please run code"))), ConversationState::Done);
    QVERIFY(run(c->close()));

    const auto posted = requestsTo("POST", QStringLiteral("^/v1/responses$"));
    QCOMPARE(posted.size(), 3);
    const QStringList configKeys{QStringLiteral("include"), QStringLiteral("input"),        QStringLiteral("instructions"),
                                 QStringLiteral("model"),   QStringLiteral("stream"),       QStringLiteral("temperature"),
                                 QStringLiteral("tools"),   QStringLiteral("top_p")};
    for (qsizetype i = 0; i < posted.size(); ++i) {
        const auto &r = posted.at(i);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("openai-beta").isEmpty() || r.header("openai-beta") == "assistants=v2");
        QCOMPARE(r.header("accept"), QByteArray("text/event-stream"));
        const QJsonObject body = bodyOf(r);
        QStringList expected = configKeys;
        if (i > 0)
            expected << QStringLiteral("previous_response_id");
        QCOMPARE(keysOf(body), sorted(expected));
        // CreateResponse: the export's config (domain.md §9) …
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("gpt-4o"));
        QCOMPARE(body.value(QLatin1String("instructions")).toString(), QStringLiteral("Be brief."));
        QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.7);
        QCOMPARE(body.value(QLatin1String("top_p")).toDouble(), 1.0);
        QCOMPARE(body.value(QLatin1String("stream")), QJsonValue(true));
        const QJsonArray tools = body.value(QLatin1String("tools")).toArray();
        QCOMPARE(tools.size(), 3);
        QCOMPARE(tools.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("file_search")},
                              {QStringLiteral("vector_store_ids"), QJsonArray{m_storeId}}}));
        QCOMPARE(tools.at(1).toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("code_interpreter")},
                              {QStringLiteral("container"), QJsonObject{{QStringLiteral("type"), QStringLiteral("auto")},
                                                                        {QStringLiteral("file_ids"), QJsonArray{m_pricesId}}}}}));
        // FunctionTool: type, name, description, parameters and strict (the last two required by the spec).
        const QJsonObject function = tools.at(2).toObject();
        QCOMPARE(keysOf(function), (QStringList{QStringLiteral("description"), QStringLiteral("name"),
                                                QStringLiteral("parameters"), QStringLiteral("strict"),
                                                QStringLiteral("type")}));
        QCOMPARE(function.value(QLatin1String("strict")), QJsonValue(false));
        QVERIFY(function.value(QLatin1String("parameters")).isObject());
        // IncludeEnum values for the tools that are on.
        QCOMPARE(body.value(QLatin1String("include")).toArray(),
                 (QJsonArray{QStringLiteral("file_search_call.results"), QStringLiteral("code_interpreter_call.outputs")}));
        // … and the input: a user message (EasyInputMessage) or the call's output (FunctionCallOutputItemParam).
        const QJsonArray input = body.value(QLatin1String("input")).toArray();
        QCOMPARE(input.size(), 1);
        const QJsonObject item = input.first().toObject();
        if (i == 1) {
            QCOMPARE(item, (QJsonObject{{QStringLiteral("type"), QStringLiteral("function_call_output")},
                                        {QStringLiteral("call_id"), callId},
                                        {QStringLiteral("output"), QStringLiteral("on its way")}}));
        } else {
            QCOMPARE(keysOf(item), (QStringList{QStringLiteral("content"), QStringLiteral("role"), QStringLiteral("type")}));
            QCOMPARE(item.value(QLatin1String("type")).toString(), QStringLiteral("message"));
            QCOMPARE(item.value(QLatin1String("role")).toString(), QStringLiteral("user"));
            QVERIFY(item.value(QLatin1String("content")).isString());
        }
        if (i > 0)
            QVERIFY(body.value(QLatin1String("previous_response_id")).toString().startsWith(QLatin1String("resp_")));
    }
    // Every streamed event names its type in its data, numbered in order within its response.
    qint64 last = -1;
    for (const auto &e : m_server->streamedEvents()) {
        const QJsonObject data = QJsonDocument::fromJson(e.data).object();
        QCOMPARE(data.value(QLatin1String("type")).toString().toUtf8(), e.event);
        const qint64 sequence = data.value(QLatin1String("sequence_number")).toInteger(-1);
        QVERIFY(sequence == 0 || sequence == last + 1);
        last = sequence;
    }
    // The fake server holds requests to the spec: an unknown key is refused.
    QJsonObject extra{{QStringLiteral("model"), QStringLiteral("gpt-4o")}, {QStringLiteral("temprature"), 1}};
    auto refused = run(m_client->createResponseStreamed(extra, [](const OpenAi::SseEvent &) {}));
    QVERIFY(!refused);
    QCOMPARE(OpenAi::apiError(refused.error())->param, QStringLiteral("temprature"));
}

QTEST_GUILESS_MAIN(tst_Conversation)
#include "tst_conversation.moc"
