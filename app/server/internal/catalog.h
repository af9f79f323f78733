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

    static QList<QJsonObject> shippedAssistants(qint64 createdAt);
    static QJsonObject models(qint64 createdAt);
    static QJsonObject weatherFunction();
};

} // namespace rl::server
