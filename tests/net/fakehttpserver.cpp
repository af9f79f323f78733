#include "fakehttpserver.h"

#include <QTcpSocket>
#include <QTimer>

namespace rl::test {

QByteArray FakeRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

bool FakeRequest::hasHeader(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

FakeReply FakeReply::json(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers)
{
    FakeReply r;
    r.status = status;
    r.headers = std::move(headers);
    r.headers.append(qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")));
    r.pieces.append({ body, 0 });
    return r;
}

FakeReply FakeReply::sse(const QByteArray &stream, int pieceBytes, int delayMs)
{
    FakeReply r;
    r.headers.append(qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/event-stream")));
    r.chunked = true;
    for (qsizetype at = 0; at < stream.size(); at += pieceBytes) {
        r.pieces.append({ stream.mid(at, pieceBytes), delayMs });
    }
    return r;
}

FakeReply FakeReply::html(int status, const QByteArray &page)
{
    FakeReply r;
    r.status = status;
    r.headers.append(qMakePair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8")));
    r.pieces.append({ page, 0 });
    return r;
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onConnection);
}

FakeHttpServer::~FakeHttpServer()
{
    const QList<QTcpSocket *> sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
}

bool FakeHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 FakeHttpServer::port() const
{
    return m_server.serverPort();
}

QString FakeHttpServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/v1").arg(port());
}

void FakeHttpServer::on(const QByteArray &method, const QString &path, Handler handler)
{
    m_routes.insert(QString::fromLatin1(method) + QLatin1Char(' ') + path, std::move(handler));
}

void FakeHttpServer::on(const QByteArray &method, const QString &path, const FakeReply &reply)
{
    on(method, path, [reply](const FakeRequest &, int) { return reply; });
}

int FakeHttpServer::count(const QByteArray &method, const QString &path) const
{
    return m_counts.value(QString::fromLatin1(method) + QLatin1Char(' ') + path);
}

void FakeHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeHttpServer::onReadable(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        return;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    FakeRequest request;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    const QByteArray target = first.value(1);
    const qsizetype q = target.indexOf('?');
    request.path = QString::fromLatin1(q < 0 ? target : target.left(q));
    request.query = q < 0 ? QString() : QString::fromLatin1(target.mid(q + 1));
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            continue;
        }
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({ name, value });
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            contentLength = value.toLongLong();
        }
    }
    if (buffer.size() < headerEnd + 4 + contentLength) {
        return;
    }
    request.body = buffer.mid(headerEnd + 4, contentLength);
    buffer.remove(0, headerEnd + 4 + contentLength);

    QString route = request.path;
    if (route.startsWith(QLatin1String("/v1"))) {
        route = route.mid(3);
    }
    const QString key = QString::fromLatin1(request.method) + QLatin1Char(' ') + route;
    const int index = m_counts.value(key);
    m_counts.insert(key, index + 1);
    m_requests.append(request);
    emit requestReceived(request);

    FakeReply reply;
    if (const auto it = m_routes.constFind(key); it != m_routes.constEnd()) {
        reply = it.value()(request, index);
    } else {
        reply = FakeReply::json(
            404,
            R"({"error":{"message":"No route","type":"invalid_request_error","param":null,"code":"unknown_url"}})");
    }
    respond(socket, reply);
}

void FakeHttpServer::respond(QTcpSocket *socket, const FakeReply &reply)
{
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(reply.headerDelayMs, this, [this, guard, reply] {
        if (!guard) {
            return;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Status\r\n";
        for (const auto &[name, value] : reply.headers) {
            head += name + ": " + value + "\r\n";
        }
        if (reply.chunked) {
            head += "Transfer-Encoding: chunked\r\n";
        } else if (reply.end == FakeReply::End::Finish) {
            qsizetype total = 0;
            for (const auto &piece : reply.pieces) {
                total += piece.bytes.size();
            }
            head += "Content-Length: " + QByteArray::number(total) + "\r\n";
        }
        head += "Connection: close\r\n\r\n";
        guard->write(head);
        writePiece(guard, reply, 0);
    });
}

void FakeHttpServer::writePiece(QPointer<QTcpSocket> socket, FakeReply reply, int index)
{
    QTcpSocket *const open = socket.data(); // one check, not one per use of the QPointer
    if (open == nullptr) {
        return;
    }
    if (index >= reply.pieces.size()) {
        switch (reply.end) {
        case FakeReply::End::Finish:
            if (reply.chunked) {
                open->write("0\r\n\r\n");
            }
            open->disconnectFromHost();
            break;
        case FakeReply::End::Hang:
            break;
        case FakeReply::End::Drop:
            open->flush();
            open->abort();
            break;
        }
        return;
    }
    const FakeReply::Piece piece = reply.pieces.at(index);
    QTimer::singleShot(piece.delayMs, this, [this, socket, reply, index, piece] {
        QTcpSocket *const stillOpen = socket.data();
        if (stillOpen == nullptr) {
            return;
        }
        if (reply.chunked) {
            stillOpen->write(QByteArray::number(piece.bytes.size(), 16) + "\r\n" + piece.bytes + "\r\n");
        } else {
            stillOpen->write(piece.bytes);
        }
        stillOpen->flush();
        writePiece(socket, reply, index + 1);
    });
}

} // namespace rl::test
