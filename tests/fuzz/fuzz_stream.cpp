// libFuzzer target: stream decoder + run accumulator on arbitrary bytes, split anywhere.
// Whatever arrives (index bombs, deep nesting, huge strings, events in any order), nothing
// crashes, every problem is reported as an error, and the accumulated picture stays
// proportional to the input: at most 16 times the bytes read, plus 64 KiB.
#include "runaccumulator.h"
#include "streamdecoder.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

namespace {

constexpr qint64 kEventBound = 256 * 1024;

qint64 jsonSize(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).size();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    const int piece = 1 + data[0] % 97; // the split size comes from the first byte
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    rl::AssistantStreamReader reader(kEventBound);
    rl::RunAccumulator accumulator;
    auto apply = [&accumulator](const QList<rl::StreamEvent> &events) {
        for (const rl::StreamEvent &event : events) {
            const rl::AccumulatorUpdate update = accumulator.apply(event);
            if (update.has(rl::AccumulatorUpdate::MergeFailed) && update.mergeError.isEmpty()) {
                std::abort(); // a refused delta always says why
            }
        }
    };
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        apply(reader.feed(QByteArrayView(bytes).sliced(at, qMin<qsizetype>(piece, bytes.size() - at))));
    }
    apply(reader.finish());

    qint64 held = jsonSize(accumulator.run()) + jsonSize(accumulator.thread());
    for (const QJsonObject &m : accumulator.messages()) {
        held += jsonSize(m);
    }
    for (const QJsonObject &s : accumulator.steps()) {
        held += jsonSize(s);
    }
    if (held > 16 * qint64(size) + 64 * 1024) {
        std::abort(); // memory out of proportion to the stream
    }
    (void)accumulator.assistantText();
    return 0;
}
