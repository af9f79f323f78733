#include "runoutcome.h"

namespace rl {

int exitCodeForRunStatus(const QString &status)
{
    if (status == QLatin1String("completed")) {
        return exitcode::completed;
    }
    if (status == QLatin1String("requires_action")) {
        return exitcode::requiresAction;
    }
    if (status == QLatin1String("incomplete")) {
        return exitcode::incomplete;
    }
    if (status == QLatin1String("failed")) {
        return exitcode::failed;
    }
    if (status == QLatin1String("cancelled")) {
        return exitcode::cancelled;
    }
    if (status == QLatin1String("expired")) {
        return exitcode::expired;
    }
    return exitcode::apiOrNetworkError;
}

bool isTerminalRunStatus(const QString &status)
{
    return status == QLatin1String("completed") || status == QLatin1String("failed")
        || status == QLatin1String("cancelled") || status == QLatin1String("expired")
        || status == QLatin1String("incomplete");
}

} // namespace rl
