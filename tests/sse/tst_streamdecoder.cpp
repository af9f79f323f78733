// How rl::AssistantStreamDecoder and rl::AssistantStreamReader type and tolerate real streams.

#include "streamdecoder.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace rl;
using Kind = StreamEvent::Kind;

namespace {

SseEvent sse(const QString &event, const QString &data)
{
    SseEvent e;
    e.event = event;
    e.data = data;
    return e;
}

} // namespace

class TestStreamDecoder : public QObject
{
    Q_OBJECT

private slots:
    void largeFramesDecodedLater();
    void knownNames();
    void kinds_data();
    void kinds();
    void emptyDataSkipped();
    void bytesAsReceived();
    void unknownEventKept();
    void doneExactOnly_data();
    void doneExactOnly();
    void nothingAfterDone();
    void doneEventWithOtherDataIsNotDone();
    void astraWrappedFrames();
    void unnamedPlainJsonIsUnknown();
    void errorEventBare();
    void errorEventWrapped();
    void errorObjectInAnyEvent();
    void errorWithoutMessage();
    void malformedJsonNamesTheEvent();
    void malformedJsonUnnamed();
    void readerEndsWithoutDone();
    void readerReportsOversizedEventOnce();
    void readerStopsAfterDone();
    void jsonResponseDetection_data();
    void jsonResponseDetection();
};

void TestStreamDecoder::largeFramesDecodedLater()
{
    // A reader told to leave large frames undecoded hands them over as bytes; decoded later they
    // are what an ordinary reader gives, malformed ones included, and the order is kept.
    const QByteArray big = QByteArray("{\"id\":\"msg_1\",\"object\":\"thread.message\",\"status\":\"completed\","
                                      "\"content\":[{\"type\":\"text\",\"text\":{\"value\":\"")
        + QByteArray("caf\xc3\xa9 ").repeated(20000) + "\",\"annotations\":[]}}]}";
    const QByteArray broken = big.left(big.size() - 1); // the final brace missing
    const QByteArray stream = "event: thread.message.completed\ndata: " + big
        + "\n\nid: 7\nevent: thread.message.completed\ndata: " + broken
        + "\n\nevent: thread.run.completed\ndata: {\"id\":\"run_1\",\"status\":\"completed\"}\n\n";
    AssistantStreamReader plain;
    const QList<StreamEvent> expected = plain.feed(stream);
    QCOMPARE(expected.size(), 3);
    AssistantStreamReader reader;
    reader.setDecodeLaterBytes(64 * 1024);
    const QList<StreamEvent> got = reader.feed(stream);
    QCOMPARE(got.size(), 3);
    QVERIFY(got.at(0).undecoded && got.at(1).undecoded && !got.at(2).undecoded);
    QCOMPARE(got.at(1).sseId, QStringLiteral("7"));
    for (int i = 0; i < 2; ++i) {
        const std::optional<StreamEvent> later = AssistantStreamReader::decodeLater(got.at(i));
        QVERIFY(later.has_value());
        QVERIFY(!later->undecoded);
        QCOMPARE(later->kind, expected.at(i).kind);
        QCOMPARE(later->name, expected.at(i).name);
        QCOMPARE(later->sseId, expected.at(i).sseId);
        QCOMPARE(later->raw, expected.at(i).raw);
        QCOMPARE(later->data, expected.at(i).data);
        QCOMPARE(later->error.message, expected.at(i).error.message);
    }
    QCOMPARE(expected.at(1).kind, StreamEvent::Kind::Error);
    QCOMPARE(got.at(2).data, expected.at(2).data);
}

void TestStreamDecoder::knownNames()
{
    QCOMPARE(knownStreamEvents().size(), 25);
    QVERIFY(isKnownStreamEvent(QStringLiteral("thread.run.step.delta")));
    QVERIFY(isKnownStreamEvent(QStringLiteral("done")));
    QVERIFY(isKnownStreamEvent(QStringLiteral("error")));
    QVERIFY(!isKnownStreamEvent(QStringLiteral("thread.run.step")));
    QVERIFY(!isKnownStreamEvent(QStringLiteral("ping")));
    QVERIFY(isTerminalRunEvent(QStringLiteral("thread.run.expired")));
    QVERIFY(!isTerminalRunEvent(QStringLiteral("thread.run.requires_action")));
}

void TestStreamDecoder::kinds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::newRow("thread") << QStringLiteral("thread.created") << int(Kind::Thread);
    QTest::newRow("run") << QStringLiteral("thread.run.cancelling") << int(Kind::Run);
    QTest::newRow("step") << QStringLiteral("thread.run.step.expired") << int(Kind::Step);
    QTest::newRow("step delta") << QStringLiteral("thread.run.step.delta") << int(Kind::StepDelta);
    QTest::newRow("message") << QStringLiteral("thread.message.incomplete") << int(Kind::Message);
    QTest::newRow("message delta") << QStringLiteral("thread.message.delta") << int(Kind::MessageDelta);
    QTest::newRow("future") << QStringLiteral("thread.run.paused") << int(Kind::Unknown);
}

void TestStreamDecoder::kinds()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    QCOMPARE(int(streamEventKind(name)), kind);
    AssistantStreamDecoder decoder;
    const std::optional<StreamEvent> event = decoder.decode(sse(name, QStringLiteral("{\"id\":\"x\"}")));
    QVERIFY(event);
    QCOMPARE(int(event->kind), kind);
    QCOMPARE(event->name, name);
    QCOMPARE(event->object().value(QLatin1String("id")).toString(), QStringLiteral("x"));
    QCOMPARE(event->raw, QByteArray("{\"id\":\"x\"}"));
    QVERIFY(event->error.isNull());
}

void TestStreamDecoder::emptyDataSkipped()
{
    AssistantStreamDecoder decoder;
    QVERIFY(!decoder.decode(sse(QStringLiteral("thread.run.created"), QString())));
    QVERIFY(!decoder.decode(sse(QStringLiteral("ping"), QStringLiteral("  "))));
    QVERIFY(!decoder.decode(sse(QString(), QStringLiteral("\n"))));
    QVERIFY(!decoder.isDone());
}

void TestStreamDecoder::bytesAsReceived()
{
    // The reader hands the decoder the bytes; bytes that are not valid UTF-8 read as they would
    // as text (U+FFFD), and data that is only Unicode white space is a keep-alive.
    AssistantStreamReader reader;
    const QList<StreamEvent> events = reader.feed(
        QByteArray("event: thread.run.created\ndata: {\"id\":\"run_1\",\"note\":\"a\xff"
                   "b\"}\n\n"
                   "event: ping\ndata: \xc2\xa0\n\n"
                   "event: thread.message.delta\ndata: {\"id\":\"m\",\"object\":\"thread.message.delta\","
                   "\"delta\":{\"content\":[{\"index\":0,\"type\":\"text\",\"text\":{\"value\":\"x\xff\"}}]}}\n\n"));
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).kind, StreamEvent::Kind::Run);
    QCOMPARE(events.at(0).object().value(QStringLiteral("note")).toString(), QStringLiteral("a\ufffdb"));
    QCOMPARE(events.at(1).kind, StreamEvent::Kind::MessageDelta);
    // Repaired before either path reads it: the fast path sees the U+FFFD like the general one.
    QVERIFY(events.at(1).textDelta);
    QCOMPARE(events.at(1).textDelta->pieces.size(), 1);
    QCOMPARE(events.at(1).textDelta->pieces.at(0).text, QStringLiteral("x\ufffd"));
    const QJsonObject part = events.at(1)
                                 .object()
                                 .value(QStringLiteral("delta"))
                                 .toObject()
                                 .value(QStringLiteral("content"))
                                 .toArray()
                                 .at(0)
                                 .toObject();
    QCOMPARE(part.value(QStringLiteral("text")).toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("x\ufffd"));
}

void TestStreamDecoder::unknownEventKept()
{
    AssistantStreamDecoder decoder;
    const auto event = decoder.decode(sse(QStringLiteral("thread.run.step.reasoning"), QStringLiteral("{\"a\":1}")));
    QVERIFY(event);
    QCOMPARE(event->kind, Kind::Unknown);
    QVERIFY(!event->known);
    QCOMPARE(event->object().value(QLatin1String("a")).toInt(), 1);
    // And the stream goes on.
    QCOMPARE(decoder.decode(sse(QStringLiteral("thread.created"), QStringLiteral("{}")))->kind, Kind::Thread);
}

void TestStreamDecoder::doneExactOnly_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("data");
    QTest::addColumn<bool>("done");
    QTest::newRow("done event") << QStringLiteral("done") << QStringLiteral("[DONE]") << true;
    QTest::newRow("no name") << QString() << QStringLiteral("[DONE]") << true;
    QTest::newRow("under delta name") << QStringLiteral("thread.message.delta") << QStringLiteral("[DONE]") << true;
    QTest::newRow("under error name") << QStringLiteral("error") << QStringLiteral("[DONE]") << true;
    QTest::newRow("trailing space") << QStringLiteral("done") << QStringLiteral("[DONE] ") << false;
    QTest::newRow("trailing x") << QString() << QStringLiteral("[DONE]x") << false;
    QTest::newRow("trailing tab") << QString() << QStringLiteral("[DONE]\t") << false;
    QTest::newRow("second line") << QString() << QStringLiteral("[DONE]\nmore") << false;
    QTest::newRow("lower case") << QString() << QStringLiteral("[done]") << false;
}

void TestStreamDecoder::doneExactOnly()
{
    QFETCH(QString, event);
    QFETCH(QString, data);
    QFETCH(bool, done);
    AssistantStreamDecoder decoder;
    const auto decoded = decoder.decode(sse(event, data));
    QVERIFY(decoded);
    QCOMPARE(decoded->kind == Kind::Done, done);
    QCOMPARE(decoder.isDone(), done);
    if (!done) {
        // Not the sentinel: it is data like any other, here not JSON.
        QCOMPARE(decoded->kind, Kind::Error);
        QVERIFY(decoded->error.isMalformed());
    }
}

void TestStreamDecoder::nothingAfterDone()
{
    AssistantStreamDecoder decoder;
    const QList<StreamEvent> events
        = decoder.decode({ sse(QStringLiteral("thread.created"), QStringLiteral("{}")),
                           sse(QStringLiteral("done"), QStringLiteral("[DONE]")),
                           sse(QStringLiteral("error"), QStringLiteral("{\"message\":\"late\"}")),
                           sse(QString(), QStringLiteral("not json")) });
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[1].kind, Kind::Done);
    QVERIFY(decoder.isDone());
    decoder.reset();
    QVERIFY(!decoder.isDone());
}

void TestStreamDecoder::doneEventWithOtherDataIsNotDone()
{
    AssistantStreamDecoder decoder;
    const auto event = decoder.decode(sse(QStringLiteral("done"), QStringLiteral("{}")));
    QVERIFY(event);
    QCOMPARE(event->kind, Kind::Unknown);
    QVERIFY(event->known);
    QVERIFY(!decoder.isDone());
}

void TestStreamDecoder::astraWrappedFrames()
{
    AssistantStreamDecoder decoder;
    const auto run = decoder.decode(
        sse(QString(),
            QStringLiteral("{\"event\":\"thread.run.created\",\"data\":{\"id\":\"run_1\",\"status\":\"queued\"}}")));
    QVERIFY(run);
    QCOMPARE(run->kind, Kind::Run);
    QCOMPARE(run->name, QStringLiteral("thread.run.created"));
    QVERIFY(run->known);
    QCOMPARE(run->object().value(QLatin1String("id")).toString(), QStringLiteral("run_1"));
    // A named frame is never unwrapped, even if its data looks wrapped.
    const auto named = decoder.decode(
        sse(QStringLiteral("thread.run.created"), QStringLiteral("{\"event\":\"x\",\"data\":{\"id\":\"run_2\"}}")));
    QCOMPARE(named->name, QStringLiteral("thread.run.created"));
    QCOMPARE(named->object().value(QLatin1String("event")).toString(), QStringLiteral("x"));
    // A wrapped error and a wrapped done.
    const auto error = decoder.decode(sse(
        QString(), QStringLiteral("{\"event\":\"error\",\"data\":{\"message\":\"boom\",\"type\":\"server_error\"}}")));
    QCOMPARE(error->kind, Kind::Error);
    QCOMPARE(error->error.message, QStringLiteral("boom"));
    const auto done = decoder.decode(sse(QString(), QStringLiteral("{\"event\":\"done\",\"data\":\"[DONE]\"}")));
    QCOMPARE(done->kind, Kind::Done);
    QVERIFY(decoder.isDone());
}

void TestStreamDecoder::unnamedPlainJsonIsUnknown()
{
    AssistantStreamDecoder decoder;
    const auto event = decoder.decode(sse(QString(), QStringLiteral("{\"id\":\"run_1\",\"object\":\"thread.run\"}")));
    QVERIFY(event);
    QCOMPARE(event->kind, Kind::Unknown);
    QCOMPARE(event->name, QString());
    QVERIFY(!event->known);
    QCOMPARE(event->object().value(QLatin1String("object")).toString(), QStringLiteral("thread.run"));
}

void TestStreamDecoder::errorEventBare()
{
    AssistantStreamDecoder decoder;
    const auto event = decoder.decode(sse(QStringLiteral("error"),
                                          QStringLiteral("{\"code\":\"server_error\",\"message\":\"The server had an "
                                                         "error.\",\"param\":null,\"type\":\"server_error\"}")));
    QVERIFY(event);
    QCOMPARE(event->kind, Kind::Error);
    QCOMPARE(event->error.reason, StreamError::Reason::Server);
    QCOMPARE(event->error.message, QStringLiteral("The server had an error."));
    QCOMPARE(event->error.type, QStringLiteral("server_error"));
    QCOMPARE(event->error.code, QStringLiteral("server_error"));
    QCOMPARE(event->error.param, QString());
    QVERIFY(!event->error.isFatalToStream());
}

void TestStreamDecoder::errorEventWrapped()
{
    AssistantStreamDecoder decoder;
    const auto event = decoder.decode(sse(QStringLiteral("error"),
                                          QStringLiteral("{\"error\":{\"message\":\"Rate limit\",\"type\":\"requests\","
                                                         "\"code\":429,\"param\":\"model\"}}")));
    QCOMPARE(event->kind, Kind::Error);
    QCOMPARE(event->error.message, QStringLiteral("Rate limit"));
    QCOMPARE(event->error.type, QStringLiteral("requests"));
    QCOMPARE(event->error.code, QStringLiteral("429"));
    QCOMPARE(event->error.param, QStringLiteral("model"));
}

void TestStreamDecoder::errorObjectInAnyEvent()
{
    AssistantStreamDecoder decoder;
    const auto unnamed = decoder.decode(sse(QString(), QStringLiteral("{\"error\":{\"message\":\"bad key\"}}")));
    QCOMPARE(unnamed->kind, Kind::Error);
    QCOMPARE(unnamed->error.message, QStringLiteral("bad key"));
    const auto named = decoder.decode(
        sse(QStringLiteral("thread.run.created"), QStringLiteral("{\"error\":{\"message\":\"nope\",\"type\":\"t\"}}")));
    QCOMPARE(named->kind, Kind::Error);
    QCOMPARE(named->name, QStringLiteral("thread.run.created"));
    QCOMPARE(named->error.type, QStringLiteral("t"));
    // A null "error" and a run's "last_error" are not errors of the stream.
    const auto nullError = decoder.decode(sse(QStringLiteral("thread.run.failed"),
                                              QStringLiteral("{\"error\":null,\"last_error\":{\"message\":\"x\"}}")));
    QCOMPARE(nullError->kind, Kind::Run);
}

void TestStreamDecoder::errorWithoutMessage()
{
    AssistantStreamDecoder decoder;
    const auto event = decoder.decode(sse(QStringLiteral("error"), QStringLiteral("{}")));
    QCOMPARE(event->kind, Kind::Error);
    QCOMPARE(event->error.message, QStringLiteral("The server reported an error without a message."));
}

void TestStreamDecoder::malformedJsonNamesTheEvent()
{
    AssistantStreamDecoder decoder;
    const auto event = decoder.decode(
        sse(QStringLiteral("thread.message.delta"), QStringLiteral("{\"id\":\"msg_1\",\"delta\":{\"content\":[}")));
    QVERIFY(event);
    QCOMPARE(event->kind, Kind::Error);
    QCOMPARE(event->name, QStringLiteral("thread.message.delta"));
    QVERIFY(event->known);
    QVERIFY(event->error.isMalformed());
    QVERIFY(!event->error.isFatalToStream());
    QVERIFY(event->data.isUndefined());
    QCOMPARE(event->raw, QByteArray("{\"id\":\"msg_1\",\"delta\":{\"content\":[}"));
    QVERIFY2(event->error.message.startsWith(
                 QStringLiteral("The server sent an event 'thread.message.delta' whose data is not valid JSON: ")),
             qPrintable(event->error.message));
    QVERIFY2(event->error.message.contains(QStringLiteral("at offset 35")), qPrintable(event->error.message));
    // The next event is read normally.
    QCOMPARE(decoder.decode(sse(QStringLiteral("thread.run.completed"), QStringLiteral("{}")))->kind, Kind::Run);
}

void TestStreamDecoder::malformedJsonUnnamed()
{
    AssistantStreamDecoder decoder;
    const auto event = decoder.decode(sse(QString(), QStringLiteral("{\"a\":1}}")));
    QCOMPARE(event->kind, Kind::Error);
    QVERIFY(event->error.message.startsWith(QStringLiteral("The server sent an event whose data is not valid JSON: ")));
}

void TestStreamDecoder::readerEndsWithoutDone()
{
    AssistantStreamReader reader;
    QList<StreamEvent> events
        = reader.feed("event: thread.created\ndata: {\"id\":\"t\"}\n\nevent: thread.run.created\n");
    QCOMPARE(events.size(), 1);
    events = reader.feed("data: {\"id\":\"r\"}");
    QCOMPARE(events.size(), 0);
    events = reader.finish(); // the unterminated last event still counts
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, Kind::Run);
    QVERIFY(!reader.isDone());
    QVERIFY(!reader.hasError());
}

void TestStreamDecoder::readerReportsOversizedEventOnce()
{
    AssistantStreamReader reader(1024);
    QList<StreamEvent> events = reader.feed("event: thread.created\ndata: {}\n\nevent: thread.message.delta\ndata: ");
    QCOMPARE(events.size(), 1);
    events = reader.feed(QByteArray(2000, 'a'));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, Kind::Error);
    QCOMPARE(events[0].error.reason, StreamError::Reason::EventTooLarge);
    QVERIFY(events[0].error.isFatalToStream());
    QCOMPARE(events[0].error.message, reader.errorString());
    QVERIFY(reader.hasError());
    QVERIFY(reader.feed("\n\ndata: {}\n\n").isEmpty());
    QVERIFY(reader.finish().isEmpty());
    QCOMPARE(reader.parser().bufferedBytes(), qint64(0));
}

void TestStreamDecoder::readerStopsAfterDone()
{
    AssistantStreamReader reader(64);
    QList<StreamEvent> events = reader.feed("data: [DONE]\n\n");
    QCOMPARE(events.size(), 1);
    QVERIFY(reader.isDone());
    // Whatever follows is not even parsed, so a huge trailing event is no error.
    QVERIFY(reader.feed(QByteArray(500, 'x')).isEmpty());
    QVERIFY(!reader.hasError());
}

void TestStreamDecoder::jsonResponseDetection_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("json");
    QTest::newRow("json") << QByteArray("application/json") << QByteArray("{\"id\":\"run_1\"}") << true;
    QTest::newRow("json with space") << QByteArray("application/json; charset=utf-8") << QByteArray(" \n {") << true;
    QTest::newRow("no type") << QByteArray() << QByteArray("{}") << true;
    QTest::newRow("stream") << QByteArray("text/event-stream") << QByteArray("{}") << false;
    QTest::newRow("stream upper case") << QByteArray("Text/Event-Stream; charset=utf-8") << QByteArray("{") << false;
    QTest::newRow("html") << QByteArray("text/html") << QByteArray("<html>") << false;
    QTest::newRow("sse body, wrong type") << QByteArray("text/plain") << QByteArray("event: x\n") << false;
}

void TestStreamDecoder::jsonResponseDetection()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(bool, json);
    QCOMPARE(isJsonResponse(contentType, body), json);
}

QTEST_GUILESS_MAIN(TestStreamDecoder)
#include "tst_streamdecoder.moc"
