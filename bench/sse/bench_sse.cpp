// Feeds a generated Assistants stream (mostly message and tool-call deltas) through
// SseParser + AssistantStreamDecoder + RunAccumulator in fixed-size chunks, and prints
// throughput and peak memory.
// Usage: bench_sse [megabytes=50] [chunk-bytes=16384] [no-accumulator]
//        bench_sse --file STREAM.sse [--text EXPECTED.txt]   (a stream from bench/stream/make-stream.py;
//        with --text, the accumulated assistant text must equal the file's)

#include "procstats.h"
#include "runaccumulator.h"
#include "streamdecoder.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <ctime>

using namespace rl;
using rl::bench::peakRssKiB;

namespace {

QByteArray frame(const char *name, const QByteArray &data)
{
    return QByteArray("event: ") + name + "\ndata: " + data + "\n\n";
}

// One assistant message of about 200 text deltas, then a tool-call step of about 100 deltas.
QByteArray turn(int n)
{
    static const char *words[] = { "The", " quick", " brown", " fox", " jumps", " over", " the", " lazy", " dog", "." };
    const QByteArray msg = "msg_" + QByteArray::number(n);
    const QByteArray step = "step_" + QByteArray::number(n);
    QByteArray out;
    out += frame("thread.message.created",
                 R"({"id":")" + msg
                     + R"(","object":"thread.message","created_at":1710348076,"assistant_id":"asst_123",)"
                       R"("thread_id":"thread_123","run_id":"run_123","status":"in_progress","role":"assistant",)"
                       R"("content":[],"metadata":{}})");
    for (int i = 0; i < 200; ++i) {
        out += frame("thread.message.delta",
                     R"({"id":")" + msg
                         + R"(","object":"thread.message.delta","delta":{"content":[{"index":0,"type":"text",)"
                           R"("text":{"value":")"
                         + words[i % 10] + R"("}}]}})");
    }
    out += frame("thread.run.step.created",
                 R"({"id":")" + step
                     + R"(","object":"thread.run.step","type":"tool_calls","status":"in_progress",)"
                       R"("step_details":{"type":"tool_calls","tool_calls":[]}})");
    for (int i = 0; i < 100; ++i) {
        out += frame("thread.run.step.delta",
                     R"({"id":")" + step
                         + R"(","object":"thread.run.step.delta","delta":{"step_details":{"type":"tool_calls",)"
                           R"("tool_calls":[{"index":0,"type":"function","function":{"arguments":"{\"k\":1}"}}]}}})");
    }
    out += ": keep-alive\n\n";
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    QByteArray stream;
    QString expectedText;
    bool checkText = false;
    const qsizetype fileAt = args.indexOf(QStringLiteral("--file"));
    if (fileAt > 0 && fileAt + 1 < args.size()) {
        QFile file(args.at(fileAt + 1));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(args.at(fileAt + 1)));
            return 2;
        }
        stream = file.readAll();
        const qsizetype textAt = args.indexOf(QStringLiteral("--text"));
        if (textAt > 0 && textAt + 1 < args.size()) {
            QFile text(args.at(textAt + 1));
            checkText = text.open(QIODevice::ReadOnly);
            expectedText = QString::fromUtf8(text.readAll());
            args.remove(textAt, 2);
        }
        args.remove(fileAt, 2);
    }
    const qint64 megabytes = args.size() > 1 ? args.at(1).toLongLong() : 50;
    const qsizetype chunk = args.size() > 2 ? args.at(2).toLongLong() : 16384;
    const bool accumulate = args.size() <= 3 || args.at(3) != QLatin1String("no-accumulator");

    if (stream.isEmpty()) {
        stream.reserve(megabytes * 1024 * 1024 + 65536);
        for (int n = 0; stream.size() < megabytes * 1024 * 1024; ++n) {
            stream += turn(n);
        }
        stream += "event: done\ndata: [DONE]\n\n";
    }
    const qint64 rssBefore = peakRssKiB();

    AssistantStreamReader reader;
    RunAccumulator accumulator;
    qint64 events = 0;
    qint64 textBytes = 0;
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    for (qsizetype at = 0; at < stream.size(); at += chunk) {
        const QList<StreamEvent> batch
            = reader.feed(QByteArrayView(stream).sliced(at, qMin(chunk, stream.size() - at)));
        for (const StreamEvent &event : batch) {
            if (!accumulate) {
                ++events;
                continue;
            }
            const AccumulatorUpdate update = accumulator.apply(event);
            for (const TextFragment &fragment : update.text) {
                textBytes += fragment.text.size();
            }
            ++events;
        }
    }
    for (const StreamEvent &event : reader.finish()) {
        accumulator.apply(event);
        ++events;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    const double mb = double(stream.size()) / (1024.0 * 1024.0);

    std::printf("input      %.1f MiB in %lld-byte chunks, %lld events, %lld messages, %lld steps\n", mb,
                static_cast<long long>(chunk), static_cast<long long>(events),
                static_cast<long long>(accumulator.messageIds().size()),
                static_cast<long long>(accumulator.stepIds().size()));
    std::printf("time       %.3f s wall, %.3f s CPU%s\n", seconds, cpuSeconds, accumulate ? "" : " (no accumulator)");
    std::printf("throughput %.1f MiB/s, %.0f events/s (wall)\n", mb / seconds, double(events) / seconds);
    std::printf("throughput %.1f MiB/s, %.0f events/s (CPU)\n", mb / cpuSeconds, double(events) / cpuSeconds);
    std::printf("peak RSS   %lld KiB (%lld KiB before parsing, the input alone is %.0f KiB)\n",
                static_cast<long long>(peakRssKiB()), static_cast<long long>(rssBefore), mb * 1024.0);
    std::printf("done=%s error=%s streamed text chars=%lld\n", reader.isDone() ? "yes" : "no",
                reader.hasError() ? "yes" : "no", static_cast<long long>(textBytes));
    bool textOk = true;
    if (checkText) {
        textOk = accumulator.assistantText() == expectedText;
        std::printf("text       %s the file's (%lld chars)\n", textOk ? "identical to" : "DIFFERENT from",
                    static_cast<long long>(expectedText.size()));
    }
    return reader.isDone() && !reader.hasError() && textOk ? 0 : 1;
}
