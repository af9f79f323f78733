#pragma once

#include <QString>

namespace rl {

class RunManager;
class Store;

// What the endpoint groups share.
struct ServerContext
{
    Store *store = nullptr;
    RunManager *runs = nullptr;
    int delayMs = 40;
    int expireSeconds = 600;
};

} // namespace rl
