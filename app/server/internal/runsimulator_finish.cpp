// RunSimulator, second half: the message phase, terminal states, tool outputs and cancelling.
#include "objects.h"
#include "replygenerator.h"
#include "runsimulator.h"
#include "ssestream.h"
#include "store.h"

namespace rl::server {

using namespace Qt::StringLiterals;

namespace {
const QJsonValue Null = QJsonValue(QJsonValue::Null);

QJsonObject usage(int prompt, int completion)
{
    return QJsonObject { { u"prompt_tokens"_s, prompt },
                         { u"completion_tokens"_s, completion },
                         { u"total_tokens"_s, prompt + completion } };
}

QJsonObject textContent(const QString &text)
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
} // namespace

void RunSimulator::planMessage(const QString &reply)
{
    QStringList pieces = ReplyGenerator::pieces(reply);
    const QJsonObject r = run();
    const int maxCompletion = r.value(u"max_completion_tokens"_s).toInt(0);
    bool incomplete = false;
    if (m_scenario == u"incomplete"_s) {
        pieces = pieces.mid(0, qMax(qsizetype(1), pieces.size() / 2));
        incomplete = true;
    } else if (maxCompletion > 0 && m_completion + pieces.size() > maxCompletion) {
        pieces = pieces.mid(0, qMax(0, maxCompletion - m_completion));
        incomplete = true;
    }
    enqueue([this] {
        m_messageText.clear();
        const QJsonObject message
            = Objects::assistantMessage(m_threadId, m_runId, run().value(u"assistant_id"_s).toString(), Store::now());
        m_messageId = message.value(u"id"_s).toString();
        const QJsonObject step
            = Objects::step(run(), u"message_creation"_s,
                            QJsonObject { { u"type"_s, u"message_creation"_s },
                                          { u"message_creation"_s, QJsonObject { { u"message_id"_s, m_messageId } } } },
                            Store::now());
        m_stepId = step.value(u"id"_s).toString();
        m_store->putStep(step);
        emitEvent(u"thread.run.step.created"_s, step);
        emitEvent(u"thread.run.step.in_progress"_s, step);
        m_store->putMessage(message);
        emitEvent(u"thread.message.created"_s, message);
        emitEvent(u"thread.message.in_progress"_s, message);
    });
    const qsizetype breakAt = pieces.size() / 2;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (i == breakAt && m_scenario == u"error_event"_s) {
            enqueue([this] {
                ServerError e = ServerError::serverError(tr("The server had an error while streaming this run "
                                                            "(runlens_scenario is \"error_event\")."));
                emitEvent(u"error"_s, e.errorObject());
                if (m_stream) {
                    m_stream->end();
                }
                m_stream = nullptr;
                clearQueue();
                finishMessage(MessageEnd::RunFailed, e.message);
                fail(e.message);
            });
            break;
        }
        if (i == breakAt && m_scenario == u"drop"_s) {
            enqueue([this] {
                if (m_stream) {
                    m_stream->drop();
                }
                m_stream = nullptr;
            });
        }
        const QString &piece = pieces.at(i);
        enqueue(
            [this, piece, i] {
                m_messageText += piece;
                if (!piece.trimmed().isEmpty()) {
                    ++m_completion;
                }
                QJsonObject message = m_store->message(m_threadId, m_messageId);
                message.insert(u"content"_s, QJsonArray { textContent(m_messageText) });
                m_store->putMessage(message);
                QJsonObject part = textContent(piece);
                part.insert(u"index"_s, 0);
                QJsonObject delta { { u"content"_s, QJsonArray { part } } };
                if (i == 0) {
                    delta.insert(u"role"_s, u"assistant"_s);
                }
                emitEvent(u"thread.message.delta"_s,
                          QJsonObject { { u"id"_s, m_messageId },
                                        { u"object"_s, u"thread.message.delta"_s },
                                        { u"delta"_s, delta } });
            },
            m_settings.delayMs);
    }
    enqueue([this, incomplete] {
        finishMessage(incomplete ? MessageEnd::MaxTokens : MessageEnd::Completed);
        if (incomplete) {
            QJsonObject rr = run();
            rr.insert(u"incomplete_details"_s, QJsonObject { { u"reason"_s, u"max_completion_tokens"_s } });
            saveRun(rr);
            endRun(u"incomplete"_s, u"thread.run.incomplete"_s);
        } else {
            endRun(u"completed"_s, u"thread.run.completed"_s);
        }
    });
}

void RunSimulator::finishMessage(MessageEnd end, const QString &failure)
{
    const qint64 now = Store::now();
    QJsonObject message = m_store->message(m_threadId, m_messageId);
    if (!message.isEmpty() && message.value(u"status"_s).toString() == u"in_progress"_s) {
        message.insert(u"content"_s, QJsonArray { textContent(m_messageText) });
        if (end == MessageEnd::Completed) {
            message.insert(u"status"_s, u"completed"_s);
            message.insert(u"completed_at"_s, now);
            m_store->putMessage(message);
            emitEvent(u"thread.message.completed"_s, message);
        } else {
            const QString reason = end == MessageEnd::RunFailed ? u"run_failed"_s : u"max_tokens"_s;
            message.insert(u"status"_s, u"incomplete"_s);
            message.insert(u"incomplete_at"_s, now);
            message.insert(u"incomplete_details"_s, QJsonObject { { u"reason"_s, reason } });
            m_store->putMessage(message);
            emitEvent(u"thread.message.incomplete"_s, message);
        }
    }
    const int prompt = m_prompt;
    const int words = ReplyGenerator::countWords(m_messageText);
    if (end == MessageEnd::RunFailed) {
        updateStep(
            [prompt, words, now, &failure](QJsonObject &s) {
                s.insert(u"status"_s, u"failed"_s);
                s.insert(u"failed_at"_s, now);
                s.insert(u"last_error"_s, QJsonObject { { u"code"_s, u"server_error"_s }, { u"message"_s, failure } });
                s.insert(u"usage"_s, usage(prompt, words));
            },
            u"thread.run.step.failed"_s);
    } else {
        updateStep(
            [prompt, words, now](QJsonObject &s) {
                s.insert(u"status"_s, u"completed"_s);
                s.insert(u"completed_at"_s, now);
                s.insert(u"usage"_s, usage(prompt, words));
            },
            u"thread.run.step.completed"_s);
    }
    m_stepId.clear();
    m_messageId.clear();
}

void RunSimulator::endRun(const QString &status, const QString &event, qint64 at)
{
    if (m_done) {
        return;
    }
    m_done = true;
    clearQueue();
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

void RunSimulator::fail(const QString &message)
{
    QJsonObject r = run();
    r.insert(u"last_error"_s, QJsonObject { { u"code"_s, u"server_error"_s }, { u"message"_s, message } });
    saveRun(r);
    endRun(u"failed"_s, u"thread.run.failed"_s);
}

void RunSimulator::expire()
{
    if (m_done) {
        return;
    }
    clearQueue();
    const qint64 now = Store::now();
    updateStep(
        [now](QJsonObject &s) {
            s.insert(u"status"_s, u"expired"_s);
            s.insert(u"expired_at"_s, now);
        },
        u"thread.run.step.expired"_s);
    endRun(u"expired"_s, u"thread.run.expired"_s, now);
}

void RunSimulator::finishStream()
{
    if (m_stream) {
        m_stream->finish();
    }
    m_stream = nullptr;
}

std::optional<ServerError> RunSimulator::validateToolOutputs(const QJsonArray &outputs) const
{
    const QJsonObject r = run();
    const QString status = r.value(u"status"_s).toString();
    if (status != u"requires_action"_s) {
        return ServerError::conflict(tr("Runs in status \"%1\" do not accept tool outputs.").arg(status));
    }
    const QJsonArray calls = r.value(u"required_action"_s)
                                 .toObject()
                                 .value(u"submit_tool_outputs"_s)
                                 .toObject()
                                 .value(u"tool_calls"_s)
                                 .toArray();
    QStringList expected;
    for (const auto &c : calls) {
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

void RunSimulator::submitToolOutputs(const QJsonArray &outputs, SseStream *stream)
{
    QJsonObject r = run();
    const QJsonArray calls = r.value(u"required_action"_s)
                                 .toObject()
                                 .value(u"submit_tool_outputs"_s)
                                 .toObject()
                                 .value(u"tool_calls"_s)
                                 .toArray();
    QHash<QString, QString> byId;
    for (const auto &o : outputs) {
        const QJsonObject out = o.toObject();
        byId.insert(out.value(u"tool_call_id"_s).toString(), out.value(u"output"_s).toString());
    }
    m_expiry.stop();
    m_toolOutputs.clear();
    for (const auto &c : calls) {
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
            s.insert(u"usage"_s, usage(prompt, words));
        },
        u"thread.run.step.completed"_s);
    m_stepId.clear();
    r = run();
    r.insert(u"status"_s, u"queued"_s);
    r.insert(u"required_action"_s, Null);
    r.insert(u"expires_at"_s, Store::now() + m_settings.expireSeconds);
    saveRun(r);
    emitRun(u"thread.run.queued"_s);
    enqueue([this] { startInProgress(); }, m_settings.delayMs);
}

std::optional<ServerError> RunSimulator::cancel()
{
    QJsonObject r = run();
    const QString status = r.value(u"status"_s).toString();
    if (m_done || (status != u"queued"_s && status != u"in_progress"_s && status != u"requires_action"_s)) {
        return ServerError::conflict(tr("Cannot cancel run with status '%1'.").arg(status));
    }
    clearQueue();
    m_expiry.stop();
    r.insert(u"status"_s, u"cancelling"_s);
    saveRun(r);
    emitRun(u"thread.run.cancelling"_s);
    enqueue([this] { finalizeCancel(); }, m_settings.delayMs);
    return std::nullopt;
}

void RunSimulator::finalizeCancel()
{
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

} // namespace rl::server
