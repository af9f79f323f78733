// The delta merge rules (rl::mergeDelta) and how rl::RunAccumulator rebuilds messages and steps.
// The fast path for plain text deltas: tst_textdelta.cpp.

#include "jsonmerge.h"
#include "runaccumulator.h"
#include "streamdecoder.h"
#include "textdelta.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rl;
using Kind = StreamEvent::Kind;

namespace {

QJsonValue json(const char *text)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text));
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

StreamEvent makeEvent(Kind kind, const QString &name, const char *data)
{
    StreamEvent e;
    e.kind = kind;
    e.name = name;
    e.data = json(data);
    e.known = true;
    return e;
}

StreamEvent messageDelta(const char *data)
{
    return makeEvent(Kind::MessageDelta, QStringLiteral("thread.message.delta"), data);
}

StreamEvent stepDelta(const char *data)
{
    return makeEvent(Kind::StepDelta, QStringLiteral("thread.run.step.delta"), data);
}

QByteArray compact(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace

class TestRunAccumulator : public QObject
{
    Q_OBJECT

private slots:
    void mergeRules_data();
    void mergeRules();
    void mergeIndexBounds_data();
    void mergeIndexBounds();
    void textByContentIndex();
    void annotationsByTheirIndex();
    void completedIsAuthoritative();
    void inProgressKeepsStreamedContent();
    void deltaBeforeSnapshot();
    void toolCallsByIndex();
    void codeInterpreterInputAndLogs();
    void stepFinalReplaces();
    void runStatusChanges();
    void nonRunEventsIgnored();
    void assistantTextSkipsUserMessages();
    void seedingFromPolledObjects();
    void sparseIndexBombRejected();
    void textOnlyDeltasAreMarked();
    void longMessageIsExact();
    void runStatusWords();
};

void TestRunAccumulator::mergeRules_data()
{
    QTest::addColumn<QByteArray>("acc");
    QTest::addColumn<QByteArray>("delta");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("strings concatenate") << QByteArray(R"({"a":"Hel"})") << QByteArray(R"({"a":"lo"})")
                                         << QByteArray(R"({"a":"Hello"})");
    QTest::newRow("numbers add") << QByteArray(R"({"n":2})") << QByteArray(R"({"n":3})") << QByteArray(R"({"n":5})");
    QTest::newRow("index and type overwritten")
        << QByteArray(R"({"index":0,"type":"te","id":"c1"})") << QByteArray(R"({"index":0,"type":"xt","id":"c1"})")
        << QByteArray(R"({"id":"c1","index":0,"type":"xt"})");
    QTest::newRow("null replaced") << QByteArray(R"({"o":null})") << QByteArray(R"({"o":"out"})")
                                   << QByteArray(R"({"o":"out"})");
    QTest::newRow("null delta keeps value")
        << QByteArray(R"({"o":"x"})") << QByteArray(R"({"o":null})") << QByteArray(R"({"o":"x"})");
    QTest::newRow("new key added") << QByteArray(R"({"a":1})") << QByteArray(R"({"b":{"c":[1]}})")
                                   << QByteArray(R"({"a":1,"b":{"c":[1]}})");
    QTest::newRow("objects merge recursively")
        << QByteArray(R"({"f":{"name":"get","arguments":"{\""}})") << QByteArray(R"({"f":{"arguments":"a\"}"}})")
        << QByteArray(R"({"f":{"arguments":"{\"a\"}","name":"get"}})");
    QTest::newRow("primitive arrays append")
        << QByteArray(R"({"l":[1,"a"]})") << QByteArray(R"({"l":[2,null]})") << QByteArray(R"({"l":[1,"a",2,null]})");
    QTest::newRow("object arrays merge by index")
        << QByteArray(R"({"l":[{"index":0,"v":"a"},{"index":1,"v":"b"}]})")
        << QByteArray(R"({"l":[{"index":1,"v":"B"},{"index":2,"v":"c"},{"index":0,"v":"A"}]})")
        << QByteArray(R"({"l":[{"index":0,"v":"aA"},{"index":1,"v":"bB"},{"index":2,"v":"c"}]})");
    QTest::newRow("gap filled with null") << QByteArray(R"({"l":[]})") << QByteArray(R"({"l":[{"index":2}]})")
                                          << QByteArray(R"({"l":[null,null,{"index":2}]})");
    QTest::newRow("type mismatch replaces")
        << QByteArray(R"({"a":"s"})") << QByteArray(R"({"a":{"x":1}})") << QByteArray(R"({"a":{"x":1}})");
}

void TestRunAccumulator::mergeRules()
{
    QFETCH(QByteArray, acc);
    QFETCH(QByteArray, delta);
    QFETCH(QByteArray, expected);
    QJsonValue value = json(acc.constData());
    QString error;
    QVERIFY(mergeDelta(value, json(delta.constData()), &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(compact(value), expected);
}

void TestRunAccumulator::mergeIndexBounds_data()
{
    QTest::addColumn<QByteArray>("delta");
    QTest::addColumn<bool>("ok");
    QTest::newRow("index 8 past an empty array") << QByteArray(R"({"l":[{"index":8}]})") << true;
    QTest::newRow("index 9 past an empty array (a gap that would fill memory)")
        << QByteArray(R"({"l":[{"index":9}]})") << false;
    QTest::newRow("index 65536") << QByteArray(R"({"l":[{"index":65536}]})") << false;
    QTest::newRow("negative") << QByteArray(R"({"l":[{"index":-1}]})") << false;
    QTest::newRow("fraction") << QByteArray(R"({"l":[{"index":0.5}]})") << false;
    QTest::newRow("string") << QByteArray(R"({"l":[{"index":"0"}]})") << false;
}

void TestRunAccumulator::mergeIndexBounds()
{
    QFETCH(QByteArray, delta);
    QFETCH(bool, ok);
    QJsonValue value = json(R"({"l":[]})");
    QString error;
    QCOMPARE(mergeDelta(value, json(delta.constData()), &error), ok);
    QCOMPARE(error.isEmpty(), ok);
}

void TestRunAccumulator::textByContentIndex()
{
    RunAccumulator acc;
    acc.apply(makeEvent(Kind::Message, QStringLiteral("thread.message.created"),
                        R"({"id":"m1","role":"assistant","status":"in_progress","content":[]})"));
    AccumulatorUpdate u = acc.apply(messageDelta(
        R"({"id":"m1","delta":{"content":[{"index":0,"type":"text","text":{"value":"Hi","annotations":[]}}]}})"));
    QVERIFY(u.has(AccumulatorUpdate::MessageChanged));
    QVERIFY(!u.has(AccumulatorUpdate::MessageCreated));
    QCOMPARE(u.messageId, QStringLiteral("m1"));
    QCOMPARE(u.text.size(), 1);
    QCOMPARE(u.text[0].contentIndex, 0);
    QCOMPARE(u.text[0].text, QStringLiteral("Hi"));
    // Two parts in one delta: the second part starts, the first goes on.
    u = acc.apply(messageDelta(R"({"id":"m1","delta":{"content":[{"index":1,"type":"text","text":{"value":"Second"}},)"
                               R"({"index":0,"type":"text","text":{"value":" there"}}]}})"));
    QCOMPARE(u.text.size(), 2);
    QCOMPARE(u.text[0].contentIndex, 1);
    QCOMPARE(u.text[1].contentIndex, 0);
    const QJsonArray content = acc.message(QStringLiteral("m1")).value(QLatin1String("content")).toArray();
    QCOMPARE(content.size(), 2);
    QCOMPARE(content[0].toObject().value(QLatin1String("text")).toObject().value(QLatin1String("value")).toString(),
             QStringLiteral("Hi there"));
    QCOMPARE(acc.assistantText(), QStringLiteral("Hi thereSecond"));
    QCOMPARE(acc.message(QStringLiteral("m1")).value(QLatin1String("role")).toString(), QStringLiteral("assistant"));
}

void TestRunAccumulator::annotationsByTheirIndex()
{
    RunAccumulator acc;
    acc.apply(makeEvent(Kind::Message, QStringLiteral("thread.message.created"), R"({"id":"m1","content":[]})"));
    acc.apply(messageDelta(R"({"id":"m1","delta":{"content":[{"index":0,"type":"text","text":{"value":"See [1]",)"
                           R"("annotations":[{"index":0,"type":"file_citation","text":"[1]","start_index":4,)"
                           R"("end_index":7,"file_citation":{"file_id":"f1"}}]}}]}})"));
    acc.apply(messageDelta(R"({"id":"m1","delta":{"content":[{"index":0,"type":"text","text":{"value":" and [2]",)"
                           R"("annotations":[{"index":1,"type":"file_path","text":"[2]","file_path":{"file_id":"f2"}},)"
                           R"({"index":0,"type":"file_citation","file_citation":{"quote":"q"}}]}}]}})"));
    const QJsonObject text = acc.message(QStringLiteral("m1"))
                                 .value(QLatin1String("content"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QLatin1String("text"))
                                 .toObject();
    QCOMPARE(text.value(QLatin1String("value")).toString(), QStringLiteral("See [1] and [2]"));
    const QJsonArray annotations = text.value(QLatin1String("annotations")).toArray();
    QCOMPARE(annotations.size(), 2);
    QCOMPARE(compact(annotations[0]),
             QByteArray(R"({"end_index":7,"file_citation":{"file_id":"f1","quote":"q"},"index":0,"start_index":4,)"
                        R"("text":"[1]","type":"file_citation"})"));
    QCOMPARE(annotations[1].toObject().value(QLatin1String("file_path")).toObject().value(QLatin1String("file_id")),
             QJsonValue(QStringLiteral("f2")));
}

void TestRunAccumulator::completedIsAuthoritative()
{
    RunAccumulator acc;
    acc.apply(makeEvent(Kind::Message, QStringLiteral("thread.message.created"),
                        R"({"id":"m1","role":"assistant","content":[]})"));
    acc.apply(messageDelta(R"({"id":"m1","delta":{"content":[{"index":0,"type":"text","text":{"value":"Draft"}}]}})"));
    const AccumulatorUpdate u = acc.apply(makeEvent(
        Kind::Message, QStringLiteral("thread.message.completed"),
        R"({"id":"m1","role":"assistant","status":"completed","content":[{"type":"text","text":{"value":"Final"}}]})"));
    QVERIFY(u.has(AccumulatorUpdate::MessageFinished));
    QVERIFY(u.text.isEmpty());
    QCOMPARE(acc.assistantText(), QStringLiteral("Final"));
    QCOMPARE(acc.message(QStringLiteral("m1")).value(QLatin1String("status")).toString(), QStringLiteral("completed"));
}

void TestRunAccumulator::inProgressKeepsStreamedContent()
{
    RunAccumulator acc;
    acc.apply(makeEvent(Kind::Message, QStringLiteral("thread.message.created"),
                        R"({"id":"m1","role":"assistant","status":"queued","content":[]})"));
    acc.apply(messageDelta(R"({"id":"m1","delta":{"content":[{"index":0,"type":"text","text":{"value":"Part"}}]}})"));
    const AccumulatorUpdate u
        = acc.apply(makeEvent(Kind::Message, QStringLiteral("thread.message.in_progress"),
                              R"({"id":"m1","role":"assistant","status":"in_progress","content":[]})"));
    QVERIFY(!u.has(AccumulatorUpdate::MessageCreated));
    QVERIFY(!u.has(AccumulatorUpdate::MessageFinished));
    QCOMPARE(acc.assistantText(), QStringLiteral("Part"));
    QCOMPARE(acc.message(QStringLiteral("m1")).value(QLatin1String("status")).toString(),
             QStringLiteral("in_progress"));
}

void TestRunAccumulator::deltaBeforeSnapshot()
{
    RunAccumulator acc;
    const AccumulatorUpdate u = acc.apply(messageDelta(
        R"({"id":"m9","delta":{"role":"assistant","content":[{"index":0,"type":"text","text":{"value":"x"}}]}})"));
    QVERIFY(u.has(AccumulatorUpdate::MessageCreated));
    QCOMPARE(acc.messageIds(), QStringList { QStringLiteral("m9") });
    QCOMPARE(acc.assistantText(), QStringLiteral("x"));
}

void TestRunAccumulator::toolCallsByIndex()
{
    RunAccumulator acc;
    acc.apply(makeEvent(
        Kind::Step, QStringLiteral("thread.run.step.created"),
        R"({"id":"s1","type":"tool_calls","status":"in_progress","step_details":{"type":"tool_calls","tool_calls":[]}})"));
    acc.apply(
        stepDelta(R"({"id":"s1","delta":{"step_details":{"type":"tool_calls","tool_calls":[)"
                  R"({"index":0,"id":"call_a","type":"function","function":{"name":"f","arguments":"","output":null}},)"
                  R"({"index":1,"id":"call_b","type":"function","function":{"name":"g","arguments":"{"}}]}}})"));
    const AccumulatorUpdate u
        = acc.apply(stepDelta(R"({"id":"s1","delta":{"step_details":{"type":"tool_calls","tool_calls":[)"
                              R"({"index":1,"type":"function","function":{"arguments":"}"}},)"
                              R"({"index":0,"type":"function","function":{"arguments":"{\"x\":1}"}}]}}})"));
    QVERIFY(u.has(AccumulatorUpdate::StepChanged));
    QCOMPARE(u.stepId, QStringLiteral("s1"));
    QCOMPARE(u.toolCallIndexes, (QList<int> { 1, 0 }));
    const QJsonArray calls = acc.step(QStringLiteral("s1"))
                                 .value(QLatin1String("step_details"))
                                 .toObject()
                                 .value(QLatin1String("tool_calls"))
                                 .toArray();
    QCOMPARE(calls.size(), 2);
    QCOMPARE(compact(calls[0]),
             QByteArray(R"({"function":{"arguments":"{\"x\":1}","name":"f","output":null},"id":"call_a","index":0,)"
                        R"("type":"function"})"));
    QCOMPARE(calls[1].toObject().value(QLatin1String("function")).toObject().value(QLatin1String("arguments")),
             QJsonValue(QStringLiteral("{}")));
}

void TestRunAccumulator::codeInterpreterInputAndLogs()
{
    RunAccumulator acc;
    acc.apply(makeEvent(Kind::Step, QStringLiteral("thread.run.step.created"),
                        R"({"id":"s1","step_details":{"type":"tool_calls","tool_calls":[]}})"));
    acc.apply(
        stepDelta(R"({"id":"s1","delta":{"step_details":{"type":"tool_calls","tool_calls":[{"index":0,)"
                  R"("id":"ci","type":"code_interpreter","code_interpreter":{"input":"print(","outputs":[]}}]}}})"));
    acc.apply(stepDelta(R"({"id":"s1","delta":{"step_details":{"type":"tool_calls","tool_calls":[{"index":0,)"
                        R"("type":"code_interpreter","code_interpreter":{"input":"1\u0029","outputs":[{"index":0,)"
                        R"("type":"logs","logs":"1"}]}}]}}})"));
    acc.apply(
        stepDelta(R"({"id":"s1","delta":{"step_details":{"type":"tool_calls","tool_calls":[{"index":0,)"
                  R"("type":"code_interpreter","code_interpreter":{"outputs":[{"index":0,"type":"logs","logs":"\n"},)"
                  R"({"index":1,"type":"image","image":{"file_id":"img"}}]}}]}}})"));
    const QJsonObject ci = acc.step(QStringLiteral("s1"))
                               .value(QLatin1String("step_details"))
                               .toObject()
                               .value(QLatin1String("tool_calls"))
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(QLatin1String("code_interpreter"))
                               .toObject();
    QCOMPARE(ci.value(QLatin1String("input")).toString(), QStringLiteral("print(1)"));
    QCOMPARE(
        compact(ci.value(QLatin1String("outputs"))),
        QByteArray(R"([{"index":0,"logs":"1\n","type":"logs"},{"image":{"file_id":"img"},"index":1,"type":"image"}])"));
}

void TestRunAccumulator::stepFinalReplaces()
{
    RunAccumulator acc;
    acc.apply(makeEvent(Kind::Step, QStringLiteral("thread.run.step.created"),
                        R"({"id":"s1","status":"in_progress","step_details":{"type":"tool_calls","tool_calls":[]}})"));
    acc.apply(stepDelta(
        R"({"id":"s1","delta":{"step_details":{"tool_calls":[{"index":0,"function":{"arguments":"par"}}]}}})"));
    const AccumulatorUpdate u
        = acc.apply(makeEvent(Kind::Step, QStringLiteral("thread.run.step.failed"),
                              R"({"id":"s1","status":"failed","step_details":{"type":"tool_calls","tool_calls":[]}})"));
    QVERIFY(u.has(AccumulatorUpdate::StepFinished));
    QCOMPARE(compact(acc.step(QStringLiteral("s1"))),
             QByteArray(R"({"id":"s1","status":"failed","step_details":{"tool_calls":[],"type":"tool_calls"}})"));
}

void TestRunAccumulator::runStatusChanges()
{
    RunAccumulator acc;
    AccumulatorUpdate u = acc.apply(makeEvent(Kind::Run, QStringLiteral("thread.run.created"),
                                              R"({"id":"r1","thread_id":"t1","status":"queued"})"));
    QVERIFY(u.has(AccumulatorUpdate::RunChanged));
    QVERIFY(u.has(AccumulatorUpdate::StatusChanged));
    QCOMPARE(u.previousStatus, QString());
    u = acc.apply(
        makeEvent(Kind::Run, QStringLiteral("thread.run.queued"), R"({"id":"r1","thread_id":"t1","status":"queued"})"));
    QVERIFY(u.has(AccumulatorUpdate::RunChanged));
    QVERIFY(!u.has(AccumulatorUpdate::StatusChanged));
    u = acc.apply(makeEvent(Kind::Run, QStringLiteral("thread.run.in_progress"),
                            R"({"id":"r1","thread_id":"t1","status":"in_progress"})"));
    QVERIFY(u.has(AccumulatorUpdate::StatusChanged));
    QCOMPARE(u.previousStatus, QStringLiteral("queued"));
    QCOMPARE(acc.status(), QStringLiteral("in_progress"));
    QCOMPARE(acc.runId(), QStringLiteral("r1"));
    QCOMPARE(acc.threadId(), QStringLiteral("t1"));
}

void TestRunAccumulator::nonRunEventsIgnored()
{
    RunAccumulator acc;
    StreamEvent done;
    done.kind = Kind::Done;
    QVERIFY(acc.apply(done).has(AccumulatorUpdate::Ignored));
    QVERIFY(acc.apply(makeEvent(Kind::Unknown, QStringLiteral("x"), R"({"id":"r"})")).has(AccumulatorUpdate::Ignored));
    QVERIFY(acc.apply(makeEvent(Kind::Error, QStringLiteral("error"), R"({"message":"m"})"))
                .has(AccumulatorUpdate::Ignored));
    QVERIFY(acc.run().isEmpty());
    QVERIFY(acc.messages().isEmpty());
}

void TestRunAccumulator::assistantTextSkipsUserMessages()
{
    RunAccumulator acc;
    acc.setMessages(json(R"([{"id":"u","role":"user","content":[{"type":"text","text":{"value":"Q"}}]},)"
                         R"({"id":"a1","role":"assistant","content":[{"type":"text","text":{"value":"One"}},)"
                         R"({"type":"image_file","image_file":{"file_id":"f"}}]},)"
                         R"({"id":"a2","role":"assistant","content":[{"type":"text","text":{"value":"Two"}}]}])")
                        .toArray());
    QCOMPARE(acc.assistantText(), QStringLiteral("One\n\nTwo"));
}

void TestRunAccumulator::seedingFromPolledObjects()
{
    RunAccumulator acc;
    acc.apply(makeEvent(Kind::Message, QStringLiteral("thread.message.created"),
                        R"({"id":"m1","role":"assistant","content":[]})"));
    acc.apply(messageDelta(R"({"id":"m1","delta":{"content":[{"index":0,"type":"text","text":{"value":"Hal"}}]}})"));
    // The stream dropped; the session re-lists the messages and steps.
    acc.setMessages(json(R"([{"id":"m1","role":"assistant","content":[{"type":"text","text":{"value":"Hello"}}]},)"
                         R"({"id":"m2","role":"assistant","content":[{"type":"text","text":{"value":"Bye"}}]}])")
                        .toArray());
    QCOMPARE(acc.messageIds(), (QStringList { QStringLiteral("m1"), QStringLiteral("m2") }));
    QCOMPARE(acc.assistantText(), QStringLiteral("Hello\n\nBye"));
    acc.setSteps(json(R"([{"id":"s1","status":"completed"}])").toArray());
    QCOMPARE(acc.stepIds(), QStringList { QStringLiteral("s1") });
    const AccumulatorUpdate u = acc.setRun(json(R"({"id":"r1","status":"completed"})").toObject());
    QVERIFY(u.has(AccumulatorUpdate::StatusChanged));
    QCOMPARE(acc.status(), QStringLiteral("completed"));
    acc.reset();
    QVERIFY(acc.messages().isEmpty());
    QVERIFY(acc.run().isEmpty());
}

void TestRunAccumulator::sparseIndexBombRejected()
{
    RunAccumulator acc;
    acc.apply(makeEvent(Kind::Message, QStringLiteral("thread.message.created"), R"({"id":"m1","content":[]})"));
    const AccumulatorUpdate u = acc.apply(
        messageDelta(R"({"id":"m1","delta":{"content":[{"index":60000,"type":"text","text":{"value":"x"}}]}})"));
    QVERIFY(u.has(AccumulatorUpdate::MergeFailed));
    QVERIFY(!u.mergeError.isEmpty());
    QVERIFY(acc.message(QStringLiteral("m1")).value(QLatin1String("content")).toArray().isEmpty());
}

void TestRunAccumulator::textOnlyDeltasAreMarked()
{
    RunAccumulator acc;
    acc.apply(makeEvent(Kind::Message, QStringLiteral("thread.message.created"),
                        R"({"id":"m1","role":"assistant","content":[]})"));
    // The first piece of a part creates the part: the message's shape changes.
    AccumulatorUpdate u = acc.apply(
        messageDelta(R"({"id":"m1","delta":{"content":[{"index":0,"type":"text","text":{"value":"A"}}]}})"));
    QVERIFY(!u.has(AccumulatorUpdate::TextOnly));
    // More text for that part: nothing but text.
    u = acc.apply(messageDelta(R"({"id":"m1","delta":{"role":"assistant","content":[{"index":0,"type":"text",)"
                               R"("text":{"value":"B"}}]}})"));
    QVERIFY(u.has(AccumulatorUpdate::TextOnly));
    QVERIFY(u.has(AccumulatorUpdate::MessageChanged));
    // An annotation, a field the message did not have, a part of another type: not only text.
    u = acc.apply(messageDelta(R"({"id":"m1","delta":{"content":[{"index":0,"type":"text","text":{"value":"C",)"
                               R"("annotations":[{"index":0,"type":"file_path","text":"x"}]}}]}})"));
    QVERIFY(!u.has(AccumulatorUpdate::TextOnly));
    u = acc.apply(messageDelta(R"({"id":"m1","delta":{"metadata":{"k":"v"},"content":[]}})"));
    QVERIFY(!u.has(AccumulatorUpdate::TextOnly));
    u = acc.apply(
        messageDelta(R"({"id":"m1","delta":{"content":[{"index":0,"type":"image_file","text":{"value":"D"}}]}})"));
    QVERIFY(!u.has(AccumulatorUpdate::TextOnly));
    QCOMPARE(acc.messageText(QStringLiteral("m1")), QStringLiteral("ABCD"));
    QCOMPARE(acc.message(QStringLiteral("m1")).value(QLatin1String("metadata")).toObject().value(QLatin1String("k")),
             QJsonValue(QStringLiteral("v")));
}

void TestRunAccumulator::longMessageIsExact()
{
    // 20,000 pieces, the tricky characters included: the text grows in place and stays exact,
    // in the typed reading and in the object built on demand.
    const QStringList words { QStringLiteral(" caf\u00e9"), QStringLiteral(" \"quoted\""),
                              QStringLiteral(" back\\slash"), QStringLiteral("\n"), QStringLiteral(" \U0001F600") };
    RunAccumulator acc;
    acc.apply(makeEvent(
        Kind::Message, QStringLiteral("thread.message.created"),
        R"({"id":"m1","role":"assistant","content":[{"type":"text","text":{"value":"","annotations":[]}}]})"));
    QString expected;
    for (int i = 0; i < 20000; ++i) {
        const QString &word = words.at(i % words.size());
        QJsonObject text { { QStringLiteral("value"), word } };
        QJsonObject part { { QStringLiteral("index"), 0 },
                           { QStringLiteral("type"), QStringLiteral("text") },
                           { QStringLiteral("text"), text } };
        StreamEvent e;
        e.kind = Kind::MessageDelta;
        e.name = QStringLiteral("thread.message.delta");
        e.data = QJsonObject { { QStringLiteral("id"), QStringLiteral("m1") },
                               { QStringLiteral("delta"),
                                 QJsonObject { { QStringLiteral("content"), QJsonArray { part } } } } };
        const AccumulatorUpdate u = acc.apply(e);
        QVERIFY(u.has(AccumulatorUpdate::TextOnly));
        expected += word;
    }
    QCOMPARE(acc.messageText(QStringLiteral("m1")), expected);
    QCOMPARE(acc.assistantText(), expected);
    QCOMPARE(RunAccumulator::messageText(acc.message(QStringLiteral("m1"))), expected);
    const QJsonObject part
        = acc.message(QStringLiteral("m1")).value(QLatin1String("content")).toArray().at(0).toObject();
    QCOMPARE(part.value(QLatin1String("text")).toObject().value(QLatin1String("annotations")),
             QJsonValue(QJsonArray()));
}

void TestRunAccumulator::runStatusWords()
{
    const QStringList terminal { QStringLiteral("completed"), QStringLiteral("failed"), QStringLiteral("cancelled"),
                                 QStringLiteral("expired"), QStringLiteral("incomplete") };
    const QStringList going { QStringLiteral("queued"), QStringLiteral("in_progress"),
                              QStringLiteral("requires_action"), QStringLiteral("cancelling") };
    for (const QString &word : terminal + going) {
        const RunStatus status = runStatusFromString(word);
        QVERIFY(status != RunStatus::Unknown);
        QCOMPARE(QString(runStatusName(status)), word);
        QCOMPARE(isTerminal(status), terminal.contains(word));
        QCOMPARE(isTerminalRunEvent(QStringLiteral("thread.run.") + word), terminal.contains(word));
    }
    QCOMPARE(runStatusFromString(u"done"), RunStatus::Unknown);
    QVERIFY(!isTerminalRunStatus(QString()));
    QVERIFY(!isTerminalRunEvent(QStringLiteral("thread.run.step.completed")));
    QVERIFY(!isTerminalRunEvent(QStringLiteral("thread.message.completed")));
    const RunEnd end = RunEnd::of(json(R"({"status":"failed","last_error":{"code":"rate_limit_exceeded",)"
                                       R"("message":"Slow down"}})")
                                      .toObject());
    QCOMPARE(end.status, RunStatus::Failed);
    QCOMPARE(end.errorCode, QStringLiteral("rate_limit_exceeded"));
    QCOMPARE(end.errorMessage, QStringLiteral("Slow down"));
    QVERIFY(end.hasError());
    const RunEnd early = RunEnd::of(
        json(R"({"status":"incomplete","incomplete_details":{"reason":"max_completion_tokens"}})").toObject());
    QCOMPARE(early.incompleteReason, QStringLiteral("max_completion_tokens"));
    QVERIFY(!early.hasError());
}

QTEST_GUILESS_MAIN(TestRunAccumulator)
#include "tst_runaccumulator.moc"
