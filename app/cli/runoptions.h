#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace rl::cli {

// The options of runlens-cli run.
struct RunOptions
{
    QString file;
    QString baseUrl;
    int streamOverride = -1; // -1 = the body's, 0 = no, 1 = yes
    QString eventsPath;
    QString outputPath;
    QString saveStreamPath; // --save-stream: the events read, as an .sse file (for runlens-cli replay)
    QHash<QString, QString> toolOutputs; // function name -> output
    QStringList repeatedToolOutputs; // names given more than once (the last value is used)
    double cancelAfterSeconds = -1;
    bool help = false;
};

// The usage line(s) of runlens-cli run; with `full`, every option, the output conventions and
// the exit statuses too.
[[nodiscard]] QString runUsage(bool full);

// Reads the options; returns an error text, empty on success (also for --help: see help).
[[nodiscard]] QString parseRunOptions(const QStringList &args, RunOptions &options);

// Checks a base URL before anything is sent: http or https with a host. Returns an error text,
// empty when usable. `source` names where the URL came from (--base-url, OPENAI_BASE_URL).
[[nodiscard]] QString checkBaseUrl(const QString &text, const QString &source);

// Checks that PATH can be written (without truncating an existing file, and without leaving a
// new one behind). Returns an error text, empty when writable.
[[nodiscard]] QString checkWritable(const QString &path, const QString &option);

} // namespace rl::cli
