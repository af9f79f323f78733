#pragma once

#include "fakehttpserver.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace rl::test {

// A loopback fake Chat Completions server for the bridge tests, scripted per case by the last
// message it is sent (directives in square brackets in the user's text):
//   (none)                  "You said: TEXT", one word a chunk
//   [words N]               N words
//   [tool NAME {ARGS}] ...  function calls (several: parallel calls); after the tool messages
//                           come back: "The tool said: OUTPUTS"
//   [refuse TEXT]           a refusal
//   [reason]                reasoning text first (reasoning_content; Ollama: reasoning)
//   [length N]              N words, then finish_reason length
//   [filter]                a few words, then finish_reason content_filter
//   [status CODE]           an HTTP error before any stream (401, 429, 500, 404 unknown model)
//   [stream-error]          an error chunk after two words (HTTP 200)
//   [cut]                   the connection is cut after two words, without [DONE]
//   [slow]                  100 ms between chunks (to cancel)
// OpenAI-like mode: tool-call arguments in fragments, usage only with stream_options,
// max_completion_tokens obeyed (finish_reason length). Ollama-like mode: each call whole in one
// chunk and every parallel call at index 0 (new id), max_completion_tokens ignored, usage always.
// GET /models lists fake-model-1 and fake-model-2. With a key set, other keys get 401.
// Every request is kept (requests(), chatBodies()).
class FakeChatServer : public FakeHttpServer
{
    Q_OBJECT

public:
    enum class Mode { OpenAI, Ollama };

    explicit FakeChatServer(Mode mode = Mode::OpenAI, QObject *parent = nullptr);

    void setRequiredKey(const QString &key) { m_key = key; }
    [[nodiscard]] Mode mode() const { return m_mode; }
    // The JSON bodies of the POST /chat/completions received, oldest first.
    [[nodiscard]] QList<QJsonObject> chatBodies() const;

    // The reply to one chat request (public for the stand-alone fake's tests).
    [[nodiscard]] FakeReply answer(const QJsonObject &body) const;

private:
    Mode m_mode;
    QString m_key;
};

} // namespace rl::test
