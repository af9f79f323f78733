#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace rl {

JsonWriter::JsonWriter(bool indented)
    : m_indented(indented)
{ }

void JsonWriter::newline()
{
    if (!m_indented) {
        return;
    }
    m_out += '\n';
    m_out += QByteArray(qsizetype(m_depth) * 4, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_depth > 0) {
        if (!m_first) {
            m_out += ',';
        }
        newline();
    }
    m_first = false;
}

void JsonWriter::key(const QString &name)
{
    if (!m_first) {
        m_out += ',';
    }
    m_first = false;
    newline();
    writeString(name);
    m_out += m_indented ? ": " : ":";
    m_afterKey = true;
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    ++m_depth;
    m_first = true;
}

void JsonWriter::close(char bracket)
{
    --m_depth;
    if (!m_first) {
        newline();
    }
    m_out += bracket;
    m_first = false;
}

void JsonWriter::endObject()
{
    close('}');
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    ++m_depth;
    m_first = true;
}

void JsonWriter::endArray()
{
    close(']');
}

void JsonWriter::string(const QString &s)
{
    beforeValue();
    writeString(s);
}

void JsonWriter::writeString(const QString &s)
{
    QByteArray escaped;
    const QByteArray utf8 = s.toUtf8();
    escaped.reserve(utf8.size() + 2);
    escaped += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            escaped += "\\\"";
            break;
        case '\\':
            escaped += "\\\\";
            break;
        case '\b':
            escaped += "\\b";
            break;
        case '\f':
            escaped += "\\f";
            break;
        case '\n':
            escaped += "\\n";
            break;
        case '\r':
            escaped += "\\r";
            break;
        case '\t':
            escaped += "\\t";
            break;
        default:
            if (u < 0x20) {
                escaped += "\\u00";
                escaped += QByteArray::number(u, 16).rightJustified(2, '0');
            } else {
                escaped += c;
            }
        }
    }
    escaped += '"';
    m_out += escaped;
}

void JsonWriter::number(double d)
{
    beforeValue();
    if (!std::isfinite(d)) {
        m_out += "null"; // JSON has no NaN or infinity
        return;
    }
    constexpr double maxExactInteger = 9007199254740992.0; // 2^53
    if (d == std::floor(d) && std::fabs(d) < maxExactInteger) {
        m_out += QByteArray::number(static_cast<qint64>(d));
        return;
    }
    m_out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
}

void JsonWriter::integer(qint64 i)
{
    beforeValue();
    m_out += QByteArray::number(i);
}

void JsonWriter::boolean(bool b)
{
    beforeValue();
    m_out += b ? "true" : "false";
}

void JsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

void JsonWriter::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    case QJsonValue::Bool:
        boolean(v.toBool());
        break;
    case QJsonValue::Double:
        number(v.toDouble());
        break;
    case QJsonValue::String:
        string(v.toString());
        break;
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray array = v.toArray();
        for (const QJsonValue item : array) {
            value(item);
        }
        endArray();
        break;
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = v.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        break;
    }
    }
}

QByteArray JsonWriter::result() const
{
    return m_out;
}

} // namespace rl
