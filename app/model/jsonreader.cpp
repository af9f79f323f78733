#include "jsonreader.h"

#include <QJsonArray>

#include <cmath>
#include <utility>

namespace rl {

void addError(Problems &problems, const QString &path, const QString &message)
{
    problems.append(Problem { Problem::Severity::Error, path, message });
}

ObjectReader::ObjectReader(const QJsonObject &object, QString path, Problems &problems, QJsonObject &extras)
    : m_object(object)
    , m_path(std::move(path))
    , m_problems(problems)
    , m_extras(extras)
{ }

QString ObjectReader::describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("true/false");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("text");
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

QString ObjectReader::expectedMessage(const QString &expected, const QJsonValue &v)
{
    return tr("This must be %1, not %2.").arg(expected, describe(v));
}

bool ObjectReader::take(const QString &key, QJsonValue *out)
{
    m_taken.insert(key);
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        return false;
    }
    *out = it.value();
    return true;
}

void ObjectReader::skip(const QString &key)
{
    m_taken.insert(key);
}

void ObjectReader::wrongType(const QString &key, const QJsonValue &v, const QString &expected)
{
    addError(m_problems, pathOf(key), expectedMessage(expected, v));
    m_extras.insert(key, v);
}

void ObjectReader::string(const QString &key, Field<QString> &field)
{
    QJsonValue v;
    if (!take(key, &v)) {
        return;
    }
    if (v.isNull()) {
        field.setNull();
    } else if (v.isString()) {
        field.set(v.toString());
    } else {
        wrongType(key, v, tr("text (a string in quotes)"));
    }
}

void ObjectReader::number(const QString &key, Field<double> &field)
{
    QJsonValue v;
    if (!take(key, &v)) {
        return;
    }
    if (v.isNull()) {
        field.setNull();
    } else if (v.isDouble()) {
        field.set(v.toDouble());
    } else {
        wrongType(key, v, tr("a number"));
    }
}

void ObjectReader::integer(const QString &key, Field<qint64> &field)
{
    QJsonValue v;
    if (!take(key, &v)) {
        return;
    }
    constexpr double maxExact = 9007199254740992.0; // 2^53
    if (v.isNull()) {
        field.setNull();
    } else if (v.isDouble() && std::floor(v.toDouble()) == v.toDouble() && std::fabs(v.toDouble()) <= maxExact) {
        field.set(v.toInteger(static_cast<qint64>(v.toDouble())));
    } else if (v.isDouble()) {
        addError(m_problems, pathOf(key),
                 tr("This must be a whole number (it is %1).").arg(QString::number(v.toDouble(), 'g', 17)));
        m_extras.insert(key, v);
    } else {
        wrongType(key, v, tr("a whole number"));
    }
}

void ObjectReader::boolean(const QString &key, Field<bool> &field)
{
    QJsonValue v;
    if (!take(key, &v)) {
        return;
    }
    if (v.isNull()) {
        field.setNull();
    } else if (v.isBool()) {
        field.set(v.toBool());
    } else {
        wrongType(key, v, tr("true or false"));
    }
}

void ObjectReader::stringList(const QString &key, Field<QStringList> &field)
{
    QJsonValue v;
    if (!take(key, &v)) {
        return;
    }
    if (v.isNull()) {
        field.setNull();
        return;
    }
    if (!v.isArray()) {
        wrongType(key, v, tr("a list of texts ([\"...\"])"));
        return;
    }
    const QJsonArray array = v.toArray();
    QStringList list;
    bool ok = true;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            addError(m_problems, indexPath(pathOf(key), i),
                     expectedMessage(tr("text (a string in quotes)"), array.at(i)));
            ok = false;
        }
        list.append(array.at(i).toString());
    }
    if (ok) {
        field.set(list);
    } else {
        m_extras.insert(key, v);
    }
}

void ObjectReader::metadata(const QString &key, Field<QJsonObject> &field)
{
    QJsonValue v;
    if (!take(key, &v)) {
        return;
    }
    if (v.isNull()) {
        field.setNull();
    } else if (v.isObject()) {
        field.set(v.toObject()); // values that are not text are reported by validate()
    } else {
        wrongType(key, v, tr("an object of names and texts ({\"name\": \"value\"})"));
    }
}

void ObjectReader::anyValue(const QString &key, Field<QJsonValue> &field)
{
    QJsonValue v;
    if (!take(key, &v)) {
        return;
    }
    if (v.isNull()) {
        field.setNull();
    } else {
        field.set(v); // the validator checks the shape
    }
}

void ObjectReader::finish(QString (*unknownKeyHint)(const QString &key))
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (m_taken.contains(it.key())) {
            continue;
        }
        QString message = unknownKeyHint ? unknownKeyHint(it.key()) : QString();
        if (message.isEmpty()) {
            message = tr("The API does not know a field named \"%1\" here and would refuse the request. "
                         "Check the spelling or remove it.")
                          .arg(it.key());
        }
        addError(m_problems, pathOf(it.key()), message);
        m_extras.insert(it.key(), it.value());
    }
}

QString typeOf(const QJsonObject &o)
{
    return o.value(QLatin1String("type")).toString();
}

// Reports a "type" that is missing or not one of `known`, and keeps the item as written.
void reportBadType(const QJsonValue &item, const QString &path, Problems &problems, const QString &what,
                   const QString &known)
{
    if (!item.isObject()) {
        addError(problems, path, ObjectReader::expectedMessage(ObjectReader::tr("an object with a \"type\""), item));
        return;
    }
    const QJsonValue type = item.toObject().value(QLatin1String("type"));
    if (type.isUndefined()) {
        addError(problems, joinPath(path, QStringLiteral("type")),
                 ObjectReader::tr("%1 needs a \"type\": %2.").arg(what, known));
    } else {
        addError(problems, joinPath(path, QStringLiteral("type")),
                 ObjectReader::tr("\"%1\" is not a type the API knows here. Use one of: %2.")
                     .arg(type.isString() ? type.toString() : ObjectReader::describe(type), known));
    }
}

} // namespace rl
