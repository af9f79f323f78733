#pragma once

#include "commands.h"
#include "runoptions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>

class QFile;

namespace rl {
class RunSession;
struct ApiError;
struct StreamEvent;
} // namespace rl

namespace rl::cli {

// Prints what a RunSession does, for runlens-cli run: status lines and warnings on stderr, the
// assistant's text on stdout (streamed, then whatever the final picture adds), the NDJSON event
// log, the final run object, tool outputs. done() gives the exit status once.
class RunReporter : public QObject
{
    Q_OBJECT

public:
    // `events` may be null (no --events). The session, options, streams and file must outlive this.
    // With `interleaved` (stdout and stderr on one terminal), a line on stderr first ends the text
    // line on stdout; otherwise stdout holds exactly the assistant's text.
    RunReporter(RunSession &session, const RunOptions &options, Io io, QFile *events, bool interleaved,
                QObject *parent = nullptr);

    // Why a run ended as it did, for incomplete, expired and cancelled runs; empty otherwise
    // (failed runs: last_error). Public for tests of the wording.
    [[nodiscard]] static QString endReason(const QJsonObject &run, bool sawRequiresAction, bool cancelRequested);

signals:
    void done(int exitCode);

private:
    void onStatus(const QString &status, qint64 atMs);
    void onText(const QString &messageId, const QString &fragment);
    void onEvent(const StreamEvent &event, qint64 atMs);
    void onWarning(const ApiError &error);
    void onRequiresAction(const QJsonArray &toolCalls);
    void onFinished(const QJsonObject &finalRun);
    void onFailed(const ApiError &error);
    void writeRecord(qint64 atMs, const QString &event, const QJsonValue &data);
    void printRemainder();
    void warnUnusedToolOutputs();
    bool writeOutput(const QJsonObject &run);
    void endText();
    void beforeStderr(); // endText() when interleaved
    void finish(int code);

    RunSession &m_session;
    const RunOptions &m_options;
    Io m_io;
    QFile *m_events;
    QString m_printed; // the text printed so far, as streamed (messages separated by a blank line)
    QString m_lastMessageId;
    QSet<QString> m_usedToolOutputs;
    bool m_interleaved = false;
    bool m_textOpen = false; // text printed without a final newline
    bool m_flushQueued = false; // stdout is flushed once the current batch of events is handled
    bool m_sawRequiresAction = false;
    bool m_done = false;
};

} // namespace rl::cli
