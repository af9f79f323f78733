#include "httpexchange.h"

#include <QNetworkReply>

#include <algorithm>

namespace rl {

namespace {

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

int intHeader(const QByteArray &value)
{
    bool ok = false;
    const double v = value.trimmed().toDouble(&ok);
    return ok && v >= 0 ? int(v) : -1;
}

} // namespace

QByteArray ResponseMeta::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (sameName(key, name)) {
            return value;
        }
    }
    return {};
}

bool ResponseMeta::hasHeader(QByteArrayView name) const
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [name](const auto &pair) { return sameName(pair.first, name); });
}

ResponseMeta ResponseMeta::fromHeaders(int status, const HeaderList &list)
{
    ResponseMeta meta;
    meta.httpStatus = status;
    meta.headers = list;
    meta.requestId = QString::fromLatin1(meta.header("x-request-id"));
    meta.processingMs = meta.hasHeader("openai-processing-ms") ? intHeader(meta.header("openai-processing-ms")) : -1;
    meta.openaiVersion = QString::fromLatin1(meta.header("openai-version"));
    meta.organization = QString::fromLatin1(meta.header("openai-organization"));
    meta.pollAfterMs = meta.hasHeader("openai-poll-after-ms") ? intHeader(meta.header("openai-poll-after-ms")) : -1;
    meta.contentType = QString::fromLatin1(meta.header("content-type"));
    for (const auto &pair : list) {
        if (pair.first.toLower().startsWith("x-ratelimit-")) {
            meta.rateLimits.append(pair);
        }
    }
    return meta;
}

ResponseMeta ResponseMeta::fromReply(const QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return fromHeaders(status, reply->rawHeaderPairs());
}

QString maskSecret(const QString &value)
{
    static const QString dots = QStringLiteral("\u2022\u2022\u2022\u2022");
    QString prefix;
    QString key = value.trimmed();
    const int space = int(key.indexOf(QLatin1Char(' ')));
    if (space > 0) {
        prefix = key.left(space + 1);
        key = key.mid(space + 1).trimmed();
    }
    if (key.size() <= 8) {
        return prefix + dots;
    }
    return prefix + dots + key.right(4);
}

bool isSecretHeader(QByteArrayView name)
{
    const QByteArray lower = name.toByteArray().toLower();
    return lower == "authorization" || lower == "proxy-authorization" || lower == "api-key" || lower.contains("token")
        || lower.contains("secret") || lower.contains("key");
}

} // namespace rl
