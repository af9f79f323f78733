#pragma once

#include "serverexchange.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace rl::server {

class HttpConnection;

// One server-sent-events response: status line and headers first, then each event as one
// HTTP/1.1 chunk (`event: NAME\ndata: ONE-LINE-JSON\n\n`), flushed as written.
class SseStream : public QObject
{
    Q_OBJECT
public:
    explicit SseStream(const ServerExchange &exchange, QObject *parent = nullptr);

    [[nodiscard]] bool isOpen() const;
    void sendEvent(const QString &name, const QJsonObject &data);
    // `event: done` / `data: [DONE]`, then the closing chunk.
    void finish();
    // Ends the chunked body without `done` (after an `error` event).
    void end();
    // Closes the connection mid-stream, without a terminal event or closing chunk.
    void drop();

Q_SIGNALS:
    void closed();

private:
    void writeChunk(const QByteArray &bytes);
    void close();

    QPointer<HttpConnection> m_connection;
    bool m_ended = false;
};

} // namespace rl::server
