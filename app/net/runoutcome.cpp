#include "runoutcome.h"

namespace rl {

int exitCodeForRunStatus(const QString &status)
{
    switch (runStatusFromString(status)) {
    case RunStatus::Completed:
        return exitcode::completed;
    case RunStatus::RequiresAction:
        return exitcode::requiresAction;
    case RunStatus::Incomplete:
        return exitcode::incomplete;
    case RunStatus::Failed:
        return exitcode::failed;
    case RunStatus::Cancelled:
        return exitcode::cancelled;
    case RunStatus::Expired:
        return exitcode::expired;
    case RunStatus::Unknown:
    case RunStatus::Queued:
    case RunStatus::InProgress:
    case RunStatus::Cancelling:
        break;
    }
    return exitcode::apiOrNetworkError;
}

} // namespace rl
