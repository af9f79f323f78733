#include "streamrecording.h"

#include "apierrorobject.h"
#include "sseparser.h"
#include "streamdecoder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace rl {

namespace {

// An event that came wrapped ({"event": NAME, "data": {...}} with no event line, as some servers
// send) is written back as it came, so that reading it again unwraps it the same way.
bool cameWrapped(const StreamEvent &event)
{
    if (!event.raw.startsWith('{') || !event.raw.contains("\"event\"")) {
        return false;
    }
    const QJsonObject object = QJsonDocument::fromJson(event.raw).object();
    return object.value(QLatin1String("event")).toString() == event.name && object.contains(QLatin1String("data"));
}

} // namespace

void StreamRecording::add(const StreamEvent &event, qint64 atMs)
{
    m_text += ": at " + QByteArray::number(qMax<qint64>(0, atMs)) + " ms\n";
    if (!event.name.isEmpty() && !cameWrapped(event)) {
        m_text += "event: " + event.name.toUtf8() + '\n';
    }
    if (!event.sseId.isEmpty()) {
        m_text += "id: " + event.sseId.toUtf8() + '\n';
    }
    // Data with line breaks takes one data line each; the reader joins them with "\n" again.
    qsizetype from = 0;
    while (true) {
        const qsizetype end = event.raw.indexOf('\n', from);
        m_text += "data: ";
        m_text += QByteArrayView(event.raw).sliced(from, (end < 0 ? event.raw.size() : end) - from);
        m_text += '\n';
        if (end < 0) {
            break;
        }
        from = end + 1;
    }
    m_text += '\n';
    ++m_count;
}

QByteArray StreamRecording::bytes() const
{
    return ": A run's event stream, saved by RunLens. The comment before each event is when it arrived, "
           "counted from the start of the run.\n\n"
        + m_text;
}

StreamRecording::Loaded StreamRecording::read(QByteArrayView bytes)
{
    Loaded loaded;
    SseParser parser;
    AssistantStreamDecoder decoder;
    QList<SseEvent> frames = parser.feed(bytes);
    frames += parser.finish();
    if (parser.hasError()) {
        loaded.error = parser.errorString();
        return loaded;
    }
    static const QRegularExpression at(QStringLiteral("^at (\\d+) ms$"));
    bool allTimed = true;
    bool anyKnown = false;
    for (const SseEvent &frame : std::as_const(frames)) {
        std::optional<StreamEvent> event = decoder.decode(frame);
        if (!event) {
            continue;
        }
        // A run answered with tool outputs is more than one stream, each ending in [DONE].
        decoder.reset();
        RecordedEvent recorded;
        const QRegularExpressionMatch m = at.match(QString::fromUtf8(frame.comment));
        if (m.hasMatch()) {
            recorded.atMs = m.captured(1).toLongLong();
        } else {
            allTimed = false;
        }
        anyKnown = anyKnown || (event->known && event->kind != StreamEvent::Kind::Done);
        recorded.event = std::move(*event);
        loaded.events.append(std::move(recorded));
    }
    const QByteArrayView start = bytes.trimmed().first(qMin<qsizetype>(1, bytes.trimmed().size()));
    if (loaded.events.isEmpty() && (start == "{" || start == "[")) {
        const QString message = readApiErrorObject(QJsonDocument::fromJson(bytes.toByteArray()).object()).message;
        loaded.error = message.isEmpty()
            ? tr("It is a JSON document, not an event stream: a saved stream has lines such as "
                 "\"event: thread.run.created\" and \"data: {...}\".")
            : tr("It is not an event stream but an error answer from a server: %1").arg(message);
    } else if (loaded.events.isEmpty()) {
        loaded.error = tr("It holds no events: it is not a saved event stream (an .sse file has lines such as "
                          "\"event: thread.run.created\" and \"data: {...}\").");
    } else if (!anyKnown) {
        loaded.error = tr("It holds %n event(s), but none of a run (such as thread.run.created): it is not the "
                          "stream of an Assistants run.",
                          nullptr, int(loaded.events.size()));
    }
    loaded.timed = allTimed && !loaded.events.isEmpty();
    if (!loaded.error.isEmpty()) {
        loaded.events.clear();
    }
    return loaded;
}

} // namespace rl
