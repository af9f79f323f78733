#include "apiclient.h"
#include "jsonread.h"
#include "streamdecoder.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace rl {

namespace {

constexpr qsizetype kHeadBytes = qsizetype(64) * 1024;
// A fast server is read at most this far ahead of what has been handled (TCP holds the rest), and
// the bytes at hand are handled in pieces of kReadChunkBytes, so memory stays flat however long
// the stream and one piece costs a bounded time.
constexpr qint64 kReadBufferBytes = qint64(256) * 1024;
constexpr qint64 kReadChunkBytes = qint64(64) * 1024;
// At most this much is handled in one turn of the event loop; the rest waits for the next turn, so
// a fast stream leaves the window room to paint and answer (a finished reply is read to its end).
constexpr qint64 kTurnBytes = qint64(128) * 1024;
// An event this large (the completed message of a long reply) costs tens of milliseconds to decode
// and as many to take in: a worker thread decodes it, and what follows it waits for a later turn.
constexpr qsizetype kLargeEventBytes = qsizetype(1024) * 1024;

enum class Sniff { Unknown, Json, Stream, Other };

Sniff sniff(const QByteArray &bytes)
{
    const QByteArray t = bytes.trimmed();
    if (t.isEmpty()) {
        return Sniff::Unknown;
    }
    if (t.startsWith('{') || t.startsWith('[')) {
        return Sniff::Json;
    }
    if (t.startsWith("event:") || t.startsWith("data:") || t.startsWith(':') || t.startsWith("id:")
        || t.startsWith("retry:")) {
        return Sniff::Stream;
    }
    // Could still be a prefix of "event:" / "data:"; wait for more unless clearly something else.
    if (t.size() < 6 && (QByteArrayLiteral("event:").startsWith(t) || QByteArrayLiteral("data:").startsWith(t))) {
        return Sniff::Unknown;
    }
    return Sniff::Other;
}

} // namespace

StreamCall::StreamCall(QNetworkAccessManager *nam, const Connection &connection, const QString &path,
                       const QByteArray &body, qint64 maxEventBytes, QObject *parent)
    : ApiCall(nam, connection, RetryPolicy { 0, 0, 0, 0, 0 }, Method::Post, path, {}, body, parent)
    , m_reader(new AssistantStreamReader(maxEventBytes))
{
    m_accept = QByteArrayLiteral("text/event-stream");
    m_reader->setDecodeLaterBytes(kLargeEventBytes);
}

StreamCall::~StreamCall()
{
    delete m_reader;
}

void StreamCall::onHeaders(QNetworkReply *r)
{
    ApiCall::onHeaders(r);
    r->setReadBufferSize(kReadBufferBytes);
    const ResponseMeta meta = currentMeta();
    if (m_decided || meta.httpStatus < 200 || meta.httpStatus >= 300) {
        return;
    }
    const QByteArray type = meta.contentType.toLatin1();
    if (isEventStreamContentType(type)) {
        beginStream();
    } else if (type.toLower().contains("json")) {
        m_decided = true; // a JSON answer: collected by the base class
    }
}

void StreamCall::beginStream()
{
    m_decided = true;
    m_streamed = true;
    restartTimer(connection().stallTimeoutMs);
    emit streamStarted(currentMeta());
}

void StreamCall::onReadyRead(QNetworkReply *r)
{
    const ResponseMeta meta = currentMeta();
    if (meta.httpStatus < 200 || meta.httpStatus >= 300) {
        ApiCall::onReadyRead(r);
        return;
    }
    if (!m_decided) {
        // No or an unusual Content-Type: look at the first bytes.
        m_pending += r->readAll();
        switch (sniff(m_pending)) {
        case Sniff::Unknown:
            return;
        case Sniff::Json:
            m_decided = true;
            m_head = m_pending;
            m_pending.clear();
            return;
        case Sniff::Other:
            failAttempt(ApiError::protocol(tr("expected an event stream"), m_pending, meta, methodName(), url()));
            return;
        case Sniff::Stream:
            beginStream();
            if (isFinishedOrCancelled()) {
                return;
            }
            break;
        }
    }
    if (!m_streamed) {
        m_head += r->readAll();
        return;
    }
    if (m_resumeQueued) {
        // The next turn goes on with these bytes: the readyRead signals Qt queued meanwhile
        // would otherwise handle all of them in this turn.
        return;
    }
    m_streamReply = r;
    // Events held back for a later turn go first.
    bool large = false;
    if (!deliverHeld(&large) || m_decoding) {
        return; // cancelled, or a worker decodes a large event: onDecoded() goes on
    }
    if (!m_held.isEmpty() || large) {
        resumeNextTurn(r);
        return;
    }
    if (m_reader->isDone()) {
        finishAtDone();
        return;
    }
    QByteArray bytes = m_pending + r->read(kReadChunkBytes);
    m_pending.clear();
    qint64 handled = 0;
    while (!bytes.isEmpty()) {
        handled += bytes.size();
        m_bytes += bytes.size();
        if (m_head.size() < kHeadBytes) {
            m_head += bytes.left(kHeadBytes - m_head.size());
        }
        // Keep-alive comments do not count as progress: a server that only pings is stalled.
        const qint64 progressBefore = m_reader->parser().progressMark();
        const QList<StreamEvent> events = m_reader->feed(bytes);
        if (!events.isEmpty() || m_reader->parser().progressMark() != progressBefore) {
            restartTimer(connection().stallTimeoutMs);
        }
        m_held += events;
        if (!deliverHeld(&large) || m_decoding) {
            return;
        }
        if (!m_held.isEmpty()) {
            resumeNextTurn(r);
            return;
        }
        if (m_reader->isDone()) {
            finishAtDone();
            return;
        }
        // Also once the reply has finished (a fast server's whole answer may be buffered before
        // the read buffer's limit applies): ApiCall::handleFinished waits for the rest.
        if (handled >= kTurnBytes) {
            resumeNextTurn(r);
            return;
        }
        bytes = r->read(kReadChunkBytes);
    }
}

void StreamCall::finishAtDone()
{
    // data: [DONE]: nothing more is read (later frames are ignored).
    m_sawDone = true;
    abortReply();
    emitExchange(QString());
    emitFinished(QJsonValue(), currentMeta());
}

bool StreamCall::deliverHeld(bool *large)
{
    *large = false;
    while (!m_held.isEmpty()) {
        if (m_held.first().undecoded) {
            startDecoding(); // onDecoded() goes on, in a later turn
            return true;
        }
        const StreamEvent event = m_held.takeFirst();
        const bool isLarge = event.raw.size() >= kLargeEventBytes;
        if (!deliver(event)) {
            m_held.clear();
            return false;
        }
        if (isLarge) { // what follows it waits for the next turn too
            *large = true;
            return true;
        }
    }
    return true;
}

void StreamCall::resumeNextTurn(QNetworkReply *r)
{
    m_streamReply = r;
    if (m_resumeQueued) {
        return;
    }
    m_resumeQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_resumeQueued = false;
            continueStream();
        },
        Qt::QueuedConnection);
}

void StreamCall::continueStream()
{
    QNetworkReply *const open = m_streamReply.data();
    if (open == nullptr || isFinishedOrCancelled()) {
        return;
    }
    if (open->bytesAvailable() > 0 || !m_held.isEmpty()) {
        onReadyRead(open);
    }
    if (!isFinishedOrCancelled()) {
        resumeFinished(); // when the reply finished meanwhile and nothing is left
    }
}

void StreamCall::startDecoding()
{
    if (m_decoding) {
        return;
    }
    m_decoding = true;
    // Decoding a large frame (the completed message of a long reply) takes tens of milliseconds:
    // a worker thread does it, and the events after it wait. The watcher is this call's child, so
    // a call deleted meanwhile never hears of the result.
    auto *watcher = new QFutureWatcher<std::optional<StreamEvent>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        onDecoded(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&AssistantStreamReader::decodeLater, m_held.first()));
}

void StreamCall::onDecoded(const std::optional<StreamEvent> &event)
{
    m_decoding = false;
    if (isFinishedOrCancelled() || m_held.isEmpty() || !m_held.first().undecoded) {
        return;
    }
    if (event) {
        m_held.first() = *event;
    } else {
        m_held.removeFirst(); // a keep-alive after all
    }
    continueStream();
}

bool StreamCall::deliver(const QList<StreamEvent> &events)
{
    return std::all_of(events.cbegin(), events.cend(), [this](const StreamEvent &event) { return deliver(event); });
}

bool StreamCall::deliver(const StreamEvent &event)
{
    emit eventReceived(event);
    if (isFinishedOrCancelled()) {
        return false;
    }
    if (event.kind == StreamEvent::Kind::Error && event.error.isFatalToStream()) {
        ApiError e = ApiError::ofKind(ApiError::Kind::StreamError, event.error.message);
        e.method = methodName();
        e.url = url();
        e.httpStatus = currentMeta().httpStatus;
        e.requestId = currentMeta().requestId;
        failAttempt(e);
        return false;
    }
    return true;
}

void StreamCall::onSuccess(const QByteArray &body, const ResponseMeta &meta)
{
    if (m_streamed) {
        if (!deliver(m_reader->finish())) {
            return;
        }
        m_sawDone = m_reader->isDone();
        emitFinished(QJsonValue(), meta);
        return;
    }
    const QByteArray all = m_head + m_pending + body;
    const QByteArray trimmed = all.trimmed();
    QJsonParseError parseError;
    const QJsonDocument doc = readJson(trimmed, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        emitFinished(doc.object(), meta);
        return;
    }
    if (trimmed.isEmpty()) {
        emitFailed(ApiError::protocol(tr("the server sent an empty answer"), all, meta, methodName(), url()));
        return;
    }
    emitFailed(ApiError::protocol(tr("expected an event stream or JSON"), all, meta, methodName(), url()));
}

void StreamCall::onTimer()
{
    if (!m_streamed) {
        ApiCall::onTimer();
        return;
    }
    ApiError e = ApiError::ofKind(ApiError::Kind::Stalled,
                                  tr("The stream stalled: no event arrived for %1 s.")
                                      .arg(QString::number(connection().stallTimeoutMs / 1000.0)));
    e.method = methodName();
    e.url = url();
    failAttempt(e);
}

} // namespace rl
