#include "localserver.h"

namespace rl {

struct LocalServer::Private
{
    LocalServerOptions options;
    bool running = false;
    quint16 port = 0;
    QString error;
};

LocalServer::LocalServer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{ }

LocalServer::~LocalServer() = default;

bool LocalServer::start(const LocalServerOptions &options)
{
    d->options = options;
    d->error = tr("The local server is not implemented yet.");
    return false;
}

void LocalServer::stop()
{
    d->running = false;
}

bool LocalServer::isRunning() const
{
    return d->running;
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
