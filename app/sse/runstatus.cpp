#include "runstatus.h"

#include <array>
#include <utility>

namespace rl {

namespace {

constexpr std::array<std::pair<RunStatus, const char *>, 9> kNames { {
    { RunStatus::Queued, "queued" },
    { RunStatus::InProgress, "in_progress" },
    { RunStatus::RequiresAction, "requires_action" },
    { RunStatus::Cancelling, "cancelling" },
    { RunStatus::Cancelled, "cancelled" },
    { RunStatus::Failed, "failed" },
    { RunStatus::Completed, "completed" },
    { RunStatus::Incomplete, "incomplete" },
    { RunStatus::Expired, "expired" },
} };

} // namespace

RunStatus runStatusFromString(QStringView status)
{
    for (const auto &[value, name] : kNames) {
        if (status == QLatin1String(name)) {
            return value;
        }
    }
    return RunStatus::Unknown;
}

QLatin1String runStatusName(RunStatus status)
{
    for (const auto &[value, name] : kNames) {
        if (value == status) {
            return QLatin1String(name);
        }
    }
    return {};
}

bool isTerminal(RunStatus status)
{
    switch (status) {
    case RunStatus::Completed:
    case RunStatus::Failed:
    case RunStatus::Cancelled:
    case RunStatus::Expired:
    case RunStatus::Incomplete:
        return true;
    case RunStatus::Unknown:
    case RunStatus::Queued:
    case RunStatus::InProgress:
    case RunStatus::RequiresAction:
    case RunStatus::Cancelling:
        break;
    }
    return false;
}

RunEnd RunEnd::of(const QJsonObject &run)
{
    RunEnd end;
    end.status = runStatusFromString(run.value(QLatin1String("status")).toString());
    const QJsonObject lastError = run.value(QLatin1String("last_error")).toObject();
    end.errorCode = lastError.value(QLatin1String("code")).toString();
    end.errorMessage = lastError.value(QLatin1String("message")).toString();
    end.incompleteReason
        = run.value(QLatin1String("incomplete_details")).toObject().value(QLatin1String("reason")).toString();
    return end;
}

} // namespace rl
