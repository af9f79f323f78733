// RunSession::replay(): the recorded times are what every signal carries, never going back when
// an event has no time of its own; a replay records nothing of its own; cancel stops it.
#include "apiclient.h"
#include "runsession.h"
#include "streamrecording.h"

#include <QSignalSpy>
#include <QTest>

using namespace rl;

namespace {

QByteArray run(const char *status)
{
    return QByteArray(R"({"id":"run_1","object":"thread.run","thread_id":"thread_1","status":")") + status + "\"}";
}

} // namespace

class TestRunReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timesNeverGoBack()
    {
        const QByteArray file
            = ": at 0 ms\nevent: thread.created\ndata: {\"id\":\"thread_1\",\"object\":\"thread\"}\n\n"
              ": at 400 ms\nevent: thread.run.created\ndata: "
            + run("queued") + "\n\nevent: thread.run.in_progress\ndata: " + run("in_progress")
            + "\n\n: at 900 ms\nevent: thread.run.completed\ndata: " + run("completed") + "\n\n";
        const StreamRecording::Loaded loaded = StreamRecording::read(file);
        QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
        QVERIFY(!loaded.timed); // one event has no time
        ApiClient client(Connection {});
        RunSession session(&client);
        QSignalSpy statuses(&session, &RunSession::statusChanged);
        QSignalSpy finished(&session, &RunSession::finished);
        session.replay(loaded.events, RunSession::ReplayPace::AtOnce);
        QVERIFY(finished.wait(5000));
        QCOMPARE(statuses.size(), 3);
        QCOMPARE(statuses.at(0).at(1).toLongLong(), qint64(400));
        QCOMPARE(statuses.at(1).at(1).toLongLong(), qint64(400)); // untimed: the last known time
        QCOMPARE(statuses.at(2).at(1).toLongLong(), qint64(900));
        QVERIFY(session.recording().isEmpty()); // the file is the recording
    }

    void cancelStopsTheReplay()
    {
        const QByteArray file = ": at 0 ms\nevent: thread.run.created\ndata: " + run("queued")
            + "\n\n: at 60000 ms\nevent: thread.run.completed\ndata: " + run("completed") + "\n\n";
        const QList<RecordedEvent> events = StreamRecording::read(file).events;
        QCOMPARE(events.size(), 2);
        ApiClient client(Connection {});
        RunSession session(&client);
        QSignalSpy failed(&session, &RunSession::failed);
        session.replay(events, RunSession::ReplayPace::Recorded);
        QTRY_COMPARE(session.status(), QStringLiteral("queued"));
        session.cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).value<ApiError>().message, QStringLiteral("The replay was stopped."));
        QVERIFY(!session.isActive());
    }
};

QTEST_GUILESS_MAIN(TestRunReplay)
#include "tst_runreplay.moc"
