#pragma once

#include "connection.h"
#include "createthreadandrunrequest.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace rl::test {

// The request a test sends: `json` read into the model, with "stream" set as given.
inline CreateThreadAndRunRequest requestOf(const QByteArray &json, bool stream)
{
    CreateThreadAndRunRequest request
        = CreateThreadAndRunRequest::fromJson(QJsonDocument::fromJson(json).object()).request;
    request.stream = stream;
    return request;
}

inline QJsonObject runObject(const QString &status, const QString &runId = QStringLiteral("run_1"),
                             const QString &threadId = QStringLiteral("thread_1"))
{
    return QJsonObject { { QStringLiteral("id"), runId },
                         { QStringLiteral("object"), QStringLiteral("thread.run") },
                         { QStringLiteral("thread_id"), threadId },
                         { QStringLiteral("assistant_id"), QStringLiteral("asst_1") },
                         { QStringLiteral("status"), status } };
}

inline QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QByteArray runJson(const QString &status, const QString &runId = QStringLiteral("run_1"))
{
    return json(runObject(status, runId));
}

inline QByteArray sseEvent(const QByteArray &name, const QByteArray &data)
{
    return "event: " + name + "\ndata: " + data + "\n\n";
}

inline QByteArray runEvent(const QString &status)
{
    return sseEvent("thread.run." + status.toLatin1(), runJson(status));
}

inline QByteArray emptyList()
{
    return R"({"object":"list","data":[],"first_id":null,"last_id":null,"has_more":false})";
}

inline Connection testConnection(const QString &baseUrl)
{
    Connection c;
    c.baseUrl = baseUrl;
    c.apiKey = QStringLiteral("sk-test-1234567890abcd");
    c.requestTimeoutMs = 5000;
    c.stallTimeoutMs = 5000;
    c.pollIntervalMs = 20;
    return c;
}

} // namespace rl::test
