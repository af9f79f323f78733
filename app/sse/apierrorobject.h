#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace rl {

// The API's error object, {"error": {"message", "type", "code", "param"}}, as a server sends it
// in an HTTP error answer, in a stream's "error" event or in a chat completion chunk. One reader
// for the client, the stream decoder and the built-in server's bridge.
struct ApiErrorObject
{
    QString message;
    QString type;
    QString code; // codes come as text or as numbers
    QString param;
    bool found = false; // the document held an error (see readApiErrorObject)
};

// Reads {"error": {...}}, {"error": "text"} (Ollama's form) and, when `bare` is true and there
// is no "error" member, the fields at the top level (an "error" event's data).
[[nodiscard]] ApiErrorObject readApiErrorObject(const QJsonObject &root, bool bare = false);

// True when the document has a non-empty "error" member (an object, or text).
[[nodiscard]] bool hasApiErrorMember(const QJsonObject &root);

// A scalar as text: strings as they are, numbers without a needless exponent, true/false; empty
// for anything else.
[[nodiscard]] QString jsonScalarText(const QJsonValue &value);

} // namespace rl
