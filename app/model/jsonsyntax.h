#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace rl {

// The first reason a text is not one valid JSON value (RFC 8259), found in one pass without
// building anything: offset is the byte where the problem starts; message says it in plain
// words ("a comma is missing between two members", "a control character inside a string
// must be escaped"). Stricter than QJsonDocument where that one is lenient (unescaped control
// characters, invalid UTF-8; a byte-order mark at the start of a string, which Qt would drop
// silently) and bounded: containers nested deeper than maxDepth are refused
// instead of being followed. Memory is O(maxDepth), time O(size).
struct JsonSyntaxError
{
    qsizetype offset = 0;
    QString message;
};

inline constexpr int DefaultJsonMaxDepth = 512;

[[nodiscard]] std::optional<JsonSyntaxError> checkJsonSyntax(QByteArrayView text, int maxDepth = DefaultJsonMaxDepth);

} // namespace rl
