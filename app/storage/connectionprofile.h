#pragma once

#include "connection.h"

#include <QString>

namespace rl {

// A named, saved connection: everything in rl::Connection except the key, plus where to
// look for the key in the environment. The key itself lives only in the keychain or in memory.
struct ConnectionProfile
{
    static constexpr const char *BuiltInId = "builtin-local";
    static constexpr const char *DefaultKeyEnvVar = "OPENAI_API_KEY";

    QString id; // stable uuid (or BuiltInId)
    QString name;
    bool builtIn = false;
    QString keyEnvVar = QLatin1String(DefaultKeyEnvVar);
    Connection connection; // apiKey is always empty here

    [[nodiscard]] bool isValid() const { return !id.isEmpty(); }
    [[nodiscard]] bool needsKey() const { return connection.authStyle != Connection::AuthStyle::None; }

    // The profile that always exists: the in-process local server (base URL chosen at start).
    [[nodiscard]] static ConnectionProfile builtInLocal();
    [[nodiscard]] static QString newId();
};

} // namespace rl
