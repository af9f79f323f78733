#include "servererror.h"

#include <QJsonValue>

namespace rl::server {

using namespace Qt::StringLiterals;

namespace {
QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QJsonObject ServerError::errorObject() const
{
    return QJsonObject {
        { u"message"_s, message }, { u"type"_s, type }, { u"param"_s, orNull(param) }, { u"code"_s, orNull(code) }
    };
}

QJsonObject ServerError::toJson() const
{
    return QJsonObject { { u"error"_s, errorObject() } };
}

ServerError ServerError::invalidBody(const QString &param, const QString &message)
{
    ServerError e;
    e.param = param;
    e.message = message;
    return e;
}

ServerError ServerError::notJson(const QString &reason, qsizetype offset)
{
    ServerError e;
    e.message = tr("We could not parse the JSON body of your request. (HINT: This likely means you aren't using your "
                   "HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid "
                   "JSON.)");
    if (!reason.isEmpty()) {
        e.message += QLatin1Char(' ') + tr("At byte %1: %2.").arg(offset).arg(reason);
    }
    return e;
}

ServerError ServerError::tooLarge(qint64 size, qint64 limit)
{
    ServerError e;
    e.status = 413;
    e.message = tr("Request body too large: %1 bytes; the maximum is %2 bytes.").arg(size).arg(limit);
    e.code = u"request_too_large"_s;
    return e;
}

ServerError ServerError::notFound(const QString &what, const QString &id)
{
    ServerError e;
    e.status = 404;
    e.message = tr("No %1 found with id '%2'.").arg(what, id);
    return e;
}

ServerError ServerError::invalidApiKey(bool missing)
{
    ServerError e;
    e.status = 401;
    e.code = u"invalid_api_key"_s;
    e.message = missing ? tr("You didn't provide an API key. You need to provide your API key in an Authorization "
                             "header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).")
                        : tr("Incorrect API key provided. Check the key given to runlens-server --api-key.");
    return e;
}

ServerError ServerError::invalidBeta()
{
    ServerError e;
    e.code = u"invalid_beta"_s;
    e.message = tr("The v1 Assistants API has been deprecated. Please try again by setting the header "
                   "'OpenAI-Beta: assistants=v2'.");
    return e;
}

ServerError ServerError::unknownRoute(const QString &method, const QString &path)
{
    ServerError e;
    e.status = 404;
    e.message = tr("Invalid URL (%1 %2)").arg(method, path);
    return e;
}

ServerError ServerError::wrongMethod(const QString &method, const QString &path)
{
    ServerError e;
    e.status = 405;
    e.message = tr("Invalid method for URL (%1 %2)").arg(method, path);
    return e;
}

ServerError ServerError::conflict(const QString &message, const QString &param)
{
    ServerError e;
    e.message = message;
    e.param = param;
    return e;
}

ServerError ServerError::serverError(const QString &message)
{
    ServerError e;
    e.status = 500;
    e.type = u"server_error"_s;
    e.code = u"server_error"_s;
    e.message = message;
    return e;
}

ServerError ServerError::badHttp(int status, const QString &message)
{
    ServerError e;
    e.status = status;
    e.message = message;
    if (status >= 500) {
        e.type = u"server_error"_s;
    }
    return e;
}

} // namespace rl::server
