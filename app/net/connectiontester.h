#pragma once

#include "apierror.h"
#include "connection.h"
#include "httpexchange.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace rl {

class ApiClient;
class ApiCall;

// What a connection test found, in plain words.
struct ConnectionTestResult
{
    bool ok = false; // the server answered the assistants list
    QString summary; // one line
    QStringList checks; // what worked and what did not, one sentence each, in order
    bool reachedServer = false; // DNS, TCP (and TLS) worked: an HTTP answer came back
    bool authAccepted = false;
    bool endpointFound = false;
    int assistantCount = 0; // assistants on the first page (at most 1 asked)
    ApiError error; // when !ok
    ResponseMeta meta;
};

// Checks a connection by listing one assistant, and tells what worked: DNS, connection, TLS,
// the key (401), the endpoint (404, with the Assistants sunset explained for api.openai.com),
// the beta header (400 invalid_beta).
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    // Starts a test; a test already running is abandoned.
    void test(const Connection &connection);
    void cancel();
    [[nodiscard]] bool isRunning() const;

    // Builds the result from an error (for tests and for callers that ran their own call).
    [[nodiscard]] static ConnectionTestResult describe(const Connection &connection, const ApiError *error,
                                                       int assistantCount, const ResponseMeta &meta);

signals:
    void finished(const rl::ConnectionTestResult &result);
    void exchange(const rl::HttpExchange &exchange);

private:
    QPointer<ApiClient> m_client;
    QPointer<ApiCall> m_call;
};

} // namespace rl

Q_DECLARE_METATYPE(rl::ConnectionTestResult)
