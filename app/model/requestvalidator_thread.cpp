// Validation of the thread part of a create-thread-and-run body and the helpers shared by all.
#include "requestvalidator_p.h"

#include <QRegularExpression>
#include <QUrl>

namespace rl {

void RequestValidator::error(const QString &path, const QString &message)
{
    problems.append(Problem { Problem::Severity::Error, path, message });
}

void RequestValidator::warning(const QString &path, const QString &message)
{
    problems.append(Problem { Problem::Severity::Warning, path, message });
}

void RequestValidator::maxItems(qsizetype count, int max, const QString &path)
{
    if (count > max) {
        error(path, tr("At most %n item(s) are allowed here (there are %1).", nullptr, max).arg(count));
    }
}

void RequestValidator::oneOf(const Field<QString> &field, const QStringList &allowed, const QString &path)
{
    if (notNull(field, path) && !allowed.contains(field.value())) {
        error(path,
              tr("\"%1\" is not allowed here. Use one of: %2.").arg(field.value(), allowed.join(QStringLiteral(", "))));
    }
}

void RequestValidator::functionName(const QString &name, const QString &path)
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

void RequestValidator::jsonObject(const Field<QJsonValue> &field, const QString &path, const QString &what)
{
    if (notNull(field, path) && !field.value().isObject()) {
        error(path, tr("%1 must be a JSON object, such as {\"type\": \"object\", \"properties\": {}}.").arg(what));
    }
}

void RequestValidator::metadata(const Field<Metadata> &field, const QString &path)
{
    if (!field.hasValue()) {
        return; // metadata may be null
    }
    const Metadata &map = field.value();
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

void RequestValidator::thread(const Thread &t, const QString &path)
{
    const QString messagesPath = joinPath(path, QStringLiteral("messages"));
    if (notNull(t.messages, messagesPath)) {
        for (qsizetype i = 0; i < t.messages.value().size(); ++i) {
            message(t.messages.value().at(i), indexPath(messagesPath, i));
        }
    }
    if (t.toolResources.hasValue()) {
        threadToolResources(t.toolResources.value(), joinPath(path, QStringLiteral("tool_resources")));
    }
    metadata(t.metadata, joinPath(path, QStringLiteral("metadata")));
}

void RequestValidator::message(const Message &m, const QString &path)
{
    if (!m.raw.isUndefined()) {
        return; // not an object: reported by the parser
    }
    if (required(m.role, m.extras, path, QStringLiteral("role"), tr("Each message needs a role: user or assistant."))) {
        oneOf(m.role, { QStringLiteral("user"), QStringLiteral("assistant") }, joinPath(path, QStringLiteral("role")));
    }
    const QString contentPath = joinPath(path, QStringLiteral("content"));
    if (required(m.content, m.extras, path, QStringLiteral("content"),
                 tr("Each message needs content: a text or a list of content parts."))
        && m.content.value().kind == MessageContent::Kind::Parts) {
        const QList<ContentPart> &parts = m.content.value().parts;
        if (parts.isEmpty()) {
            error(contentPath, tr("The list of content parts is empty. Add at least one part, or use a plain text."));
        }
        for (qsizetype i = 0; i < parts.size(); ++i) {
            contentPart(parts.at(i), indexPath(contentPath, i));
        }
    }
    const QString attachmentsPath = joinPath(path, QStringLiteral("attachments"));
    if (m.attachments.hasValue()) {
        for (qsizetype i = 0; i < m.attachments.value().size(); ++i) {
            attachment(m.attachments.value().at(i), indexPath(attachmentsPath, i));
        }
    }
    metadata(m.metadata, joinPath(path, QStringLiteral("metadata")));
}

void RequestValidator::contentPart(const ContentPart &part, const QString &path)
{
    const QStringList details { QStringLiteral("auto"), QStringLiteral("low"), QStringLiteral("high") };
    switch (part.kind) {
    case ContentPart::Kind::Unknown:
        return; // reported by the parser
    case ContentPart::Kind::Text:
        required(part.text, part.extras, path, QStringLiteral("text"), tr("A text part needs its text."));
        return;
    case ContentPart::Kind::ImageUrl:
        if (required(part.imageUrl, part.extras, path, QStringLiteral("image_url"),
                     tr("An image_url part needs an \"image_url\" object with the image's address."))) {
            imageUrl(part.imageUrl.value(), joinPath(path, QStringLiteral("image_url")));
        }
        return;
    case ContentPart::Kind::ImageFile:
        if (required(part.imageFile, part.extras, path, QStringLiteral("image_file"),
                     tr("An image_file part needs an \"image_file\" object with the file ID."))) {
            const ImageFile &image = part.imageFile.value();
            const QString imagePath = joinPath(path, QStringLiteral("image_file"));
            if (required(image.fileId, image.extras, imagePath, QStringLiteral("file_id"),
                         tr("The ID of the uploaded image file is missing."))
                && image.fileId.value().isEmpty()) {
                error(joinPath(imagePath, QStringLiteral("file_id")), tr("The file ID must not be empty."));
            }
            oneOf(image.detail, details, joinPath(imagePath, QStringLiteral("detail")));
        }
        return;
    }
}

namespace {

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

} // namespace

void RequestValidator::imageUrl(const ImageUrl &image, const QString &path)
{
    const QString urlPath = joinPath(path, QStringLiteral("url"));
    if (required(image.url, image.extras, path, QStringLiteral("url"), tr("The image's address (url) is missing."))
        && !isAllowedImageUrl(image.url.value())) {
        error(urlPath,
              tr("The image address must be an http or https address ending in .jpg, .jpeg, .png, .gif or "
                 ".webp, or a data: URI of a JPEG, PNG, GIF or WebP image."));
    }
    oneOf(image.detail, { QStringLiteral("auto"), QStringLiteral("low"), QStringLiteral("high") },
          joinPath(path, QStringLiteral("detail")));
}

void RequestValidator::attachment(const Attachment &a, const QString &path)
{
    if (!a.raw.isUndefined()) {
        return;
    }
    if (required(a.fileId, a.extras, path, QStringLiteral("file_id"), tr("Each attachment needs a file ID."))
        && a.fileId.value().isEmpty()) {
        error(joinPath(path, QStringLiteral("file_id")), tr("The file ID must not be empty."));
    }
    if (required(a.tools, a.extras, path, QStringLiteral("tools"),
                 tr("Each attachment needs a list of tools (code_interpreter and/or file_search)."))
        && a.tools.value().isEmpty()) {
        error(joinPath(path, QStringLiteral("tools")),
              tr("The list of tools is empty. Add code_interpreter and/or file_search."));
    }
}

void RequestValidator::codeInterpreter(const Field<CodeInterpreterResources> &field, const QString &path)
{
    if (!notNull(field, path)) {
        return;
    }
    const QString idsPath = joinPath(path, QStringLiteral("file_ids"));
    if (notNull(field.value().fileIds, idsPath)) {
        maxItems(field.value().fileIds.value().size(), limits::maxCodeInterpreterFiles, idsPath);
    }
}

void RequestValidator::threadToolResources(const ThreadToolResources &resources, const QString &path)
{
    codeInterpreter(resources.codeInterpreter, joinPath(path, QStringLiteral("code_interpreter")));
    const QString fsPath = joinPath(path, QStringLiteral("file_search"));
    if (!notNull(resources.fileSearch, fsPath)) {
        return;
    }
    const ThreadFileSearchResources &fs = resources.fileSearch.value();
    const bool hasIds = fs.vectorStoreIds.isSet() || fs.extras.contains(QStringLiteral("vector_store_ids"));
    const bool hasStores = fs.vectorStores.isSet() || fs.extras.contains(QStringLiteral("vector_stores"));
    if (hasIds && hasStores) {
        error(fsPath,
              tr("Give either vector_store_ids (an existing vector store) or vector_stores (a new one), not "
                 "both."));
    } else if (!hasIds && !hasStores) {
        error(fsPath,
              tr("File search needs either vector_store_ids (an existing vector store) or vector_stores (a "
                 "new one)."));
    }
    const QString idsPath = joinPath(fsPath, QStringLiteral("vector_store_ids"));
    if (notNull(fs.vectorStoreIds, idsPath)) {
        maxItems(fs.vectorStoreIds.value().size(), limits::maxVectorStoreIds, idsPath);
    }
    const QString storesPath = joinPath(fsPath, QStringLiteral("vector_stores"));
    if (notNull(fs.vectorStores, storesPath)) {
        maxItems(fs.vectorStores.value().size(), limits::maxVectorStores, storesPath);
        for (qsizetype i = 0; i < fs.vectorStores.value().size(); ++i) {
            vectorStore(fs.vectorStores.value().at(i), indexPath(storesPath, i));
        }
    }
}

void RequestValidator::vectorStore(const VectorStoreHelper &store, const QString &path)
{
    if (!store.raw.isUndefined()) {
        return;
    }
    notNull(store.fileIds, joinPath(path, QStringLiteral("file_ids")));
    metadata(store.metadata, joinPath(path, QStringLiteral("metadata")));
    const QString chunkPath = joinPath(path, QStringLiteral("chunking_strategy"));
    if (!notNull(store.chunkingStrategy, chunkPath)
        || store.chunkingStrategy.value().kind != ChunkingStrategy::Kind::Static) {
        return;
    }
    const ChunkingStrategy &chunking = store.chunkingStrategy.value();
    if (!required(chunking.staticChunking, chunking.extras, chunkPath, QStringLiteral("static"),
                  tr("Static chunking needs a \"static\" object with max_chunk_size_tokens and "
                     "chunk_overlap_tokens."))) {
        return;
    }
    const StaticChunking &s = chunking.staticChunking.value();
    const QString staticPath = joinPath(chunkPath, QStringLiteral("static"));
    const QString maxPath = joinPath(staticPath, QStringLiteral("max_chunk_size_tokens"));
    const bool hasMax = required(s.maxChunkSizeTokens, s.extras, staticPath, QStringLiteral("max_chunk_size_tokens"),
                                 tr("The chunk size (max_chunk_size_tokens, 100 to 4096) is missing."));
    const qint64 max = s.maxChunkSizeTokens.value();
    if (hasMax && (max < limits::minChunkSizeTokens || max > limits::maxChunkSizeTokens)) {
        error(maxPath, tr("The chunk size must be between 100 and 4096 tokens (it is %1).").arg(max));
    }
    const QString overlapPath = joinPath(staticPath, QStringLiteral("chunk_overlap_tokens"));
    if (required(s.chunkOverlapTokens, s.extras, staticPath, QStringLiteral("chunk_overlap_tokens"),
                 tr("The chunk overlap (chunk_overlap_tokens) is missing."))) {
        const qint64 overlap = s.chunkOverlapTokens.value();
        if (overlap < 0) {
            error(overlapPath, tr("The chunk overlap cannot be negative (it is %1).").arg(overlap));
        } else if (hasMax && overlap > max / 2) {
            error(overlapPath,
                  tr("The chunk overlap can be at most half the chunk size, %1 tokens (it is %2).")
                      .arg(max / 2)
                      .arg(overlap));
        }
    }
}

} // namespace rl
