#pragma once

#include "runengine.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace rl::server {

class SseStream;
class Store;

// Owns the engine of every active run; a run's engine goes away when the run ends or its thread
// is dropped. Which engine a run gets (the simulator, or a model upstream) is the factory's choice.
class RunManager : public QObject
{
    Q_OBJECT
public:
    using EngineFactory = std::function<RunEngine *(const QString &threadId, const QString &runId, QObject *parent)>;

    RunManager(Store *store, EngineFactory factory, QObject *parent = nullptr);

    // Starts a run already in the store (status queued); stream may be null.
    void start(const QString &threadId, const QString &runId, SseStream *stream);
    [[nodiscard]] RunEngine *find(const QString &runId) const;
    [[nodiscard]] int activeCount() const { return int(m_runs.size()); }

private:
    void remove(const QString &runId);

    Store *m_store;
    EngineFactory m_factory;
    QHash<QString, QPointer<RunEngine>> m_runs;
};

} // namespace rl::server
