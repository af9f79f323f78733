#pragma once

#include "connection.h"
#include "connectionprofile.h"
#include "localserver.h"

#include <QObject>
#include <QString>
#include <QUrl>

namespace rl {

class KeyResolver;
class ProfileStore;

// Turns the active profile into a ready rl::Connection, asynchronously: resolves the key
// (KeyResolver), and for the built-in profile starts the in-process local server on a free
// loopback port. Follows ProfileStore::activeProfileChanged by itself.
class ActiveConnection : public QObject
{
    Q_OBJECT
public:
    ActiveConnection(ProfileStore *profiles, KeyResolver *keys, QObject *parent = nullptr);
    ~ActiveConnection() override;

    // Options for the built-in local server (defaults: 127.0.0.1, free port, delayMs 40).
    void setLocalServerOptions(const LocalServerOptions &options) { m_serverOptions = options; }

    // (Re)prepares the active profile; ends in ready() or failed().
    void activate();

    [[nodiscard]] bool isReady() const { return m_ready; }
    [[nodiscard]] Connection connection() const { return m_connection; }
    [[nodiscard]] QString profileId() const { return m_profileId; }
    [[nodiscard]] LocalServer *localServer() const { return m_server; }
    // A short description of the current state for the status line.
    [[nodiscard]] QString statusText() const { return m_status; }

Q_SIGNALS:
    void preparing(const QString &profileId);
    void ready(const rl::Connection &connection);
    void failed(const QString &message);
    void localServerStarted(const QUrl &baseUrl);
    void statusChanged(const QString &text);

private:
    void onKeyResolved(const QString &profileId, const QString &key);
    void onKeyFailed(const QString &profileId, const QString &message);
    void startBuiltIn();
    void setStatus(const QString &text);

    ProfileStore *m_profiles;
    KeyResolver *m_keys;
    LocalServerOptions m_serverOptions;
    LocalServer *m_server = nullptr;
    Connection m_connection;
    QString m_profileId;
    QString m_status;
    bool m_ready = false;
};

} // namespace rl
