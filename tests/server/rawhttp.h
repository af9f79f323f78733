#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QPair>
#include <QTcpSocket>

// A raw HTTP/1.1 client for abuse tests: writes exactly the bytes given and reads what comes
// back, so that malformed, slow, lying and vanishing clients can be played over loopback.
class RawHttp
{
public:
    struct Response
    {
        int status = 0; // 0: no (complete) status line
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body; // de-chunked when chunked
        bool complete = false; // the whole response arrived
        [[nodiscard]] QByteArray header(const QByteArray &lowerName) const
        {
            for (const auto &h : headers) {
                if (h.first == lowerName) {
                    return h.second;
                }
            }
            return {};
        }
    };

    bool connectTo(quint16 port, int timeoutMs = 3000)
    {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        return m_socket.waitForConnected(timeoutMs);
    }
    void write(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        if (isConnected()) {
            m_socket.waitForBytesWritten(3000);
        }
    }
    void abort() { m_socket.abort(); }
    [[nodiscard]] bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QTcpSocket &socket() { return m_socket; }

    // Reads one response (keeps what follows for the next call), up to timeoutMs.
    Response read(int timeoutMs = 5000)
    {
        QElapsedTimer clock;
        clock.start();
        Response r;
        for (;;) {
            if (parse(&r)) {
                return r;
            }
            const qint64 left = timeoutMs - clock.elapsed();
            if (left <= 0) {
                return r;
            }
            if (!m_socket.waitForReadyRead(int(qMin<qint64>(left, 200)))) {
                if (m_socket.state() != QAbstractSocket::ConnectedState) {
                    m_buffer += m_socket.readAll();
                    parse(&r);
                    return r;
                }
                continue;
            }
            m_buffer += m_socket.readAll();
        }
    }

    // Waits until the server closes the connection; true when it did within timeoutMs.
    bool waitForClose(int timeoutMs = 5000)
    {
        QElapsedTimer clock;
        clock.start();
        while (m_socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < timeoutMs) {
            if (m_socket.waitForReadyRead(100)) {
                m_buffer += m_socket.readAll();
            }
        }
        return m_socket.state() != QAbstractSocket::ConnectedState;
    }

private:
    bool parse(Response *r)
    {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return false;
        }
        const QList<QByteArray> lines = m_buffer.first(headEnd).split('\n');
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        if (statusLine.size() < 2) {
            return false;
        }
        const int status = statusLine.at(1).toInt();
        if (status == 100) { // an interim answer: report it, it is complete
            r->status = 100;
            r->complete = true;
            m_buffer.remove(0, headEnd + 4);
            return true;
        }
        Response out;
        out.status = status;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0) {
                out.headers.append({ line.first(colon).toLower(), line.sliced(colon + 1).trimmed() });
            }
        }
        const QByteArray rest = m_buffer.sliced(headEnd + 4);
        if (out.header("transfer-encoding") == "chunked") {
            qsizetype pos = 0;
            for (;;) {
                const qsizetype nl = rest.indexOf("\r\n", pos);
                if (nl < 0) {
                    return false;
                }
                bool ok = false;
                const qsizetype size = rest.mid(pos, nl - pos).toLongLong(&ok, 16);
                if (!ok) {
                    return false;
                }
                if (size == 0) {
                    if (rest.size() < nl + 4) {
                        return false;
                    }
                    m_buffer = rest.sliced(nl + 4);
                    out.complete = true;
                    *r = out;
                    return true;
                }
                if (rest.size() < nl + 2 + size + 2) {
                    return false;
                }
                out.body += rest.mid(nl + 2, size);
                pos = nl + 2 + size + 2;
            }
        }
        const qsizetype length = out.header("content-length").toLongLong();
        if (rest.size() < length) {
            return false;
        }
        out.body = rest.first(length);
        out.complete = true;
        m_buffer = rest.sliced(length);
        *r = out;
        return true;
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
};
