#pragma once

#include "httpconnection.h"
#include "serverexchange.h"

#include <QObject>
#include <QSet>

#include <functional>

class QTcpServer;

namespace rl::server {

// The HTTP side of the local server: accepts connections on a listening QTcpServer, reads
// requests with HttpConnection (within HttpLimits) and hands each to one handler, which answers
// on the exchange's connection (whole or streamed).
class HttpFront : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(ServerExchange &)>;

    explicit HttpFront(Handler handler, const HttpLimits &limits = {}, QObject *parent = nullptr);

    // Takes the listening server (reparented to the front).
    void bind(QTcpServer *server);
    [[nodiscard]] int connectionCount() const { return int(m_connections.size()); }

private:
    void onNewConnection();

    Handler m_handler;
    HttpLimits m_limits;
    QTcpServer *m_server = nullptr;
    QSet<HttpConnection *> m_connections;
};

} // namespace rl::server
