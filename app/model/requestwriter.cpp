// Serialising a create-thread-and-run request: only the keys that are set, in the spec's order,
// with everything kept in `extras` / `raw` written back unchanged.
#include "createthreadandrunrequest.h"
#include "jsontext.h"
#include "jsonwriter.h"

#include <QJsonDocument>
#include <QSet>

namespace rl {

namespace {

// Writes one object: known keys in the order they are given, then the remaining extras.
class ObjectOut
{
public:
    ObjectOut(JsonWriter &w, const QJsonObject &extras)
        : m_w(w)
        , m_extras(extras)
    {
        m_w.beginObject();
    }

    void fixed(const QString &key, const QString &value)
    {
        m_done.insert(key);
        m_w.key(key);
        m_w.string(value);
    }

    // write(JsonWriter &, const T &)
    template<typename T, typename Write> void field(const QString &key, const Field<T> &f, Write write)
    {
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

    void finish()
    {
        for (auto it = m_extras.constBegin(); it != m_extras.constEnd(); ++it) {
            if (!m_done.contains(it.key())) {
                m_w.key(it.key());
                m_w.value(it.value());
            }
        }
        m_w.endObject();
    }

private:
    JsonWriter &m_w;
    const QJsonObject &m_extras;
    QSet<QString> m_done;
};

void writeString(JsonWriter &w, const QString &s)
{
    w.string(s);
}
void writeNumber(JsonWriter &w, double d)
{
    w.number(d);
}
void writeInteger(JsonWriter &w, qint64 i)
{
    w.integer(i);
}
void writeBool(JsonWriter &w, bool b)
{
    w.boolean(b);
}
void writeValue(JsonWriter &w, const QJsonValue &v)
{
    w.value(v);
}
void writeObject(JsonWriter &w, const QJsonObject &o)
{
    w.value(o);
}
void writeStrings(JsonWriter &w, const QStringList &list)
{
    w.beginArray();
    for (const QString &s : list) {
        w.string(s);
    }
    w.endArray();
}

template<typename T, typename Write> auto listOf(Write write)
{
    return [write](JsonWriter &w, const QList<T> &items) {
        w.beginArray();
        for (const T &item : items) {
            write(w, item);
        }
        w.endArray();
    };
}

void writeImageUrl(JsonWriter &w, const ImageUrl &v)
{
    ObjectOut o(w, v.extras);
    o.field(QStringLiteral("url"), v.url, writeString);
    o.field(QStringLiteral("detail"), v.detail, writeString);
    o.finish();
}

void writeImageFile(JsonWriter &w, const ImageFile &v)
{
    ObjectOut o(w, v.extras);
    o.field(QStringLiteral("file_id"), v.fileId, writeString);
    o.field(QStringLiteral("detail"), v.detail, writeString);
    o.finish();
}

void writeContentPart(JsonWriter &w, const ContentPart &v)
{
    if (v.kind == ContentPart::Kind::Unknown) {
        w.value(v.raw);
        return;
    }
    ObjectOut o(w, v.extras);
    if (v.kind == ContentPart::Kind::Text) {
        o.fixed(QStringLiteral("type"), QStringLiteral("text"));
        o.field(QStringLiteral("text"), v.text, writeString);
    } else if (v.kind == ContentPart::Kind::ImageUrl) {
        o.fixed(QStringLiteral("type"), QStringLiteral("image_url"));
        o.field(QStringLiteral("image_url"), v.imageUrl, writeImageUrl);
    } else {
        o.fixed(QStringLiteral("type"), QStringLiteral("image_file"));
        o.field(QStringLiteral("image_file"), v.imageFile, writeImageFile);
    }
    o.finish();
}

void writeContent(JsonWriter &w, const MessageContent &v)
{
    if (v.kind == MessageContent::Kind::Text) {
        w.string(v.text);
    } else {
        listOf<ContentPart>(writeContentPart)(w, v.parts);
    }
}

void writeAttachmentTool(JsonWriter &w, const AttachmentTool &v)
{
    if (v.kind == AttachmentTool::Kind::Unknown) {
        w.value(v.raw);
        return;
    }
    ObjectOut o(w, v.extras);
    o.fixed(QStringLiteral("type"),
            v.kind == AttachmentTool::Kind::CodeInterpreter ? QStringLiteral("code_interpreter")
                                                            : QStringLiteral("file_search"));
    o.finish();
}

void writeAttachment(JsonWriter &w, const Attachment &v)
{
    if (!v.raw.isUndefined()) {
        w.value(v.raw);
        return;
    }
    ObjectOut o(w, v.extras);
    o.field(QStringLiteral("file_id"), v.fileId, writeString);
    o.field(QStringLiteral("tools"), v.tools, listOf<AttachmentTool>(writeAttachmentTool));
    o.finish();
}

void writeMessage(JsonWriter &w, const Message &v)
{
    if (!v.raw.isUndefined()) {
        w.value(v.raw);
        return;
    }
    ObjectOut o(w, v.extras);
    o.field(QStringLiteral("role"), v.role, writeString);
    o.field(QStringLiteral("content"), v.content, writeContent);
    o.field(QStringLiteral("attachments"), v.attachments, listOf<Attachment>(writeAttachment));
    o.field(QStringLiteral("metadata"), v.metadata, writeObject);
    o.finish();
}

void writeCodeInterpreter(JsonWriter &w, const CodeInterpreterResources &v)
{
    ObjectOut o(w, v.extras);
    o.field(QStringLiteral("file_ids"), v.fileIds, writeStrings);
    o.finish();
}

void writeFileSearchResources(JsonWriter &w, const FileSearchResources &v)
{
    ObjectOut o(w, v.extras);
    o.field(QStringLiteral("vector_store_ids"), v.vectorStoreIds, writeStrings);
    o.finish();
}

void writeStatic(JsonWriter &w, const StaticChunking &v)
{
    ObjectOut o(w, v.extras);
    o.field(QStringLiteral("max_chunk_size_tokens"), v.maxChunkSizeTokens, writeInteger);
    o.field(QStringLiteral("chunk_overlap_tokens"), v.chunkOverlapTokens, writeInteger);
    o.finish();
}

void writeChunking(JsonWriter &w, const ChunkingStrategy &v)
{
    if (v.kind == ChunkingStrategy::Kind::Unknown) {
        w.value(v.raw);
        return;
    }
    ObjectOut o(w, v.extras);
    const bool isStatic = v.kind == ChunkingStrategy::Kind::Static;
    o.fixed(QStringLiteral("type"), isStatic ? QStringLiteral("static") : QStringLiteral("auto"));
    if (isStatic) {
        o.field(QStringLiteral("static"), v.staticChunking, writeStatic);
    }
    o.finish();
}

void writeVectorStore(JsonWriter &w, const VectorStoreHelper &v)
{
    if (!v.raw.isUndefined()) {
        w.value(v.raw);
        return;
    }
    ObjectOut o(w, v.extras);
    o.field(QStringLiteral("file_ids"), v.fileIds, writeStrings);
    o.field(QStringLiteral("chunking_strategy"), v.chunkingStrategy, writeChunking);
    o.field(QStringLiteral("metadata"), v.metadata, writeObject);
    o.finish();
}

void writeThreadFileSearch(JsonWriter &w, const ThreadFileSearchResources &v)
{
    ObjectOut o(w, v.extras);
    o.field(QStringLiteral("vector_store_ids"), v.vectorStoreIds, writeStrings);
    o.field(QStringLiteral("vector_stores"), v.vectorStores, listOf<VectorStoreHelper>(writeVectorStore));
    o.finish();
}

void writeThreadToolResources(JsonWriter &w, const ThreadToolResources &v)
{
    ObjectOut o(w, v.extras);
    o.field(QStringLiteral("code_interpreter"), v.codeInterpreter, writeCodeInterpreter);
    o.field(QStringLiteral("file_search"), v.fileSearch, writeThreadFileSearch);
    o.finish();
}

void writeToolResources(JsonWriter &w, const ToolResources &v)
{
    ObjectOut o(w, v.extras);
    o.field(QStringLiteral("code_interpreter"), v.codeInterpreter, writeCodeInterpreter);
    o.field(QStringLiteral("file_search"), v.fileSearch, writeFileSearchResources);
    o.finish();
}

void writeThread(JsonWriter &w, const Thread &v)
{
    ObjectOut o(w, v.extras);
    o.field(QStringLiteral("messages"), v.messages, listOf<Message>(writeMessage));
    o.field(QStringLiteral("tool_resources"), v.toolResources, writeThreadToolResources);
    o.field(QStringLiteral("metadata"), v.metadata, writeObject);
    o.finish();
}

void writeRanking(JsonWriter &w, const RankingOptions &v)
{
    ObjectOut o(w, v.extras);
    o.field(QStringLiteral("ranker"), v.ranker, writeString);
    o.field(QStringLiteral("score_threshold"), v.scoreThreshold, writeNumber);
    o.finish();
}

void writeFileSearchOptions(JsonWriter &w, const FileSearchOptions &v)
{
    ObjectOut o(w, v.extras);
    o.field(QStringLiteral("max_num_results"), v.maxNumResults, writeInteger);
    o.field(QStringLiteral("ranking_options"), v.rankingOptions, writeRanking);
    o.finish();
}

void writeFunction(JsonWriter &w, const FunctionDefinition &v)
{
    ObjectOut o(w, v.extras);
    o.field(QStringLiteral("description"), v.description, writeString);
    o.field(QStringLiteral("name"), v.name, writeString);
    o.field(QStringLiteral("parameters"), v.parameters, writeValue);
    o.field(QStringLiteral("strict"), v.strict, writeBool);
    o.finish();
}

void writeTool(JsonWriter &w, const Tool &v)
{
    if (v.kind == Tool::Kind::Unknown) {
        w.value(v.raw);
        return;
    }
    ObjectOut o(w, v.extras);
    if (v.kind == Tool::Kind::CodeInterpreter) {
        o.fixed(QStringLiteral("type"), QStringLiteral("code_interpreter"));
    } else if (v.kind == Tool::Kind::FileSearch) {
        o.fixed(QStringLiteral("type"), QStringLiteral("file_search"));
        o.field(QStringLiteral("file_search"), v.fileSearch, writeFileSearchOptions);
    } else {
        o.fixed(QStringLiteral("type"), QStringLiteral("function"));
        o.field(QStringLiteral("function"), v.function, writeFunction);
    }
    o.finish();
}

void writeTruncation(JsonWriter &w, const TruncationStrategy &v)
{
    ObjectOut o(w, v.extras);
    o.field(QStringLiteral("type"), v.type, writeString);
    o.field(QStringLiteral("last_messages"), v.lastMessages, writeInteger);
    o.finish();
}

void writeNamedFunction(JsonWriter &w, const NamedFunction &v)
{
    ObjectOut o(w, v.extras);
    o.field(QStringLiteral("name"), v.name, writeString);
    o.finish();
}

void writeToolChoice(JsonWriter &w, const ToolChoice &v)
{
    switch (v.kind) {
    case ToolChoice::Kind::None:
        w.string(QStringLiteral("none"));
        return;
    case ToolChoice::Kind::Auto:
        w.string(QStringLiteral("auto"));
        return;
    case ToolChoice::Kind::Required:
        w.string(QStringLiteral("required"));
        return;
    case ToolChoice::Kind::Unknown:
        w.value(v.raw);
        return;
    case ToolChoice::Kind::Named:
        break;
    }
    ObjectOut o(w, v.extras);
    o.field(QStringLiteral("type"), v.type, writeString);
    o.field(QStringLiteral("function"), v.function, writeNamedFunction);
    o.finish();
}

void writeJsonSchema(JsonWriter &w, const JsonSchemaFormat &v)
{
    ObjectOut o(w, v.extras);
    o.field(QStringLiteral("description"), v.description, writeString);
    o.field(QStringLiteral("name"), v.name, writeString);
    o.field(QStringLiteral("schema"), v.schema, writeValue);
    o.field(QStringLiteral("strict"), v.strict, writeBool);
    o.finish();
}

void writeResponseFormat(JsonWriter &w, const ResponseFormat &v)
{
    QString type;
    switch (v.kind) {
    case ResponseFormat::Kind::Auto:
        w.string(QStringLiteral("auto"));
        return;
    case ResponseFormat::Kind::Unknown:
        w.value(v.raw);
        return;
    case ResponseFormat::Kind::Text:
        type = QStringLiteral("text");
        break;
    case ResponseFormat::Kind::JsonObject:
        type = QStringLiteral("json_object");
        break;
    case ResponseFormat::Kind::JsonSchema:
        type = QStringLiteral("json_schema");
        break;
    }
    ObjectOut o(w, v.extras);
    o.fixed(QStringLiteral("type"), type);
    if (v.kind == ResponseFormat::Kind::JsonSchema) {
        o.field(QStringLiteral("json_schema"), v.jsonSchema, writeJsonSchema);
    }
    o.finish();
}

} // namespace

QByteArray CreateThreadAndRunRequest::toJsonBytes(JsonFormat format) const
{
    JsonWriter w(format == JsonFormat::Indented);
    ObjectOut o(w, extras);
    o.field(QStringLiteral("assistant_id"), assistantId, writeString);
    o.field(QStringLiteral("thread"), thread, writeThread);
    o.field(QStringLiteral("model"), model, writeString);
    o.field(QStringLiteral("instructions"), instructions, writeString);
    o.field(QStringLiteral("tools"), tools, listOf<Tool>(writeTool));
    o.field(QStringLiteral("tool_resources"), toolResources, writeToolResources);
    o.field(QStringLiteral("metadata"), metadata, writeObject);
    o.field(QStringLiteral("temperature"), temperature, writeNumber);
    o.field(QStringLiteral("top_p"), topP, writeNumber);
    o.field(QStringLiteral("stream"), stream, writeBool);
    o.field(QStringLiteral("max_prompt_tokens"), maxPromptTokens, writeInteger);
    o.field(QStringLiteral("max_completion_tokens"), maxCompletionTokens, writeInteger);
    o.field(QStringLiteral("truncation_strategy"), truncationStrategy, writeTruncation);
    o.field(QStringLiteral("tool_choice"), toolChoice, writeToolChoice);
    o.field(QStringLiteral("parallel_tool_calls"), parallelToolCalls, writeBool);
    o.field(QStringLiteral("response_format"), responseFormat, writeResponseFormat);
    o.finish();
    QByteArray bytes = w.result();
    if (format == JsonFormat::Indented) {
        bytes += '\n';
    }
    return bytes;
}

QJsonObject CreateThreadAndRunRequest::toJson() const
{
    return readJsonText(toJsonBytes()).value.toObject();
}

} // namespace rl
