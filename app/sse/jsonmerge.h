#pragma once

#include <QJsonValue>
#include <QString>

namespace rl {

// Merges one stream delta into an accumulated value, by the rules of openai-node's
// accumulateAssistantStreamDelta (digest section 4.5):
// - a key absent from the accumulator, or null there, takes the delta's value;
// - "index", "type" and "id" are overwritten (never appended); a null delta value leaves the
//   accumulator as is;
// - string + string concatenates; number + number adds;
// - object + object merges recursively;
// - arrays of primitives: the delta's items are appended;
// - arrays holding objects: each delta element carries a numeric "index" and is merged into
//   the accumulator's element at that position (inserted when empty, gaps filled with null);
//   an element without an index is appended;
// - any other pair of types: the delta replaces the value.
// Indexes are bounded: below kMaxDeltaIndex, and at most kMaxIndexGrowth past the current size
// (servers number parts and calls without gaps; a larger gap would let a few bytes of stream
// fill memory with nulls).
// On a bound violation the merge stops, returns false and sets *error (accumulator may be
// partly merged).
inline constexpr int kMaxDeltaIndex = 65536;
inline constexpr int kMaxIndexGrowth = 8;

bool mergeDelta(QJsonValue &acc, const QJsonValue &delta, QString *error = nullptr);

} // namespace rl
