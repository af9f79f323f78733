#pragma once

#include <QObject>
#include <QString>

namespace rl {

class ActiveConnection;
class KeyResolver;
class ProfileStore;
class SecretStore;
class Settings;

// Owns the connection services that belong together: the keychain, the profiles, the key
// resolver and the active connection. The settings object must outlive it.
//   rl::Settings settings;                 // <AppConfigLocation>/runlens.ini
//   rl::ConnectionContext connections(&settings);
//   connections.active()->activate();      // ends in ready(connection) or failed(message)
class ConnectionContext : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionContext(Settings *settings, QObject *parent = nullptr);
    // keychainService: the keychain service name (tests use their own).
    ConnectionContext(Settings *settings, const QString &keychainService, QObject *parent = nullptr);

    [[nodiscard]] Settings *settings() const { return m_settings; }
    [[nodiscard]] SecretStore *secrets() const { return m_secrets; }
    [[nodiscard]] ProfileStore *profiles() const { return m_profiles; }
    [[nodiscard]] KeyResolver *keys() const { return m_keys; }
    [[nodiscard]] ActiveConnection *active() const { return m_active; }

private:
    Settings *m_settings;
    SecretStore *m_secrets;
    ProfileStore *m_profiles;
    KeyResolver *m_keys;
    ActiveConnection *m_active;
};

} // namespace rl
