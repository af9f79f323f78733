#include "activeconnection.h"

#include "keyresolver.h"
#include "profilestore.h"

namespace rl {

ActiveConnection::ActiveConnection(ProfileStore *profiles, KeyResolver *keys, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_keys(keys)
{
    connect(m_profiles, &ProfileStore::activeProfileChanged, this, &ActiveConnection::activate);
    connect(m_keys, &KeyResolver::resolved, this,
            [this](const QString &id, const QString &key, KeySource) { onKeyResolved(id, key); });
    connect(m_keys, &KeyResolver::failed, this, &ActiveConnection::onKeyFailed);
}

ActiveConnection::~ActiveConnection()
{
    if (m_server) {
        m_server->stop();
    }
}

void ActiveConnection::activate()
{
    const ConnectionProfile profile = m_profiles->activeProfile();
    m_profileId = profile.id;
    m_ready = false;
    m_connection = Connection();
    Q_EMIT preparing(profile.id);
    if (profile.builtIn) {
        startBuiltIn();
        return;
    }
    if (m_server && m_server->isRunning()) {
        m_server->stop();
    }
    setStatus(tr("Connecting to %1…").arg(profile.name));
    m_keys->resolve(profile);
}

void ActiveConnection::startBuiltIn()
{
    if (!m_server) {
        m_server = new LocalServer(this);
    }
    if (!m_server->isRunning() && !m_server->start(m_serverOptions)) {
        const QString message = tr("The built-in local server could not start: %1").arg(m_server->errorString());
        setStatus(message);
        Q_EMIT failed(message);
        return;
    }
    const QUrl url = m_server->baseUrl();
    Connection c = m_profiles->activeProfile().connection;
    c.baseUrl = url.toString();
    c.authStyle = Connection::AuthStyle::None;
    c.apiKey.clear();
    m_connection = c;
    m_ready = true;
    setStatus(tr("Built-in local server on %1:%2").arg(url.host()).arg(url.port()));
    Q_EMIT localServerStarted(url);
    Q_EMIT ready(m_connection);
}

void ActiveConnection::onKeyResolved(const QString &profileId, const QString &key)
{
    if (profileId != m_profileId || m_ready) {
        return; // an answer for a profile that is no longer active
    }
    const ConnectionProfile profile = m_profiles->profile(profileId);
    if (!profile.isValid() || profile.builtIn) {
        return;
    }
    m_connection = profile.connection;
    m_connection.apiKey = key;
    m_ready = true;
    setStatus(tr("%1 at %2").arg(profile.name, profile.connection.baseUrl));
    Q_EMIT ready(m_connection);
}

void ActiveConnection::onKeyFailed(const QString &profileId, const QString &message)
{
    if (profileId != m_profileId || m_ready) {
        return;
    }
    const QString text = tr("No key for %1: %2").arg(m_profiles->profile(profileId).name, message);
    setStatus(text);
    Q_EMIT failed(text);
}

void ActiveConnection::setStatus(const QString &text)
{
    if (text != m_status) {
        m_status = text;
        Q_EMIT statusChanged(text);
    }
}

} // namespace rl
