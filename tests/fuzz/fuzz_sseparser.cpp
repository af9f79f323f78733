// libFuzzer target: the SSE parser is split-invariant and agrees with a small reference.
// Input: 4 bytes of seed for the split points, then the stream. The same bytes are parsed
// (1) in one piece, (2) in pieces of 1..64 bytes chosen by the seed, and (3) by the reference
// splitter below, written from the WHATWG rules independently of SseParser; all three must
// give the same events. The parser also runs with a tiny event bound, where whole and split
// parsing must agree on the events before the error and on the error itself.
#include "sseparser.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <cstdlib>
#include <random>

namespace {

struct Ev
{
    QString event;
    QString data;
    QString id;
    int retry = -1;
    bool operator==(const Ev &o) const { return event == o.event && data == o.data && id == o.id && retry == o.retry; }
};

QList<Ev> plain(const QList<rl::SseEvent> &events)
{
    QList<Ev> out;
    for (const rl::SseEvent &e : events) {
        out.append({ e.event, e.data, e.id, e.retryMs });
    }
    return out;
}

QList<Ev> parseWhole(const QByteArray &bytes, qint64 bound, bool *failed)
{
    rl::SseParser parser(bound);
    QList<rl::SseEvent> events = parser.feed(bytes);
    events += parser.finish();
    *failed = parser.hasError();
    return plain(events);
}

QList<Ev> parseSplit(const QByteArray &bytes, quint32 seed, qint64 bound, bool *failed)
{
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> size(1, 64);
    rl::SseParser parser(bound);
    QList<rl::SseEvent> events;
    for (qsizetype at = 0; at < bytes.size();) {
        const qsizetype n = qMin<qsizetype>(size(random), bytes.size() - at);
        events += parser.feed(QByteArrayView(bytes).sliced(at, n));
        at += n;
    }
    events += parser.finish();
    *failed = parser.hasError();
    return plain(events);
}

// The reference: the whole text split into lines (CR, LF or CRLF), processed per WHATWG, with
// the pending event dispatched at the end as openai-node does.
QList<Ev> reference(QByteArray bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
    }
    QList<Ev> out;
    QByteArray name;
    QByteArray data;
    bool hasData = false;
    int retry = -1;
    QString lastId;
    auto dispatch = [&] {
        if (hasData) {
            out.append({ QString::fromUtf8(name), QString::fromUtf8(data), lastId, retry });
        }
        name.clear();
        data.clear();
        hasData = false;
        retry = -1;
    };
    auto line = [&](const QByteArray &l) {
        if (l.isEmpty()) {
            dispatch();
            return;
        }
        if (l.startsWith(':')) {
            return;
        }
        const qsizetype colon = l.indexOf(':');
        const QByteArray field = colon < 0 ? l : l.left(colon);
        QByteArray value = colon < 0 ? QByteArray() : l.mid(colon + 1);
        if (value.startsWith(' ')) {
            value.remove(0, 1);
        }
        if (field == "data") {
            if (hasData) {
                data += '\n';
            }
            data += value;
            hasData = true;
        } else if (field == "event") {
            name = value;
        } else if (field == "id") {
            if (!value.contains('\0')) {
                lastId = QString::fromUtf8(value);
            }
        } else if (field == "retry") {
            bool digits = !value.isEmpty();
            long long v = 0;
            for (const char c : std::as_const(value)) {
                digits = digits && c >= '0' && c <= '9';
                if (digits) {
                    v = qMin<long long>(v * 10 + (c - '0'), INT_MAX);
                }
            }
            if (digits) {
                retry = int(v);
            }
        }
    };
    qsizetype start = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n' || bytes.at(i) == '\r') {
            line(bytes.mid(start, i - start));
            if (bytes.at(i) == '\r' && i + 1 < bytes.size() && bytes.at(i + 1) == '\n') {
                ++i;
            }
            start = i + 1;
        }
    }
    if (start < bytes.size()) {
        line(bytes.mid(start));
    }
    dispatch();
    return out;
}

void check(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4) {
        return 0;
    }
    const quint32 seed = quint32(data[0]) | quint32(data[1]) << 8 | quint32(data[2]) << 16 | quint32(data[3]) << 24;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 4), qsizetype(size - 4));

    bool wholeFailed = false;
    bool splitFailed = false;
    const QList<Ev> whole = parseWhole(bytes, rl::SseParser::DefaultMaxEventBytes, &wholeFailed);
    const QList<Ev> split = parseSplit(bytes, seed, rl::SseParser::DefaultMaxEventBytes, &splitFailed);
    check(!wholeFailed && !splitFailed);
    check(whole == split);
    check(whole == reference(bytes));

    // A tiny bound: the same verdict and the same events before it, however the bytes arrive.
    const QList<Ev> boundedWhole = parseWhole(bytes, 64, &wholeFailed);
    const QList<Ev> boundedSplit = parseSplit(bytes, seed, 64, &splitFailed);
    check(wholeFailed == splitFailed);
    check(boundedWhole == boundedSplit);
    return 0;
}
