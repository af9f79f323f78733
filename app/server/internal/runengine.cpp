#include "runengine.h"

#include "objects.h"
#include "replygenerator.h"
#include "ssestream.h"
#include "store.h"

#include <utility>

namespace rl::server {

using namespace Qt::StringLiterals;

namespace {

const QJsonValue Null = QJsonValue(QJsonValue::Null);

QJsonObject textPart(const QString &text)
{
    return QJsonObject { { u"type"_s, u"text"_s },
                         { u"text"_s, QJsonObject { { u"value"_s, text }, { u"annotations"_s, QJsonArray() } } } };
}

// ['call_a', 'call_b'], the way the API prints a list of ids.
QString pythonList(const QStringList &ids)
{
    QStringList quoted;
    for (const QString &id : ids) {
        quoted.append(u"'"_s + id + u"'"_s);
    }
    return u"["_s + quoted.join(u", "_s) + u"]"_s;
}

QJsonArray pendingCalls(const QJsonObject &run)
{
    return run.value(u"required_action"_s)
        .toObject()
        .value(u"submit_tool_outputs"_s)
        .toObject()
        .value(u"tool_calls"_s)
        .toArray();
}

} // namespace

RunEngine::RunEngine(Store *store, QString threadId, QString runId, Settings settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_threadId(std::move(threadId))
    , m_runId(std::move(runId))
    , m_settings(settings)
{
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, &RunEngine::expire);
}

RunEngine::~RunEngine()
{
    if (m_stream) {
        m_stream->end();
    }
}

QJsonObject RunEngine::usage(int prompt, int completion)
{
    return QJsonObject { { u"prompt_tokens"_s, prompt },
                         { u"completion_tokens"_s, completion },
                         { u"total_tokens"_s, prompt + completion } };
}

QJsonObject RunEngine::run() const
{
    return m_store->run(m_threadId, m_runId);
}

void RunEngine::saveRun(const QJsonObject &run)
{
    m_store->putRun(run);
}

void RunEngine::attach(SseStream *stream)
{
    m_stream = stream;
}

void RunEngine::emitEvent(const QString &name, const QJsonObject &data)
{
    if (m_stream) {
        m_stream->sendEvent(name, data);
    }
}

void RunEngine::emitRun(const QString &name)
{
    emitEvent(name, run());
}

void RunEngine::begin()
{
    emitRun(u"thread.run.created"_s);
    emitRun(u"thread.run.queued"_s);
    start();
}

void RunEngine::setInProgress()
{
    QJsonObject r = run();
    r.insert(u"status"_s, u"in_progress"_s);
    if (r.value(u"started_at"_s).isNull()) {
        r.insert(u"started_at"_s, Store::now());
    }
    saveRun(r);
    emitRun(u"thread.run.in_progress"_s);
}

void RunEngine::setUsage(int prompt, int completion)
{
    m_prompt = prompt;
    m_completion = completion;
}

QString RunEngine::beginStep(const QString &type, const QJsonObject &details)
{
    const QJsonObject step = Objects::step(run(), type, details, Store::now());
    m_stepId = step.value(u"id"_s).toString();
    m_store->putStep(step);
    emitEvent(u"thread.run.step.created"_s, step);
    emitEvent(u"thread.run.step.in_progress"_s, step);
    return m_stepId;
}

void RunEngine::emitStepDelta(const QJsonObject &stepDetails)
{
    emitEvent(u"thread.run.step.delta"_s,
              QJsonObject { { u"id"_s, m_stepId },
                            { u"object"_s, u"thread.run.step.delta"_s },
                            { u"delta"_s, QJsonObject { { u"step_details"_s, stepDetails } } } });
}

void RunEngine::updateStep(const std::function<void(QJsonObject &)> &edit, const QString &event)
{
    QJsonObject step = m_store->step(m_threadId, m_runId, m_stepId);
    if (step.isEmpty()) {
        return;
    }
    edit(step);
    m_store->putStep(step);
    if (!event.isEmpty()) {
        emitEvent(event, step);
    }
}

void RunEngine::completeStep(const QJsonObject &stepUsage, const QString &event)
{
    updateStep(
        [&stepUsage](QJsonObject &s) {
            s.insert(u"status"_s, u"completed"_s);
            s.insert(u"completed_at"_s, Store::now());
            s.insert(u"usage"_s, stepUsage);
        },
        event);
    m_stepId.clear();
}

void RunEngine::beginMessage()
{
    m_messageText.clear();
    m_refusalText.clear();
    m_sentRole = false;
    const QJsonObject message
        = Objects::assistantMessage(m_threadId, m_runId, run().value(u"assistant_id"_s).toString(), Store::now());
    m_messageId = message.value(u"id"_s).toString();
    beginStep(u"message_creation"_s,
              QJsonObject { { u"type"_s, u"message_creation"_s },
                            { u"message_creation"_s, QJsonObject { { u"message_id"_s, m_messageId } } } });
    m_store->putMessage(message);
    emitEvent(u"thread.message.created"_s, message);
    emitEvent(u"thread.message.in_progress"_s, message);
}

void RunEngine::appendPart(int index, const QString &type, const QString &fragment, const QJsonObject &deltaPart)
{
    m_store->appendMessagePart(m_threadId, m_messageId, index, type, fragment);
    QJsonObject part = deltaPart;
    part.insert(u"index"_s, index);
    QJsonObject delta { { u"content"_s, QJsonArray { part } } };
    if (!m_sentRole) {
        m_sentRole = true;
        delta.insert(u"role"_s, u"assistant"_s);
    }
    emitEvent(
        u"thread.message.delta"_s,
        QJsonObject { { u"id"_s, m_messageId }, { u"object"_s, u"thread.message.delta"_s }, { u"delta"_s, delta } });
}

void RunEngine::appendText(const QString &fragment)
{
    m_messageText += fragment;
    appendPart(0, u"text"_s, fragment, textPart(fragment));
}

void RunEngine::appendRefusal(const QString &fragment)
{
    m_refusalText += fragment;
    const int index = m_messageText.isEmpty() ? 0 : 1;
    appendPart(index, u"refusal"_s, fragment, QJsonObject { { u"type"_s, u"refusal"_s }, { u"refusal"_s, fragment } });
}

QString RunEngine::messageText() const
{
    return m_messageText;
}

void RunEngine::finishMessage(MessageEnd end, const QJsonObject &stepUsage, const QString &failure)
{
    const qint64 now = Store::now();
    QJsonObject message = m_store->message(m_threadId, m_messageId);
    if (!message.isEmpty() && message.value(u"status"_s).toString() == u"in_progress"_s) {
        QJsonArray content;
        if (!m_messageText.isEmpty() || m_refusalText.isEmpty()) {
            content.append(textPart(m_messageText));
        }
        if (!m_refusalText.isEmpty()) {
            content.append(QJsonObject { { u"type"_s, u"refusal"_s }, { u"refusal"_s, m_refusalText } });
        }
        message.insert(u"content"_s, content);
        if (end == MessageEnd::Completed) {
            message.insert(u"status"_s, u"completed"_s);
            message.insert(u"completed_at"_s, now);
            m_store->putMessage(message);
            emitEvent(u"thread.message.completed"_s, message);
        } else {
            const QString reason = end == MessageEnd::RunFailed ? u"run_failed"_s
                : end == MessageEnd::ContentFilter              ? u"content_filter"_s
                                                                : u"max_tokens"_s;
            message.insert(u"status"_s, u"incomplete"_s);
            message.insert(u"incomplete_at"_s, now);
            message.insert(u"incomplete_details"_s, QJsonObject { { u"reason"_s, reason } });
            m_store->putMessage(message);
            emitEvent(u"thread.message.incomplete"_s, message);
        }
    }
    if (end == MessageEnd::RunFailed) {
        updateStep(
            [&stepUsage, now, &failure](QJsonObject &s) {
                s.insert(u"status"_s, u"failed"_s);
                s.insert(u"failed_at"_s, now);
                s.insert(u"last_error"_s, QJsonObject { { u"code"_s, u"server_error"_s }, { u"message"_s, failure } });
                s.insert(u"usage"_s, stepUsage);
            },
            u"thread.run.step.failed"_s);
        m_stepId.clear();
    } else {
        completeStep(stepUsage);
    }
    m_messageId.clear();
}

void RunEngine::requireAction(const QJsonArray &toolCalls)
{
    QJsonArray required;
    for (const QJsonValue value : toolCalls) {
        const QJsonObject call = value.toObject();
        const QJsonObject fn = call.value(u"function"_s).toObject();
        required.append(QJsonObject {
            { u"id"_s, call.value(u"id"_s) },
            { u"type"_s, u"function"_s },
            { u"function"_s,
              QJsonObject { { u"name"_s, fn.value(u"name"_s) }, { u"arguments"_s, fn.value(u"arguments"_s) } } } });
    }
    updateStep([&toolCalls](QJsonObject &s) {
        s.insert(u"step_details"_s, QJsonObject { { u"type"_s, u"tool_calls"_s }, { u"tool_calls"_s, toolCalls } });
    });
    QJsonObject waiting = run();
    waiting.insert(u"status"_s, u"requires_action"_s);
    waiting.insert(u"required_action"_s,
                   QJsonObject { { u"type"_s, u"submit_tool_outputs"_s },
                                 { u"submit_tool_outputs"_s, QJsonObject { { u"tool_calls"_s, required } } } });
    waiting.insert(u"expires_at"_s, Store::now() + m_settings.expireSeconds);
    saveRun(waiting);
    emitRun(u"thread.run.requires_action"_s);
    finishStream();
    m_expiry.start(qMax(0, m_settings.expireSeconds) * 1000);
}

std::optional<ServerError> RunEngine::validateToolOutputs(const QJsonArray &outputs) const
{
    const QJsonObject r = run();
    const QString status = r.value(u"status"_s).toString();
    if (status != u"requires_action"_s) {
        return ServerError::conflict(tr("Runs in status \"%1\" do not accept tool outputs.").arg(status));
    }
    QStringList expected;
    for (const auto &c : pendingCalls(r)) {
        expected.append(c.toObject().value(u"id"_s).toString());
    }
    QStringList given;
    for (qsizetype i = 0; i < outputs.size(); ++i) {
        const QString id = outputs.at(i).toObject().value(u"tool_call_id"_s).toString();
        const QString param = u"tool_outputs["_s + QString::number(i) + u"].tool_call_id"_s;
        if (!expected.contains(id)) {
            return ServerError::invalidBody(param,
                                            tr("Invalid '%1': no pending tool call has the id '%2'. Expected "
                                               "one of %3.")
                                                .arg(param, id, pythonList(expected)));
        }
        if (given.contains(id)) {
            return ServerError::invalidBody(param, tr("Invalid '%1': duplicate tool call id '%2'.").arg(param, id));
        }
        given.append(id);
    }
    if (given.size() != expected.size()) {
        return ServerError::invalidBody(
            u"tool_outputs"_s,
            tr("Expected tool outputs for call_ids %1, got %2").arg(pythonList(expected), pythonList(given)));
    }
    return std::nullopt;
}

void RunEngine::submitToolOutputs(const QJsonArray &outputs, SseStream *stream)
{
    QJsonObject r = run();
    QHash<QString, QString> byId;
    for (const auto &o : outputs) {
        const QJsonObject out = o.toObject();
        byId.insert(out.value(u"tool_call_id"_s).toString(), out.value(u"output"_s).toString());
    }
    m_expiry.stop();
    m_toolOutputs.clear();
    for (const auto &c : pendingCalls(r)) {
        const QJsonObject call = c.toObject();
        m_toolOutputs.append({ call.value(u"function"_s).toObject().value(u"name"_s).toString(),
                               byId.value(call.value(u"id"_s).toString()) });
    }
    attach(stream);
    const int prompt = m_prompt;
    updateStep(
        [&byId, prompt](QJsonObject &s) {
            QJsonObject details = s.value(u"step_details"_s).toObject();
            QJsonArray toolCalls = details.value(u"tool_calls"_s).toArray();
            int words = 0;
            for (qsizetype i = 0; i < toolCalls.size(); ++i) {
                QJsonObject call = toolCalls.at(i).toObject();
                QJsonObject fn = call.value(u"function"_s).toObject();
                fn.insert(u"output"_s, byId.value(call.value(u"id"_s).toString()));
                words += ReplyGenerator::countWords(fn.value(u"arguments"_s).toString());
                call.insert(u"function"_s, fn);
                toolCalls.replace(i, call);
            }
            details.insert(u"tool_calls"_s, toolCalls);
            s.insert(u"step_details"_s, details);
            s.insert(u"status"_s, u"completed"_s);
            s.insert(u"completed_at"_s, Store::now());
            if (s.value(u"usage"_s).isNull()) {
                s.insert(u"usage"_s, usage(prompt, words));
            }
        },
        u"thread.run.step.completed"_s);
    m_stepId.clear();
    r = run();
    r.insert(u"status"_s, u"queued"_s);
    r.insert(u"required_action"_s, Null);
    r.insert(u"expires_at"_s, Store::now() + m_settings.expireSeconds);
    saveRun(r);
    emitRun(u"thread.run.queued"_s);
    resume();
}

std::optional<ServerError> RunEngine::cancel()
{
    QJsonObject r = run();
    const QString status = r.value(u"status"_s).toString();
    if (m_done || (status != u"queued"_s && status != u"in_progress"_s && status != u"requires_action"_s)) {
        return ServerError::conflict(tr("Cannot cancel run with status '%1'.").arg(status));
    }
    stopWork();
    m_expiry.stop();
    r.insert(u"status"_s, u"cancelling"_s);
    saveRun(r);
    emitRun(u"thread.run.cancelling"_s);
    QTimer::singleShot(cancelDelayMs(), this, &RunEngine::finishCancel);
    return std::nullopt;
}

void RunEngine::finishCancel()
{
    if (m_done) {
        return;
    }
    QJsonObject message = m_store->message(m_threadId, m_messageId);
    if (!message.isEmpty() && message.value(u"status"_s).toString() == u"in_progress"_s) {
        message.insert(u"status"_s, u"incomplete"_s);
        message.insert(u"incomplete_at"_s, Store::now());
        message.insert(u"incomplete_details"_s, QJsonObject { { u"reason"_s, u"run_cancelled"_s } });
        m_store->putMessage(message);
        emitEvent(u"thread.message.incomplete"_s, message);
    }
    if (m_store->step(m_threadId, m_runId, m_stepId).value(u"status"_s).toString() == u"in_progress"_s) {
        updateStep(
            [](QJsonObject &s) {
                s.insert(u"status"_s, u"cancelled"_s);
                s.insert(u"cancelled_at"_s, Store::now());
            },
            u"thread.run.step.cancelled"_s);
    }
    endRun(u"cancelled"_s, u"thread.run.cancelled"_s);
}

void RunEngine::endRun(const QString &status, const QString &event, qint64 at)
{
    if (m_done) {
        return;
    }
    m_done = true;
    stopWork();
    m_expiry.stop();
    QJsonObject r = run();
    const qint64 now = at > 0 ? at : Store::now();
    r.insert(u"status"_s, status);
    r.insert(u"required_action"_s, Null);
    // The API keeps expires_at only on an expired run, where it is the moment the run expired.
    r.insert(u"expires_at"_s, status == u"expired"_s ? QJsonValue(now) : QJsonValue(Null));
    const QString stamp = status == u"completed"_s ? u"completed_at"_s
        : status == u"failed"_s                    ? u"failed_at"_s
        : status == u"cancelled"_s                 ? u"cancelled_at"_s
                                                   : QString();
    if (!stamp.isEmpty()) {
        r.insert(stamp, now);
    }
    r.insert(u"usage"_s, usage(m_prompt, m_completion));
    saveRun(r);
    emitRun(event);
    finishStream();
    Q_EMIT finished(m_runId);
}

void RunEngine::fail(const QString &code, const QString &message)
{
    QJsonObject r = run();
    r.insert(u"last_error"_s, QJsonObject { { u"code"_s, code }, { u"message"_s, message } });
    saveRun(r);
    endRun(u"failed"_s, u"thread.run.failed"_s);
}

void RunEngine::endIncomplete(const QString &reason)
{
    QJsonObject r = run();
    r.insert(u"incomplete_details"_s, QJsonObject { { u"reason"_s, reason } });
    saveRun(r);
    endRun(u"incomplete"_s, u"thread.run.incomplete"_s);
}

void RunEngine::expire()
{
    if (m_done) {
        return;
    }
    stopWork();
    const qint64 now = Store::now();
    updateStep(
        [now](QJsonObject &s) {
            s.insert(u"status"_s, u"expired"_s);
            s.insert(u"expired_at"_s, now);
        },
        u"thread.run.step.expired"_s);
    endRun(u"expired"_s, u"thread.run.expired"_s, now);
}

void RunEngine::sendStreamError(const QJsonObject &errorObject)
{
    emitEvent(u"error"_s, errorObject);
    if (m_stream) {
        m_stream->end();
    }
    m_stream = nullptr;
}

void RunEngine::dropStream()
{
    if (m_stream) {
        m_stream->drop();
    }
    m_stream = nullptr;
}

void RunEngine::finishStream()
{
    if (m_stream) {
        m_stream->finish();
    }
    m_stream = nullptr;
}

} // namespace rl::server
