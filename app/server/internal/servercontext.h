#pragma once

#include <QString>

namespace rl::server {

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

} // namespace rl::server
