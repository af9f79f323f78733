#pragma once

#include "streamevent.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rl {

// One event of a saved stream and when it arrived (milliseconds after the run started; -1 when
// the file does not say, as in a capture made with curl -N).
struct RecordedEvent
{
    qint64 atMs = -1;
    StreamEvent event;
};

// A run's event stream kept as text/event-stream, to save as an .sse file and to replay. Each
// event is preceded by a comment with its arrival time (": at 120 ms"), which any SSE reader
// ignores, so the file is also a plain event stream (curl, the openai packages). Appending is
// linear: each event is written once, as it arrives.
class StreamRecording
{
    Q_DECLARE_TR_FUNCTIONS(StreamRecording)

public:
    void add(const StreamEvent &event, qint64 atMs);
    [[nodiscard]] bool isEmpty() const { return m_count == 0; }
    [[nodiscard]] int count() const { return m_count; }
    // The file: a comment saying what it is, then the events.
    [[nodiscard]] QByteArray bytes() const;

    struct Loaded
    {
        QList<RecordedEvent> events;
        bool timed = false; // every event has its time
        QString error; // why the bytes cannot be replayed, in plain words; empty when they can
    };
    // Reads a saved stream (RunLens's, or any text/event-stream of the Assistants API).
    [[nodiscard]] static Loaded read(QByteArrayView bytes);

private:
    QByteArray m_text;
    int m_count = 0;
};

} // namespace rl
