#include "activeconnection.h"

#include "keyresolver.h"
#include "profilestore.h"
#include "secretstore.h"
#include "settings.h"

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
    // The built-in server keeps running (its port, threads and assistants) for the whole session.
    setStatus(tr("Connecting to %1…").arg(profile.name));
    m_keys->resolve(profile);
}

void ActiveConnection::setBackendStorage(Settings *settings, SecretStore *secrets)
{
    m_settings = settings;
    m_secrets = secrets;
    if (settings != nullptr) {
        m_backend = LocalBackend::load(*settings);
    }
}

void ActiveConnection::setLocalBackend(const LocalBackend &backend, const std::optional<QString> &key)
{
    m_backend = backend;
    if (m_settings != nullptr) {
        m_backend.save(*m_settings);
    }
    const auto apply = [this] {
        if (!m_server || !m_server->isRunning()) {
            Q_EMIT backendApplied(backendDescription()); // used when the built-in server starts
            return;
        }
        applyBackend([this](bool ok, const QString &message) {
            if (!ok) {
                Q_EMIT backendFailed(message);
                return;
            }
            showBuiltInStatus();
            Q_EMIT backendApplied(backendDescription());
        });
    };
    if (!key.has_value()) {
        apply();
        return;
    }
    m_sessionUpstreamKey.reset();
    if (m_secrets == nullptr) {
        m_sessionUpstreamKey = *key;
        apply();
        return;
    }
    const SecretCallback stored = [this, apply, key](const SecretResult &result) {
        if (!result.ok() && result.status != SecretResult::Status::NotFound) {
            m_sessionUpstreamKey = *key; // the keychain refused: this session only
            Q_EMIT localServerNotice(
                tr("The keychain could not keep the model server's key (%1); it is used until RunLens closes.")
                    .arg(result.message));
        }
        apply();
    };
    if (key->isEmpty()) {
        m_secrets->deleteKey(QLatin1String(LocalBackend::KeyEntryId), this, stored);
    } else {
        m_secrets->writeKey(QLatin1String(LocalBackend::KeyEntryId), *key, this, stored);
    }
}

bool ActiveConnection::runsOnChatModel() const
{
    return m_profiles->activeProfile().builtIn && m_server != nullptr && m_server->usesUpstream();
}

QString ActiveConnection::backendDescription() const
{
    const bool upstream
        = (m_server != nullptr && m_server->isRunning()) ? m_server->usesUpstream() : m_backend.usesModelServer();
    if (!upstream) {
        return tr("simulated, offline");
    }
    const QString host = QUrl(m_backend.baseUrl).host();
    const QString model = m_server ? m_server->defaultModel() : QString();
    const QString shown = !m_backend.model.isEmpty() ? m_backend.model : model;
    return shown.isEmpty() ? tr("runs on the model server at %1").arg(host) : tr("runs on %1 at %2").arg(shown, host);
}

void ActiveConnection::showBuiltInStatus()
{
    if (m_ready && m_server != nullptr && m_server->isRunning() && m_profiles->activeProfile().builtIn) {
        setStatus(tr("Built-in local server on %1:%2 (%3)")
                      .arg(m_server->baseUrl().host())
                      .arg(m_server->port())
                      .arg(backendDescription()));
    }
}

void ActiveConnection::applyBackend(const std::function<void(bool, const QString &)> &done)
{
    const int generation = ++m_backendGeneration;
    const LocalBackend backend = m_backend;
    const auto point = [this, generation, backend, done](const QString &key) {
        if (generation != m_backendGeneration || !m_server || !m_server->isRunning()) {
            return; // a newer backend was chosen meanwhile, or the server stopped
        }
        const bool ok = backend.usesModelServer() ? m_server->setUpstream(backend.baseUrl, key, backend.model)
                                                  : m_server->setUpstream(QString(), QString(), QString());
        done(ok,
             ok ? QString() : tr("The built-in server cannot use this model server: %1").arg(m_server->errorString()));
    };
    if (!backend.usesModelServer() || m_sessionUpstreamKey.has_value() || m_secrets == nullptr) {
        point(m_sessionUpstreamKey.value_or(QString()));
        return;
    }
    m_secrets->readKey(QLatin1String(LocalBackend::KeyEntryId), this, [this, point](const SecretResult &result) {
        if (!result.ok() && result.status != SecretResult::Status::NotFound) {
            Q_EMIT localServerNotice(
                tr("The model server's key could not be read from the keychain (%1); runs go without a key.")
                    .arg(result.message));
        }
        point(result.ok() ? result.key : QString());
    });
}

void ActiveConnection::startBuiltIn()
{
    if (!m_server) {
        m_server = new LocalServerThread(this);
        connect(m_server, &LocalServerThread::notice, this, &ActiveConnection::localServerNotice);
        connect(m_server, &LocalServerThread::defaultModelChanged, this, &ActiveConnection::showBuiltInStatus);
    }
    if (m_server->isRunning()) {
        finishBuiltIn();
        return;
    }
    if (!m_server->start(m_serverOptions)) {
        const QString message = tr("The built-in local server could not start: %1").arg(m_server->errorString());
        setStatus(message);
        Q_EMIT failed(message);
        return;
    }
    if (!m_backend.usesModelServer() || !m_serverOptions.upstreamBaseUrl.isEmpty()) {
        finishBuiltIn(); // simulated, or the options chose the upstream already
        return;
    }
    const QString profileId = m_profileId;
    applyBackend([this, profileId](bool ok, const QString &message) {
        if (profileId != m_profileId || m_ready) {
            return;
        }
        if (!ok) {
            // The server runs, simulated: say why rather than refuse to work.
            m_server->setUpstream(QString(), QString(), QString());
            Q_EMIT localServerNotice(message);
        }
        finishBuiltIn();
    });
}

void ActiveConnection::finishBuiltIn()
{
    const QUrl url = m_server->baseUrl();
    Connection c = m_profiles->activeProfile().connection;
    c.baseUrl = url.toString();
    c.authStyle = Connection::AuthStyle::None;
    c.apiKey.clear();
    m_connection = c;
    m_ready = true;
    showBuiltInStatus();
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
    const QString text = tr("Not connected to “%1”: %2 Choose Edit… to enter a key, or Test to ask the server.")
                             .arg(m_profiles->profile(profileId).name, message);
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
