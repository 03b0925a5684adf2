// Internal to the fake server (fakeserver.cpp, fakethreads.cpp, fakeresponses.cpp): requests, answers, the
// conversation state and the request-body checks they share.
#pragma once

#include "fakeserver.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace FakeServerDetail {
// A validation failure: message, param, code.
struct Invalid {
    QString message;
    QString param;
    QString code;
};

QString typeName(const QJsonValue &v);
/// Lists (limit/order/after/before). `items` are in creation order.
std::optional<Invalid> paginate(const QList<QJsonObject> &items, const QUrlQuery &q, int defaultLimit, int maxLimit,
                                bool allowBefore, QJsonObject *out);
std::optional<Invalid> parseBody(const QByteArray &body, QJsonObject *out);
Invalid wrongType(const QString &param, const QString &expected, const QJsonValue &got);
std::optional<Invalid> unknownKeys(const QJsonObject &o, const QStringList &allowed, const QString &prefix);
std::optional<Invalid> checkString(const QJsonObject &o, const QString &key, bool nullable, int maxLength);
std::optional<Invalid> checkNumber(const QJsonObject &o, const QString &key, double min, double max);
std::optional<Invalid> checkMetadata(const QJsonObject &o);
std::optional<Invalid> checkStringArray(const QJsonValue &v, const QString &param, int maxItems);
qsizetype indexById(const QList<QJsonObject> &list, const QString &id);
} // namespace FakeServerDetail

using FakeServerDetail::Invalid;

// The deterministic "model" behind runs and responses.
namespace FakeModel {
/// Whitespace-separated words: the fake's token count.
int words(const QString &text);
/// What the model does with the last user message.
struct Plan {
    QString functionName;   // non-empty: call this function with `arguments` instead of answering
    QString arguments;
    bool runCode = false;   // run code before answering
    QString answer;         // "Echo: <text>"
};
/// `functions`: the names of the function tools on offer; `codeInterpreter`: whether that tool is on.
Plan plan(const QString &userText, const QStringList &functions, bool codeInterpreter);
/// The answer once the tool outputs are in: "Result: <output>" (several joined with "; ").
QString resultAnswer(const QStringList &outputs);
QString code(const QString &userText);          // print("<text>")
QString codeLog(const QString &userText);       // "<text>\n"
/// The answer split into the deltas that stream it (each word with the space before it).
QStringList deltas(const QString &answer);
/// The quote a citation of `content` carries: its first line, at most 80 characters.
QString quote(const QByteArray &content);
/// The citation marker Assistants put into the text.
QString citationMarker(const QString &filename);
} // namespace FakeModel

struct FakeOpenAiServer::Request {
    QByteArray method;
    QString path;                 // full path, e.g. /v1/assistants
    QUrlQuery query;
    QString rawQuery;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    int logIndex = -1;
};

struct FakeOpenAiServer::Response {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
    enum class Delivery { Normal, Drop, HalfThenDrop, Stall } delivery = Delivery::Normal;

    /// One step of a streamed answer: an event to write, or where a stream fault cuts or holds it.
    struct Event {
        enum class Kind { Send, Cut, Hold } kind = Kind::Send;
        QByteArray name;                  // the `event` field (empty: `bytes` are written as they are)
        QByteArray data;                  // the `data` field
        QByteArray bytes;                 // raw lines, for spoiled streams
        std::function<void()> effect;     // applied to the server's state once the event is written
        bool injected = false;            // put there by a stream fault (not recorded in streamedEvents())
    };
    bool streamed = false;                // a 200 text/event-stream answer of `events`
    QList<Event> events;

    static Response stream(QList<Event> events)
    {
        Response r;
        r.streamed = true;
        r.contentType = "text/event-stream; charset=utf-8";
        r.events = std::move(events);
        return r;
    }

    static Response json(const QJsonObject &o, int status = 200)
    {
        Response r;
        r.status = status;
        r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        return r;
    }
    static Response error(int status, const QString &message, const QString &type,
                          const QString &param = {}, const QString &code = {})
    {
        return json(QJsonObject{{QStringLiteral("error"),
                                 QJsonObject{{QStringLiteral("message"), message},
                                             {QStringLiteral("type"), type},
                                             {QStringLiteral("param"),
                                              param.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(param)},
                                             {QStringLiteral("code"),
                                              code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(code)}}}},
                    status);
    }
    static Response invalid(const Invalid &i)
    {
        return error(400, i.message, QStringLiteral("invalid_request_error"), i.param, i.code);
    }
    static Response notFound(const QString &message)
    {
        return error(404, message, QStringLiteral("invalid_request_error"));
    }
};

// Threads, messages, runs and responses, and the faults waiting for streamed answers.
struct FakeOpenAiServer::ChatState {
    QList<QJsonObject> threads;
    QHash<QString, QList<QJsonObject>> messages;   // thread id → its messages, oldest first
    QList<QJsonObject> runs;                       // every run, oldest first
    struct Waiting {                               // a run in requires_action
        QJsonObject step;                          // the function tool-call step
        QJsonArray toolCalls;                      // RunToolCallObject
        int promptWords = 0;
        int completionWords = 0;
    };
    QHash<QString, Waiting> waiting;               // run id → what it waits for
    QList<QJsonObject> responses;                  // stored responses, oldest first
    struct Context {
        int words = 0;                             // words of the chain so far: inputs and outputs
        QHash<QString, QString> pendingCalls;      // call_id → function name of its function_call items
    };
    QHash<QString, Context> contexts;              // response id → its chain
    QList<StreamFault> streamFaults;
    int streamDelayMs = 0;
    QList<StreamedEvent> streamed;
};

namespace FakeServerDetail {
/// One event of a streamed answer: `data` as compact JSON, `effect` applied once it is written.
inline FakeOpenAiServer::Response::Event sseEvent(const char *name, const QJsonObject &data,
                                                  std::function<void()> effect = {})
{
    FakeOpenAiServer::Response::Event e;
    e.name = name;
    e.data = QJsonDocument(data).toJson(QJsonDocument::Compact);
    e.effect = std::move(effect);
    return e;
}

/// A streamed answer sent at once (for `stream: false`): applies every effect.
inline void applyAll(const QList<FakeOpenAiServer::Response::Event> &events)
{
    for (const auto &e : events)
        if (e.effect)
            e.effect();
}
} // namespace FakeServerDetail
