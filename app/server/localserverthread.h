#pragma once

#include "localserver.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <QUrl>

namespace rl {

// The built-in local server in a thread of its own: a fast local run, a slow client or a busy
// model bridge never competes with the window for its event loop, and a busy window never
// delays the server. The same calls as LocalServer; each runs in the server's thread and returns
// once it is done there. Signals arrive in the thread that owns this object.
class LocalServerThread : public QObject
{
    Q_OBJECT
public:
    explicit LocalServerThread(QObject *parent = nullptr);
    ~LocalServerThread() override; // stops the server and ends its thread
    LocalServerThread(const LocalServerThread &) = delete;
    LocalServerThread &operator=(const LocalServerThread &) = delete;

    bool start(const LocalServerOptions &options); // false + errorString() on failure
    void stop();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QUrl baseUrl() const;
    [[nodiscard]] QString errorString() const;
    [[nodiscard]] QString defaultModel() const;
    bool setUpstream(const QString &baseUrl, const QString &key, const QString &defaultModel);
    [[nodiscard]] bool usesUpstream() const;
    // The thread the server runs in (tests check it is not theirs).
    [[nodiscard]] const QThread *serverThread() const { return &m_thread; }

Q_SIGNALS:
    void notice(const QString &text);
    void defaultModelChanged(const QString &model);

private:
    // Runs call in the server's thread and returns its result.
    template<typename Call> auto inServerThread(Call call) const;

    QThread m_thread;
    LocalServer *m_server; // lives in m_thread
};

} // namespace rl
