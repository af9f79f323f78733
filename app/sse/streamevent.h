#pragma once

#include "textdelta.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace rl {

// An error reported inside a stream: by the server ("error" event, or a payload with an
// "error" object), or by RunLens when one event cannot be read.
struct StreamError
{
    enum class Reason {
        None, // no error
        Server, // the server reported an error
        MalformedJson, // an event's data is not valid JSON (the stream may go on)
        EventTooLarge, // one event exceeded the size bound (the stream is stopped)
        BadStream, // any other reason the stream cannot be read (the stream is stopped)
    };

    Reason reason = Reason::None;
    QString message; // in plain words, ready to show
    QString type; // the API's error.type, if any
    QString code; // the API's error.code, if any (numbers are turned into text)
    QString param; // the API's error.param, if any

    [[nodiscard]] bool isNull() const { return reason == Reason::None; }
    [[nodiscard]] bool isMalformed() const { return reason == Reason::MalformedJson; }
    // True when nothing more can be read from the stream after this error.
    [[nodiscard]] bool isFatalToStream() const
    {
        return reason == Reason::EventTooLarge || reason == Reason::BadStream;
    }
};

// One event of an Assistants stream, typed.
struct StreamEvent
{
    enum class Kind {
        Thread, // thread.created
        Run, // thread.run.*
        Step, // thread.run.step.* except .delta
        StepDelta, // thread.run.step.delta
        Message, // thread.message.* except .delta
        MessageDelta, // thread.message.delta
        Error, // see error
        Done, // data: [DONE]; nothing follows
        Unknown, // a name RunLens does not know, or no name; kept, never fatal
    };

    Kind kind = Kind::Unknown;
    QString name; // the event name (after unwrapping), may be empty for Unknown
    // The parsed payload: an object normally; undefined when malformed, for Done, and for a text
    // delta read by the fast path (textDelta set): payload() and object() parse raw for those.
    QJsonValue data = QJsonValue(QJsonValue::Undefined);
    QByteArray raw; // the data exactly as received (UTF-8)
    std::optional<TextDelta> textDelta; // a thread.message.delta that only appends text
    QString sseId; // the SSE event id in force, if the server sends ids
    bool known = false; // name is one of the 25 documented events
    // A large frame handed over as its name, id and bytes, for AssistantStreamReader::decodeLater().
    bool undecoded = false;
    StreamError error; // set when kind == Error

    // data, or when the fast path left it undefined, raw parsed now (undefined when not JSON).
    [[nodiscard]] QJsonValue payload() const;
    [[nodiscard]] QJsonObject object() const;
};

// The 25 documented event names, in the order of the spec's catalogue.
[[nodiscard]] const QStringList &knownStreamEvents();
[[nodiscard]] bool isKnownStreamEvent(const QString &name);
// The Kind for a name (Unknown for an unknown name; "done" gives Done, "error" gives Error).
[[nodiscard]] StreamEvent::Kind streamEventKind(const QString &name);
// thread.run.completed / incomplete / failed / cancelled / expired.
[[nodiscard]] bool isTerminalRunEvent(const QString &name);
// True when a response is a plain JSON answer rather than an event stream: its Content-Type is
// not text/event-stream and its body (after white space) starts with '{'.
[[nodiscard]] bool isJsonResponse(QByteArrayView contentType, QByteArrayView bodyStart);
[[nodiscard]] bool isEventStreamContentType(QByteArrayView contentType);

} // namespace rl
