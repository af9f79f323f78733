#include "modelservertester.h"

#include "apiclient.h"
#include "connection.h"

#include <QJsonArray>
#include <QUrl>

namespace rl {

ModelServerTester::ModelServerTester(QObject *parent)
    : QObject(parent)
{ }

ModelServerTester::~ModelServerTester()
{
    cancel();
}

void ModelServerTester::cancel()
{
    if (ApiCall *call = m_call.data()) {
        call->cancel();
    }
    m_call = nullptr;
    if (ApiClient *client = m_client.data()) {
        client->deleteLater();
    }
    m_client = nullptr;
}

void ModelServerTester::test(const QString &baseUrl, const QString &key, int timeoutMs)
{
    cancel();
    Connection connection;
    connection.baseUrl = baseUrl.trimmed();
    connection.authStyle = key.isEmpty() ? Connection::AuthStyle::None : Connection::AuthStyle::Bearer;
    connection.apiKey = key;
    connection.sendBetaHeader = false; // a Chat Completions server has no Assistants beta
    connection.requestTimeoutMs = timeoutMs;
    auto *client = new ApiClient(connection, nullptr, this);
    m_client = client;
    RetryPolicy none;
    none.maxRetries = 0;
    client->setRetryPolicy(none);
    ListCall *call = client->listModels();
    m_call = call;
    const QString url = connection.baseUrl;
    connect(call, &ApiCall::finished, this, [this, url](const QJsonValue &result, const ResponseMeta &) {
        m_call = nullptr;
        emit finished(describe(url, ListCall::idsOf(result.toArray()), nullptr));
    });
    connect(call, &ApiCall::failed, this, [this, url](const ApiError &error) {
        m_call = nullptr;
        emit finished(describe(url, {}, &error));
    });
}

ModelServerTestResult ModelServerTester::describe(const QString &baseUrl, const QStringList &models,
                                                  const ApiError *error)
{
    ModelServerTestResult r;
    const QString host = QUrl(baseUrl).host();
    if (error == nullptr) {
        r.models = models;
        if (models.isEmpty()) {
            r.summary = tr("The model server at %1 answered, but it has no models. Download or load a model there "
                           "first (for Ollama: ollama pull llama3.2).")
                            .arg(host);
            return r;
        }
        r.ok = true;
        constexpr int shown = 6;
        QString names = QStringList(models.mid(0, shown)).join(QStringLiteral(", "));
        if (models.size() > shown) {
            names = tr("%1 and %2 more").arg(names).arg(models.size() - shown);
        }
        r.summary = tr("It works. Models on %1: %2.").arg(host, names);
        return r;
    }
    switch (error->kind) {
    case ApiError::Kind::Http:
        if (error->httpStatus == 401 || error->httpStatus == 403) {
            r.summary = tr("The model server at %1 refused the key (HTTP %2). Check the key, or leave it empty for a "
                           "local server that needs none.")
                            .arg(host)
                            .arg(error->httpStatus);
        } else if (error->httpStatus == 404) {
            r.summary = tr("The model server at %1 has no model list at this address (HTTP 404). The address usually "
                           "ends in /v1, for example http://127.0.0.1:11434/v1.")
                            .arg(host);
        } else {
            r.summary = tr("The model server at %1 answered with an error: %2").arg(host, error->summary());
        }
        break;
    case ApiError::Kind::Network:
        if (error->network == ApiError::Network::Refused) {
            r.summary = tr("Nothing answers at %1. Is the model server (Ollama, llama-server, …) started, and on "
                           "this port?")
                            .arg(baseUrl);
        } else if (error->network == ApiError::Network::HostNotFound) {
            r.summary = tr("The host %1 is not known. Check the address.").arg(host);
        } else if (error->network == ApiError::Network::BadUrl) {
            r.summary = tr("This is not an address a model server can have: %1 (it starts with http:// or https://).")
                            .arg(baseUrl);
        } else {
            r.summary = tr("The model server at %1 could not be reached: %2").arg(host, error->summary());
        }
        break;
    case ApiError::Kind::Timeout:
        r.summary = tr("The model server at %1 did not answer in time.").arg(host);
        break;
    case ApiError::Kind::Protocol:
        r.summary = tr("Something answered at %1, but not like a Chat Completions server (no model list). Check "
                       "the address and the port.")
                        .arg(baseUrl);
        break;
    default:
        r.summary = error->summary();
        break;
    }
    return r;
}

} // namespace rl
