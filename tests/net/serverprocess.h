#pragma once

// runlens-server (the built-in server on its own) as a child process of a test, on a free port
// and without delays between events.
#include <QByteArray>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QTest>

namespace rl::test {

class ServerProcess
{
public:
    ServerProcess() = default;
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;
    ~ServerProcess() { stop(); }

    // Starts it and reads its first line (listening on http://HOST:PORT/v1); false on failure,
    // with the reason in error().
    [[nodiscard]] bool start()
    {
        m_process.start(
            QStringLiteral(RUNLENS_BINARY_DIR "/runlens-server"),
            { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--delay-ms"), QStringLiteral("0") });
        if (!m_process.waitForStarted(5000)) {
            m_error = m_process.errorString().toUtf8();
            return false;
        }
        QByteArray banner;
        const bool started = QTest::qWaitFor(
            [&] {
                banner += m_process.readAllStandardOutput();
                return banner.contains('\n');
            },
            10000);
        const QRegularExpressionMatch m
            = QRegularExpression(QStringLiteral("(http://\\S+)")).match(QString::fromUtf8(banner));
        if (!started || !m.hasMatch()) {
            m_error = banner;
            return false;
        }
        m_baseUrl = m.captured(1);
        return true;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    [[nodiscard]] const QString &baseUrl() const { return m_baseUrl; }
    [[nodiscard]] const QByteArray &error() const { return m_error; }

private:
    QProcess m_process;
    QString m_baseUrl;
    QByteArray m_error;
};

} // namespace rl::test
