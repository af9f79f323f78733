#include "apiclient.h"

#include "sseparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QTimer>
#include <QUrl>

#include <utility>

namespace rl {

namespace {

QString seg(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString runPath(const QString &threadId, const QString &runId)
{
    return QStringLiteral("/threads/") + seg(threadId) + QStringLiteral("/runs/") + seg(runId);
}

} // namespace

ApiClient::ApiClient(Connection connection, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_maxEventBytes(SseParser::DefaultMaxEventBytes)
    , m_nam(nam)
{
    if (!m_nam) {
        static const bool proxyConfigured = [] {
            QNetworkProxyFactory::setUseSystemConfiguration(true);
            return true;
        }();
        Q_UNUSED(proxyConfigured)
        m_nam = new QNetworkAccessManager(this);
    }
}

ApiClient::~ApiClient() = default;

template<typename Call> Call *ApiClient::launch(Call *call)
{
    // Started on the next turn of the event loop, so the caller can connect first.
    QTimer::singleShot(0, call, [call] { call->start(); });
    return call;
}

QByteArray ApiClient::toolOutputsBody(const QList<ToolOutput> &outputs, bool stream)
{
    QJsonArray list;
    for (const ToolOutput &o : outputs) {
        list.append(
            QJsonObject { { QStringLiteral("tool_call_id"), o.toolCallId }, { QStringLiteral("output"), o.output } });
    }
    QJsonObject body { { QStringLiteral("tool_outputs"), list } };
    if (stream) {
        body.insert(QStringLiteral("stream"), true);
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

ApiCall *ApiClient::createThreadAndRun(const QByteArray &body)
{
    return launch(new ApiCall(m_nam, m_connection, RetryPolicy { 0, 0, 0, 0, 0 }, ApiCall::Method::Post,
                              QStringLiteral("/threads/runs"), {}, body, this));
}

StreamCall *ApiClient::createThreadAndRunStream(const QByteArray &body)
{
    return launch(new StreamCall(m_nam, m_connection, QStringLiteral("/threads/runs"), body, m_maxEventBytes, this));
}

ApiCall *ApiClient::retrieveRun(const QString &threadId, const QString &runId)
{
    return launch(
        new ApiCall(m_nam, m_connection, m_retry, ApiCall::Method::Get, runPath(threadId, runId), {}, {}, this));
}

ApiCall *ApiClient::cancelRun(const QString &threadId, const QString &runId)
{
    return launch(new ApiCall(m_nam, m_connection, RetryPolicy { 0, 0, 0, 0, 0 }, ApiCall::Method::Post,
                              runPath(threadId, runId) + QStringLiteral("/cancel"), {}, QByteArray(), this));
}

ApiCall *ApiClient::submitToolOutputs(const QString &threadId, const QString &runId, const QList<ToolOutput> &outputs)
{
    return launch(new ApiCall(m_nam, m_connection, RetryPolicy { 0, 0, 0, 0, 0 }, ApiCall::Method::Post,
                              runPath(threadId, runId) + QStringLiteral("/submit_tool_outputs"), {},
                              toolOutputsBody(outputs, false), this));
}

StreamCall *ApiClient::submitToolOutputsStream(const QString &threadId, const QString &runId,
                                               const QList<ToolOutput> &outputs)
{
    return launch(new StreamCall(m_nam, m_connection, runPath(threadId, runId) + QStringLiteral("/submit_tool_outputs"),
                                 toolOutputsBody(outputs, true), m_maxEventBytes, this));
}

ListCall *ApiClient::listRunSteps(const QString &threadId, const QString &runId, const ListOptions &options)
{
    return launch(new ListCall(m_nam, m_connection, m_retry, runPath(threadId, runId) + QStringLiteral("/steps"), {},
                               options, this));
}

ListCall *ApiClient::listMessages(const QString &threadId, const QString &runId, const ListOptions &options)
{
    QList<QPair<QString, QString>> query;
    if (!runId.isEmpty()) {
        query.append({ QStringLiteral("run_id"), runId });
    }
    return launch(new ListCall(m_nam, m_connection, m_retry,
                               QStringLiteral("/threads/") + seg(threadId) + QStringLiteral("/messages"), query,
                               options, this));
}

ListCall *ApiClient::listAssistants(const ListOptions &options)
{
    return launch(new ListCall(m_nam, m_connection, m_retry, QStringLiteral("/assistants"), {}, options, this));
}

ApiCall *ApiClient::retrieveAssistant(const QString &assistantId)
{
    return launch(new ApiCall(m_nam, m_connection, m_retry, ApiCall::Method::Get,
                              QStringLiteral("/assistants/") + seg(assistantId), {}, {}, this));
}

ApiCall *ApiClient::createAssistant(const QJsonObject &assistant)
{
    return launch(new ApiCall(m_nam, m_connection, m_retry, ApiCall::Method::Post, QStringLiteral("/assistants"), {},
                              QJsonDocument(assistant).toJson(QJsonDocument::Compact), this));
}

ApiCall *ApiClient::modifyAssistant(const QString &assistantId, const QJsonObject &changes)
{
    return launch(new ApiCall(m_nam, m_connection, m_retry, ApiCall::Method::Post,
                              QStringLiteral("/assistants/") + seg(assistantId), {},
                              QJsonDocument(changes).toJson(QJsonDocument::Compact), this));
}

ApiCall *ApiClient::deleteAssistant(const QString &assistantId)
{
    return launch(new ApiCall(m_nam, m_connection, m_retry, ApiCall::Method::Delete,
                              QStringLiteral("/assistants/") + seg(assistantId), {}, {}, this));
}

ListCall *ApiClient::listModels(const ListOptions &options)
{
    ListOptions o = options;
    o.order.clear(); // /models takes no order or limit
    o.limit = 0;
    return launch(new ListCall(m_nam, m_connection, m_retry, QStringLiteral("/models"), {}, o, this));
}

} // namespace rl
