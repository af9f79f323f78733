#include "fakehttpserver.h"
#include "nettestutil.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rl;
using namespace rl::test;

namespace {

const QString kRun = QStringLiteral("/threads/runs");
const QString kGetRun = QStringLiteral("/threads/thread_1/runs/run_1");

QByteArray example(const QString &name)
{
    QFile f(QStringLiteral(RUNLENS_TEST_DATA_DIR "/sse_examples/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void serveLists(FakeHttpServer &server, const QString &thread, const QString &run)
{
    server.on(
        "GET", QStringLiteral("/threads/%1/messages").arg(thread),
        FakeReply::json(
            200,
            R"({"object":"list","data":[{"id":"msg_9","object":"thread.message","role":"assistant","content":[{"type":"text","text":{"value":"Hi there","annotations":[]}}]}],"has_more":false})"));
    server.on("GET", QStringLiteral("/threads/%1/runs/%2/steps").arg(thread, run),
              FakeReply::json(200, R"({"object":"list","data":[],"has_more":false})"));
}

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliRun : public QObject
{
    Q_OBJECT

    FakeHttpServer *m_server = nullptr;
    QTemporaryDir m_dir;

    QString bodyFile(const QByteArray &body)
    {
        const QString path = m_dir.filePath(QStringLiteral("body.json"));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            f.write(body);
        }
        return path;
    }

    // Runs the CLI while this process's event loop serves the fake server.
    CliResult runCli(const QStringList &args, const QString &baseUrl = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("OPENAI_API_KEY"));
        env.insert(QStringLiteral("OPENAI_BASE_URL"), baseUrl.isEmpty() ? m_server->baseUrl() : baseUrl);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(RUNLENS_BINARY_DIR "/app/cli/runlens-cli"),
                QStringList { QStringLiteral("run") } + args);
        CliResult r;
        if (!p.waitForStarted(5000)) {
            return r;
        }
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 30000)) {
            p.kill();
            p.waitForFinished();
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init()
    {
        m_server = new FakeHttpServer;
        QVERIFY(m_server->listen());
    }
    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
    }

    void streamedRun()
    {
        m_server->on("POST", kRun,
                     FakeReply::sse(example(QStringLiteral("createThreadAndRun__streaming.fixed.sse")), 97));
        serveLists(*m_server, QStringLiteral("thread_123"), QStringLiteral("run_123"));
        const QString events = m_dir.filePath(QStringLiteral("events.ndjson"));
        const QString output = m_dir.filePath(QStringLiteral("run.json"));
        const CliResult r = runCli({ bodyFile(R"({"assistant_id":"asst_abc123","stream":true})"),
                                     QStringLiteral("--events"), events, QStringLiteral("--output"), output });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QStringLiteral("status: queued\nstatus: in_progress\nstatus: completed\n"));
        QCOMPARE(r.out, QStringLiteral("Hello today?\n"));
        QFile ev(events);
        QVERIFY(ev.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = ev.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 15);
        const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(first.value(QLatin1String("event")).toString(), QStringLiteral("thread.created"));
        QVERIFY(first.value(QLatin1String("t")).isDouble());
        QCOMPARE(first.value(QLatin1String("data")).toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("thread_123"));
        QCOMPARE(QJsonDocument::fromJson(lines.last()).object().value(QLatin1String("event")).toString(),
                 QStringLiteral("done"));
        QFile out(output);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(out.readAll()).object().value(QLatin1String("status")).toString(),
                 QStringLiteral("completed"));
        QVERIFY(!m_server->requests().first().hasHeader("Authorization")); // no key in the environment
    }

    void polledRun()
    {
        m_server->on("POST", kRun, FakeReply::json(200, runJson(QStringLiteral("queued"))));
        m_server->on("GET", kGetRun, [](const FakeRequest &, int i) {
            return FakeReply::json(200, runJson(i == 0 ? QStringLiteral("in_progress") : QStringLiteral("completed")));
        });
        serveLists(*m_server, QStringLiteral("thread_1"), QStringLiteral("run_1"));
        const CliResult r
            = runCli({ bodyFile(R"({"assistant_id":"a","stream":true})"), QStringLiteral("--no-stream") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QStringLiteral("status: queued\nstatus: in_progress\nstatus: completed\n"));
        QCOMPARE(r.out, QStringLiteral("Hi there\n"));
        QCOMPARE(QJsonDocument::fromJson(m_server->requests().first().body)
                     .object()
                     .value(QLatin1String("stream"))
                     .toBool(true),
                 false);
    }

    void answersToolCall()
    {
        m_server->on(
            "POST", kRun,
            FakeReply::sse(example(QStringLiteral("createThreadAndRun__streaming_with_functions.fixed.sse")), 97));
        const QString submit = QStringLiteral("/threads/thread_123/runs/run_123/submit_tool_outputs");
        m_server->on("POST", submit,
                     FakeReply::sse(example(QStringLiteral("submitToolOutputs__streaming.fixed.sse")), 97));
        serveLists(*m_server, QStringLiteral("thread_123"), QStringLiteral("run_123"));
        const CliResult r
            = runCli({ bodyFile(R"({"assistant_id":"a"})"), QStringLiteral("--stream"), QStringLiteral("--tool-output"),
                       QStringLiteral("get_current_weather={\"temp\":21}") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains(QLatin1String("status: requires_action\n")));
        QVERIFY(r.err.endsWith(QLatin1String("status: completed\n")));
        QCOMPARE(m_server->count("POST", submit), 1);
        FakeRequest sent;
        for (const FakeRequest &req : m_server->requests()) {
            if (req.path.endsWith(QLatin1String("submit_tool_outputs"))) {
                sent = req;
            }
        }
        const QJsonObject o = QJsonDocument::fromJson(sent.body).object();
        const QJsonObject out = o.value(QLatin1String("tool_outputs")).toArray().first().toObject();
        QCOMPARE(out.value(QLatin1String("tool_call_id")).toString(), QStringLiteral("call_XXNp8YGaFrjrSjgqxtC8JJ1B"));
        QCOMPARE(out.value(QLatin1String("output")).toString(), QStringLiteral("{\"temp\":21}"));
    }

    void unansweredToolCallExits10()
    {
        m_server->on(
            "POST", kRun,
            FakeReply::sse(example(QStringLiteral("createThreadAndRun__streaming_with_functions.fixed.sse")), 97));
        const CliResult r = runCli({ bodyFile(R"({"assistant_id":"a","stream":true})") });
        QCOMPARE(r.exitCode, 10);
        QVERIFY(r.err.contains(QLatin1String("get_current_weather")));
    }

    void terminalStatusExitCodes_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("code");
        QTest::newRow("incomplete") << "incomplete" << 11;
        QTest::newRow("failed") << "failed" << 12;
        QTest::newRow("cancelled") << "cancelled" << 13;
        QTest::newRow("expired") << "expired" << 14;
    }
    void terminalStatusExitCodes()
    {
        QFETCH(QString, status);
        QFETCH(int, code);
        m_server->on("POST", kRun, FakeReply::json(200, runJson(QStringLiteral("queued"))));
        m_server->on("GET", kGetRun, FakeReply::json(200, runJson(status)));
        serveLists(*m_server, QStringLiteral("thread_1"), QStringLiteral("run_1"));
        const CliResult r = runCli({ bodyFile(R"({"assistant_id":"a"})") });
        QCOMPARE(r.exitCode, code);
        QVERIFY(r.err.endsWith(QStringLiteral("status: ") + status + QLatin1Char('\n')));
    }

    void cancelAfter()
    {
        m_server->on("POST", kRun, FakeReply::json(200, runJson(QStringLiteral("in_progress"))));
        m_server->on("POST", QStringLiteral("/threads/thread_1/runs/run_1/cancel"),
                     FakeReply::json(200, runJson(QStringLiteral("cancelling"))));
        m_server->on("GET", kGetRun, [this](const FakeRequest &, int) {
            const bool cancelled = m_server->count("POST", QStringLiteral("/threads/thread_1/runs/run_1/cancel")) > 0;
            return FakeReply::json(200,
                                   runJson(cancelled ? QStringLiteral("cancelled") : QStringLiteral("in_progress")));
        });
        serveLists(*m_server, QStringLiteral("thread_1"), QStringLiteral("run_1"));
        const CliResult r
            = runCli({ bodyFile(R"({"assistant_id":"a"})"), QStringLiteral("--cancel-after"), QStringLiteral("0.3") });
        QCOMPARE(r.exitCode, 13);
        QCOMPARE(r.err, QStringLiteral("status: in_progress\nstatus: cancelling\nstatus: cancelled\n"));
    }

    void invalidBodyExits2()
    {
        const CliResult r = runCli({ bodyFile(R"({"model":"gpt-4o"})") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains(QLatin1String("assistant_id")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String(": ")));
        QVERIFY(m_server->requests().isEmpty());
    }

    void apiErrorExits3()
    {
        m_server->on(
            "POST", kRun,
            FakeReply::json(
                401,
                R"({"error":{"message":"Incorrect API key provided","type":"invalid_request_error","code":"invalid_api_key"}})"));
        const CliResult r = runCli({ bodyFile(R"({"assistant_id":"a"})") });
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QLatin1String("Incorrect API key provided")));
        QCOMPARE(m_server->count("POST", kRun), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_cli_run.moc"
