#pragma once

#include "runstatus.h"

#include <QString>

namespace rl {

// Exit statuses shared by `runlens-cli run` and `runlens --quit-when-done`.
namespace exitcode {
inline constexpr int completed = 0;
inline constexpr int invalidRequest = 2;
inline constexpr int apiOrNetworkError = 3;
inline constexpr int requiresAction = 10;
inline constexpr int incomplete = 11;
inline constexpr int failed = 12;
inline constexpr int cancelled = 13;
inline constexpr int expired = 14;
} // namespace exitcode

// The exit status for a run that stopped in `status` (a RunObject status string).
// A status that is not a stopping state maps to apiOrNetworkError: the run was left unfinished.
[[nodiscard]] int exitCodeForRunStatus(const QString &status);

} // namespace rl
