// runlens-server --data-dir: assistants, threads, messages, runs and steps survive a restart
// (in a real SQLite file), a run cut off by the stop is failed at the next start, a thread
// continued after the restart reaches the model with its whole history, and a damaged file is
// refused with a clear message.
#include "bridgefixture.h"

#include <QFile>
#include <QTemporaryDir>

using namespace bridge;

class TestServerDataDir : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_tmp;

    std::unique_ptr<rl::LocalServer> start(const QString &upstream = QString())
    {
        auto server = std::make_unique<rl::LocalServer>();
        rl::LocalServerOptions options;
        options.delayMs = 0;
        options.dataDir = m_tmp->path();
        options.upstreamBaseUrl = upstream;
        options.defaultModel = upstream.isEmpty() ? QString() : u"fake-model-1"_s;
        if (!server->start(options)) {
            qWarning("%s", qPrintable(server->errorString()));
            return nullptr;
        }
        return server;
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
    }

    void everythingSurvivesARestart()
    {
        QString assistantId;
        QString threadId;
        QString runId;
        {
            auto server = start();
            QVERIFY(server);
            ServerClient client(server->baseUrl());
            assistantId
                = client
                      .post(u"/assistants"_s,
                            QJsonObject {
                                { u"model"_s, u"gpt-4o"_s }, { u"name"_s, u"Kept"_s }, { u"temperature"_s, 0.4 } })
                      .json.value(u"id"_s)
                      .toString();
            const auto stream = client.stream(u"/threads/runs"_s, runBody(u"remember me"_s));
            const QJsonObject run = stream.last(u"thread.run.completed"_s);
            threadId = run.value(u"thread_id"_s).toString();
            runId = run.value(u"id"_s).toString();
            QVERIFY(!threadId.isEmpty());
        }
        QVERIFY(QFile::exists(m_tmp->filePath(u"runlens-server.sqlite"_s)));
        auto server = start();
        QVERIFY(server);
        ServerClient client(server->baseUrl());
        const QJsonObject assistant = client.get(u"/assistants/"_s + assistantId).json;
        QCOMPARE(assistant.value(u"name"_s), QJsonValue(u"Kept"_s));
        QCOMPARE(assistant.value(u"temperature"_s).toDouble(), 0.4);
        QCOMPARE(client.get(u"/assistants"_s).json.value(u"data"_s).toArray().size(), 4); // 3 shipped + 1, once
        QCOMPARE(status(client.get(u"/threads/"_s + threadId + u"/runs/"_s + runId).json), u"completed"_s);
        const QJsonArray messages
            = client.get(u"/threads/"_s + threadId + u"/messages?order=asc"_s).json.value(u"data"_s).toArray();
        QCOMPARE(messages.size(), 2);
        QVERIFY(!messageText(messages.at(1).toObject()).isEmpty());
        QCOMPARE(client.get(u"/threads/"_s + threadId + u"/runs/"_s + runId + u"/steps"_s)
                     .json.value(u"data"_s)
                     .toArray()
                     .size(),
                 1);
    }

    void aRunCutOffByTheStopIsFailedAtTheNextStart()
    {
        QString threadId;
        QString runId;
        {
            auto server = start();
            QVERIFY(server);
            ServerClient client(server->baseUrl());
            QJsonObject body = runBody(u"one two three four five"_s, false);
            body.insert(u"metadata"_s, QJsonObject { { u"runlens_scenario"_s, u"slow"_s } });
            const auto created = client.post(u"/threads/runs"_s, body);
            threadId = created.json.value(u"thread_id"_s).toString();
            runId = created.json.value(u"id"_s).toString();
            QTest::qWait(300); // queued, not yet in progress: cut off by the stop
        }
        auto server = start();
        QVERIFY(server);
        ServerClient client(server->baseUrl());
        const QJsonObject run = client.get(u"/threads/"_s + threadId + u"/runs/"_s + runId).json;
        QCOMPARE(status(run), u"failed"_s);
        QVERIFY(run.value(u"last_error"_s).toObject().value(u"message"_s).toString().contains(u"stopped"_s));
    }

    void aContinuedThreadKeepsItsOrderOnTheModel()
    {
        rl::test::FakeChatServer upstream;
        QVERIFY(upstream.listen());
        QString threadId;
        QString runId;
        {
            auto server = start(upstream.baseUrl());
            QVERIFY(server);
            ServerClient client(server->baseUrl());
            const auto first
                = client.stream(u"/threads/runs"_s,
                                runBody(u"[tool get_weather {\"city\":\"Rome\"}]"_s, true, u"asst_runlens_weather"_s));
            const QJsonObject waiting = first.last(u"thread.run.requires_action"_s);
            threadId = waiting.value(u"thread_id"_s).toString();
            runId = waiting.value(u"id"_s).toString();
            const QString call = waiting.value(u"required_action"_s)
                                     .toObject()
                                     .value(u"submit_tool_outputs"_s)
                                     .toObject()
                                     .value(u"tool_calls"_s)
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(u"id"_s)
                                     .toString();
            const auto second = client.stream(
                u"/threads/"_s + threadId + u"/runs/"_s + runId + u"/submit_tool_outputs"_s,
                QJsonObject {
                    { u"stream"_s, true },
                    { u"tool_outputs"_s,
                      QJsonArray { QJsonObject { { u"tool_call_id"_s, call }, { u"output"_s, u"warm"_s } } } } });
            QCOMPARE(status(second.last(u"thread.run.completed"_s)), u"completed"_s);
        }
        auto server = start(upstream.baseUrl());
        QVERIFY(server);
        ServerClient client(server->baseUrl());
        QCOMPARE(client.post(u"/threads/"_s + threadId + u"/messages"_s, userMessage(u"and tomorrow?"_s)).status, 200);
        const auto third
            = client.stream(u"/threads/"_s + threadId + u"/runs"_s,
                            QJsonObject { { u"assistant_id"_s, u"asst_runlens_weather"_s }, { u"stream"_s, true } });
        QCOMPARE(status(third.last(u"thread.run.completed"_s)), u"completed"_s);
        // system, user, assistant with tool_calls, tool, assistant reply, user
        QStringList roles;
        const QJsonArray messages = upstream.chatBodies().last().value(u"messages"_s).toArray();
        for (const QJsonValue m : messages) {
            roles.append(m.toObject().value(u"role"_s).toString());
        }
        QCOMPARE(roles, QStringList({ u"system"_s, u"user"_s, u"assistant"_s, u"tool"_s, u"assistant"_s, u"user"_s }));
        QCOMPARE(messages.at(3).toObject().value(u"content"_s), QJsonValue(u"warm"_s));
    }

    void aDamagedFileIsRefusedWithAClearMessage()
    {
        QFile file(m_tmp->filePath(u"runlens-server.sqlite"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        rl::LocalServer server;
        rl::LocalServerOptions options;
        options.dataDir = m_tmp->path();
        QVERIFY(!server.start(options));
        QVERIFY2(server.errorString().contains(u"runlens-server.sqlite"_s), qPrintable(server.errorString()));
        QVERIFY(!server.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestServerDataDir)
#include "tst_serverdatadir.moc"
