#include "createthreadandrunrequest.h"
#include "jsonreader.h"
#include "requestparser_p.h"

#include <QCoreApplication>

namespace rl {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(rl::RequestParser)
};

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

// ---- messages -------------------------------------------------------------------------------

void parseImageUrl(const QJsonObject &o, const QString &path, Problems &problems, ImageUrl &out)
{
    ObjectReader r(o, path, problems, out.extras);
    r.string(QStringLiteral("url"), out.url);
    r.string(QStringLiteral("detail"), out.detail);
    r.finish();
}

void parseImageFile(const QJsonObject &o, const QString &path, Problems &problems, ImageFile &out)
{
    ObjectReader r(o, path, problems, out.extras);
    r.string(QStringLiteral("file_id"), out.fileId);
    r.string(QStringLiteral("detail"), out.detail);
    r.finish();
}

ContentPart parseContentPart(const QJsonValue &item, const QString &path, Problems &problems)
{
    ContentPart part;
    const QJsonObject o = item.toObject();
    const QString type = typeOf(o);
    if (type == QLatin1String("text")) {
        part.kind = ContentPart::Kind::Text;
    } else if (type == QLatin1String("image_url")) {
        part.kind = ContentPart::Kind::ImageUrl;
    } else if (type == QLatin1String("image_file")) {
        part.kind = ContentPart::Kind::ImageFile;
    } else {
        reportBadType(item, path, problems, Text::tr("A content part"), QStringLiteral("text, image_url, image_file"));
        part.kind = ContentPart::Kind::Unknown;
        part.raw = item;
        return part;
    }
    ObjectReader r(o, path, problems, part.extras);
    r.skip(QStringLiteral("type"));
    if (part.kind == ContentPart::Kind::Text) {
        r.string(QStringLiteral("text"), part.text);
    } else if (part.kind == ContentPart::Kind::ImageUrl) {
        r.object(QStringLiteral("image_url"), part.imageUrl, parseImageUrl);
    } else {
        r.object(QStringLiteral("image_file"), part.imageFile, parseImageFile);
    }
    r.finish();
    return part;
}

AttachmentTool parseAttachmentTool(const QJsonValue &item, const QString &path, Problems &problems)
{
    AttachmentTool tool;
    const QJsonObject o = item.toObject();
    const QString type = typeOf(o);
    if (type == QLatin1String("code_interpreter")) {
        tool.kind = AttachmentTool::Kind::CodeInterpreter;
    } else if (type == QLatin1String("file_search")) {
        tool.kind = AttachmentTool::Kind::FileSearch;
    } else {
        reportBadType(item, path, problems, Text::tr("An attachment tool"),
                      QStringLiteral("code_interpreter, file_search"));
        tool.kind = AttachmentTool::Kind::Unknown;
        tool.raw = item;
        return tool;
    }
    ObjectReader r(o, path, problems, tool.extras);
    r.skip(QStringLiteral("type"));
    r.finish();
    return tool;
}

Attachment parseAttachment(const QJsonValue &item, const QString &path, Problems &problems)
{
    Attachment attachment;
    if (!item.isObject()) {
        addError(problems, path,
                 ObjectReader::expectedMessage(Text::tr("an object ({\"file_id\": ..., \"tools\": [...]})"), item));
        attachment.raw = item;
        return attachment;
    }
    const QJsonObject o = item.toObject();
    ObjectReader r(o, path, problems, attachment.extras);
    r.string(QStringLiteral("file_id"), attachment.fileId);
    r.array(QStringLiteral("tools"), attachment.tools, parseAttachmentTool);
    r.finish();
    return attachment;
}

void parseContent(ObjectReader &r, Message &message)
{
    const QString key = QStringLiteral("content");
    QJsonValue v;
    if (!r.take(key, &v)) {
        return;
    }
    if (v.isNull()) {
        message.content.setNull();
    } else if (v.isString()) {
        message.content.set(MessageContent { MessageContent::Kind::Text, v.toString(), {} });
    } else if (v.isArray()) {
        MessageContent content { MessageContent::Kind::Parts, {}, {} };
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            content.parts.append(parseContentPart(array.at(i), indexPath(r.pathOf(key), i), r.problems()));
        }
        message.content.set(content);
    } else {
        r.wrongType(key, v, Text::tr("text or a list of content parts"));
    }
}

Message parseMessage(const QJsonValue &item, const QString &path, Problems &problems)
{
    Message message;
    if (!item.isObject()) {
        addError(problems, path,
                 ObjectReader::expectedMessage(Text::tr("an object ({\"role\": ..., \"content\": ...})"), item));
        message.raw = item;
        return message;
    }
    const QJsonObject o = item.toObject();
    ObjectReader r(o, path, problems, message.extras);
    r.string(QStringLiteral("role"), message.role);
    parseContent(r, message);
    r.array(QStringLiteral("attachments"), message.attachments, parseAttachment);
    r.metadata(QStringLiteral("metadata"), message.metadata);
    r.finish();
    return message;
}

// ---- tool resources -------------------------------------------------------------------------

void parseCodeInterpreter(const QJsonObject &o, const QString &path, Problems &problems, CodeInterpreterResources &out)
{
    ObjectReader r(o, path, problems, out.extras);
    r.stringList(QStringLiteral("file_ids"), out.fileIds);
    r.finish();
}

void parseFileSearchResources(const QJsonObject &o, const QString &path, Problems &problems, FileSearchResources &out)
{
    ObjectReader r(o, path, problems, out.extras);
    r.stringList(QStringLiteral("vector_store_ids"), out.vectorStoreIds);
    r.finish([](const QString &key) {
        return key == QLatin1String("vector_stores")
            ? Text::tr("\"vector_stores\" can only be used in thread.tool_resources, not in the run's tool_resources. "
                       "Move it there or use \"vector_store_ids\".")
            : QString();
    });
}

void parseStatic(const QJsonObject &o, const QString &path, Problems &problems, StaticChunking &out)
{
    ObjectReader r(o, path, problems, out.extras);
    r.integer(QStringLiteral("max_chunk_size_tokens"), out.maxChunkSizeTokens);
    r.integer(QStringLiteral("chunk_overlap_tokens"), out.chunkOverlapTokens);
    r.finish();
}

void parseChunking(const QJsonObject &o, const QString &path, Problems &problems, ChunkingStrategy &out)
{
    const QString type = typeOf(o);
    if (type == QLatin1String("auto")) {
        out.kind = ChunkingStrategy::Kind::Auto;
    } else if (type == QLatin1String("static")) {
        out.kind = ChunkingStrategy::Kind::Static;
    } else {
        reportBadType(o, path, problems, Text::tr("A chunking strategy"), QStringLiteral("auto, static"));
        out.kind = ChunkingStrategy::Kind::Unknown;
        out.raw = o;
        return;
    }
    ObjectReader r(o, path, problems, out.extras);
    r.skip(QStringLiteral("type"));
    if (out.kind == ChunkingStrategy::Kind::Static) {
        r.object(QStringLiteral("static"), out.staticChunking, parseStatic);
    }
    r.finish();
}

VectorStoreHelper parseVectorStore(const QJsonValue &item, const QString &path, Problems &problems)
{
    VectorStoreHelper store;
    if (!item.isObject()) {
        addError(problems, path, ObjectReader::expectedMessage(Text::tr("an object ({\"file_ids\": [...]})"), item));
        store.raw = item;
        return store;
    }
    const QJsonObject o = item.toObject();
    ObjectReader r(o, path, problems, store.extras);
    r.stringList(QStringLiteral("file_ids"), store.fileIds);
    r.object(QStringLiteral("chunking_strategy"), store.chunkingStrategy, parseChunking);
    r.metadata(QStringLiteral("metadata"), store.metadata);
    r.finish();
    return store;
}

void parseThreadFileSearch(const QJsonObject &o, const QString &path, Problems &problems,
                           ThreadFileSearchResources &out)
{
    ObjectReader r(o, path, problems, out.extras);
    r.stringList(QStringLiteral("vector_store_ids"), out.vectorStoreIds);
    r.array(QStringLiteral("vector_stores"), out.vectorStores, parseVectorStore);
    r.finish();
}

void parseThreadToolResources(const QJsonObject &o, const QString &path, Problems &problems, ThreadToolResources &out)
{
    ObjectReader r(o, path, problems, out.extras);
    r.object(QStringLiteral("code_interpreter"), out.codeInterpreter, parseCodeInterpreter);
    r.object(QStringLiteral("file_search"), out.fileSearch, parseThreadFileSearch);
    r.finish();
}

void parseToolResources(const QJsonObject &o, const QString &path, Problems &problems, ToolResources &out)
{
    ObjectReader r(o, path, problems, out.extras);
    r.object(QStringLiteral("code_interpreter"), out.codeInterpreter, parseCodeInterpreter);
    r.object(QStringLiteral("file_search"), out.fileSearch, parseFileSearchResources);
    r.finish();
}

void parseThread(const QJsonObject &o, const QString &path, Problems &problems, Thread &out)
{
    ObjectReader r(o, path, problems, out.extras);
    r.array(QStringLiteral("messages"), out.messages, parseMessage);
    r.object(QStringLiteral("tool_resources"), out.toolResources, parseThreadToolResources);
    r.metadata(QStringLiteral("metadata"), out.metadata);
    r.finish();
}

} // namespace

CreateThreadAndRunRequest::ParseResult CreateThreadAndRunRequest::fromJson(const QJsonValue &body)
{
    ParseResult result;
    if (!body.isObject()) {
        addError(result.problems, bodyPath(),
                 ObjectReader::expectedMessage(Text::tr("a JSON object ({\"assistant_id\": ...})"), body));
        return result;
    }
    const QJsonObject o = body.toObject();
    CreateThreadAndRunRequest &req = result.request;
    ObjectReader r(o, bodyPath(), result.problems, req.extras);
    r.string(QStringLiteral("assistant_id"), req.assistantId);
    r.object(QStringLiteral("thread"), req.thread, parseThread);
    r.string(QStringLiteral("model"), req.model);
    r.string(QStringLiteral("instructions"), req.instructions);
    parseTools(r, req.tools);
    r.object(QStringLiteral("tool_resources"), req.toolResources, parseToolResources);
    r.metadata(QStringLiteral("metadata"), req.metadata);
    r.number(QStringLiteral("temperature"), req.temperature);
    r.number(QStringLiteral("top_p"), req.topP);
    r.boolean(QStringLiteral("stream"), req.stream);
    r.integer(QStringLiteral("max_prompt_tokens"), req.maxPromptTokens);
    r.integer(QStringLiteral("max_completion_tokens"), req.maxCompletionTokens);
    parseRunOptions(r, req);
    r.finish(topLevelHint);
    return result;
}

} // namespace rl
