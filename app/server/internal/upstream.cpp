#include "upstream.h"

#include "apierrorobject.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace rl::server {

using namespace Qt::StringLiterals;

namespace {

QNetworkRequest upstreamRequest(const UpstreamConfig &config, const QString &path)
{
    QUrl url = config.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    url.setPath(base + path);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!config.apiKey.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + config.apiKey.toUtf8());
    }
    return request;
}

// The error object of an HTTP error answer: {"error": {...}} (OpenAI, vLLM, llama.cpp) or
// {"error": "text"} (Ollama).
void readErrorBody(const QByteArray &body, UpstreamError *error)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const ApiErrorObject e = readApiErrorObject(o, o.value(u"message"_s).isString());
    if (e.found) {
        error->message = e.message;
        error->type = e.type;
        error->code = e.code;
    } else {
        error->message = QString::fromUtf8(body.left(300)).simplified();
    }
}

QNetworkReply *postChat(QNetworkAccessManager *nam, const UpstreamConfig &config, const QJsonObject &body)
{
    QNetworkRequest request = upstreamRequest(config, u"/chat/completions"_s);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "text/event-stream");
    return nam->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace

QString UpstreamConfig::displayName() const
{
    return baseUrl.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

ChatCompletionCall::ChatCompletionCall(QNetworkAccessManager *nam, const UpstreamConfig &config,
                                       const QJsonObject &body, QObject *parent)
    : QObject(parent)
    , m_reply(postChat(nam, config, body))
    , m_timer(new QTimer(this))
    , m_config(config)
{
    m_reply->setParent(this);
    connect(m_reply, &QNetworkReply::readyRead, this, &ChatCompletionCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ChatCompletionCall::onFinished);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        UpstreamError e;
        e.kind = UpstreamError::Kind::Timeout;
        fail(e);
    });
    m_timer->start(m_config.connectTimeoutMs);
}

void ChatCompletionCall::dropReply()
{
    m_reply->disconnect(this);
    m_reply->abort();
}

ChatCompletionCall::~ChatCompletionCall()
{
    dropReply();
}

void ChatCompletionCall::abort()
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_timer->stop();
    dropReply();
    deleteLater();
}

void ChatCompletionCall::fail(const UpstreamError &error)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_timer->stop();
    dropReply();
    emit failed(error);
    deleteLater();
}

void ChatCompletionCall::deliver(const QList<SseEvent> &events)
{
    for (const SseEvent &event : events) {
        if (m_done) {
            return;
        }
        const QByteArray data = event.data.toUtf8();
        if (data.trimmed() == "[DONE]") {
            m_done = true;
            m_timer->stop();
            dropReply();
            emit finished();
            deleteLater();
            return;
        }
        if (data.trimmed().isEmpty()) {
            continue;
        }
        const QList<ChatDelta> deltas = m_decoder.decode(data);
        for (const ChatDelta &delta : deltas) {
            if (delta.kind == ChatDelta::Kind::Error) {
                UpstreamError e;
                e.kind = UpstreamError::Kind::Stream;
                e.message = delta.errorMessage;
                e.type = delta.errorType;
                e.code = delta.errorCode;
                fail(e);
                return;
            }
            emit deltaReceived(delta);
            if (m_done) {
                return; // aborted by a listener
            }
        }
    }
}

void ChatCompletionCall::onReadyRead()
{
    if (m_done) {
        return;
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = m_reply->readAll();
    m_timer->start(m_config.stallTimeoutMs);
    if (status < 200 || status >= 300) {
        if (m_errorBody.size() < qsizetype(64) * 1024) {
            m_errorBody += bytes;
        }
        return;
    }
    const QByteArray type = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    if (!m_streaming && type.contains("json")) {
        m_errorBody += bytes; // a whole JSON completion: read at the end
        return;
    }
    m_streaming = true;
    deliver(m_parser.feed(bytes));
    if (!m_done && m_parser.hasError()) {
        UpstreamError e;
        e.kind = UpstreamError::Kind::Protocol;
        e.message = m_parser.errorString();
        fail(e);
    }
}

void ChatCompletionCall::onFinished()
{
    if (m_done) {
        return;
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = m_reply->error();
    if (status == 0) {
        UpstreamError e;
        e.kind = networkError == QNetworkReply::TimeoutError || networkError == QNetworkReply::OperationCanceledError
            ? UpstreamError::Kind::Timeout
            : UpstreamError::Kind::Unreachable;
        e.message = m_reply->errorString();
        fail(e);
        return;
    }
    if (status < 200 || status >= 300) {
        m_errorBody += m_reply->readAll();
        UpstreamError e;
        e.kind = UpstreamError::Kind::Http;
        e.httpStatus = status;
        readErrorBody(m_errorBody, &e);
        fail(e);
        return;
    }
    onReadyRead();
    if (m_done) {
        return;
    }
    if (!m_streaming) {
        // The server answered one JSON completion although a stream was asked for.
        const QJsonObject completion = QJsonDocument::fromJson(m_errorBody).object();
        const QJsonObject choice = completion.value(u"choices"_s).toArray().first().toObject();
        if (completion.isEmpty() || choice.isEmpty()) {
            UpstreamError e;
            e.kind = UpstreamError::Kind::Protocol;
            readErrorBody(m_errorBody, &e);
            fail(e);
            return;
        }
        QJsonObject chunk { { u"choices"_s,
                              QJsonArray { QJsonObject { { u"index"_s, 0 },
                                                         { u"delta"_s, choice.value(u"message"_s) },
                                                         { u"finish_reason"_s, choice.value(u"finish_reason"_s) } } } },
                            { u"usage"_s, completion.value(u"usage"_s) } };
        SseEvent event;
        event.data = QString::fromUtf8(QJsonDocument(chunk).toJson(QJsonDocument::Compact));
        deliver({ event });
        if (!m_done) {
            m_done = true;
            emit finished();
            deleteLater();
        }
        return;
    }
    deliver(m_parser.finish());
    if (m_done) {
        return;
    }
    if (!m_decoder.finished()) {
        UpstreamError e;
        e.kind = UpstreamError::Kind::Stream;
        e.message = tr("the stream ended before the model finished its answer");
        fail(e);
        return;
    }
    m_done = true;
    m_timer->stop();
    emit finished(); // finish_reason seen, [DONE] missing: tolerated
    deleteLater();
}

UpstreamClient::UpstreamClient(UpstreamConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setAutoDeleteReplies(false);
}

ChatCompletionCall *UpstreamClient::streamChat(const QJsonObject &body)
{
    return new ChatCompletionCall(m_nam, m_config, body, this);
}

void UpstreamClient::listModels(QObject *context,
                                std::function<void(const QJsonArray &models, const UpstreamError *error)> done)
{
    QNetworkRequest request = upstreamRequest(m_config, u"/models"_s);
    request.setTransferTimeout(m_config.connectTimeoutMs);
    QNetworkReply *reply = m_nam->get(request);
    connect(reply, &QNetworkReply::finished, context, [reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        UpstreamError e;
        if (status == 0) {
            e.kind = UpstreamError::Kind::Unreachable;
            e.message = reply->errorString();
            done({}, &e);
            return;
        }
        if (status < 200 || status >= 300) {
            e.kind = UpstreamError::Kind::Http;
            e.httpStatus = status;
            readErrorBody(body, &e);
            done({}, &e);
            return;
        }
        const QJsonObject list = QJsonDocument::fromJson(body).object();
        if (!list.value(u"data"_s).isArray()) {
            e.kind = UpstreamError::Kind::Protocol;
            e.message = tr("the answer to GET /models is not a list of models");
            done({}, &e);
            return;
        }
        done(list.value(u"data"_s).toArray(), nullptr);
    });
}

QString UpstreamClient::describe(const UpstreamError &error) const
{
    QString where = m_config.displayName();
    const QString theirs = error.message.isEmpty() ? QString() : QStringLiteral(": ") + error.message;
    switch (error.kind) {
    case UpstreamError::Kind::Http:
        if (error.httpStatus == 401 || error.httpStatus == 403) {
            return tr("The model server %1 refused the key (HTTP %2)%3. Check the key given to the built-in "
                      "server.")
                .arg(where)
                .arg(error.httpStatus)
                .arg(theirs);
        }
        if (error.httpStatus == 429) {
            return tr("The model server %1 is rate limiting requests%2").arg(where, theirs);
        }
        return tr("The model server %1 answered HTTP %2%3").arg(where).arg(error.httpStatus).arg(theirs);
    case UpstreamError::Kind::Unreachable:
        return tr("The model server %1 cannot be reached%2. Is it running?").arg(where, theirs);
    case UpstreamError::Kind::Timeout:
        return tr("The model server %1 did not answer in time.").arg(where);
    case UpstreamError::Kind::Stream:
        return tr("The model server %1 reported an error while answering%2").arg(where, theirs);
    case UpstreamError::Kind::Protocol:
        return tr("The model server %1 did not answer like a Chat Completions server%2").arg(where, theirs);
    }
    return where;
}

} // namespace rl::server
