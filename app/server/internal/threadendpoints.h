#pragma once

#include "apirouter.h"
#include "servercontext.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace rl::server {

// /threads, /threads/{t}, /threads/{t}/messages[/{m}].
class ThreadEndpoints
{
    Q_DECLARE_TR_FUNCTIONS(rl::server::ThreadEndpoints)

public:
    explicit ThreadEndpoints(ServerContext context);
    void install(ApiRouter &router);

    // Creates a thread (and its messages) from a validated CreateThreadRequest.
    static QJsonObject createThread(Store *store, const QJsonObject &request);

private:
    bool requireThread(ServerExchange &exchange, const QString &threadId) const;

    ServerContext m_ctx;
};

} // namespace rl::server
