#include "connectioncontext.h"

#include "activeconnection.h"
#include "keyresolver.h"
#include "profilestore.h"
#include "secretstore.h"
#include "settings.h"

namespace rl {

ConnectionContext::ConnectionContext(Settings *settings, QObject *parent)
    : ConnectionContext(settings, QStringLiteral("RunLens"), parent)
{ }

ConnectionContext::ConnectionContext(Settings *settings, const QString &keychainService, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(new SecretStore(keychainService, this))
    , m_profiles(new ProfileStore(settings, m_secrets, this))
    , m_keys(new KeyResolver(m_secrets, this))
    , m_active(new ActiveConnection(m_profiles, m_keys, this))
{
    m_secrets->setTimeoutMs(settings->value(SettingKeys::keychainTimeoutMs));
    m_active->setBackendStorage(settings, m_secrets);
    // A deleted profile's session-only key goes too.
    connect(m_profiles, &ProfileStore::profileRemoved, m_keys, &KeyResolver::forgetSessionKey);
}

} // namespace rl
