#include "clirunner.h"
#include "fakehttpserver.h"
#include "nettestutil.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace rl;
using namespace rl::test;

namespace {

const QString kRun = QStringLiteral("/threads/runs");
const QString kGetRun = QStringLiteral("/threads/thread_1/runs/run_1");

} // namespace

class TestCliRun : public QObject
{
    Q_OBJECT

    CliServerFixture m_fx;
    FakeHttpServer *m_server = nullptr;

    QString bodyFile(const QByteArray &body) { return m_fx.bodyFile(body); }
    CliResult runCli(const QStringList &args, const QString &baseUrl = {}) { return m_fx.run(args, baseUrl); }

private slots:
    void init()
    {
        QVERIFY(m_fx.start());
        m_server = m_fx.server();
    }
    void cleanup() { m_fx.stop(); }

    void streamedRun()
    {
        m_server->on("POST", kRun,
                     FakeReply::sse(example(QStringLiteral("createThreadAndRun__streaming.fixed.sse")), 97));
        // The listing agrees with the streamed text (the spec example's completed message does not).
        serveLists(*m_server, QStringLiteral("thread_123"), QStringLiteral("run_123"), QStringLiteral("msg_001"),
                   QStringLiteral("Hello today?"));
        const QString events = m_fx.path(QStringLiteral("events.ndjson"));
        const QString output = m_fx.path(QStringLiteral("run.json"));
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
        QVERIFY2(r.err.contains(QLatin1String("status: completed\n")), qPrintable(r.err));
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
        QVERIFY(r.err.contains(QStringLiteral("status: ") + status + QLatin1Char('\n')));
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
        QCOMPARE(r.err,
                 QStringLiteral("status: in_progress\nstatus: cancelling\nstatus: cancelled\n"
                                "run cancelled: --cancel-after asked for it\n"));
    }

    void invalidBodyExits2()
    {
        const CliResult r = runCli({ bodyFile(R"({"model":"gpt-4o"})") });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QString()); // stdout is for the assistant's text
        QVERIFY2(r.err.startsWith(QLatin1String("assistant_id: ")), qPrintable(r.err));
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
