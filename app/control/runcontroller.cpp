#include "runcontroller.h"

#include "apiclient.h"
#include "runsession.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

namespace rl {

namespace {

// How long a replaced run's session may go on cancelling it before it is given up.
constexpr int kRetireLimitMs = 60'000;

} // namespace

RunController::RunController(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{ }

RunController::~RunController() = default;

void RunController::setConnection(const Connection &connection)
{
    m_connection = connection;
    m_hasConnection = true;
}

RunSession *RunController::send(const CreateThreadAndRunRequest &request)
{
    RunSession *session = newSession();
    m_body = request.toJsonBytes();
    emit sessionStarted(session);
    session->start(request);
    return session;
}

RunSession *RunController::replay(const QList<RecordedEvent> &events, RunSession::ReplayPace pace)
{
    RunSession *session = newSession();
    m_body.clear();
    session->replay(events, pace); // the first event is handled on the event loop, after this
    emit sessionStarted(session); // so that the panel knows it is a replay
    return session;
}

RunSession *RunController::newSession()
{
    retireSession();
    auto *client = new ApiClient(m_connection, m_nam);
    auto *session = new RunSession(client, this);
    client->setParent(session); // one client per session, gone with it
    m_session = session;
    m_startedAt = QDateTime::currentDateTime();
    connect(session, &RunSession::finished, this,
            [this, session](const QJsonObject &finalRun) { emit sessionEnded(session, finalRun); });
    connect(session, &RunSession::failed, this,
            [this, session](const ApiError &) { emit sessionEnded(session, QJsonObject()); });
    return session;
}

void RunController::retireSession()
{
    RunSession *old = m_session;
    m_session = nullptr;
    if (old == nullptr) {
        return;
    }
    old->disconnect(this);
    if (!old->isActive()) {
        old->deleteLater();
        return;
    }
    // A run still going on the server is cancelled rather than silently abandoned. The session
    // (and its client) lives on until the run has ended, so that the cancel request really
    // leaves and is followed; a server that never ends the run is given up after a while.
    connect(old, &RunSession::finished, old, &QObject::deleteLater);
    connect(old, &RunSession::failed, old, &QObject::deleteLater);
    QTimer::singleShot(kRetireLimitMs, old, &QObject::deleteLater);
    old->cancel();
}

void RunController::refreshCatalog()
{
    if (!m_hasConnection) {
        return;
    }
    if (m_catalogClient != nullptr) {
        m_catalogClient->deleteLater();
    }
    auto *client = new ApiClient(m_connection, m_nam, this);
    m_catalogClient = client;

    ListCall *assistants = client->listAssistants();
    connect(assistants, &ApiCall::finished, this, [this, client](const QJsonValue &value, const ResponseMeta &) {
        if (client == m_catalogClient) {
            emit assistantsLoaded(value.toArray());
        }
    });
    connect(assistants, &ApiCall::failed, this, [this, client](const ApiError &error) {
        if (client == m_catalogClient) {
            emit catalogFailed(error.summary());
        }
    });

    ListCall *models = client->listModels();
    connect(models, &ApiCall::finished, this, [this, client](const QJsonValue &value, const ResponseMeta &) {
        if (client != m_catalogClient) {
            return;
        }
        QStringList ids = ListCall::idsOf(value.toArray());
        ids.sort();
        emit modelsLoaded(ids);
    });
    // A server without /models is common among compatible servers: the model field stays free text.
}

} // namespace rl
