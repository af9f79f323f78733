#include "apiclient.h"
#include "connectiontester.h"
#include "fakehttpserver.h"
#include "nettestutil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <thread>

using namespace rl;
using namespace rl::test;

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    static RetryPolicy fastRetries()
    {
        RetryPolicy p;
        p.baseDelayMs = 10;
        p.maxDelayMs = 40;
        return p;
    }

    // Waits for the call to end; returns the error (kind Cancelled when it finished).
    static bool waitFailed(ApiCall *call, ApiError *error, QJsonValue *result = nullptr, int timeoutMs = 10000)
    {
        QSignalSpy ok(call, &ApiCall::finished);
        QSignalSpy bad(call, &ApiCall::failed);
        if (!QTest::qWaitFor([&] { return ok.count() + bad.count() > 0; }, timeoutMs)) {
            return false;
        }
        if (!bad.isEmpty()) {
            *error = bad.first().first().value<ApiError>();
            return true;
        }
        if (result) {
            *result = ok.first().first().value<QJsonValue>();
        }
        return false;
    }

private slots:
    void sendsHeadersAndMasksKeyInExchange()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on("GET", QStringLiteral("/assistants/asst_1"),
                  FakeReply::json(200, R"({"id":"asst_1"})",
                                  { { "x-request-id", "req_1" }, { "openai-processing-ms", "7" } }));
        ApiClient client(testConnection(server.baseUrl()));
        ApiCall *call = client.retrieveAssistant(QStringLiteral("asst_1"));
        QSignalSpy ex(call, &ApiCall::exchange);
        QSignalSpy ok(call, &ApiCall::finished);
        QTRY_COMPARE(ok.count(), 1);
        QCOMPARE(ok.first().first().value<QJsonValue>().toObject().value(QLatin1String("id")).toString(),
                 QStringLiteral("asst_1"));
        const ResponseMeta meta = ok.first().at(1).value<ResponseMeta>();
        QCOMPARE(meta.requestId, QStringLiteral("req_1"));
        QCOMPARE(meta.processingMs, 7);
        const FakeRequest req = server.requests().first();
        QCOMPARE(req.header("Authorization"), QByteArray("Bearer sk-test-1234567890abcd"));
        QCOMPARE(req.header("OpenAI-Beta"), QByteArray("assistants=v2"));
        QCOMPARE(ex.count(), 1);
        const HttpExchange x = ex.first().first().value<HttpExchange>();
        QCOMPARE(x.responseStatus, 200);
        bool sawAuth = false;
        for (const auto &[name, value] : x.requestHeaders) {
            if (name.compare("authorization", Qt::CaseInsensitive) == 0) {
                sawAuth = true;
                QCOMPARE(value, QStringLiteral("Bearer \u2022\u2022\u2022\u2022abcd").toUtf8());
            }
            QVERIFY(!value.contains("1234567890"));
        }
        QVERIFY(sawAuth);
    }

    void parsesApiErrorBody()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on(
            "POST", QStringLiteral("/threads/runs"),
            FakeReply::json(
                401,
                R"({"error":{"message":"Incorrect API key provided","type":"invalid_request_error","param":null,"code":"invalid_api_key"}})",
                { { "x-request-id", "req_9" } }));
        ApiClient client(testConnection(server.baseUrl()));
        ApiError e;
        QVERIFY(waitFailed(client.createThreadAndRun(R"({"assistant_id":"a"})"), &e));
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QCOMPARE(e.httpStatus, 401);
        QCOMPARE(e.code, QStringLiteral("invalid_api_key"));
        QCOMPARE(e.type, QStringLiteral("invalid_request_error"));
        QCOMPARE(e.message, QStringLiteral("Incorrect API key provided"));
        QCOMPARE(e.requestId, QStringLiteral("req_9"));
        QVERIFY(e.summary().contains(QLatin1String("API key")));
        QVERIFY(!e.isAssistantsSunset()); // loopback, not api.openai.com
    }

    void genericNotFound()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        ApiClient client(testConnection(server.baseUrl()));
        ApiError e;
        QVERIFY(waitFailed(client.createThreadAndRun(R"({"assistant_id":"a"})"), &e));
        QCOMPARE(e.httpStatus, 404);
        QVERIFY(!e.isAssistantsSunset());
        QVERIFY(e.summary().startsWith(QLatin1String("Not found (404)")));
        QVERIFY(e.details().contains(QLatin1String("/v1")));
    }

    void htmlPageIsQuoted()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on("GET", QStringLiteral("/models"),
                  FakeReply::html(200, "<html><body>Welcome to nginx!</body></html>"));
        server.on("GET", QStringLiteral("/assistants"),
                  FakeReply::html(502, "<html><title>502 Bad Gateway</title></html>"));
        RetryPolicy none;
        none.maxRetries = 0;
        ApiClient client(testConnection(server.baseUrl()));
        client.setRetryPolicy(none);
        ApiError e;
        QVERIFY(waitFailed(client.listModels(), &e));
        QCOMPARE(e.kind, ApiError::Kind::Protocol);
        QVERIFY2(e.summary().contains(QLatin1String("Welcome to nginx")), qPrintable(e.summary()));
        QVERIFY(waitFailed(client.listAssistants(), &e));
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QCOMPARE(e.httpStatus, 502);
        QVERIFY(e.summary().contains(QLatin1String("502 Bad Gateway")));
    }

    void refusedConnection()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        ApiClient client(testConnection(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)));
        RetryPolicy none;
        none.maxRetries = 0;
        client.setRetryPolicy(none);
        ApiError e;
        QVERIFY(waitFailed(client.listModels(), &e));
        QCOMPARE(e.kind, ApiError::Kind::Network);
        QCOMPARE(e.network, ApiError::Network::Refused);
        QVERIFY(e.summary().contains(QLatin1String("refused")));
    }

    void unknownHost()
    {
        ApiClient client(testConnection(QStringLiteral("http://no-such-host.invalid/v1")));
        RetryPolicy none;
        none.maxRetries = 0;
        client.setRetryPolicy(none);
        ApiError e;
        QVERIFY(waitFailed(client.listModels(), &e, nullptr, 30000));
        QCOMPARE(e.kind, ApiError::Kind::Network);
        QCOMPARE(e.network, ApiError::Network::HostNotFound);
        QVERIFY(e.summary().contains(QLatin1String("DNS")));
    }

    void requestTimeout()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        FakeReply hang;
        hang.headerDelayMs = 5000;
        server.on("POST", QStringLiteral("/threads/runs"), hang);
        Connection c = testConnection(server.baseUrl());
        c.requestTimeoutMs = 200;
        ApiClient client(c);
        ApiError e;
        QVERIFY(waitFailed(client.createThreadAndRun(R"({"assistant_id":"a"})"), &e));
        QCOMPARE(e.kind, ApiError::Kind::Timeout);
        QCOMPARE(server.count("POST", QStringLiteral("/threads/runs")), 1); // never retried
    }

    void retriesGetOn429WithRetryAfterAnd503()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on("GET", QStringLiteral("/threads/t/runs/r"), [](const FakeRequest &, int i) {
            if (i == 0) {
                return FakeReply::json(429, R"({"error":{"message":"slow down","type":"rate_limit"}})",
                                       { { "retry-after-ms", "300" } });
            }
            if (i == 1) {
                return FakeReply::json(503, R"({"error":{"message":"busy","type":"server_error"}})");
            }
            return FakeReply::json(200, runJson(QStringLiteral("in_progress")));
        });
        ApiClient client(testConnection(server.baseUrl()));
        client.setRetryPolicy(fastRetries());
        QElapsedTimer clock;
        clock.start();
        ApiCall *call = client.retrieveRun(QStringLiteral("t"), QStringLiteral("r"));
        QSignalSpy ex(call, &ApiCall::exchange);
        ApiError e;
        QJsonValue result;
        QVERIFY(!waitFailed(call, &e, &result));
        QVERIFY(clock.elapsed() >= 300); // retry-after-ms honoured
        QCOMPARE(result.toObject().value(QLatin1String("status")).toString(), QStringLiteral("in_progress"));
        QCOMPARE(server.count("GET", QStringLiteral("/threads/t/runs/r")), 3);
        QCOMPARE(ex.count(), 3);
    }

    void givesUpAfterMaxRetriesAndObeysShouldRetry()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on("GET", QStringLiteral("/models"),
                  FakeReply::json(500, R"({"error":{"message":"boom","type":"server_error"}})"));
        server.on("GET", QStringLiteral("/assistants"),
                  FakeReply::json(503, R"({"error":{"message":"no","type":"server_error"}})",
                                  { { "x-should-retry", "false" } }));
        ApiClient client(testConnection(server.baseUrl()));
        client.setRetryPolicy(fastRetries());
        ApiError e;
        QVERIFY(waitFailed(client.listModels(), &e));
        QCOMPARE(e.httpStatus, 500);
        QCOMPARE(server.count("GET", QStringLiteral("/models")), 3);
        QVERIFY(waitFailed(client.listAssistants(), &e));
        QCOMPARE(server.count("GET", QStringLiteral("/assistants")), 1);
    }

    void createPostIsNeverRetried()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on("POST", QStringLiteral("/threads/runs"),
                  FakeReply::json(503, R"({"error":{"message":"busy","type":"server_error"}})"));
        ApiClient client(testConnection(server.baseUrl()));
        client.setRetryPolicy(fastRetries());
        ApiError e;
        QVERIFY(waitFailed(client.createThreadAndRun(R"({"assistant_id":"a"})"), &e));
        QVERIFY(waitFailed(client.createThreadAndRunStream(R"({"assistant_id":"a","stream":true})"), &e));
        QTest::qWait(100);
        QCOMPARE(server.count("POST", QStringLiteral("/threads/runs")), 2);
    }

    // A fast server's whole stream can be buffered, and the reply finished, before the client
    // reads it: it is still handled a turn of the event loop at a time, and nothing is lost.
    void bufferedStreamIsHandledOverManyTurns()
    {
        QByteArray stream = sseEvent("thread.created", R"({"id":"thread_1","object":"thread"})")
            + runEvent(QStringLiteral("in_progress"));
        const int deltas = 20000;
        for (int i = 0; i < deltas; ++i) {
            stream += sseEvent("thread.message.delta",
                               R"({"id":"msg_1","object":"thread.message.delta","delta":{"content":[{"index":0,)"
                               R"("type":"text","text":{"value":"word "}}]}})");
        }
        stream += runEvent(QStringLiteral("completed"));
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        const quint16 port = listener.serverPort();
        listener.close();
        // Served from a thread of its own, so it writes while this thread does not run its loop.
        std::atomic<bool> requested { false };
        std::thread server([port, &stream, &requested] {
            QTcpServer tcp;
            if (!tcp.listen(QHostAddress::LocalHost, port) || !tcp.waitForNewConnection(10000)) {
                return;
            }
            QTcpSocket *socket = tcp.nextPendingConnection();
            QByteArray request;
            while (!request.contains("\r\n\r\n") && socket->waitForReadyRead(10000)) {
                request += socket->readAll();
            }
            requested = true;
            QThread::msleep(200); // the client's thread is asleep by now
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nContent-Length: "
                          + QByteArray::number(stream.size()) + "\r\nConnection: close\r\n\r\n" + stream);
            while (socket->bytesToWrite() > 0 && socket->waitForBytesWritten(10000)) { }
            socket->waitForDisconnected(10000);
        });
        ApiClient client(testConnection(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)));
        StreamCall *call = client.createThreadAndRunStream(R"({"assistant_id":"a","stream":true})");
        int turns = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&turns] { ++turns; });
        ticker.start(0);
        QHash<int, int> eventsInTurn;
        int received = 0;
        connect(call, &StreamCall::eventReceived, this, [&](const StreamEvent &) {
            ++eventsInTurn[turns];
            ++received;
        });
        // The whole answer arrives while this thread is busy.
        QVERIFY(QTest::qWaitFor([&requested] { return requested.load(); }, 10000));
        QThread::msleep(1500);
        ApiError e;
        const bool failed = waitFailed(call, &e);
        server.join();
        QVERIFY2(!failed, qPrintable(e.summary()));
        QCOMPARE(received, deltas + 3);
        int most = 0;
        for (const int count : std::as_const(eventsInTurn)) {
            most = qMax(most, count);
        }
        // About 150 bytes an event: a turn handles a few hundred KiB at most, not 3 MB.
        QVERIFY2(most < deltas / 5, qPrintable(QStringLiteral("%1 events in one turn").arg(most)));
    }

    // The completed message of a long reply takes tens of milliseconds to decode and as many to take
    // in: it is delivered in a turn of the event loop of its own, after the turn that decoded it.
    void largeEventIsDeliveredInATurnOfItsOwn()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        const QString text = QStringLiteral("word ").repeated(300000); // 1.5 MB
        const QByteArray completed
            = QJsonDocument(
                  QJsonObject { { QStringLiteral("id"), QStringLiteral("msg_1") },
                                { QStringLiteral("object"), QStringLiteral("thread.message") },
                                { QStringLiteral("status"), QStringLiteral("completed") },
                                { QStringLiteral("content"),
                                  QJsonArray { QJsonObject {
                                      { QStringLiteral("type"), QStringLiteral("text") },
                                      { QStringLiteral("text"),
                                        QJsonObject { { QStringLiteral("value"), text },
                                                      { QStringLiteral("annotations"), QJsonArray() } } } } } } })
                  .toJson(QJsonDocument::Compact);
        const QByteArray stream = sseEvent("thread.created", R"({"id":"thread_1","object":"thread"})")
            + sseEvent("thread.message.completed", completed) + runEvent(QStringLiteral("completed"))
            + sseEvent("thread.run.step.completed", R"({"id":"step_1","object":"thread.run.step"})");
        server.on("POST", QStringLiteral("/threads/runs"), FakeReply::sse(stream, int(stream.size())));
        ApiClient client(testConnection(server.baseUrl()));
        StreamCall *call = client.createThreadAndRunStream(R"({"assistant_id":"a","stream":true})");
        int turn = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&turn] { ++turn; });
        ticker.start(0);
        QStringList names;
        QList<int> turns;
        connect(call, &StreamCall::eventReceived, this, [&](const StreamEvent &event) {
            names.append(event.name);
            turns.append(turn);
        });
        ApiError e;
        QVERIFY2(!waitFailed(call, &e), qPrintable(e.summary()));
        QCOMPARE(names,
                 (QStringList { QStringLiteral("thread.created"), QStringLiteral("thread.message.completed"),
                                QStringLiteral("thread.run.completed"), QStringLiteral("thread.run.step.completed") }));
        // Decoded together with the events after it, delivered alone.
        QVERIFY2(turns.at(1) < turns.at(2),
                 qPrintable(QStringLiteral("turns %1 and %2").arg(turns.at(1)).arg(turns.at(2))));
        QCOMPARE(turns.at(2), turns.at(3));
    }

    // A large event is decoded in a worker thread: a malformed one is reported in its place in the
    // stream, and a call cancelled meanwhile hears nothing more.
    void largeEventsDecodedInAWorkerKeepTheirPlace()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        const QByteArray big = "{\"id\":\"msg_1\",\"object\":\"thread.message\",\"status\":\"completed\",\"x\":\""
            + QByteArray("word ").repeated(300000) + "\"}";
        const QByteArray stream = sseEvent("thread.created", R"({"id":"thread_1","object":"thread"})")
            + sseEvent("thread.message.completed", big.left(big.size() - 1)) + sseEvent("thread.message.completed", big)
            + runEvent(QStringLiteral("completed"));
        server.on("POST", QStringLiteral("/threads/runs"), FakeReply::sse(stream, 256 * 1024));
        ApiClient client(testConnection(server.baseUrl()));
        StreamCall *call = client.createThreadAndRunStream(R"({"assistant_id":"a","stream":true})");
        QList<StreamEvent> events;
        connect(call, &StreamCall::eventReceived, this, [&events](const StreamEvent &event) { events.append(event); });
        ApiError e;
        QVERIFY2(!waitFailed(call, &e), qPrintable(e.summary()));
        QCOMPARE(events.size(), 4);
        QCOMPARE(events.at(1).kind, StreamEvent::Kind::Error);
        QCOMPARE(events.at(1).error.reason, StreamError::Reason::MalformedJson);
        QVERIFY2(events.at(1).error.message.contains(QLatin1String("thread.message.completed")),
                 qPrintable(events.at(1).error.message));
        QCOMPARE(events.at(2).kind, StreamEvent::Kind::Message);
        QCOMPARE(events.at(2).object().value(QLatin1String("x")).toString().size(), 5 * 300000);
        QCOMPARE(events.at(3).name, QStringLiteral("thread.run.completed"));

        // Cancelled while the worker decodes: nothing after the cancel.
        StreamCall *cancelled = client.createThreadAndRunStream(R"({"assistant_id":"a","stream":true})");
        int after = 0;
        bool cancelledYet = false;
        connect(cancelled, &StreamCall::eventReceived, this, [&](const StreamEvent &event) {
            if (cancelledYet) {
                ++after;
            } else if (event.name == QLatin1String("thread.created")) {
                cancelledYet = true;
                QTimer::singleShot(0, cancelled, [cancelled] { cancelled->cancel(); });
            }
        });
        QTRY_VERIFY(cancelledYet);
        QTest::qWait(500); // a worker still decoding would deliver meanwhile
        QCOMPARE(after, 0);
    }

    void followsCursorPagination()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on("GET", QStringLiteral("/threads/t/messages"), [](const FakeRequest &req, int) {
            if (!req.query.contains(QLatin1String("after="))) {
                return FakeReply::json(
                    200, R"({"object":"list","data":[{"id":"m1"},{"id":"m2"}],"last_id":"m2","has_more":true})");
            }
            if (req.query.contains(QLatin1String("after=m2"))) {
                return FakeReply::json(200,
                                       R"({"object":"list","data":[{"id":"m3"}],"last_id":"m3","has_more":false})");
            }
            return FakeReply::json(400, R"({"error":{"message":"bad cursor"}})");
        });
        ApiClient client(testConnection(server.baseUrl()));
        ApiError e;
        QJsonValue result;
        QVERIFY(!waitFailed(client.listMessages(QStringLiteral("t"), QStringLiteral("run_7")), &e, &result));
        QCOMPARE(result.toArray().size(), 3);
        QCOMPARE(result.toArray().at(2).toObject().value(QLatin1String("id")).toString(), QStringLiteral("m3"));
        QVERIFY(server.requests().first().query.contains(QLatin1String("run_id=run_7")));
        QVERIFY(server.requests().first().query.contains(QLatin1String("order=asc")));
    }

    void paginationStopsAtMaxPages()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on("GET", QStringLiteral("/assistants"), [](const FakeRequest &, int i) {
            const QByteArray id = "a" + QByteArray::number(i);
            return FakeReply::json(
                200, R"({"object":"list","data":[{"id":")" + id + R"("}],"last_id":")" + id + R"(","has_more":true})");
        });
        ApiClient client(testConnection(server.baseUrl()));
        ListOptions o;
        o.maxPages = 3;
        ListCall *call = client.listAssistants(o);
        ApiError e;
        QJsonValue result;
        QVERIFY(!waitFailed(call, &e, &result));
        QCOMPARE(result.toArray().size(), 3);
        QCOMPARE(server.count("GET", QStringLiteral("/assistants")), 3);
    }

    void cancelStopsWithoutSignals()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        FakeReply slow = FakeReply::json(200, "{}");
        slow.headerDelayMs = 300;
        server.on("GET", QStringLiteral("/models"), slow);
        ApiClient client(testConnection(server.baseUrl()));
        QPointer<ApiCall> call = client.listModels();
        QSignalSpy ok(call.data(), &ApiCall::finished);
        QSignalSpy bad(call.data(), &ApiCall::failed);
        QTRY_COMPARE(server.requests().size(), 1);
        call->cancel();
        QTRY_VERIFY(call.isNull());
        QTest::qWait(400);
        QCOMPARE(ok.count() + bad.count(), 0);
    }

    void connectionTesterReportsInPlainWords()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.on("GET", QStringLiteral("/assistants"), [](const FakeRequest &req, int) {
            if (req.header("Authorization") != "Bearer good-key-123456") {
                return FakeReply::json(
                    401,
                    R"({"error":{"message":"Incorrect API key provided","type":"invalid_request_error","code":"invalid_api_key"}})");
            }
            if (req.header("OpenAI-Beta") != "assistants=v2") {
                return FakeReply::json(
                    400,
                    R"({"error":{"message":"The v1 Assistants API has been deprecated.","type":"invalid_request_error","param":null,"code":"invalid_beta"}})");
            }
            return FakeReply::json(200,
                                   R"({"object":"list","data":[{"id":"asst_1"}],"last_id":"asst_1","has_more":true})");
        });
        Connection c = testConnection(server.baseUrl());
        c.apiKey = QStringLiteral("good-key-123456");
        ConnectionTester tester;
        QSignalSpy spy(&tester, &ConnectionTester::finished);

        tester.test(c);
        QTRY_COMPARE(spy.count(), 1);
        ConnectionTestResult r = spy.takeFirst().first().value<ConnectionTestResult>();
        QVERIFY(r.ok);
        QCOMPARE(r.assistantCount, 1);
        QCOMPARE(server.count("GET", QStringLiteral("/assistants")), 1); // one page only
        QVERIFY(server.requests().first().query.contains(QLatin1String("limit=1")));

        c.apiKey = QStringLiteral("wrong");
        tester.test(c);
        QTRY_COMPARE(spy.count(), 1);
        r = spy.takeFirst().first().value<ConnectionTestResult>();
        QVERIFY(!r.ok);
        QVERIFY(r.reachedServer);
        QVERIFY(!r.authAccepted);
        QVERIFY(r.checks.join(QLatin1Char(' ')).contains(QLatin1String("key was not accepted")));

        c.apiKey = QStringLiteral("good-key-123456");
        c.sendBetaHeader = false;
        tester.test(c);
        QTRY_COMPARE(spy.count(), 1);
        r = spy.takeFirst().first().value<ConnectionTestResult>();
        QVERIFY(!r.ok);
        QVERIFY(r.authAccepted);
        QVERIFY(r.checks.join(QLatin1Char(' ')).contains(QLatin1String("assistants=v2")));

        c.sendBetaHeader = true;
        c.baseUrl = server.baseUrl() + QStringLiteral("/nothing");
        tester.test(c);
        QTRY_COMPARE(spy.count(), 1);
        r = spy.takeFirst().first().value<ConnectionTestResult>();
        QVERIFY(!r.endpointFound);
        QVERIFY(r.checks.join(QLatin1Char(' ')).contains(QLatin1String("not found (404)")));
    }

    // #14 item 8: a connection that sends no key is not told its key was accepted.
    void connectionTesterDoesNotPraiseAKeyNeverSent()
    {
        Connection none;
        none.authStyle = Connection::AuthStyle::None;
        const QString checks = ConnectionTester::describe(none, nullptr, 1, {}).checks.join(QLatin1Char(' '));
        QVERIFY2(!checks.contains(QLatin1String("key was accepted")), qPrintable(checks));
        QVERIFY2(checks.contains(QLatin1String("No key is sent")), qPrintable(checks));
        Connection withKey;
        withKey.apiKey = QStringLiteral("sk-test");
        QVERIFY(ConnectionTester::describe(withKey, nullptr, 1, {})
                    .checks.join(QLatin1Char(' '))
                    .contains(QLatin1String("The key was accepted.")));
        ApiError e = ApiError::fromHttp(401, {}, R"({"error":{"message":"Missing key"}})", QStringLiteral("GET"),
                                        none.endpoint(QStringLiteral("/assistants")));
        const QString refused = ConnectionTester::describe(none, &e, 0, {}).checks.join(QLatin1Char(' '));
        QVERIFY2(refused.contains(QLatin1String("sends no key")), qPrintable(refused));
    }

    void connectionTesterExplainsSunsetAndDns()
    {
        Connection openai;
        ApiError e = ApiError::fromHttp(404, {}, R"({"error":{"message":"Not found"}})", QStringLiteral("GET"),
                                        openai.endpoint(QStringLiteral("/assistants")));
        ConnectionTestResult r = ConnectionTester::describe(openai, &e, 0, {});
        QVERIFY(
            r.checks.join(QLatin1Char(' ')).contains(QLatin1String("retired the Assistants API on 26 August 2026")));

        ConnectionTester tester;
        QSignalSpy spy(&tester, &ConnectionTester::finished);
        tester.test(testConnection(QStringLiteral("http://nowhere.invalid/v1")));
        QVERIFY(spy.wait(30000));
        r = spy.first().first().value<ConnectionTestResult>();
        QVERIFY(!r.reachedServer);
        QVERIFY(r.checks.join(QLatin1Char(' ')).contains(QLatin1String("DNS")));
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
