// The local server's request validation and scenario timestamps, over real loopback HTTP.
#include "localserver.h"
#include "serverbodies.h"
#include "serverclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace servertest;

namespace {

QJsonObject outputs(const QJsonArray &items)
{
    return QJsonObject { { u"tool_outputs"_s, items } };
}

QString param(const ServerClient::Reply &r)
{
    return r.json[u"error"_s][u"param"_s].toString();
}

QString message(const ServerClient::Reply &r)
{
    return r.json[u"error"_s][u"message"_s].toString();
}

QJsonObject tooManyPairs()
{
    QJsonObject m;
    for (int i = 0; i < 17; ++i)
        m.insert(u"k"_s + QString::number(i), u"v"_s);
    return m;
}

} // namespace

class TestServerValidation : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<rl::LocalServer> m_server;
    std::unique_ptr<ServerClient> m_client;

    // A run of the weather assistant waiting for one tool output: {thread, run, call id}.
    QStringList waitingRun()
    {
        const auto created
            = m_client->post(u"/threads/runs"_s, runBody(u"asst_runlens_weather"_s, u"What is the weather in Oslo?"_s));
        const QString thread = created.json[u"thread_id"_s].toString();
        const QString run = created.json[u"id"_s].toString();
        const QJsonObject waiting = m_client->waitForRun(thread, run);
        const QJsonArray calls = waiting[u"required_action"_s][u"submit_tool_outputs"_s][u"tool_calls"_s].toArray();
        return { thread, run, calls.first()[u"id"_s].toString() };
    }

private Q_SLOTS:
    void init()
    {
        rl::LocalServerOptions o;
        o.delayMs = 0;
        o.expireSeconds = 60;
        m_server = std::make_unique<rl::LocalServer>();
        QVERIFY2(m_server->start(o), qPrintable(m_server->errorString()));
        m_client = std::make_unique<ServerClient>(m_server->baseUrl());
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void toolOutputsAreChecked()
    {
        const QStringList w = waitingRun();
        QCOMPARE(w.size(), 3);
        const QString path = u"/threads/"_s + w[0] + u"/runs/"_s + w[1] + u"/submit_tool_outputs"_s;
        auto r = m_client->post(
            path,
            outputs({ QJsonObject { { u"tool_call_id"_s, w[2] }, { u"output"_s, QJsonObject { { u"t"_s, 1 } } } } }));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json[u"error"_s][u"type"_s].toString(), u"invalid_request_error"_s);
        QCOMPARE(param(r), u"tool_outputs[0].output"_s);
        QVERIFY2(message(r).contains(u"expected a string"_s), qPrintable(message(r)));

        r = m_client->post(path, outputs({ QJsonObject { { u"output"_s, u"1"_s } } }));
        QCOMPARE(r.status, 400);
        QCOMPARE(param(r), u"tool_outputs[0].tool_call_id"_s);
        QCOMPARE(message(r), u"Missing required parameter: 'tool_outputs[0].tool_call_id'."_s);

        r = m_client->post(path,
                           outputs({ QJsonObject { { u"tool_call_id"_s, u"call_nope"_s }, { u"output"_s, u"1"_s } } }));
        QCOMPARE(r.status, 400);
        QCOMPARE(param(r), u"tool_outputs[0].tool_call_id"_s);
        QVERIFY(message(r).contains(u"'call_nope'"_s));

        r = m_client->post(path, outputs({}));
        QCOMPARE(r.status, 400);
        QCOMPARE(param(r), u"tool_outputs"_s);
        QCOMPARE(message(r), u"Expected tool outputs for call_ids ['%1'], got []"_s.arg(w[2]));

        // Nothing was recorded: the run still waits, and a correct answer goes through.
        QCOMPARE(m_client->get(u"/threads/"_s + w[0] + u"/runs/"_s + w[1]).json[u"status"_s].toString(),
                 u"requires_action"_s);
        r = m_client->post(path, outputs({ QJsonObject { { u"tool_call_id"_s, w[2] }, { u"output"_s, u"12"_s } } }));
        QCOMPARE(r.status, 200);
    }

    void assistantsAreValidated()
    {
        auto r = m_client->post(u"/assistants"_s, QJsonObject { { u"model"_s, u"gpt-4o"_s }, { u"temperature"_s, 9 } });
        QCOMPARE(r.status, 400);
        QCOMPARE(param(r), u"temperature"_s);
        r = m_client->post(u"/assistants"_s, QJsonObject { { u"model"_s, u"gpt-4o"_s }, { u"tools"_s, u"x"_s } });
        QCOMPARE(r.status, 400);
        QCOMPARE(param(r), u"tools"_s);
        r = m_client->post(u"/assistants"_s, QJsonObject { { u"model"_s, u"gpt-4o"_s }, { u"colour"_s, u"red"_s } });
        QCOMPARE(r.status, 400);
        QCOMPARE(message(r), u"Unrecognized request argument supplied: colour"_s);

        const QString id
            = m_client->post(u"/assistants"_s, QJsonObject { { u"model"_s, u"gpt-4o"_s } }).json[u"id"_s].toString();
        QVERIFY(!id.isEmpty());
        r = m_client->post(u"/assistants/"_s + id, QJsonObject { { u"temperature"_s, 9 } });
        QCOMPARE(r.status, 400);
        QCOMPARE(param(r), u"temperature"_s);
        r = m_client->post(u"/assistants/"_s + id, QJsonObject { { u"tools"_s, u"x"_s } });
        QCOMPARE(r.status, 400);
        r = m_client->post(u"/assistants/"_s + id, QJsonObject { { u"metadata"_s, tooManyPairs() } });
        QCOMPARE(r.status, 400);
        QCOMPARE(param(r), u"metadata"_s);
        QVERIFY(m_client->get(u"/assistants/"_s + id).json[u"temperature"_s].isNull()
                || m_client->get(u"/assistants/"_s + id).json[u"temperature"_s].toDouble() <= 2);
        r = m_client->post(u"/assistants/"_s + id, QJsonObject { { u"temperature"_s, 0.5 } });
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json[u"temperature"_s].toDouble(), 0.5);
    }

    // Assistant bodies are held to the request model's limits (the same rules as a run's).
    void assistantBodiesFollowTheRequestModel()
    {
        const auto refused = [this](const QJsonObject &extra) {
            QJsonObject body { { u"model"_s, u"gpt-4o"_s } };
            for (auto it = extra.begin(); it != extra.end(); ++it)
                body.insert(it.key(), it.value());
            const auto r = m_client->post(u"/assistants"_s, body);
            return r.status == 400 ? param(r) : u"(accepted with %1)"_s.arg(r.status);
        };
        QCOMPARE(refused({ { u"name"_s, QString(257, QLatin1Char('n')) } }), u"name"_s);
        QCOMPARE(refused({ { u"reasoning_effort"_s, u"extreme"_s } }), u"reasoning_effort"_s);
        const QJsonObject badFunction { { u"type"_s, u"function"_s },
                                        { u"function"_s,
                                          QJsonObject { { u"name"_s, u"f"_s }, { u"parameters"_s, u"x"_s } } } };
        QCOMPARE(refused({ { u"tools"_s, QJsonArray { badFunction } } }), u"tools[0].function.parameters"_s);
        QJsonArray files;
        for (int i = 0; i < 21; ++i)
            files.append(u"file_%1"_s.arg(i));
        const QJsonObject resources { { u"code_interpreter"_s, QJsonObject { { u"file_ids"_s, files } } } };
        QCOMPARE(refused({ { u"tool_resources"_s, resources } }), u"tool_resources.code_interpreter.file_ids"_s);
        QCOMPARE(refused({ { u"name"_s, u"Helper"_s }, { u"response_format"_s, u"auto"_s } }),
                 u"(accepted with 200)"_s);
        const auto noModel = m_client->post(u"/assistants"_s, QJsonObject { { u"name"_s, u"x"_s } });
        QCOMPARE(noModel.status, 400);
        QCOMPARE(param(noModel), u"model"_s);
    }

    void modifyBodiesAreValidated()
    {
        const auto created = m_client->post(u"/threads/runs"_s, runBody(u"asst_runlens_echo"_s, u"hi"_s));
        const QString thread = created.json[u"thread_id"_s].toString();
        const QString run = created.json[u"id"_s].toString();
        m_client->waitForRun(thread, run);
        const QString message0
            = m_client->get(u"/threads/"_s + thread + u"/messages"_s).json[u"data"_s][0][u"id"_s].toString();
        const QStringList paths { u"/threads/"_s + thread, u"/threads/"_s + thread + u"/runs/"_s + run,
                                  u"/threads/"_s + thread + u"/messages/"_s + message0 };
        const QString longKey(65, QLatin1Char('k'));
        const QString longValue(513, QLatin1Char('v'));
        for (const QString &path : paths) {
            auto r = m_client->post(path, QJsonObject { { u"metadata"_s, tooManyPairs() } });
            QCOMPARE(r.status, 400);
            QCOMPARE(param(r), u"metadata"_s);
            r = m_client->post(path, QJsonObject { { u"metadata"_s, QJsonObject { { longKey, u"v"_s } } } });
            QCOMPARE(r.status, 400);
            r = m_client->post(path, QJsonObject { { u"metadata"_s, QJsonObject { { u"k"_s, longValue } } } });
            QCOMPARE(r.status, 400);
            QCOMPARE(param(r), u"metadata.k"_s);
            r = m_client->post(path, QJsonObject { { u"status"_s, u"completed"_s } });
            QCOMPARE(r.status, 400);
            QCOMPARE(param(r), u"status"_s);
            QCOMPARE(message(r), u"Unrecognized request argument supplied: status"_s);
            r = m_client->post(path, QJsonObject { { u"metadata"_s, QJsonObject { { u"k"_s, u"v"_s } } } });
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json[u"metadata"_s][u"k"_s].toString(), u"v"_s);
        }
    }

    // POST /threads/{id}/runs and /threads/{id}/messages follow the request model's rules, the same as
    // POST /threads/runs: every limit is checked once, in the model.
    void runAndMessageBodiesFollowTheRequestModel()
    {
        const auto created = m_client->post(u"/threads/runs"_s, runBody(u"asst_runlens_echo"_s, u"hi"_s));
        const QString thread = created.json[u"thread_id"_s].toString();
        m_client->waitForRun(thread, created.json[u"id"_s].toString());
        const QString runs = u"/threads/"_s + thread + u"/runs"_s;
        const QJsonObject echo { { u"assistant_id"_s, u"asst_runlens_echo"_s } };
        const auto refused = [&](const QString &path, const QJsonObject &extra) {
            QJsonObject body = path == runs ? echo : QJsonObject { { u"role"_s, u"user"_s } };
            for (auto it = extra.begin(); it != extra.end(); ++it)
                body.insert(it.key(), it.value());
            const auto r = m_client->post(path, body);
            return r.status == 400 ? param(r) : u"(accepted with %1)"_s.arg(r.status);
        };
        QCOMPARE(refused(runs, { { u"reasoning_effort"_s, u"extreme"_s } }), u"reasoning_effort"_s);
        QCOMPARE(refused(runs, { { u"temperature"_s, 5 } }), u"temperature"_s);
        const QJsonObject badFunction { { u"type"_s, u"function"_s },
                                        { u"function"_s,
                                          QJsonObject { { u"name"_s, u"f"_s }, { u"parameters"_s, u"x"_s } } } };
        QCOMPARE(refused(runs, { { u"tools"_s, QJsonArray { badFunction } } }), u"tools[0].function.parameters"_s);
        const QJsonObject manyResults { { u"type"_s, u"file_search"_s },
                                        { u"file_search"_s, QJsonObject { { u"max_num_results"_s, 99 } } } };
        QCOMPARE(refused(runs, { { u"tools"_s, QJsonArray { manyResults } } }),
                 u"tools[0].file_search.max_num_results"_s);
        QCOMPARE(refused(runs,
                         { { u"additional_messages"_s,
                             QJsonArray { QJsonObject { { u"role"_s, u"system"_s }, { u"content"_s, u"x"_s } } } } }),
                 u"additional_messages[0].role"_s);
        const QString messages = u"/threads/"_s + thread + u"/messages"_s;
        const QJsonObject ftpImage { { u"type"_s, u"image_url"_s },
                                     { u"image_url"_s, QJsonObject { { u"url"_s, u"ftp://example.com/a.png"_s } } } };
        QCOMPARE(refused(messages, { { u"content"_s, QJsonArray { ftpImage } } }), u"content[0].image_url.url"_s);

        const auto accepted = m_client->post(runs,
                                             QJsonObject { { u"assistant_id"_s, u"asst_runlens_echo"_s },
                                                           { u"reasoning_effort"_s, u"low"_s },
                                                           { u"additional_instructions"_s, u"Be brief."_s } });
        QCOMPARE(accepted.status, 200);
    }

    void unknownFieldUsesTheApiWording()
    {
        QJsonObject body = runBody(u"asst_runlens_echo"_s, u"hi"_s);
        body.insert(u"foo"_s, 1);
        const auto r = m_client->post(u"/threads/runs"_s, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(param(r), u"foo"_s);
        QCOMPARE(message(r), u"Unrecognized request argument supplied: foo"_s);
    }

    void expiredRunTimestamps()
    {
        const auto created = m_client->post(u"/threads/runs"_s, runBody(u"asst_runlens_echo"_s, u"hi"_s, u"expire"_s));
        const QJsonObject run
            = m_client->waitForRun(created.json[u"thread_id"_s].toString(), created.json[u"id"_s].toString());
        QCOMPARE(run[u"status"_s].toString(), u"expired"_s);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(run[u"expires_at"_s].isDouble());
        QVERIFY2(run[u"expires_at"_s].toInteger() <= now, "expires_at must not lie in the future");
        QVERIFY(run[u"expires_at"_s].toInteger() >= run[u"created_at"_s].toInteger());
    }

    void errorEventLeavesRunFailedMessage()
    {
        const auto created = m_client->post(
            u"/threads/runs"_s, runBody(u"asst_runlens_echo"_s, u"one two three four five six"_s, u"error_event"_s));
        const QString thread = created.json[u"thread_id"_s].toString();
        const QString runId = created.json[u"id"_s].toString();
        QCOMPARE(m_client->waitForRun(thread, runId)[u"status"_s].toString(), u"failed"_s);
        const QJsonArray messages
            = m_client->get(u"/threads/"_s + thread + u"/messages?run_id="_s + runId).json[u"data"_s].toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages[0][u"status"_s].toString(), u"incomplete"_s);
        QCOMPARE(messages[0][u"incomplete_details"_s][u"reason"_s].toString(), u"run_failed"_s);
        const QJsonArray steps
            = m_client->get(u"/threads/"_s + thread + u"/runs/"_s + runId + u"/steps"_s).json[u"data"_s].toArray();
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps[0][u"status"_s].toString(), u"failed"_s);
        QVERIFY(steps[0][u"failed_at"_s].isDouble());
    }
};

QTEST_GUILESS_MAIN(TestServerValidation)
#include "tst_servervalidation.moc"
