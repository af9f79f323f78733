#pragma once

#include "servererror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace rl::server {

class SseStream;
class Store;

// Drives one run through its states on timers (never blocking), writing every change to the
// store and, while a stream is attached, sending the matching events in the spec's order.
// Deterministic: what happens depends only on the run, its thread and its metadata
// (runlens_scenario = fail | incomplete | expire | slow | error_event | drop).
class RunSimulator : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int delayMs = 40;
        int expireSeconds = 600;
    };

    RunSimulator(Store *store, QString threadId, QString runId, Settings settings, QObject *parent = nullptr);
    ~RunSimulator() override;

    [[nodiscard]] QString runId() const { return m_runId; }
    // Events from now on go to this stream; it is finished with `done` at the end.
    void attach(SseStream *stream);
    // thread.run.created, thread.run.queued, then the work.
    void begin();
    // Only in requires_action, with an output for every pending call and no other.
    [[nodiscard]] std::optional<ServerError> validateToolOutputs(const QJsonArray &outputs) const;
    // After validateToolOutputs: completes the tool step and continues the run.
    void submitToolOutputs(const QJsonArray &outputs, SseStream *stream);
    // queued / in_progress / requires_action -> cancelling -> cancelled.
    std::optional<ServerError> cancel();

Q_SIGNALS:
    void finished(const QString &runId);

private:
    using Action = std::function<void()>;

    QJsonObject run() const;
    void saveRun(const QJsonObject &run);
    void emitEvent(const QString &name, const QJsonObject &data);
    void emitRun(const QString &name);
    void enqueue(Action action, int delayMs = 0);
    void pump();
    void clearQueue();
    int pace(int delayMs) const;

    void startInProgress();
    void plan();
    int promptTokens(QString *lastUserText) const;
    void planFunctionStep(const QString &text);
    void planToolStep(const QString &kind, const QString &text);
    void planMessage(const QString &reply);
    enum class MessageEnd { Completed, MaxTokens, RunFailed };
    void finishMessage(MessageEnd end, const QString &failure = QString());
    void endRun(const QString &status, const QString &event, qint64 at = 0); // at 0 = now
    void fail(const QString &message);
    void expire();
    void finalizeCancel();
    void finishStream();
    void updateStep(const std::function<void(QJsonObject &)> &edit, const QString &event = QString());

    Store *m_store;
    QString m_threadId;
    QString m_runId;
    Settings m_settings;
    QString m_scenario;
    QPointer<SseStream> m_stream;
    QTimer m_timer;
    QTimer m_expiry;
    QList<QPair<int, Action>> m_queue;
    bool m_afterTools = false;
    bool m_done = false;
    QString m_stepId; // the step in progress
    QString m_messageId; // the message in progress
    QString m_messageText;
    QString m_lastUserText;
    QList<QPair<QString, QString>> m_toolOutputs;
    QString m_codeLogs;
    bool m_searched = false;
    int m_prompt = 0;
    int m_completion = 0;
};

} // namespace rl::server
