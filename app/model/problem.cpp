#include "problem.h"

#include <algorithm>

namespace rl {

bool hasErrors(const Problems &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const Problem &p) { return p.isError(); });
}

QString bodyPath()
{
    return QStringLiteral("(body)");
}

QString joinPath(const QString &parent, const QString &key)
{
    if (parent.isEmpty() || parent == bodyPath()) {
        return key;
    }
    return parent + QLatin1Char('.') + key;
}

QString indexPath(const QString &parent, qsizetype index)
{
    const QString base = parent == bodyPath() ? QString() : parent;
    return base + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace rl
