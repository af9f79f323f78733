#pragma once

#include "sseparser.h"
#include "streamevent.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace rl {

// Turns raw SseEvents into typed StreamEvents, tolerant of real servers:
// - an event with empty data is skipped (keep-alive);
// - data exactly "[DONE]", whatever the event name, gives Done; everything after is ignored;
// - a frame with no event name whose JSON has both "event" and "data" is unwrapped (astra);
// - a frame with no event name and plain JSON is Unknown, or Error if it has an "error" object;
// - "error" events (bare {message,type,code,param} or wrapped {"error": {...}}) and any payload
//   holding an "error" object become Kind::Error with a structured StreamError;
// - data that is not valid JSON becomes Kind::Error with Reason::MalformedJson, naming the event;
//   the decoder goes on, the caller decides whether to stop;
// - unknown names are Kind::Unknown with their data; never fatal.
class AssistantStreamDecoder
{
    Q_DECLARE_TR_FUNCTIONS(AssistantStreamDecoder)

public:
    // Returns nothing when the event is skipped (empty data, or anything after Done).
    [[nodiscard]] std::optional<StreamEvent> decode(const SseEvent &sse);
    [[nodiscard]] QList<StreamEvent> decode(const QList<SseEvent> &events);

    [[nodiscard]] bool isDone() const { return m_done; }
    void reset() { m_done = false; }

private:
    bool m_done = false;
};

// Parser and decoder together: bytes in, typed events out. When the parser fails (an event
// too large), the reader returns one last Kind::Error event whose error is fatal to the stream.
class AssistantStreamReader
{
public:
    explicit AssistantStreamReader(qint64 maxEventBytes = SseParser::DefaultMaxEventBytes);

    [[nodiscard]] QList<StreamEvent> feed(QByteArrayView bytes);
    // End of the body: flushes a final unterminated event.
    [[nodiscard]] QList<StreamEvent> finish();
    void reset();

    // Done was seen: the stream is over, even if more bytes come.
    [[nodiscard]] bool isDone() const { return m_decoder.isDone(); }
    [[nodiscard]] bool hasError() const { return m_parser.hasError(); }
    [[nodiscard]] QString errorString() const { return m_parser.errorString(); }
    [[nodiscard]] const SseParser &parser() const { return m_parser; }

    // Frames of at least this many bytes are handed over undecoded (StreamEvent::undecoded), for
    // the caller to decode with decodeLater(), in any thread. 0 (the default): all are decoded.
    void setDecodeLaterBytes(qsizetype bytes) { m_decodeLaterBytes = bytes; }
    // What feed() would have given for an undecoded frame (nothing for a keep-alive). A frame this
    // large is never the [DONE] that ends a stream.
    [[nodiscard]] static std::optional<StreamEvent> decodeLater(const StreamEvent &undecoded);

private:
    QList<StreamEvent> take(const QList<SseEvent> &events);

    SseParser m_parser;
    AssistantStreamDecoder m_decoder;
    qsizetype m_decodeLaterBytes = 0;
    bool m_failureReported = false;
};

} // namespace rl
