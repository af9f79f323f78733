#pragma once

#include "growingjson.h"

#include <QJsonValue>
#include <QString>

namespace rl {

// Merges one stream delta into an accumulated QJsonValue, by the rules of GrowingJson::merge()
// (openai-node's accumulateAssistantStreamDelta, digest section 4.5). It converts the
// accumulator both ways, so it costs the size of acc: fine for one merge, quadratic for a
// stream. What accumulates a stream holds a GrowingJson instead.
bool mergeDelta(QJsonValue &acc, const QJsonValue &delta, QString *error = nullptr);

} // namespace rl
