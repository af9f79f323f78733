#include "chatstream.h"

#include "apierrorobject.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rl::server {

using namespace Qt::StringLiterals;

QList<ChatDelta> ChatStreamDecoder::decode(const QByteArray &data)
{
    QList<ChatDelta> out;
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        ChatDelta d;
        d.kind = ChatDelta::Kind::Error;
        d.errorMessage = tr("the model server sent something that is not a chat completion chunk: %1")
                             .arg(QString::fromUtf8(data.left(200)));
        out.append(d);
        return out;
    }
    const QJsonObject chunk = doc.object();
    if (hasApiErrorMember(chunk)) {
        const ApiErrorObject e = readApiErrorObject(chunk);
        ChatDelta d;
        d.kind = ChatDelta::Kind::Error;
        d.errorMessage = e.message;
        d.errorType = e.type;
        d.errorCode = e.code;
        if (d.errorMessage.isEmpty()) {
            d.errorMessage = tr("the model server reported an error without a message");
        }
        out.append(d);
        return out;
    }
    const QJsonArray choices = chunk.value(u"choices"_s).toArray();
    const QJsonObject choice = choices.isEmpty() ? QJsonObject() : choices.first().toObject();
    const QJsonObject delta = choice.value(u"delta"_s).toObject();
    for (const auto &[key, kind] : { std::pair { u"reasoning"_s, ChatDelta::Kind::Reasoning },
                                     std::pair { u"reasoning_content"_s, ChatDelta::Kind::Reasoning },
                                     std::pair { u"content"_s, ChatDelta::Kind::Content },
                                     std::pair { u"refusal"_s, ChatDelta::Kind::Refusal } }) {
        const QString text = delta.value(key).toString();
        if (!text.isEmpty()) {
            ChatDelta d;
            d.kind = kind;
            d.text = text;
            out.append(d);
        }
    }
    const QJsonArray calls = delta.value(u"tool_calls"_s).toArray();
    for (const QJsonValue call : calls) {
        decodeToolCall(call.toObject(), &out);
    }
    // The deprecated single function_call, as a call at index 0.
    const QJsonObject functionCall = delta.value(u"function_call"_s).toObject();
    if (!functionCall.isEmpty()) {
        decodeToolCall(QJsonObject { { u"index"_s, 0 }, { u"function"_s, functionCall } }, &out);
    }
    const QString finish = choice.value(u"finish_reason"_s).toString();
    if (!finish.isEmpty()) {
        m_finished = true;
        ChatDelta d;
        d.kind = ChatDelta::Kind::Finished;
        d.finishReason = finish;
        out.append(d);
    }
    const QJsonObject usage = chunk.value(u"usage"_s).toObject();
    if (!usage.isEmpty()) {
        ChatDelta d;
        d.kind = ChatDelta::Kind::Usage;
        d.promptTokens = usage.value(u"prompt_tokens"_s).toInt(-1);
        d.completionTokens = usage.value(u"completion_tokens"_s).toInt(-1);
        out.append(d);
    }
    return out;
}

void ChatStreamDecoder::decodeToolCall(const QJsonObject &call, QList<ChatDelta> *out)
{
    const int index = call.value(u"index"_s).toInt(int(m_calls.size()));
    const QString id = call.value(u"id"_s).toString();
    const QJsonObject function = call.value(u"function"_s).toObject();
    // The newest slot with this index, unless the id says it is another call.
    int slot = -1;
    for (int i = int(m_calls.size()) - 1; i >= 0; --i) {
        if (m_calls.at(i).index == index) {
            slot = i;
            break;
        }
    }
    if (slot >= 0 && !id.isEmpty() && !m_calls.at(slot).id.isEmpty() && m_calls.at(slot).id != id) {
        slot = -1;
    }
    if (slot < 0) {
        slot = int(m_calls.size());
        m_calls.append({ index, id });
        ChatDelta d;
        d.kind = ChatDelta::Kind::ToolCallStarted;
        d.slot = slot;
        d.callId = id;
        d.name = function.value(u"name"_s).toString();
        out->append(d);
    } else if (m_calls.at(slot).id.isEmpty() && !id.isEmpty()) {
        m_calls[slot].id = id;
    }
    const QJsonValue arguments = function.value(u"arguments"_s);
    QString text;
    if (arguments.isString()) {
        text = arguments.toString();
    } else if (arguments.isObject() || arguments.isArray()) {
        text = QString::fromUtf8(arguments.isObject()
                                     ? QJsonDocument(arguments.toObject()).toJson(QJsonDocument::Compact)
                                     : QJsonDocument(arguments.toArray()).toJson(QJsonDocument::Compact));
    }
    if (!text.isEmpty()) {
        ChatDelta d;
        d.kind = ChatDelta::Kind::ToolCallArguments;
        d.slot = slot;
        d.text = text;
        out->append(d);
    }
}

} // namespace rl::server
