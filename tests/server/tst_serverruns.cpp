// The local server's runs over real loopback HTTP: tool calls, parallel calls and named tool
// choices, response formats, scenarios and token limits.
#include "localserver.h"
#include "serverbodies.h"
#include "serverclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace servertest;

class TestServerRuns : public QObject
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

    void functionToolRoundTrip()
    {
        const auto s = m_client->stream(
            u"/threads/runs"_s, streamed(runBody(u"asst_runlens_weather"_s, u"What is the weather in Oslo?"_s)));
        QStringList names = s.names();
        QCOMPARE(names.mid(names.size() - 2), (QStringList { u"thread.run.requires_action"_s, u"done"_s }));
        QVERIFY(names.contains(u"thread.run.step.delta"_s));
        const QJsonObject run = s.last(u"thread.run.requires_action"_s);
        QVERIFY(hasAllRunFields(run));
        const QJsonArray calls = run[u"required_action"_s][u"submit_tool_outputs"_s][u"tool_calls"_s].toArray();
        QCOMPARE(calls.size(), 1);
        const QJsonObject args
            = QJsonDocument::fromJson(calls[0][u"function"_s][u"arguments"_s].toString().toUtf8()).object();
        QCOMPARE(args, (QJsonObject { { u"city"_s, u"Oslo"_s }, { u"unit"_s, u"celsius"_s } }));
        // Streamed arguments add up to the final ones.
        QString streamedArgs;
        for (const auto &e : s.events) {
            if (e.name == u"thread.run.step.delta"_s)
                streamedArgs += e.json[u"delta"_s][u"step_details"_s][u"tool_calls"_s][0][u"function"_s][u"arguments"_s]
                                    .toString();
        }
        QCOMPARE(streamedArgs, calls[0][u"function"_s][u"arguments"_s].toString());

        const QString path = u"/threads/"_s + run[u"thread_id"_s].toString() + u"/runs/"_s + run[u"id"_s].toString();
        // Wrong call id: 400, run unchanged.
        auto bad = m_client->post(path + u"/submit_tool_outputs"_s,
                                  QJsonObject { { u"tool_outputs"_s,
                                                  QJsonArray { QJsonObject { { u"tool_call_id"_s, u"call_x"_s },
                                                                             { u"output"_s, u"1"_s } } } } });
        QCOMPARE(bad.status, 400);
        const auto s2
            = m_client->stream(path + u"/submit_tool_outputs"_s,
                               QJsonObject { { u"stream"_s, true },
                                             { u"tool_outputs"_s,
                                               QJsonArray { QJsonObject { { u"tool_call_id"_s, calls[0][u"id"_s] },
                                                                          { u"output"_s, u"{\"temp\":12}"_s } } } } });
        names = s2.names();
        QCOMPARE(names.mid(0, 3),
                 (QStringList { u"thread.run.step.completed"_s, u"thread.run.queued"_s, u"thread.run.in_progress"_s }));
        QCOMPARE(names.last(), u"done"_s);
        QCOMPARE(s2.last(u"thread.run.completed"_s)[u"status"_s].toString(), u"completed"_s);
        QVERIFY(deltaText(s2).contains(u"{\"temp\":12}"_s));
        // Submitting again is refused.
        QCOMPARE(m_client->post(path + u"/submit_tool_outputs"_s, QJsonObject { { u"tool_outputs"_s, QJsonArray() } })
                     .status,
                 400);
    }

    void parallelCallsAndNamedChoice()
    {
        QJsonObject body = runBody(u"asst_runlens_echo"_s, u"use get_weather and get_time for Rome"_s);
        QJsonObject time {
            { u"type"_s, u"function"_s },
            { u"function"_s,
              QJsonObject {
                  { u"name"_s, u"get_time"_s },
                  { u"parameters"_s,
                    QJsonObject {
                        { u"type"_s, u"object"_s },
                        { u"properties"_s, QJsonObject { { u"utc"_s, QJsonObject { { u"type"_s, u"boolean"_s } } } } },
                        { u"required"_s, QJsonArray { u"utc"_s } } } } } }
        };
        const auto weather = m_client->get(u"/assistants/asst_runlens_weather"_s).json[u"tools"_s][0];
        body.insert(u"tools"_s, QJsonArray { weather, time });
        QJsonObject run;
        const auto created = m_client->post(u"/threads/runs"_s, body).json;
        run = m_client->waitForRun(created[u"thread_id"_s].toString(), created[u"id"_s].toString());
        QCOMPARE(run[u"status"_s].toString(), u"requires_action"_s);
        const QJsonArray calls = run[u"required_action"_s][u"submit_tool_outputs"_s][u"tool_calls"_s].toArray();
        QCOMPARE(calls.size(), 2);
        QCOMPARE(calls[1][u"function"_s][u"arguments"_s].toString(), u"{\"utc\":true}"_s);
        body.insert(u"parallel_tool_calls"_s, false);
        body.insert(u"tool_choice"_s,
                    QJsonObject { { u"type"_s, u"function"_s },
                                  { u"function"_s, QJsonObject { { u"name"_s, u"get_time"_s } } } });
        const auto named = m_client->post(u"/threads/runs"_s, body).json;
        run = m_client->waitForRun(named[u"thread_id"_s].toString(), named[u"id"_s].toString());
        const QJsonArray one = run[u"required_action"_s][u"submit_tool_outputs"_s][u"tool_calls"_s].toArray();
        QCOMPARE(one.size(), 1);
        QCOMPARE(one[0][u"function"_s][u"name"_s].toString(), u"get_time"_s);
        // Unanswered, the run expires (expireSeconds = 1 here).
        QTRY_COMPARE_WITH_TIMEOUT(
            m_client->get(u"/threads/"_s + named[u"thread_id"_s].toString() + u"/runs/"_s + named[u"id"_s].toString())
                .json[u"status"_s]
                .toString(),
            u"expired"_s, 5000);
    }

    void codeInterpreterAndFileSearch()
    {
        auto s = m_client->stream(u"/threads/runs"_s,
                                  streamed(runBody(u"asst_runlens_analyst"_s, u"Please calculate 2+3*4"_s)));
        const QJsonObject step = s.events[s.names().indexOf(u"thread.run.step.completed"_s)].json;
        const QJsonObject call = step[u"step_details"_s][u"tool_calls"_s][0].toObject();
        QCOMPARE(call[u"type"_s].toString(), u"code_interpreter"_s);
        QCOMPARE(call[u"code_interpreter"_s][u"input"_s].toString(), u"print(2+3*4)"_s);
        QCOMPARE(call[u"code_interpreter"_s][u"outputs"_s][0][u"logs"_s].toString(), u"14\n"_s);
        QVERIFY(deltaText(s).contains(u"14"_s));
        QCOMPARE(s.last(u"thread.run.completed"_s)[u"status"_s].toString(), u"completed"_s);

        s = m_client->stream(u"/threads/runs"_s,
                             streamed(runBody(u"asst_runlens_analyst"_s, u"search my files for invoices"_s)));
        const QJsonObject fs = s.events[s.names().indexOf(u"thread.run.step.completed"_s)].json;
        QCOMPARE(fs[u"step_details"_s][u"tool_calls"_s][0][u"type"_s].toString(), u"file_search"_s);
        QVERIFY(fs[u"step_details"_s][u"tool_calls"_s][0][u"file_search"_s].isObject());
    }

    void responseFormats()
    {
        QJsonObject body = streamed(runBody(u"asst_runlens_echo"_s, u"give json"_s));
        body.insert(u"response_format"_s, QJsonObject { { u"type"_s, u"json_object"_s } });
        auto s = m_client->stream(u"/threads/runs"_s, body);
        QJsonParseError err;
        QJsonDocument::fromJson(deltaText(s).toUtf8(), &err);
        QCOMPARE(err.error, QJsonParseError::NoError);
        const QJsonObject schema { { u"type"_s, u"object"_s },
                                   { u"properties"_s,
                                     QJsonObject { { u"answer"_s, QJsonObject { { u"type"_s, u"string"_s } } },
                                                   { u"score"_s, QJsonObject { { u"type"_s, u"integer"_s } } } } },
                                   { u"required"_s, QJsonArray { u"answer"_s, u"score"_s, u"extra"_s } } };
        body.insert(
            u"response_format"_s,
            QJsonObject { { u"type"_s, u"json_schema"_s },
                          { u"json_schema"_s, QJsonObject { { u"name"_s, u"a"_s }, { u"schema"_s, schema } } } });
        s = m_client->stream(u"/threads/runs"_s, body);
        const QJsonObject reply = QJsonDocument::fromJson(deltaText(s).toUtf8()).object();
        QVERIFY(reply[u"answer"_s].isString());
        QVERIFY(reply[u"score"_s].isDouble());
        QVERIFY(reply.contains(u"extra"_s));
    }

    void responseFormatAutoIsTheDefaultValue()
    {
        // "auto" is the string form of AssistantsApiResponseFormatOption: accepted everywhere.
        QJsonObject body = runBody(u"asst_runlens_echo"_s, u"hello"_s);
        body.insert(u"response_format"_s, u"auto"_s);
        const auto run = m_client->post(u"/threads/runs"_s, body);
        QCOMPARE(run.status, 200);
        QCOMPARE(run.json[u"response_format"_s].toString(), u"auto"_s);
        const auto assistant = m_client->post(
            u"/assistants"_s, QJsonObject { { u"model"_s, u"gpt-4o"_s }, { u"response_format"_s, u"auto"_s } });
        QCOMPARE(assistant.status, 200);
        const auto other = m_client->post(
            u"/assistants"_s, QJsonObject { { u"model"_s, u"gpt-4o"_s }, { u"response_format"_s, u"json"_s } });
        QCOMPARE(other.status, 400);
        QCOMPARE(other.json[u"error"_s][u"param"_s].toString(), u"response_format"_s);
    }

    void scenarios_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("lastEvent");
        QTest::addColumn<QString>("status");
        QTest::newRow("fail") << u"fail"_s << u"thread.run.failed"_s << u"failed"_s;
        QTest::newRow("incomplete") << u"incomplete"_s << u"thread.run.incomplete"_s << u"incomplete"_s;
        QTest::newRow("expire") << u"expire"_s << u"thread.run.expired"_s << u"expired"_s;
        QTest::newRow("error_event") << u"error_event"_s << u"error"_s << u"failed"_s;
        QTest::newRow("drop") << u"drop"_s << u"thread.message.delta"_s << u"completed"_s;
    }
    void scenarios()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, lastEvent);
        QFETCH(QString, status);
        const auto s = m_client->stream(
            u"/threads/runs"_s,
            streamed(runBody(u"asst_runlens_echo"_s, u"one two three four five six seven"_s, scenario)));
        const QStringList names = s.names();
        const bool endsWithDone = names.last() == u"done"_s;
        QCOMPARE(endsWithDone, scenario != u"error_event"_s && scenario != u"drop"_s);
        QCOMPARE(names.at(names.size() - (endsWithDone ? 2 : 1)), lastEvent);
        const QString thread = s.events.first().json[u"id"_s].toString();
        const QString run = s.last(u"thread.run.created"_s)[u"id"_s].toString();
        const QJsonObject final = m_client->waitForRun(thread, run);
        QCOMPARE(final[u"status"_s].toString(), status);
        QVERIFY(hasAllRunFields(final));
        if (status == u"failed"_s) {
            QCOMPARE(final[u"last_error"_s][u"code"_s].toString(), u"server_error"_s);
            QVERIFY(final[u"failed_at"_s].isDouble());
        }
        if (status == u"incomplete"_s) {
            QCOMPARE(final[u"incomplete_details"_s][u"reason"_s].toString(), u"max_completion_tokens"_s);
            QVERIFY(names.contains(u"thread.message.incomplete"_s));
        }
        if (scenario == u"error_event"_s)
            QCOMPARE(s.last(u"error"_s)[u"type"_s].toString(), u"server_error"_s);
        if (scenario == u"drop"_s)
            QVERIFY(!names.contains(u"thread.run.completed"_s)); // cut before any terminal event
    }

    void slowScenarioPauses()
    {
        const auto s
            = m_client->stream(u"/threads/runs"_s, streamed(runBody(u"asst_runlens_echo"_s, u"x"_s, u"slow"_s)), 3000);
        QVERIFY(s.events.size() >= 3);
        QVERIFY(!s.names().contains(u"done"_s)); // still going after 3 s
        QVERIFY(s.events.last().atMs >= 1400);
    }

    void tokenLimits()
    {
        QJsonObject body = streamed(runBody(u"asst_runlens_echo"_s, u"write 400 words"_s));
        body.insert(u"max_completion_tokens"_s, 256);
        auto s = m_client->stream(u"/threads/runs"_s, body);
        QJsonObject run = s.last(u"thread.run.incomplete"_s);
        QCOMPARE(run[u"incomplete_details"_s][u"reason"_s].toString(), u"max_completion_tokens"_s);
        QCOMPARE(run[u"usage"_s][u"completion_tokens"_s].toInt(), 256);
        QCOMPARE(s.names().count(u"thread.message.delta"_s), 256);

        QStringList many;
        for (int i = 0; i < 300; ++i)
            many.append(u"w"_s);
        body = streamed(runBody(u"asst_runlens_echo"_s, many.join(u' ')));
        body.insert(u"max_prompt_tokens"_s, 256);
        s = m_client->stream(u"/threads/runs"_s, body);
        run = s.last(u"thread.run.incomplete"_s);
        QCOMPARE(run[u"incomplete_details"_s][u"reason"_s].toString(), u"max_prompt_tokens"_s);
        QVERIFY(!s.names().contains(u"thread.message.created"_s));
    }
};

QTEST_GUILESS_MAIN(TestServerRuns)
#include "tst_serverruns.moc"
