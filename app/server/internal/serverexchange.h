#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrlQuery>

namespace rl::server {

class HttpConnection;
struct ServerError;

// One HTTP request as the API layer sees it, plus the connection its answer goes to.
// Plain responses are written whole; streams hand the connection to an SseStream.
struct ServerExchange
{
    QString method; // "GET", "POST", ...
    QString path; // "/v1/threads/runs"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QString requestId; // req_...
    QElapsedTimer timer;
    QPointer<HttpConnection> connection;

    [[nodiscard]] QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Writes complete (non-streamed) responses with the API's standard headers.
class HttpResponder
{
public:
    static QString newRequestId();
    static QByteArray reasonPhrase(int status);
    // x-request-id, openai-processing-ms, openai-version.
    static HeaderList standardHeaders(const ServerExchange &exchange);

    static void sendJson(const ServerExchange &exchange, int status, const QJsonObject &body,
                         const HeaderList &extra = {});
    static void sendError(const ServerExchange &exchange, const ServerError &error, const HeaderList &extra = {});
};

} // namespace rl::server
