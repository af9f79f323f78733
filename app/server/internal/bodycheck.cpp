#include "bodycheck.h"

#include "createrunrequest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace rl::server {

using namespace Qt::StringLiterals;

namespace {

using Result = std::optional<ServerError>;

QString join(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : prefix + u"."_s + key;
}

Result bad(const QString &param, const QString &message)
{
    return ServerError::invalidBody(param, message);
}

Result unknownKeys(const QJsonObject &o, const QStringList &allowed, const QString &prefix)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key())) {
            return bad(join(prefix, it.key()),
                       BodyCheck::tr("Unrecognized request argument supplied: %1").arg(join(prefix, it.key())));
        }
    }
    return std::nullopt;
}

Result typed(const QJsonObject &o, const QString &key, QJsonValue::Type type, const QString &prefix,
             bool nullable = true)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || (nullable && v.isNull()) || v.type() == type) {
        return std::nullopt;
    }
    static const QHash<int, QString> names {
        { QJsonValue::String, u"a string"_s }, { QJsonValue::Bool, u"a boolean"_s },
        { QJsonValue::Array, u"an array"_s },  { QJsonValue::Object, u"an object"_s },
        { QJsonValue::Double, u"a number"_s }, { QJsonValue::Null, u"null"_s }
    };
    return bad(join(prefix, key),
               BodyCheck::tr("Invalid type for '%1': expected %2, but got %3 instead.")
                   .arg(join(prefix, key), names.value(int(type)), names.value(int(v.type()))));
}

Result requireObject(const QJsonValue &body, const QString &prefix)
{
    if (body.isObject()) {
        return std::nullopt;
    }
    return bad(prefix,
               BodyCheck::tr("Invalid type for '%1': expected an object.").arg(prefix.isEmpty() ? u"body"_s : prefix));
}

// The request model words an unknown field for people ("The API does not know a field named
// ..."); the server answers in the API's own words instead.
bool isUnknownFieldProblem(const Problem &p)
{
    const qsizetype dot = p.path.lastIndexOf(QLatin1Char('.'));
    const QString key = p.path.mid(dot + 1);
    if (key.isEmpty() || key.contains(QLatin1Char('['))) {
        return false;
    }
    const QString generic = QCoreApplication::translate("rl::ObjectReader",
                                                        "The API does not know a field named \"%1\" here and would "
                                                        "refuse the request. Check the spelling or remove it.")
                                .arg(key);
    static const QStringList hinted { u"additional_instructions"_s, u"additional_messages"_s, u"reasoning_effort"_s,
                                      u"include"_s };
    return p.message == generic || (dot < 0 && hinted.contains(key))
        || (key == u"vector_stores"_s && p.path.startsWith(u"tool_resources."_s));
}

// The request model's rules; the first error is the one reported, in the API's words for an
// unknown field.
Result firstError(const Problems &problems)
{
    for (const Problem &p : problems) {
        if (!p.isError()) {
            continue;
        }
        const QString param = p.path == bodyPath() ? QString() : p.path;
        if (isUnknownFieldProblem(p)) {
            return bad(param, BodyCheck::tr("Unrecognized request argument supplied: %1").arg(param));
        }
        return bad(param, p.message);
    }
    return std::nullopt;
}

} // namespace

Result BodyCheck::createMessage(const QJsonValue &body)
{
    return firstError(checkRequestBody(RequestBody::CreateMessage, body));
}

Result BodyCheck::createThread(const QJsonValue &body)
{
    return firstError(checkRequestBody(RequestBody::CreateThread, body));
}

Result BodyCheck::createThreadAndRun(const QJsonValue &body)
{
    return firstError(checkRequestBody(RequestBody::CreateThreadAndRun, body));
}

Result BodyCheck::createRun(const QJsonValue &body)
{
    return firstError(checkRequestBody(RequestBody::CreateRun, body));
}

Result BodyCheck::createAssistant(const QJsonValue &body)
{
    return firstError(checkRequestBody(RequestBody::CreateAssistant, body));
}

Result BodyCheck::modifyAssistant(const QJsonValue &body)
{
    return firstError(checkRequestBody(RequestBody::ModifyAssistant, body));
}

Result BodyCheck::modifyThread(const QJsonValue &body)
{
    return firstError(checkRequestBody(RequestBody::ModifyThread, body));
}

Result BodyCheck::modifyMetadata(const QJsonValue &body)
{
    return firstError(checkRequestBody(RequestBody::ModifyMetadata, body));
}

Result BodyCheck::submitToolOutputs(const QJsonValue &body)
{
    if (auto e = requireObject(body, QString())) {
        return e;
    }
    const QJsonObject o = body.toObject();
    if (auto e = unknownKeys(o, { u"tool_outputs"_s, u"stream"_s }, QString())) {
        return e;
    }
    if (!o.value(u"tool_outputs"_s).isArray()) {
        return bad(u"tool_outputs"_s, tr("Missing required parameter: 'tool_outputs'."));
    }
    const QJsonArray outputs = o.value(u"tool_outputs"_s).toArray();
    for (qsizetype i = 0; i < outputs.size(); ++i) {
        const QString item = u"tool_outputs["_s + QString::number(i) + u"]"_s;
        if (auto e = requireObject(outputs.at(i), item)) {
            return e;
        }
        const QJsonObject out = outputs.at(i).toObject();
        if (auto e = unknownKeys(out, { u"tool_call_id"_s, u"output"_s }, item)) {
            return e;
        }
        if (!out.value(u"tool_call_id"_s).isString() || out.value(u"tool_call_id"_s).toString().isEmpty()) {
            return bad(join(item, u"tool_call_id"_s),
                       tr("Missing required parameter: '%1'.").arg(join(item, u"tool_call_id"_s)));
        }
        if (auto e = typed(out, u"output"_s, QJsonValue::String, item, false)) {
            return e;
        }
    }
    return typed(o, u"stream"_s, QJsonValue::Bool, QString());
}

} // namespace rl::server
