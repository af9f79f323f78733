#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpSocket>

#include <functional>

class QTimer;

namespace rl::server {

struct ServerError;
struct ServerExchange;

// What one connection may cost the server. Everything past a limit is refused as soon as it is
// known (a declared Content-Length over the limit is answered before its body is read).
struct HttpLimits
{
    qint64 maxHeaderBytes = qint64(64) * 1024; // request line and headers -> 431
    qint64 maxBodyBytes = qint64(8) * 1024 * 1024; // -> 413
    int requestTimeoutMs = 60'000; // headers not complete this long after the first byte, or a
                                   // body making no progress for this long -> 408
    int idleTimeoutMs = 120'000; // a kept-alive connection with no request is closed silently
    qint64 maxPendingWriteBytes = qint64(32) * 1024 * 1024; // a client that stops reading is cut off
    int maxConnections = 512; // more at once -> 503
};

// One HTTP/1.1 connection of the built-in server: reads requests (Content-Length or chunked
// bodies, Expect: 100-continue, keep-alive and Connection: close, pipelining one at a time),
// hands each complete request to the handler and carries its response back, whole or streamed.
// Malformed or oversized requests are answered with an API-style error and the connection is
// closed without reading the rest.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(ServerExchange &)>;

    HttpConnection(QTcpSocket *socket, const HttpLimits &limits, Handler handler, QObject *parent = nullptr);
    ~HttpConnection() override;

    [[nodiscard]] bool isOpen() const;

    // A complete response (status line, headers, body) to the request being handled.
    void sendResponse(QByteArray response);
    // A streamed response: the head first, then body bytes as they come, then the end.
    void beginStream(QByteArray head);
    void writeStream(const QByteArray &bytes);
    void endStream();
    // Cuts the connection (a stream that breaks off on purpose, or a peer that vanished).
    void abort();

    // An error response before any handler ran (malformed request, limits), then a close.
    void refuse(const ServerError &error);

signals:
    void closed();

private:
    enum class State {
        Head, // reading the request line and headers
        Body, // reading a Content-Length body
        ChunkSize, // reading a chunk-size line of a chunked body
        ChunkData, // reading chunk data and its CRLF
        Trailers, // reading the trailer section after the last chunk
        Handling, // the handler has the request; nothing more is read until it answers
        Streaming, // a streamed response is being written
        Closing, // the answer is out, the rest of the input is discarded until the peer closes
    };

    void onReadyRead();
    void parse();
    bool parseHead(); // false: wait for more bytes, or refused
    bool parseChunkSize();
    bool parseTrailers();
    void dispatch();
    void responseDone();
    void startRequestTimer();
    void onTimeout();
    void closeWrite(); // half-close after the last answer, then drain what the peer still sends
    [[nodiscard]] QByteArray withConnectionHeader(QByteArray head) const;
    void markClosed(); // emits closed() once
    [[nodiscard]] bool overWriteLimit() const;

    QTcpSocket *const m_socket; // owned (a child), lives as long as the connection
    HttpLimits m_limits;
    Handler m_handler;
    QTimer *m_timer;
    State m_state = State::Head;
    QByteArray m_buffer; // bytes read and not yet consumed
    qsizetype m_scanFrom = 0; // where to look for the next line end in m_buffer

    // The request being read.
    QByteArray m_method;
    QByteArray m_target;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    qint64 m_remaining = 0; // body or chunk bytes still expected
    bool m_closeAfter = false; // Connection: close, HTTP/1.0, or an error
    bool m_sawFirstByte = false;
    bool m_writeClosed = false;
    bool m_closedEmitted = false;
};

} // namespace rl::server
