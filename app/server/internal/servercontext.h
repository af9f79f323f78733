#pragma once

#include <QString>

namespace rl::server {

class RunManager;
class Store;
class UpstreamClient;

// What the endpoint groups share.
struct ServerContext
{
    Store *store = nullptr;
    RunManager *runs = nullptr;
    int delayMs = 40;
    int expireSeconds = 600;
    // Never null. When enabled, runs execute on this Chat Completions server (only function tools
    // can run there) and GET /models answers with its models; else runs are simulated.
    UpstreamClient *upstream = nullptr;
};

} // namespace rl::server
