#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace rl {

// A small streaming JSON writer that keeps keys in the order they are written (QJsonObject
// sorts them). Free-form values (QJsonValue) are written recursively.
class JsonWriter
{
public:
    explicit JsonWriter(bool indented);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(const QString &name); // inside an object, before each value
    void value(const QJsonValue &v);
    void string(const QString &s);
    void number(double d);
    void integer(qint64 i);
    void boolean(bool b);
    void null();

    [[nodiscard]] QByteArray result() const;

private:
    void beforeValue();
    void writeString(const QString &s);
    void close(char bracket);
    void newline();

    QByteArray m_out;
    bool m_indented;
    int m_depth = 0;
    bool m_first = true; // no element written yet at the current level
    bool m_afterKey = false;
};

} // namespace rl
