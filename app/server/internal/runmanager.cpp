#include "runmanager.h"

#include "ssestream.h"
#include "store.h"

namespace rl::server {

RunManager::RunManager(Store *store, RunSimulator::Settings settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
{
    connect(m_store, &Store::runsRemoved, this, [this](const QStringList &ids) {
        for (const QString &id : ids) {
            remove(id);
        }
    });
}

void RunManager::start(const QString &threadId, const QString &runId, SseStream *stream)
{
    auto *sim = new RunSimulator(m_store, threadId, runId, m_settings, this);
    m_runs.insert(runId, sim);
    connect(sim, &RunSimulator::finished, this, &RunManager::remove);
    sim->attach(stream);
    sim->begin();
}

RunSimulator *RunManager::find(const QString &runId) const
{
    return m_runs.value(runId);
}

void RunManager::remove(const QString &runId)
{
    const QPointer<RunSimulator> sim = m_runs.take(runId);
    if (sim) {
        sim->deleteLater();
    }
}

} // namespace rl::server
