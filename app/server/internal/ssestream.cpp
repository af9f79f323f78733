#include "ssestream.h"

#include <QJsonDocument>

namespace rl::server {

SseStream::SseStream(const HttpExchange &exchange, QObject *parent)
    : QObject(parent)
    , m_socket(exchange.socket)
{
    if (!m_socket) {
        m_ended = true;
        return;
    }
    QByteArray head = "HTTP/1.1 200 OK\r\n"
                      "Content-Type: text/event-stream; charset=utf-8\r\n"
                      "Cache-Control: no-cache\r\n"
                      "Transfer-Encoding: chunked\r\n";
    for (const auto &h : HttpResponder::standardHeaders(exchange))
        head += h.first + ": " + h.second + "\r\n";
    head += "\r\n";
    m_socket->write(head);
    m_socket->flush();
    connect(m_socket, &QTcpSocket::disconnected, this, &SseStream::close);
}

bool SseStream::isOpen() const
{
    return !m_ended && m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void SseStream::writeChunk(const QByteArray &bytes)
{
    if (!isOpen())
        return;
    m_socket->write(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
    m_socket->flush();
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
        m_socket->write("0\r\n\r\n");
        m_socket->flush();
    }
    close();
}

void SseStream::drop()
{
    if (isOpen())
        m_socket->abort();
    close();
}

void SseStream::close()
{
    if (m_ended)
        return;
    m_ended = true;
    Q_EMIT closed();
}

} // namespace rl::server
