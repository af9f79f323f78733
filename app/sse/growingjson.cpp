#include "growingjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace rl {

class GrowingJsonMerge
{
    Q_DECLARE_TR_FUNCTIONS(JsonMerge)

public:
    explicit GrowingJsonMerge(QString *error)
        : m_error(error)
    { }

    bool mergeValue(GrowingJson &acc, const QJsonValue &delta);

private:
    bool mergeObject(GrowingJson &acc, const QJsonObject &delta);
    bool mergeArray(GrowingJson &acc, const QJsonArray &delta);
    bool fail(const QString &message)
    {
        if (m_error) {
            *m_error = message;
        }
        return false;
    }

    QString *m_error;
};

namespace {

bool isOverwrittenKey(QStringView key)
{
    // "id" is never sent in pieces: a server repeating it must not double it.
    return key == QLatin1String("index") || key == QLatin1String("type") || key == QLatin1String("id");
}

} // namespace

GrowingJson::GrowingJson(const QJsonValue &value)
{
    set(value);
}

const GrowingJson &GrowingJson::undefinedValue()
{
    static const GrowingJson undefined;
    return undefined;
}

void GrowingJson::set(const QJsonValue &value)
{
    m_type = value.type();
    m_bool = value.toBool();
    m_double = value.toDouble();
    m_string = value.isString() ? value.toString() : QString();
    m_items.clear();
    m_members.clear();
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        m_items.reserve(std::size_t(array.size()));
        for (const QJsonValue item : array) {
            m_items.emplace_back(item);
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        m_members.reserve(std::size_t(object.size()));
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            m_members.emplace_back(it.key(), GrowingJson(it.value()));
        }
    }
}

QJsonValue GrowingJson::toJson() const
{
    switch (m_type) {
    case Type::Null:
        return { QJsonValue::Null };
    case Type::Bool:
        return { m_bool };
    case Type::Double:
        return { m_double };
    case Type::String:
        return { m_string };
    case Type::Array: {
        QJsonArray array;
        for (const GrowingJson &item : m_items) {
            array.append(item.toJson());
        }
        return array;
    }
    case Type::Object: {
        QJsonObject object;
        for (const auto &[key, value] : m_members) {
            if (!value.isUndefined()) {
                object.insert(key, value.toJson());
            }
        }
        return object;
    }
    case Type::Undefined:
        break;
    }
    return { QJsonValue::Undefined };
}

qsizetype GrowingJson::size() const
{
    if (m_type == Type::Array) {
        return qsizetype(m_items.size());
    }
    return m_type == Type::Object ? qsizetype(m_members.size()) : 0;
}

const GrowingJson &GrowingJson::at(qsizetype index) const
{
    if (m_type != Type::Array || index < 0 || index >= qsizetype(m_items.size())) {
        return undefinedValue();
    }
    return m_items[std::size_t(index)];
}

GrowingJson *GrowingJson::find(QStringView key)
{
    for (auto &[name, value] : m_members) {
        if (name == key) {
            return &value;
        }
    }
    return nullptr;
}

const GrowingJson &GrowingJson::member(QLatin1String key) const
{
    if (m_type == Type::Object) {
        for (const auto &[name, value] : m_members) {
            if (name == key) {
                return value;
            }
        }
    }
    return undefinedValue();
}

bool GrowingJson::contains(QLatin1String key) const
{
    return !member(key).isUndefined();
}

bool GrowingJson::contains(const QString &key) const
{
    if (m_type == Type::Object) {
        for (const auto &[name, value] : m_members) {
            if (name == key) {
                return !value.isUndefined();
            }
        }
    }
    return false;
}

GrowingJson &GrowingJson::memberRef(const QString &key)
{
    if (m_type != Type::Object) {
        set(QJsonObject());
    }
    if (GrowingJson *found = find(key)) {
        return *found;
    }
    m_members.emplace_back(key, GrowingJson());
    return m_members.back().second;
}

GrowingJson *GrowingJson::itemRef(qsizetype index)
{
    if (m_type != Type::Array || index < 0 || index >= qsizetype(m_items.size())) {
        return nullptr;
    }
    return &m_items[std::size_t(index)];
}

GrowingJson *GrowingJson::memberPointer(QLatin1String key)
{
    if (m_type != Type::Object) {
        return nullptr;
    }
    for (auto &[name, value] : m_members) {
        if (name == key) {
            return &value;
        }
    }
    return nullptr;
}

void GrowingJson::appendString(const QString &text)
{
    if (m_type == Type::String) {
        m_string += text;
    }
}

GrowingJson GrowingJson::take(QLatin1String key)
{
    GrowingJson out;
    for (auto it = m_members.begin(); it != m_members.end(); ++it) {
        if (it->first == key) {
            out = std::move(it->second);
            m_members.erase(it);
            break;
        }
    }
    return out;
}

bool GrowingJson::merge(const QJsonValue &delta, QString *error)
{
    GrowingJsonMerge merge(error);
    return merge.mergeValue(*this, delta);
}

bool GrowingJsonMerge::mergeValue(GrowingJson &acc, const QJsonValue &delta)
{
    using Type = GrowingJson::Type;
    if (delta.isUndefined()) {
        return true;
    }
    if (acc.m_type == Type::Null || acc.m_type == Type::Undefined) {
        acc.set(delta);
        return true;
    }
    if (delta.isNull()) {
        return true;
    }
    if (acc.m_type == Type::String && delta.isString()) {
        acc.m_string.append(delta.toString());
        return true;
    }
    if (acc.m_type == Type::Double && delta.isDouble()) {
        acc.m_double += delta.toDouble();
        return true;
    }
    if (acc.m_type == Type::Object && delta.isObject()) {
        return mergeObject(acc, delta.toObject());
    }
    if (acc.m_type == Type::Array && delta.isArray()) {
        return mergeArray(acc, delta.toArray());
    }
    acc.set(delta);
    return true;
}

bool GrowingJsonMerge::mergeObject(GrowingJson &acc, const QJsonObject &delta)
{
    for (auto it = delta.constBegin(); it != delta.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        GrowingJson *found = acc.find(key);
        if (!found || found->isUndefined()) {
            acc.memberRef(key).set(value);
            continue;
        }
        if (isOverwrittenKey(key)) {
            if (!value.isNull()) {
                found->set(value);
            }
            continue;
        }
        if (!mergeValue(*found, value)) {
            return false;
        }
    }
    return true;
}

bool GrowingJsonMerge::mergeArray(GrowingJson &acc, const QJsonArray &delta)
{
    for (const QJsonValue entry : delta) {
        const QJsonValue indexValue = entry.isObject() ? entry.toObject().value(QLatin1String("index")) : QJsonValue();
        if (!entry.isObject() || indexValue.isUndefined() || indexValue.isNull()) {
            acc.m_items.emplace_back(entry); // primitives, and objects without an index, are appended
            continue;
        }
        const double raw = indexValue.toDouble(-1);
        if (!indexValue.isDouble() || raw < 0 || raw != std::floor(raw)) {
            return fail(tr("A streamed change has an invalid position (index %1).")
                            .arg(indexValue.isDouble() ? QString::number(raw) : tr("not a number")));
        }
        const auto size = double(acc.m_items.size());
        if (raw >= kMaxDeltaIndex || raw > size + kMaxIndexGrowth) {
            return fail(
                tr("A streamed change points at position %1, beyond what RunLens accepts.").arg(raw, 0, 'f', 0));
        }
        const auto index = std::size_t(raw);
        while (acc.m_items.size() < index) {
            acc.m_items.emplace_back(QJsonValue(QJsonValue::Null));
        }
        if (index == acc.m_items.size()) {
            acc.m_items.emplace_back(entry);
            continue;
        }
        if (!mergeValue(acc.m_items[index], entry)) {
            return false;
        }
    }
    return true;
}

} // namespace rl
