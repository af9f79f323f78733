// The client under abuse: servers that only ping, send one enormous event, never end, or answer
// random bytes as an event stream. Each case must end in bounded time (the configured stall
// timeout, or a cancel) with a clear error or a clean cancel, and in bounded memory.
#include "apiclient.h"
#include "fakehttpserver.h"
#include "nettestutil.h"
#include "runsession.h"
#include "sessionprobe.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace rl;
using namespace rl::test;

namespace {

const QString kRun = QStringLiteral("/threads/runs");
constexpr int kStallMs = 800;

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    static const QRegularExpression hwm(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
    return hwm.match(QString::fromLatin1(status.readAll())).captured(1).toLongLong();
}

QByteArray streamStart()
{
    return sseEvent("thread.created", "{\"id\":\"thread_1\",\"object\":\"thread\"}")
        + sseEvent("thread.run.created", runJson(QStringLiteral("queued")));
}

} // namespace

class TestClientAbuse : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<ApiClient> m_client;

    RunSession *session()
    {
        Connection c = testConnection(m_server->baseUrl());
        c.stallTimeoutMs = kStallMs;
        m_client = std::make_unique<ApiClient>(c);
        return new RunSession(m_client.get(), m_client.get());
    }

    void serveRunEnd(const QString &status)
    {
        m_server->on("GET", QStringLiteral("/threads/thread_1/runs/run_1"), FakeReply::json(200, runJson(status)));
        m_server->on("POST", QStringLiteral("/threads/thread_1/runs/run_1/cancel"),
                     FakeReply::json(200, runJson(QStringLiteral("cancelling"))));
        m_server->on("GET", QStringLiteral("/threads/thread_1/runs/run_1/steps"), FakeReply::json(200, emptyList()));
        m_server->on("GET", QStringLiteral("/threads/thread_1/messages"), FakeReply::json(200, emptyList()));
    }

private slots:
    void init()
    {
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void pingsForeverBeforeAnyRunIsAStall()
    {
        // ": ping" every 50 ms and nothing else: bytes flow, but no event ever comes.
        FakeReply reply = FakeReply::sse({});
        for (int i = 0; i < 2000; ++i) {
            reply.pieces.append({ ": ping\n\n", 50 });
        }
        reply.end = FakeReply::End::Hang;
        m_server->on("POST", kRun, reply);
        RunSession *s = session();
        SessionProbe probe(*s);
        QElapsedTimer clock;
        clock.start();
        s->start(requestOf("{\"assistant_id\":\"asst_1\"}", true));
        QVERIFY(probe.waitEnd(kStallMs * 6));
        QVERIFY(probe.failed);
        QCOMPARE(probe.failure.kind, ApiError::Kind::Stalled);
        QVERIFY(probe.failure.runMayExist);
        QVERIFY2(probe.failure.summary().contains(QLatin1String("stalled")), qPrintable(probe.failure.summary()));
        QVERIFY(clock.elapsed() >= kStallMs);
    }

    void pingsForeverAfterTheRunIsKnownSwitchToPolling()
    {
        FakeReply reply = FakeReply::sse(streamStart());
        for (int i = 0; i < 2000; ++i) {
            reply.pieces.append({ ": keep-alive\n\n", 50 });
        }
        reply.end = FakeReply::End::Hang;
        m_server->on("POST", kRun, reply);
        serveRunEnd(QStringLiteral("completed"));
        RunSession *s = session();
        SessionProbe probe(*s);
        s->start(requestOf("{\"assistant_id\":\"asst_1\"}", true));
        QVERIFY(probe.waitEnd(kStallMs * 6));
        QVERIFY(probe.finished);
        QCOMPARE(probe.finalStatus(), QStringLiteral("completed"));
        QVERIFY(!probe.errors.isEmpty());
        QCOMPARE(probe.errors.first().kind, ApiError::Kind::Stalled);
    }

    void oneFiftyMegabyteDataLine()
    {
        const qint64 before = peakRssKb();
        const QByteArray text(50 * 1024 * 1024, 'w');
        const QByteArray delta
            = "{\"id\":\"msg_1\",\"object\":\"thread.message.delta\",\"delta\":{\"content\":[{\"index\":0,"
              "\"type\":\"text\",\"text\":{\"value\":\""
            + text + "\"}}]}}";
        QByteArray stream
            = streamStart()
            + sseEvent(
                  "thread.message.created",
                  "{\"id\":\"msg_1\",\"object\":\"thread.message\",\"role\":\"assistant\",\"status\":\"in_progress\","
                  "\"thread_id\":\"thread_1\",\"run_id\":\"run_1\",\"content\":[]}")
            + sseEvent("thread.message.delta", delta)
            + sseEvent("thread.run.completed", runJson(QStringLiteral("completed"))) + "event: done\ndata: [DONE]\n\n";
        m_server->on("POST", kRun, FakeReply::sse(stream, 1024 * 1024));
        serveRunEnd(QStringLiteral("completed"));
        RunSession *s = session();
        SessionProbe probe(*s);
        s->start(requestOf("{\"assistant_id\":\"asst_1\"}", true));
        stream.clear();
        QVERIFY(probe.waitEnd(60000));
        QVERIFY(probe.finished);
        QCOMPARE(probe.text.size(), text.size());
        const qint64 grown = peakRssKb() - before;
        qInfo("one 50 MB data line: peak RSS grew by %lld MB", grown / 1024);
        // The stream is held by the fake server, the session and the probe; the bound is linear.
        QVERIFY2(grown < 20 * 50 * 1024, "memory is not proportional to the event");
    }

    void eventOverTheLimitStopsTheStreamCleanly()
    {
        QByteArray stream = streamStart() + "event: thread.message.delta\ndata: " + QByteArray(3 * 1024 * 1024, 'x');
        m_server->on("POST", kRun, FakeReply::sse(stream, 256 * 1024));
        serveRunEnd(QStringLiteral("completed"));
        Connection c = testConnection(m_server->baseUrl());
        m_client = std::make_unique<ApiClient>(c);
        m_client->setMaxEventBytes(1024 * 1024);
        auto *s = new RunSession(m_client.get(), m_client.get());
        SessionProbe probe(*s);
        s->start(requestOf("{\"assistant_id\":\"asst_1\"}", true));
        QVERIFY(probe.waitEnd(10000));
        QVERIFY(probe.finished); // recovered by polling the known run
        QVERIFY(std::any_of(probe.errors.cbegin(), probe.errors.cend(), [](const ApiError &e) {
            return e.summary().contains(QLatin1String("larger than 1 MiB"));
        }));
    }

    void streamThatNeverEndsIsCancelledCleanly()
    {
        FakeReply reply = FakeReply::sse(streamStart());
        for (int i = 0; i < 20000; ++i) {
            reply.pieces.append({ sseEvent("thread.run.in_progress", runJson(QStringLiteral("in_progress"))), 5 });
        }
        reply.end = FakeReply::End::Hang;
        m_server->on("POST", kRun, reply);
        serveRunEnd(QStringLiteral("cancelled"));
        RunSession *s = session();
        SessionProbe probe(*s);
        s->start(requestOf("{\"assistant_id\":\"asst_1\"}", true));
        QTRY_VERIFY_WITH_TIMEOUT(probe.eventNames.size() > 20, 5000);
        s->cancel();
        QVERIFY(probe.waitEnd(5000));
        QVERIFY(probe.finished);
        QCOMPARE(probe.finalStatus(), QStringLiteral("cancelled"));
        QCOMPARE(m_server->count("POST", QStringLiteral("/threads/thread_1/runs/run_1/cancel")), 1);
    }

    void randomBytesAsAnEventStream_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : { 1U, 2U, 3U, 4U, 5U }) {
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
        }
    }

    void randomBytesAsAnEventStream()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        QByteArray noise(256 * 1024, Qt::Uninitialized);
        for (char &c : noise) {
            c = char(random.bounded(256));
        }
        m_server->on("POST", kRun, FakeReply::sse(noise, 4096));
        RunSession *s = session();
        SessionProbe probe(*s);
        s->start(requestOf("{\"assistant_id\":\"asst_1\"}", true));
        QVERIFY2(probe.waitEnd(kStallMs * 8), "the session hung on a stream of random bytes");
        QVERIFY(probe.failed); // no run was ever named
        QVERIFY(!probe.failure.summary().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClientAbuse)
#include "tst_clientabuse.moc"
