#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace rl::test {

// One request the fake server received.
struct FakeRequest
{
    QByteArray method;
    QString path; // without the query
    QString query; // the raw query string
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    [[nodiscard]] QByteArray header(const QByteArray &name) const; // case-insensitive, empty when absent
    [[nodiscard]] bool hasHeader(const QByteArray &name) const;
};

// A scripted answer: status, headers, then body pieces written with pauses, then an ending.
struct FakeReply
{
    enum class End {
        Finish, // the body ends normally
        Hang, // nothing more is sent, the connection stays open
        Drop, // the connection is cut (mid-body for chunked answers)
    };
    struct Piece
    {
        QByteArray bytes;
        int delayMs = 0; // pause before writing this piece
    };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QList<Piece> pieces;
    bool chunked = false; // Transfer-Encoding: chunked (else Content-Length, or close-delimited when End != Finish)
    End end = End::Finish;
    int headerDelayMs = 0; // pause before the status line

    static FakeReply json(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers = {});
    // An event stream written in pieces of at most pieceBytes (chunked encoding).
    static FakeReply sse(const QByteArray &stream, int pieceBytes = 64, int delayMs = 0);
    static FakeReply html(int status, const QByteArray &page);
};

// A small scriptable HTTP/1.1 server on loopback for the network tests. Each route answers with
// a handler's FakeReply; unknown routes get 404 with an API error body. Every request is kept.
class FakeHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<FakeReply(const FakeRequest &request, int callIndex)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool listen();
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QString baseUrl() const; // http://127.0.0.1:PORT/v1

    // Routes match METHOD and the path after /v1 exactly ("/threads/runs").
    void on(const QByteArray &method, const QString &path, Handler handler);
    void on(const QByteArray &method, const QString &path, const FakeReply &reply);

    [[nodiscard]] QList<FakeRequest> requests() const { return m_requests; }
    [[nodiscard]] int count(const QByteArray &method, const QString &path) const;

signals:
    void requestReceived(const rl::test::FakeRequest &request);

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const FakeReply &reply);
    void writePiece(QPointer<QTcpSocket> socket, FakeReply reply, int index);

    QTcpServer m_server;
    QHash<QString, Handler> m_routes;
    QHash<QString, int> m_counts;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<FakeRequest> m_requests;
};

} // namespace rl::test
