// The local server over real loopback HTTP: endpoints, errors, pagination, streams and their limits.
// Tool calls, response formats, scenarios and token limits are in tst_serverruns.cpp.
#include "localserver.h"
#include "serverbodies.h"
#include "serverclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using namespace servertest;

class TestLocalServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<rl::LocalServer> m_server;
    std::unique_ptr<ServerClient> m_client;

private Q_SLOTS:
    void init()
    {
        m_server = startServer(quickOptions());
        QVERIFY(m_server->isRunning());
        QVERIFY(m_server->port() > 0);
        m_client = std::make_unique<ServerClient>(m_server->baseUrl());
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void baseUrlAndStartFailure()
    {
        QCOMPARE(m_server->baseUrl().toString(), u"http://127.0.0.1:%1/v1"_s.arg(m_server->port()));
        rl::LocalServer other;
        rl::LocalServerOptions o;
        o.port = m_server->port();
        QVERIFY(!other.start(o));
        QVERIFY(!other.errorString().isEmpty());
        QVERIFY(!other.isRunning());
    }

    void streamedCreateAndRunEventOrder()
    {
        const auto s
            = m_client->stream(u"/threads/runs"_s, streamed(runBody(u"asst_runlens_echo"_s, u"hello there"_s)));
        QCOMPARE(s.status, 200);
        QVERIFY(s.contentType.startsWith("text/event-stream"));
        const QStringList names = s.names();
        QStringList expected { u"thread.created"_s,          u"thread.run.created"_s,
                               u"thread.run.queued"_s,       u"thread.run.in_progress"_s,
                               u"thread.run.step.created"_s, u"thread.run.step.in_progress"_s,
                               u"thread.message.created"_s,  u"thread.message.in_progress"_s };
        QCOMPARE(names.mid(0, 8), expected);
        QCOMPARE(names.mid(names.size() - 4),
                 (QStringList { u"thread.message.completed"_s, u"thread.run.step.completed"_s,
                                u"thread.run.completed"_s, u"done"_s }));
        QCOMPARE(s.events.last().data, QByteArray("[DONE]"));
        QVERIFY(names.count(u"thread.message.delta"_s) >= 5);
        const QJsonObject message = s.last(u"thread.message.completed"_s);
        QCOMPARE(message[u"content"_s][0][u"text"_s][u"value"_s].toString(), deltaText(s));
        QVERIFY(deltaText(s).contains(u"hello there"_s));
        const QJsonObject run = s.last(u"thread.run.completed"_s);
        QVERIFY(hasAllRunFields(run));
        QVERIFY(hasAllRunFields(s.last(u"thread.run.created"_s)));
        QCOMPARE(run[u"status"_s].toString(), u"completed"_s);
        QCOMPARE(run[u"thread_id"_s], s.events.first().json[u"id"_s]);
        QCOMPARE(run[u"model"_s].toString(), u"gpt-4o"_s);
        QCOMPARE(run[u"instructions"_s].toString(), u"You are Echo. Reply to the user's last message."_s);
        QVERIFY(run[u"expires_at"_s].isNull());
        QVERIFY(run[u"started_at"_s].toInteger() >= run[u"created_at"_s].toInteger());
        QVERIFY(run[u"completed_at"_s].toInteger() >= run[u"started_at"_s].toInteger());
        const QJsonObject usage = run[u"usage"_s].toObject();
        QCOMPARE(usage[u"completion_tokens"_s].toInt(), deltaText(s).split(u' ', Qt::SkipEmptyParts).size());
        // instructions (9 words) + the user message (2 words)
        QCOMPARE(usage[u"prompt_tokens"_s].toInt(), 11);
        QCOMPARE(usage[u"total_tokens"_s].toInt(), 11 + usage[u"completion_tokens"_s].toInt());
    }

    void requestOverridesApply()
    {
        QJsonObject body = runBody(u"asst_runlens_echo"_s, u"x"_s);
        body.insert(u"model"_s, u"gpt-4.1"_s);
        body.insert(u"instructions"_s, u"Be brief."_s);
        body.insert(u"temperature"_s, 0.5);
        body.insert(u"top_p"_s, 0.9);
        body.insert(u"max_completion_tokens"_s, 300);
        body.insert(u"parallel_tool_calls"_s, false);
        const auto r = m_client->post(u"/threads/runs"_s, body);
        QCOMPARE(r.status, 200);
        QVERIFY(hasAllRunFields(r.json));
        QCOMPARE(r.json[u"model"_s].toString(), u"gpt-4.1"_s);
        QCOMPARE(r.json[u"instructions"_s].toString(), u"Be brief."_s);
        QCOMPARE(r.json[u"temperature"_s].toDouble(), 0.5);
        QCOMPARE(r.json[u"top_p"_s].toDouble(), 0.9);
        QCOMPARE(r.json[u"max_completion_tokens"_s].toInt(), 300);
        QCOMPARE(r.json[u"parallel_tool_calls"_s].toBool(), false);
        QCOMPARE(r.json[u"truncation_strategy"_s][u"type"_s].toString(), u"auto"_s);
    }

    void polledRunProgressesAndHeaders()
    {
        rl::LocalServerOptions o;
        o.delayMs = 30;
        auto server = startServer(o);
        ServerClient client(server->baseUrl());
        const auto r = client.post(u"/threads/runs"_s, runBody(u"asst_runlens_echo"_s, u"poll me"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[u"status"_s].toString(), u"queued"_s);
        QVERIFY(r.header("x-request-id").startsWith("req_"));
        QVERIFY(!r.header("openai-processing-ms").isEmpty());
        QCOMPARE(r.header("openai-version"), QByteArray("2020-10-01"));
        const QString thread = r.json[u"thread_id"_s].toString();
        const QString run = r.json[u"id"_s].toString();
        QSet<QString> seen;
        for (int i = 0; i < 500; ++i) {
            const auto g = client.get(u"/threads/"_s + thread + u"/runs/"_s + run);
            QCOMPARE(g.header("openai-poll-after-ms"), QByteArray("300"));
            seen.insert(g.json[u"status"_s].toString());
            if (g.json[u"status"_s].toString() == u"completed"_s)
                break;
            QTest::qWait(5);
        }
        QVERIFY(seen.contains(u"in_progress"_s));
        QVERIFY(seen.contains(u"completed"_s));
    }

    void wordsArePaced()
    {
        rl::LocalServerOptions o;
        o.delayMs = 60;
        auto server = startServer(o);
        ServerClient client(server->baseUrl());
        const auto s = client.stream(u"/threads/runs"_s, streamed(runBody(u"asst_runlens_echo"_s, u"a b c"_s)));
        QList<qint64> times;
        for (const auto &e : s.events) {
            if (e.name == u"thread.message.delta"_s)
                times.append(e.atMs);
        }
        QVERIFY(times.size() >= 5);
        // Deltas arrive one by one, not all at the end.
        QVERIFY2(times.last() - times.first() >= 60 * (times.size() - 2),
                 qPrintable(QString::number(times.last() - times.first())));
    }

    void errorShapes_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("param");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("POST") << u"/threads/runs"_s << QByteArray("{nope") << 400 << QString()
                                  << u"We could not parse the JSON body"_s;
        QTest::newRow("missing assistant_id") << QByteArray("POST") << u"/threads/runs"_s << QByteArray("{}") << 400
                                              << u"assistant_id"_s << u"assistant ID is required"_s;
        QTest::newRow("temperature") << QByteArray("POST") << u"/threads/runs"_s
                                     << QByteArray(R"({"assistant_id":"asst_runlens_echo","temperature":3})") << 400
                                     << u"temperature"_s << u"between 0 and 2"_s;
        QTest::newRow("unknown field") << QByteArray("POST") << u"/threads/runs"_s
                                       << QByteArray(R"({"assistant_id":"a","additional_instructions":"x"})") << 400
                                       << u"additional_instructions"_s
                                       << u"Unrecognized request argument supplied: additional_instructions"_s;
        QTest::newRow("nested message role")
            << QByteArray("POST") << u"/threads/runs"_s
            << QByteArray(R"({"assistant_id":"a","thread":{"messages":[{"role":"bot","content":"x"}]}})") << 400
            << u"thread.messages[0].role"_s << u"bot"_s;
        QTest::newRow("unknown assistant")
            << QByteArray("POST") << u"/threads/runs"_s << QByteArray(R"({"assistant_id":"asst_x"})") << 404
            << QString() << u"No assistant found with id 'asst_x'."_s;
        QTest::newRow("unknown thread") << QByteArray("GET") << u"/threads/thread_x"_s << QByteArray() << 404
                                        << QString() << u"No thread found with id 'thread_x'."_s;
        QTest::newRow("unknown route") << QByteArray("GET") << u"/nothing/here"_s << QByteArray() << 404 << QString()
                                       << u"Invalid URL (GET /v1/nothing/here)"_s;
        QTest::newRow("wrong method") << QByteArray("DELETE") << u"/threads/runs"_s << QByteArray() << 405 << QString()
                                      << u"Invalid method for URL"_s;
        QTest::newRow("bad limit") << QByteArray("GET") << u"/assistants?limit=0"_s << QByteArray() << 400 << u"limit"_s
                                   << u"limit"_s;
        QTest::newRow("too large") << QByteArray("POST") << u"/threads"_s << QByteArray(8 * 1024 * 1024 + 10, ' ')
                                   << 413 << QString() << u"too large"_s;
    }
    void errorShapes()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, param);
        QFETCH(QString, message);
        const auto r = m_client->send(verb, path, body);
        QCOMPARE(r.status, status);
        const QJsonObject error = r.json[u"error"_s].toObject();
        QCOMPARE(error.keys(), (QStringList { u"code"_s, u"message"_s, u"param"_s, u"type"_s }));
        QCOMPARE(error[u"type"_s].toString(), u"invalid_request_error"_s);
        QVERIFY2(error[u"message"_s].toString().contains(message), qPrintable(error[u"message"_s].toString()));
        if (param.isEmpty())
            QVERIFY(error[u"param"_s].isNull());
        else
            QCOMPARE(error[u"param"_s].toString(), param);
        QVERIFY(r.header("x-request-id").startsWith("req_"));
    }

    void runAndStepNotFound()
    {
        const auto t = m_client->post(u"/threads"_s, {});
        const QString thread = t.json[u"id"_s].toString();
        auto r = m_client->get(u"/threads/"_s + thread + u"/runs/run_x"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json[u"error"_s][u"message"_s].toString(), u"No run found with id 'run_x'."_s);
        r = m_client->get(u"/threads/"_s + thread + u"/messages/msg_x"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json[u"error"_s][u"message"_s].toString(), u"No message found with id 'msg_x'."_s);
    }

    void betaAndKeyChecks()
    {
        m_client->setBeta(false);
        auto r = m_client->get(u"/assistants"_s);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json[u"error"_s][u"code"_s].toString(), u"invalid_beta"_s);
        QVERIFY(r.json[u"error"_s][u"message"_s].toString().contains(u"OpenAI-Beta: assistants=v2"_s));
        QCOMPARE(m_client->get(u"/models"_s).status, 200); // /models needs no beta header

        rl::LocalServerOptions o;
        o.delayMs = 0;
        o.apiKey = u"sk-secret"_s;
        o.betaCheck = false;
        auto keyed = startServer(o);
        ServerClient client(keyed->baseUrl());
        client.setBeta(false);
        r = client.get(u"/assistants"_s);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json[u"error"_s][u"code"_s].toString(), u"invalid_api_key"_s);
        client.setApiKey(u"sk-wrong"_s);
        QCOMPARE(client.get(u"/assistants"_s).status, 401);
        client.setApiKey(u"sk-secret"_s);
        QCOMPARE(client.get(u"/assistants"_s).status, 200);
    }

    void threadsAndMessagesEndpoints()
    {
        auto t = m_client->post(u"/threads"_s, userThread(u"first"_s));
        QCOMPARE(t.status, 200);
        QCOMPARE(t.json.keys(),
                 (QStringList { u"created_at"_s, u"id"_s, u"metadata"_s, u"object"_s, u"tool_resources"_s }));
        const QString thread = t.json[u"id"_s].toString();
        QCOMPARE(m_client->get(u"/threads/"_s + thread).json, t.json);
        auto m = m_client->post(u"/threads/"_s + thread + u"/messages"_s,
                                QJsonObject { { u"role"_s, u"user"_s }, { u"content"_s, u"second"_s } });
        QCOMPARE(m.status, 200);
        QCOMPARE(m.json.size(), 14);
        QCOMPARE(m.json[u"content"_s][0][u"text"_s][u"value"_s].toString(), u"second"_s);
        QCOMPARE(m_client->get(u"/threads/"_s + thread + u"/messages/"_s + m.json[u"id"_s].toString()).json, m.json);
        auto mod = m_client->post(u"/threads/"_s + thread,
                                  QJsonObject { { u"metadata"_s, QJsonObject { { u"k"_s, u"v"_s } } } });
        QCOMPARE(mod.json[u"metadata"_s][u"k"_s].toString(), u"v"_s);
        // A run on the existing thread, then the run_id filter.
        auto run = m_client->post(u"/threads/"_s + thread + u"/runs"_s,
                                  QJsonObject { { u"assistant_id"_s, u"asst_runlens_echo"_s } });
        QCOMPARE(run.status, 200);
        const QString runId = run.json[u"id"_s].toString();
        QCOMPARE(m_client->waitForRun(thread, runId)[u"status"_s].toString(), u"completed"_s);
        const auto all = m_client->get(u"/threads/"_s + thread + u"/messages"_s);
        QCOMPARE(all.json[u"data"_s].toArray().size(), 3);
        QCOMPARE(all.json[u"data"_s][0][u"role"_s].toString(), u"assistant"_s); // desc by default
        const auto byRun = m_client->get(u"/threads/"_s + thread + u"/messages?run_id="_s + runId);
        QCOMPARE(byRun.json[u"data"_s].toArray().size(), 1);
        const auto runs = m_client->get(u"/threads/"_s + thread + u"/runs"_s);
        QCOMPARE(runs.json[u"data"_s][0][u"id"_s].toString(), runId);
        const auto steps = m_client->get(u"/threads/"_s + thread + u"/runs/"_s + runId + u"/steps"_s);
        QCOMPARE(steps.json[u"data"_s].toArray().size(), 1);
        const QJsonObject step = steps.json[u"data"_s][0].toObject();
        QCOMPARE(step.size(), 16);
        QCOMPARE(step[u"status"_s].toString(), u"completed"_s);
        QCOMPARE(
            m_client->get(u"/threads/"_s + thread + u"/runs/"_s + runId + u"/steps/"_s + step[u"id"_s].toString()).json,
            step);
        // A run waiting for tool outputs is active: a second run on the thread is refused.
        const QJsonObject waiting {
            { u"assistant_id"_s, u"asst_runlens_weather"_s },
            { u"additional_messages"_s,
              QJsonArray { QJsonObject { { u"role"_s, u"user"_s }, { u"content"_s, u"weather in Paris?"_s } } } }
        };
        const QString waitingId
            = m_client->post(u"/threads/"_s + thread + u"/runs"_s, waiting).json[u"id"_s].toString();
        QCOMPARE(m_client->waitForRun(thread, waitingId)[u"status"_s].toString(), u"requires_action"_s);
        const auto refused = m_client->post(u"/threads/"_s + thread + u"/runs"_s, waiting);
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.json[u"error"_s][u"message"_s].toString().contains(u"already has an active run"_s));
        QCOMPARE(m_client->send("DELETE", u"/threads/"_s + thread).json[u"deleted"_s].toBool(), true);
        QCOMPARE(m_client->get(u"/threads/"_s + thread).status, 404);
    }

    void assistantsAndModels()
    {
        auto list = m_client->get(u"/assistants?order=asc"_s);
        QCOMPARE(list.status, 200);
        QVERIFY(list.json[u"data"_s].toArray().size() >= 3);
        QCOMPARE(list.json[u"first_id"_s].toString(), u"asst_runlens_echo"_s);
        auto created = m_client->post(u"/assistants"_s,
                                      QJsonObject { { u"model"_s, u"gpt-4o-mini"_s },
                                                    { u"name"_s, u"Mine"_s },
                                                    { u"instructions"_s, u"Hi."_s } });
        QCOMPARE(created.status, 200);
        QCOMPARE(created.json.size(), 13);
        const QString id = created.json[u"id"_s].toString();
        QCOMPARE(m_client->get(u"/assistants/"_s + id).json, created.json);
        QCOMPARE(m_client->post(u"/assistants/"_s + id, QJsonObject { { u"name"_s, u"Renamed"_s } })
                     .json[u"name"_s]
                     .toString(),
                 u"Renamed"_s);
        // The run takes the created assistant's model and instructions.
        const auto run = m_client->post(u"/threads/runs"_s, QJsonObject { { u"assistant_id"_s, id } });
        QCOMPARE(run.json[u"model"_s].toString(), u"gpt-4o-mini"_s);
        QCOMPARE(run.json[u"instructions"_s].toString(), u"Hi."_s);
        QCOMPARE(m_client->send("DELETE", u"/assistants/"_s + id).json[u"deleted"_s].toBool(), true);
        QCOMPARE(m_client->get(u"/assistants/"_s + id).status, 404);
        QCOMPARE(m_client->post(u"/assistants"_s, {}).json[u"error"_s][u"param"_s].toString(), u"model"_s);
        const auto models = m_client->get(u"/models"_s);
        QCOMPARE(models.json[u"object"_s].toString(), u"list"_s);
        QVERIFY(!models.json[u"data"_s].toArray().isEmpty());
    }

    void pagination()
    {
        const QString thread = m_client->post(u"/threads"_s, {}).json[u"id"_s].toString();
        QStringList ids;
        for (int i = 0; i < 5; ++i)
            ids.append(m_client
                           ->post(u"/threads/"_s + thread + u"/messages"_s,
                                  QJsonObject { { u"role"_s, u"user"_s }, { u"content"_s, QString::number(i) } })
                           .json[u"id"_s]
                           .toString());
        const QString base = u"/threads/"_s + thread + u"/messages"_s;
        auto p1 = m_client->get(base + u"?order=asc&limit=2"_s).json;
        QCOMPARE(p1[u"first_id"_s].toString(), ids[0]);
        QCOMPARE(p1[u"last_id"_s].toString(), ids[1]);
        QCOMPARE(p1[u"has_more"_s].toBool(), true);
        auto p2 = m_client->get(base + u"?order=asc&limit=2&after="_s + ids[1]).json;
        QCOMPARE(p2[u"first_id"_s].toString(), ids[2]);
        auto p3 = m_client->get(base + u"?order=asc&limit=2&after="_s + ids[3]).json;
        QCOMPARE(p3[u"data"_s].toArray().size(), 1);
        QCOMPARE(p3[u"has_more"_s].toBool(), false);
        auto desc = m_client->get(base + u"?limit=1"_s).json;
        QCOMPARE(desc[u"first_id"_s].toString(), ids[4]);
        auto before = m_client->get(base + u"?order=asc&limit=2&before="_s + ids[3]).json;
        QCOMPARE(before[u"first_id"_s].toString(), ids[1]);
        QCOMPARE(before[u"last_id"_s].toString(), ids[2]);
        QCOMPARE(before[u"has_more"_s].toBool(), true);
        QCOMPARE(m_client->get(base + u"?order=sideways"_s).status, 400);
    }

    void cancelStreamedRun()
    {
        rl::LocalServerOptions o;
        o.delayMs = 50;
        auto server = startServer(o);
        ServerClient client(server->baseUrl());
        ServerClient canceller(server->baseUrl());
        const auto created
            = client.post(u"/threads/runs"_s, runBody(u"asst_runlens_echo"_s, u"long enough message to cancel"_s)).json;
        const QString path
            = u"/threads/"_s + created[u"thread_id"_s].toString() + u"/runs/"_s + created[u"id"_s].toString();
        const auto c = canceller.post(path + u"/cancel"_s, {});
        QCOMPARE(c.status, 200);
        QCOMPARE(c.json[u"status"_s].toString(), u"cancelling"_s);
        QTRY_COMPARE(client.get(path).json[u"status"_s].toString(), u"cancelled"_s);
        QVERIFY(client.get(path).json[u"cancelled_at"_s].isDouble());
        QCOMPARE(canceller.post(path + u"/cancel"_s, {}).status, 400);

        // While streaming: the stream carries cancelling / cancelled / done.
        const auto body = streamed(runBody(u"asst_runlens_echo"_s, u"stream then cancel"_s));
        const auto s = client.stream(u"/threads/runs"_s, body, 150);
        const QString thread = s.events.first().json[u"id"_s].toString();
        const QString run = s.last(u"thread.run.created"_s)[u"id"_s].toString();
        QCOMPARE(
            canceller.post(u"/threads/"_s + thread + u"/runs/"_s + run + u"/cancel"_s, {}).json[u"status"_s].toString(),
            u"cancelling"_s);
        QTRY_COMPARE(client.get(u"/threads/"_s + thread + u"/runs/"_s + run).json[u"status"_s].toString(),
                     u"cancelled"_s);
        const auto steps
            = client.get(u"/threads/"_s + thread + u"/runs/"_s + run + u"/steps"_s).json[u"data"_s].toArray();
        QCOMPARE(steps[0][u"status"_s].toString(), u"cancelled"_s);
    }

    void concurrentStreams()
    {
        rl::LocalServerOptions o;
        o.delayMs = 5;
        auto server = startServer(o);
        QList<QNetworkReply *> replies;
        QNetworkAccessManager nam;
        int finished = 0;
        for (int i = 0; i < 8; ++i) {
            QNetworkRequest req(QUrl(server->baseUrl().toString() + u"/threads/runs"_s));
            req.setRawHeader("OpenAI-Beta", "assistants=v2");
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            QNetworkReply *r = nam.post(
                req, QJsonDocument(streamed(runBody(u"asst_runlens_echo"_s, u"concurrent %1"_s.arg(i)))).toJson());
            connect(r, &QNetworkReply::finished, this, [&finished] { ++finished; });
            replies.append(r);
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, 8, 20000);
        for (QNetworkReply *r : std::as_const(replies)) {
            const QByteArray body = r->readAll();
            QVERIFY(body.contains("event: thread.run.completed"));
            QVERIFY(body.endsWith("event: done\ndata: [DONE]\n\n"));
            r->deleteLater();
        }
    }

    void boundedState()
    {
        rl::LocalServerOptions o;
        o.delayMs = 0;
        o.maxThreads = 3;
        auto server = startServer(o);
        ServerClient client(server->baseUrl());
        QStringList ids;
        for (int i = 0; i < 5; ++i)
            ids.append(client.post(u"/threads"_s, {}).json[u"id"_s].toString());
        QCOMPARE(client.get(u"/threads/"_s + ids[0]).status, 404);
        QCOMPARE(client.get(u"/threads/"_s + ids[1]).status, 404);
        for (int i = 2; i < 5; ++i)
            QCOMPARE(client.get(u"/threads/"_s + ids[i]).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestLocalServer)
#include "tst_localserver.moc"
