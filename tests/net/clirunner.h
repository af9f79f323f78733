#pragma once

#include "fakehttpserver.h"
#include "nettestutil.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace rl::test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs `runlens-cli run ARGS` with OPENAI_BASE_URL set to baseUrl (removed when empty) and no
// OPENAI_API_KEY, while this process's event loop keeps serving (a fake server in this process).
inline CliResult runCliCommand(const QStringList &args, const QString &baseUrl)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("OPENAI_API_KEY"));
    env.remove(QStringLiteral("OPENAI_BASE_URL"));
    if (!baseUrl.isEmpty()) {
        env.insert(QStringLiteral("OPENAI_BASE_URL"), baseUrl);
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(RUNLENS_BINARY_DIR "/runlens-cli"), args);
    CliResult r;
    if (!p.waitForStarted(5000)) {
        return r;
    }
    p.closeWriteChannel();
    if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 30000)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// Writes content to path (replacing it); returns the path.
inline QString writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        f.write(content);
    }
    return path;
}

inline QByteArray example(const QString &name)
{
    QFile f(QStringLiteral(RUNLENS_TEST_DATA_DIR "/sse_examples/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Serves the final listing: one assistant message (by default msg_9 "Hi there") and no steps.
inline void serveLists(FakeHttpServer &server, const QString &thread, const QString &run,
                       const QString &messageId = QStringLiteral("msg_9"),
                       const QString &text = QStringLiteral("Hi there"))
{
    const QJsonObject message {
        { QStringLiteral("id"), messageId },
        { QStringLiteral("object"), QStringLiteral("thread.message") },
        { QStringLiteral("role"), QStringLiteral("assistant") },
        { QStringLiteral("content"),
          QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("text") },
                                     { QStringLiteral("text"),
                                       QJsonObject { { QStringLiteral("value"), text },
                                                     { QStringLiteral("annotations"), QJsonArray() } } } } } }
    };
    const QJsonObject list { { QStringLiteral("object"), QStringLiteral("list") },
                             { QStringLiteral("data"), QJsonArray { message } },
                             { QStringLiteral("has_more"), false } };
    server.on("GET", QStringLiteral("/threads/%1/messages").arg(thread), FakeReply::json(200, json(list)));
    server.on("GET", QStringLiteral("/threads/%1/runs/%2/steps").arg(thread, run),
              FakeReply::json(200, R"({"object":"list","data":[],"has_more":false})"));
}

// A fresh fake server per test function, a temporary directory, and runlens-cli run against them.
class CliServerFixture
{
public:
    bool start()
    {
        m_server = std::make_unique<FakeHttpServer>();
        return m_dir.isValid() && m_server->listen();
    }
    void stop() { m_server.reset(); }
    [[nodiscard]] FakeHttpServer *server() const { return m_server.get(); }
    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }
    QString bodyFile(const QByteArray &body) const { return writeFile(path(QStringLiteral("body.json")), body); }
    // runlens-cli run ARGS with OPENAI_BASE_URL = baseUrl, by default the fake server's.
    [[nodiscard]] CliResult run(const QStringList &args, const QString &baseUrl = {}) const
    {
        return runCliCommand(QStringList { QStringLiteral("run") } + args,
                             baseUrl.isEmpty() ? m_server->baseUrl() : baseUrl);
    }

private:
    std::unique_ptr<FakeHttpServer> m_server;
    QTemporaryDir m_dir;
};

} // namespace rl::test
