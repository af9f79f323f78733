#include "fakechatserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace rl::test {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString messageText(const QJsonObject &message)
{
    const QJsonValue content = message.value(QLatin1String("content"));
    if (content.isString()) {
        return content.toString();
    }
    QString text;
    const QJsonArray parts = content.toArray();
    for (const QJsonValue part : parts) {
        text += part.toObject().value(QLatin1String("text")).toString();
    }
    return text;
}

struct Script
{
    QStringList words;
    QList<QPair<QString, QString>> calls; // name, arguments
    QString refusal;
    QString finish = QStringLiteral("stop");
    bool reason = false;
    bool streamError = false;
    bool cut = false;
    int delayMs = 0;
    int status = 0;
};

Script scriptFor(const QJsonObject &body)
{
    Script s;
    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    const QJsonObject last = messages.isEmpty() ? QJsonObject() : messages.last().toObject();
    if (last.value(QLatin1String("role")).toString() == QLatin1String("tool")) {
        QStringList outputs;
        for (qsizetype i = messages.size() - 1; i >= 0; --i) {
            const QJsonObject m = messages.at(i).toObject();
            if (m.value(QLatin1String("role")).toString() != QLatin1String("tool")) {
                break;
            }
            outputs.prepend(m.value(QLatin1String("content")).toString());
        }
        s.words = QString(QStringLiteral("The tool said: ") + outputs.join(QStringLiteral(" and ")))
                      .split(QLatin1Char(' '));
        return s;
    }
    QString text = messageText(last);
    static const QRegularExpression directive(QStringLiteral("\\[([^\\]\\s]+)(?: ([^\\]]*))?\\]"));
    int words = -1;
    for (auto it = directive.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        const QString arg = m.captured(2).trimmed();
        if (name == QLatin1String("words")) {
            words = arg.toInt();
        } else if (name == QLatin1String("tool")) {
            const qsizetype space = arg.indexOf(QLatin1Char(' '));
            s.calls.append(
                { space < 0 ? arg : arg.left(space), space < 0 ? QStringLiteral("{}") : arg.mid(space + 1) });
        } else if (name == QLatin1String("refuse")) {
            s.refusal = arg.isEmpty() ? QStringLiteral("I can't help with that.") : arg;
        } else if (name == QLatin1String("reason")) {
            s.reason = true;
        } else if (name == QLatin1String("length")) {
            words = arg.toInt();
            s.finish = QStringLiteral("length");
        } else if (name == QLatin1String("filter")) {
            words = 3;
            s.finish = QStringLiteral("content_filter");
        } else if (name == QLatin1String("status")) {
            s.status = arg.toInt();
        } else if (name == QLatin1String("stream-error")) {
            s.streamError = true;
            words = 6;
        } else if (name == QLatin1String("cut")) {
            s.cut = true;
            words = 6;
        } else if (name == QLatin1String("slow")) {
            s.delayMs = 100;
            if (words < 0) {
                words = 50;
            }
        }
    }
    text.remove(directive);
    if (words >= 0) {
        for (int i = 0; i < words; ++i) {
            s.words.append(QStringLiteral("w%1").arg(i + 1));
        }
    } else if (s.calls.isEmpty() && s.refusal.isEmpty()) {
        s.words = QString(QStringLiteral("You said: ") + text.simplified()).split(QLatin1Char(' '));
    }
    return s;
}

} // namespace

FakeChatServer::FakeChatServer(Mode mode, QObject *parent)
    : FakeHttpServer(parent)
    , m_mode(mode)
{
    on("GET", QStringLiteral("/models"), [this](const FakeRequest &request, int) {
        if (!m_key.isEmpty() && request.header("authorization") != "Bearer " + m_key.toUtf8()) {
            return FakeReply::json(401,
                                   R"({"error":{"message":"Incorrect API key","type":"invalid_request_error",)"
                                   R"("param":null,"code":"invalid_api_key"}})");
        }
        return FakeReply::json(200,
                               R"({"object":"list","data":[{"id":"fake-model-1","object":"model"},)"
                               R"({"id":"fake-model-2","object":"model"}]})");
    });
    on("POST", QStringLiteral("/chat/completions"), [this](const FakeRequest &request, int) {
        if (!m_key.isEmpty() && request.header("authorization") != "Bearer " + m_key.toUtf8()) {
            return FakeReply::json(401,
                                   R"({"error":{"message":"Incorrect API key provided","type":)"
                                   R"("invalid_request_error","param":null,"code":"invalid_api_key"}})");
        }
        return answer(QJsonDocument::fromJson(request.body).object());
    });
}

QList<QJsonObject> FakeChatServer::chatBodies() const
{
    QList<QJsonObject> out;
    const QList<FakeRequest> all = requests();
    for (const FakeRequest &r : all) {
        if (r.method == "POST" && r.path.endsWith(QLatin1String("/chat/completions"))) {
            out.append(QJsonDocument::fromJson(r.body).object());
        }
    }
    return out;
}

FakeReply FakeChatServer::answer(const QJsonObject &body) const
{
    const Script s = scriptFor(body);
    const QString model = body.value(QLatin1String("model")).toString();
    if (model == QLatin1String("no-such-model")) {
        return FakeReply::json(404,
                               R"({"error":{"message":"The model 'no-such-model' does not exist","type":)"
                               R"("invalid_request_error","param":"model","code":"model_not_found"}})");
    }
    if (s.status != 0) {
        const QByteArray message = s.status == 429 ? "Rate limit reached for requests"
            : s.status == 401                      ? "Incorrect API key provided"
                                                   : "The server had an error";
        return FakeReply::json(s.status,
                               R"({"error":{"message":")" + message
                                   + R"(","type":"error","param":null,)"
                                     R"("code":null}})");
    }
    const bool ollama = m_mode == Mode::Ollama;
    int limit = -1;
    if (!ollama && body.value(QLatin1String("max_completion_tokens")).isDouble()) {
        limit = body.value(QLatin1String("max_completion_tokens")).toInt();
    }
    const bool wantUsage = ollama
        || body.value(QLatin1String("stream_options")).toObject().value(QLatin1String("include_usage")).toBool();
    auto chunk = [&model](const QJsonObject &delta, const QJsonValue &finish = QJsonValue::Null) {
        return QJsonObject { { QStringLiteral("id"), QStringLiteral("chatcmpl-fake") },
                             { QStringLiteral("object"), QStringLiteral("chat.completion.chunk") },
                             { QStringLiteral("created"), 1 },
                             { QStringLiteral("model"), model },
                             { QStringLiteral("choices"),
                               QJsonArray { QJsonObject { { QStringLiteral("index"), 0 },
                                                          { QStringLiteral("delta"), delta },
                                                          { QStringLiteral("finish_reason"), finish } } } } };
    };
    QList<QByteArray> frames;
    auto add = [&frames](const QJsonObject &o) { frames.append("data: " + compact(o) + "\n\n"); };
    add(chunk(QJsonObject { { QStringLiteral("role"), QStringLiteral("assistant") },
                            { QStringLiteral("content"), QString() } }));
    if (s.reason) {
        const QString key = ollama ? QStringLiteral("reasoning") : QStringLiteral("reasoning_content");
        add(chunk(QJsonObject { { key, QStringLiteral("Let me think. ") } }));
        add(chunk(QJsonObject { { key, QStringLiteral("The user wants an answer.") } }));
    }
    int completion = 0;
    QString finish = s.finish;
    for (qsizetype i = 0; i < s.words.size(); ++i) {
        if (limit >= 0 && completion >= limit) {
            finish = QStringLiteral("length");
            break;
        }
        if ((s.streamError || s.cut) && i == 2) {
            break;
        }
        add(chunk(QJsonObject {
            { QStringLiteral("content"), QString((i == 0 ? QString() : QStringLiteral(" ")) + s.words.at(i)) } }));
        ++completion;
    }
    if (s.streamError) {
        frames.append(R"(data: {"error":{"message":"The model crashed mid-answer","type":"server_error","code":500}})"
                      "\n\n");
        frames.append("data: [DONE]\n\n");
        return FakeReply::sse(frames.join(), 1 << 20, s.delayMs);
    }
    if (s.cut) {
        FakeReply reply;
        reply.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/event-stream") });
        reply.chunked = true;
        for (const QByteArray &f : std::as_const(frames)) {
            reply.pieces.append({ f, 0 });
        }
        reply.end = FakeReply::End::Drop;
        return reply;
    }
    if (!s.refusal.isEmpty()) {
        for (const QString &word : s.refusal.split(QLatin1Char(' '))) {
            add(chunk(QJsonObject { { QStringLiteral("refusal"), QString(word + QLatin1Char(0x20)) } }));
            ++completion;
        }
    }
    for (qsizetype c = 0; c < s.calls.size(); ++c) {
        const QString id = QStringLiteral("call_fake%1").arg(c + 1);
        const QString &name = s.calls.at(c).first;
        const QString &args = s.calls.at(c).second;
        const int index = ollama ? 0 : int(c);
        if (ollama) {
            add(chunk(
                QJsonObject { { QStringLiteral("tool_calls"),
                                QJsonArray { QJsonObject {
                                    { QStringLiteral("index"), index },
                                    { QStringLiteral("id"), id },
                                    { QStringLiteral("type"), QStringLiteral("function") },
                                    { QStringLiteral("function"),
                                      QJsonObject { { QStringLiteral("name"), name },
                                                    { QStringLiteral("arguments"),
                                                      QJsonDocument::fromJson(args.toUtf8()).object() } } } } } } }));
            ++completion;
            continue;
        }
        add(chunk(QJsonObject {
            { QStringLiteral("tool_calls"),
              QJsonArray { QJsonObject { { QStringLiteral("index"), index },
                                         { QStringLiteral("id"), id },
                                         { QStringLiteral("type"), QStringLiteral("function") },
                                         { QStringLiteral("function"),
                                           QJsonObject { { QStringLiteral("name"), name },
                                                         { QStringLiteral("arguments"), QString() } } } } } } }));
        for (qsizetype at = 0; at < args.size(); at += 5) {
            add(chunk(QJsonObject { { QStringLiteral("tool_calls"),
                                      QJsonArray { QJsonObject { { QStringLiteral("index"), index },
                                                                 { QStringLiteral("function"),
                                                                   QJsonObject { { QStringLiteral("arguments"),
                                                                                   args.mid(at, 5) } } } } } } }));
            ++completion;
        }
    }
    if (!s.calls.isEmpty()) {
        finish = QStringLiteral("tool_calls");
    }
    add(chunk(QJsonObject(), finish));
    if (wantUsage) {
        add(QJsonObject { { QStringLiteral("id"), QStringLiteral("chatcmpl-fake") },
                          { QStringLiteral("object"), QStringLiteral("chat.completion.chunk") },
                          { QStringLiteral("choices"), QJsonArray() },
                          { QStringLiteral("usage"),
                            QJsonObject { { QStringLiteral("prompt_tokens"), 11 },
                                          { QStringLiteral("completion_tokens"), completion },
                                          { QStringLiteral("total_tokens"), 11 + completion } } } });
    }
    frames.append("data: [DONE]\n\n");
    FakeReply reply;
    reply.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/event-stream") });
    reply.chunked = true;
    for (const QByteArray &f : std::as_const(frames)) {
        reply.pieces.append({ f, s.delayMs });
    }
    return reply;
}

} // namespace rl::test
