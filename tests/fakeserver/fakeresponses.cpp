// The fake server's Responses API: POST /responses (streamed or not), GET and DELETE /responses/{id}, answered by
// the deterministic model of fakeserver.h with the conversation carried by previous_response_id.
#include "fakeserver.h"

#include "fakeserverinternal.h"

#include <QDateTime>

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

Invalid missing(const QString &param)
{
    return Invalid{QStringLiteral("Missing required parameter: '%1'.").arg(param), param,
                   QStringLiteral("missing_required_parameter")};
}

Invalid invalidValue(const QString &param, const QString &value, const QString &supported)
{
    return Invalid{QStringLiteral("Invalid value: '%1'. Supported values are: %2.").arg(value, supported), param,
                   QStringLiteral("invalid_value")};
}

// The text of a message input item's content (a string or input_text / output_text parts).
QString itemText(const QJsonObject &item)
{
    const QJsonValue content = item.value(QLatin1String("content"));
    if (content.isString())
        return content.toString();
    QString text;
    for (const QJsonValue &p : content.toArray())
        text += p.toObject().value(QLatin1String("text")).toString();
    return text;
}

std::optional<Invalid> checkTool(const QJsonValue &value, const QString &p)
{
    if (!value.isObject())
        return wrongType(p, QStringLiteral("an object"), value);
    const QJsonObject t = value.toObject();
    const QString type = t.value(QLatin1String("type")).toString();
    if (type == QLatin1String("function")) {
        if (auto e = unknownKeys(t,
                                 {QStringLiteral("type"), QStringLiteral("name"), QStringLiteral("description"),
                                  QStringLiteral("parameters"), QStringLiteral("strict")},
                                 p))
            return e;
        for (const char *key : {"name", "parameters", "strict"})
            if (!t.contains(QLatin1String(key)))
                return missing(p + QLatin1Char('.') + QLatin1String(key));
        if (!t.value(QLatin1String("name")).isString())
            return wrongType(p + QStringLiteral(".name"), QStringLiteral("a string"), t.value(QLatin1String("name")));
        if (t.contains(QLatin1String("description")) && !t.value(QLatin1String("description")).isString()
            && !t.value(QLatin1String("description")).isNull())
            return wrongType(p + QStringLiteral(".description"), QStringLiteral("a string"),
                             t.value(QLatin1String("description")));
        if (!t.value(QLatin1String("parameters")).isObject() && !t.value(QLatin1String("parameters")).isNull())
            return wrongType(p + QStringLiteral(".parameters"), QStringLiteral("an object"),
                             t.value(QLatin1String("parameters")));
        if (!t.value(QLatin1String("strict")).isBool() && !t.value(QLatin1String("strict")).isNull())
            return wrongType(p + QStringLiteral(".strict"), QStringLiteral("a boolean"), t.value(QLatin1String("strict")));
        return std::nullopt;
    }
    if (type == QLatin1String("file_search")) {
        if (auto e = unknownKeys(t,
                                 {QStringLiteral("type"), QStringLiteral("vector_store_ids"),
                                  QStringLiteral("max_num_results"), QStringLiteral("ranking_options"),
                                  QStringLiteral("filters")},
                                 p))
            return e;
        if (!t.contains(QLatin1String("vector_store_ids")))
            return missing(p + QStringLiteral(".vector_store_ids"));
        return checkStringArray(t.value(QLatin1String("vector_store_ids")), p + QStringLiteral(".vector_store_ids"), 2);
    }
    if (type == QLatin1String("code_interpreter")) {
        if (auto e = unknownKeys(t, {QStringLiteral("type"), QStringLiteral("container")}, p))
            return e;
        if (!t.contains(QLatin1String("container")))
            return missing(p + QStringLiteral(".container"));
        const QJsonValue container = t.value(QLatin1String("container"));
        if (container.isString())
            return std::nullopt;
        if (!container.isObject())
            return wrongType(p + QStringLiteral(".container"), QStringLiteral("a string or an object"), container);
        const QJsonObject c = container.toObject();
        if (auto e = unknownKeys(c,
                                 {QStringLiteral("type"), QStringLiteral("file_ids"), QStringLiteral("memory_limit"),
                                  QStringLiteral("network_policy")},
                                 p + QStringLiteral(".container")))
            return e;
        if (c.value(QLatin1String("type")) != QLatin1String("auto"))
            return invalidValue(p + QStringLiteral(".container.type"), c.value(QLatin1String("type")).toString(),
                                QStringLiteral("'auto'"));
        if (c.contains(QLatin1String("file_ids")))
            return checkStringArray(c.value(QLatin1String("file_ids")), p + QStringLiteral(".container.file_ids"), 50);
        return std::nullopt;
    }
    return invalidValue(p + QStringLiteral(".type"), type,
                        QStringLiteral("'function', 'file_search' and 'code_interpreter' (in this fake server)"));
}

std::optional<Invalid> checkInputItem(const QJsonValue &value, const QString &p)
{
    if (!value.isObject())
        return wrongType(p, QStringLiteral("an object"), value);
    const QJsonObject item = value.toObject();
    const QString type = item.contains(QLatin1String("type")) ? item.value(QLatin1String("type")).toString()
                                                              : QStringLiteral("message");
    if (type == QLatin1String("message")) {
        if (auto e = unknownKeys(item,
                                 {QStringLiteral("type"), QStringLiteral("role"), QStringLiteral("content"),
                                  QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("phase")},
                                 p))
            return e;
        for (const char *key : {"role", "content"})
            if (!item.contains(QLatin1String(key)))
                return missing(p + QLatin1Char('.') + QLatin1String(key));
        static const QStringList roles{QStringLiteral("user"), QStringLiteral("assistant"), QStringLiteral("system"),
                                       QStringLiteral("developer")};
        if (!roles.contains(item.value(QLatin1String("role")).toString()))
            return invalidValue(p + QStringLiteral(".role"), item.value(QLatin1String("role")).toString(),
                                QStringLiteral("'user', 'assistant', 'system' and 'developer'"));
        const QJsonValue content = item.value(QLatin1String("content"));
        if (content.isString())
            return std::nullopt;
        if (!content.isArray())
            return wrongType(p + QStringLiteral(".content"), QStringLiteral("a string or an array"), content);
        for (qsizetype i = 0; i < content.toArray().size(); ++i) {
            const QJsonObject part = content.toArray().at(i).toObject();
            const QString partType = part.value(QLatin1String("type")).toString();
            const QString pp = QStringLiteral("%1.content[%2]").arg(p).arg(i);
            if (partType != QLatin1String("input_text") && partType != QLatin1String("output_text"))
                return invalidValue(pp + QStringLiteral(".type"), partType,
                                    QStringLiteral("'input_text' and 'output_text' (in this fake server)"));
            if (!part.value(QLatin1String("text")).isString())
                return wrongType(pp + QStringLiteral(".text"), QStringLiteral("a string"), part.value(QLatin1String("text")));
        }
        return std::nullopt;
    }
    if (type == QLatin1String("function_call_output")) {
        if (auto e = unknownKeys(item,
                                 {QStringLiteral("type"), QStringLiteral("call_id"), QStringLiteral("output"),
                                  QStringLiteral("id"), QStringLiteral("status")},
                                 p))
            return e;
        for (const char *key : {"call_id", "output"}) {
            if (!item.contains(QLatin1String(key)))
                return missing(p + QLatin1Char('.') + QLatin1String(key));
            if (auto e = checkString(item, QLatin1String(key), false, 0))
                return Invalid{e->message, p + QLatin1Char('.') + e->param, e->code};
        }
        const qsizetype n = item.value(QLatin1String("call_id")).toString().size();
        if (n < 1 || n > 64)
            return Invalid{QStringLiteral("Invalid '%1.call_id': must be 1 to 64 characters.").arg(p),
                           p + QStringLiteral(".call_id"), QStringLiteral("invalid_value")};
        return std::nullopt;
    }
    if (type == QLatin1String("function_call")) {
        if (auto e = unknownKeys(item,
                                 {QStringLiteral("type"), QStringLiteral("call_id"), QStringLiteral("name"),
                                  QStringLiteral("arguments"), QStringLiteral("id"), QStringLiteral("status")},
                                 p))
            return e;
        for (const char *key : {"call_id", "name", "arguments"})
            if (!item.value(QLatin1String(key)).isString())
                return missing(p + QLatin1Char('.') + QLatin1String(key));
        return std::nullopt;
    }
    return invalidValue(p + QStringLiteral(".type"), type,
                        QStringLiteral("'message', 'function_call' and 'function_call_output' (in this fake server)"));
}

std::optional<Invalid> checkResponseBody(const QJsonObject &body)
{
    static const QStringList allowed{
        QStringLiteral("model"),          QStringLiteral("input"),           QStringLiteral("instructions"),
        QStringLiteral("temperature"),    QStringLiteral("top_p"),           QStringLiteral("tools"),
        QStringLiteral("tool_choice"),    QStringLiteral("previous_response_id"), QStringLiteral("stream"),
        QStringLiteral("store"),          QStringLiteral("include"),         QStringLiteral("metadata"),
        QStringLiteral("parallel_tool_calls"), QStringLiteral("max_output_tokens"), QStringLiteral("text"),
        QStringLiteral("truncation"),     QStringLiteral("user"),            QStringLiteral("background"),
        QStringLiteral("reasoning"),      QStringLiteral("service_tier"),    QStringLiteral("top_logprobs"),
        QStringLiteral("max_tool_calls"), QStringLiteral("prompt_cache_key"), QStringLiteral("safety_identifier"),
        QStringLiteral("stream_options"), QStringLiteral("conversation"),    QStringLiteral("prompt")};
    if (auto e = unknownKeys(body, allowed, {}))
        return e;
    if (!body.contains(QLatin1String("model")))
        return missing(QStringLiteral("model"));
    if (auto e = checkString(body, QStringLiteral("model"), false, 0))
        return e;
    for (const char *key : {"instructions", "previous_response_id"})
        if (auto e = checkString(body, QLatin1String(key), true, 0))
            return e;
    if (auto e = checkNumber(body, QStringLiteral("temperature"), 0, 2))
        return e;
    if (auto e = checkNumber(body, QStringLiteral("top_p"), 0, 1))
        return e;
    if (auto e = checkMetadata(body))
        return e;
    for (const char *key : {"stream", "store", "parallel_tool_calls", "background"}) {
        const QJsonValue v = body.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isBool())
            return wrongType(QLatin1String(key), QStringLiteral("a boolean"), v);
    }
    const QJsonValue input = body.value(QLatin1String("input"));
    if (input.isArray()) {
        for (qsizetype i = 0; i < input.toArray().size(); ++i)
            if (auto e = checkInputItem(input.toArray().at(i), QStringLiteral("input[%1]").arg(i)))
                return e;
    } else if (!input.isUndefined() && !input.isString()) {
        return wrongType(QStringLiteral("input"), QStringLiteral("a string or an array"), input);
    }
    const QJsonValue tools = body.value(QLatin1String("tools"));
    if (!tools.isUndefined()) {
        if (!tools.isArray())
            return wrongType(QStringLiteral("tools"), QStringLiteral("an array"), tools);
        for (qsizetype i = 0; i < tools.toArray().size(); ++i)
            if (auto e = checkTool(tools.toArray().at(i), QStringLiteral("tools[%1]").arg(i)))
                return e;
    }
    const QJsonValue include = body.value(QLatin1String("include"));
    if (!include.isUndefined() && !include.isNull()) {
        static const QStringList known{
            QStringLiteral("file_search_call.results"), QStringLiteral("web_search_call.results"),
            QStringLiteral("web_search_call.action.sources"), QStringLiteral("message.input_image.image_url"),
            QStringLiteral("computer_call_output.output.image_url"), QStringLiteral("code_interpreter_call.outputs"),
            QStringLiteral("reasoning.encrypted_content"), QStringLiteral("message.output_text.logprobs")};
        if (auto e = checkStringArray(include, QStringLiteral("include"), 100))
            return e;
        for (const QJsonValue &v : include.toArray())
            if (!known.contains(v.toString()))
                return invalidValue(QStringLiteral("include"), v.toString(), known.join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

// The events of one response's stream, numbered.
class ResponseStream
{
public:
    ResponseStream(std::function<QString(const char *)> newId) : m_newId(std::move(newId)) {}

    QList<Event> events;
    QJsonArray output;

    void add(const char *type, QJsonObject data, std::function<void()> effect = {})
    {
        data.insert(QStringLiteral("type"), QLatin1String(type));
        data.insert(QStringLiteral("sequence_number"), m_sequence++);
        events.append(sseEvent(type, data, std::move(effect)));
    }

    // An output item: added, then `body` streams its parts, then done.
    void item(const QJsonObject &added, const QJsonObject &done, const std::function<void(const QString &, int)> &body)
    {
        const int index = int(output.size());
        const QString id = added.value(QLatin1String("id")).toString();
        add("response.output_item.added", {{QStringLiteral("output_index"), index}, {QStringLiteral("item"), added}});
        body(id, index);
        add("response.output_item.done", {{QStringLiteral("output_index"), index}, {QStringLiteral("item"), done}});
        output.append(done);
    }

    static QJsonObject at(const QString &id, int index)
    {
        return {{QStringLiteral("item_id"), id}, {QStringLiteral("output_index"), index}};
    }

    QString newId(const char *prefix) { return m_newId(prefix); }

private:
    std::function<QString(const char *)> m_newId;
    int m_sequence = 0;
};
} // namespace

FakeOpenAiServer::Response FakeOpenAiServer::responsesRoute(const Request &r, const QStringList &segments)
{
    if (segments.size() == 1 && r.method == "POST")
        return createResponse(r);
    if (segments.size() < 2)
        return Response::notFound(invalidUrl(r));
    const QString id = segments.at(1);
    const qsizetype i = indexById(m_chat->responses, id);
    if (i < 0)
        return Response::notFound(QStringLiteral("Response with id '%1' not found.").arg(id));
    if (segments.size() == 2 && r.method == "GET")
        return Response::json(m_chat->responses.at(i));
    if (segments.size() == 2 && r.method == "DELETE") {
        m_chat->responses.removeAt(i);
        m_chat->contexts.remove(id);
        return Response::json(QJsonObject{{QStringLiteral("id"), id},
                                          {QStringLiteral("object"), QStringLiteral("response.deleted")},
                                          {QStringLiteral("deleted"), true}});
    }
    if (segments.size() == 3 && segments.at(2) == QLatin1String("cancel") && r.method == "POST")
        return Response::invalid({QStringLiteral("Only responses created with background=true can be cancelled."),
                                  {}, {}});
    return Response::notFound(invalidUrl(r));
}

FakeOpenAiServer::Response FakeOpenAiServer::createResponse(const Request &r)
{
    ChatState &chat = *m_chat;
    QJsonObject body;
    if (auto e = parseBody(r.body, &body))
        return Response::invalid(*e);
    if (auto e = checkResponseBody(body))
        return Response::invalid(*e);

    // The chain so far, and the calls its last response waits for.
    const QString previous = body.value(QLatin1String("previous_response_id")).toString();
    ChatState::Context context;
    if (!previous.isEmpty()) {
        if (indexById(chat.responses, previous) < 0)
            return Response::error(404, QStringLiteral("Previous response with id '%1' not found.").arg(previous),
                                   QStringLiteral("invalid_request_error"), QStringLiteral("previous_response_id"));
        context = chat.contexts.value(previous);
    }
    const QJsonValue input = body.value(QLatin1String("input"));
    QJsonArray items = input.isString() ? QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                                 {QStringLiteral("content"), input.toString()}}}
                                        : input.toArray();
    QString userText;
    QStringList outputs;
    int inputWords = 0;
    QHash<QString, QString> pending = context.pendingCalls;
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        const QString type = item.value(QLatin1String("type")).toString(QStringLiteral("message"));
        if (type == QLatin1String("function_call_output")) {
            const QString callId = item.value(QLatin1String("call_id")).toString();
            if (!pending.remove(callId))
                return Response::invalid({QStringLiteral("No tool call found for function call output with call_id %1.")
                                              .arg(callId),
                                          QStringLiteral("input"), {}});
            outputs << item.value(QLatin1String("output")).toString();
            inputWords += FakeModel::words(outputs.last());
        } else if (type == QLatin1String("message")) {
            inputWords += FakeModel::words(itemText(item));
            if (item.value(QLatin1String("role")).toString() == QLatin1String("user"))
                userText = itemText(item);
        }
    }
    if (!pending.isEmpty())
        return Response::invalid({QStringLiteral("No tool output found for function call %1.").arg(pending.keys().first()),
                                  QStringLiteral("input"), {}});

    const QJsonArray tools = body.value(QLatin1String("tools")).toArray();
    QStringList functions;
    bool codeInterpreter = false;
    QString store;
    for (const QJsonValue &t : tools) {
        const QJsonObject tool = t.toObject();
        const QString type = tool.value(QLatin1String("type")).toString();
        if (type == QLatin1String("function"))
            functions << tool.value(QLatin1String("name")).toString();
        codeInterpreter = codeInterpreter || type == QLatin1String("code_interpreter");
        if (type == QLatin1String("file_search"))
            store = tool.value(QLatin1String("vector_store_ids")).toArray().at(0).toString();
    }
    const QStringList include = [&body] {
        QStringList out;
        for (const QJsonValue &v : body.value(QLatin1String("include")).toArray())
            out << v.toString();
        return out;
    }();
    QString citedFile;
    if (!store.isEmpty() && !m_vectorStoreFiles.value(store).isEmpty())
        citedFile = m_vectorStoreFiles.value(store).first().value(QLatin1String("id")).toString();
    const auto filename = [this](const QString &fileId) {
        const qsizetype fi = indexById(m_files, fileId);
        return fi < 0 ? fileId : m_files.at(fi).value(QLatin1String("filename")).toString();
    };

    const QString instructions = body.value(QLatin1String("instructions")).toString();
    const qint64 now = nextCreatedAt();
    const auto orDefault = [&body](const char *key, const QJsonValue &fallback) {
        const QJsonValue v = body.value(QLatin1String(key));
        return v.isUndefined() || v.isNull() ? fallback : v;
    };
    QJsonObject response{{QStringLiteral("id"), newId("resp_")},
                         {QStringLiteral("object"), QStringLiteral("response")},
                         {QStringLiteral("created_at"), double(now)},
                         {QStringLiteral("status"), QStringLiteral("in_progress")},
                         {QStringLiteral("completed_at"), Null},
                         {QStringLiteral("error"), Null},
                         {QStringLiteral("incomplete_details"), Null},
                         {QStringLiteral("instructions"), orDefault("instructions", Null)},
                         {QStringLiteral("max_output_tokens"), orDefault("max_output_tokens", Null)},
                         {QStringLiteral("model"), body.value(QLatin1String("model"))},
                         {QStringLiteral("output"), QJsonArray{}},
                         {QStringLiteral("parallel_tool_calls"), orDefault("parallel_tool_calls", true)},
                         {QStringLiteral("previous_response_id"), previous.isEmpty() ? Null : QJsonValue(previous)},
                         {QStringLiteral("reasoning"), Null},
                         {QStringLiteral("store"), orDefault("store", true)},
                         {QStringLiteral("temperature"), orDefault("temperature", 1.0)},
                         {QStringLiteral("text"), QJsonObject{{QStringLiteral("format"),
                                                               QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}}}}},
                         {QStringLiteral("tool_choice"), orDefault("tool_choice", QStringLiteral("auto"))},
                         {QStringLiteral("tools"), tools},
                         {QStringLiteral("top_p"), orDefault("top_p", 1.0)},
                         {QStringLiteral("truncation"), QStringLiteral("disabled")},
                         {QStringLiteral("metadata"), orDefault("metadata", QJsonObject{})}};
    const QString responseId = response.value(QLatin1String("id")).toString();
    chat.responses.append(response);

    ResponseStream s([this](const char *prefix) { return newId(prefix); });
    s.add("response.created", {{QStringLiteral("response"), response}});
    s.add("response.in_progress", {{QStringLiteral("response"), response}});

    FakeModel::Plan plan;
    if (outputs.isEmpty())
        plan = FakeModel::plan(userText, functions, codeInterpreter);
    else
        plan.answer = FakeModel::resultAnswer(outputs);
    ChatState::Context next;
    int outputWords = 0;
    if (!citedFile.isEmpty() && outputs.isEmpty() && plan.functionName.isEmpty()) {
        const QJsonObject added{{QStringLiteral("id"), s.newId("fs_")},
                                {QStringLiteral("type"), QStringLiteral("file_search_call")},
                                {QStringLiteral("status"), QStringLiteral("in_progress")},
                                {QStringLiteral("queries"), QJsonArray{}},
                                {QStringLiteral("results"), Null}};
        QJsonObject done = added;
        done.insert(QStringLiteral("status"), QStringLiteral("completed"));
        done.insert(QStringLiteral("queries"), QJsonArray{userText});
        if (include.contains(QLatin1String("file_search_call.results")))
            done.insert(QStringLiteral("results"),
                        QJsonArray{QJsonObject{{QStringLiteral("file_id"), citedFile},
                                               {QStringLiteral("filename"), filename(citedFile)},
                                               {QStringLiteral("text"), FakeModel::quote(m_fileContents.value(citedFile))},
                                               {QStringLiteral("score"), 0.9}}});
        s.item(added, done, [&s](const QString &id, int index) {
            s.add("response.file_search_call.in_progress", ResponseStream::at(id, index));
            s.add("response.file_search_call.searching", ResponseStream::at(id, index));
            s.add("response.file_search_call.completed", ResponseStream::at(id, index));
        });
    }
    if (plan.runCode) {
        const QString code = FakeModel::code(userText);
        const QJsonObject added{{QStringLiteral("type"), QStringLiteral("code_interpreter_call")},
                                {QStringLiteral("id"), s.newId("ci_")},
                                {QStringLiteral("status"), QStringLiteral("in_progress")},
                                {QStringLiteral("container_id"), s.newId("cntr_")},
                                {QStringLiteral("code"), QString()},
                                {QStringLiteral("outputs"), Null}};
        QJsonObject done = added;
        done.insert(QStringLiteral("status"), QStringLiteral("completed"));
        done.insert(QStringLiteral("code"), code);
        if (include.contains(QLatin1String("code_interpreter_call.outputs")))
            done.insert(QStringLiteral("outputs"),
                        QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("logs")},
                                               {QStringLiteral("logs"), FakeModel::codeLog(userText)}}});
        s.item(added, done, [&s, &code](const QString &id, int index) {
            s.add("response.code_interpreter_call.in_progress", ResponseStream::at(id, index));
            QJsonObject delta = ResponseStream::at(id, index);
            delta.insert(QStringLiteral("delta"), code);
            s.add("response.code_interpreter_call_code.delta", delta);
            QJsonObject codeDone = ResponseStream::at(id, index);
            codeDone.insert(QStringLiteral("code"), code);
            s.add("response.code_interpreter_call_code.done", codeDone);
            s.add("response.code_interpreter_call.interpreting", ResponseStream::at(id, index));
            s.add("response.code_interpreter_call.completed", ResponseStream::at(id, index));
        });
    }
    if (!plan.functionName.isEmpty()) {
        const QString callId = s.newId("call_");
        const QJsonObject added{{QStringLiteral("id"), s.newId("fc_")},
                                {QStringLiteral("type"), QStringLiteral("function_call")},
                                {QStringLiteral("call_id"), callId},
                                {QStringLiteral("name"), plan.functionName},
                                {QStringLiteral("arguments"), QString()},
                                {QStringLiteral("status"), QStringLiteral("in_progress")}};
        QJsonObject done = added;
        done.insert(QStringLiteral("arguments"), plan.arguments);
        done.insert(QStringLiteral("status"), QStringLiteral("completed"));
        s.item(added, done, [&s, &plan](const QString &id, int index) {
            const qsizetype half = plan.arguments.size() / 2;
            for (const QString &piece : {plan.arguments.left(half), plan.arguments.mid(half)}) {
                QJsonObject delta = ResponseStream::at(id, index);
                delta.insert(QStringLiteral("delta"), piece);
                s.add("response.function_call_arguments.delta", delta);
            }
            QJsonObject argsDone = ResponseStream::at(id, index);
            argsDone.insert(QStringLiteral("name"), plan.functionName);
            argsDone.insert(QStringLiteral("arguments"), plan.arguments);
            s.add("response.function_call_arguments.done", argsDone);
        });
        next.pendingCalls.insert(callId, plan.functionName);
        outputWords = FakeModel::words(plan.arguments);
    } else {
        const QString answer = plan.answer;
        QJsonArray annotations;
        if (!citedFile.isEmpty() && outputs.isEmpty())
            annotations.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("file_citation")},
                                           {QStringLiteral("file_id"), citedFile},
                                           {QStringLiteral("index"), double(answer.size())},
                                           {QStringLiteral("filename"), filename(citedFile)}});
        const auto part = [](const QString &text, const QJsonArray &anns) {
            return QJsonObject{{QStringLiteral("type"), QStringLiteral("output_text")},
                               {QStringLiteral("text"), text},
                               {QStringLiteral("annotations"), anns},
                               {QStringLiteral("logprobs"), QJsonArray{}}};
        };
        const QJsonObject added{{QStringLiteral("id"), s.newId("msg_")},
                                {QStringLiteral("type"), QStringLiteral("message")},
                                {QStringLiteral("role"), QStringLiteral("assistant")},
                                {QStringLiteral("status"), QStringLiteral("in_progress")},
                                {QStringLiteral("content"), QJsonArray{}}};
        QJsonObject done = added;
        done.insert(QStringLiteral("status"), QStringLiteral("completed"));
        done.insert(QStringLiteral("content"), QJsonArray{part(answer, annotations)});
        s.item(added, done, [&](const QString &id, int index) {
            QJsonObject at = ResponseStream::at(id, index);
            at.insert(QStringLiteral("content_index"), 0);
            QJsonObject partAdded = at;
            partAdded.insert(QStringLiteral("part"), part(QString(), {}));
            s.add("response.content_part.added", partAdded);
            for (const QString &piece : FakeModel::deltas(answer)) {
                QJsonObject delta = at;
                delta.insert(QStringLiteral("delta"), piece);
                delta.insert(QStringLiteral("logprobs"), QJsonArray{});
                s.add("response.output_text.delta", delta);
            }
            for (qsizetype a = 0; a < annotations.size(); ++a) {
                QJsonObject annotationAdded = at;
                annotationAdded.insert(QStringLiteral("annotation_index"), int(a));
                annotationAdded.insert(QStringLiteral("annotation"), annotations.at(a));
                s.add("response.output_text.annotation.added", annotationAdded);
            }
            QJsonObject textDone = at;
            textDone.insert(QStringLiteral("text"), answer);
            textDone.insert(QStringLiteral("logprobs"), QJsonArray{});
            s.add("response.output_text.done", textDone);
            QJsonObject partDone = at;
            partDone.insert(QStringLiteral("part"), part(answer, annotations));
            s.add("response.content_part.done", partDone);
        });
        outputWords = FakeModel::words(answer);
    }
    const int inputTokens = FakeModel::words(instructions) + context.words + inputWords;
    next.words = context.words + inputWords + outputWords;
    response.insert(QStringLiteral("status"), QStringLiteral("completed"));
    response.insert(QStringLiteral("completed_at"), double(now));
    response.insert(QStringLiteral("output"), s.output);
    response.insert(QStringLiteral("usage"),
                    QJsonObject{{QStringLiteral("input_tokens"), inputTokens},
                                {QStringLiteral("input_tokens_details"),
                                 QJsonObject{{QStringLiteral("cached_tokens"), 0},
                                             {QStringLiteral("cache_write_tokens"), 0}}},
                                {QStringLiteral("output_tokens"), outputWords},
                                {QStringLiteral("output_tokens_details"),
                                 QJsonObject{{QStringLiteral("reasoning_tokens"), 0}}},
                                {QStringLiteral("total_tokens"), inputTokens + outputWords}});
    ChatState *state = m_chat.get();
    s.add("response.completed", {{QStringLiteral("response"), response}}, [state, response, responseId, next] {
        const qsizetype at = indexById(state->responses, responseId);
        if (at >= 0)
            state->responses[at] = response;
        state->contexts.insert(responseId, next);
    });
    if (body.value(QLatin1String("stream")).toBool())
        return Response::stream(s.events);
    applyAll(s.events);
    return Response::json(response);
}

QList<QJsonObject> FakeOpenAiServer::responses() const
{
    return m_chat->responses;
}

QJsonObject FakeOpenAiServer::response(const QString &responseId) const
{
    const qsizetype i = indexById(m_chat->responses, responseId);
    return i < 0 ? QJsonObject() : m_chat->responses.at(i);
}
