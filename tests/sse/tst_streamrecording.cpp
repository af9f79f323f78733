// StreamRecording: what is recorded reads back as the same events (names, data, ids, [DONE],
// wrapped events, data with line breaks), each with its time; the spec's example streams survive
// the round trip; a file that is no stream is explained.
#include "ssetestutil.h"
#include "streamrecording.h"

#include <QTest>

using namespace rl;
using namespace rl::test;

class TestStreamRecording : public QObject
{
    Q_OBJECT

    static QList<StreamEvent> decodeAll(const QByteArray &bytes)
    {
        AssistantStreamReader reader;
        QList<StreamEvent> events = reader.feed(bytes);
        events += reader.finish();
        return events;
    }

private Q_SLOTS:
    void roundTripKeepsEveryEventAndItsTime()
    {
        const QByteArray stream = "event: thread.created\nid: 7\ndata: {\"id\":\"thread_1\",\"object\":\"thread\"}\n\n"
                                  "event: thread.run.created\ndata: {\"id\":\"run_1\",\n"
                                  "data: \"object\":\"thread.run\",\"status\":\"queued\"}\n\n"
                                  "data: {\"event\":\"thread.run.completed\",\"data\":{\"id\":\"run_1\",\"object\":"
                                  "\"thread.run\",\"status\":\"completed\"}}\n\n"
                                  "event: something.new\ndata: not json\n\n"
                                  "event: done\ndata: [DONE]\n\n";
        const QList<StreamEvent> events = decodeAll(stream);
        QCOMPARE(events.size(), 5);
        StreamRecording recording;
        for (int i = 0; i < events.size(); ++i) {
            recording.add(events.at(i), 100 * i + 5);
        }
        QCOMPARE(recording.count(), 5);
        const StreamRecording::Loaded loaded = StreamRecording::read(recording.bytes());
        QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
        QVERIFY(loaded.timed);
        QCOMPARE(loaded.events.size(), events.size());
        for (int i = 0; i < events.size(); ++i) {
            QCOMPARE(loaded.events.at(i).atMs, qint64(100 * i + 5));
            QCOMPARE(describe(loaded.events.at(i).event), describe(events.at(i)));
            QCOMPARE(loaded.events.at(i).event.sseId, events.at(i).sseId);
        }
        QCOMPARE(loaded.events.at(2).event.name, QStringLiteral("thread.run.completed")); // unwrapped again
    }

    void specExamplesSurviveTheRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : fixtureNames()) {
            QTest::newRow(qPrintable(name)) << name;
        }
    }
    void specExamplesSurviveTheRoundTrip()
    {
        QFETCH(QString, name);
        const QByteArray original = readFixture(name);
        QVERIFY(!original.isEmpty());
        StreamRecording recording;
        for (const StreamEvent &event : decodeAll(original)) {
            recording.add(event, 0);
        }
        QByteArray saved = recording.bytes();
        // What the saved file holds accumulates to the same run, messages, steps and text.
        QCOMPARE(runWhole(saved).state, runWhole(original).state);
        QCOMPARE(runWhole(saved).streamEvents, runWhole(original).streamEvents);
    }

    void aCaptureWithoutTimesIsUntimed()
    {
        const StreamRecording::Loaded loaded = StreamRecording::read(readFixture(fixtureNames().first()));
        QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
        QVERIFY(!loaded.timed);
        QVERIFY(!loaded.events.isEmpty());
        QCOMPARE(loaded.events.first().atMs, qint64(-1));
    }

    void whatIsNoStreamIsExplained_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << "It holds no events";
        QTest::newRow("request body") << QByteArray(R"({"assistant_id": "asst_1"})") << "It is a JSON document";
        QTest::newRow("error answer") << QByteArray(R"({"error": {"message": "No such thread."}})")
                                      << "an error answer from a server: No such thread.";
        QTest::newRow("other stream") << QByteArray("event: tick\ndata: {\"n\": 1}\n\n") << "none of a run";
        QTest::newRow("text") << QByteArray("hello\nworld\n") << "It holds no events";
    }
    void whatIsNoStreamIsExplained()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const StreamRecording::Loaded loaded = StreamRecording::read(bytes);
        QVERIFY2(loaded.error.contains(expected), qPrintable(loaded.error));
        QVERIFY(loaded.events.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStreamRecording)
#include "tst_streamrecording.moc"
