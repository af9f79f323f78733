#include "keyresolver.h"

#include "secretstore.h"

namespace rl {

namespace {
QString systemEnv(const QString &name)
{
    return qEnvironmentVariable(name.toLocal8Bit().constData());
}
} // namespace

KeyResolver::KeyResolver(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_env(&systemEnv)
{ }

void KeyResolver::resolve(const ConnectionProfile &profile)
{
    if (!profile.needsKey()) {
        Q_EMIT resolved(profile.id, QString(), KeySource::NotNeeded);
        return;
    }
    const auto session = m_sessionKeys.constFind(profile.id);
    if (session != m_sessionKeys.cend()) {
        Q_EMIT resolved(profile.id, session.value(), KeySource::Session);
        return;
    }
    if (!m_secrets) {
        afterKeychain(profile, false, tr("No keychain is configured."));
        return;
    }
    m_secrets->readKey(profile.id, this, [this, profile](const SecretResult &r) {
        if (r.ok() && !r.key.isEmpty()) {
            Q_EMIT resolved(profile.id, r.key, KeySource::Keychain);
            return;
        }
        afterKeychain(profile, !r.keychainUnusable(), r.message);
    });
}

void KeyResolver::afterKeychain(const ConnectionProfile &profile, bool usable, const QString &message)
{
    if (!profile.keyEnvVar.isEmpty()) {
        const QString fromEnv = m_env(profile.keyEnvVar);
        if (!fromEnv.isEmpty()) {
            Q_EMIT resolved(profile.id, fromEnv, KeySource::Environment);
            return;
        }
    }
    m_pending.insert(profile.id, profile.name);
    Q_EMIT keyNeeded(profile.id, profile.name, profile.keyEnvVar, usable, message);
}

void KeyResolver::provideKey(const QString &profileId, const QString &key, bool remember)
{
    m_pending.remove(profileId);
    if (key.isEmpty()) {
        Q_EMIT failed(profileId, tr("it needs a key, and none was given."));
        return;
    }
    if (!remember || !m_secrets) {
        m_sessionKeys[profileId] = key;
        Q_EMIT resolved(profileId, key, KeySource::Prompt);
        return;
    }
    m_secrets->writeKey(profileId, key, this, [this, profileId, key](const SecretResult &r) {
        if (!r.ok()) {
            m_sessionKeys[profileId] = key;
            Q_EMIT warning(
                profileId,
                tr("The key could not be saved in the keychain and is kept for this session only. %1").arg(r.message));
        } else {
            m_sessionKeys.remove(profileId);
        }
        Q_EMIT resolved(profileId, key, KeySource::Prompt);
    });
}

void KeyResolver::cancel(const QString &profileId)
{
    if (static_cast<int>(m_pending.remove(profileId)) > 0) {
        Q_EMIT failed(profileId, tr("it needs a key, and none was given."));
    }
}

void KeyResolver::withdraw(const QString &profileId)
{
    m_pending.remove(profileId);
}

void KeyResolver::findWithoutAsking(const ConnectionProfile &profile, QObject *context,
                                    const std::function<void(const QString &)> &done)
{
    if (!profile.needsKey()) {
        done(QString());
        return;
    }
    const auto session = m_sessionKeys.constFind(profile.id);
    if (session != m_sessionKeys.cend()) {
        done(session.value());
        return;
    }
    const EnvLookup env = m_env;
    const auto fromEnvironment
        = [env, profile, done]() { done(profile.keyEnvVar.isEmpty() ? QString() : env(profile.keyEnvVar)); };
    if (!m_secrets) {
        fromEnvironment();
        return;
    }
    m_secrets->readKey(profile.id, context, [done, fromEnvironment](const SecretResult &r) {
        if (r.ok() && !r.key.isEmpty()) {
            done(r.key);
        } else {
            fromEnvironment();
        }
    });
}

void KeyResolver::setSessionKey(const QString &profileId, const QString &key)
{
    if (key.isEmpty()) {
        m_sessionKeys.remove(profileId);
    } else {
        m_sessionKeys[profileId] = key;
    }
}

void KeyResolver::forgetSessionKey(const QString &profileId)
{
    m_sessionKeys.remove(profileId);
}

bool KeyResolver::hasSessionKey(const QString &profileId) const
{
    return m_sessionKeys.contains(profileId);
}

} // namespace rl
