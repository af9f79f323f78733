#include "httpfront.h"

#include <QHttpServerRequest>
#include <QMetaEnum>

namespace rl::server {

HttpFront::HttpFront(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

bool HttpFront::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpExchange exchange;
    exchange.timer.start();
    exchange.requestId = HttpResponder::newRequestId();
    exchange.socket = socket;
    const QByteArray methodName
        = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(static_cast<int>(request.method()));
    exchange.method = QString::fromLatin1(methodName).toUpper();
    exchange.path = request.url().path();
    exchange.query = request.query();
    for (const auto &h : request.headers())
        exchange.headers.insert(h.first.toLower(), h.second);
    exchange.body = request.body();
    m_handler(exchange);
    return true;
}

void HttpFront::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request);
    Q_UNUSED(socket);
}

} // namespace rl::server
