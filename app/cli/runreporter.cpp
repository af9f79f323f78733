#include "runreporter.h"

#include "runoutcome.h"
#include "runsession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

namespace rl::cli {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(rl::cli::RunCommand)
};

QString unixTime(const QJsonValue &seconds)
{
    const auto s = qint64(seconds.toDouble());
    if (s <= 0) {
        return {};
    }
    return QDateTime::fromSecsSinceEpoch(s, Qt::UTC).toString(Qt::ISODate);
}

QString incompleteReason(const QJsonObject &run)
{
    const QString reason
        = run.value(QLatin1String("incomplete_details")).toObject().value(QLatin1String("reason")).toString();
    if (reason == QLatin1String("max_completion_tokens")) {
        return Text::tr("run incomplete: the reply reached max_completion_tokens (max_completion_tokens)");
    }
    if (reason == QLatin1String("max_prompt_tokens")) {
        return Text::tr("run incomplete: the prompt needed more than max_prompt_tokens (max_prompt_tokens)");
    }
    if (!reason.isEmpty()) {
        return Text::tr("run incomplete: %1").arg(reason);
    }
    return Text::tr("run incomplete: the server gave no reason");
}

QString expiredReason(const QJsonObject &run, bool sawRequiresAction)
{
    const QString at = unixTime(run.value(QLatin1String("expires_at")));
    if (sawRequiresAction) {
        return at.isEmpty() ? Text::tr("run expired: the run expired before tool outputs were submitted")
                            : Text::tr("run expired: the run expired before tool outputs were submitted (expires_at "
                                       "%1)")
                                  .arg(at);
    }
    return at.isEmpty()
        ? Text::tr("run expired: the run did not finish before its expiry time")
        : Text::tr("run expired: the run did not finish before its expiry time (expires_at %1)").arg(at);
}

QString cancelledReason(const QJsonObject &run, bool cancelRequested)
{
    const QString at = unixTime(run.value(QLatin1String("cancelled_at")));
    QString text = cancelRequested ? Text::tr("run cancelled: --cancel-after asked for it")
                                   : Text::tr("run cancelled: by the server or another client");
    if (!at.isEmpty()) {
        text += Text::tr(" (cancelled_at %1)").arg(at);
    }
    return text;
}

} // namespace

RunReporter::RunReporter(RunSession &session, const RunOptions &options, Io io, QFile *events, bool interleaved,
                         QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_options(options)
    , m_io(io)
    , m_events(events)
    , m_interleaved(interleaved)
{
    connect(&session, &RunSession::statusChanged, this, &RunReporter::onStatus);
    connect(&session, &RunSession::textAppended, this,
            [this](const QString &messageId, int, const QString &fragment) { onText(messageId, fragment); });
    connect(&session, &RunSession::eventReceived, this, &RunReporter::onEvent);
    connect(&session, &RunSession::errorOccurred, this, &RunReporter::onWarning);
    connect(&session, &RunSession::requiresAction, this,
            [this](const QJsonArray &toolCalls, qint64) { onRequiresAction(toolCalls); });
    connect(&session, &RunSession::finished, this, &RunReporter::onFinished);
    connect(&session, &RunSession::failed, this, &RunReporter::onFailed);
    for (const QString &name : options.repeatedToolOutputs) {
        m_io.err << Text::tr("warning: --tool-output %1 given twice; using the last").arg(name) << '\n';
    }
    m_io.err.flush();
}

QString RunReporter::endReason(const QJsonObject &run, bool sawRequiresAction, bool cancelRequested)
{
    const RunEnd end = RunEnd::of(run);
    switch (end.status) {
    case RunStatus::Incomplete:
        return incompleteReason(run);
    case RunStatus::Expired:
        return expiredReason(run, sawRequiresAction);
    case RunStatus::Cancelled:
        return cancelledReason(run, cancelRequested);
    case RunStatus::Failed:
        return end.errorMessage.isEmpty() ? Text::tr("run failed: the server gave no reason")
                                          : Text::tr("run failed: %1").arg(end.errorMessage);
    case RunStatus::Unknown:
    case RunStatus::Queued:
    case RunStatus::InProgress:
    case RunStatus::RequiresAction:
    case RunStatus::Cancelling:
    case RunStatus::Completed:
        break;
    }
    return {};
}

void RunReporter::endText()
{
    if (m_textOpen) {
        m_io.out << '\n';
        m_io.out.flush();
        m_textOpen = false;
    }
}

void RunReporter::beforeStderr()
{
    if (m_interleaved) {
        endText();
    }
}

void RunReporter::writeRecord(qint64 atMs, const QString &event, const QJsonValue &data)
{
    if (!m_events) {
        return;
    }
    const QJsonObject line { { QStringLiteral("t"), atMs },
                             { QStringLiteral("event"), event },
                             { QStringLiteral("data"), data } };
    m_events->write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_events->flush();
}

void RunReporter::onStatus(const QString &status, qint64 atMs)
{
    beforeStderr();
    m_io.err << "status: " << status << '\n';
    m_io.err.flush();
    if (status == QLatin1String("requires_action")) {
        m_sawRequiresAction = true;
    }
    if (!m_session.isStreaming()) { // a stream's events are written as they come
        writeRecord(atMs, QStringLiteral("poll"), m_session.run());
    }
}

void RunReporter::onText(const QString &messageId, const QString &fragment)
{
    QString text = fragment;
    if (messageId != m_lastMessageId && !m_printed.isEmpty()) {
        text.prepend(QStringLiteral("\n\n")); // as assistantText() separates messages
    }
    m_lastMessageId = messageId;
    m_io.out << text;
    // One write per batch of events the network handed over, not one per delta: the flush runs
    // when the event loop is next idle.
    if (!m_flushQueued) {
        m_flushQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_flushQueued = false;
            m_io.out.flush();
        });
    }
    m_printed += text;
    m_textOpen = true;
}

void RunReporter::onEvent(const StreamEvent &event, qint64 atMs)
{
    if (!m_events) {
        return; // no --events: nothing to parse
    }
    const QJsonValue payload = event.payload();
    writeRecord(atMs, event.name, payload.isUndefined() ? QJsonValue(QString::fromUtf8(event.raw)) : payload);
}

void RunReporter::onWarning(const ApiError &error)
{
    beforeStderr();
    m_io.err << Text::tr("warning: %1").arg(error.summary()) << '\n';
    m_io.err.flush();
}

void RunReporter::onRequiresAction(const QJsonArray &toolCalls)
{
    QList<ToolOutput> outputs;
    QStringList missing;
    for (const QJsonValue v : toolCalls) {
        const QJsonObject call = v.toObject();
        const QString name = call.value(QLatin1String("function")).toObject().value(QLatin1String("name")).toString();
        if (m_options.toolOutputs.contains(name)) {
            outputs.append({ call.value(QLatin1String("id")).toString(), m_options.toolOutputs.value(name) });
            m_usedToolOutputs.insert(name);
        } else if (!missing.contains(name)) {
            missing << name;
        }
    }
    if (missing.isEmpty() && !outputs.isEmpty()) {
        // Later, on the loop: the session may still be reading the stream that announced it.
        QTimer::singleShot(0, &m_session, [session = &m_session, outputs] { session->submitToolOutputs(outputs); });
        return;
    }
    endText();
    m_io.err << Text::tr("runlens-cli run: the run requires action; no --tool-output for: %1")
                    .arg(missing.join(QStringLiteral(", ")))
             << '\n';
    if (!m_options.outputPath.isEmpty()) {
        writeOutput(m_session.run());
    }
    finish(10);
}

// Prints what the final picture holds beyond the streamed text (after a dropped stream, the
// rest recovered by polling), so that stdout ends with the complete reply.
void RunReporter::printRemainder()
{
    const QString final = m_session.assistantText();
    if (final.isEmpty() || final == m_printed) {
        return;
    }
    if (final.startsWith(m_printed)) {
        m_io.out << final.mid(m_printed.size());
        m_textOpen = true;
        return;
    }
    beforeStderr();
    m_io.err << Text::tr("note: the final reply differs from the streamed text; it follows in full") << '\n';
    m_io.err.flush();
    endText();
    m_io.out << Text::tr("--- final reply ---") << '\n' << final;
    m_textOpen = true;
}

void RunReporter::warnUnusedToolOutputs()
{
    QStringList unused;
    for (auto it = m_options.toolOutputs.cbegin(); it != m_options.toolOutputs.cend(); ++it) {
        if (!m_usedToolOutputs.contains(it.key())) {
            unused << it.key();
        }
    }
    unused.sort();
    for (const QString &name : unused) {
        m_io.err << Text::tr("warning: --tool-output %1 was not used: the run never called that function").arg(name)
                 << '\n';
    }
}

bool RunReporter::writeOutput(const QJsonObject &run)
{
    QFile file(m_options.outputPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_io.err << Text::tr("runlens-cli run: cannot write %1: %2").arg(m_options.outputPath, file.errorString())
                 << '\n';
        return false;
    }
    file.write(QJsonDocument(run).toJson(QJsonDocument::Indented));
    return true;
}

void RunReporter::onFinished(const QJsonObject &finalRun)
{
    printRemainder();
    endText();
    if (!m_options.outputPath.isEmpty() && !writeOutput(finalRun)) {
        finish(3);
        return;
    }
    const QString reason = endReason(finalRun, m_sawRequiresAction, m_session.cancelRequested());
    if (!reason.isEmpty()) {
        m_io.err << reason << '\n';
    }
    finish(exitCodeForRunStatus(finalRun.value(QLatin1String("status")).toString()));
}

void RunReporter::onFailed(const ApiError &error)
{
    endText();
    m_io.err << "runlens-cli run: " << error.details() << '\n';
    finish(3);
}

void RunReporter::finish(int code)
{
    if (m_done) {
        return;
    }
    m_done = true;
    warnUnusedToolOutputs();
    m_io.out.flush();
    m_io.err.flush();
    emit done(code);
}

} // namespace rl::cli
