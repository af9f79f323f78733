#pragma once

#include "field.h"
#include "problem.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// Internal to rl_model: reads the keys of one JSON object into Field<T>s, reporting wrong types
// (with their path) and keeping every key it could not read, or did not know, in `extras`.
namespace rl {

class ObjectReader
{
    Q_DECLARE_TR_FUNCTIONS(rl::ObjectReader)

public:
    ObjectReader(const QJsonObject &object, QString path, Problems &problems, QJsonObject &extras);

    [[nodiscard]] QString pathOf(const QString &key) const { return joinPath(m_path, key); }
    [[nodiscard]] Problems &problems() { return m_problems; }

    void skip(const QString &key); // already handled by the caller (e.g. "type")
    void string(const QString &key, Field<QString> &field);
    void number(const QString &key, Field<double> &field);
    void integer(const QString &key, Field<qint64> &field);
    void boolean(const QString &key, Field<bool> &field);
    void stringList(const QString &key, Field<QStringList> &field);
    void metadata(const QString &key, Field<QJsonObject> &field);
    void anyValue(const QString &key, Field<QJsonValue> &field);

    // parse(const QJsonObject &, const QString &path, Problems &, T &out)
    template<typename T, typename Parse> void object(const QString &key, Field<T> &field, Parse parse)
    {
        QJsonValue v;
        if (!take(key, &v)) {
            return;
        }
        if (v.isNull()) {
            field.setNull();
        } else if (!v.isObject()) {
            wrongType(key, v, tr("an object ({...})"));
        } else {
            parse(v.toObject(), pathOf(key), m_problems, field.ensure());
        }
    }

    // parseItem(const QJsonValue &, const QString &path, Problems &) -> T
    template<typename T, typename ParseItem> void array(const QString &key, Field<QList<T>> &field, ParseItem parseItem)
    {
        QJsonValue v;
        if (!take(key, &v)) {
            return;
        }
        if (v.isNull()) {
            field.setNull();
        } else if (!v.isArray()) {
            wrongType(key, v, tr("a list ([...])"));
        } else {
            QList<T> items;
            const QJsonArray array = v.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                items.append(parseItem(array.at(i), indexPath(pathOf(key), i), m_problems));
            }
            field.set(items);
        }
    }

    // Reports every key not read yet and keeps it in extras. unknownKeyHint may give a
    // more helpful message for a key; it returns an empty string otherwise.
    void finish(QString (*unknownKeyHint)(const QString &key) = nullptr);

    // Keeps a value the model cannot represent and reports it at `key`.
    void wrongType(const QString &key, const QJsonValue &v, const QString &expected);

    [[nodiscard]] static QString describe(const QJsonValue &v);
    [[nodiscard]] static QString expectedMessage(const QString &expected, const QJsonValue &v);

    // Marks `key` as read and gives its value; false when the key is absent.
    bool take(const QString &key, QJsonValue *out);

private:
    const QJsonObject &m_object;
    QString m_path;
    Problems &m_problems;
    QJsonObject &m_extras;
    QSet<QString> m_taken;
};

void addError(Problems &problems, const QString &path, const QString &message);

// The "type" of an object, or an empty string.
[[nodiscard]] QString typeOf(const QJsonObject &o);

// Reports an item of a one-of list whose "type" is missing or unknown (`known` lists the
// accepted types), or that is not an object at all.
void reportBadType(const QJsonValue &item, const QString &path, Problems &problems, const QString &what,
                   const QString &known);

} // namespace rl
