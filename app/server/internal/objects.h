#pragma once

#include <QJsonObject>
#include <QString>

namespace rl::server {

// Builds the API's objects with every field of their spec schema.
class Objects
{
public:
    static QJsonObject thread(qint64 createdAt, const QJsonObject &request);
    // From a CreateMessageRequest (role, content, attachments, metadata).
    static QJsonObject userMessage(const QString &threadId, qint64 createdAt, const QJsonObject &request);
    static QJsonObject assistantMessage(const QString &threadId, const QString &runId, const QString &assistantId,
                                        qint64 createdAt);
    // The run that applies: the request's values, else the assistant's, else the API defaults.
    static QJsonObject run(const QString &threadId, const QJsonObject &request, const QJsonObject &assistant,
                           qint64 createdAt, int expireSeconds);
    static QJsonObject step(const QJsonObject &run, const QString &type, const QJsonObject &details, qint64 createdAt);
    static QJsonObject assistant(qint64 createdAt, const QJsonObject &request);
    // The text of a message's text parts, joined by newlines.
    static QString messageText(const QJsonObject &message);
};

} // namespace rl::server
