#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace rl::server {

// What the local server ships with: three assistants and a model list.
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(rl::server::Catalog)

public:
    static constexpr auto EchoId = "asst_runlens_echo";
    static constexpr auto WeatherId = "asst_runlens_weather";
    static constexpr auto AnalystId = "asst_runlens_analyst";

    // The shipped assistants. On a chat model they are the ones a real model can run: a general
    // assistant (with Echo's id, so requests made for Echo work) and Weather; their model is
    // the server's default model, set by the caller.
    static QList<QJsonObject> shippedAssistants(qint64 createdAt, bool chatModel = false);
    // The fields of a shipped assistant that count as set by its creator (not its model).
    static QJsonObject givenFields(const QJsonObject &assistant);
    static QJsonObject models(qint64 createdAt);
    static QJsonObject weatherFunction();
};

} // namespace rl::server
