#pragma once

#include "apirouter.h"
#include "servercontext.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace rl::server {

class SseStream;

// /threads/runs, /threads/{t}/runs[/{r}[/cancel|/submit_tool_outputs|/steps[/{s}]]].
class RunEndpoints
{
    Q_DECLARE_TR_FUNCTIONS(rl::server::RunEndpoints)

public:
    explicit RunEndpoints(ServerContext context);
    void install(ApiRouter &router);

private:
    void createThreadAndRun(ServerExchange &ex, const QJsonValue &body);
    void createRun(ServerExchange &ex, const QString &threadId, const QJsonValue &body);
    void startRun(ServerExchange &ex, const QJsonObject &run, const QJsonObject &runRequest, bool stream,
                  const QJsonObject &thread = {});
    // On a chat model only function tools can run: the first other tool the run would use.
    [[nodiscard]] std::optional<ServerError> unsupportedTool(const QJsonObject &request,
                                                             const QJsonObject &assistant) const;
    SseStream *openStream(ServerExchange &ex) const;
    bool findRun(ServerExchange &ex, const QStringList &p, QJsonObject *run) const;
    static HeaderList pollHeaders(int delayMs);

    ServerContext m_ctx;
};

} // namespace rl::server
