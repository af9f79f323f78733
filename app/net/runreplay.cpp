// RunSession's replay of a saved stream (see RunSession::replay()).
#include "runsession.h"

#include <QPointer>
#include <QTimer>

namespace rl {

namespace {
constexpr int kReplayBatch = 256; // events handled per turn of the event loop when replaying at once
}

void RunSession::replay(const QList<RecordedEvent> &events, ReplayPace pace)
{
    if (m_started) {
        return;
    }
    m_started = true;
    m_replay = true;
    m_stream = true;
    m_replayPace = pace;
    m_replayEvents = events;
    m_recordingOn = false; // the file is the recording: saving it again would invent times
    m_clock.start();
    m_replayTimer = new QTimer(this);
    m_replayTimer->setSingleShot(true);
    connect(m_replayTimer, &QTimer::timeout, this, &RunSession::replayNext);
    setPhase(Phase::Streaming);
    m_replayTimer->start(0);
}

void RunSession::replayNext()
{
    int handled = 0;
    while (m_replayNext < m_replayEvents.size() && isActive()) {
        const RecordedEvent &next = m_replayEvents.at(m_replayNext);
        if (m_replayPace == ReplayPace::Recorded && next.atMs >= 0) {
            const qint64 wait = next.atMs - m_clock.elapsed();
            if (wait > 0) {
                m_replayTimer->start(int(qMin<qint64>(wait, 60'000)));
                return;
            }
        } else if (handled == kReplayBatch) {
            m_replayTimer->start(0);
            return;
        }
        ++m_replayNext;
        ++handled;
        // A file without times keeps the order; each event then counts as arriving now.
        // (after a timed one, an untimed event keeps the last known time: times never go back)
        m_replayNowMs = qMax(next.atMs, m_replayNowMs);
        const QPointer<RunSession> self(this); // a slot may end the session
        onStreamEvent(next.event);
        if (!self) {
            return;
        }
    }
    if (isActive() && m_replayNext >= m_replayEvents.size()) {
        replayEnded();
    }
}

void RunSession::replayEnded()
{
    flushPendingUpdates();
    if (isTerminal()) {
        fetchFinalPicture();
    } else if (status() == QLatin1String("requires_action")) {
        setPhase(Phase::WaitingForToolOutputs); // nothing polls: the tool calls are shown, that is all
    } else {
        ApiError e = ApiError::ofKind(
            ApiError::Kind::StreamError,
            status().isEmpty()
                ? tr("The saved stream ends before the run was created.")
                : tr("The saved stream ends while the run is \"%1\", before it ended; a replay cannot ask the "
                     "server for the rest.")
                      .arg(status()));
        failWith(e);
    }
}

void RunSession::replayToolOutputs()
{
    // The recorded answer to the tool calls, if any, follows in the saved stream itself.
    if (m_replayNext < m_replayEvents.size()) {
        return;
    }
    failWith(ApiError::ofKind(ApiError::Kind::StreamError,
                              tr("The saved stream ends here, waiting for tool outputs: it holds no answer to "
                                 "replay.")));
}

void RunSession::stopReplay()
{
    m_replayTimer->stop();
    failWith(ApiError::ofKind(ApiError::Kind::Cancelled, tr("The replay was stopped.")));
}

} // namespace rl
