#pragma once

#include "serverexchange.h"

#include <QAbstractHttpServer>

#include <functional>

namespace rl::server {

// The HTTP side of the local server: turns each parsed request into an HttpExchange and hands
// it to one handler, which answers on the exchange's socket (whole or streamed).
class HttpFront : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(HttpExchange &)>;

    explicit HttpFront(Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace rl::server
