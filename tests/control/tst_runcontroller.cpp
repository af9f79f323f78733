// RunController: a second Send while a run is streaming cancels the replaced run for real (the
// cancel request leaves and is followed), against a scripted loopback server and against the
// built-in local server.
#include "apiclient.h"
#include "fakehttpserver.h"
#include "localserver.h"
#include "nettestutil.h"
#include "runcontroller.h"
#include "runsession.h"

#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace rl;
using namespace rl::test;

namespace {

const QString kRun = QStringLiteral("/threads/runs");

QByteArray streamedStart(const QString &runId)
{
    const QByteArray run = runJson(QStringLiteral("queued"), runId);
    return sseEvent("thread.created", R"({"id":"thread_1","object":"thread"})") + sseEvent("thread.run.created", run)
        + sseEvent("thread.run.queued", run);
}

} // namespace

class TestRunController : public QObject
{
    Q_OBJECT

private slots:
    void secondSendCancelsTheReplacedRunOnce()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        // The first create streams two events and then hangs; the second completes at once.
        server.on("POST", kRun, [](const FakeRequest &, int index) {
            if (index == 0) {
                FakeReply r = FakeReply::sse(streamedStart(QStringLiteral("run_1")));
                r.end = FakeReply::End::Hang;
                return r;
            }
            return FakeReply::sse(
                streamedStart(QStringLiteral("run_2"))
                + sseEvent("thread.run.completed", runJson(QStringLiteral("completed"), QStringLiteral("run_2")))
                + "event: done\ndata: [DONE]\n\n");
        });
        server.on("POST", QStringLiteral("/threads/thread_1/runs/run_1/cancel"),
                  FakeReply::json(200, runJson(QStringLiteral("cancelling"))));
        server.on("GET", QStringLiteral("/threads/thread_1/runs/run_1"),
                  FakeReply::json(200, runJson(QStringLiteral("cancelled"))));
        for (const QString &run : { QStringLiteral("run_1"), QStringLiteral("run_2") }) {
            server.on("GET", QStringLiteral("/threads/thread_1/runs/%1/steps").arg(run),
                      FakeReply::json(200, emptyList()));
        }
        server.on("GET", QStringLiteral("/threads/thread_1/messages"), FakeReply::json(200, emptyList()));

        RunController controller;
        controller.setConnection(testConnection(server.baseUrl()));
        QPointer<RunSession> first = controller.send(requestOf(R"({"assistant_id":"asst_1"})", true));
        QSignalSpy firstStatus(first.data(), &RunSession::statusChanged);
        QTRY_COMPARE_WITH_TIMEOUT(first->status(), QStringLiteral("queued"), 5000);

        QSignalSpy ended(&controller, &RunController::sessionEnded);
        RunSession *second = controller.send(requestOf(R"({"assistant_id":"asst_1"})", true));
        QVERIFY(second != first);
        QCOMPARE(controller.currentSession(), second);

        // The replaced session lives on until its run is cancelled, then goes away by itself.
        QTRY_VERIFY_WITH_TIMEOUT(first.isNull(), 10000);
        QCOMPARE(server.count("POST", QStringLiteral("/threads/thread_1/runs/run_1/cancel")), 1);
        QCOMPARE(server.count("POST", kRun), 2);
        QVERIFY(!firstStatus.isEmpty());
        QCOMPARE(firstStatus.last().at(0).toString(), QStringLiteral("cancelled"));

        // Only the current session reports its end to the controller's listeners.
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 5000);
        QCOMPARE(ended.at(0).at(0).value<RunSession *>(), second);
        QCOMPARE(second->status(), QStringLiteral("completed"));
    }

    void replacedRunEndsCancelledOnTheLocalServer()
    {
        LocalServer server;
        LocalServerOptions options;
        options.delayMs = 50; // slow enough that the first reply is still streaming
        QVERIFY2(server.start(options), qPrintable(server.errorString()));
        Connection connection = testConnection(server.baseUrl().toString());
        connection.apiKey.clear();

        RunController controller;
        controller.setConnection(connection);
        const QByteArray body = R"({"assistant_id":"asst_runlens_echo","thread":{"messages":[{"role":"user",)"
                                R"("content":"one two three four five six seven eight nine ten eleven twelve"}]}})";
        QPointer<RunSession> first = controller.send(requestOf(body, true));
        QTRY_VERIFY_WITH_TIMEOUT(!first->runId().isEmpty() && first->status() == QStringLiteral("in_progress"), 5000);
        const QString threadId = first->threadId();
        const QString runId = first->runId();

        controller.send(requestOf(body, true));
        QTRY_VERIFY_WITH_TIMEOUT(first.isNull(), 10000);

        // Ask the server itself where the first run ended.
        ApiClient client(connection);
        QJsonObject answer;
        ApiCall *call = client.retrieveRun(threadId, runId);
        connect(call, &ApiCall::finished, this,
                [&answer](const QJsonValue &value, const ResponseMeta &) { answer = value.toObject(); });
        QTRY_VERIFY_WITH_TIMEOUT(!answer.isEmpty(), 5000);
        QCOMPARE(answer.value(QLatin1String("status")).toString(), QStringLiteral("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestRunController)
#include "tst_runcontroller.moc"
