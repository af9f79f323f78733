#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace rl::server {

// One thing a Chat Completions stream said, in the order it said it.
struct ChatDelta
{
    enum class Kind {
        Content, // text: a fragment of the reply
        Refusal, // text: a fragment of a refusal
        Reasoning, // text: a fragment of reasoning text (reasoning / reasoning_content)
        ToolCallStarted, // call: a new tool call (slot, id, name); its first arguments may follow
        ToolCallArguments, // call slot and text: a fragment of a call's arguments
        Finished, // finishReason: stop | length | tool_calls | content_filter | function_call
        Usage, // promptTokens, completionTokens
        Error, // errorMessage, errorType, errorCode: the upstream reported an error in the stream
    };
    Kind kind = Kind::Content;
    QString text;
    int slot = -1; // the call's position among this completion's calls, 0, 1, 2, ...
    QString callId; // the upstream's id (may be empty or repeated: see ChatStreamDecoder)
    QString name;
    QString finishReason;
    int promptTokens = -1;
    int completionTokens = -1;
    QString errorMessage;
    QString errorType;
    QString errorCode;
};

// Reads the data of one Chat Completions stream chunk after another and says what each adds,
// tolerant of how servers differ (../shared/api/CHAT_COMPLETIONS.md):
// - tool calls merge by index; a call whose id differs from the id already at its index is a
//   new call (Ollama has sent every parallel call at index 0); a call delivered whole in one
//   chunk, and arguments given as an object, are accepted;
// - reasoning text arrives as delta.reasoning or delta.reasoning_content;
// - usage may come on its own chunk (choices empty), on every chunk, or not at all: the last
//   one counts;
// - a chunk holding an "error" object is an error, whatever else it holds;
// - finish_reason may ride on the last content chunk or come on its own.
// Only choice 0 is read. Data that is not JSON is an error (the stream is not a completion).
class ChatStreamDecoder
{
    Q_DECLARE_TR_FUNCTIONS(rl::server::ChatStreamDecoder)

public:
    [[nodiscard]] QList<ChatDelta> decode(const QByteArray &data);

    [[nodiscard]] int callCount() const { return int(m_calls.size()); }
    [[nodiscard]] bool finished() const { return m_finished; }

private:
    void decodeToolCall(const QJsonObject &call, QList<ChatDelta> *out);

    struct Call
    {
        int index = -1; // the upstream's index
        QString id; // the upstream's id, if it gave one
    };
    QList<Call> m_calls; // by slot
    bool m_finished = false;
};

} // namespace rl::server
