#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rl {

// One event as it came off the wire, before any JSON is read.
struct SseEvent
{
    QString event; // the last "event:" value of the block; empty when the block had none
    QString data; // the "data:" lines joined with "\n" (left empty by a parser told not to decode text)
    QByteArray bytes; // the same, as the UTF-8 bytes received
    QString id; // the last event id in force when the event was dispatched (it persists)
    int retryMs = -1; // the "retry:" value given inside this block, or -1
    qint64 rawBytes = 0; // stream bytes since the previous event, through this one's blank line
    // (a CR LF split across two chunks counts its LF to the next event)
    QByteArray comment; // the last comment line of the block, without its ':' and one space
};

// An incremental parser for a text/event-stream body, following the WHATWG rules:
// - bytes may arrive split anywhere, one byte at a time included;
// - lines end with CR, LF or CRLF (a CR ending one chunk and an LF starting the next is one end);
// - a BOM at the very start is skipped; lines starting with ':' are comments;
// - a field splits at the first ':' and loses one leading space; unknown fields are ignored;
// - "data" lines are joined with "\n"; "id" is ignored when it holds a NUL and persists;
//   "retry" is recorded only when it is all digits;
// - text is decoded from UTF-8 per complete line, so a character split across chunks survives;
// - a blank line dispatches the pending event; a block with no "data" line is not dispatched.
// At EOF, finish() dispatches a last event that lacked its blank line (as openai-node does).
// One event (all the lines of its block, and the pending partial line) may not exceed
// maxEventBytes: past that the parser stops with an error and frees what it held.
class SseParser
{
    Q_DECLARE_TR_FUNCTIONS(SseParser)

public:
    static constexpr qint64 DefaultMaxEventBytes = qint64(64) * 1024 * 1024;

    explicit SseParser(qint64 maxEventBytes = DefaultMaxEventBytes);

    // Parses more bytes and returns the events they complete. After an error, returns nothing.
    [[nodiscard]] QList<SseEvent> feed(QByteArrayView bytes);
    // End of stream: returns the pending unterminated event, if it has data.
    [[nodiscard]] QList<SseEvent> finish();
    // Forgets everything (including the last event id and the error), keeps the bound.
    void reset();

    [[nodiscard]] bool hasError() const { return !m_error.isEmpty(); }
    [[nodiscard]] QString errorString() const { return m_error; }

    // Whether SseEvent::data is filled (the default); a reader that only needs the bytes turns it off.
    void setTextDecoded(bool decoded) { m_textDecoded = decoded; }

    [[nodiscard]] qint64 maxEventBytes() const { return m_maxEventBytes; }
    void setMaxEventBytes(qint64 bytes);

    [[nodiscard]] QString lastEventId() const { return m_lastEventId; }
    // The last valid "retry:" seen in the stream, or -1.
    [[nodiscard]] int retryMs() const { return m_retryMs; }
    [[nodiscard]] qint64 bytesConsumed() const { return m_bytesConsumed; }
    // Grows with every byte of a field line (complete or still arriving), never with comments or
    // blank lines: a stream that only sends keep-alive comments makes no progress.
    [[nodiscard]] qint64 progressMark() const { return m_contentBytes + m_buffer.size(); }
    // Bytes currently held for the event in progress (for tests and diagnostics).
    [[nodiscard]] qint64 bufferedBytes() const;

private:
    void processLine(QByteArrayView line, QList<SseEvent> &out);
    void dispatch(QList<SseEvent> &out);
    void clearEvent();
    void fail(const QString &message);

    qint64 m_maxEventBytes;
    QByteArray m_buffer; // bytes not yet split into lines
    qsizetype m_scanFrom = 0; // where to resume looking for a line end in m_buffer
    bool m_skipLeadingLf = false;
    bool m_bomChecked = false;

    QByteArray m_eventName;
    QByteArray m_lastNameBytes; // consecutive events share one name string
    QString m_lastName;
    QByteArray m_data;
    QByteArray m_comment;
    bool m_textDecoded = true;
    bool m_hasData = false;
    int m_eventRetry = -1;
    qint64 m_eventBytes = 0; // bytes of the block in progress (complete lines)
    qint64 m_rawSinceDispatch = 0;

    QString m_lastEventId;
    int m_retryMs = -1;
    qint64 m_bytesConsumed = 0;
    qint64 m_contentBytes = 0; // bytes of field lines so far
    QString m_error;
};

} // namespace rl
