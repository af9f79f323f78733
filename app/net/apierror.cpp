#include "apierror.h"

#include "apierrorobject.h"
#include "bodyexcerpt.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace rl {

namespace {

QString hostOf(const QUrl &url)
{
    if (url.port() > 0) {
        return url.host() + QLatin1Char(':') + QString::number(url.port());
    }
    return url.host();
}

} // namespace

bool isAssistantsSunset(const QString &host, const QString &path, int httpStatus)
{
    if (httpStatus != 404 || host.compare(QLatin1String("api.openai.com"), Qt::CaseInsensitive) != 0) {
        return false;
    }
    return path.contains(QLatin1String("/threads")) || path.contains(QLatin1String("/assistants"));
}

int retryAfterMs(const ResponseMeta &meta)
{
    bool ok = false;
    if (meta.hasHeader("retry-after-ms")) {
        const double ms = meta.header("retry-after-ms").trimmed().toDouble(&ok);
        if (ok && ms >= 0) {
            return int(ms);
        }
    }
    if (meta.hasHeader("retry-after")) {
        const QByteArray value = meta.header("retry-after").trimmed();
        const double seconds = value.toDouble(&ok);
        if (ok && seconds >= 0) {
            return int(seconds * 1000);
        }
        const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
        if (when.isValid()) {
            return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
        }
    }
    return -1;
}

bool ApiError::isAssistantsSunset() const
{
    return kind == Kind::Http && rl::isAssistantsSunset(url.host(), url.path(), httpStatus);
}

bool ApiError::isInvalidBeta() const
{
    return kind == Kind::Http && httpStatus == 400 && code == QLatin1String("invalid_beta");
}

ApiError ApiError::ofKind(Kind kind, const QString &message)
{
    ApiError e;
    e.kind = kind;
    e.message = message;
    return e;
}

ApiError ApiError::fromHttp(int status, const ResponseMeta &meta, const QByteArray &body, const QString &method,
                            const QUrl &url)
{
    ApiError e;
    e.kind = Kind::Http;
    e.httpStatus = status;
    e.requestId = meta.requestId;
    e.retryAfterMs = rl::retryAfterMs(meta);
    e.method = method;
    e.url = url;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject root = doc.object();
        const ApiErrorObject err = readApiErrorObject(root, root.contains(QLatin1String("message")));
        if (err.found) {
            e.type = err.type;
            e.code = err.code;
            e.param = err.param;
            e.message = err.message;
        } else if (root.contains(QLatin1String("detail"))) {
            e.message = jsonScalarText(root.value(QLatin1String("detail")));
            if (e.message.isEmpty()) {
                e.message = QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
            }
        }
    } else if (!body.trimmed().isEmpty()) {
        e.bodyStart = body.left(512);
    }
    return e;
}

ApiError ApiError::protocol(const QString &message, const QByteArray &bodyStart, const ResponseMeta &meta,
                            const QString &method, const QUrl &url)
{
    ApiError e;
    e.kind = Kind::Protocol;
    e.message = message;
    e.bodyStart = bodyStart.left(512);
    e.httpStatus = meta.httpStatus;
    e.requestId = meta.requestId;
    e.method = method;
    e.url = url;
    return e;
}

bool ApiError::mayHaveReachedServer() const
{
    if (kind == Kind::Cancelled) {
        return false;
    }
    return !(kind == Kind::Network
             && (network == Network::Refused || network == Network::HostNotFound || network == Network::Tls
                 || network == Network::BadUrl));
}

bool ApiError::isWebPage() const
{
    return message.isEmpty() && looksLikeHtml(bodyStart);
}

ApiError ApiError::streamEnded(const QString &method, const QUrl &url)
{
    ApiError e;
    e.kind = Kind::Network;
    e.network = Network::StreamEnded;
    e.method = method;
    e.url = url;
    return e;
}

QString ApiError::httpSummary() const
{
    const QString host = hostOf(url);
    if (isAssistantsSunset()) {
        return tr("Not found (404): OpenAI retired the Assistants API on 26 August 2026.");
    }
    if (isInvalidBeta()) {
        return tr("The server wants the header OpenAI-Beta: assistants=v2 (400 invalid_beta).");
    }
    if (isWebPage()) {
        const QString excerpt = htmlExcerpt(bodyStart);
        const QString server = host.isEmpty() ? tr("The server") : tr("The server %1").arg(host);
        if (excerpt.isEmpty()) {
            return tr("%1 answered with a web page (status %2) instead of an API error.").arg(server).arg(httpStatus);
        }
        return tr("%1 answered with a web page (status %2) instead of an API error: \"%3\"")
            .arg(server)
            .arg(httpStatus)
            .arg(excerpt);
    }
    QString what;
    switch (httpStatus) {
    case 400:
        what = tr("The server rejected the request (400)");
        break;
    case 401:
        what = tr("The server did not accept the API key (401)");
        break;
    case 403:
        what = tr("Access denied (403)");
        break;
    case 404:
        what = tr("Not found (404)");
        break;
    case 408:
        what = tr("The server timed out (408)");
        break;
    case 409:
        what = tr("Conflict (409)");
        break;
    case 422:
        what = tr("The server could not process the request (422)");
        break;
    case 429:
        what = tr("Too many requests or quota used up (429)");
        break;
    default:
        what = httpStatus >= 500 ? tr("Server error (%1)").arg(httpStatus) : tr("HTTP error %1").arg(httpStatus);
    }
    if (!message.isEmpty()) {
        return what + QStringLiteral(": ") + message;
    }
    if (!bodyStart.isEmpty()) {
        return what + QStringLiteral(": ") + bodyExcerpt(bodyStart);
    }
    return what + QLatin1Char('.');
}

QString ApiError::networkSummary() const
{
    const QString host = hostOf(url);
    switch (network) {
    case Network::Refused:
        return tr("Connection refused by %1: nothing is listening there.").arg(host);
    case Network::HostNotFound:
        return tr("The host name %1 could not be found (DNS).").arg(url.host());
    case Network::Tls:
        return tr("The secure connection (TLS) to %1 failed.").arg(host);
    case Network::Closed:
        if (host.isEmpty()) {
            return message.isEmpty() ? tr("The server closed the connection early.") : message;
        }
        return tr("The server %1 closed the connection early.").arg(host);
    case Network::StreamEnded:
        if (host.isEmpty()) {
            return tr("The stream ended before the run reached a final status.");
        }
        return tr("The stream ended before the run reached a final status (server %1).").arg(host);
    case Network::Proxy:
        return tr("The proxy failed to connect to %1.").arg(host);
    case Network::BadUrl:
        return tr("The URL %1 cannot be used: %2").arg(url.toDisplayString(QUrl::RemoveUserInfo), message);
    case Network::None:
    case Network::Other:
        break;
    }
    if (host.isEmpty()) {
        return tr("Network error: %1").arg(message);
    }
    return tr("Network error talking to %1: %2").arg(host, message);
}

QString ApiError::summary() const
{
    const QString host = hostOf(url);
    switch (kind) {
    case Kind::Http:
        return httpSummary();
    case Kind::Network:
        return networkSummary();
    case Kind::Timeout:
        return message.isEmpty() ? tr("No answer from %1 in time.").arg(host) : message;
    case Kind::Stalled:
        return message.isEmpty() ? tr("The stream from %1 stalled.").arg(host) : message;
    case Kind::Protocol: {
        const QString server = host.isEmpty() ? tr("the server") : host;
        if (!bodyStart.isEmpty()) {
            const QString excerpt = bodyExcerpt(bodyStart);
            if (looksLikeHtml(bodyStart)) {
                return tr("Unexpected answer from %1 (%2): a web page, \"%3\"").arg(server, message, excerpt);
            }
            return tr("Unexpected answer from %1 (%2): \"%3\"").arg(server, message, excerpt);
        }
        return tr("Unexpected answer from %1: %2").arg(server, message);
    }
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::StreamError:
        if (!code.isEmpty()) {
            return tr("The stream reported an error (%1): %2").arg(code, message);
        }
        return tr("The stream reported an error: %1").arg(message);
    }
    return message;
}

QString ApiError::notFoundHint() const
{
    const bool unknownPath = message.startsWith(QLatin1String("Invalid URL"), Qt::CaseInsensitive)
        || code == QLatin1String("unknown_url") || message.contains(QLatin1String("no route"), Qt::CaseInsensitive);
    if (message.isEmpty() || unknownPath) {
        return tr("Check the base URL: most servers expect it to end in /v1.");
    }
    if (param == QLatin1String("assistant_id") || message.contains(QLatin1String("assistant"), Qt::CaseInsensitive)) {
        return tr("Check the assistant id: this server has no assistant with that id (its assistants list shows "
                  "the ones it knows).");
    }
    return tr("Check the ids in the request: the server does not know the object named above.");
}

QString ApiError::hint() const
{
    if (isAssistantsSunset()) {
        return tr("api.openai.com no longer serves /threads or /assistants. Point RunLens at a compatible server: "
                  "change the connection's base URL to your self-hosted server, proxy or Azure resource, or "
                  "start the built-in local server and use its address (for example http://127.0.0.1:PORT/v1).");
    }
    if (isInvalidBeta()) {
        return tr("Turn on the OpenAI-Beta header in the connection settings and set it to assistants=v2.");
    }
    if (kind == Kind::Http && isWebPage()) {
        return tr("Check the base URL: it may point at a web page or a proxy rather than an Assistants API server; "
                  "most servers expect it to end in /v1.");
    }
    if (kind == Kind::Http && httpStatus == 401) {
        return tr("Check the API key and the auth style (Bearer or api-key header) of the connection.");
    }
    if (kind == Kind::Http && httpStatus == 404) {
        return notFoundHint();
    }
    if (kind == Kind::Http && httpStatus == 429 && retryAfterMs >= 0) {
        return tr("The server asks to wait %1 s before trying again.")
            .arg(QLocale::c().toString(retryAfterMs / 1000.0));
    }
    if (kind == Kind::Network) {
        switch (network) {
        case Network::Refused:
            return tr("Check the host and port, and that the server is running.");
        case Network::HostNotFound:
            return tr("Check the spelling of the host name and your network or DNS settings.");
        case Network::Tls:
            return tr("The certificate may be invalid or self-signed, or the server does not speak HTTPS on this "
                      "port.");
        case Network::BadUrl:
            return tr("The base URL must start with http:// or https:// and name a host, for example "
                      "http://127.0.0.1:8080/v1.");
        default:
            break;
        }
    }
    if (kind == Kind::Protocol) {
        return tr("The base URL may point at a web page or a proxy rather than an Assistants API server.");
    }
    return {};
}

QString ApiError::details(bool withFacts) const
{
    QStringList lines;
    const QString first = summary();
    lines << first;
    const QString advice = hint();
    if (!advice.isEmpty()) {
        lines << advice;
    }
    if (runMayExist && mayHaveReachedServer()) {
        lines << tr("The request may have reached the server: a run may have been created there. It was not sent "
                    "again, so that no second run is started.");
    }
    if (kind == Kind::Http && withFacts) {
        QStringList parts;
        if (!type.isEmpty()) {
            parts << tr("Type: %1").arg(type);
        }
        if (!code.isEmpty()) {
            parts << tr("code: %1").arg(code);
        }
        if (!param.isEmpty()) {
            parts << tr("parameter: %1").arg(param);
        }
        if (!parts.isEmpty()) {
            parts.first()[0] = parts.first().at(0).toUpper();
            lines << parts.join(QStringLiteral(", "));
        }
    }
    if (!method.isEmpty() || !url.isEmpty()) {
        lines << tr("Request: %1 %2").arg(method, url.toDisplayString(QUrl::RemoveUserInfo));
    }
    if (!requestId.isEmpty() && withFacts) {
        lines << tr("Request id: %1").arg(requestId);
    }
    if (!message.isEmpty() && kind != Kind::Http && !first.contains(message)) {
        lines << (kind == Kind::Network ? tr("System message: %1").arg(message) : message);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace rl
