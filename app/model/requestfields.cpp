// The registry of a body's field paths: the descriptions of requestschema_p.h, walked by a
// visitor that writes down each key instead of reading or writing a value.
#include "requestfields.h"

#include "requestschema_assistant_p.h"

#include <algorithm>

namespace rl {

namespace {

using Kind = RequestField::Kind;

// What the registry's two visitors share: each kind of a one-of object is walked in its own
// pass (`branch`), and no value is read, written or checked.
class BranchWalker
{
public:
    static constexpr bool fills = true;

    explicit BranchWalker(int branch)
        : m_branch(branch)
    { }

    bool item(QJsonValue & /*raw*/, const char * /*expected*/) { return true; }

    template<typename K, size_t N>
    bool tag(K &kind, QJsonValue & /*raw*/, const schema::Tag<K> (&table)[N], const char * /*what*/)
    {
        m_branches = int(N);
        kind = table[std::min<size_t>(size_t(m_branch), N - 1)].kind;
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

    [[nodiscard]] int branches() const { return m_branches; }

private:
    int m_branch;
    int m_branches = 1;
};

class PathCollector : public BranchWalker
{
public:
    PathCollector(QList<RequestField> &out, QString prefix, int branch)
        : BranchWalker(branch)
        , m_out(out)
        , m_prefix(std::move(prefix))
    { }

    // Every kind of a one-of object is walked in turn.
    template<typename T> static void collect(QList<RequestField> &out, const QString &prefix)
    {
        int branches = 1;
        for (int branch = 0; branch < branches; ++branch) {
            T value;
            PathCollector c(out, prefix, branch);
            schema::describe(c, value);
            branches = std::max(branches, c.branches());
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

    // A one-of object's "type" is one of its fields.
    template<typename K, size_t N>
    bool tag(K &kind, QJsonValue &raw, const schema::Tag<K> (&table)[N], const char *what)
    {
        add("type", Kind::Text, schema::rules().notNull());
        return BranchWalker::tag(kind, raw, table, what);
    }

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
};

// Finds the key of the field at one address.
class KeyFinder : public BranchWalker
{
public:
    KeyFinder(const void *address, int branch)
        : BranchWalker(branch)
        , m_address(address)
    { }

    template<typename T> void field(const char *key, Field<T> &f, const schema::Rules & /*rules*/)
    {
        if (static_cast<const void *>(&f) == m_address) {
            m_key = QString::fromLatin1(key);
        }
    }

    [[nodiscard]] const QString &key() const { return m_key; }

private:
    const void *m_address;
    QString m_key;
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

namespace detail {

template<typename T> QString keyAt(T &probe, const void *address)
{
    for (int branch = 0, branches = 1; branch < branches; ++branch) {
        KeyFinder finder(address, branch);
        schema::describe(finder, probe);
        if (!finder.key().isEmpty()) {
            return finder.key();
        }
        branches = finder.branches();
    }
    return {};
}

template QString keyAt(CreateThreadAndRunRequest &, const void *);
template QString keyAt(CreateRunRequest &, const void *);
template QString keyAt(Thread &, const void *);
template QString keyAt(Message &, const void *);
template QString keyAt(ContentPart &, const void *);
template QString keyAt(ImageUrl &, const void *);
template QString keyAt(ImageFile &, const void *);
template QString keyAt(Attachment &, const void *);
template QString keyAt(ToolResources &, const void *);
template QString keyAt(ThreadToolResources &, const void *);
template QString keyAt(CodeInterpreterResources &, const void *);
template QString keyAt(FileSearchResources &, const void *);
template QString keyAt(ThreadFileSearchResources &, const void *);
template QString keyAt(VectorStoreHelper &, const void *);
template QString keyAt(ChunkingStrategy &, const void *);
template QString keyAt(StaticChunking &, const void *);
template QString keyAt(Tool &, const void *);
template QString keyAt(FileSearchOptions &, const void *);
template QString keyAt(RankingOptions &, const void *);
template QString keyAt(FunctionDefinition &, const void *);
template QString keyAt(JsonSchemaFormat &, const void *);
template QString keyAt(TruncationStrategy &, const void *);
template QString keyAt(ToolChoice &, const void *);
template QString keyAt(NamedFunction &, const void *);
template QString keyAt(ResponseFormat &, const void *);
template QString keyAt(AssistantRequest &, const void *);

} // namespace detail

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
