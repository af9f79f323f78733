// The registry of a body's field paths: the descriptions of requestschema_p.h, walked by a
// visitor that writes down each key instead of reading or writing a value.
#include "requestfields.h"

#include "requestschema_assistant_p.h"

#include <algorithm>

namespace rl {

namespace {

using Kind = RequestField::Kind;

class PathCollector
{
public:
    static constexpr bool fills = true;

    PathCollector(QList<RequestField> &out, QString prefix, int branch)
        : m_out(out)
        , m_prefix(std::move(prefix))
        , m_branch(branch)
    { }

    // Every kind of a one-of object is walked in turn.
    template<typename T> static void collect(QList<RequestField> &out, const QString &prefix)
    {
        int branches = 1;
        for (int branch = 0; branch < branches; ++branch) {
            T value;
            PathCollector c(out, prefix, branch);
            schema::describe(c, value);
            branches = std::max(branches, c.m_branches);
        }
    }

    void field(const char *key, Field<QString> & /*f*/, const schema::Rules &r) { add(key, Kind::Text, r); }
    void field(const char *key, Field<double> & /*f*/, const schema::Rules &r) { add(key, Kind::Number, r); }
    void field(const char *key, Field<qint64> & /*f*/, const schema::Rules &r) { add(key, Kind::WholeNumber, r); }
    void field(const char *key, Field<bool> & /*f*/, const schema::Rules &r) { add(key, Kind::Boolean, r); }
    void field(const char *key, Field<QStringList> & /*f*/, const schema::Rules &r) { add(key, Kind::Texts, r); }
    void field(const char *key, Field<QJsonObject> & /*f*/, const schema::Rules &r) { add(key, Kind::Metadata, r); }
    void field(const char *key, Field<QJsonValue> & /*f*/, const schema::Rules &r) { add(key, Kind::Json, r); }
    void field(const char *key, Field<MessageContent> & /*f*/, const schema::Rules &r)
    {
        collect<ContentPart>(m_out, add(key, Kind::Content, r) + QStringLiteral("[]"));
    }
    template<typename T> void field(const char *key, Field<T> & /*f*/, const schema::Rules &r)
    {
        collect<T>(m_out, add(key, Kind::Object, r));
    }
    template<typename T> void field(const char *key, Field<QList<T>> & /*f*/, const schema::Rules &r)
    {
        collect<T>(m_out, add(key, Kind::List, r) + QStringLiteral("[]"));
    }

    bool item(QJsonValue & /*raw*/, const char * /*expected*/) { return true; }

    template<typename K, size_t N>
    bool tag(K &kind, QJsonValue & /*raw*/, const schema::Tag<K> (&table)[N], const char * /*what*/)
    {
        m_branches = int(N);
        kind = table[std::min<size_t>(size_t(m_branch), N - 1)].kind;
        add("type", Kind::Text, schema::rules().notNull());
        return true;
    }

    template<typename K, size_t N, typename Error>
    bool modes(K &kind, QJsonValue & /*raw*/, const schema::Tag<K> (&/*table*/)[N], K objectKind, Error /*error*/)
    {
        kind = objectKind;
        return true;
    }

    void hint(QString (* /*unknownKeyHint*/)(const QString &key)) { }
    template<typename Check> void check(Check /*check*/) { }

private:
    QString add(const char *key, Kind kind, const schema::Rules &rules)
    {
        const QString name = QString::fromLatin1(key);
        QString path = m_prefix.isEmpty() ? name : m_prefix + QLatin1Char('.') + name;
        const bool known
            = std::any_of(m_out.cbegin(), m_out.cend(), [&path](const RequestField &f) { return f.path == path; });
        if (!known) {
            m_out.append(RequestField { path, kind, rules.whenMissing != nullptr, rules.nullable });
        }
        return path;
    }

    QList<RequestField> &m_out;
    QString m_prefix;
    int m_branch;
    int m_branches = 1;
};

template<typename T> QList<RequestField> fieldsOf()
{
    QList<RequestField> out;
    PathCollector::collect<T>(out, QString());
    return out;
}

} // namespace

QList<RequestField> requestFields(RequestBody kind)
{
    switch (kind) {
    case RequestBody::CreateThreadAndRun:
        return fieldsOf<CreateThreadAndRunRequest>();
    case RequestBody::CreateRun:
        return fieldsOf<CreateRunRequest>();
    case RequestBody::CreateThread:
        return fieldsOf<Thread>();
    case RequestBody::CreateMessage:
        return fieldsOf<Message>();
    case RequestBody::CreateAssistant:
        return fieldsOf<schema::NewAssistant>();
    case RequestBody::ModifyAssistant:
        return fieldsOf<schema::ChangedAssistant>();
    case RequestBody::ModifyThread:
        return fieldsOf<ThreadChanges>();
    case RequestBody::ModifyMetadata:
        return fieldsOf<MetadataChanges>();
    }
    return {};
}

QStringList requestKeys(RequestBody kind)
{
    QStringList keys;
    for (const RequestField &f : requestFields(kind)) {
        if (!f.path.contains(QLatin1Char('.')) && !f.path.contains(QLatin1Char('['))) {
            keys.append(f.path);
        }
    }
    return keys;
}

} // namespace rl
