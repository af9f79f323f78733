#pragma once

#include "chatrequest.h"
#include "runengine.h"
#include "upstream.h"

#include <QPointer>
#include <QSet>

namespace rl::server {

// The engine that runs an Assistants run on a model behind a Chat Completions server: each turn
// is one streamed completion (ChatRequestBuilder), and its deltas become the run's events as
// they arrive: content and refusals a message, tool calls a tool_calls step and then
// requires_action; submitted outputs start the next turn on the same thread.
//
// max_completion_tokens is enforced here too (Ollama ignores it): after that many tokens (the
// upstream's count when it sends one, else one a delta) the completion is closed and the run
// ends incomplete. Reasoning text (reasoning, reasoning_content) is not part of the reply and
// is dropped. Usage is the sum over the run's completions.
class ChatRun : public RunEngine
{
    Q_OBJECT
public:
    ChatRun(Store *store, QString threadId, QString runId, Settings settings, UpstreamClient *upstream,
            QObject *parent = nullptr);
    ~ChatRun() override;

protected:
    void start() override;
    void resume() override;
    void stopWork() override;

private:
    void turn();
    void onDelta(const ChatDelta &delta);
    void onFinished();
    void onFailed(const UpstreamError &error);
    void countToken(const ChatDelta &delta);
    void closeMessage(MessageEnd end);
    void stopAtLimit();
    [[nodiscard]] QJsonObject callUsage() const;

    struct Call
    {
        QString id;
        QString name;
        QString arguments;
    };

    QPointer<UpstreamClient> m_upstream;
    QPointer<ChatCompletionCall> m_call;
    QSet<QString> m_usedCallIds;
    QList<Call> m_calls; // this turn's
    QString m_finishReason;
    int m_maxCompletion = 0;
    int m_maxPrompt = 0;
    int m_turnDeltas = 0; // tokens counted one a delta, this turn
    int m_turnPrompt = -1; // the upstream's counts for this turn, when it sent them
    int m_turnCompletion = -1;
    int m_runPrompt = 0; // sums over the finished turns
    int m_runCompletion = 0;
    bool m_messageOpen = false;
    bool m_toolStepOpen = false;
};

} // namespace rl::server
