#pragma once

#include <QJsonValue>
#include <QString>

#include <utility>
#include <vector>

namespace rl {

// A JSON value that a stream of deltas grows in place. QJsonValue is immutable and shared, so
// appending to a string inside a QJsonObject copies the string, its object and every object
// above it: a message built from N deltas costs N^2. Here a string grows by appending to its
// own buffer, and an array or object element is edited where it lives, so one delta costs what
// the delta holds. A QJsonValue is produced only when someone asks (toJson()).
//
// merge() applies the rules of openai-node's accumulateAssistantStreamDelta (digest section 4.5):
// - a key absent from the accumulator, or null there, takes the delta's value;
// - "index", "type" and "id" are overwritten (never appended); a null delta value leaves the
//   accumulator as is;
// - string + string concatenates; number + number adds;
// - object + object merges recursively;
// - arrays of primitives: the delta's items are appended;
// - arrays holding objects: each delta element carries a numeric "index" and is merged into
//   the accumulator's element at that position (inserted when empty, gaps filled with null);
//   an element without an index is appended;
// - any other pair of types: the delta replaces the value.
// Indexes are bounded: below kMaxDeltaIndex, and at most kMaxIndexGrowth past the current size
// (servers number parts and calls without gaps; a larger gap would let a few bytes of stream
// fill memory with nulls). On a bound violation the merge stops and returns false with a
// message; the value may be partly merged.
inline constexpr int kMaxDeltaIndex = 65536;
inline constexpr int kMaxIndexGrowth = 8;

class GrowingJson
{
public:
    using Type = QJsonValue::Type;

    GrowingJson() = default;
    explicit GrowingJson(const QJsonValue &value);

    [[nodiscard]] bool isUndefined() const { return m_type == Type::Undefined; }
    [[nodiscard]] bool isString() const { return m_type == Type::String; }

    // Replaces the whole value.
    void set(const QJsonValue &value);
    // Merges one delta (rules above). Returns false and sets *error on a bound violation.
    bool merge(const QJsonValue &delta, QString *error = nullptr);

    [[nodiscard]] QJsonValue toJson() const;

    // Reading without building a QJsonValue.
    [[nodiscard]] const QString &string() const { return m_string; } // empty unless a string
    [[nodiscard]] qsizetype size() const; // items of an array, members of an object, else 0
    [[nodiscard]] const GrowingJson &at(qsizetype index) const; // an undefined value when out of range
    [[nodiscard]] const GrowingJson &member(QLatin1String key) const; // undefined when absent
    [[nodiscard]] bool contains(QLatin1String key) const;
    [[nodiscard]] bool contains(const QString &key) const;

    // Editing in place.
    GrowingJson &memberRef(const QString &key); // an object's member, inserted as undefined when absent
    [[nodiscard]] GrowingJson *itemRef(qsizetype index); // an array's item; nullptr when there is none
    [[nodiscard]] GrowingJson *memberPointer(QLatin1String key); // an object's member; nullptr when absent
    void appendString(const QString &text); // a string grows (only when isString())
    // Takes one member out (undefined when absent), leaving the rest as it is.
    [[nodiscard]] GrowingJson take(QLatin1String key);

private:
    static const GrowingJson &undefinedValue();
    [[nodiscard]] GrowingJson *find(QStringView key);

    Type m_type = Type::Undefined;
    bool m_bool = false;
    double m_double = 0;
    QString m_string;
    std::vector<GrowingJson> m_items;
    std::vector<std::pair<QString, GrowingJson>> m_members; // in insertion order; objects are small

    friend class GrowingJsonMerge;
};

} // namespace rl
