#include "objects.h"

#include "store.h"

#include <QJsonArray>

namespace rl::server {

using namespace Qt::StringLiterals;

namespace {

const QJsonValue Null = QJsonValue(QJsonValue::Null);

QJsonValue pick(const QJsonObject &request, const QJsonObject &assistant, const QString &key, const QJsonValue &dflt)
{
    QJsonValue r = request.value(key);
    if (!r.isUndefined() && !r.isNull()) {
        return r;
    }
    QJsonValue a = assistant.value(key);
    if (!a.isUndefined() && !a.isNull()) {
        return a;
    }
    return dflt;
}

QJsonObject orEmpty(const QJsonValue &v)
{
    return v.isObject() ? v.toObject() : QJsonObject();
}

QJsonArray contentParts(const QJsonValue &content)
{
    QJsonArray parts;
    if (content.isString()) {
        parts.append(QJsonObject {
            { u"type"_s, u"text"_s },
            { u"text"_s, QJsonObject { { u"value"_s, content.toString() }, { u"annotations"_s, QJsonArray() } } } });
        return parts;
    }
    for (const auto &p : content.toArray()) {
        QJsonObject part = p.toObject();
        if (part.value(u"type"_s).toString() == u"text"_s) {
            part.insert(
                u"text"_s,
                QJsonObject { { u"value"_s, part.value(u"text"_s).toString() }, { u"annotations"_s, QJsonArray() } });
        }
        parts.append(part);
    }
    return parts;
}

} // namespace

QJsonObject Objects::thread(qint64 createdAt, const QJsonObject &request)
{
    return QJsonObject { { u"id"_s, Store::newId(u"thread_"_s) },
                         { u"object"_s, u"thread"_s },
                         { u"created_at"_s, createdAt },
                         { u"tool_resources"_s, orEmpty(request.value(u"tool_resources"_s)) },
                         { u"metadata"_s, orEmpty(request.value(u"metadata"_s)) } };
}

QJsonObject Objects::userMessage(const QString &threadId, qint64 createdAt, const QJsonObject &request)
{
    const QJsonValue attachments = request.value(u"attachments"_s);
    return QJsonObject { { u"id"_s, Store::newId(u"msg_"_s) },
                         { u"object"_s, u"thread.message"_s },
                         { u"created_at"_s, createdAt },
                         { u"thread_id"_s, threadId },
                         { u"status"_s, u"completed"_s },
                         { u"incomplete_details"_s, Null },
                         { u"completed_at"_s, createdAt },
                         { u"incomplete_at"_s, Null },
                         { u"role"_s, request.value(u"role"_s).toString(u"user"_s) },
                         { u"content"_s, contentParts(request.value(u"content"_s)) },
                         { u"assistant_id"_s, Null },
                         { u"run_id"_s, Null },
                         { u"attachments"_s, attachments.isArray() ? attachments : QJsonArray() },
                         { u"metadata"_s, orEmpty(request.value(u"metadata"_s)) } };
}

QJsonObject Objects::assistantMessage(const QString &threadId, const QString &runId, const QString &assistantId,
                                      qint64 createdAt)
{
    return QJsonObject { { u"id"_s, Store::newId(u"msg_"_s) }, { u"object"_s, u"thread.message"_s },
                         { u"created_at"_s, createdAt },       { u"thread_id"_s, threadId },
                         { u"status"_s, u"in_progress"_s },    { u"incomplete_details"_s, Null },
                         { u"completed_at"_s, Null },          { u"incomplete_at"_s, Null },
                         { u"role"_s, u"assistant"_s },        { u"content"_s, QJsonArray() },
                         { u"assistant_id"_s, assistantId },   { u"run_id"_s, runId },
                         { u"attachments"_s, QJsonArray() },   { u"metadata"_s, QJsonObject() } };
}

QJsonObject Objects::run(const QString &threadId, const QJsonObject &request, const QJsonObject &assistant,
                         qint64 createdAt, int expireSeconds)
{
    QJsonValue instructions = pick(request, assistant, u"instructions"_s, Null);
    const QString additional = request.value(u"additional_instructions"_s).toString();
    if (!additional.isEmpty()) {
        instructions
            = QString(instructions.toString() + (instructions.toString().isEmpty() ? u""_s : u"\n"_s) + additional);
    }
    const QJsonValue truncation = request.value(u"truncation_strategy"_s).isObject()
        ? request.value(u"truncation_strategy"_s)
        : QJsonValue(QJsonObject { { u"type"_s, u"auto"_s }, { u"last_messages"_s, Null } });
    QJsonObject run {
        { u"id"_s, Store::newId(u"run_"_s) },
        { u"object"_s, u"thread.run"_s },
        { u"created_at"_s, createdAt },
        { u"thread_id"_s, threadId },
        { u"assistant_id"_s, assistant.value(u"id"_s) },
        { u"status"_s, u"queued"_s },
        { u"required_action"_s, Null },
        { u"last_error"_s, Null },
        { u"expires_at"_s, createdAt + expireSeconds },
        { u"started_at"_s, Null },
        { u"cancelled_at"_s, Null },
        { u"failed_at"_s, Null },
        { u"completed_at"_s, Null },
        { u"incomplete_details"_s, Null },
        { u"model"_s, pick(request, assistant, u"model"_s, u"gpt-4o"_s) },
        { u"instructions"_s, instructions },
        { u"tools"_s, pick(request, assistant, u"tools"_s, QJsonArray()) },
        { u"metadata"_s, orEmpty(request.value(u"metadata"_s)) },
        { u"usage"_s, Null },
        { u"temperature"_s, pick(request, assistant, u"temperature"_s, 1.0) },
        { u"top_p"_s, pick(request, assistant, u"top_p"_s, 1.0) },
        { u"max_prompt_tokens"_s,
          request.value(u"max_prompt_tokens"_s).isDouble() ? request.value(u"max_prompt_tokens"_s) : Null },
        { u"max_completion_tokens"_s,
          request.value(u"max_completion_tokens"_s).isDouble() ? request.value(u"max_completion_tokens"_s) : Null },
        { u"truncation_strategy"_s, truncation },
        { u"tool_choice"_s, pick(request, QJsonObject(), u"tool_choice"_s, u"auto"_s) },
        { u"parallel_tool_calls"_s, request.value(u"parallel_tool_calls"_s).toBool(true) },
        { u"response_format"_s, pick(request, assistant, u"response_format"_s, u"auto"_s) }
    };
    return run;
}

QJsonObject Objects::step(const QJsonObject &run, const QString &type, const QJsonObject &details, qint64 createdAt)
{
    return QJsonObject { { u"id"_s, Store::newId(u"step_"_s) },
                         { u"object"_s, u"thread.run.step"_s },
                         { u"created_at"_s, createdAt },
                         { u"assistant_id"_s, run.value(u"assistant_id"_s) },
                         { u"thread_id"_s, run.value(u"thread_id"_s) },
                         { u"run_id"_s, run.value(u"id"_s) },
                         { u"type"_s, type },
                         { u"status"_s, u"in_progress"_s },
                         { u"step_details"_s, details },
                         { u"last_error"_s, Null },
                         { u"expired_at"_s, Null },
                         { u"cancelled_at"_s, Null },
                         { u"failed_at"_s, Null },
                         { u"completed_at"_s, Null },
                         { u"metadata"_s, QJsonObject() },
                         { u"usage"_s, Null } };
}

QJsonObject Objects::assistant(qint64 createdAt, const QJsonObject &request)
{
    const auto orNull = [&request](const QString &key) {
        const QJsonValue v = request.value(key);
        return v.isUndefined() ? Null : v;
    };
    return QJsonObject { { u"id"_s, Store::newId(u"asst_"_s) },
                         { u"object"_s, u"assistant"_s },
                         { u"created_at"_s, createdAt },
                         { u"name"_s, orNull(u"name"_s) },
                         { u"description"_s, orNull(u"description"_s) },
                         { u"model"_s, request.value(u"model"_s) },
                         { u"instructions"_s, orNull(u"instructions"_s) },
                         { u"tools"_s, request.value(u"tools"_s).isArray() ? request.value(u"tools"_s) : QJsonArray() },
                         { u"tool_resources"_s, orEmpty(request.value(u"tool_resources"_s)) },
                         { u"metadata"_s, orEmpty(request.value(u"metadata"_s)) },
                         { u"temperature"_s,
                           request.value(u"temperature"_s).isDouble() ? request.value(u"temperature"_s) : 1.0 },
                         { u"top_p"_s, request.value(u"top_p"_s).isDouble() ? request.value(u"top_p"_s) : 1.0 },
                         { u"response_format"_s,
                           request.value(u"response_format"_s).isUndefined() ? QJsonValue(u"auto"_s)
                                                                             : request.value(u"response_format"_s) } };
}

QString Objects::messageText(const QJsonObject &message)
{
    QStringList texts;
    for (const auto &p : message.value(u"content"_s).toArray()) {
        const QJsonObject part = p.toObject();
        if (part.value(u"type"_s).toString() == u"text"_s) {
            texts.append(part.value(u"text"_s).toObject().value(u"value"_s).toString());
        }
    }
    return texts.join(QLatin1Char('\n'));
}

void Objects::applyChanges(QJsonObject &object, const QJsonObject &changes)
{
    for (const QString &key : { u"metadata"_s, u"tool_resources"_s }) {
        if (changes.value(key).isObject()) {
            object.insert(key, changes.value(key));
        }
    }
}

RunPlan RunPlan::of(const QJsonObject &run)
{
    RunPlan plan;
    plan.instructions = run.value(u"instructions"_s).toString();
    plan.tools = run.value(u"tools"_s).toArray();
    plan.toolChoice = run.value(u"tool_choice"_s);
    plan.parallelToolCalls = run.value(u"parallel_tool_calls"_s).toBool(true);
    plan.responseFormat = run.value(u"response_format"_s);
    const QJsonObject truncation = run.value(u"truncation_strategy"_s).toObject();
    plan.truncationType = truncation.value(u"type"_s).toString(u"auto"_s);
    plan.lastMessages = truncation.value(u"last_messages"_s).toInt(-1);
    plan.maxPromptTokens = run.value(u"max_prompt_tokens"_s).toInt(0);
    plan.maxCompletionTokens = run.value(u"max_completion_tokens"_s).toInt(0);
    plan.scenario = run.value(u"metadata"_s).toObject().value(u"runlens_scenario"_s).toString();
    return plan;
}

} // namespace rl::server
