#pragma once

// Internal to rl_model: the one description of every object of the request bodies RunLens and
// its built-in server know (create thread and run, create run, threads, messages, assistants and
// the changes to threads, runs and messages; those last two in requestschema_assistant_p.h).
//
// Each describe() below lists an object's keys in the spec's order, with the kind of each value
// (given by its Field<T>), whether it may be null, and its limits. Four visitors walk these
// descriptions: the reader (requestreader.cpp) fills the structs from JSON and reports what it
// cannot read, the writer (requestwriter.cpp) writes the keys that are set in this order, the
// checker (requestvalidator.cpp) applies the rules, and the registry (requestfields.cpp) lists
// every field path. Adding a field to a body means adding it to its struct (requestparts.h,
// createthreadandrunrequest.h, createrunrequest.h) and one line here.
//
// A description is ordinary code run by each visitor in turn, so a one-of object reads its
// "type" first (tag()) and then describes the keys of that kind; rules that join several
// fields are given to check(), which only the checker runs.
#include "createrunrequest.h"
#include "createthreadandrunrequest.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <limits>
#include <type_traits>

namespace rl::schema {

// Texts below are marked for translation in the contexts of the reader (rl::RequestParser)
// and the checker (rl::RequestValidator), which translate them when they report.

// The rules for one value. Built in place at each key and read only during that call.
struct Rules
{
    const char *whenMissing = nullptr; // required: the message when the key is absent
    bool nullable = true; // false: null is reported
    const char *whenEmpty = nullptr; // text or list: the message when it is empty
    bool trimmed = false; // text: whitespace alone counts as empty
    // text: the values the API accepts (copied in: a Rules may outlive the list it was given)
    std::array<const char *, 8> allowed {};
    size_t allowedCount = 0;
    bool name = false; // text: a function or schema name (^[a-zA-Z0-9_-]{1,64}$)
    double min = -std::numeric_limits<double>::infinity();
    double max = std::numeric_limits<double>::infinity();
    const char *label = nullptr; // number: "%1 must be between ..."; value: "%1 must be a JSON object"
    qint64 lowest = std::numeric_limits<qint64>::min();
    qint64 highest = std::numeric_limits<qint64>::max();
    const char *outOfRange = nullptr; // whole number: the message, %1 the value
    int maxItems = -1; // list
    int maxLength = -1; // text
    const char *tooLong = nullptr; // text: the message, %1 the length

    Rules &required(const char *message)
    {
        whenMissing = message;
        nullable = false;
        return *this;
    }
    Rules &notNull()
    {
        nullable = false;
        return *this;
    }
    Rules &orNull()
    {
        nullable = true;
        return *this;
    }
    Rules &notEmpty(const char *message, bool ignoreSpaces = false)
    {
        whenEmpty = message;
        trimmed = ignoreSpaces;
        return *this;
    }
    Rules &oneOf(std::initializer_list<const char *> values)
    {
        Q_ASSERT(values.size() <= allowed.size());
        allowedCount = std::min(values.size(), allowed.size());
        std::copy_n(values.begin(), allowedCount, allowed.begin());
        nullable = false;
        return *this;
    }
    Rules &functionName()
    {
        name = true;
        return *this;
    }
    Rules &between(double lo, double hi, const char *what)
    {
        min = lo;
        max = hi;
        label = what;
        return *this;
    }
    Rules &wholeBetween(qint64 lo, qint64 hi, const char *message)
    {
        lowest = lo;
        highest = hi;
        outOfRange = message;
        return *this;
    }
    Rules &atMost(int count)
    {
        maxItems = count;
        return *this;
    }
    Rules &longest(int characters, const char *message)
    {
        maxLength = characters;
        tooLong = message;
        return *this;
    }
    Rules &jsonObject(const char *what)
    {
        label = what;
        return *this;
    }
};

inline Rules rules()
{
    return {};
}

// One "type" (or plain string) a one-of object can have.
template<typename Kind> struct Tag
{
    Kind kind;
    const char *name;
};

// The reader's messages for a tool choice or a response format it cannot read (requestreader.cpp).
QString toolChoiceError(const QJsonValue &value);
QString responseFormatError(const QJsonValue &value);
QString topLevelHint(const QString &key);

// Objects that may also be written as a plain value ("auto", "none", ...): their description
// starts with modes().
template<typename T> inline constexpr bool takesScalars = false;
template<> inline constexpr bool takesScalars<ToolChoice> = true;
template<> inline constexpr bool takesScalars<ResponseFormat> = true;

// describe(V &, T &) takes a T when V fills it and a const T otherwise.
template<typename V, typename T> using Obj = std::conditional_t<V::fills, T, const T>;

// ---- thread.messages[] ------------------------------------------------------------------------

template<typename V> void describe(V &v, Obj<V, ImageUrl> &o)
{
    v.field("url", o.url,
            rules().required(QT_TRANSLATE_NOOP("rl::RequestValidator", "The image's address (url) is missing.")));
    v.check([&o](auto &c) { c.imageUrl(o.url, "url"); });
    v.field("detail", o.detail, rules().oneOf({ "auto", "low", "high" }));
}

template<typename V> void describe(V &v, Obj<V, ImageFile> &o)
{
    v.field("file_id", o.fileId,
            rules()
                .required(QT_TRANSLATE_NOOP("rl::RequestValidator", "The ID of the uploaded image file is missing."))
                .notEmpty(QT_TRANSLATE_NOOP("rl::RequestValidator", "The file ID must not be empty.")));
    v.field("detail", o.detail, rules().oneOf({ "auto", "low", "high" }));
}

template<typename V> void describe(V &v, Obj<V, ContentPart> &o)
{
    using K = ContentPart::Kind;
    static constexpr Tag<K> types[]
        = { { K::Text, "text" }, { K::ImageUrl, "image_url" }, { K::ImageFile, "image_file" } };
    if (!v.tag(o.kind, o.raw, types, QT_TRANSLATE_NOOP("rl::RequestParser", "A content part"))) {
        return;
    }
    if (o.kind == K::Text) {
        v.field("text", o.text,
                rules().required(QT_TRANSLATE_NOOP("rl::RequestValidator", "A text part needs its text.")));
    } else if (o.kind == K::ImageUrl) {
        v.field(
            "image_url", o.imageUrl,
            rules().required(QT_TRANSLATE_NOOP(
                "rl::RequestValidator", "An image_url part needs an \"image_url\" object with the image's address.")));
    } else {
        v.field("image_file", o.imageFile,
                rules().required(QT_TRANSLATE_NOOP(
                    "rl::RequestValidator", "An image_file part needs an \"image_file\" object with the file ID.")));
    }
}

template<typename V> void describe(V &v, Obj<V, AttachmentTool> &o)
{
    using K = AttachmentTool::Kind;
    static constexpr Tag<K> types[] = { { K::CodeInterpreter, "code_interpreter" }, { K::FileSearch, "file_search" } };
    v.tag(o.kind, o.raw, types, QT_TRANSLATE_NOOP("rl::RequestParser", "An attachment tool"));
}

template<typename V> void describe(V &v, Obj<V, Attachment> &o)
{
    if (!v.item(o.raw, QT_TRANSLATE_NOOP("rl::RequestParser", "an object ({\"file_id\": ..., \"tools\": [...]})"))) {
        return;
    }
    v.field("file_id", o.fileId,
            rules()
                .required(QT_TRANSLATE_NOOP("rl::RequestValidator", "Each attachment needs a file ID."))
                .notEmpty(QT_TRANSLATE_NOOP("rl::RequestValidator", "The file ID must not be empty.")));
    v.field(
        "tools", o.tools,
        rules()
            .required(QT_TRANSLATE_NOOP("rl::RequestValidator",
                                        "Each attachment needs a list of tools (code_interpreter and/or file_search)."))
            .notEmpty(QT_TRANSLATE_NOOP("rl::RequestValidator",
                                        "The list of tools is empty. Add code_interpreter and/or file_search.")));
}

template<typename V> void describe(V &v, Obj<V, Message> &o)
{
    if (!v.item(o.raw, QT_TRANSLATE_NOOP("rl::RequestParser", "an object ({\"role\": ..., \"content\": ...})"))) {
        return;
    }
    v.field("role", o.role,
            rules()
                .required(QT_TRANSLATE_NOOP("rl::RequestValidator", "Each message needs a role: user or assistant."))
                .oneOf({ "user", "assistant" }));
    v.field("content", o.content,
            rules()
                .required(QT_TRANSLATE_NOOP("rl::RequestValidator",
                                            "Each message needs content: a text or a list of content parts."))
                .notEmpty(QT_TRANSLATE_NOOP(
                    "rl::RequestValidator",
                    "The list of content parts is empty. Add at least one part, or use a plain text.")));
    v.field("attachments", o.attachments, rules());
    v.field("metadata", o.metadata, rules());
}

// ---- tool resources ---------------------------------------------------------------------------

template<typename V> void describe(V &v, Obj<V, CodeInterpreterResources> &o)
{
    v.field("file_ids", o.fileIds, rules().notNull().atMost(limits::maxCodeInterpreterFiles));
}

inline QString runFileSearchHint(const QString &key)
{
    return key == QLatin1String("vector_stores")
        ? QCoreApplication::translate("rl::RequestParser",
                                      "\"vector_stores\" can only be used in thread.tool_resources, not in the run's "
                                      "tool_resources. Move it there or use \"vector_store_ids\".")
        : QString();
}

template<typename V> void describe(V &v, Obj<V, FileSearchResources> &o)
{
    v.hint(runFileSearchHint);
    v.field("vector_store_ids", o.vectorStoreIds, rules().notNull().atMost(limits::maxVectorStoreIds));
}

template<typename V> void describe(V &v, Obj<V, StaticChunking> &o)
{
    v.field("max_chunk_size_tokens", o.maxChunkSizeTokens,
            rules()
                .required(QT_TRANSLATE_NOOP("rl::RequestValidator",
                                            "The chunk size (max_chunk_size_tokens, 100 to 4096) is missing."))
                .wholeBetween(limits::minChunkSizeTokens, limits::maxChunkSizeTokens,
                              QT_TRANSLATE_NOOP("rl::RequestValidator",
                                                "The chunk size must be between 100 and 4096 tokens (it is %1).")));
    v.field(
        "chunk_overlap_tokens", o.chunkOverlapTokens,
        rules()
            .required(QT_TRANSLATE_NOOP("rl::RequestValidator", "The chunk overlap (chunk_overlap_tokens) is missing."))
            .wholeBetween(
                0, std::numeric_limits<qint64>::max(),
                QT_TRANSLATE_NOOP("rl::RequestValidator", "The chunk overlap cannot be negative (it is %1).")));
    v.check([&o](auto &c) { c.chunkOverlap(o); });
}

template<typename V> void describe(V &v, Obj<V, ChunkingStrategy> &o)
{
    using K = ChunkingStrategy::Kind;
    static constexpr Tag<K> types[] = { { K::Auto, "auto" }, { K::Static, "static" } };
    if (v.tag(o.kind, o.raw, types, QT_TRANSLATE_NOOP("rl::RequestParser", "A chunking strategy"))
        && o.kind == K::Static) {
        v.field("static", o.staticChunking,
                rules().required(
                    QT_TRANSLATE_NOOP("rl::RequestValidator",
                                      "Static chunking needs a \"static\" object with max_chunk_size_tokens and "
                                      "chunk_overlap_tokens.")));
    }
}

template<typename V> void describe(V &v, Obj<V, VectorStoreHelper> &o)
{
    if (!v.item(o.raw, QT_TRANSLATE_NOOP("rl::RequestParser", "an object ({\"file_ids\": [...]})"))) {
        return;
    }
    v.field("file_ids", o.fileIds, rules().notNull());
    v.field("chunking_strategy", o.chunkingStrategy, rules().notNull());
    v.field("metadata", o.metadata, rules());
}

template<typename V> void describe(V &v, Obj<V, ThreadFileSearchResources> &o)
{
    v.check([&o](auto &c) { c.vectorStoreChoice(o); });
    v.field("vector_store_ids", o.vectorStoreIds, rules().notNull().atMost(limits::maxVectorStoreIds));
    v.field("vector_stores", o.vectorStores, rules().notNull().atMost(limits::maxVectorStores));
}

template<typename V> void describe(V &v, Obj<V, ThreadToolResources> &o)
{
    v.field("code_interpreter", o.codeInterpreter, rules().notNull());
    v.field("file_search", o.fileSearch, rules().notNull());
}

template<typename V> void describe(V &v, Obj<V, ToolResources> &o)
{
    v.field("code_interpreter", o.codeInterpreter, rules().notNull());
    v.field("file_search", o.fileSearch, rules().notNull());
}

template<typename V> void describe(V &v, Obj<V, Thread> &o)
{
    v.field("messages", o.messages, rules().notNull());
    v.field("tool_resources", o.toolResources, rules());
    v.field("metadata", o.metadata, rules());
}

// ---- tools ------------------------------------------------------------------------------------

template<typename V> void describe(V &v, Obj<V, RankingOptions> &o)
{
    v.field("ranker", o.ranker, rules().oneOf({ "auto", "default_2024_08_21" }));
    v.field("score_threshold", o.scoreThreshold,
            rules()
                .required(QT_TRANSLATE_NOOP("rl::RequestValidator",
                                            "The ranking options need a score threshold between 0 and 1."))
                .between(0.0, 1.0, QT_TRANSLATE_NOOP("rl::RequestValidator", "The score threshold")));
}

template<typename V> void describe(V &v, Obj<V, FileSearchOptions> &o)
{
    v.field(
        "max_num_results", o.maxNumResults,
        rules().notNull().wholeBetween(limits::minMaxNumResults, limits::maxMaxNumResults,
                                       QT_TRANSLATE_NOOP("rl::RequestValidator",
                                                         "The number of search results must be between 1 and 50 (it is "
                                                         "%1).")));
    v.field("ranking_options", o.rankingOptions, rules().notNull());
}

// A function definition and a JSON schema format have the same shape: a described, named JSON
// schema; only the key of the schema and the messages differ.
template<typename V, typename T, typename Schema>
void describeNamedSchema(V &v, T &o, Schema &schema, const char *schemaKey, const char *whenNameMissing,
                         const char *schemaLabel)
{
    v.field("description", o.description, rules().notNull());
    v.field("name", o.name, rules().required(whenNameMissing).functionName());
    v.field(schemaKey, schema, rules().notNull().jsonObject(schemaLabel));
    v.field("strict", o.strict, rules());
}

template<typename V> void describe(V &v, Obj<V, FunctionDefinition> &o)
{
    describeNamedSchema(v, o, o.parameters, "parameters",
                        QT_TRANSLATE_NOOP("rl::RequestValidator", "The function needs a name."),
                        QT_TRANSLATE_NOOP("rl::RequestValidator", "The function's parameters"));
}

template<typename V> void describe(V &v, Obj<V, JsonSchemaFormat> &o)
{
    describeNamedSchema(v, o, o.schema, "schema",
                        QT_TRANSLATE_NOOP("rl::RequestValidator", "The JSON schema needs a name."),
                        QT_TRANSLATE_NOOP("rl::RequestValidator", "The schema"));
}

template<typename V> void describe(V &v, Obj<V, Tool> &o)
{
    using K = Tool::Kind;
    static constexpr Tag<K> types[]
        = { { K::CodeInterpreter, "code_interpreter" }, { K::FileSearch, "file_search" }, { K::Function, "function" } };
    if (!v.tag(o.kind, o.raw, types, QT_TRANSLATE_NOOP("rl::RequestParser", "A tool"))) {
        return;
    }
    if (o.kind == K::FileSearch) {
        v.field("file_search", o.fileSearch, rules().notNull());
    } else if (o.kind == K::Function) {
        v.field("function", o.function,
                rules().required(QT_TRANSLATE_NOOP(
                    "rl::RequestValidator", "A function tool needs a function definition with at least a name.")));
    }
}

// ---- run options ------------------------------------------------------------------------------

template<typename V> void describe(V &v, Obj<V, TruncationStrategy> &o)
{
    v.field("type", o.type,
            rules()
                .required(QT_TRANSLATE_NOOP("rl::RequestValidator",
                                            "The truncation strategy needs a type: auto or last_messages."))
                .oneOf({ "auto", "last_messages" }));
    v.field("last_messages", o.lastMessages,
            rules().wholeBetween(
                limits::minLastMessages, std::numeric_limits<qint64>::max(),
                QT_TRANSLATE_NOOP("rl::RequestValidator",
                                  "The number of recent messages to keep must be at least 1 (it is %1).")));
    v.check([&o](auto &c) { c.lastMessagesGiven(o); });
}

template<typename V> void describe(V &v, Obj<V, NamedFunction> &o)
{
    v.field("name", o.name,
            rules()
                .required(QT_TRANSLATE_NOOP("rl::RequestValidator",
                                            "Say which function to call: the tool choice needs function.name."))
                .notEmpty(QT_TRANSLATE_NOOP("rl::RequestValidator", "The function name must not be empty.")));
}

template<typename V> void describe(V &v, Obj<V, ToolChoice> &o)
{
    using K = ToolChoice::Kind;
    static constexpr Tag<K> modes[] = { { K::None, "none" }, { K::Auto, "auto" }, { K::Required, "required" } };
    if (!v.modes(o.kind, o.raw, modes, K::Named, [](const QJsonValue &value) { return toolChoiceError(value); })) {
        return;
    }
    v.field("type", o.type,
            rules()
                .required(QT_TRANSLATE_NOOP("rl::RequestValidator",
                                            "The tool choice needs a type: function, code_interpreter or file_search."))
                .oneOf({ "function", "code_interpreter", "file_search" }));
    v.field("function", o.function, rules().notNull());
    v.check([&o](auto &c) { c.namedFunctionGiven(o); });
}

template<typename V> void describe(V &v, Obj<V, ResponseFormat> &o)
{
    using K = ResponseFormat::Kind;
    static constexpr Tag<K> modes[] = { { K::Auto, "auto" } };
    static constexpr Tag<K> types[]
        = { { K::Text, "text" }, { K::JsonObject, "json_object" }, { K::JsonSchema, "json_schema" } };
    if (!v.modes(o.kind, o.raw, modes, K::Unknown, [](const QJsonValue &value) { return responseFormatError(value); })
        || !v.tag(o.kind, o.raw, types, QT_TRANSLATE_NOOP("rl::RequestParser", "A response format"))) {
        return;
    }
    if (o.kind == K::JsonSchema) {
        v.field(
            "json_schema", o.jsonSchema,
            rules().required(QT_TRANSLATE_NOOP("rl::RequestValidator",
                                               "The json_schema format needs a \"json_schema\" object with at least a "
                                               "name.")));
    }
}

// ---- the run bodies ---------------------------------------------------------------------------

inline Rules reasoningEffortRules()
{
    return rules().oneOf({ "none", "minimal", "low", "medium", "high", "xhigh", "max" }).orNull();
}

inline Rules assistantIdRules()
{
    return rules()
        .required(
            QT_TRANSLATE_NOOP("rl::RequestValidator", "The assistant ID is required (it looks like asst_abc123)."))
        .notEmpty(QT_TRANSLATE_NOOP("rl::RequestValidator", "The assistant ID must not be empty."), true);
}

// The messages a run body adds to its thread.
inline const Field<QList<Message>> &messagesOf(const CreateThreadAndRunRequest &r)
{
    static const Field<QList<Message>> none;
    return r.thread.hasValue() ? r.thread.value().messages : none;
}

inline const Field<QList<Message>> &messagesOf(const CreateRunRequest &r)
{
    return r.additionalMessages;
}

// "tools" of a run body or an assistant, whose function names must differ.
template<typename V, typename T> void describeTools(V &v, T &o, int maxTools = limits::maxTools)
{
    v.field("tools", o.tools, rules().atMost(maxTools));
    v.check([&o](auto &c) { c.uniqueFunctionNames(o.tools, "tools"); });
}

// "temperature" and "top_p", of a run or an assistant.
template<typename V, typename T> void describeSampling(V &v, T &o)
{
    v.field("temperature", o.temperature,
            rules().between(limits::minTemperature, limits::maxTemperature,
                            QT_TRANSLATE_NOOP("rl::RequestValidator", "Temperature")));
    v.field("top_p", o.topP,
            rules().between(limits::minTopP, limits::maxTopP, QT_TRANSLATE_NOOP("rl::RequestValidator", "Top P")));
    v.check([&o](auto &c) { c.samplingChangedTwice(o.temperature, o.topP, "top_p"); });
}

// The settings a run body has after its tools (and tool resources).
template<typename V, typename T> void describeRunSettings(V &v, T &o)
{
    v.field("metadata", o.metadata, rules());
    describeSampling(v, o);
    v.field("stream", o.stream, rules());
    v.field("max_prompt_tokens", o.maxPromptTokens,
            rules().wholeBetween(limits::minTokenLimit, std::numeric_limits<qint64>::max(),
                                 QT_TRANSLATE_NOOP("rl::RequestValidator",
                                                   "The prompt token limit must be at least 256 tokens (it is %1).")));
    v.field(
        "max_completion_tokens", o.maxCompletionTokens,
        rules().wholeBetween(limits::minTokenLimit, std::numeric_limits<qint64>::max(),
                             QT_TRANSLATE_NOOP("rl::RequestValidator",
                                               "The completion token limit must be at least 256 tokens (it is %1).")));
    v.field("truncation_strategy", o.truncationStrategy, rules());
    v.field("tool_choice", o.toolChoice, rules());
    v.check([&o](auto &c) { c.chosenFunctionListed(o.toolChoice, o.tools, "tool_choice"); });
    v.field("parallel_tool_calls", o.parallelToolCalls, rules().notNull());
    v.field("response_format", o.responseFormat, rules());
    v.check([&o](auto &c) { c.jsonModeMentioned(o.responseFormat, o.instructions, messagesOf(o), "response_format"); });
}

template<typename V> void describe(V &v, Obj<V, CreateThreadAndRunRequest> &o)
{
    v.hint(topLevelHint);
    v.field("assistant_id", o.assistantId, assistantIdRules());
    v.field("thread", o.thread, rules().notNull());
    v.field("model", o.model, rules());
    v.field("instructions", o.instructions, rules());
    describeTools(v, o);
    v.field("tool_resources", o.toolResources, rules());
    describeRunSettings(v, o);
}

template<typename V> void describe(V &v, Obj<V, CreateRunRequest> &o)
{
    v.field("assistant_id", o.assistantId, assistantIdRules());
    v.field("model", o.model, rules());
    v.field("reasoning_effort", o.reasoningEffort, reasoningEffortRules());
    v.field("instructions", o.instructions, rules());
    v.field("additional_instructions", o.additionalInstructions, rules());
    v.field("additional_messages", o.additionalMessages, rules());
    describeTools(v, o);
    describeRunSettings(v, o);
}

// Reading and checking one object; the rest of rl_model reaches the visitors through these
// (requestreader.cpp and requestvalidator.cpp instantiate them for the body types).
template<typename T> void readObject(const QJsonValue &value, Problems &problems, T &out);
template<typename T> void checkObject(const T &value, Problems &problems);

} // namespace rl::schema
