#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace rl::server {

// One error the way the Assistants API reports it: an HTTP status plus
// {"error": {"message", "type", "param", "code"}}.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(rl::server::ApiError)

public:
    int status = 400;
    QString message;
    QString type = QStringLiteral("invalid_request_error");
    QString param; // empty = null
    QString code; // empty = null

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] QJsonObject errorObject() const; // the inner object, as sent in an `error` event

    static ApiError invalidBody(const QString &param, const QString &message);
    static ApiError notJson();
    static ApiError tooLarge(qint64 size, qint64 limit);
    static ApiError notFound(const QString &what, const QString &id);
    static ApiError invalidApiKey(bool missing);
    static ApiError invalidBeta();
    static ApiError unknownRoute(const QString &method, const QString &path);
    static ApiError wrongMethod(const QString &method, const QString &path);
    static ApiError conflict(const QString &message, const QString &param = QString());
    static ApiError serverError(const QString &message);
};

} // namespace rl::server
