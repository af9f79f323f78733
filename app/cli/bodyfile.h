#pragma once

#include "problem.h"

#include <QJsonValue>
#include <QString>
#include <QtGlobal>

class QTextStream;

namespace rl::cli {

// Shared by check, format and run: reading a request body and reporting its problems.

// The most a request body file may hold (the server takes 8 MiB; the margin is for tools).
inline constexpr qint64 MaxBodyFileBytes = qint64(64) * 1024 * 1024;

// Reads FILE ('-' for standard input, at most MaxBodyFileBytes) and the JSON in it. On failure prints one line to `err`
// ("Cannot read FILE: why", or "FILE: reason" with line and column for a syntax error or an
// empty file) and returns false.
[[nodiscard]] bool readBodyFile(const QString &fileName, QTextStream &err, QJsonValue *body);

// Prints each problem as "PATH: message", errors to `errors` and warnings to `warnings`, and
// flushes both. Returns true when at least one problem is an error.
bool printProblems(const Problems &problems, QTextStream &errors, QTextStream &warnings);

} // namespace rl::cli
