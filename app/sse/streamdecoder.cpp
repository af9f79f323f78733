#include "streamdecoder.h"

#include "apierrorobject.h"
#include "jsonread.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <simdjson.h>

namespace rl {

namespace {

// The error of an "error" event (whose data may be the bare error object) or of a payload with
// an "error" member.
StreamError serverError(const QJsonValue &payload, bool bareAllowed)
{
    const ApiErrorObject object = readApiErrorObject(payload.toObject(), bareAllowed);
    StreamError error;
    error.reason = StreamError::Reason::Server;
    error.message = object.message;
    error.type = object.type;
    error.code = object.code;
    error.param = object.param;
    if (error.message.isEmpty()) {
        error.message = AssistantStreamDecoder::tr("The server reported an error without a message.");
    }
    return error;
}

// The event's data as valid UTF-8: the bytes received, or, when they are not valid UTF-8, their
// text with U+FFFD for each bad sequence (what decoding them as text gives).
QByteArray utf8Data(const SseEvent &sse)
{
    if (sse.bytes.isEmpty()) {
        return sse.data.toUtf8(); // an event built by hand
    }
    if (simdjson::validate_utf8(sse.bytes.constData(), static_cast<size_t>(sse.bytes.size()))) {
        return sse.bytes;
    }
    return QString::fromUtf8(sse.bytes).toUtf8();
}

bool isBlank(const QByteArray &utf8)
{
    for (const char c : utf8) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            return QString::fromUtf8(utf8).trimmed().isEmpty(); // Unicode white space counts too
        }
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f') {
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<StreamEvent> AssistantStreamDecoder::decode(const SseEvent &sse)
{
    if (m_done) {
        return std::nullopt;
    }
    StreamEvent out;
    out.name = sse.event;
    out.sseId = sse.id;
    out.raw = utf8Data(sse);
    if (out.raw == "[DONE]") {
        m_done = true;
        out.kind = StreamEvent::Kind::Done;
        out.known = true;
        if (out.name.isEmpty()) {
            out.name = QStringLiteral("done");
        }
        return out;
    }
    if (isBlank(out.raw)) {
        return std::nullopt; // a keep-alive
    }
    if (out.name == QLatin1String("thread.message.delta")) {
        out.textDelta = readTextDelta(out.raw);
        if (out.textDelta) {
            out.kind = StreamEvent::Kind::MessageDelta;
            out.known = true;
            return out; // no QJsonValue: StreamEvent::payload() parses raw if someone asks
        }
    }

    QJsonParseError parseError;
    const QJsonDocument document = readJson(out.raw, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        out.kind = StreamEvent::Kind::Error;
        out.known = isKnownStreamEvent(out.name);
        out.error.reason = StreamError::Reason::MalformedJson;
        const QString reason = tr("%1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
        out.error.message = out.name.isEmpty()
            ? tr("The server sent an event whose data is not valid JSON: %1.").arg(reason)
            : tr("The server sent an event '%1' whose data is not valid JSON: %2.").arg(out.name, reason);
        return out;
    }
    out.data = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());

    if (out.name.isEmpty() && out.data.isObject()) {
        const QJsonObject wrapper = out.data.toObject();
        const QJsonValue name = wrapper.value(QLatin1String("event"));
        if (name.isString() && wrapper.contains(QLatin1String("data"))) {
            out.name = name.toString();
            out.data = wrapper.value(QLatin1String("data"));
            if (out.data.isString() && out.data.toString() == QLatin1String("[DONE]")) {
                m_done = true;
                out.kind = StreamEvent::Kind::Done;
                out.known = true;
                return out;
            }
        }
    }

    out.known = isKnownStreamEvent(out.name);
    if (out.name == QLatin1String("error")) {
        out.kind = StreamEvent::Kind::Error;
        out.error = serverError(out.data, true);
        return out;
    }
    if (hasApiErrorMember(out.data.toObject())) {
        out.kind = StreamEvent::Kind::Error;
        out.error = serverError(out.data, false);
        return out;
    }
    out.kind = streamEventKind(out.name);
    if (out.kind == StreamEvent::Kind::Done) {
        out.kind = StreamEvent::Kind::Unknown; // "event: done" without the exact [DONE] data
    }
    return out;
}

QList<StreamEvent> AssistantStreamDecoder::decode(const QList<SseEvent> &events)
{
    QList<StreamEvent> out;
    out.reserve(events.size());
    for (const SseEvent &event : events) {
        if (std::optional<StreamEvent> decoded = decode(event)) {
            out.append(std::move(*decoded));
        }
    }
    return out;
}

AssistantStreamReader::AssistantStreamReader(qint64 maxEventBytes)
    : m_parser(maxEventBytes)
{
    m_parser.setTextDecoded(false); // the decoder reads the bytes
}

QList<StreamEvent> AssistantStreamReader::feed(QByteArrayView bytes)
{
    if (m_decoder.isDone()) {
        return {};
    }
    return take(m_parser.feed(bytes));
}

QList<StreamEvent> AssistantStreamReader::finish()
{
    if (m_decoder.isDone()) {
        return {};
    }
    return take(m_parser.finish());
}

void AssistantStreamReader::reset()
{
    m_parser.reset();
    m_decoder.reset();
    m_failureReported = false;
}

std::optional<StreamEvent> AssistantStreamReader::decodeLater(const StreamEvent &undecoded)
{
    SseEvent sse;
    sse.event = undecoded.name;
    sse.id = undecoded.sseId;
    sse.bytes = undecoded.raw;
    AssistantStreamDecoder decoder;
    return decoder.decode(sse);
}

QList<StreamEvent> AssistantStreamReader::take(const QList<SseEvent> &events)
{
    QList<StreamEvent> out;
    out.reserve(events.size());
    for (const SseEvent &event : events) {
        if (m_decodeLaterBytes > 0 && event.bytes.size() >= m_decodeLaterBytes && !m_decoder.isDone()) {
            StreamEvent later;
            later.name = event.event;
            later.sseId = event.id;
            later.raw = event.bytes;
            later.undecoded = true;
            out.append(std::move(later));
        } else if (std::optional<StreamEvent> decoded = m_decoder.decode(event)) {
            out.append(std::move(*decoded));
        }
    }
    if (m_parser.hasError() && !m_failureReported && !m_decoder.isDone()) {
        m_failureReported = true;
        StreamEvent failure;
        failure.kind = StreamEvent::Kind::Error;
        failure.error.reason = StreamError::Reason::EventTooLarge;
        failure.error.message = m_parser.errorString();
        out.append(std::move(failure));
    }
    return out;
}

} // namespace rl
