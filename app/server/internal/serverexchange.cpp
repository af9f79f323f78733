#include "serverexchange.h"

#include "httpconnection.h"
#include "servererror.h"

#include <QJsonDocument>
#include <QRandomGenerator>

namespace rl::server {

QString HttpResponder::newRequestId()
{
    QString id = QStringLiteral("req_");
    for (int i = 0; i < 4; ++i) {
        id += QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    }
    return id;
}

QByteArray HttpResponder::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 417:
        return "Expectation Failed";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

HeaderList HttpResponder::standardHeaders(const ServerExchange &exchange)
{
    return {
        { "x-request-id", exchange.requestId.toLatin1() },
        { "openai-processing-ms", QByteArray::number(exchange.timer.isValid() ? exchange.timer.elapsed() : 0) },
        { "openai-version", "2020-10-01" },
    };
}

void HttpResponder::sendJson(const ServerExchange &exchange, int status, const QJsonObject &body,
                             const HeaderList &extra)
{
    if (!exchange.connection || !exchange.connection->isOpen()) {
        return;
    }
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(payload.size()) + "\r\n";
    for (const auto &h : standardHeaders(exchange)) {
        out += h.first + ": " + h.second + "\r\n";
    }
    for (const auto &h : extra) {
        out += h.first + ": " + h.second + "\r\n";
    }
    out += "\r\n";
    out += payload;
    exchange.connection->sendResponse(std::move(out));
}

void HttpResponder::sendError(const ServerExchange &exchange, const ServerError &error, const HeaderList &extra)
{
    sendJson(exchange, error.status, error.toJson(), extra);
}

} // namespace rl::server
