// runlens-cli run: the QA findings (output after a dropped stream, error wording, checks made
// before sending, poll records, end reasons, help, tool-output warnings), against a fake server.
#include "clirunner.h"
#include "fakehttpserver.h"
#include "nettestutil.h"

#include <QJsonArray>
#include <QTest>

using namespace rl;
using namespace rl::test;

namespace {

const QString kCreate = QStringLiteral("/threads/runs");
const QString kRetrieve = QStringLiteral("/threads/thread_1/runs/run_1");
const QString kMayExist = QStringLiteral("may have reached the server");

QByteArray deltaEvent(const QByteArray &text)
{
    return sseEvent(
        "thread.message.delta",
        R"({"id":"msg_1","object":"thread.message.delta","delta":{"content":[{"index":0,"type":"text","text":{"value":")"
            + text + R"("}}]}})");
}

// queued, in_progress, then "Hel" of the reply; the caller chooses how the stream ends.
FakeReply partialStream(FakeReply::End end)
{
    FakeReply r = FakeReply::sse(
        runEvent(QStringLiteral("queued")) + runEvent(QStringLiteral("in_progress")) + deltaEvent("Hel"), 4096);
    r.end = end;
    return r;
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestCliRunQa : public QObject
{
    Q_OBJECT

    CliServerFixture m_fx;
    FakeHttpServer *m_server = nullptr;

    QString bodyFile(const QByteArray &body) { return m_fx.bodyFile(body); }
    CliResult run(const QStringList &args, const QString &baseUrl = {}) { return m_fx.run(args, baseUrl); }

    void serveCompletedRun(const QString &text)
    {
        m_server->on("GET", kRetrieve, FakeReply::json(200, runJson(QStringLiteral("completed"))));
        serveLists(*m_server, QStringLiteral("thread_1"), QStringLiteral("run_1"), QStringLiteral("msg_1"), text);
    }

private slots:
    void init()
    {
        QVERIFY(m_fx.start());
        m_server = m_fx.server();
    }
    void cleanup() { m_fx.stop(); }

    // 1. The rest of the reply, recovered by polling, reaches stdout.
    void droppedStreamPrintsRemainder_data()
    {
        QTest::addColumn<int>("end");
        QTest::newRow("cut") << int(FakeReply::End::Drop);
        QTest::newRow("ended cleanly") << int(FakeReply::End::Finish);
    }
    void droppedStreamPrintsRemainder()
    {
        QFETCH(int, end);
        m_server->on("POST", kCreate, partialStream(FakeReply::End(end)));
        serveCompletedRun(QStringLiteral("Hello world"));
        const CliResult r = run({ bodyFile(R"({"assistant_id":"a"})"), QStringLiteral("--stream") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("Hello world\n"));
        // 11. One wording however the stream ended.
        const QString host = QStringLiteral("127.0.0.1:%1").arg(m_server->port());
        QVERIFY2(r.err.contains(QStringLiteral("warning: The stream ended before the run reached a final status "
                                               "(server %1).\n")
                                    .arg(host)),
                 qPrintable(r.err));
    }
    void finalTextDifferentFromStreamFollowsInFull()
    {
        m_server->on("POST", kCreate, partialStream(FakeReply::End::Drop));
        serveCompletedRun(QStringLiteral("Goodbye"));
        const CliResult r = run({ bodyFile(R"({"assistant_id":"a"})"), QStringLiteral("--stream") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("Hel\n--- final reply ---\nGoodbye\n"));
    }

    // 2. No "may have reached the server" when nothing was sent; unusable URLs refused before sending.
    void refusedStreamSaysNoRunMayExist()
    {
        const CliResult r = run({ bodyFile(R"({"assistant_id":"a"})"), QStringLiteral("--stream"),
                                  QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:1/v1") });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("Connection refused")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(kMayExist), qPrintable(r.err));
    }
    void droppedBeforeRunIdSaysRunMayExist()
    {
        FakeReply reply = FakeReply::sse(": hello\n\n", 4096);
        reply.end = FakeReply::End::Drop;
        m_server->on("POST", kCreate, reply);
        const CliResult r = run({ bodyFile(R"({"assistant_id":"a"})"), QStringLiteral("--stream") });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(kMayExist), qPrintable(r.err));
    }
    void unusableBaseUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("fromEnvironment");
        QTest::newRow("no scheme") << "notaurl" << false;
        QTest::newRow("ftp") << "ftp://x/v1" << false;
        QTest::newRow("no host") << "http:///v1" << false;
        QTest::newRow("environment") << "ftp://x/v1" << true;
    }
    void unusableBaseUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, fromEnvironment);
        const QString body = bodyFile(R"({"assistant_id":"a"})");
        const CliResult r = fromEnvironment
            ? run({ body, QStringLiteral("--stream") }, url)
            : run({ body, QStringLiteral("--stream"), QStringLiteral("--base-url"), url });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err,
                 QStringLiteral("runlens-cli run: the base URL '%1' (%2) cannot be used: it must start with http:// "
                                "or https:// and name a host, for example http://127.0.0.1:8080/v1\n")
                     .arg(url, fromEnvironment ? QStringLiteral("OPENAI_BASE_URL") : QStringLiteral("--base-url")));
    }

    // 3. The base-URL hint only when the path is unknown; an unknown assistant gets an id hint.
    void unknownAssistantHintsAtTheId()
    {
        m_server->on(
            "POST", kCreate,
            FakeReply::json(
                404,
                R"({"error":{"message":"No assistant found with id 'asst_nope'.","type":"invalid_request_error","param":null,"code":null}})"));
        const CliResult r = run({ bodyFile(R"({"assistant_id":"asst_nope"})") });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("No assistant found with id 'asst_nope'.\nCheck the assistant id")),
                 qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("base URL")));
        // 11. Only the parts that are there.
        QVERIFY2(lines(r.err).contains(QStringLiteral("Type: invalid_request_error")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("none")));
    }
    void unknownPathHintsAtTheBaseUrl()
    {
        // The fake server's unknown route: 404 {"error": {"message": "No route", "code": "unknown_url"}}.
        const CliResult r = run({ bodyFile(R"({"assistant_id":"a"})") });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("Check the base URL: most servers expect it to end in /v1.")),
                 qPrintable(r.err));
        QVERIFY(lines(r.err).contains(QStringLiteral("Type: invalid_request_error, code: unknown_url")));
    }

    // 4. An invalid body: exactly the check command's output, on stderr.
    void invalidBodyGivesCheckOutput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("syntax error") << QByteArray("{\n  \"assistant_id\": \"a\",\n  x\n}");
        QTest::newRow("empty") << QByteArray("  \n");
        QTest::newRow("problems") << QByteArray(R"({"temperature":2.5,"top_p":0.5})");
    }
    void invalidBodyGivesCheckOutput()
    {
        QFETCH(QByteArray, body);
        const QString file = bodyFile(body);
        const CliResult check = runCliCommand({ QStringLiteral("check"), file }, {});
        const CliResult r = run({ file });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QString());
        QCOMPARE(r.err, check.out + check.err);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(m_server->requests().isEmpty());
        if (body.startsWith("{\n")) {
            QVERIFY2(r.err.startsWith(file + QStringLiteral(": ")) && r.err.contains(QLatin1String("line 3, column")),
                     qPrintable(r.err));
        }
    }

    // 5. --output and --events are checked before anything is sent.
    void unwritablePathsExit2_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("output") << "--output";
        QTest::newRow("events") << "--events";
    }
    void unwritablePathsExit2()
    {
        QFETCH(QString, option);
        m_server->on("POST", kCreate, FakeReply::json(200, runJson(QStringLiteral("queued"))));
        const CliResult r = run({ bodyFile(R"({"assistant_id":"a"})"), option, QStringLiteral("/nonexistent/x.json") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("runlens-cli run: cannot write /nonexistent/x.json (%1)").arg(option)),
                 qPrintable(r.err));
        QVERIFY(m_server->requests().isEmpty());
    }

    // 6. Messages name the server and the URL; a web page is not dumped.
    void answerWithoutRunIdNamesTheServer()
    {
        m_server->on("POST", kCreate, FakeReply::json(200, R"({"object":"thread.run"})"));
        const CliResult r = run({ bodyFile(R"({"assistant_id":"a"})"), QStringLiteral("--no-stream") });
        QCOMPARE(r.exitCode, 3);
        const QString host = QStringLiteral("127.0.0.1:%1").arg(m_server->port());
        QVERIFY2(r.err.contains(QStringLiteral("Unexpected answer from %1: the answer holds no run id").arg(host)),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("Request: POST %1/threads/runs").arg(m_server->baseUrl())));
        QVERIFY(r.err.contains(kMayExist));
    }
    void htmlErrorPageIsSummarised_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("streamed") << "--stream";
        QTest::newRow("polled") << "--no-stream";
    }
    void htmlErrorPageIsSummarised()
    {
        QFETCH(QString, mode);
        m_server->on("POST", kCreate,
                     FakeReply::html(502,
                                     "<!DOCTYPE html>\n<html><head><title>502 Bad &amp; Gateway</title>"
                                     "<style>body{color:red}</style></head><body><h1>Bad gateway</h1>"
                                     "<p>nginx</p></body></html>"));
        const CliResult r = run({ bodyFile(R"({"assistant_id":"a"})"), mode });
        QCOMPARE(r.exitCode, 3);
        const QString host = QStringLiteral("127.0.0.1:%1").arg(m_server->port());
        QVERIFY2(r.err.contains(QStringLiteral("The server %1 answered with a web page (status 502) instead of an API "
                                               "error: \"502 Bad & Gateway\"")
                                    .arg(host)),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("Check the base URL")));
        QVERIFY(r.err.contains(QStringLiteral("Request: POST %1/threads/runs").arg(m_server->baseUrl())));
        QVERIFY(!r.err.contains(QLatin1Char('<')));
    }

    // 7. Polling writes one "poll" record per observed status.
    void pollingWritesPollRecords()
    {
        m_server->on("POST", kCreate, FakeReply::json(200, runJson(QStringLiteral("queued"))));
        m_server->on("GET", kRetrieve, [](const FakeRequest &, int i) {
            return FakeReply::json(200, runJson(i < 2 ? QStringLiteral("in_progress") : QStringLiteral("completed")));
        });
        serveLists(*m_server, QStringLiteral("thread_1"), QStringLiteral("run_1"));
        const QString events = m_fx.path(QStringLiteral("poll.ndjson"));
        const CliResult r = run(
            { bodyFile(R"({"assistant_id":"a"})"), QStringLiteral("--no-stream"), QStringLiteral("--events"), events });
        QCOMPARE(r.exitCode, 0);
        QFile f(events);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> records = f.readAll().trimmed().split('\n');
        QStringList statuses;
        for (const QByteArray &line : records) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QCOMPARE(o.value(QLatin1String("event")).toString(), QStringLiteral("poll"));
            QVERIFY(o.value(QLatin1String("t")).isDouble());
            statuses << o.value(QLatin1String("data")).toObject().value(QLatin1String("status")).toString();
        }
        QCOMPARE(statuses,
                 QStringList({ QStringLiteral("queued"), QStringLiteral("in_progress"), QStringLiteral("completed") }));
    }

    // 8. The reason a run did not complete.
    void endReasons_data()
    {
        QTest::addColumn<QByteArray>("final");
        QTest::addColumn<QString>("reason");
        QTest::newRow("incomplete")
            << QByteArray(R"({"incomplete_details":{"reason":"max_completion_tokens"}})")
            << "run incomplete: the reply reached max_completion_tokens (max_completion_tokens)";
        QTest::newRow("expired") << QByteArray(R"({"expires_at":null})")
                                 << "run expired: the run did not finish before its expiry time";
        QTest::newRow("cancelled") << QByteArray(R"({"cancelled_at":0})")
                                   << "run cancelled: by the server or another client";
        QTest::newRow("failed") << QByteArray(R"({"last_error":{"code":"server_error","message":"boom"}})")
                                << "run failed: boom";
    }
    void endReasons()
    {
        QFETCH(QByteArray, final);
        QFETCH(QString, reason);
        const QString status = QString::fromLatin1(QTest::currentDataTag());
        QJsonObject runObj = runObject(status);
        const QJsonObject extra = QJsonDocument::fromJson(final).object();
        for (auto it = extra.begin(); it != extra.end(); ++it) {
            runObj.insert(it.key(), it.value());
        }
        m_server->on("POST", kCreate, FakeReply::json(200, runJson(QStringLiteral("queued"))));
        m_server->on("GET", kRetrieve, FakeReply::json(200, json(runObj)));
        serveLists(*m_server, QStringLiteral("thread_1"), QStringLiteral("run_1"));
        const CliResult r = run({ bodyFile(R"({"assistant_id":"a"})") });
        QVERIFY2(r.err.endsWith(QStringLiteral("status: %1\n%2\n").arg(status, reason)), qPrintable(r.err));
    }

    // 9. --help prints the subcommand's usage.
    void subcommandHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("run") << "run";
        QTest::newRow("check") << "check";
        QTest::newRow("format") << "format";
    }
    void subcommandHelp()
    {
        QFETCH(QString, command);
        const CliResult r = runCliCommand({ command, QStringLiteral("--help") }, {});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: runlens-cli %1 FILE").arg(command)), qPrintable(r.out));
        QCOMPARE(r.err, QString());
        if (command == QLatin1String("run")) {
            QVERIFY(r.out.contains(QLatin1String("\"event\": \"poll\"")));
            QVERIFY(r.out.contains(QLatin1String("standard error")));
        }
    }

    // 10. Repeated and unused --tool-output.
    void toolOutputWarnings()
    {
        m_server->on(
            "POST", kCreate,
            FakeReply::sse(example(QStringLiteral("createThreadAndRun__streaming_with_functions.fixed.sse")), 97));
        m_server->on("POST", QStringLiteral("/threads/thread_123/runs/run_123/submit_tool_outputs"),
                     FakeReply::sse(example(QStringLiteral("submitToolOutputs__streaming.fixed.sse")), 97));
        serveLists(*m_server, QStringLiteral("thread_123"), QStringLiteral("run_123"));
        const CliResult r = run({ bodyFile(R"({"assistant_id":"a"})"), QStringLiteral("--stream"),
                                  QStringLiteral("--tool-output"), QStringLiteral("get_current_weather=1"),
                                  QStringLiteral("--tool-output"), QStringLiteral("get_current_weather=2"),
                                  QStringLiteral("--tool-output"), QStringLiteral("get_time=noon") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.startsWith(QLatin1String("warning: --tool-output get_current_weather given twice; using the "
                                                "last\n")),
                 qPrintable(r.err));
        QVERIFY2(r.err.endsWith(QLatin1String(
                     "warning: --tool-output get_time was not used: the run never called that function\n")),
                 qPrintable(r.err));
        for (const FakeRequest &req : m_server->requests()) {
            if (req.path.endsWith(QLatin1String("submit_tool_outputs"))) {
                QVERIFY(req.body.contains("\"output\":\"2\""));
            }
        }
    }

    // 11. A stream without event: lines that ends early says it once.
    void dataOnlyStreamEndingEarlySaysItOnce()
    {
        m_server->on("POST", kCreate,
                     FakeReply::sse("data: {\"event\":\"thread.created\",\"data\":{\"id\":\"t\"}}\n\n"));
        const CliResult r = run({ bodyFile(R"({"assistant_id":"a"})"), QStringLiteral("--stream") });
        QCOMPARE(r.exitCode, 3);
        const QStringList all = lines(r.err);
        QVERIFY2(r.err.contains(QLatin1String("ended before the run reached a final status")), qPrintable(r.err));
        QVERIFY2(r.err.count(QLatin1String("ended before the run reached a final status")) == 1, qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("System message")));
        QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), all.size());
    }
};

QTEST_GUILESS_MAIN(TestCliRunQa)
#include "tst_cli_run_qa.moc"
