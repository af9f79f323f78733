#include "apiclient.h"
#include "jsonread.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

#include <atomic>
#include <utility>

namespace rl {

namespace {

constexpr qsizetype kMaxJsonBody = qsizetype(64) * 1024 * 1024;
constexpr qsizetype kExchangeBodyLimit = qsizetype(1) * 1024 * 1024;

ApiError::Network networkKind(QNetworkReply::NetworkError code)
{
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        return ApiError::Network::Refused;
    case QNetworkReply::HostNotFoundError:
        return ApiError::Network::HostNotFound;
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return ApiError::Network::BadUrl;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownServerError:
        return ApiError::Network::Tls;
    case QNetworkReply::RemoteHostClosedError:
        return ApiError::Network::Closed;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return ApiError::Network::Proxy;
    default:
        return ApiError::Network::Other;
    }
}

bool retryableStatus(int status)
{
    return status == 408 || status == 409 || status == 429 || status >= 500;
}

} // namespace

ApiCall::ApiCall(QNetworkAccessManager *nam, Connection connection, const RetryPolicy &retry, Method method,
                 QString path, const QList<QPair<QString, QString>> &query, QByteArray body, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_connection(std::move(connection))
    , m_retry(retry)
    , m_method(method)
    , m_path(std::move(path))
    , m_query(query)
    , m_body(std::move(body))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ApiCall::onTimer);
}

ApiCall::~ApiCall()
{
    abortReply();
}

QNetworkReply *ApiCall::reply() const
{
    return m_reply.data();
}

QString ApiCall::methodName() const
{
    switch (m_method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Delete:
        return QStringLiteral("DELETE");
    }
    return {};
}

QUrl ApiCall::url() const
{
    return m_connection.endpoint(m_path, m_query);
}

void ApiCall::setPathAndQuery(const QString &path, const QList<QPair<QString, QString>> &query)
{
    m_path = path;
    m_query = query;
}

void ApiCall::cancel()
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_running = false;
    stopTimer();
    if (m_reply) {
        emitExchange(tr("Stopped by RunLens before the answer ended."));
    }
    abortReply();
    deleteLater();
}

void ApiCall::start()
{
    if (m_done || m_running) {
        return;
    }
    m_running = true;
    m_clock.start();
    sendAttempt();
}

void ApiCall::sendAttempt()
{
    if (m_done) {
        return;
    }
    ++m_attempts;
    m_responseBody.clear();
    m_meta = ResponseMeta();
    m_timedOut = false;
    QNetworkRequest req = m_connection.request(m_path, m_query);
    req.setRawHeader("Accept", m_accept);
    QNetworkReply *r = nullptr;
    if (m_method == Method::Post) {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        r = m_nam->post(req, m_body);
    } else if (m_method == Method::Delete) {
        r = m_nam->deleteResource(req);
    } else {
        r = m_nam->get(req);
    }
    m_request = req;
    m_reply = r;
    static std::atomic<quint64> lastExchangeId { 0 }; // calls live in several threads: no two share an id
    m_exchangeId = ++lastExchangeId;
    emitExchange(QString(), true);
    connect(r, &QNetworkReply::metaDataChanged, this, [this, r] {
        if (r == m_reply) {
            onHeaders(r);
        }
    });
    connect(r, &QNetworkReply::readyRead, this, [this, r] {
        if (r == m_reply) {
            onReadyRead(r);
        }
    });
    connect(r, &QNetworkReply::finished, this, [this, r] {
        if (r == m_reply) {
            handleFinished();
        }
    });
    restartTimer(m_connection.requestTimeoutMs);
}

void ApiCall::onHeaders(QNetworkReply *r)
{
    m_meta = ResponseMeta::fromReply(r);
}

void ApiCall::onReadyRead(QNetworkReply *r)
{
    m_responseBody += r->readAll();
    if (m_responseBody.size() > kMaxJsonBody) {
        failAttempt(ApiError::protocol(tr("the answer is larger than %1 MiB").arg(kMaxJsonBody / (qint64(1024) * 1024)),
                                       m_responseBody.left(512), m_meta, methodName(), url()));
    }
}

ResponseMeta ApiCall::currentMeta() const
{
    ResponseMeta meta = m_meta;
    meta.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    meta.attempts = m_attempts;
    return meta;
}

void ApiCall::handleFinished()
{
    QNetworkReply *r = m_reply.data();
    if (!r || m_done) {
        return;
    }
    stopTimer();
    if (r->bytesAvailable() > 0 || hasWorkLeft()) {
        onReadyRead(r);
        if (m_done || r != m_reply) {
            return;
        }
        if (r->bytesAvailable() > 0) {
            // A reader that takes its bytes a turn at a time (a stream) left some: the call
            // finishes after them, and the window keeps answering meanwhile.
            QMetaObject::invokeMethod(
                this, [this] { handleFinished(); }, Qt::QueuedConnection);
            return;
        }
        if (hasWorkLeft()) {
            m_finishWaiting = true; // resumeFinished() comes back
            return;
        }
    }
    m_meta = ResponseMeta::fromReply(r);
    const ResponseMeta meta = currentMeta();
    const QNetworkReply::NetworkError netError = r->error();
    const QString netText = r->errorString();
    m_reply = nullptr;
    r->disconnect(this);
    r->deleteLater();

    if (meta.httpStatus >= 400) {
        emitExchange(QString());
        scheduleRetryOrFail(ApiError::fromHttp(meta.httpStatus, meta, m_responseBody, methodName(), url()), meta);
        return;
    }
    if (netError != QNetworkReply::NoError || meta.httpStatus == 0) {
        ApiError e;
        e.kind = ApiError::Kind::Network;
        e.network = netError == QNetworkReply::NoError ? ApiError::Network::Other : networkKind(netError);
        e.message = netText;
        e.httpStatus = meta.httpStatus;
        e.requestId = meta.requestId;
        e.method = methodName();
        e.url = url();
        emitExchange(netText);
        scheduleRetryOrFail(e, meta);
        return;
    }
    emitExchange(QString());
    onSuccess(m_responseBody, meta);
}

void ApiCall::resumeFinished()
{
    if (m_finishWaiting && !hasWorkLeft()) {
        m_finishWaiting = false;
        handleFinished();
    }
}

void ApiCall::failAttempt(const ApiError &error)
{
    if (m_done) {
        return;
    }
    stopTimer();
    if (QNetworkReply *r = m_reply.data()) {
        if (m_meta.httpStatus == 0) {
            m_meta = ResponseMeta::fromReply(r);
        }
    }
    abortReply();
    emitExchange(error.summary());
    scheduleRetryOrFail(error, currentMeta());
}

void ApiCall::onSuccess(const QByteArray &body, const ResponseMeta &meta)
{
    if (body.trimmed().isEmpty()) {
        emitFinished(QJsonValue(), meta);
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = readJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        emitFailed(ApiError::protocol(tr("the answer is not JSON"), body, meta, methodName(), url()));
        return;
    }
    emitFinished(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), meta);
}

bool ApiCall::shouldRetry(const ApiError &error, const ResponseMeta &meta) const
{
    if (!retriesAllowed() || m_retriesThisRequest >= m_retry.maxRetries) {
        return false;
    }
    if (meta.hasHeader("x-should-retry")) {
        return meta.header("x-should-retry").trimmed().toLower() == "true";
    }
    switch (error.kind) {
    case ApiError::Kind::Http:
        return retryableStatus(error.httpStatus);
    case ApiError::Kind::Timeout:
        return true;
    case ApiError::Kind::Network:
        return error.network == ApiError::Network::Refused || error.network == ApiError::Network::Closed
            || error.network == ApiError::Network::Other;
    default:
        return false;
    }
}

void ApiCall::scheduleRetryOrFail(const ApiError &error, const ResponseMeta &meta)
{
    if (!shouldRetry(error, meta)) {
        emitFailed(error);
        return;
    }
    const int delay = backoffDelayMs(m_retriesThisRequest, meta);
    ++m_retriesThisRequest;
    QTimer::singleShot(delay, this, &ApiCall::sendAttempt);
}

int ApiCall::backoffDelayMs(int retryIndex, const ResponseMeta &meta) const
{
    const int asked = retryAfterMs(meta);
    if (asked >= 0 && asked <= m_retry.maxRetryAfterMs) {
        return asked;
    }
    const double base
        = qMin(double(m_retry.baseDelayMs) * double(1 << qMin(retryIndex, 20)), double(m_retry.maxDelayMs));
    const double jitter = 1.0 - QRandomGenerator::global()->generateDouble() * m_retry.jitter;
    return qMax(0, int(base * jitter));
}

void ApiCall::emitFinished(const QJsonValue &value, const ResponseMeta &meta)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_running = false;
    stopTimer();
    emit finished(value, meta);
    deleteLater();
}

void ApiCall::emitFailed(const ApiError &error)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_running = false;
    stopTimer();
    abortReply();
    emit failed(error);
    deleteLater();
}

void ApiCall::emitExchange(const QString &errorText, bool inProgress)
{
    HttpExchange ex;
    ex.id = m_exchangeId;
    ex.inProgress = inProgress;
    ex.method = methodName();
    ex.url = m_request.url();
    const QList<QByteArray> names = m_request.rawHeaderList();
    for (const QByteArray &name : names) {
        const QByteArray value = m_request.rawHeader(name);
        ex.requestHeaders.append(
            { name, isSecretHeader(name) ? maskSecret(QString::fromUtf8(value)).toUtf8() : value });
    }
    ex.requestBody = m_body;
    if (inProgress) {
        Q_EMIT exchangeStarted(ex);
        return;
    }
    const QByteArray responseBody = exchangeBody();
    ex.meta = currentMeta();
    ex.responseStatus = ex.meta.httpStatus;
    ex.responseHeaders = ex.meta.headers;
    ex.responseBody = responseBody.left(kExchangeBodyLimit);
    ex.responseBodyTruncated = responseBody.size() > kExchangeBodyLimit;
    ex.errorText = errorText;
    emit exchange(ex);
}

void ApiCall::abortReply()
{
    if (QNetworkReply *r = m_reply.data()) {
        m_reply = nullptr;
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
}

void ApiCall::restartTimer(int ms)
{
    if (ms > 0) {
        m_timer->start(ms);
    } else {
        m_timer->stop();
    }
}

void ApiCall::stopTimer()
{
    m_timer->stop();
}

void ApiCall::onTimer()
{
    ApiError e = ApiError::ofKind(ApiError::Kind::Timeout,
                                  tr("No answer from %1 within %2 s.")
                                      .arg(url().host())
                                      .arg(QString::number(m_connection.requestTimeoutMs / 1000.0)));
    e.method = methodName();
    e.url = url();
    failAttempt(e);
}

// ---- ListCall

ListCall::ListCall(QNetworkAccessManager *nam, const Connection &connection, const RetryPolicy &retry,
                   const QString &path, const QList<QPair<QString, QString>> &query, ListOptions options,
                   QObject *parent)
    : ApiCall(nam, connection, retry, Method::Get, path, {}, {}, parent)
    , m_basePath(path)
    , m_baseQuery(query)
    , m_options(std::move(options))
{
    setPathAndQuery(m_basePath, pageQuery(QString()));
}

QList<QPair<QString, QString>> ListCall::pageQuery(const QString &after) const
{
    QList<QPair<QString, QString>> q = m_baseQuery;
    if (m_options.limit > 0) {
        q.append({ QStringLiteral("limit"), QString::number(qBound(1, m_options.limit, 100)) });
    }
    if (!m_options.order.isEmpty()) {
        q.append({ QStringLiteral("order"), m_options.order });
    }
    if (!after.isEmpty()) {
        q.append({ QStringLiteral("after"), after });
    }
    return q;
}

QStringList ListCall::idsOf(const QJsonArray &items)
{
    QStringList ids;
    for (const QJsonValue item : items) {
        const QString id = item.toObject().value(QLatin1String("id")).toString();
        if (!id.isEmpty()) {
            ids.append(id);
        }
    }
    return ids;
}

void ListCall::onSuccess(const QByteArray &body, const ResponseMeta &meta)
{
    QJsonParseError parseError;
    const QJsonDocument doc = readJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        emitFailed(ApiError::protocol(tr("the answer is not JSON"), body, meta, methodName(), url()));
        return;
    }
    ++m_pages;
    if (doc.isArray()) { // a server that answers a bare array: one page
        const QJsonArray items = doc.array();
        m_items = items;
        emit pageReceived(items, m_pages);
        emitFinished(m_items, meta);
        return;
    }
    const QJsonObject root = doc.object();
    if (!root.value(QLatin1String("data")).isArray()) {
        emitFailed(ApiError::protocol(tr("the answer is not a list"), body, meta, methodName(), url()));
        return;
    }
    const QJsonArray items = root.value(QLatin1String("data")).toArray();
    for (const QJsonValue item : items) {
        m_items.append(item);
    }
    emit pageReceived(items, m_pages);
    if (isFinishedOrCancelled()) {
        return;
    }
    QString lastId = root.value(QLatin1String("last_id")).toString();
    if (lastId.isEmpty() && !items.isEmpty()) {
        lastId = items.last().toObject().value(QLatin1String("id")).toString();
    }
    const bool more = root.value(QLatin1String("has_more")).toBool() && !lastId.isEmpty() && !items.isEmpty();
    if (more && m_pages < m_options.maxPages) {
        setPathAndQuery(m_basePath, pageQuery(lastId));
        resetRetries();
        sendAttempt();
        return;
    }
    m_truncated = more;
    emitFinished(m_items, meta);
}

} // namespace rl
