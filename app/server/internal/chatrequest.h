#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace rl::server {

// One entry of a thread as the model sees it, oldest first: a message, or the function calls
// a run made (each with the output the client submitted).
struct TranscriptEntry
{
    QJsonObject message; // a thread.message, when this entry is a message
    QJsonArray toolCalls; // [{id, type: "function", function: {name, arguments, output}}], else
};

// What a run asks of the model: the run-level fields as the client sent them (create run or
// create thread and run, without "thread"), the assistant, and the thread so far.
struct ChatTurn
{
    QJsonObject request;
    QJsonObject assistant;
    QString model; // the request's model, else the assistant's
    QString instructions; // the run's: its own, else the assistant's (with additional_instructions)
    QList<TranscriptEntry> transcript;
};

// The Chat Completions request for one turn of a run, and what was left out to make it fit.
struct ChatRequest
{
    QJsonObject body;
    int droppedMessages = 0; // by truncation_strategy or max_prompt_tokens
    int estimatedPromptTokens = 0;
};

// Translates an Assistants run into a Chat Completions request:
// - system message: the run's instructions (ChatTurn::instructions);
// - thread messages in order (text, image_url parts with detail; an image_file part, which a chat
//   model cannot fetch, becomes a short text note), earlier runs' replies as assistant messages,
//   each tool exchange as the assistant message with tool_calls and one tool message per output;
// - model; temperature, top_p, response_format, function tools, tool_choice, parallel_tool_calls
//   and max_completion_tokens: the run's value, else the assistant's, else left out;
// - never metadata, assistant_id, truncation_strategy or tool_resources;
// - truncation_strategy last_messages N keeps the last N thread messages (and the tool
//   exchanges after the first one kept); max_prompt_tokens drops the oldest entries until the
//   estimate (about four characters a token) fits, keeping the newest message;
// - always stream: true with stream_options.include_usage.
class ChatRequestBuilder
{
    Q_DECLARE_TR_FUNCTIONS(rl::server::ChatRequestBuilder)

public:
    [[nodiscard]] static ChatRequest build(const ChatTurn &turn);
    // The value a run uses: the request's (null there means "not set"), else the assistant's.
    [[nodiscard]] static QJsonValue pick(const ChatTurn &turn, const QString &key);
    // About four characters a token, plus a few for each message's framing.
    [[nodiscard]] static int estimateTokens(const QJsonArray &messages);
};

} // namespace rl::server
