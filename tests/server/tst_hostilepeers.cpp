// The built-in server under abuse, each case bounded, over loopback against a runlens-server
// process: malformed requests, huge headers and bodies, lying and slow clients, many streams,
// clients that vanish, deep and broken JSON. After each case the server must answer a normal
// request promptly, and its memory must stay bounded (RSS before/after is printed).
#include "rawhttp.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <memory>
#include <vector>

namespace {

constexpr int kRequestTimeoutMs = 1000; // the server's --request-timeout-ms in these tests

const QByteArray kRunBody = R"({"assistant_id":"asst_runlens_echo","stream":true,)"
                            R"("thread":{"messages":[{"role":"user","content":"hello there"}]}})";

QByteArray post(const QByteArray &path, const QByteArray &body, const QByteArray &extra = {})
{
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nOpenAI-Beta: assistants=v2\r\n"
        + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extra
        + "\r\n" + body;
}

QByteArray get(const QByteArray &path, const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nOpenAI-Beta: assistants=v2\r\n" + extra + "\r\n";
}

} // namespace

class TestHostilePeers : public QObject
{
    Q_OBJECT

    QProcess m_server;
    quint16 m_port = 0;
    qint64 m_rssBefore = 0;

    [[nodiscard]] qint64 serverRssKb() const
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(m_server.processId()));
        if (!status.open(QIODevice::ReadOnly)) {
            return -1;
        }
        static const QRegularExpression rss(QStringLiteral("VmRSS:\\s+(\\d+) kB"));
        return rss.match(QString::fromLatin1(status.readAll())).captured(1).toLongLong();
    }

    // A normal request on a fresh connection, answered within a second.
    void expectHealthy()
    {
        QElapsedTimer clock;
        clock.start();
        RawHttp client;
        QVERIFY(client.connectTo(m_port));
        client.write(get("/v1/assistants"));
        const RawHttp::Response r = client.read(3000);
        QCOMPARE(r.status, 200);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QStringLiteral("took %1 ms").arg(clock.elapsed())));
    }

    // One request on its own connection; the answer, or status 0 when none came.
    RawHttp::Response once(const QByteArray &bytes, int timeoutMs = 5000)
    {
        RawHttp client;
        if (!client.connectTo(m_port)) {
            return {};
        }
        client.write(bytes);
        return client.read(timeoutMs);
    }

    static QString errorMessage(const RawHttp::Response &r)
    {
        return QJsonDocument::fromJson(r.body)
            .object()
            .value(QLatin1String("error"))
            .toObject()
            .value(QLatin1String("message"))
            .toString();
    }

private slots:
    void initTestCase()
    {
        // Under AddressSanitizer freed memory waits in a quarantine (256 MB by default), which
        // would hide what the server really keeps: keep the quarantine small for the RSS checks.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (env.contains(QStringLiteral("ASAN_OPTIONS"))) {
            env.insert(QStringLiteral("ASAN_OPTIONS"),
                       env.value(QStringLiteral("ASAN_OPTIONS")) + QStringLiteral(":quarantine_size_mb=8"));
        }
        m_server.setProcessEnvironment(env);
        m_server.start(QStringLiteral(RUNLENS_SERVER_EXE),
                       { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--delay-ms"),
                         QStringLiteral("0"), QStringLiteral("--request-timeout-ms"),
                         QString::number(kRequestTimeoutMs) });
        QVERIFY(m_server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine(), 10000);
        const QString line = QString::fromUtf8(m_server.readLine()).trimmed();
        static const QRegularExpression format(QStringLiteral("^listening on http://127.0.0.1:(\\d+)/v1$"));
        const auto match = format.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        m_port = quint16(match.captured(1).toUInt());
    }

    void cleanupTestCase()
    {
        m_server.terminate();
        m_server.waitForFinished(5000);
    }

    void init() { m_rssBefore = serverRssKb(); }

    void cleanup()
    {
        const qint64 after = serverRssKb();
        qInfo("%s: server RSS %lld kB before, %lld kB after", QTest::currentTestFunction(), m_rssBefore, after);
        QVERIFY2(after - m_rssBefore < 64 * 1024, "the server's memory grew by more than 64 MB");
        expectHealthy();
    }

    void malformedRequestLines_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::newRow("garbage") << QByteArray("\x01\x02\x03 hello\r\n\r\n") << 400;
        QTest::newRow("no version") << QByteArray("GET /v1/assistants\r\n\r\n") << 400;
        QTest::newRow("two spaces") << QByteArray("GET  /v1/assistants HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("absolute path missing") << QByteArray("GET v1/assistants HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 400;
        QTest::newRow("HTTP/3.0") << QByteArray("GET /v1/assistants HTTP/3.0\r\n\r\n") << 505;
        QTest::newRow("header without colon") << QByteArray("GET /v1/assistants HTTP/1.1\r\nHost\r\n\r\n") << 400;
        QTest::newRow("folded header") << QByteArray("GET /v1/assistants HTTP/1.1\r\nHost: a\r\n  folded\r\n\r\n")
                                       << 400;
        QTest::newRow("space before colon") << QByteArray("GET /v1/assistants HTTP/1.1\r\nHost : a\r\n\r\n") << 400;
        QTest::newRow("unknown transfer coding")
            << QByteArray("POST /v1/threads HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 501;
        QTest::newRow("bad chunk size") << QByteArray("POST /v1/threads HTTP/1.1\r\nOpenAI-Beta: assistants=v2\r\n"
                                                      "Transfer-Encoding: chunked\r\n\r\nzz\r\n")
                                        << 400;
        QTest::newRow("unknown expectation")
            << QByteArray("POST /v1/threads HTTP/1.1\r\nExpect: magic\r\nContent-Length: 2\r\n\r\n{}") << 417;
    }

    void malformedRequestLines()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        RawHttp client;
        QVERIFY(client.connectTo(m_port));
        client.write(bytes);
        const RawHttp::Response r = client.read();
        QCOMPARE(r.status, status);
        QCOMPARE(r.header("connection"), QByteArray("close"));
        QVERIFY(!errorMessage(r).isEmpty());
        QVERIFY2(client.waitForClose(3000), "the server kept a broken connection open");
    }

    void oneMegabyteHeader()
    {
        RawHttp client;
        QVERIFY(client.connectTo(m_port));
        client.write("GET /v1/assistants HTTP/1.1\r\nX-Big: " + QByteArray(1024 * 1024, 'a') + "\r\n\r\n");
        const RawHttp::Response r = client.read();
        QCOMPARE(r.status, 431);
        QVERIFY(client.waitForClose(3000));
    }

    void hundredMegabyteBodyIsRefusedBeforeItIsSent()
    {
        RawHttp client;
        QVERIFY(client.connectTo(m_port));
        client.write("POST /v1/threads/runs HTTP/1.1\r\nOpenAI-Beta: assistants=v2\r\nContent-Length: "
                     + QByteArray::number(100LL * 1024 * 1024) + "\r\n\r\n");
        // Send a little of it, slowly: the answer comes before the body.
        for (int i = 0; i < 5; ++i) {
            client.write(QByteArray(1024, 'x'));
            QTest::qWait(20);
        }
        const RawHttp::Response r = client.read(3000);
        QCOMPARE(r.status, 413);
        QVERIFY(errorMessage(r).contains(QLatin1String("8388608")));
        QVERIFY(client.waitForClose(5000));
    }

    void bodyPushedAtFullSpeedAfterThe413IsDropped()
    {
        // A client that does not listen and pushes 48 MB: the server answers, drops what comes
        // and cuts the connection; its memory does not follow the body.
        RawHttp client;
        QVERIFY(client.connectTo(m_port));
        client.write("POST /v1/threads/runs HTTP/1.1\r\nOpenAI-Beta: assistants=v2\r\nContent-Length: "
                     + QByteArray::number(300LL * 1024 * 1024) + "\r\n\r\n");
        const QByteArray piece(1024 * 1024, 'x');
        for (int i = 0; i < 48 && client.isConnected(); ++i) {
            client.socket().write(piece);
            client.socket().waitForBytesWritten(1000);
        }
        QVERIFY(client.waitForClose(5000));
    }

    void bodyOverTheLimitWithExpectGetsNoContinue()
    {
        RawHttp client;
        QVERIFY(client.connectTo(m_port));
        client.write("POST /v1/threads HTTP/1.1\r\nOpenAI-Beta: assistants=v2\r\nExpect: 100-continue\r\n"
                     "Content-Length: 9000000\r\n\r\n");
        const RawHttp::Response r = client.read(3000);
        QCOMPARE(r.status, 413);
    }

    void expectContinueThenBody()
    {
        RawHttp client;
        QVERIFY(client.connectTo(m_port));
        const QByteArray body = R"({"metadata":{"k":"v"}})";
        client.write("POST /v1/threads HTTP/1.1\r\nOpenAI-Beta: assistants=v2\r\nExpect: 100-continue\r\n"
                     "Content-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n");
        QCOMPARE(client.read(3000).status, 100);
        client.write(body);
        const RawHttp::Response r = client.read(3000);
        QCOMPARE(r.status, 200);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QLatin1String("object")).toString(),
                 QStringLiteral("thread"));
    }

    void chunkedRequestBody()
    {
        const QByteArray body = R"({"metadata":{"chunked":"yes"}})";
        RawHttp client;
        QVERIFY(client.connectTo(m_port));
        client.write("POST /v1/threads HTTP/1.1\r\nOpenAI-Beta: assistants=v2\r\nTransfer-Encoding: chunked\r\n\r\n");
        client.write(QByteArray::number(10, 16) + "\r\n" + body.first(10) + "\r\n");
        client.write(QByteArray::number(body.size() - 10, 16) + ";ext=1\r\n" + body.sliced(10) + "\r\n0\r\n\r\n");
        const RawHttp::Response r = client.read(3000);
        QCOMPARE(r.status, 200);
        QCOMPARE(QJsonDocument::fromJson(r.body)
                     .object()
                     .value(QLatin1String("metadata"))
                     .toObject()
                     .value(QLatin1String("chunked")),
                 QJsonValue(QStringLiteral("yes")));
    }

    void conflictingContentLengths()
    {
        const RawHttp::Response r = once("POST /v1/threads HTTP/1.1\r\nOpenAI-Beta: assistants=v2\r\n"
                                         "Content-Length: 2\r\nContent-Length: 5\r\n\r\n{}");
        QCOMPARE(r.status, 400);
        QVERIFY(errorMessage(r).contains(QLatin1String("Content-Length")));
        // The same length twice is one length.
        QCOMPARE(once("POST /v1/threads HTTP/1.1\r\nOpenAI-Beta: assistants=v2\r\n"
                      "Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}")
                     .status,
                 200);
        QCOMPARE(once("POST /v1/threads HTTP/1.1\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n{}").status,
                 400);
        QCOMPARE(once("POST /v1/threads HTTP/1.1\r\nContent-Length: -2\r\n\r\n{}").status, 400);
    }

    void bodyShorterThanItsContentLengthTimesOut()
    {
        QElapsedTimer clock;
        clock.start();
        RawHttp client;
        QVERIFY(client.connectTo(m_port));
        client.write("POST /v1/threads HTTP/1.1\r\nOpenAI-Beta: assistants=v2\r\nContent-Length: 100\r\n\r\n{\"a\":");
        const RawHttp::Response r = client.read(kRequestTimeoutMs * 4);
        QCOMPARE(r.status, 408);
        QVERIFY(clock.elapsed() >= kRequestTimeoutMs - 100);
        QVERIFY(client.waitForClose(3000));
    }

    void bodyLongerThanItsContentLength()
    {
        // What follows the declared body is read as the next request: garbage there is a 400.
        RawHttp client;
        QVERIFY(client.connectTo(m_port));
        client.write(
            "POST /v1/threads HTTP/1.1\r\nOpenAI-Beta: assistants=v2\r\nContent-Length: 2\r\n\r\n{}junk\r\n\r\n");
        QCOMPARE(client.read().status, 200);
        QCOMPARE(client.read().status, 400);
    }

    void slowlorisConnectionsAreTimedOut()
    {
        std::vector<std::unique_ptr<RawHttp>> clients;
        for (int i = 0; i < 20; ++i) {
            auto c = std::make_unique<RawHttp>();
            QVERIFY(c->connectTo(m_port));
            c->write("GET /v1/assistants HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow-");
            clients.push_back(std::move(c));
        }
        // While they hang, the server still answers others at once.
        expectHealthy();
        QElapsedTimer clock;
        clock.start();
        for (int round = 0; round < 5; ++round) { // a byte now and then: no way to stay forever
            for (auto &c : clients) {
                c->write("a");
            }
            QTest::qWait(kRequestTimeoutMs / 5);
        }
        for (auto &c : clients) {
            const RawHttp::Response r = c->read(kRequestTimeoutMs * 3);
            QCOMPARE(r.status, 408);
            QVERIFY(c->waitForClose(3000));
        }
        QVERIFY(clock.elapsed() < kRequestTimeoutMs * 6);
    }

    void idleKeptAliveConnectionsAreNotAnswered408()
    {
        // A connection that finished a request and sends nothing more is not a slow request.
        RawHttp client;
        QVERIFY(client.connectTo(m_port));
        client.write(get("/v1/assistants"));
        QCOMPARE(client.read().status, 200);
        QTest::qWait(kRequestTimeoutMs + 300);
        QVERIFY(client.isConnected());
        client.write(get("/v1/assistants"));
        QCOMPARE(client.read().status, 200);
    }

    void connectionCloseIsHonoured()
    {
        RawHttp client;
        QVERIFY(client.connectTo(m_port));
        client.write(get("/v1/assistants", "Connection: close\r\n"));
        const RawHttp::Response r = client.read();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("connection"), QByteArray("close"));
        QVERIFY2(client.waitForClose(2000), "Connection: close was ignored");
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        RawHttp client;
        QVERIFY(client.connectTo(m_port));
        client.write(get("/v1/assistants/asst_runlens_echo") + get("/v1/assistants/asst_nope")
                     + get("/v1/assistants/asst_runlens_weather"));
        QCOMPARE(client.read().status, 200);
        QCOMPARE(client.read().status, 404);
        const RawHttp::Response third = client.read();
        QCOMPARE(third.status, 200);
        QVERIFY(third.body.contains("asst_runlens_weather"));
    }

    void twoHundredConcurrentStreamedRuns()
    {
        std::vector<std::unique_ptr<RawHttp>> clients;
        for (int i = 0; i < 200; ++i) {
            auto c = std::make_unique<RawHttp>();
            QVERIFY(c->connectTo(m_port));
            c->write(post("/v1/threads/runs", kRunBody));
            clients.push_back(std::move(c));
        }
        int done = 0;
        for (auto &c : clients) {
            const RawHttp::Response r = c->read(20000);
            QCOMPARE(r.status, 200);
            QVERIFY(r.complete);
            QVERIFY(r.body.contains("event: thread.run.completed"));
            QVERIFY(r.body.endsWith("event: done\ndata: [DONE]\n\n"));
            ++done;
        }
        QCOMPARE(done, 200);
    }

    void fiftyClientsVanishMidStream()
    {
        const QByteArray slow = R"({"assistant_id":"asst_runlens_echo","stream":true,)"
                                R"("metadata":{"runlens_scenario":"slow"},)"
                                R"("thread":{"messages":[{"role":"user","content":"one two three"}]}})";
        std::vector<std::unique_ptr<RawHttp>> clients;
        for (int i = 0; i < 50; ++i) {
            auto c = std::make_unique<RawHttp>();
            QVERIFY(c->connectTo(m_port));
            c->write(post("/v1/threads/runs", slow));
            clients.push_back(std::move(c));
        }
        for (auto &c : clients) {
            QVERIFY(c->socket().bytesAvailable() > 0 || c->socket().waitForReadyRead(5000)); // the stream began
            c->abort();
        }
        QTest::qWait(200);
    }

    void bodyNestedAHundredThousandDeep()
    {
        const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        const RawHttp::Response r = once(post("/v1/threads", R"({"metadata":)" + deep + "}"));
        QCOMPARE(r.status, 400);
        QVERIFY2(errorMessage(r).contains(QLatin1String("nested")), qPrintable(errorMessage(r)));
    }

    void invalidUtf8AndControlCharacters_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("words");
        QTest::newRow("lone continuation byte")
            << QByteArray("{\"metadata\":{\"k\":\"\x80\"}}") << QStringLiteral("UTF-8");
        QTest::newRow("overlong slash") << QByteArray("{\"metadata\":{\"k\":\"\xC0\xAF\"}}") << QStringLiteral("UTF-8");
        QTest::newRow("UTF-16 surrogate")
            << QByteArray("{\"metadata\":{\"k\":\"\xED\xA0\x80\"}}") << QStringLiteral("UTF-8");
        QTest::newRow("cut character") << QByteArray("{\"metadata\":{\"k\":\"\xE2\x82\"}}") << QStringLiteral("UTF-8");
        QByteArray nul = "{\"metadata\":{\"k\":\"a";
        nul += '\0';
        nul += "b\"}}";
        QTest::newRow("NUL in a string") << nul << QStringLiteral("control character");
        QTest::newRow("raw newline in a string")
            << QByteArray("{\"metadata\":{\"k\":\"a\nb\"}}") << QStringLiteral("control character");
    }

    void invalidUtf8AndControlCharacters()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, words);
        const RawHttp::Response r = once(post("/v1/threads", body));
        QCOMPARE(r.status, 400);
        QVERIFY2(errorMessage(r).contains(words), qPrintable(errorMessage(r)));
    }
};

QTEST_GUILESS_MAIN(TestHostilePeers)
#include "tst_hostilepeers.moc"
