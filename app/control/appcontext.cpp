#include "appcontext.h"

#include "activeconnection.h"
#include "assistantmanager.h"
#include "connectioncontext.h"
#include "draftstore.h"
#include "historystore.h"
#include "profilestore.h"
#include "runcontroller.h"
#include "runsession.h"
#include "settings.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace rl {

AppContext::Paths AppContext::defaultPaths()
{
    Paths paths;
    paths.settingsFile = Settings::defaultFilePath();
    paths.historyFile = HistoryStore::defaultPath();
    paths.lastRequestFile = DraftStore::defaultPath();
    return paths;
}

AppContext::AppContext(const Paths &paths, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<Settings>(paths.settingsFile))
    , m_history(std::make_unique<HistoryStore>(paths.historyFile))
    , m_drafts(std::make_unique<DraftStore>(paths.lastRequestFile))
    , m_connections(new ConnectionContext(m_settings.get(), paths.keychainService, this))
    , m_runs(new RunController(this))
    , m_assistants(new AssistantManager(this))
{
    QDir().mkpath(QFileInfo(paths.historyFile).absolutePath());
    m_history->open();

    ActiveConnection *active = m_connections->active();
    connect(active, &ActiveConnection::ready, this, [this, active](const Connection &connection) {
        if (hasSessionBaseUrl()) {
            return;
        }
        m_runs->setConnection(connection);
        m_assistants->setConnection(connection);
        m_runs->refreshCatalog();
        emit connectionReady(active->statusText());
    });
    connect(active, &ActiveConnection::failed, this, &AppContext::connectionFailed);
    // Choosing a profile by hand ends a --base-url override.
    connect(m_connections->profiles(), &ProfileStore::activeProfileChanged, this,
            [this] { m_sessionBaseUrl = QUrl(); });
    connect(m_runs, &RunController::sessionEnded, this, &AppContext::recordHistory);
    // An assistant made or changed in the Assistants dialog shows in the composer's picker.
    connect(m_assistants, &AssistantManager::changed, m_runs, &RunController::refreshCatalog);
}

AppContext::~AppContext() = default;

void AppContext::setSessionBaseUrl(const QUrl &url)
{
    m_sessionBaseUrl = url;
}

void AppContext::start()
{
    if (hasSessionBaseUrl()) {
        useSessionOverride();
        return;
    }
    m_connections->active()->activate();
}

void AppContext::useSessionOverride()
{
    Connection connection;
    connection.baseUrl = m_sessionBaseUrl.toString();
    connection.apiKey = qEnvironmentVariable("OPENAI_API_KEY");
    connection.authStyle = connection.apiKey.isEmpty() ? Connection::AuthStyle::None : Connection::AuthStyle::Bearer;
    m_runs->setConnection(connection);
    m_assistants->setConnection(connection);
    m_runs->refreshCatalog();
    emit connectionReady(tr("Server for this session: %1").arg(m_sessionBaseUrl.toDisplayString()));
}

void AppContext::recordHistory(RunSession *session, const QJsonObject &finalRun)
{
    if (session != nullptr && session->isReplay()) {
        return; // the run it replays was recorded when it ran
    }
    if (session == nullptr || !m_history->isOpen()) {
        emit historyRecorded(-1, m_history->errorString());
        return;
    }
    HistoryEntry entry;
    entry.startedAt = m_runs->currentStartedAt();
    entry.profileName
        = hasSessionBaseUrl() ? tr("Server for this session") : m_connections->profiles()->activeProfile().name;
    entry.baseUrl = m_runs->connection().baseUrl;
    entry.requestBody = m_runs->currentBody();
    const QJsonObject run = finalRun.isEmpty() ? session->run() : finalRun;
    entry.finalRunJson = QJsonDocument(run).toJson(QJsonDocument::Compact);
    entry.status = session->status();
    entry.durationMs = session->elapsedMs();
    const qint64 id = m_history->add(entry);
    emit historyRecorded(id, id < 0 ? m_history->errorString() : QString());
}

} // namespace rl
