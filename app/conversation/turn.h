// Plain value types of a conversation with an assistant (domain.md §12): one turn per user message, with what the
// assistant streamed back. No I/O, no Qt objects: copy freely.
#pragma once

#include "core/result.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

/// How a conversation runs: an Assistants-v2 thread and run (the pushed assistant), or POST /responses with the
/// record's Responses configuration (domain.md §9; also unsaved and never-pushed records).
enum class ConversationWay { Assistants, Responses };

/// The way's name in the CLI (--via), stored check results and JSON: "assistants" or "responses".
inline QString wayWireName(ConversationWay way)
{
    return way == ConversationWay::Assistants ? QStringLiteral("assistants") : QStringLiteral("responses");
}
inline std::optional<ConversationWay> wayFromWireName(const QString &name)
{
    if (name == QLatin1String("assistants"))
        return ConversationWay::Assistants;
    if (name == QLatin1String("responses"))
        return ConversationWay::Responses;
    return std::nullopt;
}

/// Where a conversation (or one turn) is. A turn is at rest in every state but Streaming.
enum class ConversationState {
    Idle,                       // no turn yet
    Streaming,                  // the answer is arriving
    WaitingForFunctionResult,   // the assistant called a function; its result is needed to go on
    Done,                       // the answer is complete
    Incomplete,                 // the answer broke off; what arrived is kept (Retry resends the turn)
    Failed,                     // nothing (more) could be had: the error says why
    Stopped,                    // the user stopped it
    Closed,                     // the conversation is over (its thread deleted)
};

/// A file-search citation in an answer.
struct Citation {
    QString fileId;     // the server's file id
    QString fileName;   // the workspace file's name when known, else the server's filename, else the id
    QString quote;      // the cited text when the server sent it (may be empty)
    QString marker;     // Assistants: the text in the answer the citation replaces, e.g. "【4:0†faq.pdf】"
    friend bool operator==(const Citation &, const Citation &) = default;
};

/// One code-interpreter call: the code it ran and what that printed.
struct CodeActivity {
    QString id;
    QString input;
    QStringList outputs;   // log outputs, in order
    bool finished = false;
    friend bool operator==(const CodeActivity &, const CodeActivity &) = default;
};

/// A call of one of the assistant's function tools.
struct FunctionCall {
    QString callId;
    QString name;
    QString arguments;              // JSON text, as the model wrote it
    std::optional<QString> output;  // the result it was answered with
    friend bool operator==(const FunctionCall &, const FunctionCall &) = default;
};

struct TokenUsage {
    qint64 input = 0;    // prompt / input tokens
    qint64 output = 0;   // completion / output tokens
    friend bool operator==(const TokenUsage &, const TokenUsage &) = default;
};

/// One user message and the assistant's answer to it.
struct Turn {
    QString userMessage;
    QString answer;                     // the text so far; final once the turn is Done (file-search markers kept)
    QList<Citation> citations;
    QList<CodeActivity> code;
    QList<FunctionCall> functionCalls;  // every call of this turn, in order, with its output once given
    TokenUsage usage;
    ConversationState state = ConversationState::Streaming;
    QString error;                      // Failed, Incomplete: why (translated)
    std::optional<ErrorKind> errorKind; // Failed: the kind of the error; Network too when the stream broke off
    friend bool operator==(const Turn &, const Turn &) = default;
};

Q_DECLARE_METATYPE(Citation)
Q_DECLARE_METATYPE(FunctionCall)
Q_DECLARE_METATYPE(TokenUsage)
