#pragma once

#include "connection.h"
#include "connectionprofile.h"
#include "localbackend.h"
#include "localserver.h"
#include "localserverthread.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace rl {

class KeyResolver;
class ProfileStore;
class SecretStore;
class Settings;

// Turns the active profile into a ready rl::Connection, asynchronously: resolves the key
// (KeyResolver), and for the built-in profile starts the in-process local server on a free
// loopback port, in a thread of its own, once: it keeps running, with its state, while other
// profiles are active.
// Follows ProfileStore::activeProfileChanged by itself.
class ActiveConnection : public QObject
{
    Q_OBJECT
public:
    ActiveConnection(ProfileStore *profiles, KeyResolver *keys, QObject *parent = nullptr);
    ~ActiveConnection() override;

    // Options for the built-in local server (defaults: 127.0.0.1, free port, delayMs 40).
    void setLocalServerOptions(const LocalServerOptions &options) { m_serverOptions = options; }

    // Where the built-in server's model backend is saved (settings) and its key kept (keychain).
    // Without them the backend is the simulator until setLocalBackend() and nothing is saved.
    void setBackendStorage(Settings *settings, SecretStore *secrets);
    [[nodiscard]] LocalBackend localBackend() const { return m_backend; }
    // True when the active connection is the built-in server running on a chat model (which runs
    // function tools only).
    [[nodiscard]] bool runsOnChatModel() const;
    // Saves the backend and applies it to the running built-in server at once (its port, threads
    // and assistants stay); ends in backendApplied() or backendFailed(). key: a new key for the
    // model server (empty: none), kept in the keychain, or for this session when the keychain
    // cannot be used; std::nullopt keeps the stored one.
    void setLocalBackend(const LocalBackend &backend, const std::optional<QString> &key = std::nullopt);

    // (Re)prepares the active profile; ends in ready() or failed().
    void activate();

    [[nodiscard]] bool isReady() const { return m_ready; }
    [[nodiscard]] Connection connection() const { return m_connection; }
    [[nodiscard]] QString profileId() const { return m_profileId; }
    [[nodiscard]] LocalServerThread *localServer() const { return m_server; }
    // A short description of the current state for the status line.
    [[nodiscard]] QString statusText() const { return m_status; }

Q_SIGNALS:
    void preparing(const QString &profileId);
    void ready(const rl::Connection &connection);
    void failed(const QString &message);
    void localServerStarted(const QUrl &baseUrl);
    void statusChanged(const QString &text);
    // The built-in server now runs on this backend; text says so in plain words.
    void backendApplied(const QString &text);
    void backendFailed(const QString &message);
    // Something the built-in server wants the person to know (a model server that lists no models).
    void localServerNotice(const QString &text);

private:
    void onKeyResolved(const QString &profileId, const QString &key);
    void onKeyFailed(const QString &profileId, const QString &message);
    void startBuiltIn();
    // Reads the model server's key, then points the running server at the backend; then calls done.
    void applyBackend(const std::function<void(bool ok, const QString &message)> &done);
    void finishBuiltIn();
    [[nodiscard]] QString backendDescription() const;
    void showBuiltInStatus(); // the status line of the ready built-in server
    void setStatus(const QString &text);

    ProfileStore *m_profiles;
    KeyResolver *m_keys;
    LocalServerOptions m_serverOptions;
    LocalServerThread *m_server = nullptr;
    Settings *m_settings = nullptr;
    SecretStore *m_secrets = nullptr;
    LocalBackend m_backend;
    std::optional<QString> m_sessionUpstreamKey; // when the keychain could not keep it
    int m_backendGeneration = 0;
    Connection m_connection;
    QString m_profileId;
    QString m_status;
    bool m_ready = false;
};

} // namespace rl
