#include "conversation/streamreader.h"

#include "core/jsonnumber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <limits>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("StreamReader", text);
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}

QJsonArray arr(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toArray();
}

QStringList logsOf(const QJsonArray &outputs)
{
    QStringList logs;
    for (const QJsonValue &v : outputs) {
        const QJsonObject o = v.toObject();
        if (str(o, "type") == QLatin1String("logs") && o.value(QLatin1String("logs")).isString())
            logs << str(o, "logs");
    }
    return logs;
}

// Token counts from the server: never below 0, and their sum never overflows.
qint64 tokens(const QJsonValue &v)
{
    return std::max<qint64>(0, jsonInteger(v));
}

qint64 plus(qint64 a, qint64 b)
{
    return b > std::numeric_limits<qint64>::max() - a ? std::numeric_limits<qint64>::max() : a + b;
}

// Events that carry nothing a turn shows.
bool isQuietEvent(ConversationWay way, const QString &event)
{
    static const QSet<QString> assistants{
        QStringLiteral("thread.created"),         QStringLiteral("thread.run.cancelling"),
        QStringLiteral("thread.message.created"), QStringLiteral("thread.message.in_progress"),
        QStringLiteral("done")};
    static const QSet<QString> responses{
        QStringLiteral("response.content_part.added"),
        QStringLiteral("response.content_part.done"),
        QStringLiteral("response.file_search_call.in_progress"),
        QStringLiteral("response.file_search_call.searching"),
        QStringLiteral("response.file_search_call.completed"),
        QStringLiteral("response.code_interpreter_call.in_progress"),
        QStringLiteral("response.code_interpreter_call.interpreting"),
        QStringLiteral("response.code_interpreter_call.completed"),
        QStringLiteral("response.refusal.delta"),
        QStringLiteral("response.refusal.done")};
    return way == ConversationWay::Assistants ? assistants.contains(event) : responses.contains(event);
}
} // namespace

StreamReader::Changes StreamReader::apply(const OpenAi::SseEvent &e, Turn &turn)
{
    Changes c;
    if (m_way == ConversationWay::Assistants && e.event == QLatin1String("done"))
        return c;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(e.data, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        ++m_ignored;
        return c;
    }
    const QJsonObject data = doc.object();
    if (m_way == ConversationWay::Assistants) {
        applyAssistants(e.event, data, turn, c);
    } else {
        // Every Responses event names its type in the data too; a stream without `event:` lines still reads.
        const QString event = e.event == QLatin1String("message") ? str(data, "type") : e.event;
        applyResponses(event, data, turn, c);
    }
    return c;
}

// --- Assistants --------------------------------------------------------------------------------------------------

void StreamReader::applyAssistants(const QString &event, const QJsonObject &data, Turn &turn, Changes &c)
{
    if (event.startsWith(QLatin1String("thread.run.step."))) {
        stepEvent(event, data, event == QLatin1String("thread.run.step.delta"), turn, c);
    } else if (event.startsWith(QLatin1String("thread.run."))) {
        runEvent(event, data, turn, c);
    } else if (event == QLatin1String("thread.message.delta")) {
        const QString messageId = str(data, "id");
        for (const QJsonValue &v : arr(obj(data, "delta"), "content")) {
            const QJsonObject part = v.toObject();
            if (str(part, "type") != QLatin1String("text"))
                continue;
            const QJsonObject text = obj(part, "text");
            appendText(messageId, str(text, "value"), turn, c);
            for (const QJsonValue &a : arr(text, "annotations")) {
                const QJsonObject annotation = a.toObject();
                if (str(annotation, "type") != QLatin1String("file_citation"))
                    continue;
                const QJsonObject cited = obj(annotation, "file_citation");
                addCitation(Citation{str(cited, "file_id"), QString(), str(cited, "quote"), str(annotation, "text")},
                            turn, c);
            }
        }
        if (!data.value(QLatin1String("delta")).isObject())
            ++m_ignored;
    } else if (event == QLatin1String("thread.message.completed") || event == QLatin1String("thread.message.incomplete")) {
        QString text;
        QList<Citation> citations;
        for (const QJsonValue &v : arr(data, "content")) {
            const QJsonObject part = v.toObject();
            if (str(part, "type") != QLatin1String("text"))
                continue;
            text += str(obj(part, "text"), "value");
            for (const QJsonValue &a : arr(obj(part, "text"), "annotations")) {
                const QJsonObject annotation = a.toObject();
                if (str(annotation, "type") == QLatin1String("file_citation"))
                    citations.append(Citation{str(obj(annotation, "file_citation"), "file_id"), QString(),
                                              str(obj(annotation, "file_citation"), "quote"), str(annotation, "text")});
            }
        }
        if (str(data, "role") != QLatin1String("user"))
            setText(str(data, "id"), text, turn, c);
        for (const Citation &citation : std::as_const(citations))
            addCitation(citation, turn, c);
    } else if (event == QLatin1String("error")) {
        finish(ConversationState::Failed,
               str(data, "message").isEmpty() ? tr("The server reported an error.") : str(data, "message"), c);
    } else if (!isQuietEvent(m_way, event)) {
        ++m_ignored;
    }
}

void StreamReader::runEvent(const QString &event, const QJsonObject &run, Turn &turn, Changes &c)
{
    static const QSet<QString> active{QStringLiteral("queued"), QStringLiteral("in_progress"),
                                      QStringLiteral("requires_action"), QStringLiteral("cancelling")};
    if (!str(run, "id").isEmpty())
        m_runId = str(run, "id");
    m_runActive = active.contains(str(run, "status"));
    const QJsonObject usage = obj(run, "usage");
    if (!usage.isEmpty()) {
        const TokenUsage u{tokens(usage.value(QLatin1String("prompt_tokens"))),
                           tokens(usage.value(QLatin1String("completion_tokens")))};
        if (u != turn.usage) {
            turn.usage = u;
            c.usageChanged = true;
        }
    }
    if (event == QLatin1String("thread.run.requires_action")) {
        const QJsonArray calls = arr(obj(obj(run, "required_action"), "submit_tool_outputs"), "tool_calls");
        for (const QJsonValue &v : calls) {
            const QJsonObject call = v.toObject();
            const QJsonObject function = obj(call, "function");
            if (str(call, "type") != QLatin1String("function") || str(call, "id").isEmpty())
                continue;
            int index = -1;
            for (qsizetype i = 0; i < turn.functionCalls.size(); ++i)
                if (turn.functionCalls.at(i).callId == str(call, "id"))
                    index = int(i);
            if (index < 0) {
                turn.functionCalls.append(FunctionCall{str(call, "id"), str(function, "name"), str(function, "arguments"), {}});
                index = int(turn.functionCalls.size() - 1);
            }
            if (!turn.functionCalls.at(index).output && !m_newCalls.contains(index))
                m_newCalls << index;
        }
        if (m_newCalls.isEmpty())
            finish(ConversationState::Failed, tr("The assistant asked for an action this app cannot take."), c);
        else
            finish(ConversationState::WaitingForFunctionResult, {}, c);
    } else if (event == QLatin1String("thread.run.completed")) {
        finish(ConversationState::Done, {}, c);
    } else if (event == QLatin1String("thread.run.incomplete")) {
        const QString reason = str(obj(run, "incomplete_details"), "reason");
        finish(ConversationState::Incomplete,
               reason.isEmpty() ? tr("The server ended the answer early.")
                                : tr("The server ended the answer early (%1).").arg(reason),
               c);
    } else if (event == QLatin1String("thread.run.failed")) {
        const QString message = str(obj(run, "last_error"), "message");
        finish(ConversationState::Failed, message.isEmpty() ? tr("The run failed.") : message, c);
    } else if (event == QLatin1String("thread.run.expired")) {
        finish(ConversationState::Failed, tr("The run expired before it finished."), c);
    } else if (event == QLatin1String("thread.run.cancelled")) {
        finish(ConversationState::Stopped, {}, c);
    } else if (event != QLatin1String("thread.run.created") && event != QLatin1String("thread.run.queued")
               && event != QLatin1String("thread.run.in_progress") && !isQuietEvent(m_way, event)) {
        ++m_ignored;
    }
}

void StreamReader::stepEvent(const QString &event, const QJsonObject &step, bool delta, Turn &turn, Changes &c)
{
    const QString stepId = str(step, "id");
    const QJsonObject details = delta ? obj(obj(step, "delta"), "step_details") : obj(step, "step_details");
    if (str(details, "type") != QLatin1String("tool_calls"))
        return;
    const QJsonArray calls = arr(details, "tool_calls");
    const bool over = event != QLatin1String("thread.run.step.created") && event != QLatin1String("thread.run.step.in_progress")
                      && !delta;
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const QJsonObject call = calls.at(i).toObject();
        if (str(call, "type") != QLatin1String("code_interpreter"))
            continue;
        const qint64 position = delta ? jsonInteger(call.value(QLatin1String("index"))) : i;
        const int index = codeIndex(stepId + QLatin1Char(':') + QString::number(position), turn);
        CodeActivity &code = turn.code[index];
        const QJsonObject ci = obj(call, "code_interpreter");
        if (!str(call, "id").isEmpty())
            code.id = str(call, "id");
        if (delta) {
            code.input += str(ci, "input");
            code.outputs += logsOf(arr(ci, "outputs"));
        } else {
            if (!str(ci, "input").isEmpty() || over)
                code.input = str(ci, "input");
            if (!arr(ci, "outputs").isEmpty() || over)
                code.outputs = logsOf(arr(ci, "outputs"));
            code.finished = over;
        }
        if (!c.changedCode.contains(index))
            c.changedCode << index;
    }
}

// --- Responses ---------------------------------------------------------------------------------------------------

void StreamReader::applyResponses(const QString &event, const QJsonObject &data, Turn &turn, Changes &c)
{
    if (event == QLatin1String("response.created") || event == QLatin1String("response.in_progress")
        || event == QLatin1String("response.queued")) {
        if (!str(obj(data, "response"), "id").isEmpty())
            m_responseId = str(obj(data, "response"), "id");
    } else if (event == QLatin1String("response.output_item.added") || event == QLatin1String("response.output_item.done")) {
        responseItem(obj(data, "item"), event.endsWith(QLatin1String(".done")), turn, c);
    } else if (event == QLatin1String("response.output_text.delta")) {
        if (data.value(QLatin1String("delta")).isString())
            appendText(str(data, "item_id"), str(data, "delta"), turn, c);
        else
            ++m_ignored;
    } else if (event == QLatin1String("response.output_text.done")) {
        if (data.value(QLatin1String("text")).isString())
            setText(str(data, "item_id"), str(data, "text"), turn, c);
    } else if (event == QLatin1String("response.output_text.annotation.added")) {
        const QJsonObject annotation = obj(data, "annotation");
        if (str(annotation, "type") == QLatin1String("file_citation"))
            addCitation(Citation{str(annotation, "file_id"), str(annotation, "filename"),
                                 m_quotes.value(str(annotation, "file_id")), QString()},
                        turn, c);
    } else if (event == QLatin1String("response.function_call_arguments.delta")
               || event == QLatin1String("response.function_call_arguments.done")) {
        const auto it = m_calls.constFind(str(data, "item_id"));
        if (it == m_calls.cend() || *it >= turn.functionCalls.size()) {
            ++m_ignored;
            return;
        }
        FunctionCall &call = turn.functionCalls[*it];
        if (event.endsWith(QLatin1String(".delta")))
            call.arguments += str(data, "delta");
        else
            call.arguments = str(data, "arguments");
    } else if (event == QLatin1String("response.code_interpreter_call_code.delta")
               || event == QLatin1String("response.code_interpreter_call_code.done")) {
        const int index = codeIndex(str(data, "item_id"), turn);
        CodeActivity &code = turn.code[index];
        if (code.id.isEmpty())
            code.id = str(data, "item_id");
        if (event.endsWith(QLatin1String(".delta")))
            code.input += str(data, "delta");
        else
            code.input = str(data, "code");
        if (!c.changedCode.contains(index))
            c.changedCode << index;
    } else if (event == QLatin1String("response.completed") || event == QLatin1String("response.incomplete")
               || event == QLatin1String("response.failed")) {
        responseEnd(event, obj(data, "response"), turn, c);
    } else if (event == QLatin1String("error")) {
        finish(ConversationState::Failed,
               str(data, "message").isEmpty() ? tr("The server reported an error.") : str(data, "message"), c);
    } else if (!isQuietEvent(m_way, event)) {
        ++m_ignored;
    }
}

void StreamReader::responseItem(const QJsonObject &item, bool done, Turn &turn, Changes &c)
{
    const QString type = str(item, "type");
    const QString id = str(item, "id");
    if (type == QLatin1String("message")) {
        if (!done)
            return;
        QString text;
        QList<Citation> citations;
        for (const QJsonValue &v : arr(item, "content")) {
            const QJsonObject part = v.toObject();
            if (str(part, "type") != QLatin1String("output_text"))
                continue;
            text += str(part, "text");
            for (const QJsonValue &a : arr(part, "annotations")) {
                const QJsonObject annotation = a.toObject();
                if (str(annotation, "type") == QLatin1String("file_citation"))
                    citations.append(Citation{str(annotation, "file_id"), str(annotation, "filename"),
                                              m_quotes.value(str(annotation, "file_id")), QString()});
            }
        }
        setText(id, text, turn, c);
        for (const Citation &citation : std::as_const(citations))
            addCitation(citation, turn, c);
    } else if (type == QLatin1String("function_call")) {
        auto it = m_calls.find(id);
        if (it == m_calls.end()) {
            turn.functionCalls.append(FunctionCall{str(item, "call_id"), str(item, "name"), str(item, "arguments"), {}});
            it = m_calls.insert(id, int(turn.functionCalls.size() - 1));
        } else if (done) {
            turn.functionCalls[*it].arguments = str(item, "arguments");
        }
    } else if (type == QLatin1String("code_interpreter_call")) {
        const int index = codeIndex(id, turn);
        CodeActivity &code = turn.code[index];
        code.id = id;
        if (item.value(QLatin1String("code")).isString() && (done || !str(item, "code").isEmpty()))
            code.input = str(item, "code");
        if (done) {
            code.outputs = logsOf(arr(item, "outputs"));
            code.finished = true;
        }
        if (!c.changedCode.contains(index))
            c.changedCode << index;
    } else if (type == QLatin1String("file_search_call") && done) {
        for (const QJsonValue &v : arr(item, "results")) {
            const QJsonObject result = v.toObject();
            if (!m_quotes.contains(str(result, "file_id")))
                m_quotes.insert(str(result, "file_id"), str(result, "text"));
        }
        for (Citation &citation : turn.citations)
            if (citation.quote.isEmpty())
                citation.quote = m_quotes.value(citation.fileId);
    }
}

void StreamReader::responseEnd(const QString &event, const QJsonObject &response, Turn &turn, Changes &c)
{
    const QJsonObject usage = obj(response, "usage");
    if (!usage.isEmpty()) {
        turn.usage.input = plus(turn.usage.input, tokens(usage.value(QLatin1String("input_tokens"))));
        turn.usage.output = plus(turn.usage.output, tokens(usage.value(QLatin1String("output_tokens"))));
        c.usageChanged = true;
    }
    if (!str(response, "id").isEmpty())
        m_responseId = str(response, "id");
    if (event == QLatin1String("response.completed")) {
        for (const int index : std::as_const(m_calls))
            if (index < turn.functionCalls.size() && !turn.functionCalls.at(index).output && !m_newCalls.contains(index))
                m_newCalls << index;
        std::sort(m_newCalls.begin(), m_newCalls.end());
        finish(m_newCalls.isEmpty() ? ConversationState::Done : ConversationState::WaitingForFunctionResult, {}, c);
    } else if (event == QLatin1String("response.incomplete")) {
        const QString reason = str(obj(response, "incomplete_details"), "reason");
        finish(ConversationState::Incomplete,
               reason.isEmpty() ? tr("The server ended the answer early.")
                                : tr("The server ended the answer early (%1).").arg(reason),
               c);
    } else {
        const QString message = str(obj(response, "error"), "message");
        finish(ConversationState::Failed, message.isEmpty() ? tr("The response failed.") : message, c);
    }
}

// --- shared --------------------------------------------------------------------------------------------------------

void StreamReader::appendText(const QString &messageId, const QString &text, Turn &turn, Changes &c)
{
    if (!m_baseTaken) {
        m_answerBase = turn.answer;
        m_baseTaken = true;
    }
    qsizetype index = m_messageIds.indexOf(messageId);
    if (index < 0) {
        m_messageIds << messageId;
        m_messageTexts << QString();
        index = m_messageIds.size() - 1;
    }
    if (text.isEmpty())
        return;
    if (index == m_messageIds.size() - 1) {
        // The common case, a delta of the newest message: append (a blank line before a new message's first text).
        const QString piece = m_messageTexts.at(index).isEmpty() && !turn.answer.isEmpty() ? QStringLiteral("\n\n") + text
                                                                                            : text;
        m_messageTexts[index] += text;
        turn.answer += piece;
        c.textDelta += piece;
        return;
    }
    m_messageTexts[index] += text;
    setText(messageId, m_messageTexts.at(index), turn, c);
}

void StreamReader::setText(const QString &messageId, const QString &text, Turn &turn, Changes &c)
{
    if (!m_baseTaken) {
        m_answerBase = turn.answer;
        m_baseTaken = true;
    }
    qsizetype index = m_messageIds.indexOf(messageId);
    if (index < 0) {
        m_messageIds << messageId;
        m_messageTexts << QString();
        index = m_messageIds.size() - 1;
    }
    m_messageTexts[index] = text;
    QStringList parts;
    if (!m_answerBase.isEmpty())
        parts << m_answerBase;
    for (const QString &t : std::as_const(m_messageTexts))
        if (!t.isEmpty())
            parts << t;
    const QString answer = parts.join(QStringLiteral("\n\n"));
    if (answer == turn.answer)
        return;
    if (answer.startsWith(turn.answer))
        c.textDelta += answer.mid(turn.answer.size());
    else
        c.answerReplaced = true;
    turn.answer = answer;
}

void StreamReader::addCitation(const Citation &citation, Turn &turn, Changes &c)
{
    if (citation.fileId.isEmpty()) {
        ++m_ignored;
        return;
    }
    for (Citation &known : turn.citations) {
        if (known.fileId == citation.fileId && known.marker == citation.marker) {
            if (known.quote.isEmpty())
                known.quote = citation.quote;
            if (known.fileName.isEmpty())
                known.fileName = citation.fileName;
            return;
        }
    }
    turn.citations.append(citation);
    c.newCitations << int(turn.citations.size() - 1);
}

int StreamReader::codeIndex(const QString &key, Turn &turn)
{
    const auto it = m_code.constFind(key);
    if (it != m_code.cend() && *it < turn.code.size())
        return *it;
    turn.code.append(CodeActivity{});
    const int index = int(turn.code.size() - 1);
    m_code.insert(key, index);
    return index;
}

void StreamReader::finish(ConversationState state, const QString &error, Changes &c)
{
    m_finished = state;
    m_error = error;
    c.finished = state;
    c.error = error;
    if (m_way == ConversationWay::Assistants && state != ConversationState::WaitingForFunctionResult)
        m_runActive = false;
}
