#pragma once

#include "apiclient.h"
#include "apierror.h"
#include "createthreadandrunrequest.h"
#include "httpexchange.h"
#include "runaccumulator.h"
#include "streamevent.h"
#include "streamrecording.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QTimer;

namespace rl {

// Drives ONE run of "create thread and run" from the request to a terminal status. It is the
// only thing the UI and the CLI talk to. Times (atMs) are milliseconds since start().
//
// Streamed mode reads the event stream. Non-streamed mode polls GET run (every
// Connection::pollIntervalMs, or the server's openai-poll-after-ms) until a terminal status
// or requires_action, and after each poll lists the run's messages so far (messageUpdated() for
// each that changed), so the text shows as the run writes it. After a terminal status the session lists the run's
// messages and steps so the final picture is complete in both modes, then emits finished().
//
// A stream that drops or stalls before a terminal status is never re-posted: the session
// switches to polling the run it already knows (errorOccurred() reports the drop). If no run id
// was seen yet, failed() says a run may have been created on the server.
class RunSession : public QObject
{
    Q_OBJECT

public:
    enum class Phase {
        Idle, // not started
        Creating, // the create POST is under way
        Streaming, // reading an event stream
        Polling, // polling GET run
        WaitingForToolOutputs, // requires_action: waiting for submitToolOutputs() or cancel()
        Submitting, // the tool outputs POST is under way (non-streamed)
        Cancelling, // the cancel POST is under way
        Fetching, // terminal: listing messages and steps
        Finished, // finished() emitted
        Failed, // failed() emitted
    };
    Q_ENUM(Phase)

    // The client (not null) must outlive the session; a caller that makes one client per
    // session can parent the client to the session.
    explicit RunSession(ApiClient *client, QObject *parent = nullptr);
    ~RunSession() override;

    // Sends the request as toJsonBytes() writes it, and reads the answer as an event stream
    // when its "stream" is true (by polling otherwise). Only once per session.
    void start(const CreateThreadAndRunRequest &request);
    // Answers the pending tool calls, all in one request (streamed when the run was started
    // streamed). Only while the run requires action.
    void submitToolOutputs(const QList<ToolOutput> &outputs);
    // Replays a saved stream instead of sending a request (nothing goes to the network): the
    // events are handled as if a server sent them, at their recorded times or all at once, and
    // every signal carries the recorded time. The stream is the whole picture: the session
    // finishes when the events are over (no listing); cancel() stops the replay.
    enum class ReplayPace { Recorded, AtOnce };
    void replay(const QList<RecordedEvent> &events, ReplayPace pace);
    [[nodiscard]] bool isReplay() const { return m_replay; }

    // Cancels the run: calls the cancel endpoint (at once, or as soon as the run id is known) and
    // follows the run through cancelling to wherever the server takes it.
    void cancel();

    [[nodiscard]] QString threadId() const;
    [[nodiscard]] QString runId() const;
    [[nodiscard]] QString status() const; // the latest run status, empty before the first
    [[nodiscard]] QJsonObject run() const; // the latest run object
    [[nodiscard]] QList<QJsonObject> messages() const; // oldest first
    [[nodiscard]] QList<QJsonObject> steps() const; // oldest first
    [[nodiscard]] QString assistantText() const; // the assistant messages' text, "\n\n" between messages
    [[nodiscard]] QJsonArray pendingToolCalls() const; // while requires_action, else empty
    [[nodiscard]] bool isActive() const; // started and neither finished nor failed
    [[nodiscard]] bool isStreaming() const; // reading a stream right now
    [[nodiscard]] bool streamRequested() const { return m_stream; }
    [[nodiscard]] bool cancelRequested() const { return m_cancelRequested; }
    [[nodiscard]] Phase phase() const { return m_phase; }
    [[nodiscard]] qint64 elapsedMs() const;
    // Every event read from a stream so far, with its time: what "Save stream" writes. On by
    // default; a caller that will never save turns it off before start() (it costs a copy of the
    // stream's text).
    [[nodiscard]] const StreamRecording &recording() const { return m_recording; }
    void setRecording(bool on) { m_recordingOn = on; }

signals:
    // The run's status changed (streamed and polled alike; never twice for the same status in a row).
    void statusChanged(const QString &status, qint64 atMs);
    // Every event read from a stream, unknown and error events included, as it arrives.
    // In polling mode nothing is emitted here: runUpdated() carries each polled run object.
    void eventReceived(const rl::StreamEvent &event, qint64 atMs);
    // A new run object (from a stream event, a poll, a cancel or submit answer).
    void runUpdated(const QJsonObject &run);
    // A message was created or changed (stream events, or the final listing). A delta that only
    // appends text is told by textAppended() alone; other deltas are coalesced: the message is
    // sent whole at most every 100 ms, and always before the next event that is not a delta.
    void messageUpdated(const QJsonObject &message);
    // Text added to a message by a stream delta. Not emitted in polling mode (see messageUpdated()).
    void textAppended(const QString &messageId, int contentIndex, const QString &fragment);
    // A run step was created or changed (stream events, or the final listing). Step deltas are
    // coalesced like message deltas.
    void stepUpdated(const QJsonObject &step);
    // The run waits for tool outputs: the function tool calls ({id, type, function{name, arguments}})
    // and the run's expires_at (Unix seconds, 0 when unknown). Answer with submitToolOutputs().
    void requiresAction(const QJsonArray &toolCalls, qint64 expiresAt);
    // Every HTTP request and response the session makes (key masked), twice: when the request is
    // sent (inProgress) and when its answer ends (the same id).
    void httpExchange(const rl::HttpExchange &exchange);
    // A problem the session works around (dropped stream, server error event, malformed event,
    // failed listing): the run goes on.
    void errorOccurred(const rl::ApiError &error);
    // The phase changed (for busy indicators).
    void phaseChanged(rl::RunSession::Phase phase);
    // A terminal status was reached and the messages and steps were fetched. Emitted once.
    void finished(const QJsonObject &finalRun);
    // The session cannot go on (the create request failed, the run cannot be followed). Emitted once.
    void failed(const rl::ApiError &error);

private:
    void setPhase(Phase phase);
    void markPending(QStringList &ids, const QString &id);
    void flushPendingUpdates();
    void watch(ApiCall *call) const;
    void startStream(StreamCall *call);
    void onStreamEvent(const StreamEvent &event);
    void onStreamFinished(const ApiCall *call, const QJsonValue &result, const ResponseMeta &meta);
    void onStreamFailed(const ApiError &error);
    void streamEndedEarly(const ApiError &reason);
    void applyRun(const QJsonObject &run);
    void onRunChanged();
    void continueAfterAnswer(const ResponseMeta &meta);
    void waitForToolOutputs();
    void schedulePoll(int delayMs);
    void poll();
    void pollMessages();
    void sendCancel();
    void fetchFinalPicture();
    void fetchList(ListCall *call, void (RunAccumulator::*keep)(const QJsonArray &),
                   void (RunSession::*updated)(const QJsonObject &));
    void fetchDone();
    void failWith(const ApiError &error);
    void replayNext();
    void replayEnded();
    void replayToolOutputs();
    void stopReplay();
    [[nodiscard]] static ApiError noRunIdError(const ApiCall *call, const ResponseMeta &meta);
    [[nodiscard]] int pollDelayMs(const ResponseMeta &meta) const;
    [[nodiscard]] bool isTerminal() const;

    ApiClient *const m_client;
    RunAccumulator m_acc;
    StreamRecording m_recording;
    bool m_recordingOn = true;
    QElapsedTimer m_clock;
    QTimer *m_pollTimer;
    QTimer *m_updateTimer; // coalesces messageUpdated / stepUpdated for deltas
    QStringList m_pendingMessages; // changed by deltas since they were last sent whole
    QStringList m_pendingSteps;
    QPointer<ApiCall> m_call; // the call in flight that drives the session (create, stream, poll, submit)
    QPointer<ApiCall> m_cancelCall;
    QPointer<ApiCall> m_messagesCall; // the messages so far, listed while polling
    Phase m_phase = Phase::Idle;
    QString m_lastStatus;
    QJsonArray m_pendingToolCalls;
    bool m_stream = false;
    bool m_started = false;
    bool m_cancelRequested = false;
    bool m_cancelSent = false;
    int m_pendingFetches = 0;
    // A replay (runreplay.cpp)
    bool m_replay = false;
    ReplayPace m_replayPace = ReplayPace::AtOnce;
    QList<RecordedEvent> m_replayEvents;
    qsizetype m_replayNext = 0;
    qint64 m_replayNowMs = -1; // the recorded time of the event being replayed
    QTimer *m_replayTimer = nullptr;
};

} // namespace rl
