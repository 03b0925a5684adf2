// The fake server's threads, messages and runs (Assistants v2), runs streamed as server-sent events, and the stream
// faults of every streamed answer.
#include "fakeserver.h"

#include "fakeserverinternal.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

using namespace FakeServerDetail;
using Event = FakeOpenAiServer::Response::Event;
using Response = FakeOpenAiServer::Response;
using ChatState = FakeOpenAiServer::ChatState;

namespace {
const QJsonValue Null = QJsonValue(QJsonValue::Null);

QString invalidUrl(const FakeOpenAiServer::Request &r)
{
    return QStringLiteral("Invalid URL (%1 %2)").arg(QString::fromLatin1(r.method), r.path);
}

bool isActive(const QJsonObject &run)
{
    static const QStringList active{QStringLiteral("queued"), QStringLiteral("in_progress"),
                                    QStringLiteral("requires_action"), QStringLiteral("cancelling")};
    return active.contains(run.value(QLatin1String("status")).toString());
}

QString messageText(const QJsonObject &message)
{
    QString text;
    for (const QJsonValue &part : message.value(QLatin1String("content")).toArray())
        if (part.toObject().value(QLatin1String("type")).toString() == QLatin1String("text"))
            text += part.toObject().value(QLatin1String("text")).toObject().value(QLatin1String("value")).toString();
    return text;
}

void store(QList<QJsonObject> &list, const QJsonObject &object)
{
    const qsizetype i = indexById(list, object.value(QLatin1String("id")).toString());
    if (i < 0)
        list.append(object);
    else
        list[i] = object;
}

std::optional<Invalid> checkNullableType(const QJsonObject &o, const QString &key, bool (QJsonValue::*is)() const,
                                         const QString &expected, const QString &prefix = {})
{
    if (!o.contains(key) || o.value(key).isNull() || (o.value(key).*is)())
        return std::nullopt;
    return wrongType(prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key, expected, o.value(key));
}

// CreateMessageRequest (also the items of CreateThreadRequest.messages and CreateRunRequest.additional_messages).
std::optional<Invalid> checkMessageBody(const QJsonObject &o, const QString &prefix)
{
    const auto param = [&prefix](const QString &key) { return prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key; };
    if (auto e = unknownKeys(o, {QStringLiteral("role"), QStringLiteral("content"), QStringLiteral("attachments"),
                                 QStringLiteral("metadata")},
                             prefix))
        return e;
    for (const char *key : {"role", "content"})
        if (!o.contains(QLatin1String(key)))
            return Invalid{QStringLiteral("Missing required parameter: '%1'.").arg(param(QLatin1String(key))),
                           param(QLatin1String(key)), QStringLiteral("missing_required_parameter")};
    const QJsonValue role = o.value(QLatin1String("role"));
    if (role != QLatin1String("user") && role != QLatin1String("assistant"))
        return Invalid{QStringLiteral("Invalid value: '%1'. Supported values are: 'user' and 'assistant'.")
                           .arg(role.toString()),
                       param(QStringLiteral("role")), QStringLiteral("invalid_value")};
    const QJsonValue content = o.value(QLatin1String("content"));
    if (content.isArray()) {
        const QJsonArray parts = content.toArray();
        if (parts.isEmpty())
            return Invalid{QStringLiteral("Invalid '%1': empty array.").arg(param(QStringLiteral("content"))),
                           param(QStringLiteral("content")), QStringLiteral("empty_array")};
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QString p = param(QStringLiteral("content[%1]").arg(i));
            const QJsonObject part = parts.at(i).toObject();
            const QString type = part.value(QLatin1String("type")).toString();
            if (type == QLatin1String("text")) {
                if (auto e = unknownKeys(part, {QStringLiteral("type"), QStringLiteral("text")}, p))
                    return e;
                if (!part.value(QLatin1String("text")).isString())
                    return wrongType(p + QStringLiteral(".text"), QStringLiteral("a string"), part.value(QLatin1String("text")));
            } else if (type != QLatin1String("image_file") && type != QLatin1String("image_url")) {
                return Invalid{QStringLiteral("Invalid value: '%1'. Supported values are: 'text', 'image_file' and "
                                              "'image_url'.")
                                   .arg(type),
                               p + QStringLiteral(".type"), QStringLiteral("invalid_value")};
            }
        }
    } else if (!content.isString()) {
        return wrongType(param(QStringLiteral("content")), QStringLiteral("a string or an array"), content);
    }
    if (o.contains(QLatin1String("attachments")) && !o.value(QLatin1String("attachments")).isNull()) {
        const QJsonValue a = o.value(QLatin1String("attachments"));
        if (!a.isArray())
            return wrongType(param(QStringLiteral("attachments")), QStringLiteral("an array"), a);
        for (const QJsonValue &item : a.toArray())
            if (!item.toObject().value(QLatin1String("file_id")).isString()
                || !item.toObject().value(QLatin1String("tools")).isArray())
                return Invalid{QStringLiteral("Invalid 'attachments': each needs 'file_id' and 'tools'."),
                               param(QStringLiteral("attachments")), QStringLiteral("invalid_value")};
    }
    return checkMetadata(o);
}

QJsonArray contentOf(const QJsonValue &content)
{
    const auto text = [](const QString &value) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                           {QStringLiteral("text"), QJsonObject{{QStringLiteral("value"), value},
                                                                {QStringLiteral("annotations"), QJsonArray{}}}}};
    };
    if (content.isString())
        return QJsonArray{text(content.toString())};
    QJsonArray parts;
    for (const QJsonValue &p : content.toArray()) {
        const QJsonObject part = p.toObject();
        if (part.value(QLatin1String("type")).toString() == QLatin1String("text"))
            parts.append(text(part.value(QLatin1String("text")).toString()));
        else
            parts.append(part);
    }
    return parts;
}

// The events of one run's stream, and the state changes they carry.
class RunStream
{
public:
    RunStream(ChatState *chat, QJsonObject run, std::function<QString(const char *)> newId, qint64 now)
        : m_chat(chat), m_run(std::move(run)), m_newId(std::move(newId)), m_now(now)
    {
    }

    QList<Event> events;
    const QJsonObject &run() const { return m_run; }

    // An event showing the run in `status`; the run is stored so once the event is written.
    void runEvent(const char *name, const QString &status, std::function<void()> more = {})
    {
        m_run.insert(QStringLiteral("status"), status);
        if (status == QLatin1String("in_progress") && m_run.value(QLatin1String("started_at")).isNull())
            m_run.insert(QStringLiteral("started_at"), double(m_now));
        const QJsonObject snapshot = m_run;
        ChatState *chat = m_chat;
        events.append(sseEvent(name, snapshot, [chat, snapshot, more] {
            store(chat->runs, snapshot);
            if (more)
                more();
        }));
    }

    QJsonObject newStep(const QString &type, const QJsonObject &details)
    {
        return QJsonObject{{QStringLiteral("id"), m_newId("step_")},
                           {QStringLiteral("object"), QStringLiteral("thread.run.step")},
                           {QStringLiteral("created_at"), double(m_now)},
                           {QStringLiteral("assistant_id"), m_run.value(QLatin1String("assistant_id"))},
                           {QStringLiteral("thread_id"), m_run.value(QLatin1String("thread_id"))},
                           {QStringLiteral("run_id"), m_run.value(QLatin1String("id"))},
                           {QStringLiteral("type"), type},
                           {QStringLiteral("status"), QStringLiteral("in_progress")},
                           {QStringLiteral("step_details"), details},
                           {QStringLiteral("last_error"), Null},
                           {QStringLiteral("expired_at"), Null},
                           {QStringLiteral("cancelled_at"), Null},
                           {QStringLiteral("failed_at"), Null},
                           {QStringLiteral("completed_at"), Null},
                           {QStringLiteral("metadata"), QJsonObject{}},
                           {QStringLiteral("usage"), Null}};
    }

    QJsonObject completed(QJsonObject step)
    {
        step.insert(QStringLiteral("status"), QStringLiteral("completed"));
        step.insert(QStringLiteral("completed_at"), double(m_now));
        return step;
    }

    void stepDelta(const QJsonObject &step, const QJsonArray &toolCalls)
    {
        events.append(sseEvent(
            "thread.run.step.delta",
            QJsonObject{{QStringLiteral("id"), step.value(QLatin1String("id"))},
                        {QStringLiteral("object"), QStringLiteral("thread.run.step.delta")},
                        {QStringLiteral("delta"),
                         QJsonObject{{QStringLiteral("step_details"),
                                      QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_calls")},
                                                  {QStringLiteral("tool_calls"), toolCalls}}}}}}));
    }

    static QJsonObject toolCallsDetails(const QJsonObject &call)
    {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_calls")},
                           {QStringLiteral("tool_calls"), QJsonArray{call}}};
    }

    void fileSearchStep()
    {
        const QJsonObject call{{QStringLiteral("id"), m_newId("call_")},
                               {QStringLiteral("type"), QStringLiteral("file_search")},
                               {QStringLiteral("file_search"), QJsonObject{}}};
        const QJsonObject step = newStep(QStringLiteral("tool_calls"), toolCallsDetails(call));
        events.append(sseEvent("thread.run.step.created", step));
        events.append(sseEvent("thread.run.step.in_progress", step));
        events.append(sseEvent("thread.run.step.completed", completed(step)));
    }

    void codeStep(const QString &input, const QString &log)
    {
        const QString callId = m_newId("call_");
        const auto call = [&callId](const QString &code, const QJsonArray &outputs) {
            return QJsonObject{{QStringLiteral("id"), callId},
                               {QStringLiteral("type"), QStringLiteral("code_interpreter")},
                               {QStringLiteral("code_interpreter"),
                                QJsonObject{{QStringLiteral("input"), code}, {QStringLiteral("outputs"), outputs}}}};
        };
        const QJsonObject step = newStep(QStringLiteral("tool_calls"), toolCallsDetails(call(QString(), {})));
        events.append(sseEvent("thread.run.step.created", step));
        events.append(sseEvent("thread.run.step.in_progress", step));
        stepDelta(step, QJsonArray{QJsonObject{
                            {QStringLiteral("index"), 0},
                            {QStringLiteral("id"), callId},
                            {QStringLiteral("type"), QStringLiteral("code_interpreter")},
                            {QStringLiteral("code_interpreter"), QJsonObject{{QStringLiteral("input"), input}}}}});
        stepDelta(step, QJsonArray{QJsonObject{
                            {QStringLiteral("index"), 0},
                            {QStringLiteral("type"), QStringLiteral("code_interpreter")},
                            {QStringLiteral("code_interpreter"),
                             QJsonObject{{QStringLiteral("outputs"),
                                          QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                                 {QStringLiteral("type"), QStringLiteral("logs")},
                                                                 {QStringLiteral("logs"), log}}}}}}}});
        QJsonObject done = completed(step);
        done.insert(QStringLiteral("step_details"),
                    toolCallsDetails(call(input, QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("logs")},
                                                                        {QStringLiteral("logs"), log}}})));
        events.append(sseEvent("thread.run.step.completed", done));
    }

    // The function tool-call step and the run's requires_action; returns the tool calls it waits for.
    void functionCall(const QString &name, const QString &arguments, int promptWords, int completionWords)
    {
        const QString callId = m_newId("call_");
        const auto call = [&](const QString &args) {
            return QJsonObject{{QStringLiteral("id"), callId},
                               {QStringLiteral("type"), QStringLiteral("function")},
                               {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), name},
                                                                        {QStringLiteral("arguments"), args},
                                                                        {QStringLiteral("output"), Null}}}};
        };
        const QJsonObject step = newStep(QStringLiteral("tool_calls"), toolCallsDetails(call(QString())));
        events.append(sseEvent("thread.run.step.created", step));
        events.append(sseEvent("thread.run.step.in_progress", step));
        stepDelta(step, QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                               {QStringLiteral("id"), callId},
                                               {QStringLiteral("type"), QStringLiteral("function")},
                                               {QStringLiteral("function"),
                                                QJsonObject{{QStringLiteral("name"), name},
                                                            {QStringLiteral("arguments"), arguments},
                                                            {QStringLiteral("output"), Null}}}}});
        const QJsonArray toolCalls{QJsonObject{
            {QStringLiteral("id"), callId},
            {QStringLiteral("type"), QStringLiteral("function")},
            {QStringLiteral("function"),
             QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("arguments"), arguments}}}}};
        m_run.insert(QStringLiteral("required_action"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("submit_tool_outputs")},
                                 {QStringLiteral("submit_tool_outputs"),
                                  QJsonObject{{QStringLiteral("tool_calls"), toolCalls}}}});
        ChatState::Waiting waiting;
        waiting.step = step;
        waiting.step.insert(QStringLiteral("step_details"), toolCallsDetails(call(arguments)));
        waiting.toolCalls = toolCalls;
        waiting.promptWords = promptWords;
        waiting.completionWords = completionWords;
        ChatState *chat = m_chat;
        const QString runId = m_run.value(QLatin1String("id")).toString();
        runEvent("thread.run.requires_action", QStringLiteral("requires_action"),
                 [chat, runId, waiting] { chat->waiting.insert(runId, waiting); });
        done();
    }

    struct Citation {
        QString fileId;
        QString filename;
        QString quote;
    };

    // The message-creation step: the message streamed in deltas, then completed.
    void answer(const QString &text, const std::optional<Citation> &citation)
    {
        const QString messageId = m_newId("msg_");
        const QJsonObject step = newStep(
            QStringLiteral("message_creation"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("message_creation")},
                        {QStringLiteral("message_creation"), QJsonObject{{QStringLiteral("message_id"), messageId}}}});
        events.append(sseEvent("thread.run.step.created", step));
        events.append(sseEvent("thread.run.step.in_progress", step));
        const QString threadId = m_run.value(QLatin1String("thread_id")).toString();
        QJsonObject message{{QStringLiteral("id"), messageId},
                            {QStringLiteral("object"), QStringLiteral("thread.message")},
                            {QStringLiteral("created_at"), double(m_now)},
                            {QStringLiteral("thread_id"), threadId},
                            {QStringLiteral("status"), QStringLiteral("in_progress")},
                            {QStringLiteral("incomplete_details"), Null},
                            {QStringLiteral("completed_at"), Null},
                            {QStringLiteral("incomplete_at"), Null},
                            {QStringLiteral("role"), QStringLiteral("assistant")},
                            {QStringLiteral("content"), QJsonArray{}},
                            {QStringLiteral("assistant_id"), m_run.value(QLatin1String("assistant_id"))},
                            {QStringLiteral("run_id"), m_run.value(QLatin1String("id"))},
                            {QStringLiteral("attachments"), QJsonArray{}},
                            {QStringLiteral("metadata"), QJsonObject{}}};
        ChatState *chat = m_chat;
        const auto storeMessage = [chat, threadId](const QJsonObject &m) {
            return [chat, threadId, m] { store(chat->messages[threadId], m); };
        };
        events.append(sseEvent("thread.message.created", message, storeMessage(message)));
        events.append(sseEvent("thread.message.in_progress", message));
        const auto delta = [&messageId](const QJsonObject &textDelta, bool first) {
            QJsonObject d{{QStringLiteral("content"),
                           QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                  {QStringLiteral("type"), QStringLiteral("text")},
                                                  {QStringLiteral("text"), textDelta}}}}};
            if (first)
                d.insert(QStringLiteral("role"), QStringLiteral("assistant"));
            return QJsonObject{{QStringLiteral("id"), messageId},
                               {QStringLiteral("object"), QStringLiteral("thread.message.delta")},
                               {QStringLiteral("delta"), d}};
        };
        const QStringList pieces = FakeModel::deltas(text);
        for (qsizetype i = 0; i < pieces.size(); ++i)
            events.append(sseEvent("thread.message.delta",
                                   delta(QJsonObject{{QStringLiteral("value"), pieces.at(i)}}, i == 0)));
        QString full = text;
        QJsonArray annotations;
        if (citation) {
            const QString marker = FakeModel::citationMarker(citation->filename);
            const qsizetype start = full.size();
            full += marker;
            const QJsonObject deltaAnnotation{
                {QStringLiteral("index"), 0},
                {QStringLiteral("type"), QStringLiteral("file_citation")},
                {QStringLiteral("text"), marker},
                {QStringLiteral("file_citation"), QJsonObject{{QStringLiteral("file_id"), citation->fileId},
                                                              {QStringLiteral("quote"), citation->quote}}},
                {QStringLiteral("start_index"), double(start)},
                {QStringLiteral("end_index"), double(full.size())}};
            events.append(sseEvent("thread.message.delta",
                                   delta(QJsonObject{{QStringLiteral("value"), marker},
                                                     {QStringLiteral("annotations"), QJsonArray{deltaAnnotation}}},
                                         pieces.isEmpty())));
            annotations.append(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("file_citation")},
                {QStringLiteral("text"), marker},
                {QStringLiteral("file_citation"), QJsonObject{{QStringLiteral("file_id"), citation->fileId}}},
                {QStringLiteral("start_index"), double(start)},
                {QStringLiteral("end_index"), double(full.size())}});
        }
        message.insert(QStringLiteral("status"), QStringLiteral("completed"));
        message.insert(QStringLiteral("completed_at"), double(m_now));
        message.insert(QStringLiteral("content"),
                       QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                              {QStringLiteral("text"),
                                               QJsonObject{{QStringLiteral("value"), full},
                                                           {QStringLiteral("annotations"), annotations}}}}});
        events.append(sseEvent("thread.message.completed", message, storeMessage(message)));
        events.append(sseEvent("thread.run.step.completed", completed(step)));
    }

    void complete(int promptWords, int completionWords)
    {
        m_run.insert(QStringLiteral("required_action"), Null);
        m_run.insert(QStringLiteral("completed_at"), double(m_now));
        m_run.insert(QStringLiteral("expires_at"), Null);
        m_run.insert(QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), promptWords},
                                                          {QStringLiteral("completion_tokens"), completionWords},
                                                          {QStringLiteral("total_tokens"), promptWords + completionWords}});
        runEvent("thread.run.completed", QStringLiteral("completed"));
        done();
    }

    void done()
    {
        Event e;
        e.name = "done";
        e.data = "[DONE]";
        events.append(e);
    }

private:
    ChatState *m_chat;
    QJsonObject m_run;
    std::function<QString(const char *)> m_newId;
    qint64 m_now;
};
} // namespace

// --- routes --------------------------------------------------------------------------------------------------------

FakeOpenAiServer::Response FakeOpenAiServer::threadsRoute(const Request &r, const QStringList &segments)
{
    ChatState &chat = *m_chat;
    const qint64 now = nextCreatedAt();
    if (segments.size() == 1) {
        if (r.method != "POST")
            return Response::notFound(invalidUrl(r));
        QJsonObject body;
        if (auto e = parseBody(r.body, &body))
            return Response::invalid(*e);
        if (auto e = unknownKeys(body,
                                 {QStringLiteral("messages"), QStringLiteral("tool_resources"),
                                  QStringLiteral("metadata")},
                                 {}))
            return Response::invalid(*e);
        if (auto e = checkMetadata(body))
            return Response::invalid(*e);
        if (auto e = checkNullableType(body, QStringLiteral("tool_resources"), &QJsonValue::isObject,
                                       QStringLiteral("an object")))
            return Response::invalid(*e);
        const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
        if (body.contains(QLatin1String("messages")) && !body.value(QLatin1String("messages")).isArray())
            return Response::invalid(wrongType(QStringLiteral("messages"), QStringLiteral("an array"),
                                               body.value(QLatin1String("messages"))));
        for (qsizetype i = 0; i < messages.size(); ++i)
            if (auto e = checkMessageBody(messages.at(i).toObject(), QStringLiteral("messages[%1]").arg(i)))
                return Response::invalid(*e);
        const QString id = newId("thread_");
        const QJsonObject thread{{QStringLiteral("id"), id},
                                 {QStringLiteral("object"), QStringLiteral("thread")},
                                 {QStringLiteral("created_at"), double(now)},
                                 {QStringLiteral("tool_resources"), body.value(QLatin1String("tool_resources")).isObject()
                                                                        ? body.value(QLatin1String("tool_resources"))
                                                                        : QJsonValue(QJsonObject{})},
                                 {QStringLiteral("metadata"), body.value(QLatin1String("metadata")).isObject()
                                                                  ? body.value(QLatin1String("metadata"))
                                                                  : QJsonValue(QJsonObject{})}};
        chat.threads.append(thread);
        chat.messages.insert(id, {});
        for (const QJsonValue &m : messages) {
            const QJsonObject o = m.toObject();
            chat.messages[id].append(QJsonObject{{QStringLiteral("id"), newId("msg_")},
                                                 {QStringLiteral("object"), QStringLiteral("thread.message")},
                                                 {QStringLiteral("created_at"), double(now)},
                                                 {QStringLiteral("thread_id"), id},
                                                 {QStringLiteral("status"), QStringLiteral("completed")},
                                                 {QStringLiteral("incomplete_details"), Null},
                                                 {QStringLiteral("completed_at"), double(now)},
                                                 {QStringLiteral("incomplete_at"), Null},
                                                 {QStringLiteral("role"), o.value(QLatin1String("role"))},
                                                 {QStringLiteral("content"), contentOf(o.value(QLatin1String("content")))},
                                                 {QStringLiteral("assistant_id"), Null},
                                                 {QStringLiteral("run_id"), Null},
                                                 {QStringLiteral("attachments"), QJsonArray{}},
                                                 {QStringLiteral("metadata"), QJsonObject{}}});
        }
        return Response::json(thread);
    }

    const QString threadId = segments.at(1);
    const qsizetype ti = indexById(chat.threads, threadId);
    if (ti < 0)
        return Response::notFound(QStringLiteral("No thread found with id '%1'.").arg(threadId));
    QList<QJsonObject> &messages = chat.messages[threadId];
    const auto activeRun = [&chat, &threadId]() -> QString {
        for (const QJsonObject &run : std::as_const(chat.runs))
            if (run.value(QLatin1String("thread_id")).toString() == threadId && isActive(run))
                return run.value(QLatin1String("id")).toString();
        return {};
    };

    if (segments.size() == 2) {
        if (r.method == "GET")
            return Response::json(chat.threads.at(ti));
        if (r.method == "DELETE") {
            chat.threads.removeAt(ti);
            chat.messages.remove(threadId);
            for (const QJsonObject &run : std::as_const(chat.runs))
                if (run.value(QLatin1String("thread_id")).toString() == threadId)
                    chat.waiting.remove(run.value(QLatin1String("id")).toString());
            chat.runs.removeIf([&threadId](const QJsonObject &run) {
                return run.value(QLatin1String("thread_id")).toString() == threadId;
            });
            return Response::json(QJsonObject{{QStringLiteral("id"), threadId},
                                              {QStringLiteral("object"), QStringLiteral("thread.deleted")},
                                              {QStringLiteral("deleted"), true}});
        }
        return Response::notFound(invalidUrl(r));
    }

    const QString sub = segments.at(2);
    if (sub == QLatin1String("messages")) {
        if (segments.size() == 3 && r.method == "GET") {
            QList<QJsonObject> listed = messages;
            const QString runId = r.query.queryItemValue(QStringLiteral("run_id"));
            if (!runId.isEmpty())
                listed.removeIf([&runId](const QJsonObject &m) {
                    return m.value(QLatin1String("run_id")).toString() != runId;
                });
            QJsonObject page;
            if (auto e = paginate(listed, r.query, 20, 100, true, &page))
                return Response::invalid(*e);
            return Response::json(page);
        }
        if (segments.size() == 3 && r.method == "POST") {
            QJsonObject body;
            if (auto e = parseBody(r.body, &body))
                return Response::invalid(*e);
            if (auto e = checkMessageBody(body, {}))
                return Response::invalid(*e);
            if (const QString active = activeRun(); !active.isEmpty())
                return Response::invalid({QStringLiteral("Can't add messages to %1 while a run %2 is active.")
                                              .arg(threadId, active),
                                          {}, {}});
            const QJsonObject message{
                {QStringLiteral("id"), newId("msg_")},
                {QStringLiteral("object"), QStringLiteral("thread.message")},
                {QStringLiteral("created_at"), double(now)},
                {QStringLiteral("thread_id"), threadId},
                {QStringLiteral("status"), QStringLiteral("completed")},
                {QStringLiteral("incomplete_details"), Null},
                {QStringLiteral("completed_at"), double(now)},
                {QStringLiteral("incomplete_at"), Null},
                {QStringLiteral("role"), body.value(QLatin1String("role"))},
                {QStringLiteral("content"), contentOf(body.value(QLatin1String("content")))},
                {QStringLiteral("assistant_id"), Null},
                {QStringLiteral("run_id"), Null},
                {QStringLiteral("attachments"), body.value(QLatin1String("attachments")).isArray()
                                                    ? body.value(QLatin1String("attachments"))
                                                    : QJsonValue(QJsonArray{})},
                {QStringLiteral("metadata"), body.value(QLatin1String("metadata")).isObject()
                                                 ? body.value(QLatin1String("metadata"))
                                                 : QJsonValue(QJsonObject{})}};
            messages.append(message);
            return Response::json(message);
        }
        if (segments.size() == 4 && r.method == "GET") {
            const qsizetype mi = indexById(messages, segments.at(3));
            if (mi < 0)
                return Response::notFound(QStringLiteral("No message found with id '%1'.").arg(segments.at(3)));
            return Response::json(messages.at(mi));
        }
        return Response::notFound(invalidUrl(r));
    }
    if (sub == QLatin1String("runs")) {
        if (segments.size() == 3 && r.method == "GET") {
            QJsonObject page;
            if (auto e = paginate(runs(threadId), r.query, 20, 100, true, &page))
                return Response::invalid(*e);
            return Response::json(page);
        }
        if (segments.size() == 3 && r.method == "POST") {
            if (const QString active = activeRun(); !active.isEmpty())
                return Response::invalid({QStringLiteral("Thread %1 already has an active run %2.").arg(threadId, active),
                                          {}, {}});
            return createRun(r, threadId);
        }
        const QString runId = segments.at(3);
        const qsizetype ri = indexById(chat.runs, runId);
        if (ri < 0 || chat.runs.at(ri).value(QLatin1String("thread_id")).toString() != threadId)
            return Response::notFound(QStringLiteral("No run found with id '%1'.").arg(runId));
        if (segments.size() == 4 && r.method == "GET")
            return Response::json(chat.runs.at(ri));
        if (segments.size() == 5 && r.method == "POST" && segments.at(4) == QLatin1String("cancel"))
            return cancelRun(threadId, runId);
        if (segments.size() == 5 && r.method == "POST" && segments.at(4) == QLatin1String("submit_tool_outputs"))
            return submitToolOutputs(r, runId);
    }
    return Response::notFound(invalidUrl(r));
}

FakeOpenAiServer::Response FakeOpenAiServer::createRun(const Request &r, const QString &threadId)
{
    ChatState &chat = *m_chat;
    QJsonObject body;
    if (auto e = parseBody(r.body, &body))
        return Response::invalid(*e);
    static const QStringList allowed{
        QStringLiteral("assistant_id"),      QStringLiteral("model"),
        QStringLiteral("reasoning_effort"),  QStringLiteral("instructions"),
        QStringLiteral("additional_instructions"), QStringLiteral("additional_messages"),
        QStringLiteral("tools"),             QStringLiteral("metadata"),
        QStringLiteral("temperature"),       QStringLiteral("top_p"),
        QStringLiteral("stream"),            QStringLiteral("max_prompt_tokens"),
        QStringLiteral("max_completion_tokens"), QStringLiteral("truncation_strategy"),
        QStringLiteral("tool_choice"),       QStringLiteral("parallel_tool_calls"),
        QStringLiteral("response_format")};
    if (auto e = unknownKeys(body, allowed, {}))
        return Response::invalid(*e);
    if (!body.contains(QLatin1String("assistant_id")))
        return Response::invalid({QStringLiteral("Missing required parameter: 'assistant_id'."),
                                  QStringLiteral("assistant_id"), QStringLiteral("missing_required_parameter")});
    if (auto e = checkString(body, QStringLiteral("assistant_id"), false, 0))
        return Response::invalid(*e);
    for (const char *key : {"model", "instructions", "additional_instructions"})
        if (auto e = checkString(body, QLatin1String(key), true, 0))
            return Response::invalid(*e);
    if (auto e = checkNumber(body, QStringLiteral("temperature"), 0, 2))
        return Response::invalid(*e);
    if (auto e = checkNumber(body, QStringLiteral("top_p"), 0, 1))
        return Response::invalid(*e);
    if (auto e = checkMetadata(body))
        return Response::invalid(*e);
    for (const char *key : {"stream", "parallel_tool_calls"})
        if (auto e = checkNullableType(body, QLatin1String(key), &QJsonValue::isBool, QStringLiteral("a boolean")))
            return Response::invalid(*e);
    if (auto e = checkNullableType(body, QStringLiteral("tools"), &QJsonValue::isArray, QStringLiteral("an array")))
        return Response::invalid(*e);
    if (auto e = checkNullableType(body, QStringLiteral("additional_messages"), &QJsonValue::isArray,
                                   QStringLiteral("an array")))
        return Response::invalid(*e);
    const QJsonArray additional = body.value(QLatin1String("additional_messages")).toArray();
    for (qsizetype i = 0; i < additional.size(); ++i)
        if (auto e = checkMessageBody(additional.at(i).toObject(), QStringLiteral("additional_messages[%1]").arg(i)))
            return Response::invalid(*e);
    const QString assistantId = body.value(QLatin1String("assistant_id")).toString();
    const qsizetype ai = indexById(m_assistants, assistantId);
    if (ai < 0)
        return Response::notFound(QStringLiteral("No assistant found with id '%1'.").arg(assistantId));
    const QJsonObject assistant = m_assistants.at(ai);
    const qint64 now = nextCreatedAt();
    QList<QJsonObject> &messages = chat.messages[threadId];
    for (const QJsonValue &m : additional) {
        const QJsonObject o = m.toObject();
        messages.append(QJsonObject{{QStringLiteral("id"), newId("msg_")},
                                    {QStringLiteral("object"), QStringLiteral("thread.message")},
                                    {QStringLiteral("created_at"), double(now)},
                                    {QStringLiteral("thread_id"), threadId},
                                    {QStringLiteral("status"), QStringLiteral("completed")},
                                    {QStringLiteral("incomplete_details"), Null},
                                    {QStringLiteral("completed_at"), double(now)},
                                    {QStringLiteral("incomplete_at"), Null},
                                    {QStringLiteral("role"), o.value(QLatin1String("role"))},
                                    {QStringLiteral("content"), contentOf(o.value(QLatin1String("content")))},
                                    {QStringLiteral("assistant_id"), Null},
                                    {QStringLiteral("run_id"), Null},
                                    {QStringLiteral("attachments"), QJsonArray{}},
                                    {QStringLiteral("metadata"), QJsonObject{}}});
    }

    const auto valueOr = [&body, &assistant](const char *key) {
        const QJsonValue v = body.value(QLatin1String(key));
        return v.isUndefined() || v.isNull() ? assistant.value(QLatin1String(key)) : v;
    };
    const QJsonArray tools = valueOr("tools").toArray();
    QStringList functions;
    bool codeInterpreter = false;
    bool fileSearch = false;
    for (const QJsonValue &t : tools) {
        const QString type = t.toObject().value(QLatin1String("type")).toString();
        if (type == QLatin1String("function"))
            functions << t.toObject().value(QLatin1String("function")).toObject().value(QLatin1String("name")).toString();
        codeInterpreter = codeInterpreter || type == QLatin1String("code_interpreter");
        fileSearch = fileSearch || type == QLatin1String("file_search");
    }
    QString instructions = valueOr("instructions").toString();
    if (body.value(QLatin1String("additional_instructions")).isString())
        instructions += QLatin1Char('\n') + body.value(QLatin1String("additional_instructions")).toString();

    std::optional<RunStream::Citation> citation;
    if (fileSearch) {
        const QJsonArray stores = assistant.value(QLatin1String("tool_resources"))
                                      .toObject()
                                      .value(QLatin1String("file_search"))
                                      .toObject()
                                      .value(QLatin1String("vector_store_ids"))
                                      .toArray();
        const QList<QJsonObject> storeFiles = m_vectorStoreFiles.value(stores.at(0).toString());
        if (!storeFiles.isEmpty()) {
            const QString fileId = storeFiles.first().value(QLatin1String("id")).toString();
            const qsizetype fi = indexById(m_files, fileId);
            citation = RunStream::Citation{
                fileId, fi < 0 ? fileId : m_files.at(fi).value(QLatin1String("filename")).toString(),
                FakeModel::quote(m_fileContents.value(fileId))};
        }
    }

    QString userText;
    int promptWords = FakeModel::words(instructions);
    for (const QJsonObject &m : std::as_const(messages)) {
        promptWords += FakeModel::words(messageText(m));
        if (m.value(QLatin1String("role")).toString() == QLatin1String("user"))
            userText = messageText(m);
    }

    const QJsonObject run{{QStringLiteral("id"), newId("run_")},
                          {QStringLiteral("object"), QStringLiteral("thread.run")},
                          {QStringLiteral("created_at"), double(now)},
                          {QStringLiteral("thread_id"), threadId},
                          {QStringLiteral("assistant_id"), assistantId},
                          {QStringLiteral("status"), QStringLiteral("queued")},
                          {QStringLiteral("required_action"), Null},
                          {QStringLiteral("last_error"), Null},
                          {QStringLiteral("expires_at"), double(now + 600)},
                          {QStringLiteral("started_at"), Null},
                          {QStringLiteral("cancelled_at"), Null},
                          {QStringLiteral("failed_at"), Null},
                          {QStringLiteral("completed_at"), Null},
                          {QStringLiteral("incomplete_details"), Null},
                          {QStringLiteral("model"), valueOr("model")},
                          {QStringLiteral("instructions"), instructions},
                          {QStringLiteral("tools"), tools},
                          {QStringLiteral("metadata"), body.value(QLatin1String("metadata")).isObject()
                                                           ? body.value(QLatin1String("metadata"))
                                                           : QJsonValue(QJsonObject{})},
                          {QStringLiteral("usage"), Null},
                          {QStringLiteral("temperature"), valueOr("temperature")},
                          {QStringLiteral("top_p"), valueOr("top_p")},
                          {QStringLiteral("max_prompt_tokens"), Null},
                          {QStringLiteral("max_completion_tokens"), Null},
                          {QStringLiteral("truncation_strategy"),
                           QJsonObject{{QStringLiteral("type"), QStringLiteral("auto")},
                                       {QStringLiteral("last_messages"), Null}}},
                          {QStringLiteral("tool_choice"), QStringLiteral("auto")},
                          {QStringLiteral("parallel_tool_calls"), true},
                          {QStringLiteral("response_format"), QStringLiteral("auto")}};
    chat.runs.append(run);

    RunStream s(m_chat.get(), run, [this](const char *prefix) { return newId(prefix); }, now);
    s.runEvent("thread.run.created", QStringLiteral("queued"));
    s.runEvent("thread.run.queued", QStringLiteral("queued"));
    s.runEvent("thread.run.in_progress", QStringLiteral("in_progress"));
    const FakeModel::Plan plan = FakeModel::plan(userText, functions, codeInterpreter);
    if (!plan.functionName.isEmpty()) {
        s.functionCall(plan.functionName, plan.arguments, promptWords, FakeModel::words(plan.arguments));
    } else {
        if (citation)
            s.fileSearchStep();
        if (plan.runCode)
            s.codeStep(FakeModel::code(userText), FakeModel::codeLog(userText));
        s.answer(plan.answer, citation);
        s.complete(promptWords, FakeModel::words(plan.answer));
    }
    if (body.value(QLatin1String("stream")).toBool())
        return Response::stream(s.events);
    applyAll(s.events);
    return Response::json(run);
}

FakeOpenAiServer::Response FakeOpenAiServer::submitToolOutputs(const Request &r, const QString &runId)
{
    ChatState &chat = *m_chat;
    QJsonObject body;
    if (auto e = parseBody(r.body, &body))
        return Response::invalid(*e);
    if (auto e = unknownKeys(body, {QStringLiteral("tool_outputs"), QStringLiteral("stream")}, {}))
        return Response::invalid(*e);
    if (!body.contains(QLatin1String("tool_outputs")))
        return Response::invalid({QStringLiteral("Missing required parameter: 'tool_outputs'."),
                                  QStringLiteral("tool_outputs"), QStringLiteral("missing_required_parameter")});
    if (!body.value(QLatin1String("tool_outputs")).isArray())
        return Response::invalid(wrongType(QStringLiteral("tool_outputs"), QStringLiteral("an array"),
                                           body.value(QLatin1String("tool_outputs"))));
    if (auto e = checkNullableType(body, QStringLiteral("stream"), &QJsonValue::isBool, QStringLiteral("a boolean")))
        return Response::invalid(*e);
    const QJsonArray outputs = body.value(QLatin1String("tool_outputs")).toArray();
    QHash<QString, QString> given;
    for (qsizetype i = 0; i < outputs.size(); ++i) {
        const QString p = QStringLiteral("tool_outputs[%1]").arg(i);
        if (!outputs.at(i).isObject())
            return Response::invalid(wrongType(p, QStringLiteral("an object"), outputs.at(i)));
        const QJsonObject o = outputs.at(i).toObject();
        for (const char *key : {"tool_call_id", "output"})
            if (auto e = checkString(o, QLatin1String(key), false, 0))
                return Response::invalid({e->message, p + QLatin1Char('.') + e->param, e->code});
        given.insert(o.value(QLatin1String("tool_call_id")).toString(), o.value(QLatin1String("output")).toString());
    }
    QJsonObject run = chat.runs.at(indexById(chat.runs, runId));
    const QString status = run.value(QLatin1String("status")).toString();
    if (status != QLatin1String("requires_action") || !chat.waiting.contains(runId))
        return Response::invalid({QStringLiteral("Runs in status \"%1\" do not accept tool outputs.").arg(status), {}, {}});
    const ChatState::Waiting waiting = chat.waiting.value(runId);
    QStringList expected;
    QStringList answers;
    for (const QJsonValue &call : waiting.toolCalls) {
        const QString id = call.toObject().value(QLatin1String("id")).toString();
        expected << id;
        answers << given.value(id);
    }
    QStringList got = given.keys();
    std::sort(got.begin(), got.end());
    QStringList want = expected;
    std::sort(want.begin(), want.end());
    if (got != want)
        return Response::invalid({QStringLiteral("Expected tool outputs for call_ids ['%1'], got ['%2']")
                                      .arg(want.join(QStringLiteral("', '")), got.join(QStringLiteral("', '"))),
                                  QStringLiteral("tool_outputs"), QStringLiteral("invalid_value")});
    chat.waiting.remove(runId);
    run.insert(QStringLiteral("status"), QStringLiteral("queued"));
    run.insert(QStringLiteral("required_action"), Null);
    store(chat.runs, run);

    const qint64 now = nextCreatedAt();
    RunStream s(m_chat.get(), run, [this](const char *prefix) { return newId(prefix); }, now);
    QJsonObject step = s.completed(waiting.step);
    QJsonObject details = step.value(QLatin1String("step_details")).toObject();
    QJsonArray calls = details.value(QLatin1String("tool_calls")).toArray();
    for (qsizetype i = 0; i < calls.size(); ++i) {
        QJsonObject call = calls.at(i).toObject();
        QJsonObject function = call.value(QLatin1String("function")).toObject();
        function.insert(QStringLiteral("output"), given.value(call.value(QLatin1String("id")).toString()));
        call.insert(QStringLiteral("function"), function);
        calls[i] = call;
    }
    details.insert(QStringLiteral("tool_calls"), calls);
    step.insert(QStringLiteral("step_details"), details);
    s.events.append(sseEvent("thread.run.step.completed", step));
    s.runEvent("thread.run.queued", QStringLiteral("queued"));
    s.runEvent("thread.run.in_progress", QStringLiteral("in_progress"));
    const QString answer = FakeModel::resultAnswer(answers);
    s.answer(answer, std::nullopt);
    int outputWords = 0;
    for (const QString &a : std::as_const(answers))
        outputWords += FakeModel::words(a);
    s.complete(waiting.promptWords + outputWords, waiting.completionWords + FakeModel::words(answer));
    if (body.value(QLatin1String("stream")).toBool())
        return Response::stream(s.events);
    applyAll(s.events);
    return Response::json(run);
}

FakeOpenAiServer::Response FakeOpenAiServer::cancelRun(const QString &threadId, const QString &runId)
{
    ChatState &chat = *m_chat;
    QJsonObject run = chat.runs.at(indexById(chat.runs, runId));
    if (!isActive(run) || run.value(QLatin1String("status")).toString() == QLatin1String("cancelling"))
        return Response::invalid({QStringLiteral("Cannot cancel run with status '%1'.")
                                      .arg(run.value(QLatin1String("status")).toString()),
                                  {}, {}});
    const qint64 now = nextCreatedAt();
    chat.waiting.remove(runId);
    run.insert(QStringLiteral("required_action"), Null);
    run.insert(QStringLiteral("expires_at"), Null);
    run.insert(QStringLiteral("status"), QStringLiteral("cancelling"));
    const QJsonObject answer = run;
    // The fake model stops at once: the stored run is cancelled, its unfinished message incomplete.
    run.insert(QStringLiteral("status"), QStringLiteral("cancelled"));
    run.insert(QStringLiteral("cancelled_at"), double(now));
    store(chat.runs, run);
    for (QJsonObject &m : chat.messages[threadId]) {
        if (m.value(QLatin1String("run_id")).toString() == runId
            && m.value(QLatin1String("status")).toString() == QLatin1String("in_progress")) {
            m.insert(QStringLiteral("status"), QStringLiteral("incomplete"));
            m.insert(QStringLiteral("incomplete_details"),
                     QJsonObject{{QStringLiteral("reason"), QStringLiteral("run_cancelled")}});
            m.insert(QStringLiteral("incomplete_at"), double(now));
        }
    }
    return Response::json(answer);
}

// --- state accessors and stream faults -----------------------------------------------------------------------------

QList<QJsonObject> FakeOpenAiServer::threads() const
{
    return m_chat->threads;
}

QList<QJsonObject> FakeOpenAiServer::messages(const QString &threadId) const
{
    return m_chat->messages.value(threadId);
}

QList<QJsonObject> FakeOpenAiServer::runs(const QString &threadId) const
{
    QList<QJsonObject> out;
    for (const QJsonObject &run : std::as_const(m_chat->runs))
        if (threadId.isEmpty() || run.value(QLatin1String("thread_id")).toString() == threadId)
            out.append(run);
    return out;
}

QJsonObject FakeOpenAiServer::run(const QString &runId) const
{
    const qsizetype i = indexById(m_chat->runs, runId);
    return i < 0 ? QJsonObject() : m_chat->runs.at(i);
}

void FakeOpenAiServer::applyStreamFaults(const QString &apiPath, Response &response)
{
    auto &faults = m_chat->streamFaults;
    const bool responses = apiPath.startsWith(QLatin1String("/responses"));
    for (qsizetype i = 0; i < faults.size();) {
        StreamFault &f = faults[i];
        if (!f.path.match(apiPath).hasMatch()) {
            ++i;
            continue;
        }
        Event e;
        e.injected = true;
        switch (f.action) {
        case StreamFault::Action::Cut:
            e.kind = Event::Kind::Cut;
            break;
        case StreamFault::Action::Hold:
            e.kind = Event::Kind::Hold;
            break;
        case StreamFault::Action::MalformedLines:
            // A line without a colon, an event whose JSON breaks off, one with the wrong types, a comment.
            e.bytes = responses
                          ? QByteArray("this line has no colon\n"
                                       "event: response.output_text.delta\n"
                                       "data: {\"type\": \"response.output_text.delta\", \"delta\": \"NOT SHOWN\n\n"
                                       "event: response.output_text.delta\n"
                                       "data: {\"type\": \"response.output_text.delta\", \"delta\": 42}\n\n"
                                       ": a comment\n\n")
                          : QByteArray("this line has no colon\n"
                                       "event: thread.message.delta\n"
                                       "data: {\"id\": \"msg_broken\", \"object\": \"thread.message.delta\", \"delta\": "
                                       "{\"content\": [{\"index\": 0, \"type\": \"text\", \"text\": {\"value\": \"NOT SHOWN\n\n"
                                       "event: thread.message.delta\n"
                                       "data: {\"id\": \"msg_broken\", \"delta\": {\"content\": \"NOT SHOWN\"}}\n\n"
                                       ": a comment\n\n");
            break;
        case StreamFault::Action::UnknownEvent:
            e.name = responses ? QByteArray("response.mystery") : QByteArray("thread.run.mystery");
            e.data = responses ? QByteArray("{\"type\": \"response.mystery\", \"sequence_number\": 999, \"text\": "
                                            "\"NOT SHOWN\"}")
                               : QByteArray("{\"id\": \"mystery_1\", \"object\": \"thread.run.mystery\", \"text\": "
                                            "\"NOT SHOWN\"}");
            break;
        }
        // Before the afterEvents-th event the server itself made.
        qsizetype at = 0;
        for (int sent = 0; at < response.events.size() && sent < f.afterEvents; ++at)
            if (!response.events.at(at).injected)
                ++sent;
        response.events.insert(at, e);
        if (--f.count <= 0)
            faults.removeAt(i);
        else
            ++i;
    }
}
