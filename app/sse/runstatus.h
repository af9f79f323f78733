#pragma once

#include <QJsonObject>
#include <QLatin1String>
#include <QString>
#include <QStringView>

namespace rl {

// A run's status (RunObject.status, digest section 3). The one place that knows which statuses
// end a run: the session, the CLI's exit codes, the panel's badge and the stream decoder all
// ask here.
enum class RunStatus {
    Unknown, // empty, or a word this version does not know
    Queued,
    InProgress,
    RequiresAction,
    Cancelling,
    Cancelled,
    Failed,
    Completed,
    Incomplete,
    Expired,
};

[[nodiscard]] RunStatus runStatusFromString(QStringView status);
[[nodiscard]] QLatin1String runStatusName(RunStatus status); // the API's word, empty for Unknown
// completed, failed, cancelled, expired, incomplete: nothing more happens to the run.
[[nodiscard]] bool isTerminal(RunStatus status);
[[nodiscard]] inline bool isTerminalRunStatus(QStringView status)
{
    return isTerminal(runStatusFromString(status));
}

// Why a run ended, read from its object: the status and what the server said about it.
struct RunEnd
{
    RunStatus status = RunStatus::Unknown;
    QString errorCode; // last_error.code, when the run failed
    QString errorMessage; // last_error.message
    QString incompleteReason; // incomplete_details.reason, when the run is incomplete

    [[nodiscard]] bool hasError() const { return !errorCode.isEmpty() || !errorMessage.isEmpty(); }
    [[nodiscard]] static RunEnd of(const QJsonObject &run);
};

} // namespace rl
