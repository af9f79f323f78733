#pragma once

// Request bodies and stream helpers shared by the built-in server's loopback tests.
#include "localserver.h"
#include "serverclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QtDebug>

#include <memory>

using namespace Qt::StringLiterals;

namespace servertest {

inline const QStringList RunFields { u"id"_s,
                                     u"object"_s,
                                     u"created_at"_s,
                                     u"thread_id"_s,
                                     u"assistant_id"_s,
                                     u"status"_s,
                                     u"required_action"_s,
                                     u"last_error"_s,
                                     u"expires_at"_s,
                                     u"started_at"_s,
                                     u"cancelled_at"_s,
                                     u"failed_at"_s,
                                     u"completed_at"_s,
                                     u"incomplete_details"_s,
                                     u"model"_s,
                                     u"instructions"_s,
                                     u"tools"_s,
                                     u"metadata"_s,
                                     u"usage"_s,
                                     u"temperature"_s,
                                     u"top_p"_s,
                                     u"max_prompt_tokens"_s,
                                     u"max_completion_tokens"_s,
                                     u"truncation_strategy"_s,
                                     u"tool_choice"_s,
                                     u"parallel_tool_calls"_s,
                                     u"response_format"_s };

inline QJsonObject userThread(const QString &text)
{
    return QJsonObject { { u"messages"_s,
                           QJsonArray { QJsonObject { { u"role"_s, u"user"_s }, { u"content"_s, text } } } } };
}

inline QJsonObject runBody(const QString &assistant, const QString &text, const QString &scenario = QString())
{
    QJsonObject body { { u"assistant_id"_s, assistant }, { u"thread"_s, userThread(text) } };
    if (!scenario.isEmpty())
        body.insert(u"metadata"_s, QJsonObject { { u"runlens_scenario"_s, scenario } });
    return body;
}

inline QJsonObject streamed(QJsonObject body)
{
    body.insert(u"stream"_s, true);
    return body;
}

inline bool hasAllRunFields(const QJsonObject &run)
{
    for (const QString &f : RunFields) {
        if (!run.contains(f)) {
            qWarning() << "missing run field" << f;
            return false;
        }
    }
    return run.size() == 27;
}

inline QString deltaText(const ServerClient::Stream &s)
{
    QString text;
    for (const auto &e : s.events) {
        if (e.name == u"thread.message.delta"_s)
            text += e.json[u"delta"_s][u"content"_s][0][u"text"_s][u"value"_s].toString();
    }
    return text;
}

// A started server (or one that failed to start, with the reason logged).
inline std::unique_ptr<rl::LocalServer> startServer(const rl::LocalServerOptions &o)
{
    auto server = std::make_unique<rl::LocalServer>();
    if (!server->start(o))
        qWarning() << server->errorString();
    return server;
}

// What most tests use: words without delay, runs that expire after a second.
inline rl::LocalServerOptions quickOptions()
{
    rl::LocalServerOptions o;
    o.delayMs = 0;
    o.expireSeconds = 1;
    return o;
}

} // namespace servertest
