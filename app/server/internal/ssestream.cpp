#include "ssestream.h"

#include "httpconnection.h"

#include <QJsonDocument>

namespace rl::server {

SseStream::SseStream(const ServerExchange &exchange, QObject *parent)
    : QObject(parent)
    , m_connection(exchange.connection)
{
    if (!m_connection || !m_connection->isOpen()) {
        m_ended = true;
        return;
    }
    QByteArray head = "HTTP/1.1 200 OK\r\n"
                      "Content-Type: text/event-stream; charset=utf-8\r\n"
                      "Cache-Control: no-cache\r\n"
                      "Transfer-Encoding: chunked\r\n";
    for (const auto &h : HttpResponder::standardHeaders(exchange)) {
        head += h.first + ": " + h.second + "\r\n";
    }
    head += "\r\n";
    connect(m_connection, &HttpConnection::closed, this, &SseStream::close);
    m_connection->beginStream(head);
}

bool SseStream::isOpen() const
{
    return !m_ended && (m_connection != nullptr) && m_connection->isOpen();
}

void SseStream::writeChunk(const QByteArray &bytes)
{
    if (!isOpen()) {
        return;
    }
    m_connection->writeStream(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
}

void SseStream::sendEvent(const QString &name, const QJsonObject &data)
{
    writeChunk("event: " + name.toUtf8() + "\ndata: " + QJsonDocument(data).toJson(QJsonDocument::Compact) + "\n\n");
}

void SseStream::finish()
{
    writeChunk("event: done\ndata: [DONE]\n\n");
    end();
}

void SseStream::end()
{
    if (isOpen()) {
        m_connection->writeStream("0\r\n\r\n");
        m_connection->endStream();
    }
    close();
}

void SseStream::drop()
{
    if (isOpen()) {
        m_connection->abort();
    }
    close();
}

void SseStream::close()
{
    if (m_ended) {
        return;
    }
    m_ended = true;
    Q_EMIT closed();
}

} // namespace rl::server
