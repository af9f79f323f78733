#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace rl::server {

// One error the way the Assistants API reports it: an HTTP status plus
// {"error": {"message", "type", "param", "code"}}.
struct ServerError
{
    Q_DECLARE_TR_FUNCTIONS(rl::server::ServerError)

public:
    int status = 400;
    QString message;
    QString type = QStringLiteral("invalid_request_error");
    QString param; // empty = null
    QString code; // empty = null

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QJsonObject errorObject() const; // the inner object, as sent in an `error` event

    static ServerError invalidBody(const QString &param, const QString &message);
    // reason and offset: where and why the body is not JSON (shown after the API's own words)
    static ServerError notJson(const QString &reason = QString(), qsizetype offset = -1);
    static ServerError tooLarge(qint64 size, qint64 limit);
    static ServerError notFound(const QString &what, const QString &id);
    static ServerError invalidApiKey(bool missing);
    static ServerError invalidBeta();
    static ServerError unknownRoute(const QString &method, const QString &path);
    static ServerError wrongMethod(const QString &method, const QString &path);
    static ServerError conflict(const QString &message, const QString &param = QString());
    static ServerError serverError(const QString &message);
    // A request refused at the HTTP level (malformed, too large, too slow): status and message.
    static ServerError badHttp(int status, const QString &message);
};

} // namespace rl::server
