#include "apirouter.h"

#include "jsonsyntax.h"
#include "servererror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace rl::server {

using namespace Qt::StringLiterals;

ApiRouter::ApiRouter(QString apiKey, bool betaCheck)
    : m_apiKey(std::move(apiKey))
    , m_betaCheck(betaCheck)
{ }

void ApiRouter::add(const QString &method, const QString &pattern, Handler handler, bool needsBeta)
{
    m_routes.append({ method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts), std::move(handler), needsBeta });
}

bool ApiRouter::match(const QStringList &pattern, const QStringList &segments, QStringList *params)
{
    if (pattern.size() != segments.size()) {
        return false;
    }
    params->clear();
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == u"{}"_s) {
            params->append(segments.at(i));
        } else if (pattern.at(i) != segments.at(i)) {
            return false;
        }
    }
    return true;
}

void ApiRouter::dispatch(ServerExchange &exchange) const
{
    QStringList segments = exchange.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const bool underV1 = !segments.isEmpty() && segments.first() == u"v1"_s;
    if (underV1) {
        segments.removeFirst();
    }

    // A literal route ("threads/runs") owns its path over a pattern ("threads/{}").
    QList<QPair<const Route *, QStringList>> candidates;
    bool literal = false;
    for (const Route &r : m_routes) {
        QStringList p;
        if (underV1 && match(r.pattern, segments, &p)) {
            candidates.append({ &r, p });
            literal = literal || !r.pattern.contains(u"{}"_s);
        }
    }
    const bool pathKnown = !candidates.isEmpty();
    const Route *found = nullptr;
    QStringList params;
    for (const auto &c : std::as_const(candidates)) {
        if (literal && c.first->pattern.contains(u"{}"_s)) {
            continue;
        }
        if (c.first->method == exchange.method) {
            found = c.first;
            params = c.second;
            break;
        }
    }
    if (!m_apiKey.isEmpty()) {
        const QByteArray auth = exchange.header("authorization");
        if (!auth.startsWith("Bearer ") || QString::fromUtf8(auth.mid(7)).trimmed() != m_apiKey) {
            HttpResponder::sendError(exchange, ServerError::invalidApiKey(auth.isEmpty()));
            return;
        }
    }
    if (!found) {
        HttpResponder::sendError(exchange,
                                 pathKnown ? ServerError::wrongMethod(exchange.method, exchange.path)
                                           : ServerError::unknownRoute(exchange.method, exchange.path));
        return;
    }
    if (m_betaCheck && found->needsBeta && exchange.header("openai-beta").trimmed() != "assistants=v2") {
        HttpResponder::sendError(exchange, ServerError::invalidBeta());
        return;
    }
    QJsonValue body = QJsonObject();
    if (exchange.method == u"POST"_s) {
        if (!exchange.body.trimmed().isEmpty()) {
            // Strict first: QJsonDocument lets unescaped control characters and bad UTF-8 through.
            if (const auto syntax = checkJsonSyntax(exchange.body)) {
                HttpResponder::sendError(exchange, ServerError::notJson(syntax->message, syntax->offset));
                return;
            }
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(exchange.body, &error);
            if (error.error != QJsonParseError::NoError) {
                HttpResponder::sendError(exchange, ServerError::notJson(error.errorString(), error.offset));
                return;
            }
            body = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        }
    }
    found->handler(exchange, params, body);
}

} // namespace rl::server
