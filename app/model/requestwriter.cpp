// Serialising a create-thread-and-run request: the descriptions of requestschema_p.h, walked
// by a visitor that writes only the keys that are set, in the spec's order, with everything kept
// in `extras` / `raw` written back unchanged.
#include "createrunrequest.h"
#include "createthreadandrunrequest.h"
#include "jsontext.h"
#include "jsonwriter.h"
#include "requestschema_assistant_p.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <iterator>

namespace rl {

namespace {

void writeString(JsonWriter &w, const QString &s)
{
    w.string(s);
}
void writeStrings(JsonWriter &w, const QStringList &list)
{
    w.beginArray();
    for (const QString &s : list) {
        w.string(s);
    }
    w.endArray();
}

// Writes one object: the keys that are set, in the order of their description, then the
// remaining extras. A one-of value written as a plain string or kept whole writes no object.
class Writer
{
public:
    static constexpr bool fills = false;

    Writer(JsonWriter &w, const QJsonObject &extras)
        : m_w(w)
        , m_extras(extras)
    { }

    template<typename T> static void write(JsonWriter &w, const T &value)
    {
        Writer out(w, value.extras);
        schema::describe(out, value);
        out.finish();
    }

    void field(const char *key, const Field<QString> &f, const schema::Rules & /*rules*/) { out(key, f, writeString); }
    void field(const char *key, const Field<double> &f, const schema::Rules & /*rules*/)
    {
        out(key, f, [](JsonWriter &w, double d) { w.number(d); });
    }
    void field(const char *key, const Field<qint64> &f, const schema::Rules & /*rules*/)
    {
        out(key, f, [](JsonWriter &w, qint64 i) { w.integer(i); });
    }
    void field(const char *key, const Field<bool> &f, const schema::Rules & /*rules*/)
    {
        out(key, f, [](JsonWriter &w, bool b) { w.boolean(b); });
    }
    void field(const char *key, const Field<QStringList> &f, const schema::Rules & /*rules*/)
    {
        out(key, f, writeStrings);
    }
    void field(const char *key, const Field<QJsonObject> &f, const schema::Rules & /*rules*/)
    {
        out(key, f, [](JsonWriter &w, const QJsonObject &o) { w.value(o); });
    }
    void field(const char *key, const Field<QJsonValue> &f, const schema::Rules & /*rules*/)
    {
        out(key, f, [](JsonWriter &w, const QJsonValue &v) { w.value(v); });
    }
    void field(const char *key, const Field<MessageContent> &f, const schema::Rules & /*rules*/)
    {
        out(key, f, [](JsonWriter &w, const MessageContent &c) {
            if (c.kind == MessageContent::Kind::Text) {
                w.string(c.text);
            } else {
                writeList(w, c.parts);
            }
        });
    }
    template<typename T> void field(const char *key, const Field<T> &f, const schema::Rules & /*rules*/)
    {
        out(key, f, [](JsonWriter &w, const T &value) { write(w, value); });
    }
    template<typename T> void field(const char *key, const Field<QList<T>> &f, const schema::Rules & /*rules*/)
    {
        out(key, f, [](JsonWriter &w, const QList<T> &items) { writeList(w, items); });
    }

    bool item(const QJsonValue &raw, const char * /*expected*/) { return raw.isUndefined() || whole(raw); }

    template<typename Kind, size_t N>
    bool tag(const Kind &kind, const QJsonValue &raw, const schema::Tag<Kind> (&table)[N], const char * /*what*/)
    {
        if (kind == Kind::Unknown) {
            return whole(raw);
        }
        for (const schema::Tag<Kind> &t : table) {
            if (t.kind == kind) {
                begin();
                const QString type = QStringLiteral("type");
                m_done.insert(type);
                m_w.key(type);
                m_w.string(QLatin1String(t.name));
            }
        }
        return true;
    }

    template<typename Kind, size_t N, typename Error>
    bool modes(const Kind &kind, const QJsonValue &raw, const schema::Tag<Kind> (&table)[N], Kind /*objectKind*/,
               Error /*error*/)
    {
        if (kind == Kind::Unknown) {
            return whole(raw);
        }
        const auto *mode
            = std::find_if(std::begin(table), std::end(table), [kind](const auto &t) { return t.kind == kind; });
        if (mode == std::end(table)) {
            return true;
        }
        m_w.string(QLatin1String(mode->name));
        m_whole = true;
        return false;
    }

    void hint(QString (* /*unknownKeyHint*/)(const QString &key)) { }
    template<typename Check> void check(Check /*check*/) { }

    void finish()
    {
        if (m_whole) {
            return;
        }
        begin();
        for (auto it = m_extras.constBegin(); it != m_extras.constEnd(); ++it) {
            if (!m_done.contains(it.key())) {
                m_w.key(it.key());
                m_w.value(it.value());
            }
        }
        m_w.endObject();
    }

private:
    template<typename T> static void writeList(JsonWriter &w, const QList<T> &items)
    {
        w.beginArray();
        for (const T &item : items) {
            write(w, item);
        }
        w.endArray();
    }

    void begin()
    {
        if (!m_begun) {
            m_w.beginObject();
            m_begun = true;
        }
    }

    bool whole(const QJsonValue &raw)
    {
        m_w.value(raw);
        m_whole = true;
        return false;
    }

    // write(JsonWriter &, const T &)
    template<typename T, typename Write> void out(const char *name, const Field<T> &f, Write write)
    {
        begin();
        const QString key = QString::fromLatin1(name);
        m_done.insert(key);
        if (f.isNull()) {
            m_w.key(key);
            m_w.null();
        } else if (f.hasValue()) {
            m_w.key(key);
            write(m_w, f.value());
        } else if (m_extras.contains(key)) {
            m_w.key(key);
            m_w.value(m_extras.value(key));
        }
    }

    JsonWriter &m_w;
    const QJsonObject &m_extras;
    QSet<QString> m_done;
    bool m_begun = false;
    bool m_whole = false; // written as a plain value: no object
};

template<typename T> QByteArray bytesOf(const T &body, JsonFormat format)
{
    JsonWriter w(format == JsonFormat::Indented);
    Writer::write(w, body);
    QByteArray bytes = w.result();
    if (format == JsonFormat::Indented) {
        bytes += '\n';
    }
    return bytes;
}

} // namespace

template<typename T> QJsonValue partToJson(const T &part)
{
    return readJsonText(bytesOf(part, JsonFormat::Compact)).value;
}

template QJsonValue partToJson(const Tool &);

QByteArray writeAssistantRequest(const AssistantRequest &body)
{
    schema::ChangedAssistant out;
    static_cast<AssistantRequest &>(out) = body;
    return bytesOf(out, JsonFormat::Compact);
}
template QJsonValue partToJson(const Message &);

QByteArray CreateThreadAndRunRequest::toJsonBytes(JsonFormat format) const
{
    return bytesOf(*this, format);
}

QByteArray CreateRunRequest::toJsonBytes(JsonFormat format) const
{
    return bytesOf(*this, format);
}

QJsonObject CreateThreadAndRunRequest::toJson() const
{
    return readJsonText(toJsonBytes()).value.toObject();
}

} // namespace rl
