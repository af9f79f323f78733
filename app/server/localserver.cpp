#include "localserver.h"

#include "apirouter.h"
#include "assistantendpoints.h"
#include "catalog.h"
#include "chatrun.h"
#include "httpfront.h"
#include "runendpoints.h"
#include "runmanager.h"
#include "runsimulator.h"
#include "ssestream.h"
#include "store.h"
#include "storedb.h"
#include "threadendpoints.h"
#include "upstream.h"

#include <QHostAddress>
#include <QTcpServer>

namespace rl {

using namespace rl::server;
using namespace Qt::StringLiterals;

struct LocalServer::Private
{
    LocalServerOptions options;
    quint16 port = 0;
    QString error;
    std::unique_ptr<Store> store;
    std::unique_ptr<StoreDatabase> database;
    std::unique_ptr<UpstreamClient> upstream;
    QString defaultModel;
    int backendGeneration = 0;
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
    Store *store = d->store.get();
    const RunEngine::Settings settings { qMax(0, options.delayMs), options.expireSeconds };
    if (!options.dataDir.isEmpty()) {
        d->database = std::make_unique<StoreDatabase>(store);
        if (!d->database->open(options.dataDir)) {
            d->error = d->database->errorString();
            stop();
            return false;
        }
    }
    d->upstream = std::make_unique<UpstreamClient>(UpstreamConfig());
    UpstreamClient *upstream = d->upstream.get();
    d->runs = std::make_unique<RunManager>(
        store,
        [store, settings, upstream](const QString &threadId, const QString &runId, QObject *parent) -> RunEngine * {
            if (upstream->isEnabled()) {
                return new ChatRun(store, threadId, runId, settings, upstream, parent);
            }
            return new RunSimulator(store, threadId, runId, settings, parent);
        });
    if (!setUpstream(options.upstreamBaseUrl, options.upstreamKey, options.defaultModel)) {
        const QString error = d->error;
        stop();
        d->error = error;
        return false;
    }
    d->router = std::make_unique<ApiRouter>(options.apiKey, options.betaCheck);
    const ServerContext ctx { d->store.get(), d->runs.get(), qMax(0, options.delayMs), options.expireSeconds,
                              d->upstream.get() };
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

bool LocalServer::setUpstream(const QString &baseUrl, const QString &key, const QString &defaultModel)
{
    if (!d->store) {
        d->error = tr("The built-in server is not running.");
        return false;
    }
    ++d->backendGeneration; // an answer to an earlier backend's model list is ignored
    if (baseUrl.isEmpty()) {
        d->upstream->setConfig(UpstreamConfig());
        d->defaultModel.clear();
        for (const QJsonObject &a : Catalog::shippedAssistants(Store::now())) {
            if (!d->store->hasAssistant(a.value(u"id"_s).toString())) {
                d->store->putAssistant(a, Catalog::givenFields(a));
            }
        }
        return true;
    }
    const QUrl upstreamUrl(baseUrl, QUrl::StrictMode);
    if (!upstreamUrl.isValid() || upstreamUrl.host().isEmpty()
        || (upstreamUrl.scheme() != u"http"_s && upstreamUrl.scheme() != u"https"_s)) {
        d->error = tr("Not a Chat Completions address: %1 (expected http:// or https:// and a host, for example "
                      "http://127.0.0.1:11434/v1)")
                       .arg(baseUrl);
        return false;
    }
    UpstreamConfig config;
    config.baseUrl = upstreamUrl;
    config.apiKey = key;
    d->upstream->setConfig(config);
    useDefaultModel(defaultModel);
    if (defaultModel.isEmpty()) {
        // The first model the upstream lists, as soon as it answers.
        const int generation = d->backendGeneration;
        d->upstream->listModels(this, [this, generation](const QJsonArray &models, const UpstreamError *error) {
            if (generation != d->backendGeneration || !d->store) {
                return;
            }
            if (error != nullptr || models.isEmpty()) {
                Q_EMIT notice(error != nullptr
                                  ? tr("No default model: %1").arg(d->upstream->describe(*error))
                                  : tr("No default model: the model server lists no models. Pass --default-model."));
                return;
            }
            useDefaultModel(models.first().toObject().value(u"id"_s).toString());
        });
    }
    return true;
}

bool LocalServer::usesUpstream() const
{
    return d->upstream && d->upstream->isEnabled();
}

void LocalServer::useDefaultModel(const QString &model)
{
    if (model != d->defaultModel) {
        d->defaultModel = model;
        Q_EMIT defaultModelChanged(model);
    }
    for (QJsonObject assistant : Catalog::shippedAssistants(Store::now(), true)) {
        const QString id = assistant.value(u"id"_s).toString();
        const QJsonObject existing = d->store->assistant(id);
        QJsonObject given = Catalog::givenFields(assistant);
        if (!existing.isEmpty()) {
            if (d->store->assistantGiven(id).contains(u"model"_s)) {
                continue; // its model was chosen for it: kept
            }
            assistant = existing; // kept as it was (it may have been edited), on the default model
            given = QJsonObject();
        }
        assistant.insert(u"model"_s, model);
        d->store->putAssistant(assistant, given);
    }
}

QString LocalServer::defaultModel() const
{
    return d->defaultModel;
}

void LocalServer::stop()
{
    d->front.reset();
    d->runs.reset();
    d->router.reset();
    d->threadEndpoints.reset();
    d->runEndpoints.reset();
    d->assistantEndpoints.reset();
    d->database.reset(); // writes what is pending
    d->store.reset();
    d->upstream.reset();
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
