#include "chatrun.h"

#include "objects.h"
#include "store.h"

#include <QTimer>

namespace rl::server {

using namespace Qt::StringLiterals;

namespace {

const QJsonValue Null = QJsonValue(QJsonValue::Null);

} // namespace

ChatRun::ChatRun(Store *store, QString threadId, QString runId, Settings settings, UpstreamClient *upstream,
                 QObject *parent)
    : RunEngine(store, std::move(threadId), std::move(runId), settings, parent)
    , m_upstream(upstream)
{
    const RunPlan plan = RunPlan::of(run());
    m_maxCompletion = plan.maxCompletionTokens;
    m_maxPrompt = plan.maxPromptTokens;
}

ChatRun::~ChatRun()
{
    ChatRun::stopWork(); // this class's own: no virtual dispatch during destruction
}

void ChatRun::start()
{
    QTimer::singleShot(0, this, &ChatRun::turn);
}

void ChatRun::resume()
{
    QTimer::singleShot(0, this, &ChatRun::turn);
}

void ChatRun::stopWork()
{
    if (m_call) {
        m_call->abort(); // closes the upstream request at once
    }
    m_call = nullptr;
}

QJsonObject ChatRun::callUsage() const
{
    const int prompt = qMax(0, m_turnPrompt);
    const int completion = m_turnCompletion >= 0 ? m_turnCompletion : m_turnDeltas;
    return usage(prompt, completion);
}

void ChatRun::turn()
{
    if (isDone() || !m_upstream) {
        return;
    }
    if (!m_upstream->isEnabled()) {
        fail(u"server_error"_s, tr("The built-in server was switched to the offline simulator during this run."));
        return;
    }
    setInProgress();
    const QJsonObject r = run();
    ChatTurn chat;
    chat.request = store()->runRequest(threadId(), runId());
    chat.assistant = store()->assistantGiven(r.value(u"assistant_id"_s).toString());
    chat.model = r.value(u"model"_s).toString();
    chat.instructions = RunPlan::of(r).instructions;
    for (const QJsonObject &entry : store()->transcript(threadId())) {
        TranscriptEntry e;
        if (entry.value(u"object"_s).toString() == u"thread.message"_s) {
            e.message = entry;
        } else {
            e.toolCalls = entry.value(u"step_details"_s).toObject().value(u"tool_calls"_s).toArray();
        }
        chat.transcript.append(e);
    }
    const ChatRequest request = ChatRequestBuilder::build(chat);
    m_calls.clear();
    m_finishReason.clear();
    m_turnDeltas = 0;
    m_turnPrompt = -1;
    m_turnCompletion = -1;
    m_messageOpen = false;
    m_toolStepOpen = false;
    ChatCompletionCall *call = m_upstream->streamChat(request.body);
    m_call = call;
    connect(call, &ChatCompletionCall::deltaReceived, this, &ChatRun::onDelta);
    connect(call, &ChatCompletionCall::finished, this, &ChatRun::onFinished);
    connect(call, &ChatCompletionCall::failed, this, &ChatRun::onFailed);
}

void ChatRun::countToken(const ChatDelta &delta)
{
    if (delta.kind == ChatDelta::Kind::Content || delta.kind == ChatDelta::Kind::Refusal
        || delta.kind == ChatDelta::Kind::ToolCallArguments) {
        ++m_turnDeltas;
    }
    const int turnCompletion = m_turnCompletion >= 0 ? m_turnCompletion : m_turnDeltas;
    setUsage(m_runPrompt + qMax(0, m_turnPrompt), m_runCompletion + turnCompletion);
}

void ChatRun::onDelta(const ChatDelta &delta)
{
    if (isDone()) {
        return;
    }
    switch (delta.kind) {
    case ChatDelta::Kind::Content:
    case ChatDelta::Kind::Refusal:
        if (m_toolStepOpen) {
            break; // text after tool calls has no place in the run: the calls are what counts
        }
        if (!m_messageOpen) {
            beginMessage();
            m_messageOpen = true;
        }
        if (delta.kind == ChatDelta::Kind::Content) {
            appendText(delta.text);
        } else {
            appendRefusal(delta.text);
        }
        break;
    case ChatDelta::Kind::Reasoning:
        return; // not part of the reply (documented in docs/local-server.md)
    case ChatDelta::Kind::ToolCallStarted: {
        if (m_messageOpen) {
            closeMessage(MessageEnd::Completed); // what the model said before calling
        }
        if (!m_toolStepOpen) {
            beginStep(u"tool_calls"_s,
                      QJsonObject { { u"type"_s, u"tool_calls"_s }, { u"tool_calls"_s, QJsonArray() } });
            m_toolStepOpen = true;
        }
        QString id = delta.callId;
        if (id.isEmpty() || m_usedCallIds.contains(id)) {
            id = Store::newId(u"call_"_s);
        }
        m_usedCallIds.insert(id);
        while (m_calls.size() <= delta.slot) {
            m_calls.append(Call());
        }
        m_calls[delta.slot].id = id;
        m_calls[delta.slot].name = delta.name;
        emitStepDelta(QJsonObject { { u"type"_s, u"tool_calls"_s },
                                    { u"tool_calls"_s,
                                      QJsonArray { QJsonObject { { u"index"_s, delta.slot },
                                                                 { u"id"_s, id },
                                                                 { u"type"_s, u"function"_s },
                                                                 { u"function"_s,
                                                                   QJsonObject { { u"name"_s, delta.name },
                                                                                 { u"arguments"_s, u""_s },
                                                                                 { u"output"_s, Null } } } } } } });
        break;
    }
    case ChatDelta::Kind::ToolCallArguments:
        if (delta.slot < 0 || delta.slot >= m_calls.size()) {
            return;
        }
        m_calls[delta.slot].arguments += delta.text;
        emitStepDelta(QJsonObject {
            { u"type"_s, u"tool_calls"_s },
            { u"tool_calls"_s,
              QJsonArray { QJsonObject { { u"index"_s, delta.slot },
                                         { u"type"_s, u"function"_s },
                                         { u"function"_s, QJsonObject { { u"arguments"_s, delta.text } } } } } } });
        break;
    case ChatDelta::Kind::Finished:
        m_finishReason = delta.finishReason;
        return;
    case ChatDelta::Kind::Usage:
        if (delta.promptTokens >= 0) {
            m_turnPrompt = delta.promptTokens;
        }
        if (delta.completionTokens >= 0) {
            m_turnCompletion = delta.completionTokens;
        }
        break;
    case ChatDelta::Kind::Error:
        return; // reported by the call as failed()
    }
    countToken(delta);
    if (m_maxCompletion > 0 && completionTokens() >= m_maxCompletion && m_finishReason.isEmpty()
        && delta.kind != ChatDelta::Kind::Usage) {
        stopAtLimit();
    }
}

void ChatRun::closeMessage(MessageEnd end)
{
    finishMessage(end, callUsage());
    m_messageOpen = false;
}

void ChatRun::stopAtLimit()
{
    // The upstream ignored max_completion_tokens (or counts differently): stop reading.
    stopWork(); // the run's usage is already counted up to here
    if (m_toolStepOpen) {
        updateStep(
            [](QJsonObject &s) {
                s.insert(u"status"_s, u"cancelled"_s);
                s.insert(u"cancelled_at"_s, Store::now());
            },
            u"thread.run.step.cancelled"_s);
        m_toolStepOpen = false;
    }
    if (!m_messageOpen) {
        beginMessage();
        m_messageOpen = true;
    }
    closeMessage(MessageEnd::MaxTokens);
    endIncomplete(QLatin1String(incompleteReason::maxCompletionTokens));
}

void ChatRun::onFinished()
{
    m_call = nullptr;
    if (isDone()) {
        return;
    }
    const QJsonObject turnUsage = callUsage();
    m_runPrompt += qMax(0, m_turnPrompt);
    m_runCompletion += m_turnCompletion >= 0 ? m_turnCompletion : m_turnDeltas;
    setUsage(m_runPrompt, m_runCompletion);

    if (m_toolStepOpen && !m_calls.isEmpty()) {
        QJsonArray toolCalls;
        for (const Call &call : std::as_const(m_calls)) {
            toolCalls.append(QJsonObject { { u"id"_s, call.id },
                                           { u"type"_s, u"function"_s },
                                           { u"function"_s,
                                             QJsonObject { { u"name"_s, call.name },
                                                           { u"arguments"_s, call.arguments },
                                                           { u"output"_s, Null } } } });
        }
        updateStep([&turnUsage](QJsonObject &s) { s.insert(u"usage"_s, turnUsage); });
        m_toolStepOpen = false;
        requireAction(toolCalls);
        return;
    }
    if (!m_messageOpen) {
        beginMessage(); // an empty answer is still a message
        m_messageOpen = true;
    }
    if (m_finishReason == u"length"_s) {
        closeMessage(MessageEnd::MaxTokens);
        endIncomplete(QLatin1String(incompleteReason::maxCompletionTokens));
        return;
    }
    if (m_maxPrompt > 0 && m_turnPrompt > m_maxPrompt) {
        closeMessage(MessageEnd::MaxTokens);
        endIncomplete(QLatin1String(incompleteReason::maxPromptTokens));
        return;
    }
    closeMessage(m_finishReason == u"content_filter"_s ? MessageEnd::ContentFilter : MessageEnd::Completed);
    endRun(u"completed"_s, u"thread.run.completed"_s);
}

void ChatRun::onFailed(const UpstreamError &error)
{
    m_call = nullptr;
    if (isDone() || !m_upstream) {
        return;
    }
    const QString message = m_upstream->describe(error);
    const QString code = error.kind == UpstreamError::Kind::Http && error.httpStatus == 429 ? u"rate_limit_exceeded"_s
                                                                                            : u"server_error"_s;
    if (m_messageOpen) {
        finishMessage(MessageEnd::RunFailed, callUsage(), message); // the words so far stay
        m_messageOpen = false;
    }
    if (m_toolStepOpen) {
        updateStep(
            [&message, &code](QJsonObject &s) {
                s.insert(u"status"_s, u"failed"_s);
                s.insert(u"failed_at"_s, Store::now());
                s.insert(u"last_error"_s, QJsonObject { { u"code"_s, code }, { u"message"_s, message } });
            },
            u"thread.run.step.failed"_s);
        m_toolStepOpen = false;
    }
    fail(code, message);
}

} // namespace rl::server
