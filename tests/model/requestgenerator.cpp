#include "requestgenerator.h"

#include <QJsonArray>

namespace rl::test {

QString RequestGenerator::text()
{
    static const QStringList words { QStringLiteral("hello"),
                                     QStringLiteral("Grüße \"quoted\""),
                                     QStringLiteral("line\nbreak\ttab"),
                                     QStringLiteral("JSON please"),
                                     QStringLiteral(""),
                                     QStringLiteral("back\\slash \u0001 ctl"),
                                     QStringLiteral("emoji \U0001F600") };
    return words.at(static_cast<int>(m_rng.bounded(words.size())));
}

QStringList RequestGenerator::ids(int max)
{
    QStringList list;
    for (int i = count(max); i > 0; --i) {
        list.append(QStringLiteral("file-%1").arg(m_rng.bounded(1000)));
    }
    return list;
}

QJsonObject RequestGenerator::metadata()
{
    QJsonObject map;
    for (int i = count(3); i > 0; --i) {
        map.insert(QStringLiteral("key%1").arg(i), text());
    }
    return map;
}

QJsonValue RequestGenerator::freeJson(int depth)
{
    switch (m_rng.bounded(depth > 0 ? 7 : 5)) {
    case 0:
        return QJsonValue(QJsonValue::Null);
    case 1:
        return coin();
    case 2:
        return m_rng.bounded(-1000, 1000) / 8.0;
    case 3:
        return text();
    case 4:
        return static_cast<qint64>(m_rng.bounded(100000));
    case 5: {
        QJsonArray array;
        for (int i = count(3); i > 0; --i) {
            array.append(freeJson(depth - 1));
        }
        return array;
    }
    default: {
        QJsonObject object;
        for (int i = count(3); i > 0; --i) {
            object.insert(text() + QString::number(i), freeJson(depth - 1));
        }
        return object;
    }
    }
}

ContentPart RequestGenerator::part()
{
    ContentPart p;
    switch (m_rng.bounded(3)) {
    case 0:
        p.kind = ContentPart::Kind::Text;
        p.text = maybe<QString>([this] { return text(); });
        break;
    case 1:
        p.kind = ContentPart::Kind::ImageUrl;
        p.imageUrl = maybe<ImageUrl>([this] {
            ImageUrl u;
            u.url = maybe<QString>([] { return QStringLiteral("https://example.com/a.png"); });
            u.detail = maybe<QString>([] { return QStringLiteral("low"); });
            return u;
        });
        break;
    default:
        p.kind = ContentPart::Kind::ImageFile;
        p.imageFile = maybe<ImageFile>([this] {
            ImageFile f;
            f.fileId = maybe<QString>([] { return QStringLiteral("file-img"); });
            f.detail = maybe<QString>([] { return QStringLiteral("high"); });
            return f;
        });
        break;
    }
    return p;
}

Attachment RequestGenerator::attachment()
{
    Attachment a;
    a.fileId = maybe<QString>([] { return QStringLiteral("file-att"); });
    a.tools = maybe<QList<AttachmentTool>>([this] {
        QList<AttachmentTool> tools;
        for (int i = count(2); i > 0; --i) {
            AttachmentTool t;
            t.kind = coin() ? AttachmentTool::Kind::CodeInterpreter : AttachmentTool::Kind::FileSearch;
            tools.append(t);
        }
        return tools;
    });
    return a;
}

Message RequestGenerator::message()
{
    Message m;
    m.role = maybe<QString>([this] { return coin() ? QStringLiteral("user") : QStringLiteral("assistant"); });
    m.content = maybe<MessageContent>([this] {
        MessageContent c;
        if (coin()) {
            c.kind = MessageContent::Kind::Text;
            c.text = text();
        } else {
            c.kind = MessageContent::Kind::Parts;
            for (int i = count(3); i > 0; --i) {
                c.parts.append(part());
            }
        }
        return c;
    });
    m.attachments = maybe<QList<Attachment>>([this] {
        QList<Attachment> list;
        for (int i = count(2); i > 0; --i) {
            list.append(attachment());
        }
        return list;
    });
    m.metadata = maybe<Metadata>([this] { return metadata(); });
    return m;
}

VectorStoreHelper RequestGenerator::vectorStore()
{
    VectorStoreHelper s;
    s.fileIds = maybe<QStringList>([this] { return ids(3); });
    s.chunkingStrategy = maybe<ChunkingStrategy>([this] {
        ChunkingStrategy c;
        c.kind = coin() ? ChunkingStrategy::Kind::Auto : ChunkingStrategy::Kind::Static;
        if (c.kind == ChunkingStrategy::Kind::Static) {
            c.staticChunking = maybe<StaticChunking>([this] {
                StaticChunking st;
                st.maxChunkSizeTokens = maybe<qint64>([this] { return qint64(m_rng.bounded(100, 4097)); });
                st.chunkOverlapTokens = maybe<qint64>([this] { return qint64(m_rng.bounded(0, 50)); });
                return st;
            });
        }
        return c;
    });
    s.metadata = maybe<Metadata>([this] { return metadata(); });
    return s;
}

ThreadToolResources RequestGenerator::threadResources()
{
    ThreadToolResources r;
    r.codeInterpreter = maybe<CodeInterpreterResources>([this] {
        CodeInterpreterResources c;
        c.fileIds = maybe<QStringList>([this] { return ids(3); });
        return c;
    });
    r.fileSearch = maybe<ThreadFileSearchResources>([this] {
        ThreadFileSearchResources f;
        f.vectorStoreIds = maybe<QStringList>([this] { return ids(1); });
        f.vectorStores = maybe<QList<VectorStoreHelper>>([this] {
            QList<VectorStoreHelper> list;
            for (int i = count(2); i > 0; --i) {
                list.append(vectorStore());
            }
            return list;
        });
        return f;
    });
    return r;
}

Tool RequestGenerator::tool()
{
    Tool t;
    switch (m_rng.bounded(3)) {
    case 0:
        t.kind = Tool::Kind::CodeInterpreter;
        break;
    case 1:
        t.kind = Tool::Kind::FileSearch;
        t.fileSearch = maybe<FileSearchOptions>([this] {
            FileSearchOptions o;
            o.maxNumResults = maybe<qint64>([this] { return qint64(m_rng.bounded(1, 51)); });
            o.rankingOptions = maybe<RankingOptions>([this] {
                RankingOptions r;
                r.ranker = maybe<QString>([] { return QStringLiteral("default_2024_08_21"); });
                r.scoreThreshold = maybe<double>([this] { return m_rng.bounded(100) / 100.0; });
                return r;
            });
            return o;
        });
        break;
    default:
        t.kind = Tool::Kind::Function;
        t.function = maybe<FunctionDefinition>([this] {
            FunctionDefinition f;
            f.description = maybe<QString>([this] { return text(); });
            f.name = maybe<QString>([this] { return QStringLiteral("fn_%1").arg(m_rng.bounded(100)); });
            f.parameters = maybe<QJsonValue>([this] { return freeJson(3); });
            f.strict = maybe<bool>([this] { return coin(); });
            return f;
        });
        break;
    }
    return t;
}

ToolChoice RequestGenerator::toolChoice()
{
    switch (m_rng.bounded(4)) {
    case 0:
        return ToolChoice::mode(ToolChoice::Kind::None);
    case 1:
        return ToolChoice::mode(ToolChoice::Kind::Auto);
    case 2:
        return ToolChoice::mode(ToolChoice::Kind::Required);
    default: {
        ToolChoice c = ToolChoice::namedTool(QStringLiteral("function"));
        c.type = maybe<QString>([] { return QStringLiteral("function"); });
        c.function = maybe<NamedFunction>([this] {
            NamedFunction f;
            f.name = maybe<QString>([] { return QStringLiteral("fn_1"); });
            return f;
        });
        return c;
    }
    }
}

ResponseFormat RequestGenerator::responseFormat()
{
    const auto kind = static_cast<ResponseFormat::Kind>(m_rng.bounded(4)); // Auto .. JsonSchema
    ResponseFormat f = ResponseFormat::ofKind(kind);
    if (kind == ResponseFormat::Kind::JsonSchema) {
        f.jsonSchema = maybe<JsonSchemaFormat>([this] {
            JsonSchemaFormat s;
            s.description = maybe<QString>([this] { return text(); });
            s.name = maybe<QString>([] { return QStringLiteral("answer"); });
            s.schema = maybe<QJsonValue>([this] { return freeJson(3); });
            s.strict = maybe<bool>([this] { return coin(); });
            return s;
        });
    }
    return f;
}

CreateThreadAndRunRequest RequestGenerator::request()
{
    CreateThreadAndRunRequest r;
    r.assistantId = maybe<QString>([this] { return QStringLiteral("asst_%1").arg(m_rng.bounded(100)); });
    r.thread = maybe<Thread>([this] {
        Thread t;
        t.messages = maybe<QList<Message>>([this] {
            QList<Message> list;
            for (int i = count(3); i > 0; --i) {
                list.append(message());
            }
            return list;
        });
        t.toolResources = maybe<ThreadToolResources>([this] { return threadResources(); });
        t.metadata = maybe<Metadata>([this] { return metadata(); });
        return t;
    });
    r.model = maybe<QString>([] { return QStringLiteral("gpt-4o"); });
    r.instructions = maybe<QString>([this] { return text(); });
    r.tools = maybe<QList<Tool>>([this] {
        QList<Tool> list;
        for (int i = count(4); i > 0; --i) {
            list.append(tool());
        }
        return list;
    });
    r.toolResources = maybe<ToolResources>([this] {
        ToolResources t;
        t.codeInterpreter = maybe<CodeInterpreterResources>([this] {
            CodeInterpreterResources c;
            c.fileIds = maybe<QStringList>([this] { return ids(3); });
            return c;
        });
        t.fileSearch = maybe<FileSearchResources>([this] {
            FileSearchResources f;
            f.vectorStoreIds = maybe<QStringList>([this] { return ids(1); });
            return f;
        });
        return t;
    });
    r.metadata = maybe<Metadata>([this] { return metadata(); });
    r.temperature = maybe<double>([this] { return m_rng.bounded(200) / 100.0; });
    r.topP = maybe<double>([this] { return m_rng.bounded(100) / 100.0; });
    r.stream = maybe<bool>([this] { return coin(); });
    r.maxPromptTokens = maybe<qint64>([this] { return qint64(m_rng.bounded(256, 100000)); });
    r.maxCompletionTokens = maybe<qint64>([this] { return qint64(m_rng.bounded(256, 100000)); });
    r.truncationStrategy = maybe<TruncationStrategy>([this] {
        TruncationStrategy t;
        t.type = maybe<QString>([this] { return coin() ? QStringLiteral("auto") : QStringLiteral("last_messages"); });
        t.lastMessages = maybe<qint64>([this] { return qint64(m_rng.bounded(1, 20)); });
        return t;
    });
    r.toolChoice = maybe<ToolChoice>([this] { return toolChoice(); });
    r.parallelToolCalls = maybe<bool>([this] { return coin(); });
    r.responseFormat = maybe<ResponseFormat>([this] { return responseFormat(); });
    return r;
}

} // namespace rl::test
