#include "runsession.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimer>

#include <utility>

namespace rl {

namespace {

constexpr int kTerminalGraceMs = 1500; // how long a stream may stay open after a terminal status
constexpr int kUpdateCoalesceMs = 100; // how often a message or step that deltas change is re-sent whole

} // namespace

RunSession::RunSession(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_pollTimer(new QTimer(this))
    , m_updateTimer(new QTimer(this))
{
    Q_ASSERT(client != nullptr);
    m_updateTimer->setSingleShot(true);
    m_updateTimer->setInterval(kUpdateCoalesceMs);
    connect(m_updateTimer, &QTimer::timeout, this, &RunSession::flushPendingUpdates);
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &RunSession::poll);
}

RunSession::~RunSession()
{
    if (m_call) {
        m_call->cancel();
    }
    if (m_cancelCall) {
        m_cancelCall->cancel();
    }
}

QString RunSession::threadId() const
{
    return m_acc.threadId();
}

QString RunSession::runId() const
{
    return m_acc.runId();
}

QString RunSession::status() const
{
    return m_acc.status();
}

QJsonObject RunSession::run() const
{
    return m_acc.run();
}

QList<QJsonObject> RunSession::messages() const
{
    return m_acc.messages();
}

QList<QJsonObject> RunSession::steps() const
{
    return m_acc.steps();
}

QString RunSession::assistantText() const
{
    return m_acc.assistantText();
}

QJsonArray RunSession::pendingToolCalls() const
{
    return m_pendingToolCalls;
}

bool RunSession::isActive() const
{
    return m_started && m_phase != Phase::Finished && m_phase != Phase::Failed;
}

bool RunSession::isStreaming() const
{
    return m_phase == Phase::Streaming;
}

qint64 RunSession::elapsedMs() const
{
    if (m_replay && m_replayNowMs >= 0) {
        return m_replayNowMs;
    }
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

bool RunSession::isTerminal() const
{
    return rl::isTerminal(m_acc.runStatus());
}

void RunSession::setPhase(Phase phase)
{
    if (m_phase == phase) {
        return;
    }
    flushPendingUpdates();
    m_phase = phase;
    emit phaseChanged(phase);
}

void RunSession::markPending(QStringList &ids, const QString &id)
{
    if (!ids.contains(id)) {
        ids.append(id);
    }
    if (!m_updateTimer->isActive()) {
        m_updateTimer->start();
    }
}

void RunSession::flushPendingUpdates()
{
    m_updateTimer->stop();
    const QStringList messages = std::exchange(m_pendingMessages, {});
    const QStringList steps = std::exchange(m_pendingSteps, {});
    for (const QString &id : messages) {
        emit messageUpdated(m_acc.message(id));
    }
    for (const QString &id : steps) {
        emit stepUpdated(m_acc.step(id));
    }
}

void RunSession::watch(ApiCall *call) const
{
    connect(call, &ApiCall::exchangeStarted, this, &RunSession::httpExchange);
    connect(call, &ApiCall::exchange, this, &RunSession::httpExchange);
}

void RunSession::start(const CreateThreadAndRunRequest &request)
{
    if (m_started) {
        return;
    }
    m_started = true;
    const bool stream = request.stream.valueOr(false);
    m_stream = stream;
    m_clock.start();
    const QByteArray payload = request.toJsonBytes();
    setPhase(Phase::Creating);
    if (stream) {
        startStream(m_client->createThreadAndRunStream(payload));
        return;
    }
    ApiCall *call = m_client->createThreadAndRun(payload);
    m_call = call;
    watch(call);
    connect(call, &ApiCall::finished, this, [this, call](const QJsonValue &result, const ResponseMeta &meta) {
        m_call = nullptr;
        const QJsonObject run = result.toObject();
        if (run.value(QLatin1String("id")).toString().isEmpty()) {
            failWith(noRunIdError(call, meta));
            return;
        }
        applyRun(run);
        continueAfterAnswer(meta);
    });
    connect(call, &ApiCall::failed, this, [this](const ApiError &error) {
        m_call = nullptr;
        ApiError e = error;
        e.runMayExist = error.kind != ApiError::Kind::Http && error.mayHaveReachedServer();
        failWith(e);
    });
}

void RunSession::startStream(StreamCall *call)
{
    m_call = call;
    watch(call);
    setPhase(Phase::Streaming);
    connect(call, &StreamCall::eventReceived, this, &RunSession::onStreamEvent);
    connect(call, &ApiCall::finished, this, [this, call](const QJsonValue &result, const ResponseMeta &meta) {
        if (m_call == call) {
            m_call = nullptr;
        }
        onStreamFinished(call, result, meta);
    });
    connect(call, &ApiCall::failed, this, [this, call](const ApiError &error) {
        if (m_call == call) {
            m_call = nullptr;
        }
        if (error.kind == ApiError::Kind::Network && error.network == ApiError::Network::Closed) {
            // A cut stream reads the same as one that ended cleanly too early.
            onStreamFailed(ApiError::streamEnded(call->methodName(), call->url()));
            return;
        }
        onStreamFailed(error);
    });
}

void RunSession::onStreamEvent(const StreamEvent &event)
{
    if (m_recordingOn) {
        m_recording.add(event, elapsedMs());
    }
    emit eventReceived(event, elapsedMs());
    if (event.kind == StreamEvent::Kind::Error) {
        ApiError e = ApiError::ofKind(ApiError::Kind::StreamError, event.error.message);
        e.type = event.error.type;
        e.code = event.error.code;
        e.param = event.error.param;
        emit errorOccurred(e);
        return;
    }
    const bool isDelta = event.kind == StreamEvent::Kind::MessageDelta || event.kind == StreamEvent::Kind::StepDelta;
    if (!isDelta) {
        flushPendingUpdates(); // what deltas changed is told before what comes after them
    }
    const AccumulatorUpdate update = m_acc.apply(event);
    if (update.has(AccumulatorUpdate::MessageChanged)) {
        for (const TextFragment &fragment : update.text) {
            emit textAppended(fragment.messageId, fragment.contentIndex, fragment.text);
        }
        if (!isDelta || update.has(AccumulatorUpdate::MessageCreated)) {
            emit messageUpdated(m_acc.message(update.messageId));
        } else if (!update.has(AccumulatorUpdate::TextOnly)) {
            markPending(m_pendingMessages, update.messageId);
        }
    }
    if (update.has(AccumulatorUpdate::StepChanged)) {
        if (!isDelta || update.has(AccumulatorUpdate::StepCreated)) {
            emit stepUpdated(m_acc.step(update.stepId));
        } else {
            markPending(m_pendingSteps, update.stepId);
        }
    }
    if (update.has(AccumulatorUpdate::MergeFailed)) {
        emit errorOccurred(ApiError::ofKind(ApiError::Kind::StreamError, update.mergeError));
    }
    if (update.has(AccumulatorUpdate::RunChanged)) {
        emit runUpdated(m_acc.run());
        onRunChanged();
        if (isTerminal() && m_call) {
            // The stream should end now; do not wait for a server that keeps it open.
            QPointer<ApiCall> streamCall = m_call;
            QTimer::singleShot(kTerminalGraceMs, this, [this, streamCall] {
                if (streamCall && streamCall == m_call) {
                    streamCall->cancel();
                    m_call = nullptr;
                    fetchFinalPicture();
                }
            });
        }
    }
}

void RunSession::onStreamFinished(const ApiCall *call, const QJsonValue &result, const ResponseMeta &meta)
{
    if (result.isObject()) {
        // The server answered JSON instead of a stream: the non-streamed answer.
        const QJsonObject object = result.toObject();
        if (object.value(QLatin1String("object")).toString() == QLatin1String("thread.run")
            || object.contains(QLatin1String("status"))) {
            applyRun(object);
        }
        if (runId().isEmpty()) {
            failWith(noRunIdError(call, meta));
            return;
        }
        continueAfterAnswer(meta);
        return;
    }
    if (isTerminal()) {
        fetchFinalPicture();
        return;
    }
    if (status() == QLatin1String("requires_action")) {
        waitForToolOutputs();
        return;
    }
    streamEndedEarly(ApiError::streamEnded(call->methodName(), call->url()));
}

void RunSession::onStreamFailed(const ApiError &error)
{
    if (isTerminal()) {
        fetchFinalPicture();
        return;
    }
    if (error.kind == ApiError::Kind::Http && runId().isEmpty()) {
        failWith(error); // rejected before any run was made
        return;
    }
    if (status() == QLatin1String("requires_action")) {
        emit errorOccurred(error);
        waitForToolOutputs();
        return;
    }
    streamEndedEarly(error);
}

void RunSession::streamEndedEarly(const ApiError &reason)
{
    if (runId().isEmpty() || threadId().isEmpty()) {
        ApiError e = reason;
        e.runMayExist = reason.mayHaveReachedServer();
        failWith(e);
        return;
    }
    // Never re-post: follow the known run by polling.
    emit errorOccurred(reason);
    setPhase(Phase::Polling);
    schedulePoll(0);
}

ApiError RunSession::noRunIdError(const ApiCall *call, const ResponseMeta &meta)
{
    ApiError e = ApiError::ofKind(ApiError::Kind::Protocol, tr("the answer holds no run id"));
    e.httpStatus = meta.httpStatus;
    e.requestId = meta.requestId;
    e.method = call->methodName();
    e.url = call->url();
    e.runMayExist = true;
    return e;
}

void RunSession::applyRun(const QJsonObject &run)
{
    if (run.isEmpty()) {
        return;
    }
    m_acc.setRun(run);
    emit runUpdated(m_acc.run());
    onRunChanged();
}

void RunSession::onRunChanged()
{
    const QString current = m_acc.status();
    if (!current.isEmpty() && current != m_lastStatus) {
        m_lastStatus = current;
        emit statusChanged(current, elapsedMs());
        if (current == QLatin1String("requires_action")) {
            const QJsonObject run = m_acc.run();
            m_pendingToolCalls = run.value(QLatin1String("required_action"))
                                     .toObject()
                                     .value(QLatin1String("submit_tool_outputs"))
                                     .toObject()
                                     .value(QLatin1String("tool_calls"))
                                     .toArray();
            if (!m_cancelRequested) {
                emit requiresAction(m_pendingToolCalls, qint64(run.value(QLatin1String("expires_at")).toDouble()));
            }
        } else {
            m_pendingToolCalls = QJsonArray();
        }
    }
    if (m_cancelRequested && !m_cancelSent && !runId().isEmpty() && !isTerminal()) {
        sendCancel();
    }
}

void RunSession::continueAfterAnswer(const ResponseMeta &meta)
{
    if (isTerminal()) {
        fetchFinalPicture();
    } else if (status() == QLatin1String("requires_action") && !m_cancelRequested) {
        waitForToolOutputs();
    } else {
        setPhase(Phase::Polling);
        schedulePoll(pollDelayMs(meta));
    }
}

void RunSession::waitForToolOutputs()
{
    if (m_cancelRequested) {
        setPhase(Phase::Polling);
        schedulePoll(pollDelayMs({}));
        return;
    }
    setPhase(Phase::WaitingForToolOutputs);
    // While the run waits, look at it now and then, so that an expiry (or a cancel from
    // elsewhere) is seen even when nobody answers: at expires_at when it is near, else every 30 s.
    constexpr qint64 idleCheckMs = 30'000;
    const qint64 expiresAt = qint64(m_acc.run().value(QLatin1String("expires_at")).toDouble());
    const qint64 untilExpiry = expiresAt * 1000 - QDateTime::currentMSecsSinceEpoch() + 500;
    qint64 delay = idleCheckMs;
    if (expiresAt > 0 && untilExpiry > 0) { // a past expires_at (clock skew, old data) is not trusted
        delay = qBound(qint64(pollDelayMs({})), untilExpiry, idleCheckMs);
    }
    schedulePoll(int(delay));
}

int RunSession::pollDelayMs(const ResponseMeta &meta) const
{
    if (meta.pollAfterMs >= 0) {
        return meta.pollAfterMs;
    }
    return qMax(0, m_client->connection().pollIntervalMs);
}

void RunSession::schedulePoll(int delayMs)
{
    if (m_phase == Phase::Finished || m_phase == Phase::Failed) {
        return;
    }
    m_pollTimer->start(qMax(0, delayMs));
}

void RunSession::poll()
{
    if (m_call || !isActive()) {
        return;
    }
    setPhase(Phase::Polling);
    ApiCall *call = m_client->retrieveRun(threadId(), runId());
    m_call = call;
    watch(call);
    connect(call, &ApiCall::finished, this, [this, call](const QJsonValue &result, const ResponseMeta &meta) {
        if (m_call == call) {
            m_call = nullptr;
        }
        applyRun(result.toObject());
        continueAfterAnswer(meta);
        if (isActive() && !isTerminal() && m_phase == Phase::Polling) {
            pollMessages();
        }
    });
    connect(call, &ApiCall::failed, this, [this, call](const ApiError &error) {
        if (m_call == call) {
            m_call = nullptr;
        }
        failWith(error);
    });
}

// Best effort: a listing that fails is left to the final one, which reports its problems.
void RunSession::pollMessages()
{
    if (!m_messagesCall.isNull() || threadId().isEmpty() || runId().isEmpty()) {
        return;
    }
    ListOptions options;
    options.order = QStringLiteral("asc");
    ListCall *call = m_client->listMessages(threadId(), runId(), options);
    m_messagesCall = call;
    watch(call);
    connect(call, &ApiCall::finished, this, [this](const QJsonValue &result, const ResponseMeta &) {
        if (!isActive() || m_phase == Phase::Fetching) {
            return; // the final listing tells the rest
        }
        const QJsonArray items = result.toArray();
        for (const QJsonValue item : items) {
            const QJsonObject message = item.toObject();
            const QString id = message.value(QLatin1String("id")).toString();
            if (!id.isEmpty() && m_acc.message(id) != message) {
                m_acc.setMessages(QJsonArray { message });
                emit messageUpdated(m_acc.message(id));
            }
        }
    });
}

void RunSession::submitToolOutputs(const QList<ToolOutput> &outputs)
{
    if (!isActive() || status() != QLatin1String("requires_action") || m_cancelRequested) {
        return;
    }
    if (m_replay) {
        replayToolOutputs();
        return;
    }
    if (m_call) { // a stream still open after requires_action
        m_call->cancel();
        m_call = nullptr;
    }
    m_pendingToolCalls = QJsonArray();
    m_pollTimer->stop(); // the idle check while waiting
    if (m_stream) {
        startStream(m_client->submitToolOutputsStream(threadId(), runId(), outputs));
        return;
    }
    setPhase(Phase::Submitting);
    ApiCall *call = m_client->submitToolOutputs(threadId(), runId(), outputs);
    m_call = call;
    watch(call);
    connect(call, &ApiCall::finished, this, [this, call](const QJsonValue &result, const ResponseMeta &meta) {
        if (m_call == call) {
            m_call = nullptr;
        }
        applyRun(result.toObject());
        setPhase(Phase::Polling);
        schedulePoll(isTerminal() ? 0 : pollDelayMs(meta));
    });
    connect(call, &ApiCall::failed, this, [this, call](const ApiError &error) {
        if (m_call == call) {
            m_call = nullptr;
        }
        emit errorOccurred(error);
        setPhase(Phase::Polling);
        schedulePoll(0); // learn where the run stands
    });
}

void RunSession::cancel()
{
    if (!m_started || !isActive() || m_cancelRequested) {
        return;
    }
    m_cancelRequested = true;
    if (m_replay) {
        stopReplay();
        return;
    }
    if (!runId().isEmpty() && !isTerminal()) {
        sendCancel();
    }
}

void RunSession::sendCancel()
{
    if (m_cancelSent) {
        return;
    }
    m_cancelSent = true;
    const bool wasWaiting = m_phase == Phase::WaitingForToolOutputs;
    if (wasWaiting) {
        m_pollTimer->stop(); // the idle check while waiting for tool outputs
        setPhase(Phase::Cancelling);
    }
    ApiCall *call = m_client->cancelRun(threadId(), runId());
    m_cancelCall = call;
    watch(call);
    auto followUp = [this](const ResponseMeta &meta) {
        if (!isActive()) {
            return;
        }
        if (m_call && m_phase == Phase::Streaming && !isTerminal()) {
            // Servers differ in whether the open stream reports the cancellation: follow the run
            // by polling instead (the final listing reconciles messages and steps).
            m_call->cancel();
            m_call = nullptr;
        }
        if (m_call) {
            return; // a poll in flight carries on
        }
        if (isTerminal()) {
            fetchFinalPicture();
            return;
        }
        setPhase(Phase::Polling);
        schedulePoll(m_phase == Phase::Polling && m_pollTimer->isActive() ? m_pollTimer->remainingTime()
                                                                          : pollDelayMs(meta));
    };
    connect(call, &ApiCall::finished, this, [this, followUp](const QJsonValue &result, const ResponseMeta &meta) {
        const QJsonObject run = result.toObject();
        if (!run.value(QLatin1String("status")).toString().isEmpty() && !isTerminal()) {
            applyRun(run);
        }
        followUp(meta);
    });
    connect(call, &ApiCall::failed, this, [this, followUp](const ApiError &error) {
        emit errorOccurred(error);
        followUp(ResponseMeta());
    });
}

void RunSession::fetchFinalPicture()
{
    if (m_phase == Phase::Fetching || m_phase == Phase::Finished || m_phase == Phase::Failed) {
        return;
    }
    m_pollTimer->stop();
    if (m_replay) { // the saved stream is all there is
        flushPendingUpdates();
        setPhase(Phase::Fetching);
        m_pendingFetches = 1;
        fetchDone();
        return;
    }
    setPhase(Phase::Fetching);
    m_pendingFetches = 2;
    ListOptions options;
    options.order = QStringLiteral("asc");
    fetchList(m_client->listMessages(threadId(), runId(), options), &RunAccumulator::setMessages,
              &RunSession::messageUpdated);
    fetchList(m_client->listRunSteps(threadId(), runId(), options), &RunAccumulator::setSteps,
              &RunSession::stepUpdated);
}

// One list of the final picture: the accumulator keeps what it holds, and each item is announced
// as it now stands.
void RunSession::fetchList(ListCall *call, void (RunAccumulator::*keep)(const QJsonArray &),
                           void (RunSession::*updated)(const QJsonObject &))
{
    watch(call);
    connect(call, &ApiCall::finished, this, [this, keep, updated](const QJsonValue &result, const ResponseMeta &) {
        const QJsonArray items = result.toArray();
        (m_acc.*keep)(items);
        for (const QJsonValue item : items) {
            emit(this->*updated)(item.toObject());
        }
        fetchDone();
    });
    connect(call, &ApiCall::failed, this, [this](const ApiError &error) {
        emit errorOccurred(error);
        fetchDone();
    });
}

void RunSession::fetchDone()
{
    if (--m_pendingFetches > 0 || m_phase != Phase::Fetching) {
        return;
    }
    setPhase(Phase::Finished);
    emit finished(m_acc.run());
}

void RunSession::failWith(const ApiError &error)
{
    if (m_phase == Phase::Finished || m_phase == Phase::Failed) {
        return;
    }
    m_pollTimer->stop();
    if (m_call) {
        m_call->cancel();
        m_call = nullptr;
    }
    setPhase(Phase::Failed);
    emit failed(error);
}

} // namespace rl
