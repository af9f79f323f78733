// The WHATWG event-stream rules, one by one, for rl::SseParser.

#include "sseparser.h"

#include <QTest>

using namespace rl;

namespace {

QList<SseEvent> parseAll(const QByteArray &bytes, qsizetype chunk = 0)
{
    SseParser parser;
    QList<SseEvent> out;
    if (chunk <= 0) {
        out += parser.feed(bytes);
    } else {
        for (qsizetype i = 0; i < bytes.size(); i += chunk) {
            out += parser.feed(QByteArrayView(bytes).sliced(i, qMin(chunk, bytes.size() - i)));
        }
    }
    out += parser.finish();
    return out;
}

QStringList datas(const QList<SseEvent> &events)
{
    QStringList out;
    for (const SseEvent &e : events) {
        out.append(e.data);
    }
    return out;
}

} // namespace

class TestSseParser : public QObject
{
    Q_OBJECT

private slots:
    void basicEvent();
    void lineEnds_data();
    void lineEnds();
    void crAtChunkEndThenLf();
    void crThenNonLfInNextChunk();
    void commentsAreSkipped();
    void multiLineData();
    void fieldWithoutColonAndSpaces();
    void unknownFieldsIgnored();
    void blockWithoutDataIsNotDispatched();
    void idPersistsAndNulIgnored();
    void retryDigitsOnly();
    void bomSkippedOnlyAtStart();
    void bomSplitAcrossChunks();
    void utf8SplitAcrossChunks_data();
    void utf8SplitAcrossChunks();
    void finishFlushesUnterminatedEvent();
    void finishWithoutDataDispatchesNothing();
    void rawBytesCountTheWholeBlock();
    void commentBelongsToItsBlock();
    void oversizedEventFails();
    void oversizedPendingLineFails();
    void manySmallEventsUnderTheBoundPass();
    void resetClearsError();
};

void TestSseParser::basicEvent()
{
    SseParser parser;
    const QList<SseEvent> events = parser.feed("event: thread.created\ndata: {\"id\":\"t\"}\n\n");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].event, QStringLiteral("thread.created"));
    QCOMPARE(events[0].data, QStringLiteral("{\"id\":\"t\"}"));
    QCOMPARE(events[0].id, QString());
    QCOMPARE(events[0].retryMs, -1);
    QVERIFY(!parser.hasError());
}

void TestSseParser::lineEnds_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("LF") << QByteArray("event: a\ndata: 1\n\nevent: b\ndata: 2\n\n");
    QTest::newRow("CRLF") << QByteArray("event: a\r\ndata: 1\r\n\r\nevent: b\r\ndata: 2\r\n\r\n");
    QTest::newRow("CR") << QByteArray("event: a\rdata: 1\r\revent: b\rdata: 2\r\r");
    QTest::newRow("mixed") << QByteArray("event: a\rdata: 1\r\n\nevent: b\ndata: 2\r\r\n");
}

void TestSseParser::lineEnds()
{
    QFETCH(QByteArray, bytes);
    for (const qsizetype chunk : { qsizetype(0), qsizetype(1), qsizetype(2), qsizetype(3) }) {
        const QList<SseEvent> events = parseAll(bytes, chunk);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].event, QStringLiteral("a"));
        QCOMPARE(events[0].data, QStringLiteral("1"));
        QCOMPARE(events[1].event, QStringLiteral("b"));
        QCOMPARE(events[1].data, QStringLiteral("2"));
    }
}

void TestSseParser::crAtChunkEndThenLf()
{
    SseParser parser;
    QCOMPARE(parser.feed("data: x\r").size(), 0);
    // The LF completes the CR line end; the blank line must come from the next CR LF, not this LF.
    QCOMPARE(parser.feed("\n").size(), 0);
    const QList<SseEvent> events = parser.feed("\r\n");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].data, QStringLiteral("x"));
}

void TestSseParser::crThenNonLfInNextChunk()
{
    SseParser parser;
    QCOMPARE(parser.feed("data: x\r").size(), 0);
    QCOMPARE(parser.feed("data: y\r").size(), 0);
    const QList<SseEvent> events = parser.feed("\r");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].data, QStringLiteral("x\ny"));
}

void TestSseParser::commentsAreSkipped()
{
    const QList<SseEvent> events = parseAll(": keep-alive\n\n:another\ndata: a\n: inside\ndata: b\n\n");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].data, QStringLiteral("a\nb"));
}

void TestSseParser::multiLineData()
{
    const QList<SseEvent> events = parseAll("data: {\ndata:\"foo\":\ndata:\ndata:\ndata: true}\n\n");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].data, QStringLiteral("{\n\"foo\":\n\n\ntrue}"));
}

void TestSseParser::fieldWithoutColonAndSpaces()
{
    // "data" alone is a data line with an empty value; only one leading space is stripped.
    const QList<SseEvent> events = parseAll("data\ndata:  two\ndata:x\n\n");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].data, QStringLiteral("\n two\nx"));
    // The field name is split at the first colon only.
    const QList<SseEvent> second = parseAll("data: a:b: c\n\n");
    QCOMPARE(second[0].data, QStringLiteral("a:b: c"));
}

void TestSseParser::unknownFieldsIgnored()
{
    const QList<SseEvent> events = parseAll("foo: bar\nDATA: no\nevent : no\ndata: yes\n\n");
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].data, QStringLiteral("yes"));
    QCOMPARE(events[0].event, QString());
}

void TestSseParser::blockWithoutDataIsNotDispatched()
{
    const QList<SseEvent> events = parseAll("event: ping\n\nevent: x\ndata:\n\n");
    QCOMPARE(events.size(), 1); // the second one has a (empty) data line
    QCOMPARE(events[0].event, QStringLiteral("x"));
    QCOMPARE(events[0].data, QString());
}

void TestSseParser::idPersistsAndNulIgnored()
{
    static const char raw[] = "id: 1\ndata: a\n\ndata: b\n\nid: 2\0x\ndata: c\n\nid\ndata: d\n\n";
    const QByteArray bytes(raw, sizeof(raw) - 1);
    const QList<SseEvent> events = parseAll(bytes);
    QCOMPARE(events.size(), 4);
    QCOMPARE(events[0].id, QStringLiteral("1"));
    QCOMPARE(events[1].id, QStringLiteral("1")); // the last event id persists
    QCOMPARE(events[2].id, QStringLiteral("1")); // an id holding NUL is ignored
    QCOMPARE(events[3].id, QString()); // an empty id resets it
}

void TestSseParser::retryDigitsOnly()
{
    SseParser parser;
    const QList<SseEvent> events = parser.feed("retry: 1500\ndata: a\n\nretry: 12a\ndata: b\n\nretry: -5\ndata: c\n\n");
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[0].retryMs, 1500);
    QCOMPARE(events[1].retryMs, -1);
    QCOMPARE(events[2].retryMs, -1);
    QCOMPARE(parser.retryMs(), 1500);
}

void TestSseParser::bomSkippedOnlyAtStart()
{
    const QList<SseEvent> events = parseAll("\xEF\xBB\xBF"
                                            "data: a\n\n\xEF\xBB\xBF"
                                            "data: b\n\n");
    // The first BOM is skipped; the second is part of a field name that is unknown.
    QCOMPARE(datas(events), QStringList { QStringLiteral("a") });
    const QList<SseEvent> noBom = parseAll("\xEF\xBB"
                                           "data: a\n\n");
    QCOMPARE(noBom.size(), 0); // not a BOM: the broken bytes spoil the field name
}

void TestSseParser::bomSplitAcrossChunks()
{
    const QList<SseEvent> events = parseAll("\xEF\xBB\xBF"
                                            "data: a\n\n",
                                            1);
    QCOMPARE(datas(events), QStringList { QStringLiteral("a") });
}

void TestSseParser::utf8SplitAcrossChunks_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("e-acute") << QStringLiteral("caf\u00e9 \u00e9t\u00e9");
    QTest::newRow("emoji") << QString::fromUtf8("smile \xF0\x9F\x98\x80 done");
    QTest::newRow("line separator") << QString::fromUtf8("a\xE2\x80\xA8"
                                                         "b");
}

void TestSseParser::utf8SplitAcrossChunks()
{
    QFETCH(QString, text);
    const QByteArray bytes = "event: t\xC3\xA9st\ndata: " + text.toUtf8() + "\n\n";
    for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
        SseParser parser;
        QList<SseEvent> events = parser.feed(QByteArrayView(bytes).first(cut));
        events += parser.feed(QByteArrayView(bytes).sliced(cut));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].data, text);
        QCOMPARE(events[0].event, QStringLiteral("t\u00e9st"));
    }
    QCOMPARE(parseAll(bytes, 1).constFirst().data, text);
}

void TestSseParser::finishFlushesUnterminatedEvent()
{
    SseParser parser;
    QCOMPARE(parser.feed("data: a\n\nevent: last\ndata: b").size(), 1);
    const QList<SseEvent> tail = parser.finish();
    QCOMPARE(tail.size(), 1);
    QCOMPARE(tail[0].event, QStringLiteral("last"));
    QCOMPARE(tail[0].data, QStringLiteral("b"));
    QCOMPARE(parser.finish().size(), 0); // nothing twice
}

void TestSseParser::finishWithoutDataDispatchesNothing()
{
    SseParser parser;
    QCOMPARE(parser.feed("data: a\n\nevent: x\n: comment").size(), 1);
    QCOMPARE(parser.finish().size(), 0);
}

void TestSseParser::commentBelongsToItsBlock()
{
    // The last comment line of a block travels with its event (a saved stream's times); a
    // comment-only block (a keep-alive) is forgotten at its blank line.
    SseParser parser;
    const QList<SseEvent> events
        = parser.feed(": keep-alive\n\n: at 12 ms\n:at 15 ms\nevent: a\ndata: 1\n\ndata: 2\n\n");
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].comment, QByteArray("at 15 ms"));
    QCOMPARE(events[1].comment, QByteArray());
    const QList<SseEvent> split = parser.feed(": at 7");
    QVERIFY(split.isEmpty());
    const QList<SseEvent> rest = parser.feed(" ms\ndata: 3\n\n");
    QCOMPARE(rest.size(), 1);
    QCOMPARE(rest[0].comment, QByteArray("at 7 ms"));
}

void TestSseParser::rawBytesCountTheWholeBlock()
{
    SseParser parser;
    const QByteArray bytes(": hi\n\nevent: a\r\ndata: 12\r\n\r\ndata: z\n\n");
    const QList<SseEvent> events = parser.feed(bytes);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].rawBytes, qint64(6 + 10 + 10 + 2));
    QCOMPARE(events[1].rawBytes, qint64(8 + 1));
    QCOMPARE(parser.bytesConsumed(), qint64(bytes.size()));
}

void TestSseParser::oversizedEventFails()
{
    SseParser parser(1024);
    QCOMPARE(parser.maxEventBytes(), qint64(1024));
    const QByteArray line = "data: " + QByteArray(200, 'x') + '\n';
    QList<SseEvent> events;
    // Five lines of one event: 1035 bytes, just over the bound; fed in small pieces.
    for (int i = 0; i < 5 && !parser.hasError(); ++i) {
        events += parser.feed(line);
    }
    QVERIFY(parser.hasError());
    QVERIFY(events.isEmpty());
    QCOMPARE(parser.errorString(),
             QStringLiteral("The server sent an event larger than 1 KiB, the most RunLens accepts for one event. "
                            "The stream was stopped."));
    QCOMPARE(parser.bufferedBytes(), qint64(0)); // nothing is held after the failure
    QVERIFY(parser.feed("\n\ndata: more\n\n").isEmpty());
    QVERIFY(parser.finish().isEmpty());
}

void TestSseParser::oversizedPendingLineFails()
{
    SseParser parser(1024);
    for (int i = 0; i < 64 && !parser.hasError(); ++i) {
        QVERIFY(parser.feed(QByteArray(100, 'y')).isEmpty()); // one endless line, no line end
    }
    QVERIFY(parser.hasError());
    QCOMPARE(parser.bufferedBytes(), qint64(0));
    QVERIFY(parser.bytesConsumed() <= 1200); // it stopped as soon as the bound was passed
}

void TestSseParser::manySmallEventsUnderTheBoundPass()
{
    SseParser parser(1024);
    const QByteArray event = "event: e\ndata: " + QByteArray(900, 'z') + "\n\n";
    QByteArray bytes;
    for (int i = 0; i < 50; ++i) {
        bytes += event;
    }
    QList<SseEvent> events;
    for (qsizetype i = 0; i < bytes.size(); i += 700) {
        events += parser.feed(QByteArrayView(bytes).sliced(i, qMin<qsizetype>(700, bytes.size() - i)));
    }
    QVERIFY2(!parser.hasError(), qPrintable(parser.errorString()));
    QCOMPARE(events.size(), 50);
}

void TestSseParser::resetClearsError()
{
    SseParser parser(16);
    (void)parser.feed("data: 0123456789abcdef\n\n");
    QVERIFY(parser.hasError());
    parser.reset();
    QVERIFY(!parser.hasError());
    QCOMPARE(parser.maxEventBytes(), qint64(16));
    QCOMPARE(parser.feed("data: ok\n\n").size(), 1);
}

QTEST_GUILESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
