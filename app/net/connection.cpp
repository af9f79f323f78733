#include "connection.h"

#include <QUrlQuery>

namespace rl {

QUrl Connection::endpoint(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QUrl url(baseUrl.trimmed());
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/'))) {
        basePath.chop(1);
    }
    QString tail = path;
    while (tail.startsWith(QLatin1Char('/'))) {
        tail.remove(0, 1);
    }
    url.setPath(tail.isEmpty() ? basePath : basePath + QLatin1Char('/') + tail);

    QUrlQuery q(url);
    for (const auto &[key, value] : extraQuery) {
        q.addQueryItem(key, value);
    }
    for (const auto &[key, value] : query) {
        q.addQueryItem(key, value);
    }
    url.setQuery(q.isEmpty() ? QString() : q.toString(QUrl::FullyEncoded));
    return url;
}

QNetworkRequest Connection::request(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QNetworkRequest req(endpoint(path, query));
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    req.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("RunLens"));
    switch (authStyle) {
    case AuthStyle::Bearer:
        if (!apiKey.isEmpty()) {
            req.setRawHeader("Authorization", "Bearer " + apiKey.toUtf8());
        }
        break;
    case AuthStyle::ApiKeyHeader:
        if (!apiKey.isEmpty()) {
            req.setRawHeader("api-key", apiKey.toUtf8());
        }
        break;
    case AuthStyle::None:
        break;
    }
    if (sendBetaHeader && !betaHeaderValue.isEmpty()) {
        req.setRawHeader("OpenAI-Beta", betaHeaderValue.toUtf8());
    }
    if (!organization.isEmpty()) {
        req.setRawHeader("OpenAI-Organization", organization.toUtf8());
    }
    if (!project.isEmpty()) {
        req.setRawHeader("OpenAI-Project", project.toUtf8());
    }
    for (const auto &[name, value] : extraHeaders) {
        req.setRawHeader(name.toUtf8(), value.toUtf8());
    }
    return req;
}

QString Connection::authStyleName(AuthStyle style)
{
    switch (style) {
    case AuthStyle::Bearer:
        return QStringLiteral("bearer");
    case AuthStyle::ApiKeyHeader:
        return QStringLiteral("api-key");
    case AuthStyle::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("bearer");
}

Connection::AuthStyle Connection::authStyleFromName(const QString &name, AuthStyle fallback)
{
    if (name == QLatin1String("bearer")) {
        return AuthStyle::Bearer;
    }
    if (name == QLatin1String("api-key")) {
        return AuthStyle::ApiKeyHeader;
    }
    if (name == QLatin1String("none")) {
        return AuthStyle::None;
    }
    return fallback;
}

} // namespace rl
