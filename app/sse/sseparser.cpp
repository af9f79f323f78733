#include "sseparser.h"

#include <QLocale>

#include <climits>
#include <cstring>

namespace rl {

namespace {

constexpr char kBom[] = "\xEF\xBB\xBF";
constexpr qsizetype kBomSize = 3;

QString describeSize(qint64 bytes)
{
    constexpr qint64 kib = 1024;
    constexpr qint64 mib = kib * 1024;
    if (bytes >= mib && bytes % mib == 0) {
        return SseParser::tr("%1 MiB").arg(bytes / mib);
    }
    if (bytes >= kib && bytes % kib == 0) {
        return SseParser::tr("%1 KiB").arg(bytes / kib);
    }
    return SseParser::tr("%1 bytes").arg(bytes);
}

// "retry" values: ASCII digits only; very large values are clamped.
int parseRetry(QByteArrayView value)
{
    if (value.isEmpty()) {
        return -1;
    }
    qint64 result = 0;
    for (const char c : value) {
        if (c < '0' || c > '9') {
            return -1;
        }
        result = result * 10 + (c - '0');
        if (result > INT_MAX) {
            result = INT_MAX;
        }
    }
    return int(result);
}

} // namespace

SseParser::SseParser(qint64 maxEventBytes)
    : m_maxEventBytes(maxEventBytes > 0 ? maxEventBytes : DefaultMaxEventBytes)
{ }

void SseParser::setMaxEventBytes(qint64 bytes)
{
    m_maxEventBytes = bytes > 0 ? bytes : DefaultMaxEventBytes;
}

qint64 SseParser::bufferedBytes() const
{
    return m_buffer.capacity() + m_data.capacity() + m_eventName.capacity();
}

void SseParser::reset()
{
    const qint64 bound = m_maxEventBytes;
    *this = SseParser(bound);
}

QList<SseEvent> SseParser::feed(QByteArrayView bytes)
{
    QList<SseEvent> out;
    if (hasError() || bytes.isEmpty()) {
        return out;
    }
    m_bytesConsumed += bytes.size();
    m_buffer.append(bytes.data(), bytes.size());

    if (!m_bomChecked) {
        const qsizetype n = qMin(kBomSize, m_buffer.size());
        if (std::memcmp(m_buffer.constData(), kBom, size_t(n)) != 0) {
            m_bomChecked = true;
        } else if (n == kBomSize) {
            m_buffer.remove(0, kBomSize);
            m_rawSinceDispatch += kBomSize;
            m_bomChecked = true;
        } else {
            return out; // a BOM prefix so far: wait for more bytes
        }
    }

    const char *base = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    qsizetype start = 0;
    qsizetype pos = m_scanFrom;
    while (!hasError()) {
        if (m_skipLeadingLf) {
            if (start >= size) {
                break;
            }
            m_skipLeadingLf = false;
            if (base[start] == '\n') {
                ++start;
                ++m_rawSinceDispatch;
            }
            pos = qMax(pos, start);
        }
        while (pos < size && base[pos] != '\n' && base[pos] != '\r') {
            ++pos;
        }
        if (pos >= size) {
            break;
        }
        qsizetype next = pos + 1;
        if (base[pos] == '\r') {
            // A CR LF inside the buffer is taken whole; a CR ending the buffer waits for its LF.
            if (next < size) {
                next += base[next] == '\n' ? 1 : 0;
            } else {
                m_skipLeadingLf = true;
            }
        }
        m_rawSinceDispatch += next - start;
        processLine(QByteArrayView(base + start, pos - start), out);
        start = next;
        pos = next;
    }
    if (hasError()) {
        return out;
    }
    m_buffer.remove(0, start);
    m_scanFrom = pos - start;
    if (m_eventBytes + m_buffer.size() > m_maxEventBytes) {
        fail(tr("The server sent an event larger than %1, the most RunLens accepts for one event. "
                "The stream was stopped.")
                 .arg(describeSize(m_maxEventBytes)));
    }
    return out;
}

QList<SseEvent> SseParser::finish()
{
    QList<SseEvent> out;
    if (hasError()) {
        return out;
    }
    m_bomChecked = true;
    if (!m_buffer.isEmpty()) {
        const QByteArray line = m_buffer;
        m_rawSinceDispatch += line.size();
        m_buffer = QByteArray();
        m_scanFrom = 0;
        processLine(line, out);
    }
    if (!hasError() && m_hasData) {
        dispatch(out);
    }
    clearEvent();
    m_skipLeadingLf = false;
    return out;
}

void SseParser::processLine(QByteArrayView line, QList<SseEvent> &out)
{
    if (line.isEmpty()) {
        if (m_hasData) {
            dispatch(out);
        }
        clearEvent();
        return;
    }
    m_eventBytes += line.size() + 1;
    if (m_eventBytes > m_maxEventBytes) {
        fail(tr("The server sent an event larger than %1, the most RunLens accepts for one event. "
                "The stream was stopped.")
                 .arg(describeSize(m_maxEventBytes)));
        return;
    }
    if (line.front() == ':') {
        QByteArrayView comment = line.sliced(1);
        if (!comment.isEmpty() && comment.front() == ' ') {
            comment = comment.sliced(1);
        }
        m_comment = comment.toByteArray();
        return;
    }
    m_contentBytes += line.size();
    const qsizetype colon = line.indexOf(':');
    QByteArrayView field = line;
    QByteArrayView value;
    if (colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (!value.isEmpty() && value.front() == ' ') {
            value = value.sliced(1);
        }
    }
    if (field == "data") {
        if (m_hasData) {
            m_data.append('\n');
        }
        m_data.append(value.data(), value.size());
        m_hasData = true;
    } else if (field == "event") {
        m_eventName = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0')) {
            m_lastEventId = QString::fromUtf8(value);
        }
    } else if (field == "retry") {
        const int retry = parseRetry(value);
        if (retry >= 0) {
            m_retryMs = retry;
            m_eventRetry = retry;
        }
    }
    // Any other field is ignored.
}

void SseParser::dispatch(QList<SseEvent> &out)
{
    SseEvent event;
    if (m_eventName != m_lastNameBytes) {
        m_lastNameBytes = m_eventName;
        m_lastName = QString::fromUtf8(m_eventName);
    }
    event.event = m_lastName;
    if (m_textDecoded) {
        event.data = QString::fromUtf8(m_data);
    }
    event.bytes = m_data;
    event.id = m_lastEventId;
    event.retryMs = m_eventRetry;
    event.rawBytes = m_rawSinceDispatch;
    event.comment = std::move(m_comment);
    out.append(std::move(event));
    m_rawSinceDispatch = 0;
}

void SseParser::clearEvent()
{
    m_eventName.clear();
    m_data.clear();
    m_comment.clear();
    m_hasData = false;
    m_eventRetry = -1;
    m_eventBytes = 0;
}

void SseParser::fail(const QString &message)
{
    m_error = message;
    m_buffer = QByteArray();
    m_scanFrom = 0;
    m_skipLeadingLf = false;
    m_eventName = QByteArray();
    m_data = QByteArray();
    m_comment = QByteArray();
    m_hasData = false;
    m_eventBytes = 0;
}

} // namespace rl
