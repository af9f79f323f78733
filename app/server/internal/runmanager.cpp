#include "runmanager.h"

#include "ssestream.h"
#include "store.h"

namespace rl::server {

RunManager::RunManager(Store *store, EngineFactory factory, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_factory(std::move(factory))
{
    connect(m_store, &Store::runsRemoved, this, [this](const QStringList &ids) {
        for (const QString &id : ids) {
            remove(id);
        }
    });
}

void RunManager::start(const QString &threadId, const QString &runId, SseStream *stream)
{
    RunEngine *engine = m_factory(threadId, runId, this);
    m_runs.insert(runId, engine);
    connect(engine, &RunEngine::finished, this, &RunManager::remove);
    engine->attach(stream);
    engine->begin();
}

RunEngine *RunManager::find(const QString &runId) const
{
    return m_runs.value(runId);
}

void RunManager::remove(const QString &runId)
{
    const QPointer<RunEngine> engine = m_runs.take(runId);
    if (engine) {
        engine->deleteLater();
    }
}

} // namespace rl::server
