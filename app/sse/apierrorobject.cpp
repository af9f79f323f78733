#include "apierrorobject.h"

namespace rl {

QString jsonScalarText(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isDouble()) {
        return QString::number(value.toDouble(), 'g', 17);
    }
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    return {};
}

ApiErrorObject readApiErrorObject(const QJsonObject &root, bool bare)
{
    ApiErrorObject error;
    const QJsonValue inner = root.value(QLatin1String("error"));
    QJsonObject fields;
    if (inner.isObject()) {
        fields = inner.toObject();
    } else if (inner.isString()) {
        error.message = inner.toString();
        error.found = true;
        return error;
    } else if (bare) {
        fields = root;
    } else {
        return error;
    }
    error.found = true;
    error.message = jsonScalarText(fields.value(QLatin1String("message")));
    error.type = jsonScalarText(fields.value(QLatin1String("type")));
    error.code = jsonScalarText(fields.value(QLatin1String("code")));
    error.param = jsonScalarText(fields.value(QLatin1String("param")));
    return error;
}

bool hasApiErrorMember(const QJsonObject &root)
{
    const QJsonValue inner = root.value(QLatin1String("error"));
    return inner.isObject() || (inner.isString() && !inner.toString().isEmpty());
}

} // namespace rl
