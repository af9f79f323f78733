// Validating a create-thread-and-run body: the descriptions of requestschema_p.h, walked by a
// visitor that applies each value's rules, plus the few rules that join several fields.
#include "createrunrequest.h"
#include "createthreadandrunrequest.h"
#include "requestschema_assistant_p.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace rl {

namespace {

void errorsFirst(Problems &problems)
{
    std::stable_partition(problems.begin(), problems.end(), [](const Problem &p) { return p.isError(); });
}

QString number(double d)
{
    return QString::number(d, 'g', 10);
}

QString text(const char *source)
{
    return QCoreApplication::translate("rl::RequestValidator", source);
}

bool isAllowedImageUrl(const QString &text)
{
    static const QRegularExpression dataUri(QStringLiteral("^data:image/(jpeg|jpg|png|gif|webp)[;,]"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (text.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) {
        return dataUri.match(text).hasMatch();
    }
    static const QRegularExpression extension(QStringLiteral("\\.(jpeg|jpg|png|gif|webp)$"),
                                              QRegularExpression::CaseInsensitiveOption);
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        && !url.host().isEmpty() && extension.match(url.path()).hasMatch();
}

// Every piece of text the model will read: instructions and message texts.
bool mentionsJson(const Field<QString> &instructions, const Field<QList<Message>> &messages)
{
    const auto has = [](const QString &text) { return text.contains(QLatin1String("json"), Qt::CaseInsensitive); };
    if (instructions.hasValue() && has(instructions.value())) {
        return true;
    }
    if (!messages.hasValue()) {
        return false;
    }
    return std::any_of(messages.value().cbegin(), messages.value().cend(), [&has](const Message &m) {
        if (!m.content.hasValue()) {
            return false;
        }
        const MessageContent &c = m.content.value();
        if (c.kind == MessageContent::Kind::Text) {
            return has(c.text);
        }
        return std::any_of(c.parts.cbegin(), c.parts.cend(), [&has](const ContentPart &p) {
            return p.kind == ContentPart::Kind::Text && p.text.hasValue() && has(p.text.value());
        });
    });
}

// Applies the rules of one object's keys; problems carry the JSON path of the value.
class Checker
{
    Q_DECLARE_TR_FUNCTIONS(rl::RequestValidator)

public:
    static constexpr bool fills = false;

    Checker(Problems &problems, QString path, const QJsonObject &extras)
        : m_problems(problems)
        , m_path(std::move(path))
        , m_extras(extras)
    { }

    template<typename T> static void check(Problems &problems, const QString &path, const T &value)
    {
        Checker c(problems, path, value.extras);
        schema::describe(c, value);
    }

    void field(const char *key, const Field<QString> &f, const schema::Rules &rules)
    {
        if (!present(key, f, rules)) {
            return;
        }
        const QString path = pathOf(key);
        const QString &value = f.value();
        if (rules.whenEmpty != nullptr && (rules.trimmed ? value.trimmed() : value).isEmpty()) {
            error(path, text(rules.whenEmpty));
            return;
        }
        if (rules.allowedCount > 0) {
            QStringList allowed;
            for (size_t i = 0; i < rules.allowedCount; ++i) {
                allowed.append(QLatin1String(rules.allowed.at(i)));
            }
            if (!allowed.contains(value)) {
                error(path,
                      tr("\"%1\" is not allowed here. Use one of: %2.").arg(value, allowed.join(QStringLiteral(", "))));
            }
        }
        if (rules.name) {
            functionName(value, path);
        }
        if (rules.maxLength >= 0 && value.size() > rules.maxLength) {
            error(path, text(rules.tooLong).arg(value.size()));
        }
    }

    void field(const char *key, const Field<double> &f, const schema::Rules &rules)
    {
        if (present(key, f, rules) && rules.label != nullptr && (f.value() < rules.min || f.value() > rules.max)) {
            error(pathOf(key),
                  tr("%1 must be between %2 and %3 (it is %4).")
                      .arg(text(rules.label), number(rules.min), number(rules.max), number(f.value())));
        }
    }

    void field(const char *key, const Field<qint64> &f, const schema::Rules &rules)
    {
        if (present(key, f, rules) && rules.outOfRange != nullptr
            && (f.value() < rules.lowest || f.value() > rules.highest)) {
            error(pathOf(key), text(rules.outOfRange).arg(f.value()));
        }
    }

    void field(const char *key, const Field<bool> &f, const schema::Rules &rules) { present(key, f, rules); }

    void field(const char *key, const Field<QStringList> &f, const schema::Rules &rules)
    {
        if (present(key, f, rules)) {
            maxItems(f.value().size(), rules.maxItems, pathOf(key));
        }
    }

    void field(const char *key, const Field<QJsonObject> &f, const schema::Rules &rules)
    {
        if (present(key, f, rules)) {
            metadata(f.value(), pathOf(key));
        }
    }

    void field(const char *key, const Field<QJsonValue> &f, const schema::Rules &rules)
    {
        if (present(key, f, rules) && rules.label != nullptr && !f.value().isObject()) {
            error(pathOf(key),
                  tr("%1 must be a JSON object, such as {\"type\": \"object\", \"properties\": {}}.")
                      .arg(text(rules.label)));
        }
    }

    void field(const char *key, const Field<MessageContent> &f, const schema::Rules &rules)
    {
        if (!present(key, f, rules) || f.value().kind != MessageContent::Kind::Parts) {
            return;
        }
        const QString path = pathOf(key);
        const QList<ContentPart> &parts = f.value().parts;
        if (parts.isEmpty() && rules.whenEmpty != nullptr) {
            error(path, text(rules.whenEmpty));
        }
        for (qsizetype i = 0; i < parts.size(); ++i) {
            check(m_problems, indexPath(path, i), parts.at(i));
        }
    }

    template<typename T> void field(const char *key, const Field<T> &f, const schema::Rules &rules)
    {
        if (present(key, f, rules)) {
            check(m_problems, pathOf(key), f.value());
        }
    }

    template<typename T> void field(const char *key, const Field<QList<T>> &f, const schema::Rules &rules)
    {
        if (!present(key, f, rules)) {
            return;
        }
        const QString path = pathOf(key);
        const QList<T> &items = f.value();
        maxItems(items.size(), rules.maxItems, path);
        if (items.isEmpty() && rules.whenEmpty != nullptr) {
            error(path, text(rules.whenEmpty));
        }
        for (qsizetype i = 0; i < items.size(); ++i) {
            check(m_problems, indexPath(path, i), items.at(i));
        }
    }

    // Items and kinds the reader could not read were reported there.
    bool item(const QJsonValue &raw, const char * /*expected*/) { return raw.isUndefined(); }
    template<typename Kind, size_t N>
    bool tag(const Kind &kind, const QJsonValue & /*raw*/, const schema::Tag<Kind> (&/*table*/)[N],
             const char * /*what*/)
    {
        return kind != Kind::Unknown;
    }
    template<typename Kind, size_t N, typename Error>
    bool modes(const Kind &kind, const QJsonValue & /*raw*/, const schema::Tag<Kind> (&table)[N], Kind /*objectKind*/,
               Error /*error*/)
    {
        return kind != Kind::Unknown
            && std::none_of(std::begin(table), std::end(table), [kind](const auto &t) { return t.kind == kind; });
    }
    void hint(QString (* /*unknownKeyHint*/)(const QString &key)) { }
    template<typename Check> void check(Check check) { check(*this); }

    // ---- the rules that join several fields (called from the descriptions) --------------------

    void imageUrl(const Field<QString> &url, const char *key)
    {
        if (url.hasValue() && !isAllowedImageUrl(url.value())) {
            error(pathOf(key),
                  tr("The image address must be an http or https address ending in .jpg, .jpeg, .png, .gif or "
                     ".webp, or a data: URI of a JPEG, PNG, GIF or WebP image."));
        }
    }

    void chunkOverlap(const StaticChunking &s)
    {
        if (!s.maxChunkSizeTokens.hasValue() || !s.chunkOverlapTokens.hasValue()) {
            return;
        }
        const qint64 max = s.maxChunkSizeTokens.value();
        const qint64 overlap = s.chunkOverlapTokens.value();
        if (overlap >= 0 && overlap > max / 2) {
            error(pathOf("chunk_overlap_tokens"),
                  tr("The chunk overlap can be at most half the chunk size, %1 tokens (it is %2).")
                      .arg(max / 2)
                      .arg(overlap));
        }
    }

    void vectorStoreChoice(const ThreadFileSearchResources &fs)
    {
        const bool hasIds = fs.vectorStoreIds.isSet() || fs.extras.contains(QStringLiteral("vector_store_ids"));
        const bool hasStores = fs.vectorStores.isSet() || fs.extras.contains(QStringLiteral("vector_stores"));
        if (hasIds && hasStores) {
            error(m_path,
                  tr("Give either vector_store_ids (an existing vector store) or vector_stores (a new one), not "
                     "both."));
        } else if (!hasIds && !hasStores) {
            error(m_path,
                  tr("File search needs either vector_store_ids (an existing vector store) or vector_stores (a "
                     "new one)."));
        }
    }

    void lastMessagesGiven(const TruncationStrategy &t)
    {
        if (t.type.hasValue() && t.type.value() == QLatin1String("last_messages") && !t.lastMessages.hasValue()
            && !t.extras.contains(QStringLiteral("last_messages"))) {
            error(pathOf("last_messages"),
                  tr("Say how many recent messages to keep (last_messages, 1 or more) when the type is "
                     "last_messages."));
        }
    }

    void namedFunctionGiven(const ToolChoice &choice)
    {
        const bool wantsFunction = choice.type.hasValue() && choice.type.value() == QLatin1String("function");
        if (wantsFunction && !choice.function.hasValue() && !choice.extras.contains(QStringLiteral("function"))) {
            error(joinPath(pathOf("function"), QStringLiteral("name")),
                  tr("Say which function to call: the tool choice needs function.name."));
        }
    }

    void uniqueFunctionNames(const Field<QList<Tool>> &tools, const char *key)
    {
        if (!tools.hasValue()) {
            return;
        }
        QSet<QString> names;
        for (qsizetype i = 0; i < tools.value().size(); ++i) {
            const Tool &t = tools.value().at(i);
            if (t.kind != Tool::Kind::Function || !t.function.hasValue() || !t.function.value().name.hasValue()) {
                continue;
            }
            const QString name = t.function.value().name.value();
            if (names.contains(name)) {
                error(
                    joinPath(joinPath(indexPath(pathOf(key), i), QStringLiteral("function")), QStringLiteral("name")),
                    tr("Another tool already uses the function name \"%1\". Function names must be unique.").arg(name));
            }
            names.insert(name);
        }
    }

    void samplingChangedTwice(const Field<double> &temperature, const Field<double> &topP, const char *key)
    {
        if (temperature.hasValue() && topP.hasValue() && temperature.value() != 1.0 && topP.value() != 1.0) {
            warning(pathOf(key),
                    tr("Both temperature and top P are changed. It is usually best to change only "
                       "one of them."));
        }
    }

    void chosenFunctionListed(const Field<ToolChoice> &choice, const Field<QList<Tool>> &tools, const char *key)
    {
        if (!choice.hasValue() || !tools.hasValue()) {
            return; // without tools, the assistant's own tools apply
        }
        const ToolChoice &c = choice.value();
        if (c.kind != ToolChoice::Kind::Named || !c.type.hasValue() || c.type.value() != QLatin1String("function")
            || !c.function.hasValue() || !c.function.value().name.hasValue()
            || c.function.value().name.value().isEmpty()) {
            return;
        }
        const Field<QString> &name = c.function.value().name;
        const QList<Tool> &list = tools.value();
        const bool found = std::any_of(list.cbegin(), list.cend(), [&name](const Tool &t) {
            return t.kind == Tool::Kind::Function && t.function.hasValue() && t.function.value().name == name;
        });
        if (!found) {
            warning(joinPath(joinPath(pathOf(key), QStringLiteral("function")), QStringLiteral("name")),
                    tr("No function named \"%1\" is in the tools of this request.").arg(name.value()));
        }
    }

    void jsonModeMentioned(const Field<ResponseFormat> &format, const Field<QString> &instructions,
                           const Field<QList<Message>> &messages, const char *key)
    {
        if (format.hasValue() && format.value().kind == ResponseFormat::Kind::JsonObject
            && !mentionsJson(instructions, messages)) {
            warning(pathOf(key),
                    tr("JSON mode needs the word \"JSON\" in the instructions or in a message that asks for JSON. "
                       "Without it the model may produce endless whitespace."));
        }
    }

private:
    [[nodiscard]] QString pathOf(const char *key) const
    {
        const QString name = QString::fromLatin1(key);
        return m_path == bodyPath() ? name : joinPath(m_path, name);
    }

    void error(const QString &path, const QString &message)
    {
        m_problems.append(Problem { Problem::Severity::Error, path, message });
    }
    void warning(const QString &path, const QString &message)
    {
        m_problems.append(Problem { Problem::Severity::Warning, path, message });
    }

    // Reports a required key that is absent (a value kept in `extras` was already reported by
    // the reader) and null where the rules forbid it; true when the field holds a value.
    template<typename T> bool present(const char *key, const Field<T> &f, const schema::Rules &rules)
    {
        if (f.isUnset()) {
            if (rules.whenMissing != nullptr && !m_extras.contains(QString::fromLatin1(key))) {
                error(pathOf(key), text(rules.whenMissing));
            }
            return false;
        }
        if (f.isNull()) {
            if (!rules.nullable) {
                error(pathOf(key), tr("This cannot be null. Remove it or give it a value."));
            }
            return false;
        }
        return true;
    }

    void maxItems(qsizetype count, int max, const QString &path)
    {
        if (max >= 0 && count > max) {
            error(path, tr("At most %n item(s) are allowed here (there are %1).", nullptr, max).arg(count));
        }
    }

    void functionName(const QString &name, const QString &path)
    {
        static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z0-9_-]{1,64}$"));
        if (name.isEmpty()) {
            error(path, tr("The name must not be empty."));
        } else if (name.size() > limits::maxFunctionNameLength) {
            error(path, tr("The name can be at most 64 characters long (it has %1).").arg(name.size()));
        } else if (!pattern.match(name).hasMatch()) {
            error(path,
                  tr("The name \"%1\" may only use the letters a-z and A-Z, digits, underscores (_) and dashes (-).")
                      .arg(name));
        }
    }

    void metadata(const Metadata &map, const QString &path)
    {
        if (map.size() > limits::maxMetadataPairs) {
            error(path, tr("Metadata can hold at most 16 entries (it has %1).").arg(map.size()));
        }
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            const QString entryPath = joinPath(path, it.key());
            if (it.key().size() > limits::maxMetadataKeyLength) {
                error(entryPath,
                      tr("Metadata names can be at most 64 characters long (this one has %1).").arg(it.key().size()));
            }
            if (!it.value().isString()) {
                error(entryPath, tr("Metadata values must be text in quotes."));
            } else if (it.value().toString().size() > limits::maxMetadataValueLength) {
                error(entryPath,
                      tr("Metadata values can be at most 512 characters long (this one has %1).")
                          .arg(it.value().toString().size()));
            }
        }
    }

    Problems &m_problems;
    QString m_path;
    const QJsonObject &m_extras;
};

} // namespace

namespace schema {

template<typename T> void checkObject(const T &value, Problems &problems)
{
    Checker::check(problems, bodyPath(), value);
    errorsFirst(problems);
}

template void checkObject(const CreateThreadAndRunRequest &, Problems &);
template void checkObject(const CreateRunRequest &, Problems &);
template void checkObject(const Thread &, Problems &);
template void checkObject(const Message &, Problems &);
template void checkObject(const NewAssistant &, Problems &);
template void checkObject(const ChangedAssistant &, Problems &);
template void checkObject(const ThreadChanges &, Problems &);
template void checkObject(const MetadataChanges &, Problems &);

} // namespace schema

Problems CreateThreadAndRunRequest::validate() const
{
    Problems problems;
    schema::checkObject(*this, problems);
    return problems;
}

Problems CreateRunRequest::validate() const
{
    Problems problems;
    schema::checkObject(*this, problems);
    return problems;
}

namespace {

// Reading, then (for an object) validating, a body of type T.
template<typename T> Problems readAndCheck(const QJsonValue &body)
{
    Problems problems;
    T value;
    schema::readObject(body, problems, value);
    if (body.isObject()) {
        schema::checkObject(value, problems);
    }
    errorsFirst(problems);
    return problems;
}

} // namespace

Problems checkRequestBody(RequestBody kind, const QJsonValue &body)
{
    switch (kind) {
    case RequestBody::CreateThreadAndRun:
        return readAndCheck<CreateThreadAndRunRequest>(body);
    case RequestBody::CreateRun:
        return readAndCheck<CreateRunRequest>(body);
    case RequestBody::CreateThread:
        return readAndCheck<Thread>(body);
    case RequestBody::CreateMessage:
        return readAndCheck<Message>(body);
    case RequestBody::CreateAssistant:
        return readAndCheck<schema::NewAssistant>(body);
    case RequestBody::ModifyAssistant:
        return readAndCheck<schema::ChangedAssistant>(body);
    case RequestBody::ModifyThread:
        return readAndCheck<ThreadChanges>(body);
    case RequestBody::ModifyMetadata:
        return readAndCheck<MetadataChanges>(body);
    }
    return {};
}

Problems checkCreateThreadAndRunBody(const QJsonValue &body)
{
    return checkRequestBody(RequestBody::CreateThreadAndRun, body);
}

} // namespace rl
