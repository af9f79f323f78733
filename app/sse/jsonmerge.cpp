#include "jsonmerge.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace rl {

namespace {

class JsonMerge
{
    Q_DECLARE_TR_FUNCTIONS(JsonMerge)

public:
    explicit JsonMerge(QString *error)
        : m_error(error)
    { }

    bool mergeValue(QJsonValue &acc, const QJsonValue &delta);

private:
    bool mergeObject(QJsonObject &acc, const QJsonObject &delta);
    bool mergeArray(QJsonArray &acc, const QJsonArray &delta);
    bool fail(const QString &message)
    {
        if (m_error) {
            *m_error = message;
        }
        return false;
    }

    QString *m_error;
};

bool isOverwrittenKey(const QString &key)
{
    // "id" is never sent in pieces: a server repeating it must not double it.
    return key == QLatin1String("index") || key == QLatin1String("type") || key == QLatin1String("id");
}

bool JsonMerge::mergeValue(QJsonValue &acc, const QJsonValue &delta)
{
    if (delta.isUndefined()) {
        return true;
    }
    if (acc.isNull() || acc.isUndefined()) {
        acc = delta;
        return true;
    }
    if (delta.isNull()) {
        return true;
    }
    if (acc.isString() && delta.isString()) {
        acc = QJsonValue(acc.toString() + delta.toString());
        return true;
    }
    if (acc.isDouble() && delta.isDouble()) {
        acc = QJsonValue(acc.toDouble() + delta.toDouble());
        return true;
    }
    if (acc.isObject() && delta.isObject()) {
        QJsonObject object = acc.toObject();
        acc = QJsonValue(); // drop the shared copy so the object is modified in place
        const bool ok = mergeObject(object, delta.toObject());
        acc = object;
        return ok;
    }
    if (acc.isArray() && delta.isArray()) {
        QJsonArray array = acc.toArray();
        acc = QJsonValue();
        const bool ok = mergeArray(array, delta.toArray());
        acc = array;
        return ok;
    }
    acc = delta;
    return true;
}

// Qt keeps the bytes of a replaced string inside the object until it is copied, so an object
// whose strings keep growing (text.value, function.arguments) is rebuilt to let them go.
void compactObject(QJsonObject &object)
{
    QJsonObject fresh;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        fresh.insert(it.key(), it.value());
    }
    object = fresh;
}

bool JsonMerge::mergeObject(QJsonObject &acc, const QJsonObject &delta)
{
    bool grewString = false;
    for (auto it = delta.constBegin(); it != delta.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        auto found = acc.find(key);
        if (found == acc.end()) {
            acc.insert(key, value);
            continue;
        }
        if (isOverwrittenKey(key)) {
            if (!value.isNull()) {
                found.value() = value;
            }
            continue;
        }
        QJsonValue merged = found.value();
        found.value() = QJsonValue(); // release the element so merged is not shared
        grewString = grewString || (merged.isString() && value.isString());
        const bool ok = mergeValue(merged, value);
        acc.insert(key, merged);
        if (!ok) {
            return false;
        }
    }
    if (grewString) {
        compactObject(acc);
    }
    return true;
}

bool JsonMerge::mergeArray(QJsonArray &acc, const QJsonArray &delta)
{
    for (const QJsonValue entry : delta) {
        const QJsonValue indexValue = entry.isObject() ? entry.toObject().value(QLatin1String("index")) : QJsonValue();
        if (!entry.isObject() || indexValue.isUndefined() || indexValue.isNull()) {
            acc.append(entry); // primitives, and objects without an index, are appended
            continue;
        }
        const double raw = indexValue.toDouble(-1);
        if (!indexValue.isDouble() || raw < 0 || raw != std::floor(raw)) {
            return fail(tr("A streamed change has an invalid position (index %1).")
                            .arg(indexValue.isDouble() ? QString::number(raw) : tr("not a number")));
        }
        if (raw >= kMaxDeltaIndex || raw > double(acc.size()) + kMaxIndexGrowth) {
            return fail(
                tr("A streamed change points at position %1, beyond what RunLens accepts.").arg(raw, 0, 'f', 0));
        }
        const auto index = qsizetype(raw);
        while (acc.size() < index) {
            acc.append(QJsonValue(QJsonValue::Null));
        }
        if (index == acc.size()) {
            acc.append(entry);
            continue;
        }
        QJsonValue slot = acc.at(index);
        acc.replace(index, QJsonValue());
        const bool ok = mergeValue(slot, entry);
        acc.replace(index, slot);
        if (!ok) {
            return false;
        }
    }
    return true;
}

} // namespace

bool mergeDelta(QJsonValue &acc, const QJsonValue &delta, QString *error)
{
    JsonMerge merge(error);
    return merge.mergeValue(acc, delta);
}

} // namespace rl
