#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace rl {

// How a run (or step, or message) status is shown: always a word, and a badge colour pair
// chosen for contrast in light and dark themes alike.
struct StatusLook
{
    QString text; // translated, e.g. "Requires action"
    QColor background;
    QColor foreground;
    bool terminal = false;
};

// Small formatting helpers shared by the panel's tabs.
class RunFormat
{
    Q_DECLARE_TR_FUNCTIONS(RunFormat)

public:
    [[nodiscard]] static StatusLook statusLook(const QString &status);
    // "850 ms", "4.2 s", "3 min 05 s", "1 h 02 min".
    [[nodiscard]] static QString durationMs(qint64 ms);
    // A duration in whole seconds, "—" when negative (unknown).
    [[nodiscard]] static QString durationSeconds(qint64 seconds);
    // An integer with thousands separators in the user's locale.
    [[nodiscard]] static QString count(qint64 n);
    // One line of the first element of a JSON value, shortened to maxChars.
    [[nodiscard]] static QString elide(const QString &text, int maxChars);
    // A string holding JSON (tool-call arguments, outputs) indented when valid, unchanged otherwise.
    [[nodiscard]] static QString prettyJsonText(const QString &text);
};

// Durations derived from a run object's timestamps, in seconds; -1 when not known yet.
struct RunDurations
{
    qint64 queued = -1; // started_at - created_at
    qint64 running = -1; // end - started_at
    qint64 total = -1; // end - created_at
    QString endField; // which *_at ended the run: completed_at, failed_at, ...

    [[nodiscard]] static RunDurations of(const QJsonObject &run);
};

} // namespace rl
