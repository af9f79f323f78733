#include "httpconnection.h"

#include "servererror.h"
#include "serverexchange.h"

#include <QJsonDocument>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <sys/socket.h>

namespace rl::server {

namespace {

constexpr int kDrainMs = 2000; // how long the rest of a refused request is read and dropped
constexpr qsizetype kMaxChunkLine = 1024;

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        return true;
    }
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty()) {
        return false;
    }
    return std::all_of(s.begin(), s.end(), isTokenChar);
}

// A Content-Length value: digits only, no sign, at most 18 digits (no overflow).
bool parseLength(QByteArrayView s, qint64 *out)
{
    if (s.isEmpty() || s.size() > 18) {
        return false;
    }
    qint64 v = 0;
    for (const char c : s) {
        if (c < '0' || c > '9') {
            return false;
        }
        v = v * 10 + (c - '0');
    }
    *out = v;
    return true;
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpLimits &limits, Handler handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_handler(std::move(handler))
    , m_timer(new QTimer(this))
{
    socket->setParent(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::markClosed);
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_state == State::Closing && m_socket->bytesToWrite() == 0) {
            closeWrite();
        }
    });
    m_timer->start(m_limits.idleTimeoutMs);
    QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

bool HttpConnection::isOpen() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState && m_state != State::Closing;
}

void HttpConnection::onReadyRead()
{
    if (m_state == State::Closing) {
        m_socket->skip(m_socket->bytesAvailable()); // the rest of a refused request
        return;
    }
    if (m_state == State::Handling || m_state == State::Streaming) {
        return; // read on once the answer is out; the socket's bounded buffer holds the peer back
    }
    const qint64 available = m_socket->bytesAvailable();
    if (available <= 0) {
        return;
    }
    m_buffer += m_socket->read(available);
    parse();
}

void HttpConnection::parse()
{
    for (;;) {
        switch (m_state) {
        case State::Head:
            if (!parseHead()) {
                return;
            }
            break;
        case State::Body:
        case State::ChunkData: {
            const qint64 take = qMin<qint64>(m_remaining, m_buffer.size());
            if (take > 0) {
                m_body += m_buffer.first(take);
                m_buffer.remove(0, take);
                m_remaining -= take;
                startRequestTimer(); // progress
            }
            if (m_remaining > 0) {
                return;
            }
            if (m_state == State::Body) {
                dispatch();
                return;
            }
            // The CRLF after a chunk's data.
            if (m_buffer.startsWith("\r\n")) {
                m_buffer.remove(0, 2);
            } else if (m_buffer.startsWith('\n')) {
                m_buffer.remove(0, 1);
            } else if (m_buffer.size() < 2 && (m_buffer.isEmpty() || m_buffer.at(0) == '\r')) {
                return;
            } else {
                refuse(ServerError::badHttp(400, tr("A chunk of the request body does not end with CRLF.")));
                return;
            }
            m_state = State::ChunkSize;
            break;
        }
        case State::ChunkSize:
            if (!parseChunkSize()) {
                return;
            }
            break;
        case State::Trailers:
            if (parseTrailers()) {
                dispatch();
            }
            return;
        case State::Handling:
        case State::Streaming:
        case State::Closing:
            return;
        }
    }
}

bool HttpConnection::parseHead()
{
    // Empty lines before a request are allowed (RFC 9112, 2.2).
    qsizetype blank = 0;
    while (blank < m_buffer.size() && (m_buffer.at(blank) == '\r' || m_buffer.at(blank) == '\n')) {
        ++blank;
    }
    if (blank > 0 && !m_sawFirstByte) {
        m_buffer.remove(0, blank);
        m_scanFrom = 0;
    }
    if (m_buffer.isEmpty()) {
        return false;
    }
    if (!m_sawFirstByte) {
        m_sawFirstByte = true;
        m_timer->start(m_limits.requestTimeoutMs); // the whole head must come within this time
    }
    qsizetype end = -1;
    for (qsizetype i = m_buffer.indexOf('\n', m_scanFrom); i >= 0; i = m_buffer.indexOf('\n', i + 1)) {
        if (i + 1 < m_buffer.size() && m_buffer.at(i + 1) == '\n') {
            end = i + 2;
            break;
        }
        if (i + 2 < m_buffer.size() && m_buffer.at(i + 1) == '\r' && m_buffer.at(i + 2) == '\n') {
            end = i + 3;
            break;
        }
    }
    if (end < 0) {
        m_scanFrom = qMax<qsizetype>(0, m_buffer.size() - 2);
        if (m_buffer.size() > m_limits.maxHeaderBytes) {
            refuse(ServerError::badHttp(
                431, tr("The request's headers are larger than %1 bytes.").arg(m_limits.maxHeaderBytes)));
        }
        return false;
    }
    if (end > m_limits.maxHeaderBytes) {
        refuse(ServerError::badHttp(
            431, tr("The request's headers are larger than %1 bytes.").arg(m_limits.maxHeaderBytes)));
        return false;
    }
    const QByteArray head = m_buffer.first(end);
    m_buffer.remove(0, end);
    m_scanFrom = 0;

    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
    }
    const QList<QByteArray> parts = lines.first().split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || !parts.at(1).startsWith('/')) {
        refuse(ServerError::badHttp(400, tr("The request line is not of the form 'METHOD /path HTTP/1.1'.")));
        return false;
    }
    const QByteArray &version = parts.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        if (version.startsWith("HTTP/")) {
            refuse(ServerError::badHttp(505, tr("Only HTTP/1.1 and HTTP/1.0 are served.")));
        } else {
            refuse(ServerError::badHttp(400, tr("The request line is not of the form 'METHOD /path HTTP/1.1'.")));
        }
        return false;
    }
    m_method = parts.at(0);
    m_target = parts.at(1);
    m_headers.clear();
    m_body.clear();
    bool keepAlive = version == "HTTP/1.1";
    QList<qint64> lengths;
    QByteArray transferEncoding;
    QByteArray expect;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.isEmpty()) {
            continue;
        }
        if (line.startsWith(' ') || line.startsWith('\t')) {
            refuse(ServerError::badHttp(400, tr("Folded header lines are not accepted.")));
            return false;
        }
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon > 0 ? line.first(colon).toLower() : QByteArray();
        const QByteArray value = colon > 0 ? line.sliced(colon + 1).trimmed() : QByteArray();
        if (!isToken(name) || value.contains('\r') || value.contains('\0')) {
            refuse(ServerError::badHttp(
                400, tr("A header line is malformed: '%1'.").arg(QString::fromLatin1(line.left(80)))));
            return false;
        }
        m_headers.append({ name, value });
        if (name == "content-length") {
            for (const QByteArray &item : value.split(',')) {
                qint64 n = 0;
                if (!parseLength(item.trimmed(), &n)) {
                    refuse(ServerError::badHttp(400, tr("The Content-Length header is not a number.")));
                    return false;
                }
                lengths.append(n);
            }
        } else if (name == "transfer-encoding") {
            transferEncoding = value.toLower();
        } else if (name == "connection") {
            for (const QByteArray &token : value.toLower().split(',')) {
                if (token.trimmed() == "close") {
                    keepAlive = false;
                } else if (token.trimmed() == "keep-alive") {
                    keepAlive = true;
                }
            }
        } else if (name == "expect") {
            expect = value.toLower();
        }
    }
    m_closeAfter = !keepAlive;
    for (const qint64 n : std::as_const(lengths)) {
        if (n != lengths.first()) {
            refuse(ServerError::badHttp(400, tr("The request has conflicting Content-Length headers.")));
            return false;
        }
    }
    const bool chunked = !transferEncoding.isEmpty();
    if (chunked && !lengths.isEmpty()) {
        refuse(ServerError::badHttp(400, tr("The request has both Content-Length and Transfer-Encoding.")));
        return false;
    }
    if (chunked && transferEncoding != "chunked") {
        refuse(ServerError::badHttp(501,
                                    tr("Transfer-Encoding '%1' is not supported; use chunked or Content-Length.")
                                        .arg(QString::fromLatin1(transferEncoding.left(40)))));
        return false;
    }
    const qint64 length = lengths.isEmpty() ? 0 : lengths.first();
    if (length > m_limits.maxBodyBytes) {
        refuse(ServerError::tooLarge(length, m_limits.maxBodyBytes));
        return false;
    }
    if (!expect.isEmpty()) {
        if (expect != "100-continue") {
            refuse(ServerError::badHttp(417, tr("Only 'Expect: 100-continue' is understood.")));
            return false;
        }
        if (length > 0 || chunked) {
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
    }
    if (chunked) {
        m_state = State::ChunkSize;
        startRequestTimer();
    } else if (length > 0) {
        m_state = State::Body;
        m_remaining = length;
        m_body.reserve(length);
        startRequestTimer();
    } else {
        dispatch();
        return false;
    }
    return true;
}

bool HttpConnection::parseChunkSize()
{
    const qsizetype nl = m_buffer.indexOf('\n');
    if (nl < 0) {
        if (m_buffer.size() > kMaxChunkLine) {
            refuse(ServerError::badHttp(400, tr("A chunk-size line of the request body is too long.")));
        }
        return false;
    }
    QByteArray line = m_buffer.first(nl);
    m_buffer.remove(0, nl + 1);
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    const qsizetype semicolon = line.indexOf(';'); // chunk extensions are ignored
    if (semicolon >= 0) {
        line.truncate(semicolon);
    }
    line = line.trimmed();
    bool ok = false;
    const qint64 size = line.size() <= 15 ? line.toLongLong(&ok, 16) : 0;
    if (!ok || size < 0 || line.startsWith('-') || line.startsWith('+')) {
        refuse(ServerError::badHttp(400, tr("A chunk size of the request body is not a hexadecimal number.")));
        return false;
    }
    if (size == 0) {
        m_state = State::Trailers;
        return true;
    }
    if (m_body.size() + size > m_limits.maxBodyBytes) {
        refuse(ServerError::tooLarge(m_body.size() + size, m_limits.maxBodyBytes));
        return false;
    }
    m_remaining = size;
    m_state = State::ChunkData;
    startRequestTimer();
    return true;
}

bool HttpConnection::parseTrailers()
{
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n');
        if (nl < 0) {
            if (m_buffer.size() > m_limits.maxHeaderBytes) {
                refuse(ServerError::badHttp(
                    431, tr("The request's trailers are larger than %1 bytes.").arg(m_limits.maxHeaderBytes)));
            }
            return false;
        }
        const bool empty = nl == 0 || (nl == 1 && m_buffer.at(0) == '\r');
        m_buffer.remove(0, nl + 1);
        if (empty) {
            return true;
        }
    }
}

void HttpConnection::dispatch()
{
    m_state = State::Handling;
    m_timer->stop();
    ServerExchange exchange;
    exchange.timer.start();
    exchange.requestId = HttpResponder::newRequestId();
    exchange.connection = this;
    exchange.method = QString::fromLatin1(m_method);
    const qsizetype question = m_target.indexOf('?');
    exchange.path = QUrl::fromPercentEncoding(question < 0 ? m_target : m_target.first(question));
    if (question >= 0) {
        exchange.query = QUrlQuery(QString::fromUtf8(m_target.sliced(question + 1)));
    }
    for (const auto &h : std::as_const(m_headers)) {
        auto it = exchange.headers.find(h.first);
        if (it == exchange.headers.end()) {
            exchange.headers.insert(h.first, h.second);
        } else {
            *it += ", " + h.second; // repeated headers combine (RFC 9110, 5.3)
        }
    }
    exchange.body = std::move(m_body);
    m_body = QByteArray();
    m_handler(exchange);
}

QByteArray HttpConnection::withConnectionHeader(QByteArray head) const
{
    if (!m_closeAfter) {
        return head;
    }
    const qsizetype eol = head.indexOf("\r\n");
    if (eol >= 0) {
        head.insert(eol + 2, "Connection: close\r\n");
    }
    return head;
}

bool HttpConnection::overWriteLimit() const
{
    return m_socket->bytesToWrite() > m_limits.maxPendingWriteBytes;
}

void HttpConnection::sendResponse(QByteArray response)
{
    if (m_state != State::Handling) {
        return;
    }
    m_socket->write(withConnectionHeader(std::move(response)));
    responseDone();
}

void HttpConnection::beginStream(QByteArray head)
{
    if (m_state != State::Handling) {
        return;
    }
    m_state = State::Streaming;
    m_socket->write(withConnectionHeader(std::move(head)));
}

void HttpConnection::writeStream(const QByteArray &bytes)
{
    if (m_state != State::Streaming) {
        return;
    }
    m_socket->write(bytes);
    if (overWriteLimit()) {
        abort(); // the client stopped reading: do not hold its stream in memory
    }
}

void HttpConnection::endStream()
{
    if (m_state == State::Streaming) {
        responseDone();
    }
}

void HttpConnection::abort()
{
    m_socket->abort();
    markClosed();
}

void HttpConnection::markClosed()
{
    m_state = State::Closing;
    if (m_closedEmitted) {
        return;
    }
    m_closedEmitted = true;
    m_timer->stop();
    emit closed();
}

void HttpConnection::responseDone()
{
    if (m_closeAfter) {
        m_state = State::Closing;
        if (m_socket->bytesToWrite() == 0) {
            closeWrite();
        }
        return; // bytesWritten() calls closeWrite() once everything is out
    }
    m_state = State::Head;
    m_sawFirstByte = false;
    m_method.clear();
    m_target.clear();
    m_headers.clear();
    m_timer->start(m_limits.idleTimeoutMs);
    if (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0) {
        // A pipelined request is already here.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_state == State::Head) {
                    if (m_socket->bytesAvailable() > 0) {
                        m_buffer += m_socket->readAll();
                    }
                    parse();
                }
            },
            Qt::QueuedConnection);
    }
}

void HttpConnection::refuse(const ServerError &error)
{
    m_closeAfter = true;
    m_state = State::Handling;
    ServerExchange exchange;
    exchange.requestId = HttpResponder::newRequestId();
    exchange.connection = this;
    m_buffer.clear();
    m_body.clear();
    HttpResponder::sendError(exchange, error);
}

void HttpConnection::closeWrite()
{
    if (m_writeClosed || m_closedEmitted) {
        return;
    }
    m_writeClosed = true;
    m_socket->flush();
    // Half-close: the client reads the whole answer, and what it still sends is read and dropped
    // for a moment (closing at once could reset the connection before the answer is read).
    if (m_socket->socketDescriptor() >= 0) {
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    }
    m_socket->skip(m_socket->bytesAvailable());
    m_timer->start(kDrainMs);
}

void HttpConnection::startRequestTimer()
{
    m_timer->start(m_limits.requestTimeoutMs);
}

void HttpConnection::onTimeout()
{
    switch (m_state) {
    case State::Head:
        if (!m_sawFirstByte) {
            abort(); // an idle kept-alive connection
            return;
        }
        [[fallthrough]];
    case State::Body:
    case State::ChunkSize:
    case State::ChunkData:
    case State::Trailers:
        refuse(ServerError::badHttp(
            408,
            tr("The request was not received completely within %1 seconds.").arg(m_limits.requestTimeoutMs / 1000.0)));
        return;
    case State::Closing:
        abort();
        return;
    case State::Handling:
    case State::Streaming:
        return;
    }
}

} // namespace rl::server
