#include "httpfront.h"

#include "servererror.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace rl::server {

namespace {

// What Qt buffers from one socket before TCP pushes back on the peer.
constexpr qint64 kSocketReadBuffer = qint64(256) * 1024;

} // namespace

HttpFront::HttpFront(Handler handler, const HttpLimits &limits, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_limits(limits)
{ }

void HttpFront::bind(QTcpServer *server)
{
    m_server = server;
    server->setParent(this);
    connect(server, &QTcpServer::newConnection, this, &HttpFront::onNewConnection);
}

void HttpFront::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setReadBufferSize(kSocketReadBuffer);
        auto *connection = new HttpConnection(socket, m_limits, m_handler, this);
        connect(connection, &HttpConnection::closed, this, [this, connection] {
            m_connections.remove(connection);
            connection->deleteLater();
        });
        if (m_connections.size() >= m_limits.maxConnections) {
            connection->refuse(ServerError::badHttp(
                503,
                tr("The server has too many open connections (%1); try again shortly.").arg(m_limits.maxConnections)));
            continue;
        }
        m_connections.insert(connection);
    }
}

} // namespace rl::server
