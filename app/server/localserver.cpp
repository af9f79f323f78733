#include "localserver.h"

#include "apirouter.h"
#include "assistantendpoints.h"
#include "catalog.h"
#include "httpfront.h"
#include "runendpoints.h"
#include "runmanager.h"
#include "runsimulator.h"
#include "ssestream.h"
#include "store.h"
#include "threadendpoints.h"

#include <QHostAddress>
#include <QTcpServer>

namespace rl {

using namespace rl::server;

struct LocalServer::Private
{
    LocalServerOptions options;
    quint16 port = 0;
    QString error;
    std::unique_ptr<Store> store;
    std::unique_ptr<RunManager> runs;
    std::unique_ptr<ApiRouter> router;
    std::unique_ptr<ThreadEndpoints> threadEndpoints;
    std::unique_ptr<RunEndpoints> runEndpoints;
    std::unique_ptr<AssistantEndpoints> assistantEndpoints;
    std::unique_ptr<HttpFront> front;
};

LocalServer::LocalServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{ }

LocalServer::~LocalServer()
{
    stop();
}

bool LocalServer::start(const LocalServerOptions &options)
{
    stop();
    d->options = options;
    d->error.clear();
    QHostAddress address;
    if (options.host == QStringLiteral("localhost")) {
        address = QHostAddress(QHostAddress::LocalHost);
    } else if (!address.setAddress(options.host)) {
        d->error = tr("Not an IP address to listen on: %1").arg(options.host);
        return false;
    }
    d->store = std::make_unique<Store>(options.maxThreads);
    for (const QJsonObject &a : Catalog::shippedAssistants(Store::now())) {
        d->store->putAssistant(a);
    }
    Store *store = d->store.get();
    const RunEngine::Settings settings { qMax(0, options.delayMs), options.expireSeconds };
    d->runs = std::make_unique<RunManager>(
        store, [store, settings](const QString &threadId, const QString &runId, QObject *parent) -> RunEngine * {
            return new RunSimulator(store, threadId, runId, settings, parent);
        });
    d->router = std::make_unique<ApiRouter>(options.apiKey, options.betaCheck);
    const ServerContext ctx { d->store.get(), d->runs.get(), qMax(0, options.delayMs), options.expireSeconds };
    d->threadEndpoints = std::make_unique<ThreadEndpoints>(ctx);
    d->runEndpoints = std::make_unique<RunEndpoints>(ctx);
    d->assistantEndpoints = std::make_unique<AssistantEndpoints>(ctx);
    d->threadEndpoints->install(*d->router);
    d->runEndpoints->install(*d->router);
    d->assistantEndpoints->install(*d->router);
    ApiRouter *router = d->router.get();
    HttpLimits limits;
    limits.requestTimeoutMs = qMax(1, options.requestTimeoutMs);
    limits.maxConnections = qMax(1, options.maxConnections);
    d->front = std::make_unique<HttpFront>([router](ServerExchange &exchange) { router->dispatch(exchange); }, limits);
    auto *tcp = new QTcpServer(d->front.get());
    if (!tcp->listen(address, options.port)) {
        d->error = tr("Cannot listen on %1:%2: %3").arg(options.host).arg(options.port).arg(tcp->errorString());
        stop();
        return false;
    }
    d->front->bind(tcp);
    d->port = tcp->serverPort();
    return true;
}

void LocalServer::stop()
{
    d->front.reset();
    d->runs.reset();
    d->router.reset();
    d->threadEndpoints.reset();
    d->runEndpoints.reset();
    d->assistantEndpoints.reset();
    d->store.reset();
    d->port = 0;
}

bool LocalServer::isRunning() const
{
    return d->front != nullptr;
}

quint16 LocalServer::port() const
{
    return d->port;
}

QUrl LocalServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(d->options.host);
    url.setPort(d->port);
    url.setPath(QStringLiteral("/v1"));
    return url;
}

QString LocalServer::errorString() const
{
    return d->error;
}

} // namespace rl
