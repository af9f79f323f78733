#include "localserverthread.h"

#include <QMetaObject>

#include <type_traits>

namespace rl {

template<typename Call> auto LocalServerThread::inServerThread(Call call) const
{
    using Result = std::invoke_result_t<Call>;
    if constexpr (std::is_void_v<Result>) {
        QMetaObject::invokeMethod(m_server, call, Qt::BlockingQueuedConnection);
    } else {
        Result result {};
        QMetaObject::invokeMethod(m_server, call, Qt::BlockingQueuedConnection, &result);
        return result;
    }
}

LocalServerThread::LocalServerThread(QObject *parent)
    : QObject(parent)
    , m_server(new LocalServer)
{
    m_thread.setObjectName(QStringLiteral("RunLens built-in server"));
    m_server->moveToThread(&m_thread);
    connect(m_server, &LocalServer::notice, this, &LocalServerThread::notice);
    connect(m_server, &LocalServer::defaultModelChanged, this, &LocalServerThread::defaultModelChanged);
    m_thread.start();
}

LocalServerThread::~LocalServerThread()
{
    // The server's sockets, timers and database belong to its thread: they end there (a thread
    // that finishes deletes what was left to deleteLater).
    stop();
    m_server->deleteLater();
    m_thread.quit();
    m_thread.wait();
}

bool LocalServerThread::start(const LocalServerOptions &options)
{
    LocalServer *server = m_server;
    return inServerThread([server, options] { return server->start(options); });
}

void LocalServerThread::stop()
{
    LocalServer *server = m_server;
    inServerThread([server] { server->stop(); });
}

bool LocalServerThread::isRunning() const
{
    const LocalServer *server = m_server;
    return inServerThread([server] { return server->isRunning(); });
}

quint16 LocalServerThread::port() const
{
    const LocalServer *server = m_server;
    return inServerThread([server] { return server->port(); });
}

QUrl LocalServerThread::baseUrl() const
{
    const LocalServer *server = m_server;
    return inServerThread([server] { return server->baseUrl(); });
}

QString LocalServerThread::errorString() const
{
    const LocalServer *server = m_server;
    return inServerThread([server] { return server->errorString(); });
}

QString LocalServerThread::defaultModel() const
{
    const LocalServer *server = m_server;
    return inServerThread([server] { return server->defaultModel(); });
}

bool LocalServerThread::setUpstream(const QString &baseUrl, const QString &key, const QString &defaultModel)
{
    LocalServer *server = m_server;
    return inServerThread(
        [server, baseUrl, key, defaultModel] { return server->setUpstream(baseUrl, key, defaultModel); });
}

bool LocalServerThread::usesUpstream() const
{
    const LocalServer *server = m_server;
    return inServerThread([server] { return server->usesUpstream(); });
}

} // namespace rl
