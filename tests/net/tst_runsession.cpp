#include "fakehttpserver.h"
#include "nettestutil.h"
#include "runsession.h"
#include "sessionprobe.h"

#include <QFile>
#include <QTest>

using namespace rl;
using namespace rl::test;

namespace {

const QString kRun = QStringLiteral("/threads/runs");
const QString kGetRun = QStringLiteral("/threads/thread_1/runs/run_1");
const QString kCancel = QStringLiteral("/threads/thread_1/runs/run_1/cancel");

QByteArray example(const QString &name)
{
    QFile f(QStringLiteral(RUNLENS_TEST_DATA_DIR "/sse_examples/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Lists for the final picture of run_1 / run_123.
void serveLists(FakeHttpServer &server, const QString &thread, const QString &run)
{
    server.on(
        "GET", QStringLiteral("/threads/%1/messages").arg(thread),
        FakeReply::json(
            200,
            R"({"object":"list","data":[{"id":"msg_9","object":"thread.message","role":"assistant","content":[{"type":"text","text":{"value":"Hi there","annotations":[]}}]}],"has_more":false})"));
    server.on(
        "GET", QStringLiteral("/threads/%1/runs/%2/steps").arg(thread, run),
        FakeReply::json(
            200,
            R"({"object":"list","data":[{"id":"step_9","object":"thread.run.step","status":"completed"}],"has_more":false})"));
}

QByteArray streamStart()
{
    return sseEvent("thread.created", R"({"id":"thread_1","object":"thread"})") + runEvent(QStringLiteral("queued"))
        + runEvent(QStringLiteral("in_progress"));
}

} // namespace

class TestRunSession : public QObject
{
    Q_OBJECT

    FakeHttpServer *m_server = nullptr;
    ApiClient *m_client = nullptr;

    RunSession *makeSession(Connection c = {})
    {
        if (c.baseUrl == Connection().baseUrl) {
            c = testConnection(m_server->baseUrl());
        }
        m_client = new ApiClient(c, nullptr, m_server);
        RetryPolicy fast;
        fast.baseDelayMs = 5;
        fast.maxDelayMs = 20;
        m_client->setRetryPolicy(fast);
        return new RunSession(m_client, m_server);
    }

    // POST /threads/runs answers `create`; cancel answers cancelling; GET run says cancelled.
    void serveCancellableRun(const FakeReply &create)
    {
        m_server->on("POST", kRun, create);
        m_server->on("POST", kCancel, FakeReply::json(200, runJson(QStringLiteral("cancelling"))));
        m_server->on("GET", kGetRun, FakeReply::json(200, runJson(QStringLiteral("cancelled"))));
        serveLists(*m_server, QStringLiteral("thread_1"), QStringLiteral("run_1"));
    }

private slots:
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

    void specStreams_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("statuses");
        QTest::addColumn<QString>("text");
        const QStringList done { QStringLiteral("queued"), QStringLiteral("in_progress"), QStringLiteral("completed") };
        QTest::newRow("createThreadAndRun") << "createThreadAndRun__streaming.fixed.sse" << done << "Hello today?";
        QTest::newRow("createRun") << "createRun__streaming.fixed.sse" << done << "Hello today?";
        QTest::newRow("createRun functions")
            << "createRun__streaming_with_functions.fixed.sse" << done << "Hello today?";
        QTest::newRow("submitToolOutputs") << "submitToolOutputs__streaming.fixed.sse" << done << QString();
        QTest::newRow("functions") << "createThreadAndRun__streaming_with_functions.fixed.sse"
                                   << QStringList { QStringLiteral("queued"), QStringLiteral("in_progress"),
                                                    QStringLiteral("requires_action") }
                                   << QString();
    }
    void specStreams()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, statuses);
        QFETCH(QString, text);
        const QByteArray stream = example(file);
        QVERIFY(!stream.isEmpty());
        m_server->on("POST", kRun, FakeReply::sse(stream, 61));
        serveLists(*m_server, QStringLiteral("thread_123"), QStringLiteral("run_123"));
        RunSession *s = makeSession();
        SessionProbe p(*s);
        s->start(requestOf(R"({"assistant_id":"asst_abc123"})", true));
        if (statuses.last() == QLatin1String("requires_action")) {
            QTRY_COMPARE(p.requiresActionCount, 1);
            QCOMPARE(p.toolCalls.size(), 1);
            QCOMPARE(p.toolCalls.first()
                         .toObject()
                         .value(QLatin1String("function"))
                         .toObject()
                         .value(QLatin1String("name"))
                         .toString(),
                     QStringLiteral("get_current_weather"));
            QTRY_COMPARE(s->phase(), RunSession::Phase::WaitingForToolOutputs);
        } else {
            QVERIFY2(p.waitEnd(),
                     qPrintable(p.statuses.join(QLatin1Char(',')) + QLatin1Char(' ') + QString::number(int(s->phase()))
                                + p.eventNames.join(QLatin1Char(',')) + QString::number(p.errors.size())));
            QVERIFY(p.finished);
            QCOMPARE(p.finalStatus(), QStringLiteral("completed"));
            QCOMPARE(s->messages().size() >= 1, true);
        }
        QCOMPARE(p.statuses, statuses);
        if (!text.isEmpty()) {
            QCOMPARE(p.text, text);
        }
        QCOMPARE(s->runId(), QStringLiteral("run_123"));
        QCOMPARE(m_server->count("POST", kRun), 1);
        const QJsonObject sent = QJsonDocument::fromJson(m_server->requests().first().body).object();
        QCOMPARE(sent.value(QLatin1String("stream")).toBool(), true);
        QVERIFY(p.errors.isEmpty());
    }

    // Text deltas are told by textAppended() alone; step deltas are coalesced; every object is
    // sent whole before the event that follows its deltas, so nothing is lost.
    void deltasAreNotResentWhole()
    {
        QByteArray stream = streamStart();
        stream += sseEvent("thread.message.created",
                           R"({"id":"msg_9","object":"thread.message","role":"assistant","status":"in_progress",)"
                           R"("content":[{"type":"text","text":{"value":"","annotations":[]}}]})");
        QString sentText;
        for (int i = 0; i < 50; ++i) {
            const QByteArray piece = " w" + QByteArray::number(i);
            sentText += QString::fromLatin1(piece);
            stream += sseEvent("thread.message.delta",
                               R"({"id":"msg_9","object":"thread.message.delta","delta":)"
                               R"({"content":[{"index":0,"type":"text","text":{"value":")"
                                   + piece + R"("}}]}})");
        }
        stream += sseEvent("thread.run.step.created",
                           R"({"id":"step_9","object":"thread.run.step","type":"tool_calls","status":"in_progress",)"
                           R"("step_details":{"type":"tool_calls","tool_calls":[]}})");
        QByteArray arguments;
        for (int i = 0; i < 30; ++i) {
            arguments += "a";
            stream += sseEvent("thread.run.step.delta",
                               R"({"id":"step_9","object":"thread.run.step.delta","delta":{"step_details":)"
                               R"({"type":"tool_calls","tool_calls":[{"index":0,"type":"function","function":)"
                               R"({"arguments":"a"}}]}}})");
        }
        stream += sseEvent("thread.run.step.in_progress",
                           R"({"id":"step_9","object":"thread.run.step","type":"tool_calls","status":"in_progress"})");
        stream += runEvent(QStringLiteral("completed"));
        m_server->on("POST", kRun, FakeReply::sse(stream, 4096));
        serveLists(*m_server, QStringLiteral("thread_1"), QStringLiteral("run_1"));
        RunSession *s = makeSession();
        SessionProbe p(*s);
        int messageUpdates = 0;
        int stepUpdates = 0;
        QString argumentsSeen;
        connect(s, &RunSession::messageUpdated, this, [&messageUpdates](const QJsonObject &) { ++messageUpdates; });
        connect(s, &RunSession::stepUpdated, this, [&](const QJsonObject &step) {
            ++stepUpdates;
            const QJsonArray calls
                = step.value(QLatin1String("step_details")).toObject().value(QLatin1String("tool_calls")).toArray();
            if (!calls.isEmpty()) {
                argumentsSeen = calls.at(0)
                                    .toObject()
                                    .value(QLatin1String("function"))
                                    .toObject()
                                    .value(QLatin1String("arguments"))
                                    .toString();
            }
        });
        int stepUpdatesAtEnd = -1;
        connect(s, &RunSession::statusChanged, this, [&](const QString &status, qint64) {
            if (status == QLatin1String("completed")) {
                stepUpdatesAtEnd = stepUpdates;
            }
        });
        s->start(requestOf(R"({"assistant_id":"asst_1"})", true));
        QVERIFY(p.waitEnd());
        QCOMPARE(p.finalStatus(), QStringLiteral("completed"));
        QCOMPARE(p.text, sentText);
        // Created, then the final listing: the 50 text deltas sent nothing whole.
        QCOMPARE(messageUpdates, 2);
        // Created, the coalesced deltas (sent before step.in_progress, whole), in_progress.
        QVERIFY2(stepUpdatesAtEnd >= 3 && stepUpdatesAtEnd < 10, qPrintable(QString::number(stepUpdatesAtEnd)));
        QCOMPARE(s->steps().size(), 1);
        QVERIFY(p.errors.isEmpty());
        QCOMPARE(argumentsSeen, QString::fromLatin1(arguments)); // the coalesced update held every piece
    }

    void dropMidStreamRecoversByPolling()
    {
        FakeReply r
            = FakeReply::sse(streamStart() + "event: thread.message.delta\ndata: {\"id\":\"msg_9\",\"delta\":", 16, 5);
        r.end = FakeReply::End::Drop;
        m_server->on("POST", kRun, r);
        m_server->on("GET", kGetRun, [](const FakeRequest &, int i) {
            return FakeReply::json(200, runJson(i == 0 ? QStringLiteral("in_progress") : QStringLiteral("completed")));
        });
        serveLists(*m_server, QStringLiteral("thread_1"), QStringLiteral("run_1"));
        RunSession *s = makeSession();
        SessionProbe p(*s);
        s->start(requestOf(R"({"assistant_id":"a"})", true));
        QVERIFY(p.waitEnd());
        QVERIFY(p.finished);
        QCOMPARE(
            p.statuses,
            (QStringList { QStringLiteral("queued"), QStringLiteral("in_progress"), QStringLiteral("completed") }));
        QCOMPARE(m_server->count("POST", kRun), 1); // never re-posted
        QVERIFY(m_server->count("GET", kGetRun) >= 2);
        QCOMPARE(p.errors.size(), 1);
        QCOMPARE(s->assistantText(), QStringLiteral("Hi there")); // reconciled from the listing
    }

    void dropBeforeRunIdSaysRunMayExist()
    {
        FakeReply r = FakeReply::sse(sseEvent("thread.created", R"({"id":"thread_1","object":"thread"})"), 8, 5);
        r.end = FakeReply::End::Drop;
        m_server->on("POST", kRun, r);
        RunSession *s = makeSession();
        SessionProbe p(*s);
        s->start(requestOf(R"({"assistant_id":"a"})", true));
        QVERIFY(p.waitEnd());
        QVERIFY(p.failed);
        QVERIFY(p.failure.runMayExist);
        QVERIFY(p.failure.details().contains(QLatin1String("a run may have been created")));
        QCOMPARE(m_server->count("POST", kRun), 1);
    }

    void httpErrorsBeforeStream_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("401") << 401;
        QTest::newRow("404") << 404;
        QTest::newRow("429") << 429;
    }
    void httpErrorsBeforeStream()
    {
        QFETCH(int, status);
        m_server->on("POST", kRun,
                     FakeReply::json(status, R"({"error":{"message":"nope","type":"x","code":"c"}})",
                                     { { "retry-after", "7" } }));
        RunSession *s = makeSession();
        SessionProbe p(*s);
        s->start(requestOf(R"({"assistant_id":"a"})", true));
        QVERIFY(p.waitEnd());
        QVERIFY(p.failed);
        QCOMPARE(p.failure.kind, ApiError::Kind::Http);
        QCOMPARE(p.failure.httpStatus, status);
        QCOMPARE(p.failure.message, QStringLiteral("nope"));
        QCOMPARE(p.failure.retryAfterMs, 7000);
        QVERIFY(!p.failure.runMayExist);
        QTest::qWait(50);
        QCOMPARE(m_server->count("POST", kRun), 1);
        QVERIFY(p.statuses.isEmpty());
    }

    void stallSwitchesToPolling()
    {
        FakeReply r = FakeReply::sse(streamStart(), 4096);
        r.end = FakeReply::End::Hang;
        m_server->on("POST", kRun, r);
        m_server->on("GET", kGetRun, FakeReply::json(200, runJson(QStringLiteral("completed"))));
        serveLists(*m_server, QStringLiteral("thread_1"), QStringLiteral("run_1"));
        Connection c = testConnection(m_server->baseUrl());
        c.stallTimeoutMs = 300;
        RunSession *s = makeSession(c);
        SessionProbe p(*s);
        s->start(requestOf(R"({"assistant_id":"a"})", true));
        QVERIFY(p.waitEnd());
        QVERIFY(p.finished);
        QCOMPARE(p.errors.size(), 1);
        QCOMPARE(p.errors.first().kind, ApiError::Kind::Stalled);
        QCOMPARE(p.finalStatus(), QStringLiteral("completed"));
        QCOMPARE(m_server->count("POST", kRun), 1);
    }

    void malformedEventIsReportedAndRunGoesOn()
    {
        const QByteArray stream = streamStart() + "event: thread.message.delta\ndata: {\"id\": broken\n\n"
            + runEvent(QStringLiteral("completed")) + "event: done\ndata: [DONE]\n\n";
        m_server->on("POST", kRun, FakeReply::sse(stream, 10));
        serveLists(*m_server, QStringLiteral("thread_1"), QStringLiteral("run_1"));
        RunSession *s = makeSession();
        SessionProbe p(*s);
        s->start(requestOf(R"({"assistant_id":"a"})", true));
        QVERIFY(p.waitEnd());
        QVERIFY(p.finished);
        QCOMPARE(p.errors.size(), 1);
        QCOMPARE(p.errors.first().kind, ApiError::Kind::StreamError);
        QCOMPARE(p.finalStatus(), QStringLiteral("completed"));
        QCOMPARE(m_server->count("GET", kGetRun), 0);
    }

    void htmlInsteadOfStream()
    {
        m_server->on("POST", kRun,
                     FakeReply::html(200, "<!DOCTYPE html><html><body>Sign in to the portal</body></html>"));
        RunSession *s = makeSession();
        SessionProbe p(*s);
        s->start(requestOf(R"({"assistant_id":"a"})", true));
        QVERIFY(p.waitEnd());
        QVERIFY(p.failed);
        QCOMPARE(p.failure.kind, ApiError::Kind::Protocol);
        QVERIFY2(p.failure.summary().contains(QLatin1String("Sign in to the portal")), qPrintable(p.failure.summary()));
    }

    void oversizedEventStopsStreamThenPolls()
    {
        const QByteArray big
            = "event: thread.message.delta\ndata: {\"id\":\"msg_9\",\"x\":\"" + QByteArray(4096, 'a') + "\"}\n\n";
        m_server->on("POST", kRun, FakeReply::sse(streamStart() + big + runEvent(QStringLiteral("completed")), 512));
        m_server->on("GET", kGetRun, FakeReply::json(200, runJson(QStringLiteral("completed"))));
        serveLists(*m_server, QStringLiteral("thread_1"), QStringLiteral("run_1"));
        RunSession *s = makeSession();
        m_client->setMaxEventBytes(1024);
        SessionProbe p(*s);
        s->start(requestOf(R"({"assistant_id":"a"})", true));
        QVERIFY(p.waitEnd());
        QVERIFY(p.finished);
        QVERIFY(!p.errors.isEmpty());
        QCOMPARE(p.errors.last().kind, ApiError::Kind::StreamError);
        QVERIFY(m_server->count("GET", kGetRun) >= 1);
        QCOMPARE(p.finalStatus(), QStringLiteral("completed"));
    }

    void jsonInsteadOfStreamIsTheNonStreamedAnswer()
    {
        m_server->on("POST", kRun, FakeReply::json(200, runJson(QStringLiteral("queued"))));
        m_server->on("GET", kGetRun, FakeReply::json(200, runJson(QStringLiteral("completed"))));
        serveLists(*m_server, QStringLiteral("thread_1"), QStringLiteral("run_1"));
        RunSession *s = makeSession();
        SessionProbe p(*s);
        s->start(requestOf(R"({"assistant_id":"a"})", true));
        QVERIFY(p.waitEnd());
        QVERIFY(p.finished);
        QCOMPARE(p.statuses, (QStringList { QStringLiteral("queued"), QStringLiteral("completed") }));
        QVERIFY(p.errors.isEmpty());
    }

    void pollingThroughEveryTerminalStatus_data()
    {
        QTest::addColumn<QString>("terminal");
        for (const char *st : { "completed", "failed", "cancelled", "incomplete", "expired" }) {
            QTest::newRow(st) << QString::fromLatin1(st);
        }
    }
    void pollingThroughEveryTerminalStatus()
    {
        QFETCH(QString, terminal);
        m_server->on("POST", kRun, FakeReply::json(200, runJson(QStringLiteral("queued"))));
        m_server->on("GET", kGetRun, [terminal](const FakeRequest &, int i) {
            // queued (again: no duplicate), in_progress twice, then the terminal status
            const QString st = i == 0 ? QStringLiteral("queued") : i < 3 ? QStringLiteral("in_progress") : terminal;
            return FakeReply::json(200, runJson(st));
        });
        serveLists(*m_server, QStringLiteral("thread_1"), QStringLiteral("run_1"));
        RunSession *s = makeSession();
        SessionProbe p(*s);
        s->start(requestOf(R"({"assistant_id":"a","stream":true})", false));
        QVERIFY(p.waitEnd());
        QVERIFY(p.finished);
        QCOMPARE(p.statuses, (QStringList { QStringLiteral("queued"), QStringLiteral("in_progress"), terminal }));
        QCOMPARE(p.finalStatus(), terminal);
        QCOMPARE(m_server->count("GET", kGetRun), 4);
        QCOMPARE(s->messages().size(), 1);
        QCOMPARE(s->steps().size(), 1);
        QVERIFY(p.eventNames.isEmpty()); // nothing synthesised in polling mode
        // The body as the model writes it, with the session's "stream".
        QCOMPARE(m_server->requests().first().body, QByteArray("{\"assistant_id\":\"a\",\"stream\":false}"));
    }

    void pollingHonoursPollAfterHeader()
    {
        m_server->on("POST", kRun,
                     FakeReply::json(200, runJson(QStringLiteral("queued")), { { "openai-poll-after-ms", "400" } }));
        m_server->on("GET", kGetRun, FakeReply::json(200, runJson(QStringLiteral("completed"))));
        serveLists(*m_server, QStringLiteral("thread_1"), QStringLiteral("run_1"));
        RunSession *s = makeSession();
        SessionProbe p(*s);
        s->start(requestOf(R"({"assistant_id":"a"})", false));
        QTest::qWait(250);
        QCOMPARE(m_server->count("GET", kGetRun), 0);
        QVERIFY(p.waitEnd());
        QVERIFY(p.finished);
    }

    void cancelWhileQueued()
    {
        m_server->on("POST", kRun, FakeReply::json(200, runJson(QStringLiteral("queued"))));
        m_server->on("POST", kCancel, FakeReply::json(200, runJson(QStringLiteral("cancelling"))));
        m_server->on("GET", kGetRun, [this](const FakeRequest &, int) {
            return FakeReply::json(
                200,
                runJson(m_server->count("POST", kCancel) > 0 ? QStringLiteral("cancelled") : QStringLiteral("queued")));
        });
        serveLists(*m_server, QStringLiteral("thread_1"), QStringLiteral("run_1"));
        RunSession *s = makeSession();
        SessionProbe p(*s);
        s->start(requestOf(R"({"assistant_id":"a"})", false));
        s->cancel(); // before the run id is known: sent as soon as it is
        QVERIFY(p.waitEnd());
        QVERIFY(p.finished);
        QCOMPARE(m_server->count("POST", kCancel), 1);
        QCOMPARE(p.statuses,
                 (QStringList { QStringLiteral("queued"), QStringLiteral("cancelling"), QStringLiteral("cancelled") }));
        QCOMPARE(p.finalStatus(), QStringLiteral("cancelled"));
    }

    void cancelWhileInProgressStreaming()
    {
        FakeReply r = FakeReply::sse(streamStart(), 4096);
        r.end = FakeReply::End::Hang;
        serveCancellableRun(r);
        RunSession *s = makeSession();
        SessionProbe p(*s);
        s->start(requestOf(R"({"assistant_id":"a"})", true));
        QTRY_COMPARE(s->status(), QStringLiteral("in_progress"));
        s->cancel();
        QVERIFY(p.waitEnd(4000)); // well before the stall timeout
        QVERIFY(p.finished);
        QCOMPARE(p.statuses,
                 (QStringList { QStringLiteral("queued"), QStringLiteral("in_progress"), QStringLiteral("cancelling"),
                                QStringLiteral("cancelled") }));
        QCOMPARE(m_server->count("POST", kCancel), 1);
        QCOMPARE(m_server->count("POST", kRun), 1);
    }

    void cancelWhileRequiringAction()
    {
        m_server->on(
            "POST", kRun,
            FakeReply::sse(example(QStringLiteral("createThreadAndRun__streaming_with_functions.fixed.sse")), 50));
        const QString cancel = QStringLiteral("/threads/thread_123/runs/run_123/cancel");
        const QString get = QStringLiteral("/threads/thread_123/runs/run_123");
        m_server->on("POST", cancel,
                     FakeReply::json(200,
                                     json(runObject(QStringLiteral("cancelling"), QStringLiteral("run_123"),
                                                    QStringLiteral("thread_123")))));
        m_server->on("GET", get,
                     FakeReply::json(200,
                                     json(runObject(QStringLiteral("cancelled"), QStringLiteral("run_123"),
                                                    QStringLiteral("thread_123")))));
        serveLists(*m_server, QStringLiteral("thread_123"), QStringLiteral("run_123"));
        RunSession *s = makeSession();
        SessionProbe p(*s);
        s->start(requestOf(R"({"assistant_id":"a"})", true));
        QTRY_COMPARE(s->phase(), RunSession::Phase::WaitingForToolOutputs);
        s->cancel();
        QVERIFY(p.waitEnd());
        QVERIFY(p.finished);
        QCOMPARE(p.finalStatus(), QStringLiteral("cancelled"));
        QCOMPARE(m_server->count("POST", cancel), 1);
        QCOMPARE(p.statuses.mid(2),
                 (QStringList { QStringLiteral("requires_action"), QStringLiteral("cancelling"),
                                QStringLiteral("cancelled") }));
    }

    void submitsToolOutputsStreamed()
    {
        m_server->on(
            "POST", kRun,
            FakeReply::sse(example(QStringLiteral("createThreadAndRun__streaming_with_functions.fixed.sse")), 64));
        const QString submit = QStringLiteral("/threads/thread_123/runs/run_123/submit_tool_outputs");
        m_server->on("POST", submit,
                     FakeReply::sse(example(QStringLiteral("submitToolOutputs__streaming.fixed.sse")), 64));
        serveLists(*m_server, QStringLiteral("thread_123"), QStringLiteral("run_123"));
        RunSession *s = makeSession();
        SessionProbe p(*s);
        s->start(requestOf(R"({"assistant_id":"a"})", true));
        QTRY_COMPARE(s->phase(), RunSession::Phase::WaitingForToolOutputs);
        const QString callId = p.toolCalls.first().toObject().value(QLatin1String("id")).toString();
        s->submitToolOutputs({ { callId, QStringLiteral("{\"temp\":21}") } });
        QVERIFY(p.waitEnd());
        QVERIFY(p.finished);
        QCOMPARE(p.finalStatus(), QStringLiteral("completed"));
        QCOMPARE(m_server->count("POST", submit), 1);
        const QJsonObject sent = QJsonDocument::fromJson(m_server->requests().at(1).body).object();
        QCOMPARE(sent.value(QLatin1String("stream")).toBool(), true);
        QCOMPARE(sent.value(QLatin1String("tool_outputs"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("tool_call_id"))
                     .toString(),
                 callId);
        QCOMPARE(
            p.statuses,
            (QStringList { QStringLiteral("queued"), QStringLiteral("in_progress"), QStringLiteral("requires_action"),
                           QStringLiteral("queued"), QStringLiteral("in_progress"), QStringLiteral("completed") }));
    }

    void cancelBeforeRunIdWhileStreaming()
    {
        FakeReply r = FakeReply::sse(sseEvent("thread.created", R"({"id":"thread_1","object":"thread"})"), 4096);
        r.pieces.append({ runEvent(QStringLiteral("queued")), 200 }); // the run id arrives later
        r.end = FakeReply::End::Hang;
        serveCancellableRun(r);
        RunSession *s = makeSession();
        SessionProbe p(*s);
        s->start(requestOf(R"({"assistant_id":"a"})", true));
        QTRY_COMPARE(m_server->count("POST", kRun), 1);
        s->cancel();
        QVERIFY(s->cancelRequested());
        QCOMPARE(m_server->count("POST", kCancel), 0);
        QVERIFY(p.waitEnd(4000));
        QVERIFY(p.finished);
        QCOMPARE(m_server->count("POST", kCancel), 1);
        QCOMPARE(p.statuses,
                 (QStringList { QStringLiteral("queued"), QStringLiteral("cancelling"), QStringLiteral("cancelled") }));
    }
};

QTEST_GUILESS_MAIN(TestRunSession)
#include "tst_runsession.moc"
