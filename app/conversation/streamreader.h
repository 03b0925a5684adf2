// Reads the events of one streamed answer into a Turn: Assistants run streams (AssistantStreamEvent) or Responses
// streams (ResponseStreamEvent). Pure: no I/O, no signals; the Conversation drives it and reports the changes.
//
// Promises:
// - Text deltas are appended to Turn::answer as they come; the final text of a message (thread.message.completed,
//   response.output_text.done / output_item.done) replaces what the deltas built when they differ. Several messages
//   in one turn are joined with a blank line.
// - Citations (file_citation annotations) are added once each, with the quote when the server sent one (Assistants:
//   file_citation.quote; Responses: the text of the file_search_call result for that file, when `include` asked).
//   Names are left to the caller, except the server's `filename` (Responses) as a fallback.
// - Code-interpreter calls (run steps / code_interpreter_call items) become CodeActivity entries: input and logs.
// - Function calls (requires_action / function_call items) are added to Turn::functionCalls; `finished` is then
//   WaitingForFunctionResult.
// - Usage: Assistants take the run's usage (one run spans a turn's function calls); Responses add each response's.
// - The final state comes from the run's or response's end (completed → Done, requires_action or function calls →
//   WaitingForFunctionResult, incomplete → Incomplete, failed / expired / error → Failed, cancelled → Stopped).
// - Malformed data (not JSON, wrong types) and unknown event types change nothing and are counted in ignored();
//   nothing in an event can make it crash, and the turn grows only by what the events carry.
#pragma once

#include "conversation/turn.h"
#include "openai/sse.h"

#include <QHash>
#include <QString>

#include <optional>

class StreamReader
{
public:
    /// What one event changed.
    struct Changes {
        QString textDelta;              // appended to the answer
        bool answerReplaced = false;    // the answer was set to a message's final text
        QList<int> newCitations;        // indexes into Turn::citations
        QList<int> changedCode;         // indexes into Turn::code
        bool usageChanged = false;
        std::optional<ConversationState> finished;   // the stream's final state, once it is known
        QString error;                  // with Failed / Incomplete: why (translated)
    };

    explicit StreamReader(ConversationWay way) : m_way(way) {}

    Changes apply(const OpenAi::SseEvent &event, Turn &turn);

    /// Assistants: the run this stream is about, and whether it may still be active at the server.
    QString runId() const { return m_runId; }
    bool runActive() const { return m_runActive; }
    /// Responses: the response this stream created (from response.created on).
    QString responseId() const { return m_responseId; }
    /// Function calls this stream made that wait for a result (Turn::functionCalls indexes).
    QList<int> newCalls() const { return m_newCalls; }
    std::optional<ConversationState> finished() const { return m_finished; }
    /// With a Failed or Incomplete end: why (translated).
    QString error() const { return m_error; }
    int ignored() const { return m_ignored; }

private:
    void applyAssistants(const QString &event, const QJsonObject &data, Turn &turn, Changes &c);
    void applyResponses(const QString &event, const QJsonObject &data, Turn &turn, Changes &c);
    void runEvent(const QString &event, const QJsonObject &run, Turn &turn, Changes &c);
    void stepEvent(const QString &event, const QJsonObject &step, bool delta, Turn &turn, Changes &c);
    void responseEnd(const QString &event, const QJsonObject &response, Turn &turn, Changes &c);
    void responseItem(const QJsonObject &item, bool done, Turn &turn, Changes &c);
    void appendText(const QString &messageId, const QString &text, Turn &turn, Changes &c);
    void setText(const QString &messageId, const QString &text, Turn &turn, Changes &c);
    void addCitation(const Citation &citation, Turn &turn, Changes &c);
    int codeIndex(const QString &key, Turn &turn);
    void finish(ConversationState state, const QString &error, Changes &c);

    ConversationWay m_way;
    QString m_runId;
    bool m_runActive = false;
    QString m_responseId;
    QStringList m_messageIds;              // the turn's messages, in order (their texts make the answer)
    QStringList m_messageTexts;
    QString m_answerBase;                  // the answer before this stream (earlier messages of the turn)
    bool m_baseTaken = false;
    QHash<QString, int> m_code;            // step id + call index, or item id → Turn::code index
    QHash<QString, int> m_calls;           // Responses function_call item id → Turn::functionCalls index
    QHash<QString, QString> m_quotes;      // file id → cited text from file_search_call results
    QList<int> m_newCalls;
    std::optional<ConversationState> m_finished;
    QString m_error;
    int m_ignored = 0;
};
