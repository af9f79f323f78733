// The bridge when the upstream refuses, breaks or is slow, and the tools a chat model cannot run.
#include "bridgefixture.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTcpServer>

using namespace bridge;
using Mode = rl::test::FakeChatServer::Mode;

namespace {

QJsonObject lastError(const QJsonObject &run)
{
    return run.value(u"last_error"_s).toObject();
}

} // namespace

class TestBridgeErrors : public QObject
{
    Q_OBJECT

    Fixture f;

private slots:
    void init() { QVERIFY(f.start()); }
    void cleanup() { f = Fixture(); }

    void httpErrorsBeforeTheStream_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("words");
        QTest::newRow("429") << u"[status 429]"_s << u"rate_limit_exceeded"_s << u"Rate limit reached for requests"_s;
        QTest::newRow("401") << u"[status 401]"_s << u"server_error"_s << u"refused the key"_s;
        QTest::newRow("500") << u"[status 500]"_s << u"server_error"_s << u"answered HTTP 500"_s;
    }

    void httpErrorsBeforeTheStream()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, words);
        const auto stream = f.client->stream(u"/threads/runs"_s, runBody(text));
        const QJsonObject run = stream.last(u"thread.run.failed"_s);
        QCOMPARE(status(run), u"failed"_s);
        QCOMPARE(lastError(run).value(u"code"_s).toString(), code);
        const QString message = lastError(run).value(u"message"_s).toString();
        QVERIFY2(message.contains(words), qPrintable(message));
        QVERIFY2(message.contains(f.upstream->baseUrl()), qPrintable(message)); // names the upstream
        QCOMPARE(stream.names().last(), u"done"_s);
    }

    void unknownModel()
    {
        QJsonObject body = runBody(u"hi"_s);
        body.insert(u"model"_s, u"no-such-model"_s);
        const QJsonObject run = f.client->stream(u"/threads/runs"_s, body).last(u"thread.run.failed"_s);
        QCOMPARE(lastError(run).value(u"code"_s).toString(), u"server_error"_s);
        QVERIFY(lastError(run).value(u"message"_s).toString().contains(u"does not exist"_s));
    }

    void errorInsideTheStreamKeepsTheWordsSoFar()
    {
        const auto stream = f.client->stream(u"/threads/runs"_s, runBody(u"[stream-error]"_s));
        const QJsonObject message = stream.last(u"thread.message.incomplete"_s);
        QCOMPARE(message.value(u"incomplete_details"_s).toObject().value(u"reason"_s), QJsonValue(u"run_failed"_s));
        QCOMPARE(messageText(message), u"w1 w2"_s);
        QCOMPARE(stream.last(u"thread.run.step.failed"_s).value(u"status"_s), QJsonValue(u"failed"_s));
        const QJsonObject run = stream.last(u"thread.run.failed"_s);
        QVERIFY(lastError(run).value(u"message"_s).toString().contains(u"The model crashed mid-answer"_s));
    }

    void streamCutWithoutDone()
    {
        const auto stream = f.client->stream(u"/threads/runs"_s, runBody(u"[cut]"_s));
        const QJsonObject run = stream.last(u"thread.run.failed"_s);
        QCOMPARE(status(run), u"failed"_s);
        QCOMPARE(
            stream.last(u"thread.message.incomplete"_s).value(u"incomplete_details"_s).toObject().value(u"reason"_s),
            QJsonValue(u"run_failed"_s));
    }

    void unreachableUpstream()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nobody listens there now
        Fixture g;
        QVERIFY(g.start(Mode::OpenAI, QString(), u"m"_s, u"http://127.0.0.1:%1/v1"_s.arg(port)));
        const QJsonObject run = g.client->stream(u"/threads/runs"_s, runBody(u"hi"_s)).last(u"thread.run.failed"_s);
        QCOMPARE(lastError(run).value(u"code"_s).toString(), u"server_error"_s);
        QVERIFY2(lastError(run).value(u"message"_s).toString().contains(u"cannot be reached"_s),
                 qPrintable(lastError(run).value(u"message"_s).toString()));
    }

    void cancelClosesTheUpstreamAtOnce()
    {
        const auto created = f.client->post(u"/threads/runs"_s, runBody(u"[slow]"_s, false));
        const QString threadId = created.json.value(u"thread_id"_s).toString();
        const QString runId = created.json.value(u"id"_s).toString();
        // Wait until the reply's first words are there (read while it is written), then cancel.
        const auto reply = [this, &threadId] {
            return f.client->get(u"/threads/"_s + threadId + u"/messages?order=desc"_s)
                .json.value(u"data"_s)
                .toArray()
                .first()
                .toObject();
        };
        QTRY_VERIFY_WITH_TIMEOUT(reply().value(u"role"_s) == u"assistant"_s && !messageText(reply()).isEmpty(), 5000);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(f.client->post(u"/threads/"_s + threadId + u"/runs/"_s + runId + u"/cancel"_s, QJsonObject()).status,
                 200);
        const QJsonObject run = f.client->waitForRun(threadId, runId, 5000);
        QCOMPARE(status(run), u"cancelled"_s);
        QVERIFY(clock.elapsed() < 1000);
        const QJsonObject message = reply();
        QCOMPARE(message.value(u"status"_s), QJsonValue(u"incomplete"_s));
        QCOMPARE(message.value(u"incomplete_details"_s).toObject().value(u"reason"_s), QJsonValue(u"run_cancelled"_s));
        // The fake stopped being read: it sent far fewer than its 50 words.
        const QString text = messageText(message);
        QVERIFY(text.split(QLatin1Char(' ')).size() < 50);
    }

    void toolsAChatModelCannotRun()
    {
        QJsonObject body = runBody(u"hi"_s);
        body.insert(u"tools"_s,
                    QJsonArray { QJsonObject { { u"type"_s, u"function"_s },
                                               { u"function"_s, QJsonObject { { u"name"_s, u"f"_s } } } },
                                 QJsonObject { { u"type"_s, u"code_interpreter"_s } } });
        auto reply = f.client->post(u"/threads/runs"_s, body);
        QCOMPARE(reply.status, 400);
        const QJsonObject error = reply.json.value(u"error"_s).toObject();
        QCOMPARE(error.value(u"type"_s), QJsonValue(u"invalid_request_error"_s));
        QCOMPARE(error.value(u"param"_s), QJsonValue(u"tools[1]"_s));
        QVERIFY(error.value(u"message"_s).toString().contains(u"function tools only"_s));
        // The assistant's own file_search, with no override.
        const QString id
            = f.client
                  ->post(u"/assistants"_s,
                         QJsonObject { { u"model"_s, u"m"_s },
                                       { u"tools"_s, QJsonArray { QJsonObject { { u"type"_s, u"file_search"_s } } } } })
                  .json.value(u"id"_s)
                  .toString();
        reply = f.client->post(u"/threads/runs"_s, runBody(u"hi"_s, false, id));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json.value(u"error"_s).toObject().value(u"param"_s), QJsonValue(u"tools[0]"_s));
        // No thread was made by the refused requests; an override with no tools runs.
        body = runBody(u"hi"_s, false, id);
        body.insert(u"tools"_s, QJsonArray());
        QCOMPARE(f.client->post(u"/threads/runs"_s, body).status, 200);
    }

    void theUpstreamKeyIsSentAndNeverAnswered()
    {
        const QString key = u"sk-upstream-secret-1234567890"_s;
        Fixture g;
        QVERIFY(g.start(Mode::OpenAI, key));
        const auto stream = g.client->stream(u"/threads/runs"_s, runBody(u"hi"_s));
        QCOMPARE(status(stream.last(u"thread.run.completed"_s)), u"completed"_s);
        QCOMPARE(g.upstream->requests().last().header("authorization"), "Bearer " + key.toUtf8());
        QByteArray everything;
        for (const auto &e : stream.events) {
            everything += e.data;
        }
        everything += g.client->get(u"/models"_s).body;
        everything += g.client->get(u"/assistants"_s).body;
        QVERIFY(!everything.contains(key.toUtf8()));

        // A wrong key: the run fails saying the model server refused the key, without the key.
        Fixture h;
        QVERIFY(h.start(Mode::OpenAI, key));
        h.server.reset();
        h.server = std::make_unique<rl::LocalServer>();
        rl::LocalServerOptions options;
        options.delayMs = 0;
        options.upstreamBaseUrl = h.upstream->baseUrl();
        options.upstreamKey = u"sk-wrong"_s;
        options.defaultModel = u"fake-model-1"_s;
        QVERIFY(h.server->start(options));
        h.client = std::make_unique<ServerClient>(h.server->baseUrl());
        const QJsonObject run = h.client->stream(u"/threads/runs"_s, runBody(u"hi"_s)).last(u"thread.run.failed"_s);
        const QString message = lastError(run).value(u"message"_s).toString();
        QVERIFY2(message.contains(u"refused the key"_s), qPrintable(message));
        QVERIFY(!message.contains(u"sk-wrong"_s));
        QCOMPARE(h.client->get(u"/models"_s).status, 502);
    }
};

QTEST_GUILESS_MAIN(TestBridgeErrors)
#include "tst_bridgeerrors.moc"
