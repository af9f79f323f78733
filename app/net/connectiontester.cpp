#include "connectiontester.h"

#include "apiclient.h"

namespace rl {

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{ }

ConnectionTester::~ConnectionTester()
{
    cancel();
}

bool ConnectionTester::isRunning() const
{
    return !m_call.isNull();
}

void ConnectionTester::cancel()
{
    if (m_call) {
        m_call->cancel();
    }
    m_call = nullptr;
    if (m_client) {
        m_client->deleteLater();
    }
    m_client = nullptr;
}

void ConnectionTester::test(const Connection &connection)
{
    cancel();
    auto *client = new ApiClient(connection, nullptr, this);
    m_client = client;
    RetryPolicy none;
    none.maxRetries = 0;
    client->setRetryPolicy(none);
    ListOptions options;
    options.limit = 1;
    options.maxPages = 1;
    options.order.clear();
    ListCall *call = client->listAssistants(options);
    m_call = call;
    connect(call, &ApiCall::exchange, this, &ConnectionTester::exchange);
    connect(call, &ApiCall::finished, this, [this, connection](const QJsonValue &result, const ResponseMeta &meta) {
        m_call = nullptr;
        emit finished(describe(connection, nullptr, int(result.toArray().size()), meta));
    });
    connect(call, &ApiCall::failed, this, [this, connection](const ApiError &error) {
        m_call = nullptr;
        emit finished(describe(connection, &error, 0, {}));
    });
}

namespace {
bool sendsKey(const Connection &connection)
{
    return connection.authStyle != Connection::AuthStyle::None && !connection.apiKey.isEmpty();
}
} // namespace

ConnectionTestResult ConnectionTester::describe(const Connection &connection, const ApiError *error, int assistantCount,
                                                const ResponseMeta &meta)
{
    ConnectionTestResult r;
    r.meta = meta;
    const QUrl url = connection.endpoint(QStringLiteral("/assistants"));
    const bool https = url.scheme() == QLatin1String("https");
    if (!error) {
        r.ok = r.reachedServer = r.authAccepted = r.endpointFound = true;
        r.assistantCount = assistantCount;
        r.checks << tr("The server %1 was found and answered.").arg(url.host());
        if (https) {
            r.checks << tr("The secure connection (TLS) works.");
        }
        r.checks << (sendsKey(connection) ? tr("The key was accepted.")
                                          : tr("No key is sent, and the server did not ask for one."));
        r.checks << (assistantCount > 0 ? tr("The assistants list works.")
                                        : tr("The assistants list works, but it is empty."));
        r.summary = tr("Connection works.");
        return r;
    }
    r.error = *error;
    r.summary = error->summary();
    if (error->kind == ApiError::Kind::Network || error->kind == ApiError::Kind::Timeout) {
        switch (error->network) {
        case ApiError::Network::HostNotFound:
            r.checks << tr("The host name %1 could not be found (DNS).").arg(url.host());
            break;
        case ApiError::Network::Refused:
            r.checks << tr("The host was found, but nothing accepts connections on port %1.")
                            .arg(url.port(https ? 443 : 80));
            break;
        case ApiError::Network::Tls:
            r.checks << tr("The host was found, but the secure connection (TLS) failed.");
            break;
        default:
            r.checks << error->summary();
        }
        return r;
    }
    r.reachedServer = true;
    r.checks << tr("The server %1 was found and answered.").arg(url.host());
    if (https) {
        r.checks << tr("The secure connection (TLS) works.");
    }
    if (error->kind != ApiError::Kind::Http) {
        r.checks << error->summary();
        return r;
    }
    switch (error->httpStatus) {
    case 401:
    case 403:
        r.checks << (sendsKey(connection)
                         ? tr("The key was not accepted (%1). Check the key and the auth style.").arg(error->httpStatus)
                         : tr("The server wants a key (%1), but this connection sends no key. Choose Edit… and an "
                              "auth style, and enter the key.")
                               .arg(error->httpStatus));
        break;
    case 404:
        r.authAccepted = true;
        r.checks << (error->isAssistantsSunset()
                         ? tr("OpenAI retired the Assistants API on 26 August 2026: use a compatible server or "
                              "the built-in local server.")
                         : tr(
                             "The assistants endpoint was not found (404). Check the base URL (often ending in /v1)."));
        break;
    case 400:
        if (error->isInvalidBeta()) {
            r.authAccepted = true;
            r.endpointFound = true;
            r.checks << (connection.sendBetaHeader
                             ? tr("The server rejected the beta header %1: set it to assistants=v2.")
                                   .arg(connection.betaHeaderValue)
                             : tr("The server wants the beta header OpenAI-Beta: assistants=v2; turn it on."));
            break;
        }
        Q_FALLTHROUGH();
    default:
        r.checks << error->summary();
    }
    return r;
}

} // namespace rl
