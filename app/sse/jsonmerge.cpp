#include "jsonmerge.h"

namespace rl {

bool mergeDelta(QJsonValue &acc, const QJsonValue &delta, QString *error)
{
    GrowingJson grown(acc);
    const bool ok = grown.merge(delta, error);
    acc = grown.toJson();
    return ok;
}

} // namespace rl
