#pragma once

// Helpers shared by the SSE tests: fixture loading and the whole bytes -> state pipeline.

#include "runaccumulator.h"
#include "sseparser.h"
#include "streamdecoder.h"

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace rl::test {

inline QByteArray readFixture(const QString &fileName)
{
    QFile file(QStringLiteral(RUNLENS_TEST_DATA_DIR "/sse_examples/") + fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

inline QStringList fixtureNames()
{
    return {
        QStringLiteral("createThreadAndRun__streaming.fixed.sse"),
        QStringLiteral("createThreadAndRun__streaming_with_functions.fixed.sse"),
        QStringLiteral("createRun__streaming.fixed.sse"),
        QStringLiteral("createRun__streaming_with_functions.fixed.sse"),
        QStringLiteral("submitToolOutputs__streaming.fixed.sse"),
    };
}

// Everything a stream produced, flattened to text so that QCOMPARE shows a readable difference.
struct PipelineResult
{
    QStringList sseEvents; // event|data|id|retry per parsed event
    QStringList streamEvents; // kind|name|raw|error per decoded event
    QByteArray state; // the accumulated run, thread, messages, steps and text as JSON
    bool parserError = false;
};

inline QString describe(const SseEvent &e)
{
    return e.event + u'|' + e.data + u'|' + e.id + u'|' + QString::number(e.retryMs);
}

inline QString describe(const StreamEvent &e)
{
    return QString::number(int(e.kind)) + u'|' + e.name + u'|' + QString::fromUtf8(e.raw) + u'|' + e.error.message;
}

inline QByteArray stateOf(const RunAccumulator &acc)
{
    QJsonArray messages;
    for (const QJsonObject &m : acc.messages()) {
        messages.append(m);
    }
    QJsonArray steps;
    for (const QJsonObject &s : acc.steps()) {
        steps.append(s);
    }
    const QJsonObject state { { QStringLiteral("run"), acc.run() },
                              { QStringLiteral("thread"), acc.thread() },
                              { QStringLiteral("messages"), messages },
                              { QStringLiteral("steps"), steps },
                              { QStringLiteral("text"), acc.assistantText() } };
    return QJsonDocument(state).toJson(QJsonDocument::Indented);
}

// Feeds the chunks through parser, decoder and accumulator, then finishes the stream.
inline PipelineResult runPipeline(const QList<QByteArrayView> &chunks)
{
    SseParser parser;
    AssistantStreamDecoder decoder;
    RunAccumulator acc;
    PipelineResult result;
    auto consume = [&](const QList<SseEvent> &events) {
        for (const SseEvent &e : events) {
            result.sseEvents.append(describe(e));
            if (const std::optional<StreamEvent> decoded = decoder.decode(e)) {
                result.streamEvents.append(describe(*decoded));
                acc.apply(*decoded);
            }
        }
    };
    for (const QByteArrayView chunk : chunks) {
        consume(parser.feed(chunk));
    }
    consume(parser.finish());
    result.state = stateOf(acc);
    result.parserError = parser.hasError();
    return result;
}

inline PipelineResult runWhole(const QByteArray &bytes)
{
    return runPipeline({ QByteArrayView(bytes) });
}

} // namespace rl::test
