#pragma once

#include <QByteArray>

namespace rl {

// Returns the request body with its top-level "stream" set to `stream`, keeping every other byte
// (key order, spacing) as it was: a true/false/null value is replaced in place, a missing key is
// added before the closing brace. Other shapes fall back to re-serialising the object.
// Returns an empty array when the body is not a JSON object.
[[nodiscard]] QByteArray withStreamFlag(const QByteArray &body, bool stream);

} // namespace rl
