#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace rl {

// A thread.message.delta that only appends text, the bulk of every stream, read straight from its
// bytes with simdjson instead of through a QJsonDocument (bench/README.md has the measurement).
struct TextDelta
{
    struct Piece
    {
        int index = 0; // the content part it appends to
        QString text;
    };
    QString messageId;
    QList<Piece> pieces;
};

// Reads exactly this shape, keys in any order:
//   {"id": "...", "object": "thread.message.delta",
//    "delta": {"content": [{"index": N, "type": "text", "text": {"value": "..."}}, ...]}}
// Anything else (another key, a repeated key, annotations, a non-integer index, malformed JSON or
// UTF-8) gives nullopt, and the caller takes the general path, which handles every case.
// Larger deltas (rare: a delta is a few words) go the general way too: simdjson sizes its buffers
// to the largest document it has read, about 12 bytes for each of its bytes, and keeps them.
constexpr qsizetype MaxFastTextDeltaBytes = qsizetype(64) * 1024;
[[nodiscard]] std::optional<TextDelta> readTextDelta(QByteArrayView json);

} // namespace rl
