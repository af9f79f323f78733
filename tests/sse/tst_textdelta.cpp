// The fast path for plain text deltas (rl::readTextDelta): which payloads it takes, and that
// the accumulator builds from it exactly what the general merge builds.
#include "runaccumulator.h"
#include "streamdecoder.h"
#include "textdelta.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rl;

namespace {

QByteArray compact(const QJsonObject &value)
{
    return QJsonDocument(value).toJson(QJsonDocument::Compact);
}

} // namespace

class TestTextDelta : public QObject
{
    Q_OBJECT

private slots:
    void fastTextDeltaReadsOnlyItsShape_data();
    void fastTextDeltaReadsOnlyItsShape();
    void fastPathBuildsWhatTheGeneralPathBuilds();
};

void TestTextDelta::fastTextDeltaReadsOnlyItsShape_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("fast");
    QTest::addColumn<QString>("text"); // the pieces' text, joined
    const QByteArray head = R"({"id":"msg_1","object":"thread.message.delta","delta":{"content":)";
    QTest::newRow("one piece") << head + R"([{"index":0,"type":"text","text":{"value":"Hi"}}]}})" << true
                               << QStringLiteral("Hi");
    QTest::newRow("keys in another order")
        << QByteArray(R"({"delta":{"content":[{"text":{"value":"a"},"type":"text","index":0}]},)"
                      R"("object":"thread.message.delta","id":"msg_1"})")
        << true << QStringLiteral("a");
    QTest::newRow("two pieces, escapes") << head
            + R"([{"index":0,"type":"text","text":{"value":"caf\u00e9 \"q\" \\ \n"}},)"
              R"({"index":1,"type":"text","text":{"value":"\ud83d\ude00"}}]}})"
                                         << true << QStringLiteral("caf\u00e9 \"q\" \\ \n\U0001F600");
    QTest::newRow("annotations") << head + R"([{"index":0,"type":"text","text":{"value":"x","annotations":[]}}]}})"
                                 << false << QString();
    QTest::newRow("another key") << head + R"([{"index":0,"type":"text","text":{"value":"x"}}],"role":"user"}})"
                                 << false << QString();
    QTest::newRow("repeated key") << head + R"([{"index":0,"type":"text","text":{"value":"x"}}]},"id":"msg_2"})"
                                  << false << QString();
    QTest::newRow("fractional index") << head + R"([{"index":0.5,"type":"text","text":{"value":"x"}}]}})" << false
                                      << QString();
    QTest::newRow("negative index") << head + R"([{"index":-1,"type":"text","text":{"value":"x"}}]}})" << false
                                    << QString();
    QTest::newRow("image part") << head + R"([{"index":0,"type":"image_file","image_file":{"file_id":"f"}}]}})" << false
                                << QString();
    QTest::newRow("malformed") << head + R"([{"index":0,"type":"text","text":{"value":"x"}}]})" << false << QString();
    QTest::newRow("empty content") << head + R"([]}})" << false << QString();
    QTest::newRow("bad UTF-8") << head + "[{\"index\":0,\"type\":\"text\",\"text\":{\"value\":\"\xff\"}}]}}" << false
                               << QString();
    // simdjson sizes its buffers to the largest document it has read (about 12 bytes a byte, kept
    // for the thread): a delta beyond the bound takes the general path.
    const QByteArray large(MaxFastTextDeltaBytes, 'w');
    QTest::newRow("larger than the bound")
        << head + R"([{"index":0,"type":"text","text":{"value":")" + large + R"("}}]}})" << false << QString();
    const QByteArray fits(MaxFastTextDeltaBytes - 200, 'w');
    QTest::newRow("within the bound") << head + R"([{"index":0,"type":"text","text":{"value":")" + fits + R"("}}]}})"
                                      << true << QString::fromLatin1(fits);
}

void TestTextDelta::fastTextDeltaReadsOnlyItsShape()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, fast);
    QFETCH(QString, text);
    const std::optional<TextDelta> delta = readTextDelta(payload);
    QCOMPARE(delta.has_value(), fast);
    if (fast) {
        QCOMPARE(delta->messageId, QStringLiteral("msg_1"));
        QString joined;
        for (const TextDelta::Piece &piece : delta->pieces) {
            joined += piece.text;
        }
        QCOMPARE(joined, text);
    }
}

void TestTextDelta::fastPathBuildsWhatTheGeneralPathBuilds()
{
    // The same stream twice: decoded (plain text deltas take the fast path) and as parsed objects
    // (every delta through the general merge). The messages, the text and the updates must agree.
    const QByteArray stream = R"(event: thread.message.created
data: {"id":"m1","object":"thread.message","role":"assistant","status":"in_progress","content":[]}

event: thread.message.delta
data: {"id":"m1","object":"thread.message.delta","delta":{"content":[{"index":0,"type":"text","text":{"value":"Hello","annotations":[]}}]}}

event: thread.message.delta
data: {"id":"m1","object":"thread.message.delta","delta":{"content":[{"index":0,"type":"text","text":{"value":" w\u00f6rld \"x\""}}]}}

event: thread.message.delta
data: {"id":"m1","object":"thread.message.delta","delta":{"content":[{"index":1,"type":"text","text":{"value":"second part"}}]}}

event: thread.message.delta
data: {"id":"m1","object":"thread.message.delta","delta":{"content":[{"index":1,"type":"text","text":{"value":", more"}}]}}

event: thread.message.delta
data: {"id":"m2","object":"thread.message.delta","delta":{"content":[{"index":0,"type":"text","text":{"value":"before its snapshot"}}]}}

event: thread.message.delta
data: {"id":"m1","object":"thread.message.delta","delta":{"content":[{"index":0,"type":"text","text":{"value":"!"}},{"index":1,"type":"text","text":{"value":"?"}}]}}

event: thread.message.delta
data: {"id":"m1","object":"thread.message.delta","delta":{"content":[{"index":0,"type":"text","text":{"value":" [1]","annotations":[{"index":0,"type":"file_citation","text":"[1]","file_citation":{"file_id":"f1"}}]}}]}}

event: thread.message.delta
data: {"id":"m1","object":"thread.message.delta","delta":{"content":[{"index":0,"type":"text","text":{"value":" end"}}]}}

)";
    AssistantStreamReader reader;
    const QList<StreamEvent> decoded = reader.feed(stream);
    QCOMPARE(decoded.size(), 9);
    int fastCount = 0;
    RunAccumulator fast;
    RunAccumulator general;
    for (const StreamEvent &event : decoded) {
        fastCount += event.textDelta ? 1 : 0;
        StreamEvent parsed = event;
        parsed.textDelta.reset();
        parsed.data = event.payload();
        QVERIFY(parsed.data.isObject());
        const AccumulatorUpdate a = fast.apply(event);
        const AccumulatorUpdate b = general.apply(parsed);
        QCOMPARE(a.messageId, b.messageId);
        QCOMPARE(a.has(AccumulatorUpdate::MessageChanged), b.has(AccumulatorUpdate::MessageChanged));
        QCOMPARE(a.has(AccumulatorUpdate::TextOnly), b.has(AccumulatorUpdate::TextOnly));
        QCOMPARE(a.text.size(), b.text.size());
        for (qsizetype i = 0; i < a.text.size(); ++i) {
            QCOMPARE(a.text.at(i).contentIndex, b.text.at(i).contentIndex);
            QCOMPARE(a.text.at(i).text, b.text.at(i).text);
        }
    }
    // The created event and the deltas with annotations take the general path; the plain ones do
    // not, including those that do not fit what is held (a new part, a message not seen yet),
    // which the accumulator hands on to the general merge.
    QCOMPARE(fastCount, 6);
    QCOMPARE(compact(fast.message(QStringLiteral("m1"))), compact(general.message(QStringLiteral("m1"))));
    QCOMPARE(compact(fast.message(QStringLiteral("m2"))), compact(general.message(QStringLiteral("m2"))));
    QCOMPARE(fast.assistantText(), general.assistantText());
    QVERIFY2(fast.messageText(QStringLiteral("m1")).startsWith(QStringLiteral("Hello w\u00f6rld \"x\"! [1] end")),
             qPrintable(fast.messageText(QStringLiteral("m1"))));
}

QTEST_GUILESS_MAIN(TestTextDelta)
#include "tst_textdelta.moc"
