#pragma once

#include "apiclient.h"
#include "connection.h"
#include "runsession.h"

#include <QDateTime>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkAccessManager;

namespace rl {

// What the main window delegates "Send" to. Holds the connection in use, makes one RunSession
// (with its own ApiClient, so a later connection change never alters a run under way) per
// send, and loads the catalogue of assistants and models for the composer's pickers.
class RunController : public QObject
{
    Q_OBJECT

public:
    explicit RunController(QObject *parent = nullptr);
    ~RunController() override;

    // The connection used by the next send() and refreshCatalog().
    void setConnection(const Connection &connection);
    [[nodiscard]] const Connection &connection() const { return m_connection; }
    [[nodiscard]] bool hasConnection() const { return m_hasConnection; }

    // Starts a run of the request (streamed when its "stream" is true). The previous session, if still
    // active, is detached and cancels its run in the background (it is deleted once the run has
    // ended). Returns the new session (owned by the controller).
    RunSession *send(const CreateThreadAndRunRequest &request);
    // Replays a saved stream as the current session (see RunSession::replay()); nothing is sent.
    RunSession *replay(const QList<RecordedEvent> &events, RunSession::ReplayPace pace);
    [[nodiscard]] RunSession *currentSession() const { return m_session; }
    // The body (the bytes sent) and start time of the current session's request.
    [[nodiscard]] const QByteArray &currentBody() const { return m_body; }
    [[nodiscard]] const QDateTime &currentStartedAt() const { return m_startedAt; }

    // Lists assistants and models on the current connection.
    void refreshCatalog();

signals:
    void sessionStarted(rl::RunSession *session);
    // The current session ended: finished (terminal) or failed. finalRun is empty on failure.
    void sessionEnded(rl::RunSession *session, const QJsonObject &finalRun);
    void assistantsLoaded(const QJsonArray &assistants);
    void modelsLoaded(const QStringList &models);
    void catalogFailed(const QString &message);

private:
    RunSession *newSession();
    void retireSession();

    QNetworkAccessManager *m_nam;
    Connection m_connection;
    bool m_hasConnection = false;
    QPointer<RunSession> m_session;
    QPointer<ApiClient> m_catalogClient;
    QByteArray m_body;
    QDateTime m_startedAt;
};

} // namespace rl
