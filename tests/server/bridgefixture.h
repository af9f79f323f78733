#pragma once

// The built-in server on a scripted fake Chat Completions upstream, for the bridge tests.
#include "fakechatserver.h"
#include "localserver.h"
#include "serverclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

namespace bridge {

using namespace Qt::StringLiterals;

struct Fixture
{
    std::unique_ptr<rl::test::FakeChatServer> upstream;
    std::unique_ptr<rl::LocalServer> server;
    std::unique_ptr<ServerClient> client;

    // Starts both; false (with a QTest failure message) when one cannot start.
    bool start(rl::test::FakeChatServer::Mode mode = rl::test::FakeChatServer::Mode::OpenAI,
               const QString &key = QString(), const QString &defaultModel = u"fake-model-1"_s,
               const QString &upstreamUrl = QString())
    {
        upstream = std::make_unique<rl::test::FakeChatServer>(mode);
        upstream->setRequiredKey(key);
        if (!upstream->listen()) {
            return false;
        }
        server = std::make_unique<rl::LocalServer>();
        rl::LocalServerOptions options;
        options.delayMs = 0;
        options.expireSeconds = 60;
        options.upstreamBaseUrl = upstreamUrl.isEmpty() ? upstream->baseUrl() : upstreamUrl;
        options.upstreamKey = key;
        options.defaultModel = defaultModel;
        if (!server->start(options)) {
            qWarning("%s", qPrintable(server->errorString()));
            return false;
        }
        client = std::make_unique<ServerClient>(server->baseUrl());
        return true;
    }

    [[nodiscard]] QJsonObject lastChat() const
    {
        const QList<QJsonObject> all = upstream->chatBodies();
        return all.isEmpty() ? QJsonObject() : all.last();
    }
};

inline QJsonObject userMessage(const QString &text)
{
    return QJsonObject { { u"role"_s, u"user"_s }, { u"content"_s, text } };
}

inline QJsonObject runBody(const QString &text, bool stream = true, const QString &assistant = u"asst_runlens_echo"_s)
{
    return QJsonObject { { u"assistant_id"_s, assistant },
                         { u"stream"_s, stream },
                         { u"thread"_s, QJsonObject { { u"messages"_s, QJsonArray { userMessage(text) } } } } };
}

// The text of the assistant messages, from the stream's message deltas, in order.
inline QString streamedText(const ServerClient::Stream &stream)
{
    QString text;
    for (const auto &e : stream.events) {
        if (e.name == u"thread.message.delta"_s) {
            const QJsonArray parts = e.json.value(u"delta"_s).toObject().value(u"content"_s).toArray();
            for (const QJsonValue p : parts) {
                text += p.toObject().value(u"text"_s).toObject().value(u"value"_s).toString();
            }
        }
    }
    return text;
}

// The text of a message's first content part ("" when it has none).
inline QString messageText(const QJsonObject &message)
{
    return message.value(u"content"_s)
        .toArray()
        .first()
        .toObject()
        .value(u"text"_s)
        .toObject()
        .value(u"value"_s)
        .toString();
}

inline QString status(const QJsonObject &run)
{
    return run.value(u"status"_s).toString();
}

} // namespace bridge
