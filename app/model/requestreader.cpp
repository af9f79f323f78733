// Reading a create-thread-and-run body: the descriptions of requestschema_p.h, walked by a
// visitor that fills each Field<T> from JSON and reports (and keeps) what it cannot read.
#include "createrunrequest.h"
#include "createthreadandrunrequest.h"
#include "jsonreader.h"
#include "requestschema_assistant_p.h"

#include <QCoreApplication>
#include <QStringList>

namespace rl {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(rl::RequestParser)
};

QString parserText(const char *text)
{
    return QCoreApplication::translate("rl::RequestParser", text);
}

template<typename Kind, size_t N> QString namesOf(const schema::Tag<Kind> (&table)[N])
{
    QStringList names;
    for (const schema::Tag<Kind> &tag : table) {
        names.append(QLatin1String(tag.name));
    }
    return names.join(QStringLiteral(", "));
}

// Reads the keys of one object (or of one list item, which may not be an object at all).
class Reader
{
public:
    static constexpr bool fills = true;

    Reader(const QJsonValue &value, const QString &path, Problems &problems, QJsonObject &extras)
        : m_value(value)
        , m_object(value.toObject())
        , m_path(path)
        , m_in(m_object, path, problems, extras)
    { }

    template<typename T> static void read(const QJsonValue &value, const QString &path, Problems &problems, T &out)
    {
        Reader r(value, path, problems, out.extras);
        schema::describe(r, out);
        r.finish();
    }

    void field(const char *key, Field<QString> &f, const schema::Rules & /*rules*/) { m_in.string(k(key), f); }
    void field(const char *key, Field<double> &f, const schema::Rules & /*rules*/) { m_in.number(k(key), f); }
    void field(const char *key, Field<qint64> &f, const schema::Rules & /*rules*/) { m_in.integer(k(key), f); }
    void field(const char *key, Field<bool> &f, const schema::Rules & /*rules*/) { m_in.boolean(k(key), f); }
    void field(const char *key, Field<QStringList> &f, const schema::Rules & /*rules*/) { m_in.stringList(k(key), f); }
    void field(const char *key, Field<QJsonObject> &f, const schema::Rules & /*rules*/) { m_in.metadata(k(key), f); }
    void field(const char *key, Field<QJsonValue> &f, const schema::Rules & /*rules*/) { m_in.anyValue(k(key), f); }
    void field(const char *key, Field<MessageContent> &f, const schema::Rules &rules);

    template<typename T> void field(const char *key, Field<T> &f, const schema::Rules & /*rules*/)
    {
        if constexpr (schema::takesScalars<T>) {
            QJsonValue v;
            if (!m_in.take(k(key), &v)) {
                return;
            }
            if (v.isNull()) {
                f.setNull();
            } else {
                T out;
                read(v, m_in.pathOf(k(key)), m_in.problems(), out);
                f.set(out);
            }
            return;
        }
        m_in.object(k(key), f, [](const QJsonObject &o, const QString &path, Problems &problems, T &out) {
            read(o, path, problems, out);
        });
    }

    template<typename T> void field(const char *key, Field<QList<T>> &f, const schema::Rules & /*rules*/)
    {
        m_in.array(k(key), f, [](const QJsonValue &item, const QString &path, Problems &problems) {
            T out;
            read(item, path, problems, out);
            return out;
        });
    }

    // A list item that must be an object.
    bool item(QJsonValue &raw, const char *expected)
    {
        if (m_value.isObject()) {
            return true;
        }
        addError(m_in.problems(), m_path, ObjectReader::expectedMessage(parserText(expected), m_value));
        return keep(raw);
    }

    // A one-of object: its "type" says which keys follow.
    template<typename Kind, size_t N>
    bool tag(Kind &kind, QJsonValue &raw, const schema::Tag<Kind> (&table)[N], const char *what)
    {
        const QString type = typeOf(m_object);
        for (const schema::Tag<Kind> &t : table) {
            if (m_value.isObject() && type == QLatin1String(t.name)) {
                kind = t.kind;
                m_in.skip(QStringLiteral("type"));
                return true;
            }
        }
        reportBadType(m_value, m_path, m_in.problems(), parserText(what), namesOf(table));
        kind = Kind::Unknown;
        return keep(raw);
    }

    // A value that is one of a few strings or an object.
    template<typename Kind, size_t N, typename Error>
    bool modes(Kind &kind, QJsonValue &raw, const schema::Tag<Kind> (&table)[N], Kind objectKind, Error error)
    {
        if (m_value.isObject()) {
            kind = objectKind;
            return true;
        }
        for (const schema::Tag<Kind> &t : table) {
            if (m_value.isString() && m_value.toString() == QLatin1String(t.name)) {
                kind = t.kind;
                m_done = true;
                return false;
            }
        }
        addError(m_in.problems(), m_path, error(m_value));
        kind = Kind::Unknown;
        return keep(raw);
    }

    void hint(QString (*unknownKeyHint)(const QString &key)) { m_hint = unknownKeyHint; }
    template<typename Check> void check(Check /*check*/) { }

    void finish()
    {
        if (!m_done) {
            m_in.finish(m_hint);
        }
    }

private:
    static QString k(const char *key) { return QString::fromLatin1(key); }

    bool keep(QJsonValue &raw)
    {
        raw = m_value;
        m_done = true;
        return false;
    }

    const QJsonValue m_value;
    const QJsonObject m_object;
    const QString m_path;
    ObjectReader m_in;
    QString (*m_hint)(const QString &key) = nullptr;
    bool m_done = false; // the value was kept whole or was not an object
};

void Reader::field(const char *key, Field<MessageContent> &f, const schema::Rules & /*rules*/)
{
    const QString name = k(key);
    QJsonValue v;
    if (!m_in.take(name, &v)) {
        return;
    }
    if (v.isNull()) {
        f.setNull();
    } else if (v.isString()) {
        f.set(MessageContent { MessageContent::Kind::Text, v.toString(), {} });
    } else if (v.isArray()) {
        MessageContent content { MessageContent::Kind::Parts, {}, {} };
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            ContentPart part;
            read(array.at(i), indexPath(m_in.pathOf(name), i), m_in.problems(), part);
            content.parts.append(part);
        }
        f.set(content);
    } else {
        m_in.wrongType(name, v, Text::tr("text or a list of content parts"));
    }
}

} // namespace

namespace schema {

QString topLevelHint(const QString &key)
{
    if (key == QLatin1String("additional_instructions")) {
        return Text::tr("\"additional_instructions\" only exists when running an existing thread, not when creating a "
                        "thread and run. Put the text into \"instructions\" instead.");
    }
    if (key == QLatin1String("additional_messages")) {
        return Text::tr("\"additional_messages\" only exists when running an existing thread, not when creating a "
                        "thread and run. Put the messages into \"thread.messages\" instead.");
    }
    if (key == QLatin1String("reasoning_effort") || key == QLatin1String("include")) {
        return Text::tr("\"%1\" only exists when running an existing thread, not when creating a thread and run. "
                        "Remove it.")
            .arg(key);
    }
    return {};
}

QString toolChoiceError(const QJsonValue &value)
{
    if (value.isString()) {
        return Text::tr("\"%1\" is not a tool choice the API knows. Use none, auto, required, or an object "
                        "naming a tool.")
            .arg(value.toString());
    }
    return ObjectReader::expectedMessage(Text::tr("none, auto, required or an object naming a tool"), value);
}

QString responseFormatError(const QJsonValue & /*value*/)
{
    return Text::tr("The response format must be \"auto\" or an object such as {\"type\": \"text\"}.");
}

} // namespace schema

namespace schema {

template<typename T> void readObject(const QJsonValue &value, Problems &problems, T &out)
{
    if (!value.isObject()) {
        const QString expected = std::is_same_v<T, CreateThreadAndRunRequest> || std::is_same_v<T, CreateRunRequest>
            ? Text::tr("a JSON object ({\"assistant_id\": ...})")
            : Text::tr("a JSON object ({...})");
        addError(problems, bodyPath(), ObjectReader::expectedMessage(expected, value));
        return;
    }
    Reader::read(value, bodyPath(), problems, out);
}

template void readObject(const QJsonValue &, Problems &, CreateThreadAndRunRequest &);
template void readObject(const QJsonValue &, Problems &, CreateRunRequest &);
template void readObject(const QJsonValue &, Problems &, Thread &);
template void readObject(const QJsonValue &, Problems &, Message &);
template void readObject(const QJsonValue &, Problems &, NewAssistant &);
template void readObject(const QJsonValue &, Problems &, ChangedAssistant &);
template void readObject(const QJsonValue &, Problems &, ThreadChanges &);
template void readObject(const QJsonValue &, Problems &, MetadataChanges &);

} // namespace schema

template<typename T> T partFromJson(const QJsonValue &value)
{
    T part;
    Problems ignored;
    Reader::read(value, QString(), ignored, part);
    return part;
}

template Tool partFromJson(const QJsonValue &);

AssistantRequest readAssistantRequest(const QJsonValue &body)
{
    schema::ChangedAssistant out;
    Problems ignored;
    Reader::read(body, QString(), ignored, out);
    return out;
}
template Message partFromJson(const QJsonValue &);

CreateThreadAndRunRequest::ParseResult CreateThreadAndRunRequest::fromJson(const QJsonValue &body)
{
    ParseResult result;
    schema::readObject(body, result.problems, result.request);
    return result;
}

CreateRunRequest::ParseResult CreateRunRequest::fromJson(const QJsonValue &body)
{
    ParseResult result;
    schema::readObject(body, result.problems, result.request);
    return result;
}

} // namespace rl
