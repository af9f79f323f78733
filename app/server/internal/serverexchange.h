#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QTcpSocket>
#include <QUrlQuery>

namespace rl::server {

struct ApiError;

// One HTTP request as the API layer sees it, plus the socket its answer goes to.
// Plain responses are written whole; streams hand the socket to an SseStream.
struct HttpExchange
{
    QString method; // "GET", "POST", ...
    QString path; // "/v1/threads/runs"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QString requestId; // req_...
    QElapsedTimer timer;
    QPointer<QTcpSocket> socket;

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
    static HeaderList standardHeaders(const HttpExchange &exchange);

    static void sendJson(const HttpExchange &exchange, int status, const QJsonObject &body,
                         const HeaderList &extra = {});
    static void sendError(const HttpExchange &exchange, const ApiError &error, const HeaderList &extra = {});
};

} // namespace rl::server
