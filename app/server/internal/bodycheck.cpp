#include "bodycheck.h"

#include "createrunrequest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>

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

Result number(const QJsonObject &o, const QString &key, double min, double max, const QString &prefix)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        return std::nullopt;
    }
    if (!v.isDouble()) {
        return bad(join(prefix, key),
                   BodyCheck::tr("Invalid type for '%1': expected a number.").arg(join(prefix, key)));
    }
    if (v.toDouble() < min || v.toDouble() > max) {
        return bad(join(prefix, key),
                   BodyCheck::tr("Invalid '%1': must be between %2 and %3.").arg(join(prefix, key)).arg(min).arg(max));
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

Result metadata(const QJsonObject &o, const QString &prefix)
{
    const QString path = join(prefix, u"metadata"_s);
    if (auto e = typed(o, u"metadata"_s, QJsonValue::Object, prefix)) {
        return e;
    }
    const QJsonObject m = o.value(u"metadata"_s).toObject();
    if (m.size() > 16) {
        return bad(path, BodyCheck::tr("Invalid '%1': too many properties. Expected at most 16.").arg(path));
    }
    for (auto it = m.begin(); it != m.end(); ++it) {
        if (it.key().size() > 64) {
            return bad(path, BodyCheck::tr("Invalid '%1': keys can be at most 64 characters long.").arg(path));
        }
        if (!it.value().isString()) {
            return bad(join(path, it.key()),
                       BodyCheck::tr("Invalid type for '%1': expected a string.").arg(join(path, it.key())));
        }
        if (it.value().toString().size() > 512) {
            return bad(join(path, it.key()),
                       BodyCheck::tr("Invalid '%1': string too long. Expected at most 512 characters.")
                           .arg(join(path, it.key())));
        }
    }
    return std::nullopt;
}

Result tools(const QJsonObject &o, const QString &prefix, int max)
{
    if (auto e = typed(o, u"tools"_s, QJsonValue::Array, prefix)) {
        return e;
    }
    const QJsonArray tools = o.value(u"tools"_s).toArray();
    const QString path = join(prefix, u"tools"_s);
    if (tools.size() > max) {
        return bad(path,
                   BodyCheck::tr("Invalid '%1': array too long. Expected an array with maximum length %2, but got an "
                                 "array with length %3 instead.")
                       .arg(path)
                       .arg(max)
                       .arg(tools.size()));
    }
    static const QRegularExpression fnName(u"^[a-zA-Z0-9_-]{1,64}$"_s);
    for (qsizetype i = 0; i < tools.size(); ++i) {
        const QString item = path + u"["_s + QString::number(i) + u"]"_s;
        const QJsonObject t = tools.at(i).toObject();
        const QString type = t.value(u"type"_s).toString();
        if (type != u"code_interpreter"_s && type != u"file_search"_s && type != u"function"_s) {
            return bad(
                join(item, u"type"_s),
                BodyCheck::tr(
                    "Invalid value: '%1'. Supported values are: 'code_interpreter', 'file_search', and 'function'.")
                    .arg(type));
        }
        if (type == u"function"_s) {
            const QString name = t.value(u"function"_s).toObject().value(u"name"_s).toString();
            if (!fnName.match(name).hasMatch()) {
                return bad(join(item, u"function.name"_s),
                           BodyCheck::tr("Invalid '%1': string does not match pattern. Expected a string that matches "
                                         "the pattern '^[a-zA-Z0-9_-]{1,64}$'.")
                               .arg(join(item, u"function.name"_s)));
            }
        }
    }
    return std::nullopt;
}

Result responseFormat(const QJsonObject &o)
{
    const QJsonValue format = o.value(u"response_format"_s);
    if (format.isString()) {
        if (format.toString() == u"auto"_s) {
            return std::nullopt;
        }
        return bad(u"response_format"_s,
                   BodyCheck::tr("Invalid value: '%1'. Supported values are: 'auto'.").arg(format.toString()));
    }
    if (!format.isObject()) {
        return typed(o, u"response_format"_s, QJsonValue::Object, QString());
    }
    const QString type = format.toObject().value(u"type"_s).toString();
    if (type != u"text"_s && type != u"json_object"_s && type != u"json_schema"_s) {
        return bad(u"response_format.type"_s,
                   BodyCheck::tr("Invalid value: '%1'. Supported values are: 'text', 'json_object', and 'json_schema'.")
                       .arg(type));
    }
    if (type == u"json_schema"_s
        && format.toObject().value(u"json_schema"_s).toObject().value(u"name"_s).toString().isEmpty()) {
        return bad(u"response_format.json_schema.name"_s,
                   BodyCheck::tr("Missing required parameter: 'response_format.json_schema.name'."));
    }
    return std::nullopt;
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

Result stringMax(const QJsonObject &o, const QString &key, int max)
{
    if (auto e = typed(o, key, QJsonValue::String, QString())) {
        return e;
    }
    if (o.value(key).toString().size() > max) {
        return bad(key,
                   BodyCheck::tr("Invalid '%1': string too long. Expected a string with maximum length %2, but "
                                 "got a string with length %3 instead.")
                       .arg(key)
                       .arg(max)
                       .arg(o.value(key).toString().size()));
    }
    return std::nullopt;
}

Result assistantFields(const QJsonValue &body, bool requireModel)
{
    if (auto e = requireObject(body, QString())) {
        return e;
    }
    const QJsonObject o = body.toObject();
    if (auto e
        = unknownKeys(o,
                      { u"model"_s, u"name"_s, u"description"_s, u"instructions"_s, u"tools"_s, u"tool_resources"_s,
                        u"metadata"_s, u"temperature"_s, u"top_p"_s, u"response_format"_s, u"reasoning_effort"_s },
                      QString())) {
        return e;
    }
    if (requireModel && (!o.value(u"model"_s).isString() || o.value(u"model"_s).toString().isEmpty())) {
        return bad(u"model"_s, BodyCheck::tr("Missing required parameter: 'model'."));
    }
    if (auto e = typed(o, u"model"_s, QJsonValue::String, QString(), false)) {
        return e;
    }
    for (const auto &[key, max] : { std::pair { u"name"_s, 256 }, std::pair { u"description"_s, 512 },
                                    std::pair { u"instructions"_s, 256000 } }) {
        if (auto e = stringMax(o, key, max)) {
            return e;
        }
    }
    if (auto e = tools(o, QString(), 128)) {
        return e;
    }
    if (auto e = typed(o, u"tool_resources"_s, QJsonValue::Object, QString())) {
        return e;
    }
    if (auto e = number(o, u"temperature"_s, 0, 2, QString())) {
        return e;
    }
    if (auto e = number(o, u"top_p"_s, 0, 1, QString())) {
        return e;
    }
    if (auto e = responseFormat(o)) {
        return e;
    }
    return metadata(o, QString());
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
    return assistantFields(body, true);
}

Result BodyCheck::modifyAssistant(const QJsonValue &body)
{
    return assistantFields(body, false);
}

Result BodyCheck::modifyThread(const QJsonValue &body)
{
    if (auto e = requireObject(body, QString())) {
        return e;
    }
    const QJsonObject o = body.toObject();
    if (auto e = unknownKeys(o, { u"tool_resources"_s, u"metadata"_s }, QString())) {
        return e;
    }
    if (auto e = typed(o, u"tool_resources"_s, QJsonValue::Object, QString())) {
        return e;
    }
    return metadata(o, QString());
}

Result BodyCheck::modifyMetadata(const QJsonValue &body)
{
    if (auto e = requireObject(body, QString())) {
        return e;
    }
    const QJsonObject o = body.toObject();
    if (auto e = unknownKeys(o, { u"metadata"_s }, QString())) {
        return e;
    }
    return metadata(o, QString());
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
