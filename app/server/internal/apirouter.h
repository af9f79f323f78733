#pragma once

#include "serverexchange.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace rl::server {

// Checks what every request must carry (API key, beta header, a JSON body), then
// finds the handler for the path under /v1. Unknown paths get 404, wrong methods 405.
class ApiRouter
{
public:
    using Handler = std::function<void(ServerExchange &, const QStringList &params, const QJsonValue &body)>;

    ApiRouter(QString apiKey, bool betaCheck);

    // pattern: "threads/{}/runs", relative to /v1; "{}" takes one path segment.
    void add(const QString &method, const QString &pattern, Handler handler, bool needsBeta = true);
    void dispatch(ServerExchange &exchange) const;

private:
    struct Route
    {
        QString method;
        QStringList pattern;
        Handler handler;
        bool needsBeta = true;
    };
    static bool match(const QStringList &pattern, const QStringList &segments, QStringList *params);

    QString m_apiKey;
    bool m_betaCheck;
    QList<Route> m_routes;
};

} // namespace rl::server
