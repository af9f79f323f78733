#pragma once

#include "runengine.h"

#include <QList>
#include <QPair>
#include <QTimer>

#include <functional>

namespace rl::server {

// The offline engine: makes a run's content deterministically (ReplyGenerator, ToolPlanner)
// and paces it on timers (never blocking). What happens depends only on the run, its thread
// and its metadata (runlens_scenario = fail | incomplete | expire | slow | error_event | drop).
class RunSimulator : public RunEngine
{
    Q_OBJECT
public:
    RunSimulator(Store *store, QString threadId, QString runId, Settings settings, QObject *parent = nullptr);

protected:
    void start() override;
    void resume() override;
    void stopWork() override;
    [[nodiscard]] int cancelDelayMs() const override;

private:
    using Action = std::function<void()>;

    void enqueue(Action action, int delayMs = 0);
    void pump();
    [[nodiscard]] int pace(int delayMs) const;

    void startInProgress();
    void plan();
    int countPromptTokens(QString *lastUserText) const;
    void planFunctionStep(const QString &text);
    void planToolStep(const QString &kind, const QString &text);
    void planMessage(const QString &reply);

    QString m_scenario;
    QTimer m_timer;
    QList<QPair<int, Action>> m_queue;
    bool m_afterTools = false;
    QString m_lastUserText;
    QString m_codeLogs;
    bool m_searched = false;
};

} // namespace rl::server
