#pragma once

#include "apirouter.h"
#include "servercontext.h"

#include <QCoreApplication>

namespace rl::server {

// /assistants[/{a}] and /models.
class AssistantEndpoints
{
    Q_DECLARE_TR_FUNCTIONS(rl::server::AssistantEndpoints)

public:
    explicit AssistantEndpoints(ServerContext context);
    void install(ApiRouter &router);

private:
    ServerContext m_ctx;
    qint64 m_startedAt;
};

} // namespace rl::server
