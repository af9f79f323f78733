#include "connectionprofile.h"

#include <QCoreApplication>
#include <QUuid>

namespace rl {

ConnectionProfile ConnectionProfile::builtInLocal()
{
    ConnectionProfile p;
    p.id = QLatin1String(BuiltInId);
    p.name = QCoreApplication::translate("rl::ConnectionProfile", "Built-in local server");
    p.builtIn = true;
    p.keyEnvVar.clear();
    p.connection.baseUrl = QStringLiteral("http://127.0.0.1/v1"); // replaced by the real port at start
    p.connection.authStyle = Connection::AuthStyle::None;
    return p;
}

QString ConnectionProfile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace rl
