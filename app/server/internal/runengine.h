#pragma once

#include "servererror.h"
#include "ssestream.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace rl::server {

class Store;

// Carries one run through the protocol: what every run does whatever produces its content
// (the simulator, or a model behind a Chat Completions server). It writes every change to the
// store and, while a stream is attached, sends the matching event in the spec's order; it
// answers tool outputs, cancels and expiry the same way for every engine.
//
// An engine implements start() (the run has been queued: go to work), resume() (the tool
// outputs are in: go on), stopWork() (drop whatever is under way) and may delay the end of a
// cancel (cancelDelayMs()). It reports what it does through the protected lifecycle below.
class RunEngine : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int delayMs = 40;
        int expireSeconds = 600;
    };

    RunEngine(Store *store, QString threadId, QString runId, Settings settings, QObject *parent = nullptr);
    ~RunEngine() override;

    [[nodiscard]] QString runId() const { return m_runId; }
    // Events from now on go to this stream; it is finished with `done` at the end.
    void attach(SseStream *stream);
    // thread.run.created, thread.run.queued, then start().
    void begin();
    // Only in requires_action, with an output for every pending call and no other.
    [[nodiscard]] std::optional<ServerError> validateToolOutputs(const QJsonArray &outputs) const;
    // After validateToolOutputs: completes the tool step, queues the run and calls resume().
    void submitToolOutputs(const QJsonArray &outputs, SseStream *stream);
    // queued / in_progress / requires_action -> cancelling -> (after cancelDelayMs()) cancelled.
    std::optional<ServerError> cancel();

Q_SIGNALS:
    void finished(const QString &runId);

protected:
    enum class MessageEnd { Completed, MaxTokens, ContentFilter, RunFailed };

    virtual void start() = 0;
    virtual void resume() = 0;
    virtual void stopWork() = 0;
    [[nodiscard]] virtual int cancelDelayMs() const { return 0; }

    [[nodiscard]] Store *store() const { return m_store; }
    [[nodiscard]] const QString &threadId() const { return m_threadId; }
    [[nodiscard]] const Settings &settings() const { return m_settings; }
    [[nodiscard]] bool isDone() const { return m_done; }
    [[nodiscard]] bool isStreaming() const { return m_stream != nullptr; }

    [[nodiscard]] QJsonObject run() const;
    void saveRun(const QJsonObject &run);
    void emitEvent(const QString &name, const QJsonObject &data);
    void emitRun(const QString &name);
    // status in_progress (started_at the first time), thread.run.in_progress.
    void setInProgress();

    // The tool outputs of the last submission: (function name, output), in call order.
    [[nodiscard]] const QList<QPair<QString, QString>> &toolOutputs() const { return m_toolOutputs; }

    // Steps: the one in progress.
    [[nodiscard]] const QString &stepId() const { return m_stepId; }
    QString beginStep(const QString &type, const QJsonObject &details); // created + in_progress
    void emitStepDelta(const QJsonObject &stepDetails); // thread.run.step.delta of the step
    void updateStep(const std::function<void(QJsonObject &)> &edit, const QString &event = QString());
    void completeStep(const QJsonObject &usage, const QString &event = QStringLiteral("thread.run.step.completed"));

    // The assistant message in progress, and its message_creation step.
    [[nodiscard]] const QString &messageId() const { return m_messageId; }
    void beginMessage(); // step created + in_progress, message created + in_progress
    void appendText(const QString &fragment); // to the text part; thread.message.delta
    void appendRefusal(const QString &fragment); // to a refusal part; thread.message.delta
    [[nodiscard]] QString messageText() const;
    // The message ends (completed, or incomplete for the reason) and its step with it; failure is
    // the step's last_error message for RunFailed.
    void finishMessage(MessageEnd end, const QJsonObject &stepUsage, const QString &failure = QString());

    // The run waits for these function calls (with their arguments; output null): the step in
    // progress gets them, the run goes to requires_action until expiry.
    void requireAction(const QJsonArray &toolCalls);

    // The run's usage at the end.
    void setUsage(int prompt, int completion);
    [[nodiscard]] int promptTokens() const { return m_prompt; }
    [[nodiscard]] int completionTokens() const { return m_completion; }

    // Terminal states.
    void endRun(const QString &status, const QString &event, qint64 at = 0); // at 0 = now
    void fail(const QString &code, const QString &message);
    void endIncomplete(const QString &reason);
    void expire();
    void finishCancel();
    // An `error` event and the end of the stream without `done` (the run ends on its own after).
    void sendStreamError(const QJsonObject &errorObject);
    // Closes the stream's connection without an end (a test scenario).
    void dropStream();
    static QJsonObject usage(int prompt, int completion);

private:
    void finishStream();
    void appendPart(int index, const QString &type, const QString &fragment, const QJsonObject &deltaPart);

    Store *m_store;
    QString m_threadId;
    QString m_runId;
    Settings m_settings;
    QPointer<SseStream> m_stream;
    QTimer m_expiry;
    bool m_done = false;
    QString m_stepId;
    QString m_messageId;
    QString m_messageText; // the text part, for the final content and usage
    QString m_refusalText;
    bool m_sentRole = false;
    QList<QPair<QString, QString>> m_toolOutputs;
    int m_prompt = 0;
    int m_completion = 0;
};

} // namespace rl::server
