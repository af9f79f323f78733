#pragma once

#include "runsimulator.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace rl::server {

class SseStream;
class Store;

// Owns the simulator of every active run; a run's simulator goes away when the run ends or
// its thread is dropped.
class RunManager : public QObject
{
    Q_OBJECT
public:
    RunManager(Store *store, RunSimulator::Settings settings, QObject *parent = nullptr);

    // Starts a run already in the store (status queued); stream may be null.
    void start(const QString &threadId, const QString &runId, SseStream *stream);
    [[nodiscard]] RunSimulator *find(const QString &runId) const;
    [[nodiscard]] int activeCount() const { return int(m_runs.size()); }

private:
    void remove(const QString &runId);

    Store *m_store;
    RunSimulator::Settings m_settings;
    QHash<QString, QPointer<RunSimulator>> m_runs;
};

} // namespace rl::server
