#pragma once

#include "field.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// The parts of a create-thread-and-run request body (POST /v1/threads/runs), one struct per
// object in the spec. Conventions shared by every struct:
//  - Each optional key is a Field<T> (unset / null / value), named after the key in camelCase.
//  - Enum-like strings (role, detail, ranker, ...) are kept as QString so that a value the API
//    does not know survives a round trip; validate() reports it.
//  - `extras` keeps, verbatim, every key the spec does not define for that object and every
//    value the model could not represent (for example `"temperature": "hot"`). Serialisation
//    writes them back (known keys at their spec position, unknown keys last), so nothing the
//    user supplied is lost. The parser reports each of them.
//  - Items of arrays and of one-of unions carry `raw`: when the item could not be read at all
//    (not an object, unknown "type"), kind is Unknown / raw holds the original value, which is
//    written back unchanged.
namespace rl {

// Free-form string map; values should be strings (validate() reports others).
using Metadata = QJsonObject;

// ---- thread.messages[].content[] ------------------------------------------------------------

struct ImageUrl
{
    Field<QString> url;
    Field<QString> detail; // auto | low | high
    QJsonObject extras;
};

struct ImageFile
{
    Field<QString> fileId;
    Field<QString> detail; // auto | low | high
    QJsonObject extras;
};

struct ContentPart
{
    enum class Kind { Text, ImageUrl, ImageFile, Unknown };
    Kind kind = Kind::Text;
    Field<QString> text; // Kind::Text
    Field<rl::ImageUrl> imageUrl; // Kind::ImageUrl
    Field<rl::ImageFile> imageFile; // Kind::ImageFile
    QJsonObject extras;
    QJsonValue raw { QJsonValue::Undefined }; // Kind::Unknown: the item as written

    static ContentPart fromText(const QString &text);
    static ContentPart fromImageUrl(const QString &url, const QString &detail = {});
    static ContentPart fromImageFile(const QString &fileId, const QString &detail = {});
};

// A message's content: either a plain string or a list of parts.
struct MessageContent
{
    enum class Kind { Text, Parts };
    Kind kind = Kind::Text;
    QString text; // Kind::Text
    QList<ContentPart> parts; // Kind::Parts
};

// ---- attachments ----------------------------------------------------------------------------

struct AttachmentTool
{
    enum class Kind { CodeInterpreter, FileSearch, Unknown };
    Kind kind = Kind::CodeInterpreter;
    QJsonObject extras;
    QJsonValue raw { QJsonValue::Undefined }; // Kind::Unknown
};

struct Attachment
{
    Field<QString> fileId;
    Field<QList<AttachmentTool>> tools;
    QJsonObject extras;
    QJsonValue raw { QJsonValue::Undefined }; // set when the item is not an object
};

struct Message
{
    Field<QString> role; // user | assistant (required)
    Field<MessageContent> content; // required
    Field<QList<Attachment>> attachments; // nullable
    Field<Metadata> metadata; // nullable
    QJsonObject extras;
    QJsonValue raw { QJsonValue::Undefined }; // set when the item is not an object
};

// ---- tool resources -------------------------------------------------------------------------

struct CodeInterpreterResources
{
    Field<QStringList> fileIds; // at most 20
    QJsonObject extras;
};

struct FileSearchResources // top-level tool_resources.file_search
{
    Field<QStringList> vectorStoreIds; // at most 1
    QJsonObject extras;
};

struct StaticChunking
{
    Field<qint64> maxChunkSizeTokens; // 100..4096
    Field<qint64> chunkOverlapTokens; // 0..max/2
    QJsonObject extras;
};

struct ChunkingStrategy
{
    enum class Kind { Auto, Static, Unknown };
    Kind kind = Kind::Auto;
    Field<StaticChunking> staticChunking; // key "static"
    QJsonObject extras;
    QJsonValue raw { QJsonValue::Undefined }; // Kind::Unknown
};

// thread.tool_resources.file_search.vector_stores[]: a vector store created with the thread.
struct VectorStoreHelper
{
    Field<QStringList> fileIds;
    Field<ChunkingStrategy> chunkingStrategy;
    Field<Metadata> metadata;
    QJsonObject extras;
    QJsonValue raw { QJsonValue::Undefined }; // set when the item is not an object
};

struct ThreadFileSearchResources
{
    Field<QStringList> vectorStoreIds; // exactly one of these two
    Field<QList<VectorStoreHelper>> vectorStores;
    QJsonObject extras;
};

struct ToolResources // top level
{
    Field<CodeInterpreterResources> codeInterpreter;
    Field<FileSearchResources> fileSearch;
    QJsonObject extras;
};

struct ThreadToolResources
{
    Field<CodeInterpreterResources> codeInterpreter;
    Field<ThreadFileSearchResources> fileSearch;
    QJsonObject extras;
};

// ---- thread ---------------------------------------------------------------------------------

struct Thread
{
    Field<QList<Message>> messages;
    Field<ThreadToolResources> toolResources; // nullable
    Field<Metadata> metadata; // nullable
    QJsonObject extras;
};

// ---- tools ----------------------------------------------------------------------------------

struct RankingOptions
{
    Field<QString> ranker; // auto | default_2024_08_21
    Field<double> scoreThreshold; // 0..1, required
    QJsonObject extras;
};

struct FileSearchOptions
{
    Field<qint64> maxNumResults; // 1..50
    Field<RankingOptions> rankingOptions;
    QJsonObject extras;
};

// What a function definition and a JSON schema format share: a described, named JSON schema.
struct NamedSchema
{
    Field<QString> description;
    Field<QString> name; // required, ^[a-zA-Z0-9_-]{1,64}$
    Field<bool> strict; // nullable
    QJsonObject extras;
};

struct FunctionDefinition : NamedSchema
{
    Field<QJsonValue> parameters; // must be a JSON object
};

struct Tool
{
    enum class Kind { CodeInterpreter, FileSearch, Function, Unknown };
    Kind kind = Kind::CodeInterpreter;
    Field<FileSearchOptions> fileSearch; // Kind::FileSearch
    Field<FunctionDefinition> function; // Kind::Function (required)
    QJsonObject extras;
    QJsonValue raw { QJsonValue::Undefined }; // Kind::Unknown

    static Tool codeInterpreter();
    static Tool fileSearchTool();
    static Tool functionTool(const FunctionDefinition &function);
};

// ---- run options ----------------------------------------------------------------------------

struct TruncationStrategy
{
    Field<QString> type; // auto | last_messages (required)
    Field<qint64> lastMessages; // >= 1, nullable
    QJsonObject extras;
};

struct NamedFunction
{
    Field<QString> name;
    QJsonObject extras;
};

struct ToolChoice
{
    // None/Auto/Required are the strings "none"/"auto"/"required"; Named is the object form.
    enum class Kind { None, Auto, Required, Named, Unknown };
    Kind kind = Kind::Auto;
    Field<QString> type; // Kind::Named: function | code_interpreter | file_search
    Field<NamedFunction> function; // Kind::Named
    QJsonObject extras;
    QJsonValue raw { QJsonValue::Undefined }; // Kind::Unknown

    static ToolChoice mode(Kind kind);
    static ToolChoice namedFunction(const QString &name);
    static ToolChoice namedTool(const QString &type);
};

struct JsonSchemaFormat : NamedSchema
{
    Field<QJsonValue> schema; // must be a JSON object
};

struct ResponseFormat
{
    // Auto is the string "auto"; the others are {"type": ...}.
    enum class Kind { Auto, Text, JsonObject, JsonSchema, Unknown };
    Kind kind = Kind::Auto;
    Field<JsonSchemaFormat> jsonSchema; // Kind::JsonSchema (required)
    QJsonObject extras;
    QJsonValue raw { QJsonValue::Undefined }; // Kind::Unknown

    static ResponseFormat ofKind(Kind kind);
    static ResponseFormat ofSchema(const JsonSchemaFormat &schema);
};

// One list item read or written on its own, exactly as the reader and the writer of a whole body
// treat it (for editors that hold an item as JSON while it is edited). Defined for Tool and
// Message. The reader's problems are left to the body's reader, which sees the same item.
template<typename T> [[nodiscard]] T partFromJson(const QJsonValue &value);
template<typename T> [[nodiscard]] QJsonValue partToJson(const T &part);

} // namespace rl
