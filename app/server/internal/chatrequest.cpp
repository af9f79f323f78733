#include "chatrequest.h"

#include <QJsonDocument>

namespace rl::server {

using namespace Qt::StringLiterals;

namespace {

QString str(const QJsonObject &o, const QString &key)
{
    return o.value(key).toString();
}

// A thread message's content parts as Chat Completions content.
QJsonValue chatContent(const QJsonObject &message)
{
    const QJsonArray parts = message.value(u"content"_s).toArray();
    QJsonArray out;
    bool onlyText = true;
    QString text;
    for (const QJsonValue value : parts) {
        const QJsonObject part = value.toObject();
        const QString type = str(part, u"type"_s);
        if (type == u"text"_s) {
            const QString t = part.value(u"text"_s).toObject().value(u"value"_s).toString();
            text += t;
            out.append(QJsonObject { { u"type"_s, u"text"_s }, { u"text"_s, t } });
        } else if (type == u"image_url"_s) {
            onlyText = false;
            const QJsonObject image = part.value(u"image_url"_s).toObject();
            QJsonObject chatImage { { u"url"_s, image.value(u"url"_s) } };
            if (image.contains(u"detail"_s)) {
                chatImage.insert(u"detail"_s, image.value(u"detail"_s));
            }
            out.append(QJsonObject { { u"type"_s, u"image_url"_s }, { u"image_url"_s, chatImage } });
        } else if (type == u"image_file"_s) {
            const QString note = ChatRequestBuilder::tr("[an uploaded image (%1) that the model cannot see]")
                                     .arg(part.value(u"image_file"_s).toObject().value(u"file_id"_s).toString());
            text += note;
            out.append(QJsonObject { { u"type"_s, u"text"_s }, { u"text"_s, note } });
        } else if (type == u"refusal"_s) {
            const QString t = str(part, u"refusal"_s);
            text += t;
            out.append(QJsonObject { { u"type"_s, u"text"_s }, { u"text"_s, t } });
        }
    }
    if (onlyText) {
        return text; // the plain form every server takes
    }
    return out;
}

QJsonObject toolCallsMessage(const QJsonArray &calls)
{
    QJsonArray chatCalls;
    for (const QJsonValue value : calls) {
        const QJsonObject call = value.toObject();
        const QJsonObject function = call.value(u"function"_s).toObject();
        chatCalls.append(QJsonObject { { u"id"_s, call.value(u"id"_s) },
                                       { u"type"_s, u"function"_s },
                                       { u"function"_s,
                                         QJsonObject { { u"name"_s, function.value(u"name"_s) },
                                                       { u"arguments"_s, function.value(u"arguments"_s) } } } });
    }
    return QJsonObject { { u"role"_s, u"assistant"_s },
                         { u"content"_s, QJsonValue::Null },
                         { u"tool_calls"_s, chatCalls } };
}

// The chat messages of one transcript entry (one, or a tool exchange: 1 + number of outputs).
QJsonArray entryMessages(const TranscriptEntry &entry)
{
    QJsonArray out;
    if (!entry.message.isEmpty()) {
        const QString role = str(entry.message, u"role"_s) == u"assistant"_s ? u"assistant"_s : u"user"_s;
        out.append(QJsonObject { { u"role"_s, role }, { u"content"_s, chatContent(entry.message) } });
        return out;
    }
    out.append(toolCallsMessage(entry.toolCalls));
    for (const QJsonValue value : entry.toolCalls) {
        const QJsonObject call = value.toObject();
        const QJsonValue output = call.value(u"function"_s).toObject().value(u"output"_s);
        out.append(QJsonObject { { u"role"_s, u"tool"_s },
                                 { u"tool_call_id"_s, call.value(u"id"_s) },
                                 { u"content"_s, output.isString() ? output.toString() : QString() } });
    }
    return out;
}

} // namespace

QJsonValue ChatRequestBuilder::pick(const ChatTurn &turn, const QString &key)
{
    QJsonValue fromRequest = turn.request.value(key);
    if (!fromRequest.isUndefined() && !fromRequest.isNull()) {
        return fromRequest;
    }
    return turn.assistant.value(key); // undefined when neither has it
}

int ChatRequestBuilder::estimateTokens(const QJsonArray &messages)
{
    qint64 chars = 0;
    for (const QJsonValue value : messages) {
        chars += QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact).size();
    }
    return int(qMin<qint64>((chars + 3) / 4 + 4 * messages.size(), INT_MAX));
}

ChatRequest ChatRequestBuilder::build(const ChatTurn &turn)
{
    ChatRequest out;
    QJsonObject &body = out.body;
    body.insert(u"model"_s, turn.model);

    QJsonArray system;
    if (!turn.instructions.isEmpty()) {
        system.append(QJsonObject { { u"role"_s, u"system"_s }, { u"content"_s, turn.instructions } });
    }

    // truncation_strategy last_messages: the first entry kept is the N-th message from the end.
    qsizetype first = 0;
    const QJsonObject truncation = turn.request.value(u"truncation_strategy"_s).toObject();
    if (str(truncation, u"type"_s) == u"last_messages"_s && truncation.value(u"last_messages"_s).isDouble()) {
        const int keep = qMax(1, truncation.value(u"last_messages"_s).toInt());
        int seen = 0;
        first = turn.transcript.size();
        for (qsizetype i = turn.transcript.size() - 1; i >= 0; --i) {
            if (!turn.transcript.at(i).message.isEmpty()) {
                if (++seen > keep) {
                    break;
                }
                first = i;
            }
        }
        if (seen <= keep) {
            first = 0;
        }
    }
    for (qsizetype i = 0; i < first; ++i) {
        out.droppedMessages += turn.transcript.at(i).message.isEmpty() ? 0 : 1;
    }
    QList<QJsonArray> entries;
    for (qsizetype i = first; i < turn.transcript.size(); ++i) {
        entries.append(entryMessages(turn.transcript.at(i)));
    }

    // max_prompt_tokens: drop the oldest entries until the estimate fits (never the newest).
    const QJsonValue maxPrompt = pick(turn, u"max_prompt_tokens"_s);
    auto assemble = [&system, &entries] {
        QJsonArray messages = system;
        for (const QJsonArray &entry : std::as_const(entries)) {
            for (const QJsonValue m : entry) {
                messages.append(m);
            }
        }
        return messages;
    };
    QJsonArray messages = assemble();
    if (maxPrompt.isDouble() && maxPrompt.toInt() > 0) {
        while (entries.size() > 1 && estimateTokens(messages) > maxPrompt.toInt()) {
            out.droppedMessages += entries.first().first().toObject().contains(u"tool_calls"_s) ? 0 : 1;
            entries.removeFirst();
            // A tool message needs its assistant message: never start with one.
            while (entries.size() > 1 && entries.first().first().toObject().value(u"role"_s) == u"tool"_s) {
                entries.removeFirst();
            }
            messages = assemble();
        }
    }
    body.insert(u"messages"_s, messages);
    out.estimatedPromptTokens = estimateTokens(messages);

    for (const QString &key : { u"temperature"_s, u"top_p"_s }) {
        const QJsonValue v = pick(turn, key);
        if (v.isDouble()) {
            body.insert(key, v);
        }
    }
    const QJsonValue format = pick(turn, u"response_format"_s);
    if (format.isObject()) {
        body.insert(u"response_format"_s, format); // text, json_object and json_schema as they are
    }
    QJsonArray tools;
    const QJsonValue runTools = pick(turn, u"tools"_s);
    for (const QJsonValue value : runTools.toArray()) {
        const QJsonObject tool = value.toObject();
        if (str(tool, u"type"_s) == u"function"_s) {
            tools.append(QJsonObject { { u"type"_s, u"function"_s }, { u"function"_s, tool.value(u"function"_s) } });
        }
    }
    if (!tools.isEmpty()) {
        body.insert(u"tools"_s, tools);
        const QJsonValue choice = pick(turn, u"tool_choice"_s);
        if (choice.isString() || (choice.isObject() && str(choice.toObject(), u"type"_s) == u"function"_s)) {
            body.insert(u"tool_choice"_s, choice);
        }
        const QJsonValue parallel = pick(turn, u"parallel_tool_calls"_s);
        if (parallel.isBool()) {
            body.insert(u"parallel_tool_calls"_s, parallel);
        }
    }
    const QJsonValue maxCompletion = pick(turn, u"max_completion_tokens"_s);
    if (maxCompletion.isDouble()) {
        body.insert(u"max_completion_tokens"_s, maxCompletion);
    }
    body.insert(u"stream"_s, true);
    body.insert(u"stream_options"_s, QJsonObject { { u"include_usage"_s, true } });
    return out;
}

} // namespace rl::server
