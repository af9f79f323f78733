// The five repaired spec streams: any split of the bytes gives the same events and state,
// and the accumulated picture is the one the data describes.

#include "ssetestutil.h"

#include <QTest>

using namespace rl;
using namespace rl::test;

class TestSseExamples : public QObject
{
    Q_OBJECT

private slots:
    void everySplitGivesTheSameResult_data();
    void everySplitGivesTheSameResult();
    void oneByteAtATime_data() { everySplitGivesTheSameResult_data(); }
    void oneByteAtATime();
    void crlfAndCrLineEndsGiveTheSameResult_data() { everySplitGivesTheSameResult_data(); }
    void crlfAndCrLineEndsGiveTheSameResult();
    void eventNamesMatchTheCatalogue();
    void createThreadAndRunText();
    void functionCallArgumentsAccumulate();
    void submitToolOutputsStream();
};

void TestSseExamples::everySplitGivesTheSameResult_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &name : fixtureNames()) {
        QTest::newRow(qPrintable(name)) << name;
    }
}

void TestSseExamples::everySplitGivesTheSameResult()
{
    QFETCH(QString, file);
    const QByteArray bytes = readFixture(file);
    QVERIFY(!bytes.isEmpty());
    const PipelineResult whole = runWhole(bytes);
    QVERIFY(!whole.parserError);
    QVERIFY(whole.streamEvents.size() >= 13);
    for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
        const QByteArrayView view(bytes);
        const PipelineResult split = runPipeline({ view.first(cut), view.sliced(cut) });
        if (split.sseEvents != whole.sseEvents || split.streamEvents != whole.streamEvents
            || split.state != whole.state) {
            QFAIL(qPrintable(QStringLiteral("different result when split at byte %1").arg(cut)));
        }
    }
}

void TestSseExamples::oneByteAtATime()
{
    QFETCH(QString, file);
    const QByteArray bytes = readFixture(file);
    const PipelineResult whole = runWhole(bytes);
    QList<QByteArrayView> chunks;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        chunks.append(QByteArrayView(bytes).sliced(i, 1));
    }
    const PipelineResult bytewise = runPipeline(chunks);
    QCOMPARE(bytewise.sseEvents, whole.sseEvents);
    QCOMPARE(bytewise.streamEvents, whole.streamEvents);
    QCOMPARE(bytewise.state, whole.state);
}

void TestSseExamples::crlfAndCrLineEndsGiveTheSameResult()
{
    QFETCH(QString, file);
    const QByteArray lf = readFixture(file);
    QVERIFY(!lf.contains('\r'));
    const PipelineResult reference = runWhole(lf);
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    QByteArray cr = lf;
    cr.replace('\n', '\r');
    for (const QByteArray &variant : { crlf, cr }) {
        const PipelineResult whole = runWhole(variant);
        QCOMPARE(whole.sseEvents, reference.sseEvents);
        QCOMPARE(whole.state, reference.state);
        // Split right between a CR and its LF, everywhere.
        QList<QByteArrayView> chunks;
        qsizetype from = 0;
        for (qsizetype i = 0; i < variant.size(); ++i) {
            if (variant.at(i) == '\r') {
                chunks.append(QByteArrayView(variant).sliced(from, i + 1 - from));
                from = i + 1;
            }
        }
        chunks.append(QByteArrayView(variant).sliced(from));
        const PipelineResult split = runPipeline(chunks);
        QCOMPARE(split.sseEvents, reference.sseEvents);
        QCOMPARE(split.state, reference.state);
    }
}

void TestSseExamples::eventNamesMatchTheCatalogue()
{
    // The README of the fixtures lists the events of each stream.
    const QByteArray bytes = readFixture(QStringLiteral("createThreadAndRun__streaming.fixed.sse"));
    SseParser parser;
    QList<SseEvent> events = parser.feed(bytes);
    events += parser.finish();
    QStringList names;
    for (const SseEvent &e : events) {
        names.append(e.event);
        QVERIFY2(isKnownStreamEvent(e.event), qPrintable(e.event));
    }
    const QStringList expected
        = QStringLiteral("thread.created thread.run.created thread.run.queued thread.run.in_progress "
                         "thread.run.step.created thread.run.step.in_progress thread.message.created "
                         "thread.message.in_progress thread.message.delta thread.message.delta "
                         "thread.message.delta thread.message.completed thread.run.step.completed "
                         "thread.run.completed done")
              .split(u' ');
    QCOMPARE(names, expected);
}

void TestSseExamples::createThreadAndRunText()
{
    const QByteArray bytes = readFixture(QStringLiteral("createThreadAndRun__streaming.fixed.sse"));
    SseParser parser;
    AssistantStreamDecoder decoder;
    RunAccumulator acc;
    QString streamed;
    QStringList statuses;
    QList<StreamEvent> events = decoder.decode(parser.feed(bytes) + parser.finish());
    QCOMPARE(events.size(), 15);
    QCOMPARE(events.last().kind, StreamEvent::Kind::Done);
    for (const StreamEvent &e : events) {
        if (e.name == QLatin1String("thread.message.completed")) {
            // Before the authoritative payload, the text is what the three deltas carried.
            QCOMPARE(acc.assistantText(), QStringLiteral("Hello today?"));
        }
        const AccumulatorUpdate update = acc.apply(e);
        for (const TextFragment &fragment : update.text) {
            QCOMPARE(fragment.messageId, QStringLiteral("msg_001"));
            QCOMPARE(fragment.contentIndex, 0);
            streamed += fragment.text;
        }
        if (update.has(AccumulatorUpdate::StatusChanged)) {
            statuses.append(acc.status());
        }
    }
    QCOMPARE(streamed, QStringLiteral("Hello today?"));
    QCOMPARE(acc.assistantText(), QStringLiteral("Hello! How can I assist you today?"));
    QCOMPARE(statuses,
             QStringList({ QStringLiteral("queued"), QStringLiteral("in_progress"), QStringLiteral("completed") }));
    QCOMPARE(acc.status(), QStringLiteral("completed"));
    QCOMPARE(acc.runId(), QStringLiteral("run_123"));
    QCOMPARE(acc.threadId(), QStringLiteral("thread_123"));
    QCOMPARE(acc.thread().value(QLatin1String("id")).toString(), QStringLiteral("thread_123"));
    QCOMPARE(acc.run().value(QLatin1String("usage")).toObject().value(QLatin1String("total_tokens")).toInt(), 356);
    QCOMPARE(acc.messageIds(), QStringList { QStringLiteral("msg_001") });
    QCOMPARE(acc.message(QStringLiteral("msg_001")).value(QLatin1String("status")).toString(),
             QStringLiteral("completed"));
    QCOMPARE(acc.stepIds(), QStringList { QStringLiteral("step_001") });
    QCOMPARE(acc.step(QStringLiteral("step_001")).value(QLatin1String("status")).toString(),
             QStringLiteral("completed"));
}

void TestSseExamples::functionCallArgumentsAccumulate()
{
    const QByteArray bytes = readFixture(QStringLiteral("createThreadAndRun__streaming_with_functions.fixed.sse"));
    SseParser parser;
    AssistantStreamDecoder decoder;
    RunAccumulator acc;
    const QList<StreamEvent> events = decoder.decode(parser.feed(bytes) + parser.finish());
    QCOMPARE(events.size(), 13);
    for (const StreamEvent &e : events) {
        acc.apply(e);
        if (e.kind == StreamEvent::Kind::Run && e.name == QLatin1String("thread.run.requires_action")) {
            // The step is not completed yet: what we hold is the merge of the five deltas.
            const QJsonObject call = acc.step(QStringLiteral("step_001"))
                                         .value(QLatin1String("step_details"))
                                         .toObject()
                                         .value(QLatin1String("tool_calls"))
                                         .toArray()
                                         .at(0)
                                         .toObject();
            QCOMPARE(call.value(QLatin1String("id")).toString(), QStringLiteral("call_XXNp8YGaFrjrSjgqxtC8JJ1B"));
            QCOMPARE(call.value(QLatin1String("type")).toString(), QStringLiteral("function"));
            const QJsonObject function = call.value(QLatin1String("function")).toObject();
            QCOMPARE(function.value(QLatin1String("name")).toString(), QStringLiteral("get_current_weather"));
            QCOMPARE(function.value(QLatin1String("arguments")).toString(), QStringLiteral("{\"locationahrenheit\"}"));
            QVERIFY(function.value(QLatin1String("output")).isNull());
        }
    }
    QCOMPARE(acc.status(), QStringLiteral("requires_action"));
    QVERIFY(acc.messages().isEmpty());
    QCOMPARE(acc.assistantText(), QString());
    const QJsonArray required = acc.run()
                                    .value(QLatin1String("required_action"))
                                    .toObject()
                                    .value(QLatin1String("submit_tool_outputs"))
                                    .toObject()
                                    .value(QLatin1String("tool_calls"))
                                    .toArray();
    QCOMPARE(required.size(), 1);
}

void TestSseExamples::submitToolOutputsStream()
{
    const QByteArray bytes = readFixture(QStringLiteral("submitToolOutputs__streaming.fixed.sse"));
    const PipelineResult whole = runWhole(bytes);
    QCOMPARE(whole.streamEvents.size(), 16);
    SseParser parser;
    AssistantStreamDecoder decoder;
    RunAccumulator acc;
    QString streamed;
    for (const StreamEvent &e : decoder.decode(parser.feed(bytes) + parser.finish())) {
        const AccumulatorUpdate update = acc.apply(e);
        for (const TextFragment &fragment : update.text) {
            streamed += fragment.text;
        }
    }
    QCOMPARE(streamed, QStringLiteral("The current weather sunny."));
    QCOMPARE(acc.assistantText(),
             QStringLiteral("The current weather in San Francisco, CA is 70 degrees Fahrenheit and sunny."));
    // The first event is the authoritative completed tool-call step, with its output.
    const QJsonObject first = acc.steps().constFirst();
    QCOMPARE(first.value(QLatin1String("type")).toString(), QStringLiteral("tool_calls"));
    QCOMPARE(first.value(QLatin1String("step_details"))
                 .toObject()
                 .value(QLatin1String("tool_calls"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("function"))
                 .toObject()
                 .value(QLatin1String("output"))
                 .toString(),
             QStringLiteral("70 degrees and sunny."));
    QCOMPARE(acc.status(), QStringLiteral("completed"));
}

QTEST_GUILESS_MAIN(TestSseExamples)
#include "tst_sseexamples.moc"
