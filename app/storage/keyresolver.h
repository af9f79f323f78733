#pragma once

#include "connectionprofile.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace rl {

class SecretStore;

// Where a resolved key came from.
enum class KeySource { NotNeeded, Session, Keychain, Environment, Prompt };

// Finds the key for a profile. Order: a key given this session (memory only), the keychain
// entry, the environment variable the profile names, else it asks (keyNeeded) and waits for
// provideKey() or cancel(). Each resolve() ends in exactly one resolved() or failed().
class KeyResolver : public QObject
{
    Q_OBJECT
public:
    explicit KeyResolver(SecretStore *secrets, QObject *parent = nullptr);

    void resolve(const ConnectionProfile &profile);

    // The answer to keyNeeded. remember = store in the keychain; otherwise (or if the
    // keychain fails) the key is kept in memory for this session only.
    void provideKey(const QString &profileId, const QString &key, bool remember);
    void cancel(const QString &profileId);
    // The question for profileId is withdrawn without an answer (its profile no longer needs a key).
    void withdraw(const QString &profileId);

    // The key this profile would use, looked up without asking (session, keychain, environment);
    // empty when there is none. For tests of a connection that is not connected.
    void findWithoutAsking(const ConnectionProfile &profile, QObject *context,
                           const std::function<void(const QString &key)> &done);

    // Session-only keys: memory only, never written anywhere.
    void setSessionKey(const QString &profileId, const QString &key);
    void forgetSessionKey(const QString &profileId);
    [[nodiscard]] bool hasSessionKey(const QString &profileId) const;

    // Where the environment is read from (tests can replace it).
    using EnvLookup = QString (*)(const QString &name);
    void setEnvironmentLookup(EnvLookup lookup) { m_env = lookup; }

Q_SIGNALS:
    void resolved(const QString &profileId, const QString &key, rl::KeySource source);
    // No key anywhere: the UI asks the user. keychainMessage says why the keychain could not
    // help when it is unusable (then "remember" should not be offered).
    void keyNeeded(const QString &profileId, const QString &profileName, const QString &envVar, bool keychainUsable,
                   const QString &keychainMessage);
    void failed(const QString &profileId, const QString &message);
    // Non-fatal: e.g. "remember" was asked but the keychain refused; the key is session-only.
    void warning(const QString &profileId, const QString &message);

private:
    void afterKeychain(const ConnectionProfile &profile, bool usable, const QString &message);

    SecretStore *m_secrets;
    QHash<QString, QString> m_sessionKeys;
    QHash<QString, QString> m_pending; // profile id -> name, while waiting for an answer
    EnvLookup m_env;
};

} // namespace rl

Q_DECLARE_METATYPE(rl::KeySource)
